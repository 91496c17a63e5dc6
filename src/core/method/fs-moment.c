/* fs-moment.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fs-moment.h"

G_DEFINE_QUARK (fs-moment-error-quark, fs_moment_error)

typedef struct
{
  int year, month, day;
  int hour, minute, second;
} Fields;

static gboolean
unreadable (const char  *text,
            GError     **error)
{
  g_set_error (error, FS_MOMENT_ERROR, FS_MOMENT_ERROR_UNREADABLE,
               /* Translators: %s is what was typed as a time */
               _("“%s” is not a time Foresight can read. Try “2020-06-30 14:05”, “14:05” or “yesterday 14:05”."),
               text);
  return FALSE;
}

static int
group_int (GMatchInfo *match,
           int         group)
{
  g_autofree char *digits = g_match_info_fetch (match, group);

  return digits != NULL && digits[0] != '\0' ? atoi (digits) : 0;
}

/* A month named in the user's language or in English, as "Jun" or "June";
 * 0 when it is none. */
static int
month_named (const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) first = g_date_time_new_utc (2000, month, 1, 0, 0, 0);
      const char *formats[] = { "%b", "%B" };
      static const char * const english[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec" };

      for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        {
          g_autofree char *local = g_date_time_format (first, formats[i]);
          g_autofree char *folded = g_utf8_casefold (local, -1);
          gsize length = strlen (folded);

          /* "Jun." and "Juni" alike. */
          if (length > 0 && folded[length - 1] == '.')
            folded[length - 1] = '\0';
          if (g_str_equal (folded, wanted))
            return month;
        }
      if (g_str_has_prefix (wanted, english[month - 1]) &&
          strlen (wanted) >= 3 && strlen (wanted) <= 9)
        return month;
    }
  return 0;
}

static gboolean
has_group (GMatchInfo *match,
           int         group)
{
  int start = -1;

  return g_match_info_fetch_pos (match, group, &start, NULL) && start >= 0;
}

static void
date_of (GDateTime *when,
         Fields    *fields)
{
  g_date_time_get_ymd (when, &fields->year, &fields->month, &fields->day);
}

/* The forms are compiled once: an entry reads its text at every key. */
static GRegex *iso_regex;
static GRegex *dotted_regex;
static GRegex *day_month_regex;
static GRegex *month_day_regex;
static GRegex *clock_regex;
static GRegex *zoned_regex;

static GRegex *
compiled (GRegex    **regex,
          const char *pattern)
{
  if (g_once_init_enter (regex))
    g_once_init_leave (regex, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
  return *regex;
}

static gboolean
rematch (GRegex      *regex,
         const char  *text,
         GMatchInfo **match)
{
  g_clear_pointer (match, g_match_info_unref);
  return g_regex_match (regex, text, 0, match);
}

/* The forms people type, each with the date and the time it names. Regexes
 * are matched on the text folded to lower case and with single spaces. */
static gboolean
read_fields (const char *folded,
             GDateTime  *now,
             GDateTime  *day,
             Fields     *fields,
             gboolean   *no_time)
{
  g_autoptr(GMatchInfo) match = NULL;
  GRegex *iso = compiled (&iso_regex, "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$");
  GRegex *dotted = compiled (&dotted_regex, "^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}),?(?: (\\d{1,2}):(\\d{2}))?$");
  GRegex *day_month = compiled (&day_month_regex, "^(\\d{1,2})\\.? (\\pL+)\\.? (\\d{4}),?(?: (\\d{1,2}):(\\d{2}))?$");
  GRegex *month_day = compiled (&month_day_regex, "^(\\pL+)\\.? (\\d{1,2}),? (\\d{4}),?(?: (\\d{1,2}):(\\d{2}))?$");
  GRegex *clock = compiled (&clock_regex, "^(?:(\\pL+) )?(\\d{1,2}):(\\d{2})$");
  int hour_group = 4;

  if (rematch (iso, folded, &match))
    {
      fields->year = group_int (match, 1);
      fields->month = group_int (match, 2);
      fields->day = group_int (match, 3);
      fields->second = group_int (match, 6);
    }
  else if (rematch (dotted, folded, &match))
    {
      fields->day = group_int (match, 1);
      fields->month = group_int (match, 2);
      fields->year = group_int (match, 3);
    }
  else if (rematch (day_month, folded, &match))
    {
      g_autofree char *name = g_match_info_fetch (match, 2);

      fields->day = group_int (match, 1);
      fields->month = month_named (name);
      fields->year = group_int (match, 3);
      if (fields->month == 0)
        return FALSE;
    }
  else if (rematch (month_day, folded, &match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);

      fields->month = month_named (name);
      fields->day = group_int (match, 2);
      fields->year = group_int (match, 3);
      if (fields->month == 0)
        return FALSE;
    }
  else if (rematch (clock, folded, &match))
    {
      g_autofree char *word = g_match_info_fetch (match, 1);
      g_autoptr(GDateTime) base = NULL;

      if (word == NULL || word[0] == '\0')
        base = g_date_time_ref (day != NULL ? day : now);
      else if (g_str_equal (word, "today") || g_str_equal (word, _("today")))
        base = g_date_time_ref (now);
      else if (g_str_equal (word, "yesterday") || g_str_equal (word, _("yesterday")))
        base = g_date_time_add_days (now, -1);
      else
        return FALSE;
      date_of (base, fields);
      hour_group = 2;
    }
  else
    return FALSE;

  *no_time = !has_group (match, hour_group);
  if (*no_time)
    return TRUE;
  fields->hour = group_int (match, hour_group);
  fields->minute = group_int (match, hour_group + 1);
  return TRUE;
}

/* Folded to lower case, trimmed, with runs of spaces made one. */
static char *
fold (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (lower), " \t\n", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);
  return g_strjoinv (" ", joined);
}

