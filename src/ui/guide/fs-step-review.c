/* fs-step-review.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-guide-lists.h"
#include "fs-guide-steps.h"
#include "fs-record-text.h"

#define TOP_RISKS 5

/* The review looks back at every other step. Its rows are refreshed in
 * place when the document changes, a moment after the edit. */
typedef struct
{
  FsDocument          *document;
  GPtrArray           *step_rows;
  AdwPreferencesGroup *risks_group;
  GPtrArray           *risk_rows;
  guint                risks_index;
  guint                refresh_id;
} Review;

static void
review_free (Review *review)
{
  g_clear_handle_id (&review->refresh_id, g_source_remove);
  g_ptr_array_unref (review->step_rows);
  g_ptr_array_unref (review->risk_rows);
  g_free (review);
}

const char *
fs_guide_progress_icon_name (FsMethodProgress progress)
{
  switch (progress)
    {
    case FS_METHOD_PROGRESS_COMPLETE:
      return "fs-step-complete-symbolic";
    case FS_METHOD_PROGRESS_STARTED:
      return "fs-step-started-symbolic";
    case FS_METHOD_PROGRESS_EMPTY:
    default:
      return "fs-step-empty-symbolic";
    }
}

const char *
fs_guide_progress_label (FsMethodProgress progress)
{
  switch (progress)
    {
    case FS_METHOD_PROGRESS_COMPLETE:
      return _("Complete");
    case FS_METHOD_PROGRESS_STARTED:
      return _("Started");
    case FS_METHOD_PROGRESS_EMPTY:
    default:
      return _("Not started");
    }
}

/* "Complete", or the parts still waiting for an answer. */
static char *
describe_step (const FsMethodStep *step,
               FsDocument         *document)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; i < step->n_parts; i++)
    if (!(step->parts[i].flags & FS_METHOD_PART_OPTIONAL) &&
        !fs_method_part_is_answered (&step->parts[i], document))
      g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "",
                              _(step->parts[i].label));
  if (missing->len == 0)
    return g_strdup (_("Complete"));
  /* Translators: followed by the parts of a step that have no answer yet */
  return g_strdup_printf (_("Missing: %s"), missing->str);
}

static void
show_step_rows (Review *review)
{
  for (guint i = 0; i < review->step_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (review->step_rows, i);
      guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "fs-step-index"));
      const FsMethodStep *step = g_object_get_data (G_OBJECT (row), "fs-step");
      GtkImage *mark = g_object_get_data (G_OBJECT (row), "fs-mark");
      FsMethodProgress progress = fs_method_get_progress (review->document, index);
      g_autofree char *subtitle = describe_step (step, review->document);

      gtk_image_set_from_icon_name (mark, fs_guide_progress_icon_name (progress));
      if (progress == FS_METHOD_PROGRESS_COMPLETE)
        gtk_widget_add_css_class (GTK_WIDGET (mark), "complete");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (mark), "complete");
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      fs_guide_progress_label (progress), -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
}

static GtkWidget *
new_link_row (const char *title,
              guint       index)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "guide.show-step");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", index);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
show_risks (Review *review)
{
  g_autoptr(GPtrArray) ranked = fs_document_rank_risks (review->document);
  guint shown = MIN (ranked->len, TOP_RISKS);

  for (guint i = 0; i < review->risk_rows->len; i++)
    adw_preferences_group_remove (review->risks_group,
                                  g_ptr_array_index (review->risk_rows, i));
  g_ptr_array_set_size (review->risk_rows, 0);
  for (guint i = 0; i < shown; i++)
    {
      FsRecord *risk = g_ptr_array_index (ranked, i);
      g_autofree char *title = fs_record_text_headline (risk);
      g_autofree char *subtitle = fs_guide_describe_risk (risk, NULL);
      GtkWidget *row = new_link_row (title[0] != '\0' ? title : _("Unnamed risk"),
                                     review->risks_index);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (review->risks_group, row);
      g_ptr_array_add (review->risk_rows, row);
    }
  if (shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No risks written yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (review->risks_group, row);
      g_ptr_array_add (review->risk_rows, row);
    }
}

