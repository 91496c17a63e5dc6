/* fs-coach-postmortem.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "fs-coach-private.h"
#include "fs-incident-times.h"

/* The post-mortem's rules about the incident's times. */

/* Minutes apart before a typed duration and the one the times give count as
 * different: people round, and a few minutes either way is the same story. */
#define DURATION_SLACK_MINUTES 5

/* A duration typed beside a start and a resolution that say otherwise: one
 * of the three is wrong, and the timeline figure and the time to resolve
 * are read from the times. */
void
fs_coach_check_duration (FsCoachChecker *checker)
{
  FsRecord *document = FS_RECORD (checker->document);
  double typed = fs_record_get_number (document, FS_DOCUMENT_IMPACT_DURATION_MINUTES);
  FsIncidentTimes times;
  double derived;
  g_autofree char *from_times = NULL;
  g_autofree char *from_field = NULL;

  if (isnan (typed))
    return;
  fs_incident_times_compute (checker->document, &times);
  if (times.time_to_resolve < 0)
    return;
  derived = times.time_to_resolve / 60.0;
  if (fabs (derived - typed) <= MAX (DURATION_SLACK_MINUTES, derived * 0.1))
    return;
  from_times = fs_duration_format (times.time_to_resolve);
  from_field = fs_duration_format ((gint64) llround (typed * 60));
  fs_coach_advise (checker, FS_ADVICE_DURATION_DISAGREES, FS_DOCUMENT_IMPACT_DURATION_MINUTES,
                   /* Translators: both are durations, e.g. "2 h 5 min" */
                   g_strdup_printf (_("The incident’s start and resolution are %s apart, but the duration "
                                      "says %s. Check the three: the timeline is drawn from the times."),
                                    from_times, from_field));
}
