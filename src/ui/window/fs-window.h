/* fs-window.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-application.h"
#include "fs-export.h"

G_BEGIN_DECLS

#define FS_TYPE_WINDOW (fs_window_get_type ())

G_DECLARE_FINAL_TYPE (FsWindow, fs_window, FS, WINDOW, AdwApplicationWindow)

FsWindow   *fs_window_new            (FsApplication *application);
void        fs_window_set_store      (FsWindow      *self,
                                      FsStore       *store);
void        fs_window_library_ready  (FsWindow      *self);
gboolean    fs_window_is_loading     (FsWindow      *self);
gboolean    fs_window_open_document  (FsWindow      *self,
                                      const char    *id);
FsDocument *fs_window_get_document   (FsWindow      *self);
void        fs_window_show_library_error (FsWindow  *self,
                                      const GError  *error);
void        fs_window_import_file    (FsWindow      *self,
                                      GFile         *file);
void        fs_window_export_to_file (FsWindow      *self,
                                      GFile         *file,
                                      FsExportFormat format);
GtkPrintOperation *fs_window_new_print_operation (FsWindow *self,
                                      FsPrintKind    kind);

G_END_DECLS
