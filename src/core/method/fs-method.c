/* fs-method.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-method.h"

#define F(field, label) { FS_DOCUMENT_##field, -1, label, 0 }
#define L(list, label)  { -1, FS_DOCUMENT_##list, label, 0 }
#define OPTIONAL_L(list, label)  { -1, FS_DOCUMENT_##list, label, FS_METHOD_PART_OPTIONAL }
#define UNDECIDED_F(field, label) { FS_DOCUMENT_##field, -1, label, FS_METHOD_PART_UNDECIDED }
#define STEP(id, title, questions, parts) \
  { id, title, questions, parts, G_N_ELEMENTS (parts), FALSE }
#define REVIEW(id, title, questions, parts) \
  { id, title, questions, parts, G_N_ELEMENTS (parts), TRUE }

static const FsMethodPart overview[] = {
  F (OVERVIEW_CHANGE, N_("What changes")),
  F (OVERVIEW_REASON, N_("Why it is necessary")),
  F (OVERVIEW_HISTORY, N_("Useful history")),
  F (OVERVIEW_RISK_LEVEL, N_("Risk level")),
  F (OVERVIEW_FAILURE_DATE, N_("Date of the imagined failure")),
};
static const FsMethodPart timeline[] = {
  F (SCHEDULE_START, N_("Starts")),
  F (SCHEDULE_WINDOW, N_("Window it must fit in")),
  F (SCHEDULE_TAKES_EFFECT, N_("Until it takes effect")),
  L (TIMELINE, N_("Timeline")),
  L (PEOPLE, N_("People")),
};
static const FsMethodPart happy_path[] = {
  L (HAPPY_PATH, N_("Steps")),
};
static const FsMethodPart risks[] = {
  L (RISKS, N_("Risks")),
  /* Clusters come with sorting the risks on the board, later if at all. */
  OPTIONAL_L (CLUSTERS, N_("Clusters")),
};
static const FsMethodPart rollback[] = {
  F (ROLLBACK_TRIGGERS, N_("When we roll back")),
  F (ROLLBACK_STEPS, N_("How we roll back")),
  F (ROLLBACK_PERFORMED_BY, N_("Who may roll back")),
  F (ROLLBACK_PREPARED, N_("Prepared in advance")),
  F (ROLLBACK_POINT_OF_NO_RETURN, N_("Point of no return")),
};
static const FsMethodPart go_no_go[] = {
  L (CRITERIA, N_("Criteria")),
  UNDECIDED_F (GO_NO_GO_DECISION, N_("Decision")),
  F (GO_NO_GO_DECIDED_BY, N_("Decided by")),
  F (GO_NO_GO_DECIDED_AT, N_("Decided at")),
};
static const FsMethodPart premortem_review[] = {
  L (ACTION_ITEMS, N_("Action items")),
};

static const FsMethodStep premortem_steps[] = {
  STEP ("overview", N_("Overview"),
        N_("What exactly changes, and why now? What happened the last time something like "
           "this was tried? Then imagine the day it went wrong."), overview),
  STEP ("timeline", N_("Timeline & People"),
        N_("When does it start, what window must it fit in, and how long until it takes "
           "effect? Who does what, when, and who watches which systems?"), timeline),
  STEP ("happy-path", N_("Happy Path"),
        N_("If everything goes to plan, what happens, step by step, and what do we expect "
           "to see at each step? A deviation is the first warning sign."), happy_path),
  STEP ("risks", N_("What Can Go Wrong"),
        N_("It failed. What specifically happened? How would we notice, who is affected, "
           "and what would we do about it?"), risks),
  STEP ("rollback", N_("Rollback Plan"),
        N_("Under which conditions do we roll back, how, and who may decide? What is "
           "prepared beforehand, and after which point does rolling back get harder?"),
        rollback),
  STEP ("go-no-go", N_("Go / No-Go"),
        N_("What must be true before we start and at each checkpoint? Who gives the "
           "signal?"), go_no_go),
  REVIEW ("review", N_("Review"),
        N_("Is every step answered? What is still open before the change window?"),
        premortem_review),
};

