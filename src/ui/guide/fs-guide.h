/* fs-guide.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"
#include "fs-edit-history.h"

G_BEGIN_DECLS

#define FS_TYPE_GUIDE (fs_guide_get_type ())

G_DECLARE_FINAL_TYPE (FsGuide, fs_guide, FS, GUIDE, GtkWidget)

void        fs_guide_set_document (FsGuide       *self,
                                   FsDocument    *document,
                                   FsEditHistory *history);
guint       fs_guide_get_step     (FsGuide    *self);
void        fs_guide_show_step    (FsGuide    *self,
                                   guint       index);
GtkWidget  *fs_guide_get_visible_step (FsGuide *self);
GtkWidget  *fs_guide_get_header   (FsGuide    *self);
void        fs_guide_set_header   (FsGuide    *self,
                                   GtkWidget  *header);

G_END_DECLS
