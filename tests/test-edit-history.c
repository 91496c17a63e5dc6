/* test-list-history.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

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

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/list-history/insert-remove-move-undo-redo", test_insert_remove_move_undo_redo);
  g_test_add_func ("/list-history/new-edit-forgets-redo", test_new_edit_forgets_redo);
  g_test_add_func ("/list-history/undo-brings-back-same-item", test_undo_brings_back_same_item);
  g_test_add_func ("/list-history/move-touches-only-its-stretch",
                   test_move_touches_only_its_stretch);
  g_test_add_func ("/list-history/reorder-and-out-of-range", test_reorder_and_out_of_range);

  return g_test_run ();
}
