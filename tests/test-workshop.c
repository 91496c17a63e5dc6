/* test-workshop.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-test-util.h"
#include "fs-workshop.h"

/* A workshop's agenda and timer, on a clock that moves only when told. */

#define MINUTES(n) ((gint64) (n) * 60 * G_USEC_PER_SEC)

static gint64
fake_clock (gpointer data)
{
  return *(gint64 *) data;
}

static char *
agenda_of (FsWorkshop *workshop)
{
  GString *agenda = g_string_new (NULL);

  for (guint i = 0; i < fs_workshop_get_n_steps (workshop); i++)
    g_string_append_printf (agenda, "%s%s %u%s", i > 0 ? ", " : "",
                            fs_workshop_get_step_id (workshop, i),
                            fs_workshop_get_step_minutes (workshop, i),
                            fs_workshop_get_step_skipped (workshop, i) ? " skipped" : "");
  return g_string_free (agenda, FALSE);
}

static void
test_default_agendas (void)
{
  gint64 now = 0;
  g_autoptr(FsWorkshop) premortem = fs_workshop_new (FS_DOCUMENT_KIND_PREMORTEM, fake_clock, &now);
  g_autoptr(FsWorkshop) postmortem = fs_workshop_new (FS_DOCUMENT_KIND_POSTMORTEM, fake_clock, &now);
  g_autofree char *before = agenda_of (premortem);
  g_autofree char *after = agenda_of (postmortem);

  g_assert_cmpstr (before, ==, "imagine 10, cluster 15, vote 5, rank 10, rollback 15");
  g_assert_cmpstr (after, ==, "timeline 15, causes 20, vote 5, action-items 15");
  g_assert_cmpstr (fs_workshop_get_step_title (premortem, 0), ==, "Imagine It Failed");
  g_assert_cmpint (fs_workshop_get_state (premortem), ==, FS_WORKSHOP_NOT_STARTED);
  g_assert_cmpint (fs_workshop_get_remaining (premortem), ==, MINUTES (10));
}

static void
test_change_agenda_before_start (void)
{
  gint64 now = 0;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new (FS_DOCUMENT_KIND_PREMORTEM, fake_clock, &now);
  g_autofree char *agenda = NULL;

  fs_workshop_set_step_skipped (workshop, 0, TRUE);
  fs_workshop_set_step_minutes (workshop, 1, 25);
  fs_workshop_set_step_minutes (workshop, 2, 0);
  fs_workshop_set_step_minutes (workshop, 3, 100000);
  agenda = agenda_of (workshop);
  g_assert_cmpstr (agenda, ==, "imagine 10 skipped, cluster 25, vote 1, rank 240, rollback 15");
  g_assert_cmpuint (fs_workshop_get_current_step (workshop), ==, 1);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (25));
  fs_workshop_add_minute (workshop);
  g_assert_cmpuint (fs_workshop_get_step_minutes (workshop, 1), ==, 26);
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

static void
test_start_pause_resume (void)
{
  gint64 now = (gint64) G_USEC_PER_SEC * 1000;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new (FS_DOCUMENT_KIND_PREMORTEM, fake_clock, &now);
  guint changes = 0;

  g_signal_connect_swapped (workshop, "changed", G_CALLBACK (count_change), &changes);
  fs_workshop_start (workshop);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (fs_workshop_get_state (workshop), ==, FS_WORKSHOP_RUNNING);
  now += MINUTES (3);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (7));

  fs_workshop_pause (workshop);
  now += MINUTES (5);
  g_assert_cmpint (fs_workshop_get_state (workshop), ==, FS_WORKSHOP_PAUSED);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (7));
  fs_workshop_add_minute (workshop);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (8));

  fs_workshop_resume (workshop);
  g_assert_cmpuint (changes, ==, 4);
  now += MINUTES (1);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (7));
  fs_workshop_add_minute (workshop);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (8));

  /* The steps begun cannot change any more; those to come can. */
  fs_workshop_set_step_minutes (workshop, 0, 2);
  fs_workshop_set_step_skipped (workshop, 0, TRUE);
  fs_workshop_set_step_minutes (workshop, 1, 20);
  g_assert_cmpuint (fs_workshop_get_step_minutes (workshop, 0), ==, 10);
  g_assert_false (fs_workshop_get_step_skipped (workshop, 0));
  g_assert_cmpuint (fs_workshop_get_step_minutes (workshop, 1), ==, 20);
}

