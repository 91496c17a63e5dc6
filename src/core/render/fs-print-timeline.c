/* fs-print-timeline.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-incident-times.h"
#include "fs-print-private.h"
#include "fs-timeline-figure.h"

/* The incident timeline on a page: the figure in the page's fonts and on
 * paper, then what its times add up to. */

static PangoLayout *
page_text (FsFigureTextKind  kind,
           const char       *text,
           gpointer          data)
{
  FsFlow *flow = data;

  switch (kind)
    {
    case FS_FIGURE_TEXT_DOT:
      return fs_print_dot_label (flow, text);
    case FS_FIGURE_TEXT_BOLD:
      return fs_flow_create_layout (flow, FS_STYLE_FIGURE_BOLD, text, 0);
    case FS_FIGURE_TEXT_SMALL:
    default:
      return fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL, text, 0);
    }
}

static void
draw_on_page (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  fs_timeline_figure_draw (data, cr, &fs_figure_palette_paper);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  gint64 at_a = -1, at_b = -1;

  fs_incident_times_parse (fs_record_get_text (*(FsRecord **) a, FS_EVENT_AT), &at_a);
  fs_incident_times_parse (fs_record_get_text (*(FsRecord **) b, FS_EVENT_AT), &at_b);

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

void
fs_print_add_incident_timeline (FsFlow     *flow,
                                FsDocument *document)
{
  FsTimelineFigure *figure = fs_timeline_figure_new (document, fs_flow_get_width (flow),
                                                     g_get_real_time () / G_USEC_PER_SEC,
                                                     page_text, flow);

  if (figure != NULL)
    {
      fs_flow_add_figure (flow, fs_timeline_figure_get_height (figure), draw_on_page,
                          figure, (GDestroyNotify) fs_timeline_figure_free);
      fs_flow_keep_with_next (flow);
    }
  add_incident_times (flow, document);
}
