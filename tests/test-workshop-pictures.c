/* test-workshop-pictures.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-card.h"
#include "fs-board-view.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"
#include "fs-workshop-bar.h"

/* Workshop mode as the room sees it on a 1920 × 1080 projector, with the
 * thirty cards of a real hour: what hides, what shows, and how large. The
 * pictures are written when FORESIGHT_SCREENSHOTS names a folder. */

#define WIDTH 1920
#define HEIGHT 1080
#define N_CARDS 30

static guint
n_risks (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (fs_window_get_document (fixture->window),
                                                                       FS_DOCUMENT_RISKS)));
}

static void
capture (Fixture    *fixture,
         const char *title)
{
  GtkWidget *text = GTK_WIDGET (gtk_root_get_focus (GTK_ROOT (fixture->window)));
  GtkWidget *entry = gtk_widget_get_ancestor (text, GTK_TYPE_ENTRY);
  guint before = n_risks (fixture);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (n_risks (fixture), ==, before + 1);
}

static void
show (Fixture    *fixture,
      const char *name)
{
  fs_board_view_sync (open_board (fixture));
  fs_ui_test_settle ();
  /* The size of the screen, less the frame a screen without a window
   * manager leaves. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), >=, WIDTH - 20);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->window)), >=, HEIGHT - 20);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), name);
}

/* Read from the back of the room: cards' type at least half again the
 * usual size, the time at 20 points or more, the library out of sight. */
static void
assert_readable (Fixture *fixture)
{
  GtkWidget *title = fs_ui_test_find_by_class (GTK_WIDGET (open_board (fixture)), "card-title");
  GtkWidget *time = fs_ui_test_find_by_class (GTK_WIDGET (fixture->window), "workshop-time");
  GtkWidget *sidebar = fixture->window->sidebar;
  PangoFontDescription *usual = pango_font_description_from_string ("Cantarell 11");
  const PangoFontDescription *font;

  g_assert_nonnull (title);
  g_assert_nonnull (time);
  font = pango_context_get_font_description (gtk_widget_get_pango_context (title));
  g_assert_cmpint (pango_font_description_get_size (font), >=,
                   pango_font_description_get_size (usual) * 3 / 2 - PANGO_SCALE / 2);
  font = pango_context_get_font_description (gtk_widget_get_pango_context (time));
  g_assert_cmpint (pango_font_description_get_size (font), >=, 20 * PANGO_SCALE);
  g_assert_false (gtk_widget_get_visible (sidebar));
  pango_font_description_free (usual);
}

static void
body_pictures (Fixture *fixture)
{
  static const char * const ideas[] = {
    "The new load balancer drops long-lived WebSocket connections",
    "Nobody on call knows the new dashboards",
    "The vendor's support line is closed on the weekend of the cutover",
    "DNS TTLs are a day long, so rollback takes a day",
    "The feature flag service itself depends on the old cluster",
    "Batch jobs start at 02:00, in the middle of the window",
    "The runbook was written for the staging topology",
    "Certificates on the new hosts expire in 30 days",
    "A hard-coded IP address in the billing exporter",
    "The data migration's dry run used a tenth of the rows",
    "Alert thresholds still point at the old hosts",
    "Two teams think the other one owns the rollback decision",
    "Metrics retention is shorter on the new stack",
    "Clients cache the old endpoint in their config",
    "Rate limits differ between the old and the new gateway",
    "The on-call laptop has no VPN profile for the new region",
  };
  FsWorkshopBar *bar;
  guint hidden_from;
  guint next = 0;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  library_rows (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), WIDTH, HEIGHT);
  fs_ui_test_press_keys ("F11");
  g_assert_true (fs_window_is_in_workshop (fixture->window));
  bar = fs_document_view_get_workshop_bar (fixture->window->document_view);
  gtk_widget_activate_action (GTK_WIDGET (bar), "workshop.toggle-timer", NULL);

  /* The first ideas in the open, the rest written silently. */
  while (n_risks (fixture) < N_CARDS - 8 && next < G_N_ELEMENTS (ideas))
    capture (fixture, ideas[next++]);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (fs_ui_test_find_named (GTK_WIDGET (bar), "hide-new-cards")),
                                TRUE);
  hidden_from = n_risks (fixture);
  while (n_risks (fixture) < N_CARDS && next < G_N_ELEMENTS (ideas))
    capture (fixture, ideas[next++]);
  g_assert_cmpuint (n_risks (fixture), ==, N_CARDS);
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (bar), "Reveal 8 Cards"));
  show (fixture, "workshop-1920-hidden");
  assert_readable (fixture);
  for (guint i = hidden_from; i < N_CARDS; i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                                          fs_window_get_document (fixture->window),
                                                          FS_DOCUMENT_RISKS)), i);
      GtkWidget *card = fs_board_view_get_card (open_board (fixture), risk);

      g_assert_nonnull (card);
      g_assert_true (fs_board_card_get_face_down (FS_BOARD_CARD (card)));
      g_assert_null (fs_ui_test_find_label (card, fs_record_get_text (risk, FS_RISK_TITLE)));
    }

  gtk_widget_activate_action (GTK_WIDGET (bar), "workshop.reveal", NULL);
  gtk_widget_activate_action (GTK_WIDGET (bar), "workshop.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (bar), "workshop.next", NULL);
  g_object_set (open_board (fixture), "voting", TRUE, NULL);
  fs_board_view_sync (open_board (fixture));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                                          fs_window_get_document (fixture->window),
                                                          FS_DOCUMENT_RISKS)), i * 4);

      gtk_widget_grab_focus (fs_board_view_get_card (open_board (fixture), risk));
      fs_ui_test_settle ();
      fs_ui_test_press_keys (i == 0 ? "Return Return" : "Return");
    }
  show (fixture, "workshop-1920-vote");
  assert_readable (fixture);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  show (fixture, "workshop-1920-vote-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  fs_ui_test_press_keys ("Escape");
}

/* The suite's X server is the size of a laptop's screen; this test starts
 * one of its own the size of a projector's, and runs again in it. */
static void
run_on_projector (int   argc,
                  char *argv[])
{
  g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
  g_auto(GStrv) command = NULL;

  if (g_getenv ("FS_TEST_PROJECTOR") != NULL)
    return;
  g_setenv ("FS_TEST_PROJECTOR", "1", TRUE);
  g_strv_builder_add_many (args, "xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", NULL);
  for (int i = 0; i < argc; i++)
    g_strv_builder_add (args, argv[i]);
  command = g_strv_builder_end (args);
  execvp (command[0], command);
  g_error ("xvfb-run could not be started: %s", g_strerror (errno));
}

int
main (int   argc,
      char *argv[])
{
  run_on_projector (argc, argv);
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

  g_test_add ("/workshop-pictures/1920", Fixture, body_pictures, setup, test_in_app, teardown);

  return g_test_run ();
}
