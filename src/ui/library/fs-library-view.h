/* fs-library-view.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fs-store.h"

G_BEGIN_DECLS

#define FS_TYPE_LIBRARY_VIEW (fs_library_view_get_type ())

G_DECLARE_FINAL_TYPE (FsLibraryView, fs_library_view, FS, LIBRARY_VIEW, GtkWidget)

void        fs_library_view_set_store        (FsLibraryView *self,
                                              FsStore       *store);
GListModel *fs_library_view_get_model        (FsLibraryView *self);
const char *fs_library_view_get_selected_id  (FsLibraryView *self);
void        fs_library_view_select           (FsLibraryView *self,
                                              const char    *id);
void        fs_library_view_refresh          (FsLibraryView *self);
void        fs_library_view_focus_search     (FsLibraryView *self);
void        fs_library_view_set_search       (FsLibraryView *self,
                                              const char    *text);
gboolean    fs_library_view_start_rename     (FsLibraryView *self,
                                              const char    *id);
void        fs_library_view_rename_when_shown (FsLibraryView *self,
                                              const char    *id);
gboolean    fs_library_view_is_refreshing    (FsLibraryView *self);

G_END_DECLS
