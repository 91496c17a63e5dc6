/* fs-timeline-view.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"

G_BEGIN_DECLS

#define FS_TYPE_TIMELINE_VIEW (fs_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (FsTimelineView, fs_timeline_view, FS, TIMELINE_VIEW, GtkWidget)

GtkWidget *fs_timeline_view_new          (FsDocument     *document);
gboolean   fs_timeline_view_has_figure   (FsTimelineView *self);

G_END_DECLS
