/* fs-document-view.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"
#include "fs-print-layout.h"
#include "fs-board-view.h"
#include "fs-workshop.h"
#include "fs-workshop-bar.h"

G_BEGIN_DECLS

#define FS_TYPE_DOCUMENT_VIEW (fs_document_view_get_type ())

G_DECLARE_FINAL_TYPE (FsDocumentView, fs_document_view, FS, DOCUMENT_VIEW, GtkWidget)

FsDocument *fs_document_view_get_document (FsDocumentView *self);
void        fs_document_view_set_document (FsDocumentView *self,
                                           FsDocument     *document);
void        fs_document_view_set_workshop (FsDocumentView *self,
                                           FsWorkshop     *workshop);
FsBoardView *fs_document_view_get_board   (FsDocumentView *self);
FsWorkshopBar *fs_document_view_get_workshop_bar (FsDocumentView *self);
void        fs_document_view_refresh      (FsDocumentView *self);
void        fs_document_view_show_page    (FsDocumentView *self,
                                           const char     *name);
const char *fs_document_view_get_page     (FsDocumentView *self);
void        fs_document_view_show_guide_step (FsDocumentView *self,
                                           const char     *step_id);
void        fs_document_view_set_page_setup (FsDocumentView  *self,
                                           const FsPageSetup *setup);

G_END_DECLS
