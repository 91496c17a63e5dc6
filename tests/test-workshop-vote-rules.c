/* test-workshop-vote-rules.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-view.h"
#include "fs-board-voters.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"
#include "fs-voting.h"

/* The rules of a dot vote as a facilitator sets them in the room: fewer
 * votes each, anonymous voters instead of the people named, kept with the
 * workshop; and after the vote the board sorted by votes, the ranking by
 * score one click away. */

static FsBoardVoters *
voters_of (Fixture *fixture)
{
  return FS_BOARD_VOTERS (fs_ui_test_find (GTK_WIDGET (open_board (fixture)), FS_TYPE_BOARD_VOTERS));
}

static gboolean
has_label (Fixture    *fixture,
           const char *text)
{
  return fs_ui_test_find_label (GTK_WIDGET (voters_of (fixture)), text) != NULL;
}

static GtkWidget *
voter_button (Fixture    *fixture,
              const char *label)
{
  GtkLabel *found = fs_ui_test_find_label (GTK_WIDGET (voters_of (fixture)), label);

  g_assert_nonnull (found);
  return gtk_widget_get_ancestor (GTK_WIDGET (found), GTK_TYPE_TOGGLE_BUTTON);
}

static void
vote_with_keys (Fixture    *fixture,
                FsRecord   *risk,
                const char *keys)
{
  fs_board_view_sync (open_board (fixture));
  gtk_widget_grab_focus (fs_board_view_get_card (open_board (fixture), risk));
  fs_ui_test_settle ();
  fs_ui_test_press_keys (keys);
}

typedef struct
{
  Fixture    *fixture;
  const char *want;
} Stored;

static gboolean
workshop_stored (gpointer data)
{
  Stored *stored = data;
  FsWindow *window = stored->fixture->window;
  g_autofree char *state = fs_store_load_workshop (window->store,
                                                   fs_document_get_id (fs_window_get_document (window)),
                                                   NULL);

  return state != NULL && strstr (state, stored->want) != NULL;
}

static void
wait_for_workshop (Fixture    *fixture,
                   const char *want)
{
  Stored stored = { fixture, want };

  fs_ui_test_wait_until (workshop_stored, &stored);
}

/* The first widget of TYPE in the row titled TITLE of the rules. */
static GtkWidget *
rule (GtkWidget  *rules,
      const char *title,
      GType       type)
{
  GtkLabel *label = fs_ui_test_find_label (rules, title);
  GtkWidget *row;

  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_ACTION_ROW);
  return fs_ui_test_find (row, type);
}

static void
body_rules (Fixture *fixture)
{
  GtkWidget *button;
  GtkWidget *rules;
  FsRecord *risk;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  library_rows (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  fs_ui_test_press_keys ("F11");
  g_assert_true (fs_window_is_in_workshop (fixture->window));
  g_object_set (open_board (fixture), "voting", TRUE, NULL);
  fs_ui_test_settle ();

  /* The people the example names, three votes each. */
  g_assert_true (has_label (fixture, "Amara Osei · 3"));
  g_assert_true (has_label (fixture, "Hiroshi Tanaka · 3"));

  button = fs_board_voters_get_rules_button (voters_of (fixture));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  fs_ui_test_settle ();
  rules = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_mapped (rules));
  g_assert_nonnull (fs_ui_test_find_label (rules, "Instead of the 6 people the document names"));
  fs_ui_test_screenshot (rules, "workshop-vote-rules");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rule (rules, "Votes Each", GTK_TYPE_SPIN_BUTTON)), 2);
  g_assert_true (has_label (fixture, "Amara Osei · 2"));
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (
                    rule (rules, "Number of Voters", GTK_TYPE_SPIN_BUTTON), ADW_TYPE_ACTION_ROW)));
  gtk_switch_set_active (GTK_SWITCH (rule (rules, "Anonymous Voters", GTK_TYPE_SWITCH)), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rule (rules, "Number of Voters", GTK_TYPE_SPIN_BUTTON)), 4);
  gtk_popover_popdown (GTK_POPOVER (rules));
  fs_ui_test_settle ();
  g_assert_false (has_label (fixture, "Amara Osei · 2"));
  g_assert_true (has_label (fixture, "Voter 1 · 2"));
  g_assert_true (has_label (fixture, "Voter 4 · 2"));
  g_assert_false (has_label (fixture, "Voter 5 · 2"));

  /* Voter 2 gives both votes to one risk; a third is refused. */
  risk = open_risk (fixture, 7);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (voter_button (fixture, "Voter 2 · 2")), TRUE);
  vote_with_keys (fixture, risk, "Return Return Return");
  g_assert_cmpuint (fs_voting_count_by (risk, "Voter 2"), ==, 2);
  g_assert_true (has_label (fixture, "Voter 2 · done"));
  g_assert_true (has_label (fixture, "Voter 1 · 2"));

  /* The rules are the workshop's: in the library as soon as they change. */
  wait_for_workshop (fixture, "\"votes-each\":2");
  wait_for_workshop (fixture, "\"anonymous-voters\":4");

  /* Back to the people named: the votes already given stay. */
  gtk_switch_set_active (GTK_SWITCH (rule (rules, "Anonymous Voters", GTK_TYPE_SWITCH)), FALSE);
  fs_ui_test_settle ();
  g_assert_true (has_label (fixture, "Amara Osei · 2"));
  g_assert_cmpuint (fs_voting_count (risk), ==, 2);
  wait_for_workshop (fixture, "\"anonymous-voters\":0");
}

