/* fs-print-timeline.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fs-incident-times.h"
#include "fs-print-private.h"

/* The incident timeline: a time axis over the incident, the phases to detect
 * and to respond as bands above it, the events as numbered ticks that match
 * the numbers in the table of events. Events long before or after the
 * incident go into a short stretch of their own past a break in the axis, so
 * that the incident keeps the width of the page. */

#define STRETCH   52.0
#define MARK_ROW  11.0
#define BAND      14.0
#define PILL_LANE 16.0
#define MAX_LANES 6

typedef struct
{
  gint64 from;
  gint64 to;
  double x0;
  double x1;
} FsStretch;

typedef struct
{
  gint64       at;
  guint        lane;
  PangoLayout *number;
} FsTick;

typedef struct
{
  FsStretch    stretches[3];  /* before, during and after the incident */
  gboolean     broken[3];     /* whether the first and last are in use */
  gint64       marks[3];      /* started, detected, resolved; -1 when unknown */
  PangoLayout *mark_labels[3];
  guint        mark_rows[3];
  PangoLayout *phases[2];
  PangoLayout *ends[3];       /* when the broken-off stretches are */
  GArray      *ticks;
  GPtrArray   *axis_labels;
  GArray      *axis_times;
  double       width;
  double       band_y;
  double       axis_y;
  guint        n_lanes;
} FsTimeline;

static void
timeline_free (FsTimeline *timeline)
{
  for (guint i = 0; i < timeline->ticks->len; i++)
    g_clear_object (&g_array_index (timeline->ticks, FsTick, i).number);
  g_array_unref (timeline->ticks);
  for (guint i = 0; i < 3; i++)
    {
      g_clear_object (&timeline->mark_labels[i]);
      g_clear_object (&timeline->ends[i]);
    }
  for (guint i = 0; i < 2; i++)
    g_clear_object (&timeline->phases[i]);
  g_ptr_array_unref (timeline->axis_labels);
  g_array_unref (timeline->axis_times);
  g_free (timeline);
}

static double
time_x (FsTimeline *timeline,
        gint64      at)
{
  const FsStretch *stretch = &timeline->stretches[1];

  if (at < stretch->from && timeline->broken[0])
    stretch = &timeline->stretches[0];
  else if (at > stretch->to && timeline->broken[2])
    stretch = &timeline->stretches[2];
  if (stretch->to <= stretch->from)
    return (stretch->x0 + stretch->x1) / 2;
  at = CLAMP (at, stretch->from, stretch->to);
  return stretch->x0 + (stretch->x1 - stretch->x0) * (at - stretch->from) /
                       (double) (stretch->to - stretch->from);
}

static gint64
parse_unix (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) moment = NULL;

  if (timestamp == NULL || timestamp[0] == '\0')
    return -1;
  moment = g_date_time_new_from_iso8601 (timestamp, utc);
  return moment != NULL ? g_date_time_to_unix (moment) : -1;
}

static char *
clock_time (gint64      at,
            const char *format)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  return g_date_time_format (local, format);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  gint64 at_a = parse_unix (fs_record_get_text (*(FsRecord **) a, FS_EVENT_AT));
  gint64 at_b = parse_unix (fs_record_get_text (*(FsRecord **) b, FS_EVENT_AT));

  /* Events without a time keep their order, after the others. */
  if (at_a < 0 || at_b < 0)
    return (at_a < 0) - (at_b < 0);
  return (at_a > at_b) - (at_a < at_b);
}

/* The events in the order of time, numbered as the figure numbers them. */
GPtrArray *
fs_print_sort_events (FsDocument *document)
{
  GListModel *events = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_EVENTS));
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (events, i));
  g_ptr_array_sort (sorted, compare_events);
  return sorted;
}

static void
draw_band (cairo_t     *cr,
           FsTimeline  *timeline,
           gint64       from,
           gint64       to,
           FsColor      color,
           PangoLayout *label)
{
  double x = time_x (timeline, from);
  double width = time_x (timeline, to) - x;

  fs_color_set_source (cr, color);
  cairo_rectangle (cr, x, timeline->band_y, width, BAND);
  cairo_fill (cr);
  if (label != NULL)
    fs_print_show_centered (cr, label, x + width / 2, timeline->band_y + BAND / 2);
}

