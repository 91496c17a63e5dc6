/* fs-application.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-settings.h"
#include "fs-store.h"

G_BEGIN_DECLS

#define FS_TYPE_APPLICATION (fs_application_get_type ())

G_DECLARE_FINAL_TYPE (FsApplication, fs_application, FS, APPLICATION, AdwApplication)

FsApplication *fs_application_new               (void);
FsStore       *fs_application_get_store         (FsApplication  *self);
FsSettings    *fs_application_get_settings      (FsApplication  *self);
const GError  *fs_application_get_library_error (FsApplication  *self);
gboolean       fs_application_is_loading        (FsApplication  *self);
const char    *fs_application_get_library_path  (FsApplication  *self);
FsStore       *fs_application_start_new_library (FsApplication  *self,
                                                 GError        **error);
const char    *fs_application_get_usable_backup (FsApplication  *self);
FsStore       *fs_application_open_newest_backup (FsApplication *self,
                                                 GError        **error);
void           fs_application_restore_backup    (FsApplication  *self,
                                                 const char     *backup);
char          *fs_application_format_backup_time (gint64         created);

G_END_DECLS
