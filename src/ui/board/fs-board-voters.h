/* fs-board-voters.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fs-edit-history.h"
#include "fs-workshop.h"

G_BEGIN_DECLS

#define FS_TYPE_BOARD_VOTERS (fs_board_voters_get_type ())

G_DECLARE_FINAL_TYPE (FsBoardVoters, fs_board_voters, FS, BOARD_VOTERS, GtkBox)

GtkWidget *fs_board_voters_new     (void);
void       fs_board_voters_start   (FsBoardVoters *self,
                                    FsDocument    *document,
                                    FsEditHistory *history,
                                    FsWorkshop    *workshop);
void       fs_board_voters_stop    (FsBoardVoters *self);
gboolean   fs_board_voters_vote    (FsBoardVoters *self,
                                    FsRecord      *card,
                                    gboolean       cast);
void       fs_board_voters_refresh (FsBoardVoters *self);
GtkWidget *fs_board_voters_get_rules_button (FsBoardVoters *self);

G_END_DECLS
