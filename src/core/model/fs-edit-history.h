/* fs-edit-history.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FS_TYPE_EDIT_HISTORY (fs_edit_history_get_type ())

G_DECLARE_FINAL_TYPE (FsEditHistory, fs_edit_history, FS, EDIT_HISTORY, GObject)

/* Edits of the order and number of items in lists (GListStores), made
 * through the history so that they can be undone and redone. Edits of the
 * items' own fields are not its business: text fields undo their own. */
FsEditHistory *fs_edit_history_new      (void);
void           fs_edit_history_insert   (FsEditHistory *self,
                                         GListStore    *list,
                                         guint          position,
                                         gpointer       item);
void           fs_edit_history_remove   (FsEditHistory *self,
                                         GListStore    *list,
                                         guint          position);
void           fs_edit_history_move     (FsEditHistory *self,
                                         GListStore    *list,
                                         guint          from,
                                         guint          to);
void           fs_edit_history_reorder  (FsEditHistory *self,
                                         GListStore    *list,
                                         GPtrArray     *items);
gboolean       fs_edit_history_can_undo (FsEditHistory *self);
gboolean       fs_edit_history_can_redo (FsEditHistory *self);
gboolean       fs_edit_history_undo     (FsEditHistory *self);
gboolean       fs_edit_history_redo     (FsEditHistory *self);

G_END_DECLS
