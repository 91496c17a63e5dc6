/* fs-board.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"
#include "fs-edit-history.h"

G_BEGIN_DECLS

/* A document's board: its cards in columns. A pre-mortem's cards are its
 * risks, in an inbox ("Unsorted", column 0) and then a column per cluster in
 * the document's order; a post-mortem's are its causes, in an inbox and then
 * Avoid, Detect and Fix. A card's column is its cluster (or area) field; its
 * position within the column is its order in the document's list. A card
 * that names no column there sits in the inbox.
 *
 * Every edit goes through HISTORY as one step, which undo reverts whole. */

typedef struct
{
  guint  count;
  double sum;   /* of the scores; 0 for causes */
  double max;
} FsBoardColumnStats;

FsDocumentList      fs_board_card_list       (FsDocument    *document);
guint               fs_board_title_field     (FsDocument    *document);
guint               fs_board_get_n_columns   (FsDocument    *document);
gboolean            fs_board_has_clusters    (FsDocument    *document);
const char         *fs_board_column_id       (FsDocument    *document,
                                              guint          column);
char               *fs_board_column_name     (FsDocument    *document,
                                              guint          column);
const char         *fs_board_column_color    (FsDocument    *document,
                                              guint          column);
guint               fs_board_column_of       (FsDocument    *document,
                                              FsRecord      *card);
GPtrArray          *fs_board_cards_in        (FsDocument    *document,
                                              guint          column);
GPtrArray          *fs_board_cards_by_column (FsDocument    *document);
void                fs_board_stats_of        (GPtrArray     *cards,
                                              FsBoardColumnStats *stats);
void                fs_board_column_stats    (FsDocument    *document,
                                              guint          column,
                                              FsBoardColumnStats *stats);

void                fs_board_move_card       (FsDocument    *document,
                                              FsEditHistory *history,
                                              FsRecord      *card,
                                              guint          column,
                                              guint          position);
FsRecord           *fs_board_add_card        (FsDocument    *document,
                                              FsEditHistory *history,
                                              guint          column,
                                              const char    *title);
guint               fs_board_add_lines       (FsDocument    *document,
                                              FsEditHistory *history,
                                              guint          column,
                                              const char    *text);
void                fs_board_remove_card     (FsDocument    *document,
                                              FsEditHistory *history,
                                              FsRecord      *card);
void                fs_board_set_rating      (FsDocument    *document,
                                              FsEditHistory *history,
                                              FsRecord      *risk,
                                              double         probability,
                                              double         impact);

const char * const *fs_board_palette         (void);
const char         *fs_board_palette_name    (const char    *color);
FsRecord           *fs_board_add_cluster     (FsDocument    *document,
                                              FsEditHistory *history,
                                              const char    *name);
void                fs_board_add_suggested_clusters (FsDocument    *document,
                                              FsEditHistory *history);
void                fs_board_rename_cluster  (FsDocument    *document,
                                              FsEditHistory *history,
                                              guint          column,
                                              const char    *name);
void                fs_board_recolor_cluster (FsDocument    *document,
                                              FsEditHistory *history,
                                              guint          column,
                                              const char    *color);
void                fs_board_remove_cluster  (FsDocument    *document,
                                              FsEditHistory *history,
                                              guint          column);
void                fs_board_move_cluster    (FsDocument    *document,
                                              FsEditHistory *history,
                                              guint          column,
                                              guint          to_column);

G_END_DECLS
