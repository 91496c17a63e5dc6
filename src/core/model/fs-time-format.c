/* fs-time-format.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-time-format.h"

/* How long ago a timestamp was, the way the library shows a last change:
 * "Just now", "5 minutes ago", "Yesterday", or a date once it is old. */
char *
fs_format_relative_time (const char *timestamp,
                         GDateTime  *now)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) then = NULL;
  g_autoptr(GDateTime) local = NULL;
  GTimeSpan span;
  gint64 minutes, hours, days;

  g_return_val_if_fail (now != NULL, NULL);

  if (timestamp == NULL || (then = g_date_time_new_from_iso8601 (timestamp, utc)) == NULL)
    return g_strdup ("");

  span = g_date_time_difference (now, then);
  minutes = span / G_TIME_SPAN_MINUTE;
  hours = span / G_TIME_SPAN_HOUR;
  days = span / G_TIME_SPAN_DAY;

  if (minutes < 1)
    return g_strdup (_("Just now"));
  if (hours < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago",
                                         minutes), (int) minutes);
  if (days < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", hours),
                            (int) hours);
  if (days < 2)
    return g_strdup (_("Yesterday"));
  if (days < 7)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days),
                            (int) days);

  local = g_date_time_to_local (then);
  if (g_date_time_get_year (local) == g_date_time_get_year (now))
    /* Translators: a day in the current year, see the strftime manual */
    return g_strchug (g_date_time_format (local, _("%e %B")));
  /* Translators: a day in another year, see the strftime manual */
  return g_strchug (g_date_time_format (local, _("%e %B %Y")));
}

/* A calendar date (YYYY-MM-DD) as a person reads it, or "" when unset. */
char *
fs_format_date (const char *date)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (date == NULL || date[0] == '\0')
    return g_strdup ("");
  text = g_strconcat (date, "T00:00:00Z", NULL);
  day = g_date_time_new_from_iso8601 (text, utc);
  if (day == NULL)
    return g_strdup (date);
  /* Translators: a due date, see the strftime manual */
  return g_date_time_format (day, _("%-e %b %Y"));
}

/* A moment as a person reads it, in their time zone, or the text itself
 * when it is not a timestamp. */
char *
fs_format_timestamp (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) moment = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || timestamp[0] == '\0')
    return g_strdup ("");
  moment = g_date_time_new_from_iso8601 (timestamp, utc);
  if (moment == NULL)
    return g_strdup (timestamp);
  local = g_date_time_to_local (moment);
  /* Translators: a date and time, see the strftime manual */
  return g_strchug (g_date_time_format (local, _("%-e %b %Y, %H:%M")));
}
