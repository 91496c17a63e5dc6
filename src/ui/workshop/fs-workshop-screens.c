/* fs-workshop-screens.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-workshop-screens.h"

/* The monitors a workshop can fill, named as a facilitator tells them
 * apart at a lectern: the make and model where the monitor says them,
 * the connector (where the cable goes) always, and the size. A monitor is
 * remembered by its connector, which stays the same from one meeting room
 * to the next, where the model of the projector does not. */

char *
fs_workshop_screen_label (GdkMonitor *monitor,
                          guint       position)
{
  const char *manufacturer = gdk_monitor_get_manufacturer (monitor);
  const char *model = gdk_monitor_get_model (monitor);
  const char *connector = gdk_monitor_get_connector (monitor);
  g_autofree char *name = NULL;
  GdkRectangle area;

  gdk_monitor_get_geometry (monitor, &area);
  if (model != NULL && manufacturer != NULL && !g_str_has_prefix (model, manufacturer))
    name = g_strdup_printf ("%s %s", manufacturer, model);
  else if (model != NULL)
    name = g_strdup (model);
  else
    /* Translators: a monitor that does not say its name; %u counts from 1 */
    name = g_strdup_printf (_("Monitor %u"), position + 1);
  if (connector != NULL && g_strcmp0 (connector, name) != 0)
    /* Translators: a monitor, where it is connected and its size, e.g. "Dell U2720Q (HDMI-1) · 1920 × 1080" */
    return g_strdup_printf (_("%s (%s) · %d × %d"), name, connector, area.width, area.height);
  /* Translators: a monitor and its size, e.g. "Monitor 2 · 1920 × 1080" */
  return g_strdup_printf (_("%s · %d × %d"), name, area.width, area.height);
}

GMenuModel *
fs_workshop_screens_menu (GdkDisplay *display,
                          const char *action)
{
  GListModel *monitors = gdk_display_get_monitors (display);
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      const char *connector = gdk_monitor_get_connector (monitor);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (connector == NULL)
        continue;
      label = fs_workshop_screen_label (monitor, i);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (connector));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

GdkMonitor *
fs_workshop_screens_find (GdkDisplay *display,
                          const char *connector)
{
  GListModel *monitors = gdk_display_get_monitors (display);

  if (connector == NULL || *connector == '\0')
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (g_strcmp0 (gdk_monitor_get_connector (monitor), connector) == 0)
        return monitor;
    }
  return NULL;
}
