/* fs-incident-times.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-incident-times.h"

/* Reads an ISO 8601 date and time; one without a zone is taken as UTC, as
 * the exchange format writes every time in UTC. A date alone is refused:
 * it says nothing about the minutes that matter here. */
gboolean
fs_incident_times_parse (const char *timestamp,
                         gint64     *unix_time)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (unix_time != NULL, FALSE);

  if (timestamp == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (timestamp));
  if (trimmed[0] == '\0')
    return FALSE;
  parsed = g_date_time_new_from_iso8601 (trimmed, utc);
  if (parsed == NULL)
    return FALSE;
  *unix_time = g_date_time_to_unix (parsed);
  return TRUE;
}

typedef struct
{
  FsEvent  *event;
  gboolean  dated;
  gint64    at;
  guint     position;
} Dated;

static int
compare_dated (gconstpointer a,
               gconstpointer b)
{
  const Dated *x = a;
  const Dated *y = b;

  if (x->dated != y->dated)
    return x->dated ? -1 : 1;
  if (x->dated && x->at != y->at)
    return x->at < y->at ? -1 : 1;
  return x->position < y->position ? -1 : (x->position > y->position);
}

/* The events in time order; those whose time cannot be read follow, in the
 * order of the list. Ties keep the order of the list. */
GPtrArray *
fs_incident_times_sorted_events (FsDocument *document)
{
  GListModel *events;
  g_autoptr(GArray) dated = g_array_new (FALSE, FALSE, sizeof (Dated));
  GPtrArray *sorted;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  events = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_EVENTS));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      Dated entry = { g_list_model_get_item (events, i), FALSE, 0, i };

      entry.dated = fs_incident_times_parse (fs_record_get_text (FS_RECORD (entry.event),
                                                                 FS_EVENT_AT), &entry.at);
      g_array_append_val (dated, entry);
    }
  g_array_sort (dated, compare_dated);

  sorted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < dated->len; i++)
    g_ptr_array_add (sorted, g_array_index (dated, Dated, i).event);
  return sorted;
}

static gint64
span (FsDocument      *document,
      FsDocumentField  from,
      FsDocumentField  to)
{
  gint64 start, end;

  if (!fs_incident_times_parse (fs_record_get_text (FS_RECORD (document), from), &start) ||
      !fs_incident_times_parse (fs_record_get_text (FS_RECORD (document), to), &end))
    return -1;
  /* A period that ends before it starts is a typing error, not a duration. */
  return end >= start ? end - start : -1;
}

void
fs_incident_times_compute (FsDocument      *document,
                           FsIncidentTimes *times)
{
  g_autoptr(GPtrArray) events = NULL;
  gint64 previous = 0;

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (times != NULL);

  times->time_to_detect = span (document, FS_DOCUMENT_INCIDENT_STARTED,
                                FS_DOCUMENT_INCIDENT_DETECTED);
  times->time_to_resolve = span (document, FS_DOCUMENT_INCIDENT_STARTED,
                                 FS_DOCUMENT_INCIDENT_RESOLVED);
  times->longest_gap = -1;
  times->longest_gap_after = -1;

  events = fs_incident_times_sorted_events (document);
  for (guint i = 0; i < events->len; i++)
    {
      gint64 at;

      if (!fs_incident_times_parse (fs_record_get_text (g_ptr_array_index (events, i),
                                                        FS_EVENT_AT), &at))
        break;
      if (i > 0 && at - previous > times->longest_gap)
        {
          times->longest_gap = at - previous;
          times->longest_gap_after = (int) i - 1;
        }
      previous = at;
    }
}

static char *
count (const char *format,
       gint64      n)
{
  return g_strdup_printf (format, (int) MIN (n, G_MAXINT));
}

/* Translators: "d", "h" and "min" are short for days, hours and minutes. */
#define DAYS(n)    count (g_dngettext (GETTEXT_PACKAGE, "%d d", "%d d", (gulong) (n)), n)
#define HOURS(n)   count (g_dngettext (GETTEXT_PACKAGE, "%d h", "%d h", (gulong) (n)), n)
#define MINUTES(n) count (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", (gulong) (n)), n)

static char *
pair (char *larger,
      char *smaller)
{
  g_autofree char *a = larger;
  g_autofree char *b = smaller;

  /* Translators: two parts of a duration, such as "2 h" and "5 min". */
  return g_strdup_printf (C_("duration", "%s %s"), a, b);
}

/* A short duration for people: "35 min", "2 h 5 min", "3 d 4 h". Seconds are
 * dropped, and minutes once it runs into days. */
char *
fs_duration_format (gint64 seconds)
{
  gint64 minutes, hours, days;

  if (seconds < 0)
    return g_strdup (_("unknown"));
  if (seconds > 0 && seconds < 60)
    return g_strdup (_("under 1 min"));

  minutes = seconds / 60 % 60;
  hours = seconds / 3600 % 24;
  days = seconds / 86400;

  if (days > 0 && hours > 0)
    return pair (DAYS (days), HOURS (hours));
  if (days > 0)
    return DAYS (days);
  if (hours > 0 && minutes > 0)
    return pair (HOURS (hours), MINUTES (minutes));
  if (hours > 0)
    return HOURS (hours);
  return MINUTES (minutes);
}

/* Where the event at POSITION belongs for the timeline to read in time
 * order: before the first other event that is later, else just after the
 * last that is not. Events without a readable time stay where they are and
 * are passed over. -1 when it is in its place, or has no time. */
int
fs_incident_times_event_place (FsDocument *document,
                               guint       position)
{
  GListModel *events;
  g_autoptr(FsRecord) moved = NULL;
  gint64 at;
  int after_last_earlier = 0;
  int target = -1;
  guint n;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), -1);

  events = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_EVENTS));
  n = g_list_model_get_n_items (events);
  g_return_val_if_fail (position < n, -1);
  moved = g_list_model_get_item (events, position);
  if (!fs_incident_times_parse (fs_record_get_text (moved, FS_EVENT_AT), &at))
    return -1;
  /* Positions count the list without the event itself. */
  for (guint i = 0, index = 0; i < n; i++)
    {
      g_autoptr(FsRecord) other = NULL;
      gint64 other_at;

      if (i == position)
        continue;
      other = g_list_model_get_item (events, i);
      if (fs_incident_times_parse (fs_record_get_text (other, FS_EVENT_AT), &other_at))
        {
          /* At the same time, the order of the list stands. */
          if (other_at > at || (other_at == at && i > position))
            {
              target = index;
              break;
            }
          after_last_earlier = index + 1;
        }
      index++;
    }
  /* Anywhere between the last earlier and the first later event will do:
   * the undated events there are not the event's to pass. */
  if ((int) position >= after_last_earlier && (target < 0 || (int) position <= target))
    return -1;
  if (target < 0)
    target = after_last_earlier;
  return target;
}
