/* fs-moment.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The moments of an incident as people read and type them: in their own
 * time zone and words ("30 Jun 2020, 15:58", "14:05", "yesterday 14:05"),
 * stored as UTC ISO 8601 ("2020-06-30T13:58:00Z"). What "now", "today" and
 * the incident's day are is given by the caller, so that tests do not
 * depend on the clock or the machine's zone. */

#define FS_MOMENT_ERROR (fs_moment_error_quark ())

typedef enum
{
  FS_MOMENT_ERROR_UNREADABLE,  /* not a form Foresight knows */
  FS_MOMENT_ERROR_NO_TIME,     /* a date without a time of day */
  FS_MOMENT_ERROR_INVALID,     /* 25:00, the 30th of February */
  FS_MOMENT_ERROR_SKIPPED,     /* a local time the clocks jumped over */
} FsMomentError;

GQuark    fs_moment_error_quark (void);

gboolean  fs_moment_parse       (const char  *text,
                                 GDateTime   *now,
                                 GDateTime   *day,
                                 gint64      *unix_time,
                                 GError     **error);
char     *fs_moment_format      (gint64       unix_time,
                                 GTimeZone   *zone);
char     *fs_moment_format_time (gint64       unix_time,
                                 GTimeZone   *zone);
char     *fs_moment_zone_name   (gint64       unix_time,
                                 GTimeZone   *zone);
char     *fs_moment_to_stored   (gint64       unix_time);

G_END_DECLS
