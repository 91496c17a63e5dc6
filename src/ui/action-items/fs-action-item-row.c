/* fs-action-item-row.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-action-item-row.h"
#include "fs-time-format.h"

struct _FsActionItemRow
{
  GtkWidget      parent_instance;

  GtkLabel      *text_label;
  GtkLabel      *details_label;
  GtkLabel      *due_label;
  GtkDropDown   *status_dropdown;

  FsActionEntry *entry;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (FsActionItemRow, fs_action_item_row, GTK_TYPE_WIDGET)

static const char * const statuses[] = { "open", "done", "dropped" };

static guint
status_index (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i], status) == 0)
      return i;
  return 0;
}

static void
update_due (FsActionItemRow *self)
{
  FsRecord *entry = FS_RECORD (self->entry);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = fs_format_date (fs_record_get_text (entry, FS_ACTION_ENTRY_DUE));
  g_autofree char *text = NULL;
  gboolean overdue = fs_action_entry_is_overdue (entry, now);

  if (date[0] == '\0')
    text = g_strdup (_("No due date"));
  else if (overdue)
    text = g_strdup_printf (_("Overdue since %s"), date);
  else
    text = g_strdup_printf (_("Due %s"), date);
  gtk_label_set_text (self->due_label, text);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "error");
}

static void
update_row (FsActionItemRow *self)
{
  FsRecord *entry = FS_RECORD (self->entry);
  const char *owner = fs_record_get_text (entry, FS_ACTION_ENTRY_OWNER);
  const char *title = fs_record_get_text (entry, FS_ACTION_ENTRY_DOCUMENT_TITLE);
  g_autofree char *details = NULL;

  /* Translators: an action item's owner and the document it belongs to */
  details = g_strdup_printf (_("%s · from “%s”"), owner[0] ? owner : _("No owner"), title);
  gtk_label_set_text (self->text_label, fs_record_get_text (entry, FS_ACTION_ENTRY_TEXT));
  gtk_label_set_text (self->details_label, details);
  update_due (self);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown,
                              status_index (fs_record_get_text (entry, FS_ACTION_ENTRY_STATUS)));
  self->updating = FALSE;
}

static void
on_status_selected (FsActionItemRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->updating || self->entry == NULL || selected >= G_N_ELEMENTS (statuses))
    return;
  fs_action_item_row_choose_status (self, statuses[selected]);
}

static void
fs_action_item_row_dispose (GObject *object)
{
  FsActionItemRow *self = FS_ACTION_ITEM_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_ACTION_ITEM_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (fs_action_item_row_parent_class)->dispose (object);
}

static void
fs_action_item_row_class_init (FsActionItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_action_item_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-action-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FsActionItemRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, FsActionItemRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, FsActionItemRow, due_label);
  gtk_widget_class_bind_template_child (widget_class, FsActionItemRow, status_dropdown);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_action_item_row_init (FsActionItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->status_dropdown, "notify::selected",
                            G_CALLBACK (on_status_selected), self);
}

GtkWidget *
fs_action_item_row_new (void)
{
  return g_object_new (FS_TYPE_ACTION_ITEM_ROW, NULL);
}

FsActionEntry *
fs_action_item_row_get_entry (FsActionItemRow *self)
{
  g_return_val_if_fail (FS_IS_ACTION_ITEM_ROW (self), NULL);

  return self->entry;
}

void
fs_action_item_row_set_entry (FsActionItemRow *self,
                              FsActionEntry   *entry)
{
  g_return_if_fail (FS_IS_ACTION_ITEM_ROW (self));

  if (g_set_object (&self->entry, entry) && entry != NULL)
    update_row (self);
}

/* A new status goes through the window, which keeps an open copy of the
 * document in step. */
void
fs_action_item_row_choose_status (FsActionItemRow *self,
                                  const char      *status)
{
  FsRecord *entry;

  g_return_if_fail (FS_IS_ACTION_ITEM_ROW (self));

  entry = FS_RECORD (self->entry);
  if (entry == NULL || g_str_equal (status, fs_record_get_text (entry, FS_ACTION_ENTRY_STATUS)))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.set-action-status", "(sss)",
                              fs_record_get_text (entry, FS_ACTION_ENTRY_DOCUMENT_ID),
                              fs_record_get_text (entry, FS_ACTION_ENTRY_ID), status);
}
