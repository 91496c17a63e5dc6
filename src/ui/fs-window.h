/* fs-window.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-application.h"

G_BEGIN_DECLS

#define FS_TYPE_WINDOW (fs_window_get_type ())

G_DECLARE_FINAL_TYPE (FsWindow, fs_window, FS, WINDOW, AdwApplicationWindow)

FsWindow *fs_window_new (FsApplication *application);

G_END_DECLS
