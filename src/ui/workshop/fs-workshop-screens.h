/* fs-workshop-screens.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char       *fs_workshop_screen_label  (GdkMonitor *monitor,
                                       guint       position);
GMenuModel *fs_workshop_screens_menu  (GdkDisplay *display,
                                       const char *action);
GdkMonitor *fs_workshop_screens_find  (GdkDisplay *display,
                                       const char *connector);

G_END_DECLS