/* The title of whichever of A and B is higher on the board. */
static char *
first_in_column (Fixture  *fixture,
                 FsRecord *a,
                 FsRecord *b)
{
  GtkWidget *card_a = fs_board_view_get_card (open_board (fixture), a);
  GtkWidget *card_b = fs_board_view_get_card (open_board (fixture), b);
  graphene_point_t pa, pb;

  g_assert_true (gtk_widget_compute_point (card_a, GTK_WIDGET (open_board (fixture)),
                                           &GRAPHENE_POINT_INIT (0, 0), &pa));
  g_assert_true (gtk_widget_compute_point (card_b, GTK_WIDGET (open_board (fixture)),
                                           &GRAPHENE_POINT_INIT (0, 0), &pb));
  return g_strdup (pa.y < pb.y ? fs_record_get_text (a, FS_RISK_TITLE) : fs_record_get_text (b, FS_RISK_TITLE));
}

static void
body_sort (Fixture *fixture)
{
  FsBoardView *board;
  GtkWidget *by_votes;
  GtkWidget *by_score;
  FsRecord *top;
  FsRecord *voted = NULL;
  g_autofree char *first = NULL;
  g_autofree char *first_again = NULL;
  g_autofree char *first_by_score = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  library_rows (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "board");
  fs_ui_test_settle ();
  board = open_board (fixture);

  /* Without a vote and outside a workshop, there is nothing to sort by. */
  by_votes = fs_ui_test_find_action_button (GTK_WIDGET (board), "board.sort-by-votes");
  by_score = fs_ui_test_find_action_button (GTK_WIDGET (board), "board.sort-by-score");
  g_assert_nonnull (by_votes);
  g_assert_false (gtk_widget_get_visible (by_votes));

  /* The first risk of a cluster heads it; another of the same cluster,
   * further down, is given three votes. */
  top = open_risk (fixture, 1);
  for (guint i = 2; voted == NULL; i++)
    if (g_strcmp0 (fs_record_get_text (open_risk (fixture, i), FS_RISK_CLUSTER),
                   fs_record_get_text (top, FS_RISK_CLUSTER)) == 0)
      voted = open_risk (fixture, i);
  fs_ui_test_press_keys ("F11");
  g_object_set (board, "voting", TRUE, NULL);
  fs_ui_test_settle ();
  vote_with_keys (fixture, voted, "Return Return Return");
  g_object_set (board, "voting", FALSE, NULL);
  fs_ui_test_press_keys ("Escape");
  fs_ui_test_settle ();
  g_assert_false (fs_window_is_in_workshop (fixture->window));

  first = first_in_column (fixture, top, voted);
  g_assert_cmpstr (first, ==, fs_record_get_text (top, FS_RISK_TITLE));
  g_assert_true (gtk_widget_get_visible (by_votes));
  g_signal_emit_by_name (by_votes, "clicked");
  fs_ui_test_settle ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (by_votes)));
  first_again = first_in_column (fixture, top, voted);
  g_assert_cmpstr (first_again, ==, fs_record_get_text (voted, FS_RISK_TITLE));
  fs_ui_test_screenshot (GTK_WIDGET (board), "board-sorted-by-votes");

  /* One click gives the ranking by score, and the votes' order goes. */
  g_signal_emit_by_name (by_score, "clicked");
  fs_ui_test_settle ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (by_score)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (by_votes)));
  first_by_score = first_in_column (fixture, top, voted);
  g_assert_cmpstr (first_by_score, ==,
                   fs_risk_get_score (FS_RISK (top)) >= fs_risk_get_score (FS_RISK (voted))
                   ? fs_record_get_text (top, FS_RISK_TITLE) : fs_record_get_text (voted, FS_RISK_TITLE));
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

  g_test_add ("/workshop-vote-rules/rules", Fixture, body_rules, setup, test_in_app, teardown);
  g_test_add ("/workshop-vote-rules/sort-by-votes", Fixture, body_sort, setup, test_in_app, teardown);

  return g_test_run ();
}
