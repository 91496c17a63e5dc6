/* fs-guide-lists.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"
#include "fs-edit-history.h"

G_BEGIN_DECLS

GtkWidget *fs_guide_list_editor_new (FsDocument     *document,
                                     FsDocumentList  list,
                                     FsEditHistory  *history);
char      *fs_guide_describe_risk   (FsRecord       *risk,
                                     gpointer        unused);

G_END_DECLS
