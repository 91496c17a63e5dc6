/* fs-incident-times.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

/* Where the time of an incident went, derived from a post-mortem's incident
 * period and timeline of events. Durations are in seconds, -1 when unknown. */
typedef struct
{
  gint64 time_to_detect;    /* detected − started */
  gint64 time_to_resolve;   /* resolved − started */
  gint64 longest_gap;       /* the longest quiet stretch between two events */
  int    longest_gap_after; /* index (in time order) of the event the gap follows, or -1 */
} FsIncidentTimes;

/* Times are ISO 8601 and taken as UTC without a zone; a date alone, or an
 * empty or unreadable time, is unknown. fs_incident_times_sorted_events()
 * gives the events (new references) in time order, those with an unknown
 * time last, so that longest_gap_after indexes it as it does the events
 * with a known time. fs_duration_format() says a duration in a few words:
 * "35 min", "2 h 5 min", "3 d 4 h", "unknown" for -1. */
void       fs_incident_times_compute       (FsDocument      *document,
                                            FsIncidentTimes *times);
gboolean   fs_incident_times_parse         (const char      *timestamp,
                                            gint64          *unix_time);
GPtrArray *fs_incident_times_sorted_events (FsDocument      *document);
char      *fs_duration_format              (gint64           seconds);
int        fs_incident_times_event_place   (FsDocument      *document,
                                            guint            position);

G_END_DECLS
