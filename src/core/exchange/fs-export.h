/* fs-export.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"
#include "fs-print-layout.h"

G_BEGIN_DECLS

typedef enum
{
  FS_EXPORT_MARKDOWN,
  FS_EXPORT_PDF,
  FS_EXPORT_RUNBOOK,
  FS_EXPORT_JSON,
} FsExportFormat;

gboolean    fs_export_format_from_name (const char          *name,
                                        FsExportFormat      *format);
const char *fs_export_format_extension (FsExportFormat       format);
gboolean    fs_export_document         (FsDocument          *document,
                                        FsExportFormat       format,
                                        const FsPageSetup   *setup,
                                        const char          *path,
                                        GError             **error);

G_END_DECLS
