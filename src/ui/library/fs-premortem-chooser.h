/* fs-premortem-chooser.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-store.h"

G_BEGIN_DECLS

#define FS_TYPE_PREMORTEM_CHOOSER (fs_premortem_chooser_get_type ())

G_DECLARE_FINAL_TYPE (FsPremortemChooser, fs_premortem_chooser, FS, PREMORTEM_CHOOSER, AdwWindow)

GtkWidget *fs_premortem_chooser_new (GtkWindow  *parent,
                                     FsStore    *store,
                                     const char *current_id);

G_END_DECLS
