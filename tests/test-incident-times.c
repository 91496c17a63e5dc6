/* test-incident-times.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-moment.h"
#include "fs-timeline-view.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

/* The moments of an incident typed as people type them, in the Guide of a
 * post-mortem: read in the user's zone, stored in UTC, shown back in words,
 * and what is not understood said under the field without losing the text
 * or the time already kept. The tests run with TZ set to Berlin's rule. */

static GtkWidget *
moment_entry (GtkWidget  *root,
              const char *name)
{
  GtkWidget *row = fs_ui_test_find_named (root, name);

  g_assert_nonnull (row);
  return fs_ui_test_find (row, GTK_TYPE_ENTRY);
}

static char *
berlin (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) local = g_date_time_new (zone, year, month, day, hour, minute, 0);

  return fs_moment_to_stored (g_date_time_to_unix (local));
}

static const char *
event_text (FsDocument *document,
            guint       position)
{
  g_autoptr(FsRecord) event = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (document,
                                                                                        FS_DOCUMENT_EVENTS)),
                                                     position);
  return fs_record_get_text (event, FS_EVENT_TEXT);
}

static void
body_typed_times (Fixture *fixture)
{
  GtkWidget *view;
  GtkWidget *started;
  GtkWidget *row;
  GtkWidget *event_item;
  GtkWidget *event_at;
  FsDocument *document;
  g_autofree char *want_started = berlin (2020, 6, 30, 14, 5);
  g_autofree char *want_event = berlin (2020, 6, 30, 14, 30);
  g_autofree char *want_yesterday = NULL;
  g_autofree char *berlin_one = berlin (2020, 6, 30, 13, 0);
  g_autofree char *zone_hint = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-postmortem", NULL);
  library_rows (fixture);
  view = GTK_WIDGET (fixture->window->document_view);
  document = fs_window_get_document (fixture->window);
  fs_document_view_show_guide_step (fixture->window->document_view, "incident");
  fs_ui_test_settle ();

  started = moment_entry (view, "incident_started");
  row = gtk_widget_get_ancestor (started, ADW_TYPE_ACTION_ROW);
  /* Berlin in December or in July: the zone is named under the first moment. */
  zone_hint = g_strdup_printf ("Times are in your time zone, %s",
                               g_date_time_is_daylight_savings (now) ? "CEST" : "CET");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, zone_hint);
  gtk_editable_set_text (GTK_EDITABLE (started), "2020-06-30 14:05");
  wait_for_stored (fixture, FS_DOCUMENT_INCIDENT_STARTED, want_started);

  /* Not understood: said under the field, quoted; the time kept stays. */
  gtk_editable_set_text (GTK_EDITABLE (started), "half past two");
  fs_ui_test_settle ();
  g_assert_true (gtk_widget_has_css_class (started, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "“half past two”"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (started)), ==, "half past two");
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STARTED), ==,
                   want_started);
  fs_ui_test_screenshot (row, "incident-time-not-understood");
  gtk_editable_set_text (GTK_EDITABLE (started), "2020-06-30");
  fs_ui_test_settle ();
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "no time of day"));

  /* Set again from elsewhere (an undo, an import), it reads in words. */
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STARTED, "2020-06-30T12:10:00Z");
  fs_ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (started)), ==, "30 Jun 2020, 14:10");
  g_assert_false (gtk_widget_has_css_class (started, "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, zone_hint);

  gtk_editable_set_text (GTK_EDITABLE (moment_entry (view, "incident_resolved")), "16:15");
  fs_ui_test_settle ();

  /* An event's time of day alone is on the day the incident started. */
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "text", "Pager fires", NULL);
  fs_document_view_show_guide_step (fixture->window->document_view, "what-went-wrong");
  fs_ui_test_settle ();

  /* The duration left empty reads as what the times give; one typed that
   * disagrees gets the coach's word beside it. */
  {
    GtkWidget *duration = fs_ui_test_find (fs_ui_test_find_named (view, "impact_duration_minutes"),
                                           GTK_TYPE_SPIN_BUTTON);
    GtkWidget *duration_text = fs_ui_test_find (duration, GTK_TYPE_TEXT);
    g_autofree char *advice_name = g_strdup_printf ("advice-%u", FS_DOCUMENT_IMPACT_DURATION_MINUTES);
    GtkWidget *advice;

    g_assert_cmpstr (gtk_text_get_placeholder_text (GTK_TEXT (duration_text)), ==, "125");
    fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_RESOLVED, "2020-06-30T13:10:00Z");
    g_assert_cmpstr (gtk_text_get_placeholder_text (GTK_TEXT (duration_text)), ==, "60");
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (duration), 15);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (duration)), ==, "15");
    advice = fs_ui_test_find_named (view, advice_name);
    g_assert_nonnull (advice);
    fs_ui_test_wait_for_visible (advice, TRUE);
    g_assert_nonnull (strstr (g_object_get_data (G_OBJECT (advice), "fs-advice-ids"), "duration-disagrees"));
    fs_ui_test_screenshot (gtk_widget_get_parent (advice), "incident-duration-disagrees");
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (duration), 60);
    fs_ui_test_wait_for_visible (advice, FALSE);
  }
  event_item = fs_ui_test_find_named (fs_ui_test_find_named (view, "events"), "item-0");
  g_assert_nonnull (event_item);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (event_item), TRUE);
  fs_ui_test_settle ();
  event_at = moment_entry (event_item, "at");
  gtk_editable_set_text (GTK_EDITABLE (event_at), "14:30");
  fs_ui_test_settle ();
  {
    g_autoptr(FsRecord) event = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (document,
                                                                                          FS_DOCUMENT_EVENTS)), 0);

    g_assert_cmpstr (fs_record_get_text (event, FS_EVENT_AT), ==, want_event);
    /* "yesterday" is the day before today, whatever the incident's day. */
    gtk_editable_set_text (GTK_EDITABLE (event_at), "yesterday 09:15");
    fs_ui_test_settle ();
    want_yesterday = berlin (g_date_time_get_year (yesterday), g_date_time_get_month (yesterday),
                             g_date_time_get_day_of_month (yesterday), 9, 15);
    g_assert_cmpstr (fs_record_get_text (event, FS_EVENT_AT), ==, want_yesterday);

    /* The timeline keeps time order as it is edited: an event added at
     * 13:00 goes before this one, here at 14:30 again; typed back to
     * 12:45, this one goes first, and the typing goes on where it was. */
    gtk_editable_set_text (GTK_EDITABLE (event_at), "14:30");
    fs_test_add_item (document, FS_DOCUMENT_EVENTS, "text", "Deploy starts", "at", berlin_one, NULL);
    fs_ui_test_settle ();
    g_assert_cmpstr (event_text (document, 0), ==, "Deploy starts");
    g_assert_cmpstr (event_text (document, 1), ==, "Pager fires");
    gtk_widget_grab_focus (event_at);
    gtk_editable_set_text (GTK_EDITABLE (event_at), "12:45");
    fs_ui_test_settle ();
    g_assert_cmpstr (event_text (document, 0), ==, "Pager fires");
    g_assert_cmpstr (event_text (document, 1), ==, "Deploy starts");
    g_assert_true (gtk_widget_has_focus (fs_ui_test_find (event_at, GTK_TYPE_TEXT)) ||
                   gtk_widget_has_focus (event_at));
  }
}

