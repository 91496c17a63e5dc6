/* fs-pdf.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fs-print-layout.h"

G_BEGIN_DECLS

/* Writes DOCUMENT as a PDF to PATH: the whole document or the go/no-go
 * runbook, anonymised when the document asks for it, with metadata and an
 * outline of its sections. The file appears whole or not at all: it is
 * written next to PATH under another name and renamed over it at the end.
 * Safe to call from a worker thread. */
gboolean fs_pdf_export (FsDocument         *document,
                        FsPrintKind         kind,
                        const FsPageSetup  *setup,
                        const char         *path,
                        GError            **error);

G_END_DECLS
