/* fs-chain-filter.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-record.h"

G_BEGIN_DECLS

#define FS_TYPE_CHAIN_FILTER (fs_chain_filter_get_type ())

G_DECLARE_FINAL_TYPE (FsChainFilter, fs_chain_filter, FS, CHAIN_FILTER, GtkWidget)

GtkWidget  *fs_chain_filter_new         (void);
void        fs_chain_filter_set_entries (FsChainFilter *self,
                                         GListModel    *entries);
const char *fs_chain_filter_get_chain   (FsChainFilter *self);
void        fs_chain_filter_set_chain   (FsChainFilter *self,
                                         const char    *chain);
gboolean    fs_chain_filter_matches     (FsChainFilter *self,
                                         FsRecord      *entry);

G_END_DECLS
