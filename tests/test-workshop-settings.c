/* test-workshop-settings.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-view.h"
#include "fs-preferences-window.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"
#include "fs-workshop-agenda.h"
#include "fs-workshop-bar.h"
#include "fs-workshop-screens.h"

/* What a facilitator sets up around a workshop: the agenda planned before
 * the timer starts, the type as large as the room needs, the bell, and the
 * monitor to fill; each one kept for the next time. */

static FsWorkshopBar *
bar_of (Fixture *fixture)
{
  return fs_document_view_get_workshop_bar (fixture->window->document_view);
}

static FsWorkshopAgenda *
agenda_of (Fixture *fixture)
{
  return FS_WORKSHOP_AGENDA (fs_workshop_bar_get_agenda (bar_of (fixture)));
}

static GtkSpinButton *
minutes_of (Fixture *fixture,
            guint    step)
{
  return GTK_SPIN_BUTTON (fs_ui_test_find (fs_workshop_agenda_get_row (agenda_of (fixture), step),
                                           GTK_TYPE_SPIN_BUTTON));
}

static GtkCheckButton *
include_of (Fixture *fixture,
            guint    step)
{
  return GTK_CHECK_BUTTON (fs_ui_test_find (fs_workshop_agenda_get_row (agenda_of (fixture), step),
                                            GTK_TYPE_CHECK_BUTTON));
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

static void
open_example_workshop (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  library_rows (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  fs_ui_test_press_keys ("F11");
  g_assert_true (fs_window_is_in_workshop (fixture->window));
}

static void
body_agenda (Fixture *fixture)
{
  FsWorkshop *workshop;
  g_autofree char *state = NULL;

  open_example_workshop (fixture);
  workshop = fixture->window->workshop;
  g_assert_cmpstr (fs_workshop_bar_get_time (bar_of (fixture)), ==, "10:00");

  /* Planned before the start: more time to imagine, no clustering. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_ancestor (gtk_widget_get_parent (GTK_WIDGET (agenda_of (fixture))),
                                                                  GTK_TYPE_MENU_BUTTON)));
  fs_ui_test_settle ();
  gtk_spin_button_set_value (minutes_of (fixture, 0), 12);
  g_assert_true (gtk_check_button_get_active (include_of (fixture, 1)));
  gtk_check_button_set_active (include_of (fixture, 1), FALSE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (minutes_of (fixture, 1))));
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (agenda_of (fixture)), "42 minutes in all"));
  fs_ui_test_screenshot (GTK_WIDGET (agenda_of (fixture)), "workshop-agenda");
  g_assert_cmpstr (fs_workshop_bar_get_time (bar_of (fixture)), ==, "12:00");
  state = saved_state (fixture);
  g_assert_nonnull (strstr (state, "{\"id\":\"imagine\",\"minutes\":12,\"skipped\":false}"));
  g_assert_nonnull (strstr (state, "{\"id\":\"cluster\",\"minutes\":15,\"skipped\":true}"));

  /* Started, the step at hand keeps its time; later steps can change. */
  gtk_widget_activate_action (GTK_WIDGET (bar_of (fixture)), "workshop.toggle-timer", NULL);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (minutes_of (fixture, 0))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (include_of (fixture, 0))));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (minutes_of (fixture, 2))));
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (agenda_of (fixture)), "Now"));
  gtk_spin_button_set_value (minutes_of (fixture, 0), 30);
  g_assert_cmpuint (fs_workshop_get_step_minutes (workshop, 0), ==, 12);

  /* Next passes over the skipped step. */
  gtk_widget_activate_action (GTK_WIDGET (bar_of (fixture)), "workshop.next", NULL);
  g_assert_cmpuint (fs_workshop_get_current_step (workshop), ==, 2);
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (bar_of (fixture)), "Vote · 3 of 5"));
  fs_ui_test_press_keys ("Escape");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (agenda_of (fixture))));
  g_assert_true (fs_window_is_in_workshop (fixture->window));

  /* Left and entered again, the agenda is the one planned. */
  fs_ui_test_press_keys ("Escape");
  g_assert_false (fs_window_is_in_workshop (fixture->window));
  fs_ui_test_press_keys ("F11");
  g_assert_true (fs_window_is_in_workshop (fixture->window));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minutes_of (fixture, 0)), ==, 12);
  g_assert_false (gtk_check_button_get_active (include_of (fixture, 1)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (fs_workshop_agenda_get_row (agenda_of (fixture), 1))),
                   ==, "Skipped");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (fs_workshop_agenda_get_row (agenda_of (fixture), 0))),
                   ==, "Done");
  fs_ui_test_press_keys ("Escape");
}

static double
card_font_size (Fixture *fixture)
{
  FsBoardView *board = fs_document_view_get_board (fixture->window->document_view);
  GtkWidget *title = fs_ui_test_find_by_class (GTK_WIDGET (board), "card-title");
  PangoContext *context;

  g_assert_nonnull (title);
  context = gtk_widget_get_pango_context (title);
  return pango_font_description_get_size (pango_context_get_font_description (context)) / (double) PANGO_SCALE;
}