static const FsMethodPart incident[] = {
  F (INCIDENT_STARTED, N_("Started")),
  F (INCIDENT_DETECTED, N_("Detected")),
  F (INCIDENT_RESOLVED, N_("Resolved")),
  F (INCIDENT_STATUS, N_("Status")),
  F (INCIDENT_SEVERITY, N_("Severity")),
  F (INCIDENT_FACILITATOR, N_("Facilitator")),
  L (PEOPLE, N_("Participants")),
};
static const FsMethodPart what_went_wrong[] = {
  F (INCIDENT_SUMMARY, N_("Summary")),
  F (IMPACT_DESCRIPTION, N_("Impact on users")),
  F (IMPACT_DURATION_MINUTES, N_("Duration in minutes")),
  F (IMPACT_REQUESTS_PCT, N_("Requests affected (%)")),
  F (IMPACT_USERS_PCT, N_("Users affected (%)")),
  F (IMPACT_DATA_PCT, N_("Data affected (%)")),
  F (IMPACT_CLEANUP, N_("Cleanup needed")),
  F (DETECTION, N_("How it was detected")),
  L (EVENTS, N_("Timeline of events")),
  F (RESOLUTION, N_("Resolution")),
};
static const FsMethodPart why[] = {
  F (TRIGGER, N_("Trigger")),
  L (CAUSES, N_("Root causes")),
  F (WENT_WELL, N_("What went well")),
  F (WENT_BADLY, N_("What went badly")),
  F (GOT_LUCKY, N_("Where we got lucky")),
};
static const FsMethodPart how[] = {
  L (ACTION_ITEMS, N_("Action items")),
  F (LESSONS, N_("Lessons learned")),
};
static const FsMethodPart postmortem_review[] = {
  F (ANONYMIZE, N_("Show roles instead of names")),
};

static const FsMethodStep postmortem_steps[] = {
  STEP ("incident", N_("Incident"),
        N_("When did it start, when was it noticed and when was it over? Who facilitates, "
           "ideally someone who was not at the centre of it?"), incident),
  STEP ("what-went-wrong", N_("What Went Wrong"),
        N_("What did users experience, and how much of it? How did we find out, what "
           "happened when, and what finally fixed it — including what did not?"),
        what_went_wrong),
  STEP ("why", N_("Why"),
        N_("What set it off, and why was it not prevented, not seen sooner, not fixed "
           "faster? There is never a single cause."), why),
  STEP ("how", N_("How"),
        N_("What will we change in our process and our technology so that it does not "
           "happen again, or hurts less? Who owns each item, and by when?"), how),
  REVIEW ("review", N_("Review"),
        N_("Is every step answered? Should names be shown as roles when this is shared?"),
        postmortem_review),
};

const FsMethodStep *
fs_method_get_steps (FsDocumentKind  kind,
                     guint          *n_steps)
{
  g_return_val_if_fail (n_steps != NULL, NULL);

  if (kind == FS_DOCUMENT_KIND_POSTMORTEM)
    {
      *n_steps = G_N_ELEMENTS (postmortem_steps);
      return postmortem_steps;
    }
  *n_steps = G_N_ELEMENTS (premortem_steps);
  return premortem_steps;
}

/* The index of the step with ID among KIND's steps, or -1. */
int
fs_method_find_step (FsDocumentKind  kind,
                     const char     *id)
{
  guint n_steps;
  const FsMethodStep *steps = fs_method_get_steps (kind, &n_steps);

  for (guint i = 0; i < n_steps; i++)
    if (g_strcmp0 (steps[i].id, id) == 0)
      return (int) i;
  return -1;
}

