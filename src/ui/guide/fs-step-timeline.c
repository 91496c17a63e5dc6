/* fs-step-timeline.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-guide-steps.h"
#include "fs-incident-times.h"
#include "fs-timeline-view.h"

/* Under the events of What Went Wrong: the incident drawn, and what its
 * times add up to, with the method's word on where a long wait points. */

/* Most of the incident passed before anyone knew of it. */
#define DETECT_SHARE 0.5
/* An hour from knowing to fixing is long for most teams. */
#define LONG_RESPONSE (60 * 60)

static char *
figures_text (const FsIncidentTimes *times)
{
  GString *text = g_string_new (NULL);

  if (times->time_to_detect >= 0)
    {
      g_autofree char *detect = fs_duration_format (times->time_to_detect);

      g_string_append_printf (text, _("Time to detect: %s"), detect);
    }
  if (times->time_to_resolve >= 0)
    {
      g_autofree char *resolve = fs_duration_format (times->time_to_resolve);

      g_string_append (text, text->len > 0 ? " · " : "");
      g_string_append_printf (text, _("Time to resolve: %s"), resolve);
    }
  if (times->longest_gap > 0 && times->longest_gap_after >= 0)
    {
      g_autofree char *gap = fs_duration_format (times->longest_gap);

      g_string_append (text, text->len > 0 ? " · " : "");
      /* Translators: a stretch of time without events, then the number of the event it followed */
      g_string_append_printf (text, _("Longest quiet stretch: %s, after event %d"), gap,
                              times->longest_gap_after + 1);
    }
  return g_string_free (text, FALSE);
}

static const char *
advice_text (const FsIncidentTimes *times)
{
  if (times->time_to_detect >= 0 && times->time_to_resolve > 0 &&
      times->time_to_detect >= DETECT_SHARE * times->time_to_resolve)
    return _("Most of the incident went by before anyone knew. Look at monitoring and "
             "alerts: what would have told us sooner?");
  if (times->time_to_detect >= 0 && times->time_to_resolve - times->time_to_detect >= LONG_RESPONSE)
    return _("Fixing took long once it was known. Look at tooling, access and runbooks: "
             "what slowed the people responding?");
  return NULL;
}

static void
update (GtkWidget  *box,
        FsDocument *document)
{
  GtkLabel *figures = g_object_get_data (G_OBJECT (box), "figures");
  GtkWidget *view = g_object_get_data (G_OBJECT (box), "view");
  GtkLabel *advice = g_object_get_data (G_OBJECT (box), "advice");
  FsIncidentTimes times;
  g_autofree char *text = NULL;
  const char *hint;

  /* Once for the figures and the advice alike. */
  fs_incident_times_compute (document, &times);
  text = figures_text (&times);
  hint = advice_text (&times);

  gtk_label_set_text (figures, text);
  /* What the drawing shows, in words, for those who do not see it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_set_visible (GTK_WIDGET (figures), text[0] != '\0');
  gtk_label_set_text (advice, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (advice), hint != NULL);
  gtk_widget_set_visible (box, text[0] != '\0');
}

GtkWidget *
fs_guide_timeline_new (FsDocument *document)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *view = fs_timeline_view_new (document);
  GtkWidget *figures = gtk_label_new (NULL);
  GtkWidget *advice = gtk_label_new (NULL);

  gtk_widget_set_name (box, "incident-timeline");
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_add_css_class (view, "fs-timeline");
  gtk_label_set_xalign (GTK_LABEL (figures), 0);
  gtk_label_set_wrap (GTK_LABEL (figures), TRUE);
  gtk_widget_add_css_class (figures, "numeric");
  gtk_widget_set_name (figures, "timeline-figures");
  gtk_label_set_xalign (GTK_LABEL (advice), 0);
  gtk_label_set_wrap (GTK_LABEL (advice), TRUE);
  gtk_widget_add_css_class (advice, "dim-label");
  gtk_widget_set_name (advice, "timeline-advice");
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), figures);
  gtk_box_append (GTK_BOX (box), advice);
  g_object_set_data (G_OBJECT (box), "figures", figures);
  g_object_set_data (G_OBJECT (box), "view", view);
  g_object_set_data (G_OBJECT (box), "advice", advice);
  update (box, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (update), box, G_CONNECT_SWAPPED);
  return box;
}
