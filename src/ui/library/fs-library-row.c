/* fs-library-row.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-library-row.h"
#include "fs-record-text.h"
#include "fs-time-format.h"

struct _FsLibraryRow
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkImage         *kind_icon;
  GtkLabel         *title_label;
  GtkLabel         *snippet_label;
  GtkLabel         *details_label;

  FsSummary        *summary;
  guint             update_source;
};

G_DEFINE_FINAL_TYPE (FsLibraryRow, fs_library_row, GTK_TYPE_WIDGET)

const char *
fs_library_kind_icon_name (const char *kind)
{
  return g_strcmp0 (kind, "postmortem") == 0 ? "fs-postmortem-symbolic"
                                             : "fs-premortem-symbolic";
}

/* How many of the incidents linked to a pre-mortem it foresaw: the loop
 * closed, at a glance. */
static char *
describe_foresight (FsRecord *record)
{
  guint incidents = fs_record_get_number (record, FS_SUMMARY_INCIDENTS);
  guint foreseen = fs_record_get_number (record, FS_SUMMARY_FORESEEN);

  if (incidents == 0)
    return NULL;
  if (foreseen == incidents)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "foresaw %u incident",
                                         "foresaw all %u incidents", incidents), incidents);
  /* Translators: how many of the linked incidents a pre-mortem had a risk for */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "foresaw %u of %u incident",
                                       "foresaw %u of %u incidents", incidents),
                          foreseen, incidents);
}

static char *
describe_counts (FsSummary *summary)
{
  FsRecord *record = FS_RECORD (summary);
  guint risks = fs_record_get_number (record, FS_SUMMARY_RISKS);
  guint items = fs_record_get_number (record, FS_SUMMARY_ACTION_ITEMS);

  if (g_str_equal (fs_record_get_text (record, FS_SUMMARY_KIND), "premortem"))
    {
      g_autofree char *counted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks",
                                                               risks), risks);
      g_autofree char *foresaw = describe_foresight (record);

      if (foresaw == NULL)
        return g_steal_pointer (&counted);
      /* Translators: a pre-mortem's risks, then how many incidents it foresaw */
      return g_strdup_printf (_("%s · %s"), counted, foresaw);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action item", "%u action items",
                                       items), items);
}

static void
update_details (FsLibraryRow *self)
{
  FsRecord *record = FS_RECORD (self->summary);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = fs_format_relative_time (fs_record_get_text (record, FS_SUMMARY_MODIFIED),
                                                   now);
  g_autofree char *counts = describe_counts (self->summary);
  g_autofree char *details = NULL;
  const char *kind = fs_record_get_text (record, FS_SUMMARY_KIND);
  const char *kind_label = g_str_equal (kind, "postmortem") ? _("Post-mortem") : _("Pre-mortem");

  /* Translators: status · last change · counts, e.g. "Draft · 2 hours ago · 12 risks" */
  details = g_strdup_printf (_("%s · %s · %s"),
                             fs_choice_label (fs_record_get_text (record, FS_SUMMARY_STATUS)),
                             when, counts);
  gtk_label_set_text (self->details_label, details);
  /* Rows change by the hundred while a search is typed: only what differs. */
  if (g_strcmp0 (gtk_image_get_icon_name (self->kind_icon), fs_library_kind_icon_name (kind)) != 0)
    {
      gtk_image_set_from_icon_name (self->kind_icon, fs_library_kind_icon_name (kind));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), kind_label);
    }
}

static void
update_row (FsLibraryRow *self)
{
  FsRecord *record = FS_RECORD (self->summary);
  const char *title = fs_record_get_text (record, FS_SUMMARY_TITLE);
  const char *snippet = fs_record_get_text (record, FS_SUMMARY_SNIPPET);

  gtk_label_set_text (self->title_label, title[0] ? title : _("Untitled"));
  gtk_label_set_text (self->snippet_label, snippet);
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), snippet[0] != '\0');
  update_details (self);
}

static gboolean
update_soon_cb (gpointer data)
{
  FsLibraryRow *self = data;

  self->update_source = 0;
  if (self->summary != NULL)
    update_row (self);
  return G_SOURCE_REMOVE;
}

/* The library rewrites a row's summary field by field: show it once. */
static void
on_summary_notify (FsLibraryRow *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_soon_cb, self, NULL);
}

/* The whole title, for when it is cut short; asked for only when pointed at. */
static gboolean
on_title_query_tooltip (FsLibraryRow *self,
                        int           x,
                        int           y,
                        gboolean      keyboard,
                        GtkTooltip   *tooltip)
{
  const char *title = self->summary ? fs_record_get_text (FS_RECORD (self->summary),
                                                          FS_SUMMARY_TITLE) : "";

  if (title[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, title);
  return TRUE;
}

static void
fs_library_row_dispose (GObject *object)
{
  FsLibraryRow *self = FS_LIBRARY_ROW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_data (self->summary, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_LIBRARY_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (fs_library_row_parent_class)->dispose (object);
}

static void
fs_library_row_class_init (FsLibraryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_library_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-library-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FsLibraryRow, box);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryRow, details_label);
  gtk_widget_class_bind_template_callback (widget_class, on_title_query_tooltip);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fslibraryrow");
}

static void
fs_library_row_init (FsLibraryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fs_library_row_new (void)
{
  return g_object_new (FS_TYPE_LIBRARY_ROW, NULL);
}

FsSummary *
fs_library_row_get_summary (FsLibraryRow *self)
{
  g_return_val_if_fail (FS_IS_LIBRARY_ROW (self), NULL);

  return self->summary;
}

void
fs_library_row_set_summary (FsLibraryRow *self,
                            FsSummary    *summary)
{
  g_return_if_fail (FS_IS_LIBRARY_ROW (self));

  if (self->summary == summary)
    return;
  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_data (self->summary, self);
  g_set_object (&self->summary, summary);
  if (summary == NULL)
    return;
  g_signal_connect_swapped (summary, "notify", G_CALLBACK (on_summary_notify), self);
  update_row (self);
}
