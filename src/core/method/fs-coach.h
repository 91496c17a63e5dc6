/* fs-coach.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

/* A risk scoring at least this much (probability × impact, each 1–5) needs an owner. */
#define FS_COACH_HIGH_SCORE 12.0

typedef enum
{
  FS_ADVICE_VAGUE_FAILURE,            /* "risk-vague" */
  FS_ADVICE_RISK_WITHOUT_SYMPTOMS,    /* "risk-no-symptoms" */
  FS_ADVICE_RISK_WITHOUT_ACTIONS,     /* "risk-no-actions" */
  FS_ADVICE_HIGH_RISK_WITHOUT_OWNER,  /* "risk-no-owner" */
  FS_ADVICE_NO_ROLLBACK_TRIGGER,      /* "rollback-no-trigger" */
  FS_ADVICE_NO_ROLLBACK_PERFORMER,    /* "rollback-no-performer" */
  FS_ADVICE_STEP_WITHOUT_EXPECTATION, /* "step-no-expectation" */
  FS_ADVICE_SINGLE_CAUSE,             /* "causes-single" */
  FS_ADVICE_BLAME_LANGUAGE,           /* "blame-language" */
  FS_ADVICE_TRY_HARDER,               /* "action-try-harder" */
  FS_ADVICE_ACTION_WITHOUT_OWNER,     /* "action-no-owner" */
  FS_ADVICE_ACTION_WITHOUT_DUE_DATE,  /* "action-no-due-date" */
  FS_ADVICE_DURATION_DISAGREES,       /* "duration-disagrees" */
  FS_ADVICE_NO_DETECT_CAUSE,          /* "causes-no-detect" */
  FS_ADVICE_NO_FIX_CAUSE,             /* "causes-no-fix" */
  FS_ADVICE_ACTIONS_ONE_KIND,         /* "actions-one-kind" */
  FS_ADVICE_ACTION_WITHOUT_CAUSE,     /* "action-no-cause" */
  FS_ADVICE_LESSONS_EMPTY,            /* "lessons-empty" */
  FS_ADVICE_FACILITATOR_INVOLVED,     /* "facilitator-involved" */
  FS_ADVICE_SEVERITY_NOT_A_LEVEL,     /* "severity-not-a-level" */
} FsAdviceKind;

/* One piece of advice and what it is about:
 * - a field of the document: list and item are -1, field is an FsDocumentField;
 * - a list as a whole: list is an FsDocumentList, item and field are -1;
 * - a field of one item: list, its position in the list, and the item's field
 *   (FsRiskField, FsCauseField…).
 * A text list field (went_badly) may get one piece of advice per entry. */
typedef struct
{
  FsAdviceKind  kind;
  const char   *id;      /* stable, for tests and styling: "risk-vague" */
  char         *message; /* translated, for a person to read; plain text, not markup */
  int           list;
  int           item;
  int           field;
} FsAdvice;

void       fs_advice_free              (FsAdvice       *advice);

/* Checks advise; they never block anything. Both return an array of FsAdvice
 * that frees its elements, in the order of the method's steps. */
GPtrArray *fs_coach_check_document     (FsDocument     *document);
/* Only the advice about the item at POSITION of LIST, for showing beside it:
 * advice about the list as a whole (a single cause) is left out. */
GPtrArray *fs_coach_check_item         (FsDocument     *document,
                                        FsDocumentList  list,
                                        guint           position);

/* The checks on text, English only, case-insensitive, whole words. Each sets
 * PHRASE (if not NULL) to the words it found, as written in TEXT. */

/* Generic failure words ("issues", "doesn't work") with little else to say
 * what actually happens. */
gboolean   fs_coach_is_vague_failure   (const char     *text,
                                        char          **phrase);
/* Words that point at a person ("should have", "human error", "Sam's fault"). */
gboolean   fs_coach_has_blame_language (const char     *text,
                                        char          **phrase);
/* An action item that only asks people to try harder ("be more careful"). */
gboolean   fs_coach_is_try_harder      (const char     *text,
                                        char          **phrase);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FsAdvice, fs_advice_free)

G_END_DECLS