static gboolean
refresh (gpointer data)
{
  Review *review = data;

  review->refresh_id = 0;
  show_step_rows (review);
  if (review->risks_group != NULL)
    show_risks (review);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (FsGuideStep *step)
{
  Review *review = g_object_get_data (G_OBJECT (step), "fs-review");

  if (review == NULL)
    return;
  g_clear_handle_id (&review->refresh_id, g_source_remove);
  review->refresh_id = g_timeout_add (200, refresh, review);
}

static GtkWidget *
new_completeness (Review     *review,
                  FsGuideStep *step)
{
  GtkWidget *group = adw_preferences_group_new ();
  const FsMethodStep *steps;
  guint n_steps;

  steps = fs_method_get_steps (fs_document_get_kind (review->document), &n_steps);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Completeness"));
  gtk_widget_set_name (group, "completeness");
  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *name = g_strconcat (steps[i].id, "-link", NULL);
      GtkWidget *row;
      GtkWidget *mark;

      if (steps[i].reviews_others)
        continue;
      row = new_link_row (_(steps[i].title), i);
      gtk_widget_set_name (row, name);
      mark = gtk_image_new ();
      gtk_widget_add_css_class (mark, "fs-step-mark");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), mark);
      g_object_set_data (G_OBJECT (row), "fs-step-index", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (row), "fs-step", (gpointer) &steps[i]);
      g_object_set_data (G_OBJECT (row), "fs-mark", mark);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (review->step_rows, row);
      if (g_str_equal (steps[i].id, "risks"))
        review->risks_index = i;
    }
  return group;
}

static void
add_export_row (AdwPreferencesGroup *group,
                const char          *title,
                const char          *action,
                const char          *format)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  if (format != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", format);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  adw_preferences_group_add (group, row);
}

static GtkWidget *
new_exports (FsDocument *document)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, _("Share"));
  adw_preferences_group_set_description (group, _("Export the document or print it."));
  gtk_widget_set_name (GTK_WIDGET (group), "exports");
  add_export_row (group, _("_PDF Document…"), "win.export-as", "pdf");
  if (fs_document_get_kind (document) == FS_DOCUMENT_KIND_PREMORTEM)
    add_export_row (group, _("Go/No-Go _Runbook…"), "win.export-as", "runbook");
  add_export_row (group, _("_Markdown…"), "win.export-as", "md");
  add_export_row (group, _("_Foresight File (JSON)…"), "win.export-as", "json");
  add_export_row (group, _("P_rint…"), "win.print", NULL);
  return GTK_WIDGET (group);
}

void
fs_guide_step_build_review (FsGuideStep *step)
{
  FsDocument *document = fs_guide_step_get_document (step);
  Review *review = g_new0 (Review, 1);

  review->document = document;
  review->step_rows = g_ptr_array_new ();
  review->risk_rows = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (step), "fs-review", review, (GDestroyNotify) review_free);

  fs_guide_step_append (step, new_completeness (review, step));
  if (fs_document_list_applies (FS_DOCUMENT_RISKS, fs_document_get_kind (document)))
    {
      review->risks_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (review->risks_group, _("Highest Risks"));
      gtk_widget_set_name (GTK_WIDGET (review->risks_group), "top-risks");
      fs_guide_step_append (step, GTK_WIDGET (review->risks_group));
    }
  if (fs_document_get_kind (document) == FS_DOCUMENT_KIND_POSTMORTEM)
    {
      int incident = fs_method_find_step (FS_DOCUMENT_KIND_POSTMORTEM, "incident");

      fs_guide_step_append (step, fs_guide_premortem_summary_new (document, incident));
    }
  fs_guide_step_add_parts (step);
  fs_guide_step_append (step, new_exports (document));
  refresh (review);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), step,
                           G_CONNECT_SWAPPED);
}