/* How many pixels of WIDGET's drawing are not transparent. */
static guint
drawn_pixels (GtkWidget *widget)
{
  int width, height;
  g_autofree guchar *pixels = fs_ui_test_render_pixels (widget, &width, &height);
  guint drawn = 0;

  for (gsize i = 0; i < (gsize) width * height; i++)
    drawn += pixels[i * 4 + 3] != 0;
  return drawn;
}

static void
body_drawn_timeline (Fixture *fixture)
{
  GtkWidget *view;
  GtkWidget *timeline;
  GtkWidget *box;
  GtkLabel *figures;
  guint drawn;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "postmortem");
  library_rows (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 800);
  fs_document_view_show_guide_step (fixture->window->document_view, "what-went-wrong");
  fs_ui_test_settle ();
  view = GTK_WIDGET (fixture->window->document_view);
  timeline = fs_ui_test_find (view, FS_TYPE_TIMELINE_VIEW);
  g_assert_nonnull (timeline);
  g_assert_true (fs_timeline_view_has_figure (FS_TIMELINE_VIEW (timeline)));
  g_assert_cmpint (gtk_widget_get_height (timeline), >, 60);
  drawn = drawn_pixels (timeline);
  /* Bands, the axis, ticks and labels: far more than a stray line. */
  g_assert_cmpuint (drawn, >, (guint) (gtk_widget_get_width (timeline) * 10));
  box = fs_ui_test_find_named (view, "incident-timeline");
  figures = GTK_LABEL (fs_ui_test_find_named (box, "timeline-figures"));
  g_assert_nonnull (strstr (gtk_label_get_text (figures), "Time to detect: "));
  g_assert_nonnull (strstr (gtk_label_get_text (figures), "Time to resolve: "));
  /* A screen reader hears what the drawing shows. */
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_text (figures));
  fs_ui_test_screenshot (box, "timeline-light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fs_ui_test_settle ();
  g_assert_cmpuint (drawn_pixels (timeline), >, (guint) (gtk_widget_get_width (timeline) * 10));
  fs_ui_test_screenshot (box, "timeline-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Without times there is nothing to draw, and the figure takes no room. */
  fs_record_set_text (FS_RECORD (fs_window_get_document (fixture->window)), FS_DOCUMENT_INCIDENT_STARTED, "");
  fs_record_set_text (FS_RECORD (fs_window_get_document (fixture->window)), FS_DOCUMENT_INCIDENT_DETECTED, "");
  fs_record_set_text (FS_RECORD (fs_window_get_document (fixture->window)), FS_DOCUMENT_INCIDENT_RESOLVED, "");
  {
    GListStore *events = fs_document_get_list (fs_window_get_document (fixture->window), FS_DOCUMENT_EVENTS);

    g_list_store_remove_all (events);
  }
  fs_ui_test_settle ();
  g_assert_false (fs_timeline_view_has_figure (FS_TIMELINE_VIEW (timeline)));
  g_assert_false (gtk_widget_get_visible (box));
}

/* In a window 360 pixels wide the figure narrows with it, still drawn. */
static void
body_narrow_timeline (Fixture *fixture)
{
  GtkWidget *timeline;

  gtk_widget_hide (GTK_WIDGET (fixture->window));
  gtk_widget_unrealize (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "postmortem");
  fs_ui_test_settle ();
  fs_document_view_show_guide_step (fixture->window->document_view, "what-went-wrong");
  fs_ui_test_settle ();
  timeline = fs_ui_test_find (GTK_WIDGET (fixture->window->document_view), FS_TYPE_TIMELINE_VIEW);
  g_assert_nonnull (timeline);
  g_assert_true (gtk_widget_get_mapped (timeline));
  g_assert_cmpint (gtk_widget_get_width (timeline), <=, 360);
  g_assert_true (fs_timeline_view_has_figure (FS_TIMELINE_VIEW (timeline)));
  g_assert_cmpuint (drawn_pixels (timeline), >, (guint) (gtk_widget_get_width (timeline) * 10));
  fs_ui_test_screenshot (gtk_widget_get_parent (timeline), "timeline-narrow");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", TRUE);
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

  g_test_add ("/incident-times/typed", Fixture, body_typed_times, setup, test_in_app, teardown);
  g_test_add ("/incident-times/drawn-timeline", Fixture, body_drawn_timeline, setup, test_in_app, teardown);
  g_test_add ("/incident-times/narrow-timeline", Fixture, body_narrow_timeline, setup, test_in_app, teardown);

  return g_test_run ();
}
