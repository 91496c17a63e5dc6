/* fs-board-matrix.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-board.h"

G_BEGIN_DECLS

#define FS_TYPE_BOARD_MATRIX (fs_board_matrix_get_type ())

G_DECLARE_FINAL_TYPE (FsBoardMatrix, fs_board_matrix, FS, BOARD_MATRIX, GtkWidget)

/* A cell of the matrix by its ratings' indices (0 to 4), or the tray of
 * risks not rated yet. */
#define FS_BOARD_MATRIX_TRAY G_MAXUINT

GtkWidget *fs_board_matrix_new      (void);
void       fs_board_matrix_show     (FsBoardMatrix *self,
                                     FsDocument    *document,
                                     FsEditHistory *history);
GtkWidget *fs_board_matrix_get_cell (FsBoardMatrix *self,
                                     guint          probability,
                                     guint          impact);
GtkWidget *fs_board_matrix_get_card (FsBoardMatrix *self,
                                     FsRecord      *record);
gboolean   fs_board_matrix_drop     (FsBoardMatrix *self,
                                     guint          probability,
                                     guint          impact,
                                     const GValue  *value);

G_END_DECLS
