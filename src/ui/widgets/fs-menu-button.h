/* fs-menu-button.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void fs_menu_button_set_menu_model_lazily (GtkMenuButton *button,
                                           GMenuModel    *model);

G_END_DECLS
