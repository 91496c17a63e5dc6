/* test-workshop-mode.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-card.h"
#include "fs-board-view.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"
#include "fs-workshop-bar.h"

/* Workshop mode as a facilitator uses it: in with F11, the timer started,
 * cards hidden while the room writes and revealed at once, out with
 * Escape; and the workshop found again where it stood. */

static FsWorkshopBar *
bar_of (Fixture *fixture)
{
  return FS_WORKSHOP_BAR (fs_ui_test_find (GTK_WIDGET (fixture->window->document_view),
                                           FS_TYPE_WORKSHOP_BAR));
}

static char *
saved_state (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  char *state = fs_store_load_workshop (fixture->window->store,
                                        fs_document_get_id (fs_window_get_document (fixture->window)),
                                        &error);

  g_assert_no_error (error);
  return state;
}

static FsRecord *
last_risk (Fixture *fixture)
{
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (fs_window_get_document (fixture->window),
                                                          FS_DOCUMENT_RISKS));
  g_autoptr(FsRecord) risk = g_list_model_get_item (risks, g_list_model_get_n_items (risks) - 1);

  return risk;
}

static void
body_workshop_mode (Fixture *fixture)
{
  FsWorkshopBar *bar;
  GtkWidget *card;
  g_autofree char *state = NULL;
  g_autofree char *again = NULL;
  FsRecord *secret;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  library_rows (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  fs_ui_test_press_keys ("F11");
  g_assert_true (fs_window_is_in_workshop (fixture->window));
  g_assert_false (gtk_widget_get_visible (fixture->window->sidebar));
  g_assert_cmpstr (fs_document_view_get_page (fixture->window->document_view), ==, "board");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (open_board (fixture)), "workshop"));
  bar = bar_of (fixture);
  g_assert_nonnull (bar);
  g_assert_cmpstr (fs_workshop_bar_get_time (bar), ==, "10:00");

  /* The timer runs, and the library knows where the workshop stands. */
  gtk_widget_activate_action (GTK_WIDGET (bar), "workshop.toggle-timer", NULL);
  state = saved_state (fixture);
  g_assert_nonnull (strstr (state, "\"running\""));
  g_assert_nonnull (strstr (state, "\"imagine\""));

  /* Hidden while the room writes: the card is face down until revealed. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (fs_ui_test_find_named (GTK_WIDGET (bar),
                                                                          "hide-new-cards")),
                                TRUE);
  fs_board_view_focus_capture (open_board (fixture));
  fs_ui_test_press_keys ("N o space r o l l b a c k space t e s t Return");
  secret = last_risk (fixture);
  g_assert_cmpstr (fs_record_get_text (secret, FS_RISK_TITLE), ==, "No rollback test");
  fs_board_view_sync (open_board (fixture));
  card = fs_board_view_get_card (open_board (fixture), secret);
  g_assert_nonnull (card);
  g_assert_true (fs_board_card_get_face_down (FS_BOARD_CARD (card)));
  {
    g_autofree char *label = fs_board_card_describe (FS_BOARD_CARD (card));

    g_assert_cmpstr (label, ==, "Hidden card, in Unsorted");
  }
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (fixture->window))));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "workshop-hidden");
  gtk_widget_activate_action (GTK_WIDGET (bar), "workshop.reveal", NULL);
  fs_board_view_sync (open_board (fixture));
  g_assert_false (fs_board_card_get_face_down (FS_BOARD_CARD (card)));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "workshop-revealed");

  /* A dot vote through the keyboard: Enter gives a vote, Backspace takes
   * one back, and the votes reach the library. */
  g_object_set (open_board (fixture), "voting", TRUE, NULL);
  fs_board_view_sync (open_board (fixture));
  gtk_widget_grab_focus (card);
  fs_ui_test_settle ();
  fs_ui_test_press_keys ("Return Return Return Return BackSpace");
  {
    g_autofree char *voters = NULL;
    const char *votes = fs_record_get_text (secret, FS_RISK_VOTES);

    g_assert_nonnull (strstr (votes, "\"count\":2"));
    g_assert_true (gtk_widget_has_focus (card));
  }
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "workshop-vote");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "workshop-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "workshop-narrow");
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  fs_ui_test_settle ();
  wait_past_autosave (fixture);
  {
    g_autoptr(FsDocument) stored = load_open_document (fixture);
    GListModel *risks = G_LIST_MODEL (fs_document_get_list (stored, FS_DOCUMENT_RISKS));
    g_autoptr(FsRecord) last = g_list_model_get_item (risks, g_list_model_get_n_items (risks) - 1);

    g_assert_cmpstr (fs_record_get_text (last, FS_RISK_VOTES), ==,
                     fs_record_get_text (secret, FS_RISK_VOTES));
  }

  /* Out with Escape; back in, the workshop is where it was. */
  gtk_widget_grab_focus (card);
  fs_ui_test_press_keys ("Escape");
  g_assert_false (fs_window_is_in_workshop (fixture->window));
  g_assert_true (gtk_widget_get_visible (fixture->window->sidebar));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (open_board (fixture)), "workshop"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.workshop", NULL);
  g_assert_true (fs_window_is_in_workshop (fixture->window));
  again = saved_state (fixture);
  g_assert_nonnull (strstr (again, "\"running\""));
  g_assert_nonnull (strstr (again, "\"hiding\":true"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.workshop", NULL);
  g_assert_false (fs_window_is_in_workshop (fixture->window));
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

  g_test_add ("/workshop-mode/enter-hide-reveal-leave", Fixture, body_workshop_mode, setup,
              test_in_app, teardown);

  return g_test_run ();
}
