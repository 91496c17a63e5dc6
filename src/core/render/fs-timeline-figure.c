/* fs-timeline-figure.c
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
#include "fs-timeline-figure.h"

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
  guint        dot;    /* the dot that numbers it */
} FsTick;

/* The numbers of one event, or of a run of events too close together for
 * a dot each ("5–54"). */
typedef struct
{
  double       left;
  double       width;
  guint        lane;
  guint        first;
  guint        last;
  PangoLayout *label;
} FsDot;

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
  GArray      *dots;
  GPtrArray   *axis_labels;
  GArray      *axis_times;
  double       width;
  double       band_y;
  double       axis_y;
  guint        n_lanes;
  gboolean     ongoing;        /* not resolved yet: the last mark is now */
  FsFigureTextFunc text;
  gpointer     text_data;
  const FsFigurePalette *palette;  /* while drawing */
} FsTimeline;

struct _FsTimelineFigure
{
  FsTimeline timeline;
};

const FsFigurePalette fs_figure_palette_paper = {
  .ink = FS_RGB (0x241f31), .faint = FS_RGB (0x77767b), .rule = FS_RGB (0x9a9996),
  .detected = FS_RGB (0xc64600), .resolved = FS_RGB (0x1a5fb4),
  .undetected = FS_RGB (0xf8b575), .responding = FS_RGB (0xd7e5f8), .paper = FS_RGB (0xffffff),
};

static void
timeline_clear (FsTimeline *timeline)
{
  g_array_unref (timeline->ticks);
  for (guint i = 0; i < timeline->dots->len; i++)
    g_clear_object (&g_array_index (timeline->dots, FsDot, i).label);
  g_array_unref (timeline->dots);
  for (guint i = 0; i < 3; i++)
    {
      g_clear_object (&timeline->mark_labels[i]);
      g_clear_object (&timeline->ends[i]);
    }
  for (guint i = 0; i < 2; i++)
    g_clear_object (&timeline->phases[i]);
  g_ptr_array_unref (timeline->axis_labels);
  g_array_unref (timeline->axis_times);
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
    {
      fs_color_set_source (cr, timeline->palette->ink);
      fs_print_show_centered (cr, label, x + width / 2, timeline->band_y + BAND / 2);
    }
}

static void
draw_marks (cairo_t    *cr,
            FsTimeline *timeline)
{
  const FsColor colors[] = { timeline->palette->ink, timeline->palette->detected,
                             timeline->palette->resolved };

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
draw_break (cairo_t               *cr,
            const FsFigurePalette *palette,
            double                 x,
            double                 y)
{
  fs_color_set_source (cr, palette->paper);
  cairo_rectangle (cr, x - 3, y - 4, 6, 8);
  cairo_fill (cr);
  fs_color_set_source (cr, palette->faint);
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

  fs_color_set_source (cr, timeline->palette->faint);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, axis);
  cairo_line_to (cr, timeline->width, axis);
  cairo_stroke (cr);
  for (guint i = 0; i < 3; i += 2)
    if (timeline->broken[i])
      draw_break (cr, timeline->palette, i == 0 ? STRETCH - 7 : timeline->width - STRETCH + 7, axis);
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
      fs_color_set_source (cr, timeline->palette->faint);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, x, axis);
      cairo_line_to (cr, x, axis + 3);
      cairo_stroke (cr);
      fs_print_show_layout (cr, label, x - width / 2, axis + 4);
    }
}

/* A dot: the numbers in a pill of ink. */
static void
draw_dot (cairo_t    *cr,
          FsTimeline *timeline,
          FsDot      *dot,
          double      y)
{
  double right = dot->left + dot->width;

  fs_color_set_source (cr, timeline->palette->ink);
  cairo_new_sub_path (cr);
  cairo_arc (cr, dot->left + 6.5, y, 6.5, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, right - 6.5, y, 6.5, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_fill (cr);
  fs_color_set_source (cr, timeline->palette->paper);
  fs_print_show_centered (cr, dot->label, dot->left + dot->width / 2, y);
}

static double
lane_y (FsTimeline *timeline,
        guint       lane)
{
  return timeline->axis_y + 22 + lane * PILL_LANE;
}

static void
draw_ticks (cairo_t    *cr,
            FsTimeline *timeline)
{
  for (guint i = 0; i < timeline->ticks->len; i++)
    {
      FsTick *tick = &g_array_index (timeline->ticks, FsTick, i);
      FsDot *dot = &g_array_index (timeline->dots, FsDot, tick->dot);
      double x = time_x (timeline, tick->at);

      fs_color_set_source (cr, timeline->palette->rule);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x, timeline->axis_y);
      cairo_line_to (cr, CLAMP (x, dot->left + 3, dot->left + dot->width - 3), lane_y (timeline, dot->lane));
      cairo_stroke (cr);
      fs_color_set_source (cr, timeline->palette->ink);
      cairo_set_line_width (cr, 1.25);
      cairo_move_to (cr, x, timeline->axis_y - 4);
      cairo_line_to (cr, x, timeline->axis_y + 4);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < timeline->dots->len; i++)
    {
      FsDot *dot = &g_array_index (timeline->dots, FsDot, i);

      draw_dot (cr, timeline, dot, lane_y (timeline, dot->lane));
    }
}

