/* test-workshop-finish.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-view.h"
#include "fs-guide.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"
#include "fs-workshop-bar.h"
#include "fs-workshop-summary-dialog.h"

/* The end of a workshop as the facilitator sees it: Finish leaves full
 * screen, the summary says what the room produced, and one click goes on
 * to the Guide's step where owners and actions are set. */

static void
body_finish (Fixture *fixture)
{
  FsWorkshopBar *bar;
  GtkWidget *finish;
  GtkWindow *summary;
  GtkWidget *cont;
  GtkWidget *card;
  FsRecord *voted;
  g_autofree char *state = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  library_rows (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  fs_ui_test_press_keys ("F11");
  g_assert_true (fs_window_is_in_workshop (fixture->window));
  bar = fs_document_view_get_workshop_bar (fixture->window->document_view);
  gtk_widget_activate_action (GTK_WIDGET (bar), "workshop.toggle-timer", NULL);

  /* Two votes on the fifth risk; a new card written in silence, with no
   * owner, still hidden when the workshop ends. */
  voted = open_risk (fixture, 4);
  g_object_set (open_board (fixture), "voting", TRUE, NULL);
  fs_board_view_sync (open_board (fixture));
  card = fs_board_view_get_card (open_board (fixture), voted);
  gtk_widget_grab_focus (card);
  fs_ui_test_settle ();
  fs_ui_test_press_keys ("Return Return");
  g_object_set (open_board (fixture), "voting", FALSE, NULL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (fs_ui_test_find_named (GTK_WIDGET (bar), "hide-new-cards")),
                                TRUE);
  fs_board_view_focus_capture (open_board (fixture));
  fs_ui_test_press_keys ("N o space o w n e r space y e t Return");
  g_assert_cmpuint (fs_workshop_get_n_hidden (fixture->window->workshop), ==, 1);

  finish = fs_ui_test_find_action_button (GTK_WIDGET (bar), "win.finish-workshop");
  g_assert_nonnull (finish);
  g_signal_emit_by_name (finish, "clicked");
  fs_ui_test_settle ();
  g_assert_false (fs_window_is_in_workshop (fixture->window));
  g_assert_true (gtk_widget_get_visible (fixture->window->sidebar));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (open_board (fixture)), "workshop"));

  summary = fs_ui_test_find_dialog (FS_TYPE_WORKSHOP_SUMMARY_DIALOG);
  g_assert_nonnull (summary);
  g_assert_true (gtk_window_get_modal (summary));
  fs_ui_test_screenshot (GTK_WIDGET (summary), "workshop-summary");
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (summary), "Workshop Done"));
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (summary), "16 risks · 5 clusters · 2 votes · 1 voter"));
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (summary), fs_record_get_text (voted, FS_RISK_TITLE)));
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (summary), "2 votes"));
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (summary), "12.5"));
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (summary), "No owner yet"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (summary), "workshop-summary-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The library knows the workshop is done, and the card is face up. */
  state = fs_store_load_workshop (fixture->window->store,
                                  fs_document_get_id (fs_window_get_document (fixture->window)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (state, "\"finished\""));
  g_assert_nonnull (strstr (state, "\"hidden\":[]"));

  cont = fs_ui_test_find_by_class (GTK_WIDGET (summary), "suggested-action");
  g_assert_nonnull (cont);
  g_assert_true (GTK_IS_BUTTON (cont));
  g_signal_emit_by_name (cont, "clicked");
  fs_ui_test_settle ();
  g_assert_null (fs_ui_test_find_dialog (FS_TYPE_WORKSHOP_SUMMARY_DIALOG));
  g_assert_cmpstr (fs_document_view_get_page (fixture->window->document_view), ==, "guide");
  {
    FsGuide *guide = FS_GUIDE (fs_ui_test_find (GTK_WIDGET (fixture->window->document_view), FS_TYPE_GUIDE));

    g_assert_cmpuint (fs_guide_get_step (guide), ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

  g_test_add ("/workshop-finish/summary-and-guide", Fixture, body_finish, setup, test_in_app, teardown);

  return g_test_run ();
}
