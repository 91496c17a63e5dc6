/* fs-preview-view.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fs-document.h"
#include "fs-print-layout.h"

G_BEGIN_DECLS

#define FS_TYPE_PREVIEW_VIEW (fs_preview_view_get_type ())

G_DECLARE_FINAL_TYPE (FsPreviewView, fs_preview_view, FS, PREVIEW_VIEW, GtkWidget)

void           fs_preview_view_set_document (FsPreviewView *self,
                                             FsDocument    *document);
void           fs_preview_view_set_page_setup (FsPreviewView     *self,
                                               const FsPageSetup *setup);
FsPrintLayout *fs_preview_view_get_layout   (FsPreviewView *self);
gboolean       fs_preview_view_is_busy      (FsPreviewView *self);
double         fs_preview_view_get_zoom     (FsPreviewView *self);
void           fs_preview_view_set_zoom     (FsPreviewView *self,
                                             double         zoom);

G_END_DECLS
