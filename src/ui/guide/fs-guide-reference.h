/* fs-guide-reference.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-record-list-editor.h"

G_BEGIN_DECLS

GtkWidget *fs_guide_reference_new (FsRecord              *record,
                                   guint                  field,
                                   const char            *title,
                                   FsDocument            *document,
                                   const FsListReference *reference);

G_END_DECLS
