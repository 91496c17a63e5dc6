/* fs-happened.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-chain.h"

G_BEGIN_DECLS

GPtrArray *fs_happened_links       (FsDocument *premortem,
                                    const char *risk_id);
char      *fs_happened_describe    (GPtrArray  *links);
GtkWidget *fs_happened_button_new  (GPtrArray  *links);

G_END_DECLS
