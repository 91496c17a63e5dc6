/* fs-test-util.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fs-document.h"

G_BEGIN_DECLS

void   fs_test_init          (int          *argc,
                              char       ***argv);
char  *fs_test_make_dir      (void);
char  *fs_test_data_path     (const char   *name);
char  *fs_test_read_file     (const char   *path);
char  *fs_test_file_digest   (const char   *path);

FsRecord *fs_test_add_item  (FsDocument     *document,
                             FsDocumentList  list,
                             const char     *first_property,
                             ...) G_GNUC_NULL_TERMINATED;
void      fs_test_add_link  (GListStore         *links,
                             const char         *title,
                             gboolean            asked,
                             const char * const *anticipated);

G_END_DECLS
