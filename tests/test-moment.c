/* test-moment.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fs-incident-times.h"
#include "fs-moment.h"
#include "fs-test-util.h"

/* Moments of an incident as people type and read them, in Berlin's zone
 * (written as a POSIX rule, so that no zone database is needed): winter
 * is UTC+1, summer UTC+2, the clocks go forward at 02:00 on the last
 * Sunday of March and back at 03:00 on the last Sunday of October. */

#define BERLIN "CET-1CEST,M3.5.0,M10.5.0/3"

typedef struct
{
  GTimeZone *zone;
  GDateTime *now;  /* Wednesday 1 July 2020, 10:00 in Berlin */
  GDateTime *day;  /* the incident's day, Tuesday 30 June 2020 */
} Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  fixture->zone = g_time_zone_new_identifier (BERLIN);
  g_assert_nonnull (fixture->zone);
  fixture->now = g_date_time_new (fixture->zone, 2020, 7, 1, 10, 0, 0);
  fixture->day = g_date_time_new (fixture->zone, 2020, 6, 30, 15, 58, 0);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_date_time_unref (fixture->day);
  g_date_time_unref (fixture->now);
  g_time_zone_unref (fixture->zone);
}

/* What TEXT is read as, stored: "2020-06-30T12:05:00Z". */
static char *
stored (Fixture    *fixture,
        const char *text)
{
  gint64 at = 0;
  g_autoptr(GError) error = NULL;

  if (!fs_moment_parse (text, fixture->now, fixture->day, &at, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  return fs_moment_to_stored (at);
}

static void
assert_read (Fixture    *fixture,
             const char *text,
             const char *want)
{
  g_autofree char *got = stored (fixture, text);

  g_assert_cmpstr (got, ==, want);
}

static void
test_accepted (Fixture       *fixture,
               gconstpointer  data)
{
  /* As stored, and in any zone given. */
  assert_read (fixture, "2020-06-30T13:58:00Z", "2020-06-30T13:58:00Z");
  assert_read (fixture, "2020-06-30T15:58:00+02:00", "2020-06-30T13:58:00Z");
  assert_read (fixture, "2020-06-30t13:58z", "2020-06-30T13:58:00Z");
  /* What people type, in their own zone. */
  assert_read (fixture, "2020-06-30 14:05", "2020-06-30T12:05:00Z");
  assert_read (fixture, "  2020-06-30   14:05  ", "2020-06-30T12:05:00Z");
  assert_read (fixture, "2020-06-30T14:05:30", "2020-06-30T12:05:30Z");
  assert_read (fixture, "2020-6-3 9:05", "2020-06-03T07:05:00Z");
  assert_read (fixture, "14:05", "2020-06-30T12:05:00Z");
  assert_read (fixture, "9:05", "2020-06-30T07:05:00Z");
  assert_read (fixture, "yesterday 14:05", "2020-06-30T12:05:00Z");
  assert_read (fixture, "Today 08:15", "2020-07-01T06:15:00Z");
  assert_read (fixture, "30.06.2020 14:05", "2020-06-30T12:05:00Z");
  assert_read (fixture, "30.6.2020, 14:05", "2020-06-30T12:05:00Z");
  /* What Foresight shows is read back as it was. */
  assert_read (fixture, "30 Jun 2020, 15:58", "2020-06-30T13:58:00Z");
  assert_read (fixture, "30 June 2020 15:58", "2020-06-30T13:58:00Z");
  assert_read (fixture, "Jun 30, 2020, 15:58", "2020-06-30T13:58:00Z");
  /* In winter the zone is an hour nearer UTC. */
  assert_read (fixture, "2020-01-15 14:05", "2020-01-15T13:05:00Z");
}

static void
test_bare_time_without_incident_day (Fixture       *fixture,
                                     gconstpointer  data)
{
  gint64 at = 0;
  g_autofree char *got = NULL;

  g_assert_true (fs_moment_parse ("14:05", fixture->now, NULL, &at, NULL));
  got = fs_moment_to_stored (at);
  g_assert_cmpstr (got, ==, "2020-07-01T12:05:00Z");
}

static void
assert_refused (Fixture       *fixture,
                const char    *text,
                FsMomentError  code)
{
  gint64 at = 42;
  g_autoptr(GError) error = NULL;

  g_assert_false (fs_moment_parse (text, fixture->now, fixture->day, &at, &error));
  g_assert_error (error, FS_MOMENT_ERROR, (int) code);
  g_assert_cmpint (at, ==, 42);
  /* The message quotes what was typed, so the person sees what to fix. */
  g_assert_nonnull (strstr (error->message, text));
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  assert_refused (fixture, "", FS_MOMENT_ERROR_UNREADABLE);
  assert_refused (fixture, "soon", FS_MOMENT_ERROR_UNREADABLE);
  assert_refused (fixture, "tomorrowish 14:05", FS_MOMENT_ERROR_UNREADABLE);
  assert_refused (fixture, "14.05", FS_MOMENT_ERROR_UNREADABLE);
  assert_refused (fixture, "30 Smarch 2020, 14:05", FS_MOMENT_ERROR_UNREADABLE);
  assert_refused (fixture, "2020-06-30T25:00:00Z", FS_MOMENT_ERROR_INVALID);
  assert_refused (fixture, "2020-06-30", FS_MOMENT_ERROR_NO_TIME);
  assert_refused (fixture, "30.06.2020", FS_MOMENT_ERROR_NO_TIME);
  assert_refused (fixture, "25:00", FS_MOMENT_ERROR_INVALID);
  assert_refused (fixture, "14:60", FS_MOMENT_ERROR_INVALID);
  assert_refused (fixture, "2020-02-30 14:05", FS_MOMENT_ERROR_INVALID);
  assert_refused (fixture, "2021-02-29 14:05", FS_MOMENT_ERROR_INVALID);
  /* 02:30 on 29 March 2020 never happened in Berlin. */
  assert_refused (fixture, "2020-03-29 02:30", FS_MOMENT_ERROR_SKIPPED);
}

static void
test_summer_time_change (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 before = 0, after = 0;

  /* Across the spring change an hour of the clock is no time at all. */
  g_assert_true (fs_moment_parse ("2020-03-29 01:50", fixture->now, NULL, &before, NULL));
  g_assert_true (fs_moment_parse ("2020-03-29 03:10", fixture->now, NULL, &after, NULL));
  g_assert_cmpint (after - before, ==, 20 * 60);
  /* Across the autumn change the clock's hour is two. */
  g_assert_true (fs_moment_parse ("2020-10-25 01:30", fixture->now, NULL, &before, NULL));
  g_assert_true (fs_moment_parse ("2020-10-25 04:30", fixture->now, NULL, &after, NULL));
  g_assert_cmpint (after - before, ==, 4 * 3600);
}

static void
test_format (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 at = 0;
  g_autofree char *shown = NULL;
  g_autofree char *time = NULL;
  g_autofree char *summer = NULL;
  g_autofree char *winter = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *in_utc = NULL;

  g_assert_true (fs_moment_parse ("2020-06-30T13:58:00Z", fixture->now, NULL, &at, NULL));
  shown = fs_moment_format (at, fixture->zone);
  g_assert_cmpstr (shown, ==, "30 Jun 2020, 15:58");
  time = fs_moment_format_time (at, fixture->zone);
  g_assert_cmpstr (time, ==, "15:58");
  summer = fs_moment_zone_name (at, fixture->zone);
  g_assert_cmpstr (summer, ==, "CEST");
  winter = fs_moment_zone_name (at - 180 * 24 * 3600, fixture->zone);
  g_assert_cmpstr (winter, ==, "CET");
  in_utc = fs_moment_format (at, utc);
  g_assert_cmpstr (in_utc, ==, "30 Jun 2020, 13:58");
}

/* A timeline of events at the given times ("" for none yet). */
static FsDocument *
timeline (const char * const *times)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);

  for (guint i = 0; times[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf ("e%u", i);

      fs_test_add_item (document, FS_DOCUMENT_EVENTS, "text", text, "at", times[i], NULL);
    }
  return document;
}

static void
assert_place (const char * const *times,
              guint               position,
              int                 want)
{
  g_autoptr(FsDocument) document = timeline (times);

  g_assert_cmpint (fs_incident_times_event_place (document, position), ==, want);
}

static void
test_event_place (void)
{
  const char * const ordered[] = { "2020-06-30T13:00:00Z", "2020-06-30T14:00:00Z",
                                   "2020-06-30T15:00:00Z", NULL };
  const char * const late_first[] = { "2020-06-30T16:00:00Z", "2020-06-30T13:00:00Z",
                                      "2020-06-30T14:00:00Z", NULL };
  const char * const early_last[] = { "2020-06-30T13:00:00Z", "2020-06-30T14:00:00Z",
                                      "2020-06-30T12:00:00Z", NULL };
  const char * const with_undated[] = { "2020-06-30T13:00:00Z", "", "",
                                        "2020-06-30T15:00:00Z", "2020-06-30T14:00:00Z", NULL };
  const char * const undated_gap[] = { "2020-06-30T13:00:00Z", "", "2020-06-30T14:00:00Z",
                                       "", "2020-06-30T15:00:00Z", NULL };
  const char * const same_time[] = { "2020-06-30T13:00:00Z", "2020-06-30T13:00:00Z", NULL };

  for (guint i = 0; i < 3; i++)
    assert_place (ordered, i, -1);
  assert_place (late_first, 0, 2);
  assert_place (early_last, 2, 0);
  /* Passed over, events without a time stay where they are. */
  assert_place (with_undated, 4, 3);
  assert_place (with_undated, 1, -1);
  for (guint i = 0; i < 5; i++)
    assert_place (undated_gap, i, -1);
  assert_place (same_time, 1, -1);
  assert_place (same_time, 0, -1);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add ("/moment/accepted", Fixture, NULL, setup, test_accepted, teardown);
  g_test_add ("/moment/bare-time-without-incident-day", Fixture, NULL, setup,
              test_bare_time_without_incident_day, teardown);
  g_test_add ("/moment/refused", Fixture, NULL, setup, test_refused, teardown);
  g_test_add ("/moment/summer-time-change", Fixture, NULL, setup, test_summer_time_change, teardown);
  g_test_add ("/moment/format", Fixture, NULL, setup, test_format, teardown);
  g_test_add_func ("/moment/event-place", test_event_place);

  return g_test_run ();
}
