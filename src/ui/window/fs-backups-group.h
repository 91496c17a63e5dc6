/* fs-backups-group.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-application.h"

G_BEGIN_DECLS

#define FS_TYPE_BACKUPS_GROUP (fs_backups_group_get_type ())

G_DECLARE_FINAL_TYPE (FsBackupsGroup, fs_backups_group, FS, BACKUPS_GROUP, AdwPreferencesGroup)

void        fs_backups_group_set_application (FsBackupsGroup *self,
                                              FsApplication  *application);
void        fs_backups_group_refresh         (FsBackupsGroup *self);
GtkListBox *fs_backups_group_get_list        (FsBackupsGroup *self);

G_END_DECLS
