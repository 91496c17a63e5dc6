/* fs-anonymize.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

/* What every export (Markdown, PDF, runbook, print, Preview) shows of a
 * document: when its "anonymize" is on, a copy in which each person's name is
 * replaced by their role in every text field; otherwise the document itself.
 * Returns a new reference either way. */
FsDocument *fs_anonymize_for_export (FsDocument *document);

G_END_DECLS
