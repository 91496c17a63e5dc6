/* fs-guide-fields.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"

G_BEGIN_DECLS

GtkWidget *fs_guide_field_new           (FsRecord   *record,
                                         guint       field,
                                         const char *title);
char      *fs_guide_field_parse_moment  (const char *text,
                                         gboolean    with_time);
char      *fs_guide_field_format_moment (const char *stored,
                                         gboolean    with_time);

G_END_DECLS
