/* fs-library-menu.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gi18n.h>

#include "fs-library-row.h"
#include "fs-library-view-private.h"

GtkWidget *
fs_library_view_find_row_widget (FsLibraryView *self,
                                 const char    *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      FsSummary *summary;

      if (!FS_IS_LIBRARY_ROW (row) || (summary = fs_library_row_get_summary (FS_LIBRARY_ROW (row))) == NULL)
        continue;
      if (g_strcmp0 (fs_record_get_text (FS_RECORD (summary), FS_SUMMARY_ID), id) == 0)
        return row;
    }
  return NULL;
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* The menu of one document's row, made when it is opened: rows are made by
 * the hundred as the list changes and carry no menu of their own. */
static GMenuModel *
context_menu_for (const char *id,
                  const char *current_status)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) status = g_menu_new ();
  g_autoptr(GMenu) removal = g_menu_new ();
  static const struct { const char *value; const char *label; } statuses[] = {
    { "draft", N_("Mark as _Draft") }, { "review", N_("Mark as _In Review") },
    { "final", N_("Mark as _Final") },
  };

  append_item (edit, _("_Rename…"), "library.rename", g_variant_new_string (id));
  append_item (edit, _("D_uplicate"), "win.duplicate-document", g_variant_new_string (id));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i].value, current_status) != 0)
      append_item (status, _(statuses[i].label), "win.set-document-status",
                   g_variant_new ("(ss)", id, statuses[i].value));
  append_item (removal, _("_Delete"), "win.delete-document", g_variant_new_string (id));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (status));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (removal));
  return G_MENU_MODEL (menu);
}

static FsLibraryRow *
row_at (FsLibraryView *self,
        double         x,
        double         y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  while (picked != NULL && !FS_IS_LIBRARY_ROW (picked))
    picked = gtk_widget_get_parent (picked);
  return picked ? FS_LIBRARY_ROW (picked) : NULL;
}

static void
show_context_menu (FsLibraryView *self,
                   FsLibraryRow  *row)
{
  FsRecord *summary = FS_RECORD (fs_library_row_get_summary (row));
  g_autoptr(GMenuModel) menu = NULL;
  graphene_rect_t bounds;

  if (summary == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self), &bounds))
    return;
  menu = context_menu_for (fs_record_get_text (summary, FS_SUMMARY_ID),
                           fs_record_get_text (summary, FS_SUMMARY_STATUS));
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), menu);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                 bounds.size.width, bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
show_context_menu_at (FsLibraryView *self,
                      double         x,
                      double         y)
{
  FsLibraryRow *row = row_at (self, x, y);

  if (row != NULL)
    show_context_menu (self, row);
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    FsLibraryView   *self)
{
  show_context_menu_at (self, x, y);
}

static void
context_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (widget);
  GtkWidget *row = self->selected_id ? fs_library_view_find_row_widget (self, self->selected_id)
                                      : NULL;

  if (row != NULL)
    show_context_menu (self, FS_LIBRARY_ROW (row));
}

void
fs_library_view_class_add_context_menu (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "library.context-menu", NULL,
                                   context_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "library.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0,
                                       "library.context-menu", NULL);
}

void
fs_library_view_init_context_menu (FsLibraryView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *press = gtk_gesture_long_press_new ();

  self->context_menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  g_signal_connect_swapped (press, "pressed", G_CALLBACK (show_context_menu_at), self);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (press), TRUE);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (press));
}