gboolean
fs_method_part_is_answered (const FsMethodPart *part,
                            FsDocument       *document)
{
  const FsSchema *schema;

  g_return_val_if_fail (part != NULL, FALSE);
  g_return_val_if_fail (FS_IS_DOCUMENT (document), FALSE);

  if (part->list >= 0)
    return g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document,
                                                                         part->list))) > 0;

  schema = fs_record_get_schema (FS_RECORD (document));
  /* Choices and switches always hold an answer, if only the default one,
   * unless that default means no decision yet. */
  if (part->flags & FS_METHOD_PART_UNDECIDED)
    return !g_str_equal (fs_record_get_text (FS_RECORD (document), part->field),
                         schema->fields[part->field].choices[0]);
  if (schema->fields[part->field].type == FS_FIELD_CHOICE ||
      schema->fields[part->field].type == FS_FIELD_BOOLEAN)
    return TRUE;
  return !fs_record_is_empty (FS_RECORD (document), part->field);
}

/* Choices and switches hold an answer from the start; a step is only
 * started by one that differs from what a new document holds. */
static gboolean
part_is_changed (const FsMethodPart *part,
                 FsDocument         *document)
{
  FsRecord *record = FS_RECORD (document);
  const FsField *field;

  if (part->list >= 0)
    return fs_method_part_is_answered (part, document);
  field = &fs_record_get_schema (record)->fields[part->field];
  if (field->type == FS_FIELD_CHOICE)
    return !g_str_equal (fs_record_get_text (record, part->field), field->choices[0]);
  if (field->type == FS_FIELD_BOOLEAN)
    return fs_record_get_boolean (record, part->field);
  return !fs_record_is_empty (record, part->field);
}

static gboolean
required_parts_answered (const FsMethodStep *step,
                         FsDocument         *document)
{
  for (guint i = 0; i < step->n_parts; i++)
    if (!(step->parts[i].flags & FS_METHOD_PART_OPTIONAL) &&
        !fs_method_part_is_answered (&step->parts[i], document))
      return FALSE;
  return TRUE;
}

static FsMethodProgress
progress_of_parts (const FsMethodStep *step,
                   FsDocument         *document)
{
  if (required_parts_answered (step, document))
    {
      for (guint i = 0; i < step->n_parts; i++)
        if (part_is_changed (&step->parts[i], document))
          return FS_METHOD_PROGRESS_COMPLETE;
      return FS_METHOD_PROGRESS_EMPTY;
    }
  for (guint i = 0; i < step->n_parts; i++)
    if (part_is_changed (&step->parts[i], document))
      return FS_METHOD_PROGRESS_STARTED;
  return FS_METHOD_PROGRESS_EMPTY;
}

/* The mark of step INDEX of the document's method, derived from what the
 * document holds. A step that reviews the others is complete when they are. */
FsMethodProgress
fs_method_get_progress (FsDocument *document,
                        guint       index)
{
  const FsMethodStep *steps;
  guint n_steps;
  guint complete = 0;
  gboolean started = FALSE;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), FS_METHOD_PROGRESS_EMPTY);

  steps = fs_method_get_steps (fs_document_get_kind (document), &n_steps);
  g_return_val_if_fail (index < n_steps, FS_METHOD_PROGRESS_EMPTY);

  if (!steps[index].reviews_others)
    return progress_of_parts (&steps[index], document);
  for (guint i = 0; i < n_steps; i++)
    {
      FsMethodProgress progress;

      if (steps[i].reviews_others)
        continue;
      progress = progress_of_parts (&steps[i], document);
      complete += progress == FS_METHOD_PROGRESS_COMPLETE;
      started |= progress != FS_METHOD_PROGRESS_EMPTY;
    }
  if (complete == n_steps - 1)
    return FS_METHOD_PROGRESS_COMPLETE;
  return started ? FS_METHOD_PROGRESS_STARTED : FS_METHOD_PROGRESS_EMPTY;
}
