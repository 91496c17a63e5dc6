/* fs-import.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-store.h"

G_BEGIN_DECLS

/* A Foresight file into STORE, read on a second thread while the documents
 * already read are written: the same checks, messages and result as
 * fs_exchange_read_file() followed by fs_store_import(), and a refused file
 * leaves the library as it was. Returns the ids written. */
GPtrArray  *fs_import_file       (FsStore      *store,
                                  const char   *path,
                                  GError      **error);

/* The same; without NOTIFY the store's "changed" is not emitted (for an
 * import on a worker thread, whose caller emits it in its own), and
 * ONLY_ID, if not NULL, receives the id of the file's document when it
 * holds exactly one, written or not. */
GPtrArray  *fs_import_file_full  (FsStore      *store,
                                  const char   *path,
                                  gboolean      notify,
                                  char        **only_id,
                                  GError      **error);

G_END_DECLS
