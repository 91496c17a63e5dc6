/* fs-settings.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fs-print-layout.h"

G_BEGIN_DECLS

#define FS_WORKSHOP_TEXT_SCALE_MIN 1.0
#define FS_WORKSHOP_TEXT_SCALE_MAX 3.0

#define FS_TYPE_SETTINGS (fs_settings_get_type ())

G_DECLARE_FINAL_TYPE (FsSettings, fs_settings, FS, SETTINGS, GObject)

FsSettings *fs_settings_new                (void);
const char *fs_settings_get_last_document  (FsSettings *self);
void        fs_settings_set_last_document  (FsSettings *self,
                                            const char *id);

char       *fs_settings_dup_library_path   (FsSettings *self);
void        fs_settings_set_library_path   (FsSettings *self,
                                            const char *path);

void        fs_settings_get_page_setup     (FsSettings  *self,
                                            FsPageSetup *setup);

G_END_DECLS