static void
test_overtime_next_and_end (void)
{
  gint64 now = 0;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new (FS_DOCUMENT_KIND_POSTMORTEM, fake_clock, &now);

  fs_workshop_set_step_skipped (workshop, 2, TRUE);
  fs_workshop_start (workshop);
  now += MINUTES (16);
  g_assert_true (fs_workshop_is_overtime (workshop));
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, -MINUTES (1));

  fs_workshop_next (workshop);
  g_assert_cmpuint (fs_workshop_get_current_step (workshop), ==, 1);
  g_assert_false (fs_workshop_is_overtime (workshop));
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (20));

  /* A paused timer stays paused on the next step, whose box is full. */
  now += MINUTES (4);
  fs_workshop_pause (workshop);
  fs_workshop_next (workshop);
  g_assert_cmpuint (fs_workshop_get_current_step (workshop), ==, 3);
  g_assert_cmpint (fs_workshop_get_state (workshop), ==, FS_WORKSHOP_PAUSED);
  now += MINUTES (30);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, MINUTES (15));

  fs_workshop_next (workshop);
  g_assert_cmpint (fs_workshop_get_state (workshop), ==, FS_WORKSHOP_FINISHED);
  g_assert_cmpint (fs_workshop_get_remaining (workshop), ==, 0);
  g_assert_false (fs_workshop_is_overtime (workshop));
  fs_workshop_next (workshop);
  fs_workshop_start (workshop);
  g_assert_cmpint (fs_workshop_get_state (workshop), ==, FS_WORKSHOP_FINISHED);
}

/* Saved while running, the workshop counts on through a restart. */
static void
test_restore_after_restart (void)
{
  gint64 now = (gint64) G_USEC_PER_SEC * 5000;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new (FS_DOCUMENT_KIND_PREMORTEM, fake_clock, &now);
  g_autoptr(FsWorkshop) restored = NULL;
  g_autoptr(FsWorkshop) paused = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agenda = NULL;

  fs_workshop_set_step_minutes (workshop, 3, 12);
  fs_workshop_set_step_skipped (workshop, 4, TRUE);
  fs_workshop_start (workshop);
  fs_workshop_next (workshop);
  now += MINUTES (5);
  saved = fs_workshop_to_json (workshop);
  g_clear_object (&workshop);

  now += MINUTES (2);
  restored = fs_workshop_new_from_json (FS_DOCUMENT_KIND_PREMORTEM, saved, fake_clock, &now, &error);
  g_assert_no_error (error);
  agenda = agenda_of (restored);
  g_assert_cmpstr (agenda, ==, "imagine 10, cluster 15, vote 5, rank 12, rollback 15 skipped");
  g_assert_cmpint (fs_workshop_get_state (restored), ==, FS_WORKSHOP_RUNNING);
  g_assert_cmpuint (fs_workshop_get_current_step (restored), ==, 1);
  g_assert_cmpint (fs_workshop_get_remaining (restored), ==, MINUTES (8));

  /* Paused, it keeps what it had left, however long the app was closed. */
  fs_workshop_pause (restored);
  g_clear_pointer (&saved, json_node_unref);
  saved = fs_workshop_to_json (restored);
  now += MINUTES (600);
  paused = fs_workshop_new_from_json (FS_DOCUMENT_KIND_PREMORTEM, saved, fake_clock, &now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fs_workshop_get_state (paused), ==, FS_WORKSHOP_PAUSED);
  g_assert_cmpint (fs_workshop_get_remaining (paused), ==, MINUTES (8));
}

