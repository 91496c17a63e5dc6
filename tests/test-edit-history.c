/* test-edit-history.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "fs-document.h"
#include "fs-edit-history.h"
#include "fs-test-util.h"

/* The titles of a list of steps, joined by commas. */
static char *
titles_of (GListStore *list)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(FsRecord) step = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "," : "",
                              fs_record_get_text (step, FS_STEP_TITLE));
    }
  return g_string_free (titles, FALSE);
}

#define assert_titles(list, expected)                 \
  G_STMT_START {                                      \
    g_autofree char *titles_ = titles_of (list);      \
    g_assert_cmpstr (titles_, ==, expected);          \
  } G_STMT_END

static FsRecord *
new_step (const char *title)
{
  FsRecord *step = g_object_new (FS_TYPE_STEP, NULL);

  fs_record_set_text (step, FS_STEP_TITLE, title);
  return step;
}

static GListStore *
steps_abc (void)
{
  GListStore *list = g_list_store_new (FS_TYPE_STEP);
  const char *titles[] = { "a", "b", "c" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(FsRecord) step = new_step (titles[i]);

      g_list_store_append (list, step);
    }
  return list;
}

static void
test_insert_remove_move_undo_redo (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) d = new_step ("d");

  g_assert_false (fs_edit_history_can_undo (history));
  fs_edit_history_insert (history, list, 1, d);
  assert_titles (list, "a,d,b,c");
  fs_edit_history_move (history, list, 0, 3);
  assert_titles (list, "d,b,c,a");
  fs_edit_history_remove (history, list, 2);
  assert_titles (list, "d,b,a");

  g_assert_true (fs_edit_history_undo (history));
  assert_titles (list, "d,b,c,a");
  g_assert_true (fs_edit_history_undo (history));
  assert_titles (list, "a,d,b,c");
  g_assert_true (fs_edit_history_can_redo (history));
  g_assert_true (fs_edit_history_redo (history));
  assert_titles (list, "d,b,c,a");
  g_assert_true (fs_edit_history_undo (history));
  g_assert_true (fs_edit_history_undo (history));
  assert_titles (list, "a,b,c");
  g_assert_false (fs_edit_history_undo (history));
  g_assert_false (fs_edit_history_can_undo (history));
}

static void
test_new_edit_forgets_redo (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();

  fs_edit_history_remove (history, list, 0);
  fs_edit_history_undo (history);
  g_assert_true (fs_edit_history_can_redo (history));
  fs_edit_history_move (history, list, 2, 0);
  assert_titles (list, "c,a,b");
  g_assert_false (fs_edit_history_can_redo (history));
  g_assert_false (fs_edit_history_redo (history));
}

/* An undone removal brings back the very item, with what it held. */
static void
test_undo_brings_back_same_item (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) b = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_autoptr(FsRecord) back = NULL;

  fs_record_set_text (b, FS_STEP_EXPECTED, "Replication lag below 1 s");
  fs_edit_history_remove (history, list, 1);
  fs_edit_history_undo (history);
  back = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_true (back == b);
  g_assert_cmpstr (fs_record_get_text (back, FS_STEP_EXPECTED), ==, "Replication lag below 1 s");
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *touched)
{
  *touched += MAX (removed, added);
}

/* A move touches only the rows between its two ends. */
static void
test_move_touches_only_its_stretch (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) d = new_step ("d");
  guint touched = 0;

  g_list_store_append (list, d);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed), &touched);
  fs_edit_history_move (history, list, 1, 2);
  assert_titles (list, "a,c,b,d");
  g_assert_cmpuint (touched, ==, 2);
}

static void
test_reorder_and_out_of_range (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(GPtrArray) reversed = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 3; i > 0; i--)
    g_ptr_array_add (reversed, g_list_model_get_item (G_LIST_MODEL (list), i - 1));
  fs_edit_history_reorder (history, list, reversed);
  assert_titles (list, "c,b,a");
  fs_edit_history_reorder (history, list, reversed);
  fs_edit_history_undo (history);
  assert_titles (list, "a,b,c");
  g_assert_false (fs_edit_history_can_undo (history));

  fs_edit_history_remove (history, list, 7);
  fs_edit_history_move (history, list, 0, 9);
  assert_titles (list, "a,b,c");
  g_assert_false (fs_edit_history_can_undo (history));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The serial moves with each edit, undo and redo, and with nothing else. */
