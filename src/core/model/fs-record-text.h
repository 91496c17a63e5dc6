/* fs-record-text.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

const char *fs_choice_label               (const char *value);
char       *fs_record_text_headline       (FsRecord   *item);
char       *fs_votes_label                (guint       count);

G_END_DECLS