static void
draw_marks (cairo_t    *cr,
            FsTimeline *timeline)
{
  static const FsColor colors[] = { FS_COLOR_INK, FS_COLOR_WARNING, FS_COLOR_ACCENT_INK };

  for (guint i = 0; i < 3; i++)
    {
      double x, width, top;

      if (timeline->mark_labels[i] == NULL)
        continue;
      x = time_x (timeline, timeline->marks[i]);
      fs_print_measure_layout (timeline->mark_labels[i], &width, NULL);
      top = timeline->mark_rows[i] * MARK_ROW;
      fs_color_set_source (cr, colors[i]);
      cairo_set_line_width (cr, 1.25);
      cairo_move_to (cr, x, top + MARK_ROW - 1);
      cairo_line_to (cr, x, timeline->axis_y + 4);
      cairo_stroke (cr);
      fs_print_show_layout (cr, timeline->mark_labels[i],
                            CLAMP (x - width / 2, 0, timeline->width - width), top);
    }
}

/* Two short slants across the axis where a stretch of time is left out. */
static void
draw_break (cairo_t *cr,
            double   x,
            double   y)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x - 3, y - 4, 6, 8);
  cairo_fill (cr);
  fs_color_set_source (cr, FS_COLOR_FAINT);
  for (int i = -1; i <= 1; i += 2)
    {
      cairo_move_to (cr, x + i * 2 - 2, y + 4);
      cairo_line_to (cr, x + i * 2 + 2, y - 4);
    }
  cairo_stroke (cr);
}

static void
draw_axis (cairo_t    *cr,
           FsTimeline *timeline)
{
  double axis = timeline->axis_y;
  double width;

  fs_color_set_source (cr, FS_COLOR_FAINT);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, axis);
  cairo_line_to (cr, timeline->width, axis);
  cairo_stroke (cr);
  for (guint i = 0; i < 3; i += 2)
    if (timeline->broken[i])
      draw_break (cr, i == 0 ? STRETCH - 7 : timeline->width - STRETCH + 7, axis);
  for (guint i = 0; i < 3; i++)
    if (timeline->ends[i] != NULL)
      {
        const FsStretch *stretch = &timeline->stretches[i];

        fs_print_measure_layout (timeline->ends[i], &width, NULL);
        fs_print_show_layout (cr, timeline->ends[i],
                              i == 0 ? stretch->x0 - 4 : stretch->x1 + 4 - width, axis + 4);
      }
  for (guint i = 0; i < timeline->axis_times->len; i++)
    {
      double x = time_x (timeline, g_array_index (timeline->axis_times, gint64, i));
      PangoLayout *label = g_ptr_array_index (timeline->axis_labels, i);

      fs_print_measure_layout (label, &width, NULL);
      fs_color_set_source (cr, FS_COLOR_FAINT);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, x, axis);
      cairo_line_to (cr, x, axis + 3);
      cairo_stroke (cr);
      fs_print_show_layout (cr, label, x - width / 2, axis + 4);
    }
}

static void
draw_ticks (cairo_t    *cr,
            FsTimeline *timeline)
{
  double lanes = timeline->axis_y + 22;

  for (guint i = 0; i < timeline->ticks->len; i++)
    {
      FsTick *tick = &g_array_index (timeline->ticks, FsTick, i);
      double x = time_x (timeline, tick->at);
      double y = lanes + tick->lane * PILL_LANE;

      fs_color_set_source (cr, FS_COLOR_RULE_STRONG);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x, timeline->axis_y);
      cairo_line_to (cr, x, y);
      cairo_stroke (cr);
      fs_color_set_source (cr, FS_COLOR_INK);
      cairo_set_line_width (cr, 1.25);
      cairo_move_to (cr, x, timeline->axis_y - 4);
      cairo_line_to (cr, x, timeline->axis_y + 4);
      cairo_stroke (cr);
      fs_print_draw_dot (cr, tick->number, x, y);
    }
}

static void
draw_timeline (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  FsTimeline *timeline = data;
  gint64 *marks = timeline->marks;

  if (marks[0] >= 0 && marks[1] >= marks[0])
    draw_band (cr, timeline, marks[0], marks[1], FS_RGB (0xf8b575), timeline->phases[0]);
  if (marks[1] >= 0 && marks[2] >= marks[1])
    draw_band (cr, timeline, marks[1], marks[2], FS_RGB (0xd7e5f8), timeline->phases[1]);
  draw_axis (cr, timeline);
  draw_marks (cr, timeline);
  draw_ticks (cr, timeline);
}

/* The incident itself spans from its first to its last known moment; events
 * further away than half that span are broken off to either side. */