/* A time that names its own zone, as the library stores them; NULL when
 * TEXT names none. The fields are checked later, as for any other form. */
static GTimeZone *
read_zoned (const char *folded,
            Fields     *fields)
{
  GRegex *zoned = compiled (&zoned_regex, "^(\\d{4})-(\\d{2})-(\\d{2})t(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                                         "(z|[+-]\\d{2}(?::?\\d{2})?)$");
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *zone = NULL;

  if (!g_regex_match (zoned, folded, 0, &match))
    return NULL;
  fields->year = group_int (match, 1);
  fields->month = group_int (match, 2);
  fields->day = group_int (match, 3);
  fields->hour = group_int (match, 4);
  fields->minute = group_int (match, 5);
  fields->second = group_int (match, 6);
  zone = g_match_info_fetch (match, 7);
  return g_str_equal (zone, "z") ? g_time_zone_new_utc () : g_time_zone_new_identifier (zone);
}

/* Reads TEXT as a moment in the zone of NOW: a bare time of day is on DAY
 * (the incident's, or NOW's when NULL), "today" and "yesterday" are NOW's.
 * A time with its own zone, as stored, keeps it. The error says what was
 * not understood, quoting the text. */
gboolean
fs_moment_parse (const char  *text,
                 GDateTime   *now,
                 GDateTime   *day,
                 gint64      *unix_time,
                 GError     **error)
{
  g_autofree char *folded = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  Fields fields = { 0 };
  gboolean no_time = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (unix_time != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  folded = fold (text);
  zone = read_zoned (folded, &fields);
  if (zone == NULL && !read_fields (folded, now, day, &fields, &no_time))
    return unreadable (text, error);
  if (no_time)
    {
      g_autofree char *date = g_strstrip (g_strdup (text));

      g_set_error (error, FS_MOMENT_ERROR, FS_MOMENT_ERROR_NO_TIME,
                   /* Translators: %s is a date typed without a time, e.g. "2020-06-30" */
                   _("“%s” has no time of day. Add one, as in “%s 14:05”."), date, date);
      return FALSE;
    }
  if (fields.hour > 23 || fields.minute > 59 || fields.second > 59 ||
      !g_date_valid_dmy (fields.day, fields.month, fields.year))
    {
      g_set_error (error, FS_MOMENT_ERROR, FS_MOMENT_ERROR_INVALID,
                   _("“%s” is not a date and time that exists."), text);
      return FALSE;
    }
  when = g_date_time_new (zone != NULL ? zone : g_date_time_get_timezone (now), fields.year, fields.month, fields.day,
                          fields.hour, fields.minute, fields.second);
  /* Where the clocks jump forward, GLib moves the time on by the jump. */
  if (when == NULL || g_date_time_get_hour (when) != fields.hour ||
      g_date_time_get_minute (when) != fields.minute)
    {
      g_set_error (error, FS_MOMENT_ERROR, FS_MOMENT_ERROR_SKIPPED,
                   _("“%s” did not happen in this time zone: the clocks went forward then."), text);
      return FALSE;
    }
  *unix_time = g_date_time_to_unix (when);
  return TRUE;
}

static GDateTime *
in_zone (gint64     unix_time,
         GTimeZone *zone)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_to_timezone (utc, zone);
}

/* "30 Jun 2020, 15:58", in the words and order of the user's language. */
char *
fs_moment_format (gint64     unix_time,
                  GTimeZone *zone)
{
  g_autoptr(GDateTime) local = in_zone (unix_time, zone);

  /* Translators: a moment of an incident, as g_date_time_format() writes it;
   * keep the order your language uses, e.g. "%-d. %b %Y, %H:%M" */
  return g_date_time_format (local, _("%-d %b %Y, %H:%M"));
}

/* "15:58", for moments on a day already named. */
char *
fs_moment_format_time (gint64     unix_time,
                       GTimeZone *zone)
{
  g_autoptr(GDateTime) local = in_zone (unix_time, zone);

  /* Translators: a time of day, as g_date_time_format() writes it */
  return g_date_time_format (local, _("%H:%M"));
}

/* The zone's name at that moment: "CEST", "UTC", or "+0530" where it has none. */
char *
fs_moment_zone_name (gint64     unix_time,
                     GTimeZone *zone)
{
  g_autoptr(GDateTime) local = in_zone (unix_time, zone);
  const char *name = g_date_time_get_timezone_abbreviation (local);

  return g_strdup (name);
}

/* As the library and the exchange format keep it. */
char *
fs_moment_to_stored (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}
