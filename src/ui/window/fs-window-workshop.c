/* fs-window-workshop.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-window-private.h"

/* Workshop mode: the open document's Board full screen, the library out of
 * sight, the agenda's timer in the header. Where the workshop stands is
 * saved in the library as it goes, and found again the next time. */

static gint64
wall_clock (gpointer user_data)
{
  return g_get_real_time ();
}

static void
save_workshop (FsWindow *self)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *state = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workshop == NULL || self->document == NULL || self->store == NULL)
    return;
  node = fs_workshop_to_json (self->workshop);
  state = json_to_string (node, FALSE);
  if (!fs_store_save_workshop (self->store, fs_document_get_id (self->document), state, &error))
    g_message ("The workshop could not be saved: %s", error->message);
}

static FsWorkshop *
load_workshop (FsWindow *self)
{
  FsDocumentKind kind = fs_document_get_kind (self->document);
  g_autofree char *state = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  FsWorkshop *workshop = NULL;

  state = fs_store_load_workshop (self->store, fs_document_get_id (self->document), &error);
  if (state != NULL)
    node = json_from_string (state, NULL);
  if (node != NULL)
    workshop = fs_workshop_new_from_json (kind, node, wall_clock, NULL, &error);
  if (state != NULL && workshop == NULL)
    {
      AdwToast *toast = adw_toast_new (_("The saved workshop could not be read: a new one begins"));

      fs_window_show_toast (self, toast);
    }
  if (workshop == NULL)
    workshop = fs_workshop_new (kind, wall_clock, NULL);
  return workshop;
}

gboolean
fs_window_is_in_workshop (FsWindow *self)
{
  g_return_val_if_fail (FS_IS_WINDOW (self), FALSE);

  return self->workshop != NULL;
}

void
fs_window_leave_workshop (FsWindow *self)
{
  g_return_if_fail (FS_IS_WINDOW (self));

  if (self->workshop == NULL)
    return;
  save_workshop (self);
  g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_clear_object (&self->workshop);
  fs_document_view_set_workshop (self->document_view, NULL);
  gtk_widget_set_visible (self->sidebar, TRUE);
  gtk_widget_set_visible (self->sidebar_separator, TRUE);
  gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-workshop", FALSE);
}

static void
enter_workshop (FsWindow *self)
{
  if (self->document == NULL || self->store == NULL || self->workshop != NULL)
    return;
  self->workshop = load_workshop (self);
  g_signal_connect_swapped (self->workshop, "changed", G_CALLBACK (save_workshop), self);
  gtk_widget_set_visible (self->sidebar, FALSE);
  gtk_widget_set_visible (self->sidebar_separator, FALSE);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  fs_document_view_set_workshop (self->document_view, self->workshop);
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-workshop", TRUE);
}

static void
workshop_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);

  if (self->workshop != NULL)
    fs_window_leave_workshop (self);
  else
    enter_workshop (self);
}

static void
leave_workshop_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  fs_window_leave_workshop (FS_WINDOW (widget));
}

void
fs_window_class_add_workshop_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.workshop", NULL, workshop_action);
  gtk_widget_class_install_action (widget_class, "win.leave-workshop", NULL, leave_workshop_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.workshop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-workshop", NULL);
}
