/* fs-step-risks.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-guide-lists.h"
#include "fs-guide-steps.h"
#include "fs-record-list-editor.h"

/* Sorting is an edit of the list like any other: Ctrl+Z puts the old order back. */
static void
on_sort_clicked (FsGuideStep *step)
{
  FsDocument *document = fs_guide_step_get_document (step);
  g_autoptr(GPtrArray) ranked = fs_document_rank_risks (document);

  fs_edit_history_reorder (fs_guide_step_get_history (step),
                           fs_document_get_list (document, FS_DOCUMENT_RISKS), ranked);
}

void
fs_guide_step_build_risks (FsGuideStep *step)
{
  FsDocument *document = fs_guide_step_get_document (step);
  FsEditHistory *history = fs_guide_step_get_history (step);
  GtkWidget *risks = fs_guide_list_editor_new (document, FS_DOCUMENT_RISKS, history);
  GtkWidget *sort = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *squeezer = adw_squeezer_new ();

  /* In a narrow window the button keeps only its icon. */
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "view-sort-descending-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Sort by Score"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), content);
  adw_squeezer_add (ADW_SQUEEZER (squeezer),
                    gtk_image_new_from_icon_name ("view-sort-descending-symbolic"));
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  gtk_button_set_child (GTK_BUTTON (sort), squeezer);
  gtk_widget_set_name (sort, "sort-by-score");
  gtk_widget_add_css_class (sort, "flat");
  gtk_widget_set_tooltip_text (sort, _("Sort by Score: the highest first"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sort), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sort by score"), -1);
  g_signal_connect_object (sort, "clicked", G_CALLBACK (on_sort_clicked), step,
                           G_CONNECT_SWAPPED);
  fs_record_list_editor_add_header_widget (FS_RECORD_LIST_EDITOR (risks), sort);
  fs_guide_step_append (step, risks);
  fs_guide_step_append (step, fs_guide_list_editor_new (document, FS_DOCUMENT_CLUSTERS, history));
}