static void
test_serial (void)
{
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) risk = g_object_new (FS_TYPE_RISK, NULL);
  guint serial = fs_edit_history_get_serial (history);

  fs_edit_history_set_text (history, risk, FS_RISK_TITLE, "");
  fs_edit_history_begin_group (history);
  fs_edit_history_end_group (history);
  g_assert_false (fs_edit_history_undo (history));
  g_assert_cmpuint (fs_edit_history_get_serial (history), ==, serial);

  fs_edit_history_set_text (history, risk, FS_RISK_TITLE, "Replica lag");
  g_assert_cmpuint (fs_edit_history_get_serial (history), !=, serial);
  serial = fs_edit_history_get_serial (history);
  g_assert_true (fs_edit_history_undo (history));
  g_assert_cmpuint (fs_edit_history_get_serial (history), !=, serial);
  serial = fs_edit_history_get_serial (history);
  g_assert_true (fs_edit_history_redo (history));
  g_assert_cmpuint (fs_edit_history_get_serial (history), !=, serial);
}

static void
test_field_edits_undo_redo (void)
{
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) risk = g_object_new (FS_TYPE_RISK, NULL);

  fs_record_set_text (risk, FS_RISK_TITLE, "Replica lag");
  fs_edit_history_set_text (history, risk, FS_RISK_TITLE, "Replica lag");
  fs_edit_history_set_number (history, risk, FS_RISK_IMPACT, 0);
  g_assert_false (fs_edit_history_can_undo (history));

  fs_edit_history_set_text (history, risk, FS_RISK_TITLE, "Replica lag above 5 s");
  fs_edit_history_set_number (history, risk, FS_RISK_IMPACT, 4);
  fs_edit_history_set_number (history, risk, FS_RISK_IMPACT, 4);
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_TITLE), ==, "Replica lag above 5 s");
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 4);

  g_assert_true (fs_edit_history_undo (history));
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 0);
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_TITLE), ==, "Replica lag above 5 s");
  g_assert_true (fs_edit_history_undo (history));
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_TITLE), ==, "Replica lag");
  g_assert_false (fs_edit_history_can_undo (history));

  g_assert_true (fs_edit_history_redo (history));
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_TITLE), ==, "Replica lag above 5 s");
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 0);
  g_assert_true (fs_edit_history_redo (history));
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 4);
  g_assert_false (fs_edit_history_can_redo (history));
}

/* A number not given yet (NaN) set to NaN again is no edit either. */
static void
test_optional_number_same_nan (void)
{
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  FsRecord *record = FS_RECORD (document);

  fs_edit_history_set_number (history, record, FS_DOCUMENT_IMPACT_USERS_PCT, NAN);
  g_assert_false (fs_edit_history_can_undo (history));
  fs_edit_history_set_number (history, record, FS_DOCUMENT_IMPACT_USERS_PCT, 12.5);
  fs_edit_history_undo (history);
  g_assert_true (isnan (fs_record_get_number (record, FS_DOCUMENT_IMPACT_USERS_PCT)));
  fs_edit_history_redo (history);
  g_assert_cmpfloat (fs_record_get_number (record, FS_DOCUMENT_IMPACT_USERS_PCT), ==, 12.5);
}

static void
test_group_is_one_step (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) a = g_list_model_get_item (G_LIST_MODEL (list), 0);
  guint notified = 0;

  g_signal_connect (history, "notify::can-undo", G_CALLBACK (count_notify), &notified);
  fs_edit_history_begin_group (history);
  fs_edit_history_move (history, list, 0, 2);
  fs_edit_history_set_text (history, a, FS_STEP_TITLE, "A");
  fs_edit_history_remove (history, list, 0);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_false (fs_edit_history_can_undo (history));
  fs_edit_history_end_group (history);
  g_assert_cmpuint (notified, ==, 1);
  assert_titles (list, "c,A");

  g_assert_true (fs_edit_history_undo (history));
  assert_titles (list, "a,b,c");
  g_assert_false (fs_edit_history_can_undo (history));
}

static void
test_nested_groups (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) d = new_step ("d");

  fs_edit_history_begin_group (history);
  fs_edit_history_insert (history, list, 0, d);
  fs_edit_history_begin_group (history);
  fs_edit_history_move (history, list, 3, 0);
  fs_edit_history_end_group (history);
  g_assert_false (fs_edit_history_can_undo (history));
  fs_edit_history_set_text (history, d, FS_STEP_TITLE, "D");
  fs_edit_history_end_group (history);
  assert_titles (list, "c,D,a,b");

  g_assert_true (fs_edit_history_undo (history));
  assert_titles (list, "a,b,c");
  g_assert_cmpstr (fs_record_get_text (d, FS_STEP_TITLE), ==, "d");
  g_assert_false (fs_edit_history_can_undo (history));
}

