/* fs-coach-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-coach.h"

G_BEGIN_DECLS

/* Where the checks are looking (list and item, -1 for the document), and
 * what they found. The rules live in files by subject; this is what they
 * share. */
typedef struct
{
  FsDocument *document;
  GPtrArray  *advice;
  int         list;
  int         item;
} FsCoachChecker;

void fs_coach_advise         (FsCoachChecker *checker,
                              FsAdviceKind    kind,
                              int             field,
                              char           *message);

gboolean fs_coach_field_is_blank (FsRecord *record,
                                  guint     field);

void fs_coach_check_duration      (FsCoachChecker *checker);
void fs_coach_check_cause_layers  (FsCoachChecker *checker);
void fs_coach_check_action_kinds  (FsCoachChecker *checker);
void fs_coach_check_lessons       (FsCoachChecker *checker);
void fs_coach_check_facilitator   (FsCoachChecker *checker);
void fs_coach_check_severity      (FsCoachChecker *checker);
void fs_coach_check_action_cause  (FsCoachChecker *checker,
                                   FsRecord       *item);

G_END_DECLS