/* New cards stay face down while hiding, through a restart, until revealed. */
static void
test_hidden_cards (void)
{
  gint64 now = 0;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new (FS_DOCUMENT_KIND_PREMORTEM, fake_clock, &now);
  g_autoptr(FsWorkshop) restored = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GError) error = NULL;

  fs_workshop_add_card (workshop, "r1");
  g_assert_false (fs_workshop_is_hidden (workshop, "r1"));
  fs_workshop_set_hiding (workshop, TRUE);
  fs_workshop_add_card (workshop, "r2");
  fs_workshop_add_card (workshop, "r3");
  fs_workshop_add_card (workshop, "r3");
  g_assert_cmpuint (fs_workshop_get_n_hidden (workshop), ==, 2);
  g_assert_true (fs_workshop_is_hidden (workshop, "r3"));

  saved = fs_workshop_to_json (workshop);
  restored = fs_workshop_new_from_json (FS_DOCUMENT_KIND_PREMORTEM, saved, fake_clock, &now, &error);
  g_assert_no_error (error);
  g_assert_true (fs_workshop_get_hiding (restored));
  g_assert_true (fs_workshop_is_hidden (restored, "r2"));
  g_assert_false (fs_workshop_is_hidden (restored, "r1"));

  fs_workshop_reveal (restored);
  g_assert_cmpuint (fs_workshop_get_n_hidden (restored), ==, 0);
  g_assert_false (fs_workshop_is_hidden (restored, "r3"));
  fs_workshop_add_card (restored, "r4");
  g_assert_true (fs_workshop_is_hidden (restored, "r4"));
  fs_workshop_set_hiding (restored, FALSE);
  fs_workshop_add_card (restored, "r5");
  g_assert_false (fs_workshop_is_hidden (restored, "r5"));
}

/* Finished midway: the hidden cards turn over, and a restart finds the
 * workshop done, its timer stopped. */
static void
test_finish (void)
{
  gint64 now = 0;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new (FS_DOCUMENT_KIND_PREMORTEM, fake_clock, &now);
  g_autoptr(FsWorkshop) restored = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  fs_workshop_start (workshop);
  fs_workshop_set_hiding (workshop, TRUE);
  fs_workshop_add_card (workshop, "r1");
  g_signal_connect_swapped (workshop, "changed", G_CALLBACK (count_change), &changes);
  fs_workshop_finish (workshop);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (fs_workshop_get_state (workshop), ==, FS_WORKSHOP_FINISHED);
  g_assert_cmpuint (fs_workshop_get_n_hidden (workshop), ==, 0);
  g_assert_false (fs_workshop_get_hiding (workshop));
  fs_workshop_finish (workshop);
  g_assert_cmpuint (changes, ==, 1);

  saved = fs_workshop_to_json (workshop);
  now += (gint64) 3600 * G_USEC_PER_SEC;
  restored = fs_workshop_new_from_json (FS_DOCUMENT_KIND_PREMORTEM, saved, fake_clock, &now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fs_workshop_get_state (restored), ==, FS_WORKSHOP_FINISHED);
  fs_workshop_next (restored);
  g_assert_cmpint (fs_workshop_get_state (restored), ==, FS_WORKSHOP_FINISHED);
}

static const char * const damaged[] = {
  "{\"hiding\": \"yes\"}",
  "{\"hidden\": \"r1\"}",
  "{\"hidden\": [1]}",
  "[]",
  "{\"agenda\": {}}",
  "{\"agenda\": [3]}",
  "{\"agenda\": [{\"id\": \"cluster\", \"minutes\": \"ten\"}]}",
  "{\"agenda\": [{\"id\": \"cluster\", \"minutes\": 0}]}",
  "{\"agenda\": [{\"id\": \"cluster\", \"minutes\": 100000}]}",
  "{\"agenda\": [{\"id\": [\"cluster\"]}]}",
  "{\"state\": \"dancing\"}",
  "{\"state\": 3}",
  "{\"state\": \"running\", \"step\": \"cluster\"}",
  "{\"state\": \"running\", \"step\": \"nowhere\", \"deadline\": 5}",
  "{\"state\": \"paused\", \"step\": \"cluster\", \"left\": \"a while\"}",
  "{\"votes-each\": \"three\"}",
  "{\"votes-each\": 0}",
  "{\"votes-each\": 11}",
  "{\"anonymous-voters\": -1}",
  "{\"anonymous-voters\": 31}",
};

static void
test_damaged_saves (void)
{
  gint64 now = 0;

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (damaged[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FsWorkshop) workshop = fs_workshop_new_from_json (FS_DOCUMENT_KIND_PREMORTEM, node,
                                                                  fake_clock, &now, &error);

      g_assert_null (workshop);
      g_assert_error (error, FS_WORKSHOP_ERROR, FS_WORKSHOP_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "The saved workshop is damaged: "));
    }
}

