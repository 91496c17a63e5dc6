/* test-timeline-figure.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-test-util.h"
#include "fs-timeline-figure.h"

/* The incident timeline's layout, as the PDF and the Guide draw it: every
 * event numbered once, in time order, and no two numbers on top of each
 * other however close the events are. */

static PangoContext *context;

static PangoLayout *
small_text (FsFigureTextKind  kind,
            const char       *text,
            gpointer          data)
{
  PangoLayout *layout = pango_layout_new (data);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 7");

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* An incident of an hour and a half with N events, SPACING seconds apart
 * from 13:20. */
static FsDocument *
incident (guint n,
          guint spacing)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GDateTime) first = g_date_time_new_utc (2020, 6, 30, 13, 20, 0);

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STARTED, "2020-06-30T13:00:00Z");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_DETECTED, "2020-06-30T13:20:00Z");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_RESOLVED, "2020-06-30T14:30:00Z");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_add_seconds (first, (double) i * spacing);
      g_autofree char *stamp = g_date_time_format (at, "%Y-%m-%dT%H:%M:%SZ");
      g_autofree char *text = g_strdup_printf ("Event %u", i + 1);

      fs_test_add_item (document, FS_DOCUMENT_EVENTS, "text", text, "at", stamp, NULL);
    }
  return document;
}

/* Checks the dots of FIGURE for N events; gives how many dots there are. */
static guint
assert_dots_clear (FsTimelineFigure *figure,
                   guint             n)
{
  guint dots = fs_timeline_figure_get_n_dots (figure);
  guint next = 0;

  for (guint i = 0; i < dots; i++)
    {
      double left, right;
      guint lane, first, last;

      fs_timeline_figure_get_dot (figure, i, &left, &right, &lane, &first, &last);
      /* Each event once, in order, a run of them at most. */
      g_assert_cmpuint (first, ==, next);
      g_assert_cmpuint (last, >=, first);
      next = last + 1;
      for (guint j = 0; j < i; j++)
        {
          double other_left, other_right;
          guint other_lane, other_first, other_last;

          fs_timeline_figure_get_dot (figure, j, &other_left, &other_right, &other_lane,
                                      &other_first, &other_last);
          if (other_lane == lane)
            g_assert_true (right <= other_left || left >= other_right);
        }
    }
  g_assert_cmpuint (next, ==, n);
  return dots;
}

static void
test_spaced_events (void)
{
  g_autoptr(FsDocument) document = incident (6, 600);
  g_autoptr(FsTimelineFigure) figure = fs_timeline_figure_new (document, 480, -1, small_text, context);

  g_assert_nonnull (figure);
  g_assert_cmpuint (assert_dots_clear (figure, 6), ==, 6);
  g_assert_cmpfloat (fs_timeline_figure_get_height (figure), >, 40);
}

static void
test_fifty_events_in_a_minute (void)
{
  g_autoptr(FsDocument) document = incident (50, 1);
  g_autoptr(FsTimelineFigure) figure = fs_timeline_figure_new (document, 480, -1, small_text, context);
  guint dots;

  g_assert_nonnull (figure);
  dots = assert_dots_clear (figure, 50);
  /* Too close for a dot each: some share one, "7–50". */
  g_assert_cmpuint (dots, <, 50);
}

/* Still going on, the incident is drawn up to now: an event an hour in,
 * two hours before now, sits near the middle, not at the end. */
static void
test_ongoing_up_to_now (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GDateTime) started = g_date_time_new_utc (2020, 6, 30, 13, 0, 0);
  g_autoptr(FsTimelineFigure) ongoing = NULL;
  g_autoptr(FsTimelineFigure) without_now = NULL;
  double left, right;
  guint lane, first, last;

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STARTED, "2020-06-30T13:00:00Z");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_DETECTED, "2020-06-30T13:20:00Z");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STATUS, "ongoing");
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "text", "Rollback begins", "at", "2020-06-30T14:00:00Z", NULL);

  ongoing = fs_timeline_figure_new (document, 480, g_date_time_to_unix (started) + 2 * 3600,
                                    small_text, context);
  fs_timeline_figure_get_dot (ongoing, 0, &left, &right, &lane, &first, &last);
  g_assert_cmpfloat ((left + right) / 2, <, 480 * 0.75);
  g_assert_cmpfloat ((left + right) / 2, >, 480 * 0.25);

  without_now = fs_timeline_figure_new (document, 480, -1, small_text, context);
  fs_timeline_figure_get_dot (without_now, 0, &left, &right, &lane, &first, &last);
  g_assert_cmpfloat ((left + right) / 2, >, 480 * 0.9);
}

static void
test_nothing_to_draw (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);

  g_assert_null (fs_timeline_figure_new (document, 480, -1, small_text, context));
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_test_add_func ("/timeline-figure/spaced-events", test_spaced_events);
  g_test_add_func ("/timeline-figure/fifty-events-in-a-minute", test_fifty_events_in_a_minute);
  g_test_add_func ("/timeline-figure/ongoing-up-to-now", test_ongoing_up_to_now);
  g_test_add_func ("/timeline-figure/nothing-to-draw", test_nothing_to_draw);

  return g_test_run ();
}
