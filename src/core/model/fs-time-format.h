/* fs-time-format.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *fs_format_relative_time (const char *timestamp,
                               GDateTime  *now);
char *fs_format_date          (const char *date);
char *fs_format_timestamp     (const char *timestamp);

G_END_DECLS
