/* fs-advice-row.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *fs_advice_row_new    (int        list,
                                 int        field);
void       fs_advice_row_update (GtkWidget *row,
                                 GPtrArray *advice,
                                 int        item);
void       fs_advice_row_describe (GtkWidget *row,
                                   GtkWidget *field);

G_END_DECLS
