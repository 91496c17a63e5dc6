/* fs-menu-button.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-menu-button.h"

static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (user_data));
}

/* GTK 4.8 builds a menu button's whole popover as soon as it is given a
 * model; given this way, the popover is built the first time it opens, which
 * keeps it out of the window's start-up. */
void
fs_menu_button_set_menu_model_lazily (GtkMenuButton *button,
                                      GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_popup, g_object_ref (model),
                                         g_object_unref);
}
