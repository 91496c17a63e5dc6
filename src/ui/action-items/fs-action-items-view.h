/* fs-action-items-view.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-store.h"

G_BEGIN_DECLS

#define FS_TYPE_ACTION_ITEMS_VIEW (fs_action_items_view_get_type ())

G_DECLARE_FINAL_TYPE (FsActionItemsView, fs_action_items_view, FS, ACTION_ITEMS_VIEW, GtkWidget)

void        fs_action_items_view_set_store   (FsActionItemsView *self,
                                              FsStore           *store);
void        fs_action_items_view_refresh     (FsActionItemsView *self);
gboolean    fs_action_items_view_is_busy     (FsActionItemsView *self);
GListModel *fs_action_items_view_get_shown   (FsActionItemsView *self);
void        fs_action_items_view_set_filter  (FsActionItemsView *self,
                                              const char        *filter);

void        fs_action_items_view_set_chain   (FsActionItemsView *self,
                                              const char        *chain);

G_END_DECLS