static gboolean
find_stretches (FsTimeline *timeline)
{
  FsStretch *before = &timeline->stretches[0];
  FsStretch *during = &timeline->stretches[1];
  FsStretch *after = &timeline->stretches[2];
  gint64 reach;

  during->from = G_MAXINT64;
  during->to = G_MININT64;
  for (guint i = 0; i < 3; i++)
    if (timeline->marks[i] >= 0)
      {
        during->from = MIN (during->from, timeline->marks[i]);
        during->to = MAX (during->to, timeline->marks[i]);
      }
  if (during->from == G_MAXINT64 && timeline->ticks->len > 0)
    {
      during->from = g_array_index (timeline->ticks, FsTick, 0).at;
      during->to = g_array_index (timeline->ticks, FsTick, timeline->ticks->len - 1).at;
    }
  if (during->from == G_MAXINT64)
    return FALSE;
  reach = MAX (during->to - during->from, 1200) / 2;
  *before = (FsStretch) { G_MAXINT64, G_MININT64, 6, STRETCH - 16 };
  *after = (FsStretch) { G_MAXINT64, G_MININT64, timeline->width - STRETCH + 16,
                         timeline->width - 6 };
  for (guint i = 0; i < timeline->ticks->len; i++)
    {
      gint64 at = g_array_index (timeline->ticks, FsTick, i).at;
      FsStretch *stretch = at < during->from - reach ? before
                         : at > during->to + reach ? after : NULL;

      if (stretch == NULL)
        {
          during->from = MIN (during->from, at);
          during->to = MAX (during->to, at);
          continue;
        }
      stretch->from = MIN (stretch->from, at);
      stretch->to = MAX (stretch->to, at);
    }
  timeline->broken[0] = before->from != G_MAXINT64;
  timeline->broken[2] = after->from != G_MAXINT64;
  during->x0 = timeline->broken[0] ? STRETCH + 6 : 8;
  during->x1 = timeline->width - (timeline->broken[2] ? STRETCH + 6 : 8);
  if (during->to - during->from < 600)
    during->to = during->from + 600;
  return TRUE;
}

/* Whether a label of the axis at X would sit on the line of a mark. */
static gboolean
near_mark (FsTimeline *timeline,
           double      x)
{
  for (guint i = 0; i < 3; i++)
    if (timeline->marks[i] >= 0 && fabs (time_x (timeline, timeline->marks[i]) - x) < 14)
      return TRUE;
  return FALSE;
}

static void
make_axis (FsFlow     *flow,
           FsTimeline *timeline)
{
  static const gint64 steps[] = { 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600,
                                  43200, 86400, 172800, 604800, 2592000 };
  const FsStretch *during = &timeline->stretches[1];
  gint64 span = during->to - during->from;
  gint64 step = steps[G_N_ELEMENTS (steps) - 1];
  const char *format = span > 86400 ? "%-d %b %H:%M" : "%H:%M";

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (span / steps[i] <= (gint64) ((during->x1 - during->x0) / 64))
      {
        step = steps[i];
        break;
      }
  for (gint64 at = (during->from / step + 1) * step; at < during->to; at += step)
    {
      g_autofree char *text = clock_time (at, format);

      if (time_x (timeline, at) - during->x0 < 12 || during->x1 - time_x (timeline, at) < 12 ||
          near_mark (timeline, time_x (timeline, at)))
        continue;
      g_array_append_val (timeline->axis_times, at);
      g_ptr_array_add (timeline->axis_labels,
                       fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL, text, 0));
    }
  for (guint i = 0; i < 3; i += 2)
    if (timeline->broken[i])
      {
        g_autofree char *text = clock_time (timeline->stretches[i].from, "%-d %b %H:%M");

        timeline->ends[i] = fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL, text, 0);
      }
}

/* Each number goes into the first lane where it clears the last one there. */
static void
make_ticks (FsFlow     *flow,
            FsTimeline *timeline)
{
  double lane_end[MAX_LANES];

  for (guint l = 0; l < MAX_LANES; l++)
    lane_end[l] = -G_MAXDOUBLE;
  for (guint i = 0; i < timeline->ticks->len; i++)
    {
      FsTick *tick = &g_array_index (timeline->ticks, FsTick, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      double x = time_x (timeline, tick->at);
      double width;
      guint lane = 0;

      tick->number = fs_print_dot_label (flow, number);
      fs_print_measure_layout (tick->number, &width, NULL);
      width = MAX (width + 4, 13);
      while (lane + 1 < MAX_LANES && lane_end[lane] + 2 > x - width / 2)
        lane++;
      tick->lane = lane;
      lane_end[lane] = x + width / 2;
      timeline->n_lanes = MAX (timeline->n_lanes, lane + 1);
    }
}

static void
make_mark_labels (FsFlow     *flow,
                  FsTimeline *timeline)
{
  const char *names[] = { _("Started"), _("Detected"), _("Resolved") };
  double row_end[3] = { -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  guint rows = 1;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *clock = NULL;
      g_autofree char *text = NULL;
      double width, x;
      guint row = 0;

      if (timeline->marks[i] < 0)
        continue;
      clock = clock_time (timeline->marks[i], "%H:%M");
      text = g_strdup_printf ("%s %s", names[i], clock);
      timeline->mark_labels[i] = fs_flow_create_layout (flow, FS_STYLE_FIGURE_BOLD, text, 0);
      fs_print_measure_layout (timeline->mark_labels[i], &width, NULL);
      x = CLAMP (time_x (timeline, timeline->marks[i]) - width / 2, 0, timeline->width - width);
      while (row < 2 && row_end[row] + 8 > x)
        row++;
      row_end[row] = x + width;
      timeline->mark_rows[i] = row;
      rows = MAX (rows, row + 1);
    }
  /* The earliest mark on the lowest row, so that no line crosses a label. */
  for (guint i = 0; i < 3; i++)
    timeline->mark_rows[i] = rows - 1 - timeline->mark_rows[i];
  timeline->band_y = rows * MARK_ROW + 4;
  timeline->axis_y = timeline->band_y + BAND + 6;
}

static PangoLayout *
phase_label (FsFlow     *flow,
             FsTimeline *timeline,
             const char *name,
             gint64      from,
             gint64      to)
{
  g_autofree char *duration = fs_duration_format (to - from);
  g_autofree char *text = g_strdup_printf ("%s %s", name, duration);
  PangoLayout *layout = fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL, text, 0);
  double width;

  fs_print_measure_layout (layout, &width, NULL);
  if (width + 8 <= time_x (timeline, to) - time_x (timeline, from))
    return layout;
  g_object_unref (layout);
  return NULL;
}

