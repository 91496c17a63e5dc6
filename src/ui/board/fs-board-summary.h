/* fs-board-summary.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fs-document.h"

G_BEGIN_DECLS

void fs_board_summary_fill (GtkBox     *board,
                            FsDocument *document);

G_END_DECLS
