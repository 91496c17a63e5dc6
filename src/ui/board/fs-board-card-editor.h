/* fs-board-card-editor.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"

G_BEGIN_DECLS

GtkWidget *fs_board_card_editor_new (FsRecord  *record,
                                     GPtrArray *happened);

G_END_DECLS
