/* fs-window-workshop.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-window-private.h"
#include "fs-workshop-screens.h"
#include "fs-workshop-summary-dialog.h"
#include "fs-workshop-style.h"

#define TEXT_SCALE_STEP 0.25

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

/* The monitor the facilitator chose, when it is connected; NULL for the
 * one the window is on. */
GdkMonitor *
fs_window_get_workshop_monitor (FsWindow *self)
{
  g_autofree char *connector = NULL;

  g_return_val_if_fail (FS_IS_WINDOW (self), NULL);

  g_object_get (self->settings, "workshop-monitor", &connector, NULL);
  return fs_workshop_screens_find (gtk_widget_get_display (GTK_WIDGET (self)), connector);
}

static void
fill_screen (FsWindow *self)
{
  GdkMonitor *monitor = fs_window_get_workshop_monitor (self);

  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

static void
update_screens (FsWindow *self)
{
  FsWorkshopBar *bar = fs_document_view_get_workshop_bar (self->document_view);
  g_autoptr(GMenuModel) screens = NULL;

  if (bar == NULL)
    return;
  screens = fs_workshop_screens_menu (gtk_widget_get_display (GTK_WIDGET (self)), "win.workshop-monitor");
  fs_workshop_bar_set_screens (bar, screens);
}

/* A monitor plugged in or out: the choice follows, and a workshop on a
 * projector that went away comes back to the screen that is left. */
static void
on_monitors_changed (FsWindow *self)
{
  if (self->workshop == NULL)
    return;
  update_screens (self);
  fill_screen (self);
}

static void
on_monitor_chosen (FsWindow *self)
{
  g_object_notify (G_OBJECT (self), "workshop-monitor");
  if (self->workshop != NULL)
    fill_screen (self);
}

static void
update_text_scale (FsWindow *self)
{
  double scale;

  g_object_get (self->settings, "workshop-text-scale", &scale, NULL);
  fs_workshop_style_apply (gtk_widget_get_display (GTK_WIDGET (self)), scale);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.workshop-larger",
                                 self->workshop != NULL && scale < FS_WORKSHOP_TEXT_SCALE_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.workshop-smaller",
                                 self->workshop != NULL && scale > FS_WORKSHOP_TEXT_SCALE_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.workshop-text-reset", self->workshop != NULL);
}

static void
update_bell (FsWindow *self)
{
  FsWorkshopBar *bar = fs_document_view_get_workshop_bar (self->document_view);
  gboolean bell;

  g_object_get (self->settings, "workshop-bell", &bell, NULL);
  if (bar != NULL)
    fs_workshop_bar_set_bell (bar, bell);
}

/* The settings that workshop mode follows while it is on, once a window. */
void
fs_window_init_workshop (FsWindow *self)
{
  g_signal_connect_object (self->settings, "notify::workshop-text-scale",
                           G_CALLBACK (update_text_scale), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::workshop-bell",
                           G_CALLBACK (update_bell), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::workshop-monitor",
                           G_CALLBACK (on_monitor_chosen), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))),
                           "items-changed", G_CALLBACK (on_monitors_changed), self, G_CONNECT_SWAPPED);
  update_text_scale (self);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.finish-workshop", FALSE);
  update_text_scale (self);
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
  update_bell (self);
  update_screens (self);
  fill_screen (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-workshop", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.finish-workshop", TRUE);
  update_text_scale (self);
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
on_summary_continue (FsWindow   *self,
                     const char *step_id)
{
  fs_document_view_show_guide_step (self->document_view, step_id);
}

/* The end of the hour: the agenda done, full screen left, and what the
 * room produced shown, with the way on to the Guide. */
static void
finish_workshop_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  GtkWidget *summary;

  if (self->workshop == NULL)
    return;
  fs_workshop_finish (self->workshop);
  fs_window_leave_workshop (self);
  fs_window_save_pending (self);
  summary = fs_workshop_summary_dialog_new (GTK_WINDOW (self), self->document);
  g_signal_connect_object (summary, "continue", G_CALLBACK (on_summary_continue), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (summary));
}

static void
leave_workshop_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  fs_window_leave_workshop (FS_WINDOW (widget));
}

static void
change_text_scale (FsWindow *self,
                   double    change)
{
  double scale;

  g_object_get (self->settings, "workshop-text-scale", &scale, NULL);
  scale = change == 0 ? 1.5 : CLAMP (scale + change, FS_WORKSHOP_TEXT_SCALE_MIN, FS_WORKSHOP_TEXT_SCALE_MAX);
  g_object_set (self->settings, "workshop-text-scale", scale, NULL);
}

static void
text_scale_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (g_str_equal (action_name, "win.workshop-larger"))
    change_text_scale (FS_WINDOW (widget), TEXT_SCALE_STEP);
  else if (g_str_equal (action_name, "win.workshop-smaller"))
    change_text_scale (FS_WINDOW (widget), -TEXT_SCALE_STEP);
  else
    change_text_scale (FS_WINDOW (widget), 0);
}

/* The monitor as a property of the window, so that the menu of monitors
 * marks the one chosen; the settings keep it. */
enum {
  PROP_0,
  PROP_WORKSHOP_MONITOR,
};

static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  FsWindow *self = FS_WINDOW (object);

  if (prop_id == PROP_WORKSHOP_MONITOR && self->settings != NULL)
    g_object_get_property (G_OBJECT (self->settings), "workshop-monitor", value);
  else if (prop_id == PROP_WORKSHOP_MONITOR)
    g_value_set_string (value, "");
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
set_property (GObject      *object,
              guint         prop_id,
              const GValue *value,
              GParamSpec   *pspec)
{
  FsWindow *self = FS_WINDOW (object);

  if (prop_id == PROP_WORKSHOP_MONITOR && self->settings != NULL)
    g_object_set_property (G_OBJECT (self->settings), "workshop-monitor", value);
  else if (prop_id != PROP_WORKSHOP_MONITOR)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

void
fs_window_class_add_workshop_actions (GtkWidgetClass *widget_class)
{
  GObjectClass *object_class = G_OBJECT_CLASS (widget_class);

  object_class->get_property = get_property;
  object_class->set_property = set_property;
  g_object_class_install_property (object_class, PROP_WORKSHOP_MONITOR,
                                   g_param_spec_string ("workshop-monitor", NULL, NULL, "",
                                                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  gtk_widget_class_install_property_action (widget_class, "win.workshop-monitor", "workshop-monitor");
  gtk_widget_class_install_action (widget_class, "win.workshop", NULL, workshop_action);
  gtk_widget_class_install_action (widget_class, "win.leave-workshop", NULL, leave_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.finish-workshop", NULL, finish_workshop_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.workshop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-workshop", NULL);
  gtk_widget_class_install_action (widget_class, "win.workshop-larger", NULL, text_scale_action);
  gtk_widget_class_install_action (widget_class, "win.workshop-smaller", NULL, text_scale_action);
  gtk_widget_class_install_action (widget_class, "win.workshop-text-reset", NULL, text_scale_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.workshop-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.workshop-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.workshop-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.workshop-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.workshop-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.workshop-text-reset", NULL);
}