/* A group that changed nothing is no step, and leaves what can be redone. */
static void
test_empty_group (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) a = g_list_model_get_item (G_LIST_MODEL (list), 0);
  guint notified = 0;

  fs_edit_history_remove (history, list, 2);
  fs_edit_history_undo (history);
  g_signal_connect (history, "notify", G_CALLBACK (count_notify), &notified);
  fs_edit_history_begin_group (history);
  fs_edit_history_end_group (history);
  fs_edit_history_begin_group (history);
  fs_edit_history_set_text (history, a, FS_STEP_TITLE, "a");
  fs_edit_history_move (history, list, 1, 1);
  fs_edit_history_end_group (history);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_false (fs_edit_history_can_undo (history));
  g_assert_true (fs_edit_history_can_redo (history));
}

/* Undone, a group's edits go last first; redone, in the order they were made. */
static void
test_group_mixing_list_and_field_edits (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) b = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_autoptr(FsRecord) e = new_step ("e");

  fs_edit_history_set_text (history, b, FS_STEP_DETAILS, "first");
  fs_edit_history_begin_group (history);
  fs_edit_history_set_text (history, b, FS_STEP_TITLE, "b1");
  fs_edit_history_move (history, list, 1, 2);
  fs_edit_history_set_text (history, b, FS_STEP_TITLE, "b2");
  fs_edit_history_insert (history, list, 3, e);
  fs_edit_history_set_text (history, b, FS_STEP_DETAILS, "second");
  fs_edit_history_remove (history, list, 0);
  fs_edit_history_end_group (history);
  assert_titles (list, "c,b2,e");

  g_assert_true (fs_edit_history_undo (history));
  assert_titles (list, "a,b,c");
  g_assert_cmpstr (fs_record_get_text (b, FS_STEP_DETAILS), ==, "first");
  g_assert_true (fs_edit_history_can_undo (history));

  g_assert_true (fs_edit_history_redo (history));
  assert_titles (list, "c,b2,e");
  g_assert_cmpstr (fs_record_get_text (b, FS_STEP_DETAILS), ==, "second");
  g_assert_false (fs_edit_history_can_redo (history));

  g_assert_true (fs_edit_history_undo (history));
  g_assert_true (fs_edit_history_undo (history));
  assert_titles (list, "a,b,c");
  g_assert_cmpstr (fs_record_get_text (b, FS_STEP_DETAILS), ==, "");
  g_assert_false (fs_edit_history_can_undo (history));
}

/* An edit inside a group still forgets what could be redone. */
static void
test_group_forgets_redo (void)
{
  g_autoptr(GListStore) list = steps_abc ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsRecord) c = g_list_model_get_item (G_LIST_MODEL (list), 2);

  fs_edit_history_remove (history, list, 0);
  fs_edit_history_undo (history);
  fs_edit_history_begin_group (history);
  fs_edit_history_set_text (history, c, FS_STEP_TITLE, "C");
  fs_edit_history_end_group (history);
  g_assert_false (fs_edit_history_can_redo (history));
  assert_titles (list, "a,b,C");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/edit-history/insert-remove-move-undo-redo",
                   test_insert_remove_move_undo_redo);
  g_test_add_func ("/edit-history/new-edit-forgets-redo", test_new_edit_forgets_redo);
  g_test_add_func ("/edit-history/undo-brings-back-same-item", test_undo_brings_back_same_item);
  g_test_add_func ("/edit-history/move-touches-only-its-stretch",
                   test_move_touches_only_its_stretch);
  g_test_add_func ("/edit-history/reorder-and-out-of-range", test_reorder_and_out_of_range);
  g_test_add_func ("/edit-history/field-edits-undo-redo", test_field_edits_undo_redo);
  g_test_add_func ("/edit-history/serial", test_serial);
  g_test_add_func ("/edit-history/optional-number-same-nan", test_optional_number_same_nan);
  g_test_add_func ("/edit-history/group-is-one-step", test_group_is_one_step);
  g_test_add_func ("/edit-history/nested-groups", test_nested_groups);
  g_test_add_func ("/edit-history/empty-group", test_empty_group);
  g_test_add_func ("/edit-history/group-mixing-list-and-field-edits",
                   test_group_mixing_list_and_field_edits);
  g_test_add_func ("/edit-history/group-forgets-redo", test_group_forgets_redo);

  return g_test_run ();
}
