/* fs-preferences-window.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-application.h"

G_BEGIN_DECLS

#define FS_TYPE_PREFERENCES_WINDOW (fs_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (FsPreferencesWindow, fs_preferences_window, FS, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *fs_preferences_window_new (GtkWindow     *parent,
                                      FsApplication *application);

G_END_DECLS
