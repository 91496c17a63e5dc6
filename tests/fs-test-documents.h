/* fs-test-documents.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

GPtrArray *fs_test_generate_documents (guint count);

G_END_DECLS
