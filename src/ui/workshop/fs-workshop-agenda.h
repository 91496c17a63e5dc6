/* fs-workshop-agenda.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-workshop.h"

G_BEGIN_DECLS

#define FS_TYPE_WORKSHOP_AGENDA (fs_workshop_agenda_get_type ())

G_DECLARE_FINAL_TYPE (FsWorkshopAgenda, fs_workshop_agenda, FS, WORKSHOP_AGENDA, GtkPopover)

GtkWidget *fs_workshop_agenda_new          (void);
void       fs_workshop_agenda_set_workshop (FsWorkshopAgenda *self,
                                            FsWorkshop       *workshop);
GtkWidget *fs_workshop_agenda_get_row      (FsWorkshopAgenda *self,
                                            guint             step);

G_END_DECLS