static void
draw_timeline (cairo_t    *cr,
               FsTimeline *timeline)
{
  gint64 *marks = timeline->marks;

  if (marks[0] >= 0 && marks[1] >= marks[0])
    draw_band (cr, timeline, marks[0], marks[1], timeline->palette->undetected, timeline->phases[0]);
  if (marks[1] >= 0 && marks[2] >= marks[1])
    draw_band (cr, timeline, marks[1], marks[2], timeline->palette->responding, timeline->phases[1]);
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
make_axis (FsTimeline *timeline)
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
                       timeline->text (FS_FIGURE_TEXT_SMALL, text, timeline->text_data));
    }
  for (guint i = 0; i < 3; i += 2)
    if (timeline->broken[i])
      {
        g_autofree char *text = clock_time (timeline->stretches[i].from, "%-d %b %H:%M");

        timeline->ends[i] = timeline->text (FS_FIGURE_TEXT_SMALL, text, timeline->text_data);
      }
}

static void
label_dot (FsTimeline *timeline,
           FsDot      *dot)
{
  g_autofree char *numbers = dot->first == dot->last
                             ? g_strdup_printf ("%u", dot->first + 1)
                             /* Translators: a run of events numbered from one number to another */
                             : g_strdup_printf (_("%u–%u"), dot->first + 1, dot->last + 1);
  double width;

  g_clear_object (&dot->label);
  dot->label = timeline->text (FS_FIGURE_TEXT_DOT, numbers, timeline->text_data);
  fs_print_measure_layout (dot->label, &width, NULL);
  dot->width = MAX (width + 4, 13);
}

/* Each number goes into the first lane where it clears the last dot there;
 * where no lane has room, it joins the dot of the event before it ("5–9"),
 * the last of its lane, which grows to the right and so covers no other. */
static void
make_ticks (FsTimeline *timeline)
{
  double lane_end[MAX_LANES];

  for (guint l = 0; l < MAX_LANES; l++)
    lane_end[l] = -G_MAXDOUBLE;
  for (guint i = 0; i < timeline->ticks->len; i++)
    {
      FsTick *tick = &g_array_index (timeline->ticks, FsTick, i);
      double x = time_x (timeline, tick->at);
      FsDot dot = { 0, 0, 0, i, i, NULL };
      guint lane = 0;

      label_dot (timeline, &dot);
      dot.left = x - dot.width / 2;
      while (lane < MAX_LANES && lane_end[lane] + 2 > dot.left)
        lane++;
      if (lane == MAX_LANES)
        {
          FsDot *joined;

          g_clear_object (&dot.label);
          tick->dot = timeline->dots->len - 1;
          joined = &g_array_index (timeline->dots, FsDot, tick->dot);
          joined->last = i;
          label_dot (timeline, joined);
          lane_end[joined->lane] = joined->left + joined->width;
          continue;
        }
      dot.lane = lane;
      lane_end[lane] = dot.left + dot.width;
      tick->dot = timeline->dots->len;
      g_array_append_val (timeline->dots, dot);
      timeline->n_lanes = MAX (timeline->n_lanes, lane + 1);
    }
}