static void
add_incident_times (FsFlow     *flow,
                    FsDocument *document)
{
  FsIncidentTimes times = { -1, -1, -1, -1 };

  fs_incident_times_compute (document, &times);
  if (times.time_to_detect >= 0)
    {
      g_autofree char *detect = fs_duration_format (times.time_to_detect);

      fs_flow_add_key_value (flow, _("Time to detect"), detect);
    }
  if (times.time_to_resolve >= 0)
    {
      g_autofree char *resolve = fs_duration_format (times.time_to_resolve);

      fs_flow_add_key_value (flow, _("Time to resolve"), resolve);
    }
  if (times.longest_gap > 0 && times.longest_gap_after >= 0)
    {
      g_autofree char *gap = fs_duration_format (times.longest_gap);
      /* Translators: a stretch of time without events, then the number of the event
       * after which it began */
      g_autofree char *text = g_strdup_printf (_("%s, after event %d"), gap,
                                               times.longest_gap_after + 1);

      fs_flow_add_key_value (flow, _("Longest quiet stretch"), text);
    }
}

static void
collect_times (FsTimeline *timeline,
               FsDocument *document)
{
  g_autoptr(GPtrArray) events = fs_print_sort_events (document);
  static const guint fields[] = { FS_DOCUMENT_INCIDENT_STARTED, FS_DOCUMENT_INCIDENT_DETECTED,
                                  FS_DOCUMENT_INCIDENT_RESOLVED };

  for (guint i = 0; i < 3; i++)
    timeline->marks[i] = parse_unix (fs_record_get_text (FS_RECORD (document), fields[i]));
  for (guint i = 0; i < events->len; i++)
    {
      FsTick tick = { parse_unix (fs_record_get_text (g_ptr_array_index (events, i),
                                                      FS_EVENT_AT)) };

      if (tick.at >= 0)
        g_array_append_val (timeline->ticks, tick);
    }
}

void
fs_print_add_incident_timeline (FsFlow     *flow,
                                FsDocument *document)
{
  FsTimeline *timeline = g_new0 (FsTimeline, 1);
  gint64 *marks = timeline->marks;

  timeline->width = fs_flow_get_width (flow);
  timeline->ticks = g_array_new (FALSE, TRUE, sizeof (FsTick));
  timeline->axis_labels = g_ptr_array_new_with_free_func (g_object_unref);
  timeline->axis_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  collect_times (timeline, document);
  if (!find_stretches (timeline))
    {
      timeline_free (timeline);
      add_incident_times (flow, document);
      return;
    }
  make_axis (flow, timeline);
  make_ticks (flow, timeline);
  make_mark_labels (flow, timeline);
  if (marks[0] >= 0 && marks[1] >= marks[0])
    timeline->phases[0] = phase_label (flow, timeline, _("Undetected"), marks[0], marks[1]);
  if (marks[1] >= 0 && marks[2] >= marks[1])
    timeline->phases[1] = phase_label (flow, timeline, _("Responding"), marks[1], marks[2]);
  fs_flow_add_figure (flow, timeline->axis_y + 22 + timeline->n_lanes * PILL_LANE, draw_timeline,
                      timeline, (GDestroyNotify) timeline_free);
  fs_flow_keep_with_next (flow);
  add_incident_times (flow, document);
}
