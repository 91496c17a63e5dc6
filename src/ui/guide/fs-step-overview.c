/* fs-step-overview.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-guide-steps.h"
#include "fs-time-format.h"

/* The pre-mortem's turn of mind: the change is over, and it failed. */
static void
frame_failure (GtkLabel   *label,
               GParamSpec *pspec,
               FsDocument *document)
{
  const char *date = fs_record_get_text (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_FAILURE_DATE);
  g_autofree char *shown = NULL;
  g_autofree char *text = NULL;

  if (date[0] == '\0')
    {
      gtk_label_set_text (label, _("Imagine the change is done, and it has failed. What "
                                   "happened? Give that day a date below."));
      return;
    }
  shown = fs_format_date (date);
  /* Translators: %s is a date such as "1 May 2027" */
  text = g_strdup_printf (_("It is %s. This change has failed. What happened?"), shown);
  gtk_label_set_text (label, text);
}

void
fs_guide_step_build_overview (FsGuideStep *step)
{
  FsDocument *document = fs_guide_step_get_document (step);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, "failure-framing");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "fs-failure-framing");
  gtk_widget_add_css_class (label, "card");
  frame_failure (GTK_LABEL (label), NULL, document);
  g_signal_connect_object (document, "notify::overview-failure-date",
                           G_CALLBACK (frame_failure), label, G_CONNECT_SWAPPED);
  fs_guide_step_append (step, label);
  fs_guide_step_add_parts (step);
}