/* The vote's rules: three votes each and the document's people by default,
 * kept in range, saved and restored; a workshop saved before them has the
 * defaults. */
static void
test_vote_rules (void)
{
  gint64 now = 0;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new (FS_DOCUMENT_KIND_POSTMORTEM, fake_clock, &now);
  g_autoptr(FsWorkshop) restored = NULL;
  g_autoptr(FsWorkshop) older = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(JsonNode) old_save = json_from_string ("{\"state\": \"not-started\"}", NULL);
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_assert_cmpuint (fs_workshop_get_votes_each (workshop), ==, 3);
  g_assert_cmpuint (fs_workshop_get_anonymous_voters (workshop), ==, 0);
  g_signal_connect_swapped (workshop, "changed", G_CALLBACK (count_change), &changes);
  fs_workshop_set_votes_each (workshop, 5);
  fs_workshop_set_votes_each (workshop, 5);
  g_assert_cmpuint (changes, ==, 1);
  fs_workshop_set_anonymous_voters (workshop, 12);
  g_assert_cmpuint (changes, ==, 2);
  fs_workshop_set_votes_each (workshop, 0);
  g_assert_cmpuint (fs_workshop_get_votes_each (workshop), ==, 1);
  fs_workshop_set_votes_each (workshop, 99);
  g_assert_cmpuint (fs_workshop_get_votes_each (workshop), ==, FS_WORKSHOP_VOTES_EACH_MAX);
  fs_workshop_set_anonymous_voters (workshop, 500);
  g_assert_cmpuint (fs_workshop_get_anonymous_voters (workshop), ==, FS_WORKSHOP_ANONYMOUS_MAX);
  fs_workshop_set_votes_each (workshop, 4);

  saved = fs_workshop_to_json (workshop);
  restored = fs_workshop_new_from_json (FS_DOCUMENT_KIND_POSTMORTEM, saved, fake_clock, &now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fs_workshop_get_votes_each (restored), ==, 4);
  g_assert_cmpuint (fs_workshop_get_anonymous_voters (restored), ==, FS_WORKSHOP_ANONYMOUS_MAX);

  older = fs_workshop_new_from_json (FS_DOCUMENT_KIND_POSTMORTEM, old_save, fake_clock, &now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fs_workshop_get_votes_each (older), ==, 3);
  g_assert_cmpuint (fs_workshop_get_anonymous_voters (older), ==, 0);
}

/* A step a newer version added is passed over, not refused. */
static void
test_unknown_step_ignored (void)
{
  gint64 now = 0;
  g_autoptr(JsonNode) node = json_from_string ("{\"agenda\": [{\"id\": \"retro\", \"minutes\": 9},"
                                               " {\"id\": \"vote\", \"minutes\": 7}]}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsWorkshop) workshop = fs_workshop_new_from_json (FS_DOCUMENT_KIND_PREMORTEM, node,
                                                              fake_clock, &now, &error);
  g_autofree char *agenda = NULL;

  g_assert_no_error (error);
  agenda = agenda_of (workshop);
  g_assert_cmpstr (agenda, ==, "imagine 10, cluster 15, vote 7, rank 10, rollback 15");
  g_assert_cmpint (fs_workshop_get_state (workshop), ==, FS_WORKSHOP_NOT_STARTED);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/workshop/default-agendas", test_default_agendas);
  g_test_add_func ("/workshop/change-agenda-before-start", test_change_agenda_before_start);
  g_test_add_func ("/workshop/start-pause-resume", test_start_pause_resume);
  g_test_add_func ("/workshop/overtime-next-and-end", test_overtime_next_and_end);
  g_test_add_func ("/workshop/restore-after-restart", test_restore_after_restart);
  g_test_add_func ("/workshop/damaged-saves", test_damaged_saves);
  g_test_add_func ("/workshop/hidden-cards", test_hidden_cards);
  g_test_add_func ("/workshop/finish", test_finish);
  g_test_add_func ("/workshop/unknown-step-ignored", test_unknown_step_ignored);
  g_test_add_func ("/workshop/vote-rules", test_vote_rules);

  return g_test_run ();
}
