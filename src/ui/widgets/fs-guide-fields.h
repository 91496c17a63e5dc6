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
void       fs_guide_field_set_document  (GtkWidget  *row,
                                         FsDocument *document);
char      *fs_guide_field_parse_moment  (const char  *text,
                                         gboolean     with_time,
                                         FsDocument  *document,
                                         GError     **error);
char      *fs_guide_field_format_moment (const char *stored,
                                         gboolean    with_time);

G_END_DECLS
