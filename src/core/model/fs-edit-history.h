/* fs-edit-history.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fs-record.h"

G_BEGIN_DECLS

#define FS_TYPE_EDIT_HISTORY (fs_edit_history_get_type ())

G_DECLARE_FINAL_TYPE (FsEditHistory, fs_edit_history, FS, EDIT_HISTORY, GObject)

/* The edits of one open document that can be undone and redone: the order
 * and number of items in its lists (GListStores) and, for the board, single
 * fields of its items. Text typed into a field undoes itself in the field.
 * Edits made between begin_group and end_group (which nest) undo as one. */
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
void           fs_edit_history_set_text (FsEditHistory *self,
                                         FsRecord      *record,
                                         guint          field,
                                         const char    *value);
void           fs_edit_history_set_number (FsEditHistory *self,
                                         FsRecord      *record,
                                         guint          field,
                                         double         value);
void           fs_edit_history_begin_group (FsEditHistory *self);
void           fs_edit_history_end_group (FsEditHistory *self);
guint          fs_edit_history_get_serial (FsEditHistory *self);
gboolean       fs_edit_history_can_undo (FsEditHistory *self);
gboolean       fs_edit_history_can_redo (FsEditHistory *self);
gboolean       fs_edit_history_undo     (FsEditHistory *self);
gboolean       fs_edit_history_redo     (FsEditHistory *self);

G_END_DECLS
