/* fs-board-column.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-board.h"

G_BEGIN_DECLS

#define FS_TYPE_BOARD_COLUMN (fs_board_column_get_type ())

G_DECLARE_FINAL_TYPE (FsBoardColumn, fs_board_column, FS, BOARD_COLUMN, GtkWidget)

GtkWidget *fs_board_column_new          (FsDocument    *document,
                                         FsEditHistory *history);
guint      fs_board_column_get_index    (FsBoardColumn *self);
void       fs_board_column_set_index    (FsBoardColumn *self,
                                         guint          column);
void       fs_board_column_set_sorted   (FsBoardColumn *self,
                                         gboolean       sorted);
void       fs_board_column_show_cards   (FsBoardColumn *self,
                                         GPtrArray     *cards,
                                         GPtrArray     *records);
GPtrArray *fs_board_column_get_cards    (FsBoardColumn *self);
void       fs_board_column_start_rename (FsBoardColumn *self);
gboolean   fs_board_column_drop         (FsBoardColumn *self,
                                         const GValue  *value,
                                         double         y);

G_END_DECLS
