/* fs-library-row.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fs-summary.h"

G_BEGIN_DECLS

#define FS_TYPE_LIBRARY_ROW (fs_library_row_get_type ())

G_DECLARE_FINAL_TYPE (FsLibraryRow, fs_library_row, FS, LIBRARY_ROW, GtkWidget)

GtkWidget *fs_library_row_new             (void);
FsSummary *fs_library_row_get_summary     (FsLibraryRow *self);
void       fs_library_row_set_summary     (FsLibraryRow *self,
                                           FsSummary    *summary);
const char *fs_library_kind_icon_name     (const char   *kind);

G_END_DECLS
