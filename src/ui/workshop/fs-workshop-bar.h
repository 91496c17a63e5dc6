/* fs-workshop-bar.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-workshop.h"

G_BEGIN_DECLS

#define FS_TYPE_WORKSHOP_BAR (fs_workshop_bar_get_type ())

G_DECLARE_FINAL_TYPE (FsWorkshopBar, fs_workshop_bar, FS, WORKSHOP_BAR, GtkWidget)

GtkWidget  *fs_workshop_bar_new          (void);
void        fs_workshop_bar_set_workshop (FsWorkshopBar *self,
                                          FsWorkshop    *workshop);
void        fs_workshop_bar_set_bell     (FsWorkshopBar *self,
                                          gboolean       bell);
gboolean    fs_workshop_bar_get_bell     (FsWorkshopBar *self);
void        fs_workshop_bar_set_screens  (FsWorkshopBar *self,
                                          GMenuModel    *screens);
GtkMenuButton *fs_workshop_bar_get_screen_button (FsWorkshopBar *self);
GtkWidget  *fs_workshop_bar_get_agenda   (FsWorkshopBar *self);
char       *fs_workshop_format_remaining (gint64         remaining);
const char *fs_workshop_bar_get_time     (FsWorkshopBar *self);

G_END_DECLS
