/* fs-list-history.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FS_TYPE_LIST_HISTORY (fs_list_history_get_type ())

G_DECLARE_FINAL_TYPE (FsListHistory, fs_list_history, FS, LIST_HISTORY, GObject)

/* Edits of the order and number of items in lists (GListStores), made
 * through the history so that they can be undone and redone. Edits of the
 * items' own fields are not its business: text fields undo their own. */
FsListHistory *fs_list_history_new      (void);
void           fs_list_history_insert   (FsListHistory *self,
                                         GListStore    *list,
                                         guint          position,
                                         gpointer       item);
void           fs_list_history_remove   (FsListHistory *self,
                                         GListStore    *list,
                                         guint          position);
void           fs_list_history_move     (FsListHistory *self,
                                         GListStore    *list,
                                         guint          from,
                                         guint          to);
void           fs_list_history_reorder  (FsListHistory *self,
                                         GListStore    *list,
                                         GPtrArray     *items);
gboolean       fs_list_history_can_undo (FsListHistory *self);
gboolean       fs_list_history_can_redo (FsListHistory *self);
gboolean       fs_list_history_undo     (FsListHistory *self);
gboolean       fs_list_history_redo     (FsListHistory *self);

G_END_DECLS
