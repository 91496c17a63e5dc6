/* fs-board-view.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-board.h"
#include "fs-workshop.h"

G_BEGIN_DECLS

#define FS_TYPE_BOARD_VIEW (fs_board_view_get_type ())

G_DECLARE_FINAL_TYPE (FsBoardView, fs_board_view, FS, BOARD_VIEW, GtkWidget)

void       fs_board_view_set_document (FsBoardView   *self,
                                       FsDocument    *document,
                                       FsEditHistory *history);
void       fs_board_view_sync         (FsBoardView   *self);
GtkWidget *fs_board_view_get_column   (FsBoardView   *self,
                                       guint          column);
void       fs_board_view_set_workshop (FsBoardView   *self,
                                       FsWorkshop    *workshop);
void       fs_board_view_focus_capture (FsBoardView  *self);
GtkWidget *fs_board_view_get_matrix   (FsBoardView   *self);
GtkWidget *fs_board_view_get_card     (FsBoardView   *self,
                                       FsRecord      *record);

G_END_DECLS