static void
make_mark_labels (FsTimeline *timeline)
{
  const char *names[] = { _("Started"), _("Detected"),
                          timeline->ongoing ? _("Now") : _("Resolved") };
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
      timeline->mark_labels[i] = timeline->text (FS_FIGURE_TEXT_BOLD, text, timeline->text_data);
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
phase_label (FsTimeline *timeline,
             const char *name,
             gint64      from,
             gint64      to)
{
  g_autofree char *duration = fs_duration_format (to - from);
  g_autofree char *text = g_strdup_printf ("%s %s", name, duration);
  PangoLayout *layout = timeline->text (FS_FIGURE_TEXT_SMALL, text, timeline->text_data);
  double width;

  fs_print_measure_layout (layout, &width, NULL);
  if (width + 8 <= time_x (timeline, to) - time_x (timeline, from))
    return layout;
  g_object_unref (layout);
  return NULL;
}

static void
collect_times (FsTimeline *timeline,
               FsDocument *document,
               gint64      now)
{
  g_autoptr(GPtrArray) events = fs_incident_times_sorted_events (document);
  static const guint fields[] = { FS_DOCUMENT_INCIDENT_STARTED, FS_DOCUMENT_INCIDENT_DETECTED,
                                  FS_DOCUMENT_INCIDENT_RESOLVED };

  for (guint i = 0; i < 3; i++)
    timeline->marks[i] = parse_unix (fs_record_get_text (FS_RECORD (document), fields[i]));
  /* An incident still going on is drawn up to now. */
  if (timeline->marks[2] < 0 && now >= 0 && timeline->marks[0] >= 0 && now >= timeline->marks[0] &&
      g_strcmp0 (fs_record_get_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STATUS), "ongoing") == 0)
    {
      timeline->marks[2] = now;
      timeline->ongoing = TRUE;
    }
  for (guint i = 0; i < events->len; i++)
    {
      FsTick tick = { parse_unix (fs_record_get_text (g_ptr_array_index (events, i),
                                                      FS_EVENT_AT)) };

      if (tick.at >= 0)
        g_array_append_val (timeline->ticks, tick);
    }
}


/* The figure of DOCUMENT's incident at WIDTH, its texts made by TEXT; NULL
 * when its times give nothing to draw. NOW (Unix seconds, -1 for none) ends
 * an incident that is still going on. */
FsTimelineFigure *
fs_timeline_figure_new (FsDocument       *document,
                        double            width,
                        gint64            now,
                        FsFigureTextFunc  text,
                        gpointer          data)
{
  FsTimelineFigure *figure;
  FsTimeline *timeline;
  gint64 *marks;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  figure = g_new0 (FsTimelineFigure, 1);
  timeline = &figure->timeline;
  marks = timeline->marks;
  timeline->text = text;
  timeline->text_data = data;
  timeline->width = width;
  timeline->ticks = g_array_new (FALSE, TRUE, sizeof (FsTick));
  timeline->dots = g_array_new (FALSE, TRUE, sizeof (FsDot));
  timeline->axis_labels = g_ptr_array_new_with_free_func (g_object_unref);
  timeline->axis_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  collect_times (timeline, document, now);
  if (!find_stretches (timeline))
    {
      fs_timeline_figure_free (figure);
      return NULL;
    }
  make_axis (timeline);
  make_ticks (timeline);
  make_mark_labels (timeline);
  if (marks[0] >= 0 && marks[1] >= marks[0])
    timeline->phases[0] = phase_label (timeline, _("Undetected"), marks[0], marks[1]);
  if (marks[1] >= 0 && marks[2] >= marks[1])
    timeline->phases[1] = phase_label (timeline, _("Responding"), marks[1], marks[2]);
  return figure;
}

double
fs_timeline_figure_get_height (FsTimelineFigure *figure)
{
  g_return_val_if_fail (figure != NULL, 0);

  return figure->timeline.axis_y + 22 + figure->timeline.n_lanes * PILL_LANE;
}

void
fs_timeline_figure_draw (FsTimelineFigure      *figure,
                         cairo_t               *cr,
                         const FsFigurePalette *palette)
{
  g_return_if_fail (figure != NULL);
  g_return_if_fail (palette != NULL);

  figure->timeline.palette = palette;
  cairo_save (cr);
  draw_timeline (cr, &figure->timeline);
  cairo_restore (cr);
  figure->timeline.palette = NULL;
}

guint
fs_timeline_figure_get_n_dots (FsTimelineFigure *figure)
{
  g_return_val_if_fail (figure != NULL, 0);

  return figure->timeline.dots->len;
}

/* Where dot I is, and the events (in time order, from 0) it numbers. */
void
fs_timeline_figure_get_dot (FsTimelineFigure *figure,
                            guint             i,
                            double           *left,
                            double           *right,
                            guint            *lane,
                            guint            *first,
                            guint            *last)
{
  const FsDot *dot;

  g_return_if_fail (figure != NULL);
  g_return_if_fail (i < figure->timeline.dots->len);

  dot = &g_array_index (figure->timeline.dots, FsDot, i);
  *left = dot->left;
  *right = dot->left + dot->width;
  *lane = dot->lane;
  *first = dot->first;
  *last = dot->last;
}

void
fs_timeline_figure_free (FsTimelineFigure *figure)
{
  if (figure == NULL)
    return;
  timeline_clear (&figure->timeline);
  g_free (figure);
}
