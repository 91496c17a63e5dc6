/* fs-action-item-row.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fs-summary.h"

G_BEGIN_DECLS

#define FS_TYPE_ACTION_ITEM_ROW (fs_action_item_row_get_type ())

G_DECLARE_FINAL_TYPE (FsActionItemRow, fs_action_item_row, FS, ACTION_ITEM_ROW, GtkWidget)

GtkWidget     *fs_action_item_row_new       (void);
FsActionEntry *fs_action_item_row_get_entry (FsActionItemRow *self);
void           fs_action_item_row_set_entry (FsActionItemRow *self,
                                             FsActionEntry   *entry);
void           fs_action_item_row_choose_status (FsActionItemRow *self,
                                             const char      *status);

G_END_DECLS