static double
text_scale (Fixture *fixture)
{
  double scale;

  g_object_get (fixture->window->settings, "workshop-text-scale", &scale, NULL);
  return scale;
}

static void
body_text_size_and_bell (Fixture *fixture)
{
  double usual;
  double larger;
  GtkWidget *preferences;
  GtkSpinButton *spin;
  GtkSwitch *bell;

  open_example_workshop (fixture);
  fs_ui_test_settle ();
  usual = card_font_size (fixture);
  g_assert_cmpfloat (text_scale (fixture), ==, 1.5);
  fs_ui_test_press_keys ("ctrl+plus");
  fs_ui_test_settle ();
  g_assert_cmpfloat (text_scale (fixture), ==, 1.75);
  larger = card_font_size (fixture);
  g_assert_cmpfloat_with_epsilon (larger / usual, 1.75 / 1.5, 0.05);
  fs_ui_test_press_keys ("ctrl+minus ctrl+minus ctrl+minus ctrl+minus");
  g_assert_cmpfloat (text_scale (fixture), ==, 1.0);
  fs_ui_test_press_keys ("ctrl+0");
  g_assert_cmpfloat (text_scale (fixture), ==, 1.5);
  fs_ui_test_press_keys ("ctrl+plus");
  g_assert_true (fs_workshop_bar_get_bell (bar_of (fixture)));
  fs_ui_test_press_keys ("Escape");

  /* Outside a workshop the keys leave the size alone. */
  fs_ui_test_press_keys ("ctrl+plus");
  g_assert_cmpfloat (text_scale (fixture), ==, 1.75);

  /* Preferences show and change both. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = GTK_WIDGET (fs_ui_test_find_dialog (FS_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  spin = GTK_SPIN_BUTTON (fs_ui_test_find_by_id (preferences, "text_scale_spin"));
  bell = GTK_SWITCH (fs_ui_test_find_by_id (preferences, "bell_switch"));
  g_assert_nonnull (spin);
  g_assert_nonnull (bell);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 175);
  g_assert_true (gtk_switch_get_active (bell));
  gtk_spin_button_set_value (spin, 200);
  gtk_switch_set_active (bell, FALSE);
  g_assert_cmpfloat (text_scale (fixture), ==, 2.0);
  gtk_window_destroy (GTK_WINDOW (preferences));

  fs_ui_test_press_keys ("F11");
  g_assert_false (fs_workshop_bar_get_bell (bar_of (fixture)));
  fs_ui_test_settle ();
  g_assert_cmpfloat_with_epsilon (card_font_size (fixture) / usual, 2.0 / 1.5, 0.05);
  fs_ui_test_press_keys ("Escape");
}

/* The next time the app starts, the workshop keeps its size and silence. */
static void
body_text_size_remembered (Fixture *fixture)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.foresight.Foresight");

  g_assert_cmpfloat (g_settings_get_double (settings, "workshop-text-scale"), ==, 2.0);
  g_assert_false (g_settings_get_boolean (settings, "workshop-bell"));
  open_example_workshop (fixture);
  g_assert_false (fs_workshop_bar_get_bell (bar_of (fixture)));
  fs_ui_test_press_keys ("Escape");
}

static void
test_text_size (Fixture       *fixture,
                gconstpointer  data)
{
  run_app (fixture, body_text_size_and_bell);
  run_app (fixture, body_text_size_remembered);
}

/* With the one monitor Xvfb has, there is nothing to choose: the button
 * stays hidden, and a remembered monitor that is not connected falls back
 * to the window's own. */
static void
body_screen (Fixture *fixture)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (fixture->window));
  g_autoptr(GdkMonitor) only = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  const char *connector = gdk_monitor_get_connector (only);
  g_autofree char *label = fs_workshop_screen_label (only, 0);
  g_autoptr(GMenuModel) menu = fs_workshop_screens_menu (display, "win.workshop-monitor");
  g_autoptr(GVariant) target = NULL;
  GdkRectangle area;

  g_assert_nonnull (connector);
  gdk_monitor_get_geometry (only, &area);
  g_assert_nonnull (strstr (label, "1280 × 800"));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, connector);

  g_object_set (fixture->window->settings, "workshop-monitor", "HDMI-9", NULL);
  open_example_workshop (fixture);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fs_workshop_bar_get_screen_button (bar_of (fixture)))));
  g_assert_null (fs_window_get_workshop_monitor (fixture->window));

  /* Chosen through the window's action, as the menu does. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.workshop-monitor", "s", connector);
  g_assert_true (fs_window_get_workshop_monitor (fixture->window) == only);
  g_assert_true (fs_window_is_in_workshop (fixture->window));
  fs_ui_test_press_keys ("Escape");
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.foresight.Foresight");
    g_autofree char *kept = g_settings_get_string (settings, "workshop-monitor");

    g_assert_cmpstr (kept, ==, connector);
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

  g_test_add ("/workshop-settings/agenda", Fixture, body_agenda, setup, test_in_app, teardown);
  g_test_add ("/workshop-settings/text-size-and-bell", Fixture, NULL, setup, test_text_size, teardown);
  g_test_add ("/workshop-settings/screen", Fixture, body_screen, setup, test_in_app, teardown);

  return g_test_run ();
}
