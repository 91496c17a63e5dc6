/* fs-exchange.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fs-document.h"

G_BEGIN_DECLS

#define FS_EXCHANGE_ERROR (fs_exchange_error_quark ())

typedef enum
{
  FS_EXCHANGE_ERROR_TOO_LARGE,  /* over FS_EXCHANGE_MAX_SIZE */
  FS_EXCHANGE_ERROR_TOO_DEEP,   /* nested deeper than any document could be */
  FS_EXCHANGE_ERROR_NOT_JSON,   /* a syntax error, with line and column */
  FS_EXCHANGE_ERROR_NOT_OURS,   /* valid JSON, but not "format": "foresight" */
  FS_EXCHANGE_ERROR_TOO_NEW,    /* a version newer than this build reads */
  FS_EXCHANGE_ERROR_INVALID,    /* a member missing, of the wrong type or out of range */
} FsExchangeError;

#define FS_EXCHANGE_FORMAT      "foresight"
#define FS_EXCHANGE_VERSION     1
#define FS_EXCHANGE_MAX_SIZE    (256 * 1024 * 1024)
#define FS_EXCHANGE_MAX_DEPTH   64

GQuark      fs_exchange_error_quark  (void);
GPtrArray  *fs_exchange_read_file    (const char   *path,
                                      GError      **error);
GPtrArray  *fs_exchange_read_data    (const char   *data,
                                      gsize         length,
                                      const char   *name,
                                      GError      **error);
char       *fs_exchange_write        (GPtrArray    *documents,
                                      gsize        *length);
gboolean    fs_exchange_write_file   (GPtrArray    *documents,
                                      const char   *path,
                                      GError      **error);

G_END_DECLS
