/* fs-board-card.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"
#include "fs-risk-rating.h"

G_BEGIN_DECLS

#define FS_TYPE_BOARD_CARD (fs_board_card_get_type ())

G_DECLARE_FINAL_TYPE (FsBoardCard, fs_board_card, FS, BOARD_CARD, GtkWidget)

GtkWidget *fs_board_card_new             (FsRecord    *record,
                                          guint        title_field,
                                          const char  *column_name);
FsRecord  *fs_board_card_get_record      (FsBoardCard *self);
void       fs_board_card_set_column_name (FsBoardCard *self,
                                          const char  *name);
void       fs_board_card_set_compact     (FsBoardCard *self,
                                          gboolean     compact);
void       fs_board_card_set_face_down   (FsBoardCard *self,
                                          gboolean     face_down);
gboolean   fs_board_card_get_face_down   (FsBoardCard *self);
void       fs_board_card_update          (FsBoardCard *self);
char      *fs_board_card_query_tooltip   (FsBoardCard *self,
                                          GtkWidget   *picked);
const char *fs_board_band_class          (FsRiskBand   band);
char      *fs_board_card_describe        (FsBoardCard *self);

void       fs_board_card_set_happened (FsBoardCard *self,
                                       const char  *happened);

G_END_DECLS
