/* fs-guide-lists.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "fs-guide-fields.h"
#include "fs-guide-lists.h"
#include "fs-happened.h"
#include "fs-incident-times.h"
#include "fs-record-list-editor.h"
#include "fs-record-text.h"

#define MAX_COLUMNS 8

/* How the guide edits each list of a document: which fields, in which words.
 * The strings are marked here and translated when an editor is made. */
typedef struct
{
  const char             *title;
  const char             *description;
  const char             *add_label;
  const char             *placeholder;
  FsRecordListEditorFlags flags;
  char                 *(*describe) (FsRecord *item, gpointer data);
  struct { guint field; const char *label; const FsListReference *reference; } columns[MAX_COLUMNS];
} ListSetup;

static const FsListReference cluster_reference = {
  FS_DOCUMENT_CLUSTERS, FS_CLUSTER_ID, FS_CLUSTER_NAME, N_("None"),
};
static const FsListReference cause_reference = {
  FS_DOCUMENT_CAUSES, FS_CAUSE_ID, FS_CAUSE_TEXT, N_("None"),
};

static char *
describe_person (FsRecord *person,
                 gpointer  data)
{
  return g_strdup (fs_record_get_text (person, FS_PERSON_ROLE));
}

static char *
describe_timeline_entry (FsRecord *entry,
                         gpointer  data)
{
  const char *who = fs_record_get_text (entry, FS_TIMELINE_ENTRY_WHO);
  const char * const *actions = fs_record_get_list (entry, FS_TIMELINE_ENTRY_ACTIONS);

  if (actions[0] == NULL)
    return g_strdup (who);
  if (who[0] == '\0')
    return g_strdup (actions[0]);
  return g_strdup_printf ("%s · %s", who, actions[0]);
}

static char *
describe_step (FsRecord *step,
               gpointer  data)
{
  const char *expected = fs_record_get_text (step, FS_STEP_EXPECTED);

  if (expected[0] == '\0')
    return NULL;
  /* Translators: what we expect to observe after a step of the happy path */
  return g_strdup_printf (_("Expect: %s"), expected);
}

static char *
describe_owned (FsRecord *item,
                guint     owner_field,
                guint     state_field)
{
  const char *owner = fs_record_get_text (item, owner_field);
  const char *state = fs_choice_label (fs_record_get_text (item, state_field));

  if (owner[0] == '\0')
    return g_strdup (state);
  return g_strdup_printf ("%s · %s", owner, state);
}

static char *
describe_criterion (FsRecord *criterion,
                    gpointer  data)
{
  return describe_owned (criterion, FS_CRITERION_OWNER, FS_CRITERION_STATE);
}

static char *
describe_action_item (FsRecord *item,
                      gpointer  data)
{
  g_autofree char *owned = describe_owned (item, FS_ACTION_ITEM_OWNER, FS_ACTION_ITEM_STATUS);
  const char *due = fs_record_get_text (item, FS_ACTION_ITEM_DUE);

  if (due[0] == '\0')
    return g_steal_pointer (&owned);
  /* Translators: an action item's owner and status, then its due date */
  return g_strdup_printf (_("%s · due %s"), owned, due);
}

static char *
describe_event (FsRecord *event,
                gpointer  data)
{
  return fs_guide_field_format_moment (fs_record_get_text (event, FS_EVENT_AT), TRUE);
}

static char *
describe_cause (FsRecord *cause,
                gpointer  data)
{
  return g_strdup (fs_choice_label (fs_record_get_text (cause, FS_CAUSE_AREA)));
}

/* A risk's score, its two ratings and its owner, for the line under its title. */
char *
fs_guide_describe_risk (FsRecord *risk,
                        gpointer  unused)
{
  double probability = fs_record_get_number (risk, FS_RISK_PROBABILITY);
  double impact = fs_record_get_number (risk, FS_RISK_IMPACT);
  const char *owner = fs_record_get_text (risk, FS_RISK_OWNER);
  g_autofree char *score = NULL;

  if (probability <= 0 || impact <= 0)
    score = g_strdup (_("Not rated yet"));
  else
    /* Translators: a risk's score, then its probability and impact ratings */
    score = g_strdup_printf (_("Score %g (%g × %g)"), fs_risk_get_score (FS_RISK (risk)),
                             probability, impact);
  if (owner[0] == '\0')
    return g_steal_pointer (&score);
  return g_strdup_printf ("%s · %s", score, owner);
}

static GtkWidget *
risk_badge (FsRecord *risk,
            gpointer  document)
{
  g_autoptr(GPtrArray) links = fs_happened_links (document, fs_record_get_text (risk, FS_RISK_ID));

  return fs_happened_button_new (links);
}

static const ListSetup setups[FS_DOCUMENT_N_LISTS] = {
  [FS_DOCUMENT_PEOPLE] = {
    N_("People"), N_("Everyone with a part in it, with their role and what they answer for."),
    N_("Add Person"), N_("Unnamed person"), 0, describe_person,
    { { FS_PERSON_NAME, N_("Name") }, { FS_PERSON_ROLE, N_("Role") },
      { FS_PERSON_RESPONSIBILITIES, N_("Responsibilities") } } },
  [FS_DOCUMENT_TIMELINE] = {
    N_("Timeline"), N_("When, who, and what they do — including who watches which systems."),
    N_("Add Row"), N_("New row"), FS_RECORD_LIST_EDITOR_NUMBERED, describe_timeline_entry,
    { { FS_TIMELINE_ENTRY_WHEN, N_("When") }, { FS_TIMELINE_ENTRY_WHO, N_("Who") },
      { FS_TIMELINE_ENTRY_ACTIONS, N_("Actions") } } },
  [FS_DOCUMENT_HAPPY_PATH] = {
    N_("Steps"), N_("The script when all goes to plan. A step that does not show what we "
                    "expect is the first warning sign."),
    N_("Add Step"), N_("Untitled step"), FS_RECORD_LIST_EDITOR_NUMBERED, describe_step,
    { { FS_STEP_TITLE, N_("Step") }, { FS_STEP_DETAILS, N_("Technical detail") },
      { FS_STEP_EXPECTED, N_("What we expect to observe") } } },
  [FS_DOCUMENT_CLUSTERS] = {
    N_("Clusters"), N_("Groups of risks, by category or by part of the system."),
    N_("Add Cluster"), N_("Unnamed cluster"), 0, NULL,
    { { FS_CLUSTER_NAME, N_("Name") } } },
  [FS_DOCUMENT_RISKS] = {
    N_("Risks"), N_("Specific failures, each with how we would notice and what we would do."),
    N_("Add Risk"), N_("Unnamed risk"), FS_RECORD_LIST_EDITOR_BRAINSTORM, fs_guide_describe_risk,
    { { FS_RISK_TITLE, N_("What happens") },
      { FS_RISK_SYMPTOMS, N_("Symptoms: how we will know") },
      { FS_RISK_USER_EFFECTS, N_("Effect on users") },
      { FS_RISK_DATA_AFFECTED, N_("Data is affected") },
      { FS_RISK_ACTIONS, N_("Actions that avoid or fix it") },
      { FS_RISK_FIX_WITHOUT_DEPLOY, N_("Can be fixed without a deployment") },
      { FS_RISK_CLEANUP, N_("Cleanup afterwards") },
      { FS_RISK_PROBABILITY, N_("Probability") } } },
  [FS_DOCUMENT_CRITERIA] = {
    N_("Criteria"), N_("What must hold before we start and at each checkpoint."),
    N_("Add Criterion"), N_("New criterion"), 0, describe_criterion,
    { { FS_CRITERION_TEXT, N_("Criterion") }, { FS_CRITERION_OWNER, N_("Owner") },
      { FS_CRITERION_STATE, N_("State") } } },
  [FS_DOCUMENT_EVENTS] = {
    N_("Timeline of Events"), N_("What happened when, including what did not help."),
    N_("Add Event"), N_("New event"), 0, describe_event,
    { { FS_EVENT_TEXT, N_("What happened") }, { FS_EVENT_AT, N_("When") } } },
  [FS_DOCUMENT_CAUSES] = {
    N_("Root Causes"), N_("Several, never one; each tagged with the layer that failed."),
    N_("Add Cause"), N_("New cause"), 0, describe_cause,
    { { FS_CAUSE_TEXT, N_("Cause") }, { FS_CAUSE_AREA, N_("Layer that failed") } } },
  [FS_DOCUMENT_ACTION_ITEMS] = {
    N_("Action Items"), N_("Each with an owner and a date."),
    N_("Add Action Item"), N_("New action item"), 0, describe_action_item,
    { { FS_ACTION_ITEM_TEXT, N_("Action") }, { FS_ACTION_ITEM_KIND, N_("Kind") },
      { FS_ACTION_ITEM_AREA, N_("Aimed at") },
      { FS_ACTION_ITEM_CAUSE, N_("Cause it answers"), &cause_reference },
      { FS_ACTION_ITEM_OWNER, N_("Owner") },
      { FS_ACTION_ITEM_DUE, N_("Due") }, { FS_ACTION_ITEM_STATUS, N_("Status") } } },
};

/* The risk has more fields than a table row can hold: the last ones here. */
static const struct { guint field; const char *label; const FsListReference *reference; } risk_tail[] = {
  { FS_RISK_IMPACT, N_("Impact"), NULL },
  { FS_RISK_CLUSTER, N_("Cluster"), &cluster_reference },
  { FS_RISK_OWNER, N_("Owner"), NULL },
};

/* The editor copies the columns it is given, references included. */
static void
add_column (FsListColumn          *columns,
            FsListReference       *references,
            guint                 *n_columns,
            guint                  field,
            const char            *label,
            const FsListReference *reference)
{
  columns[*n_columns].field = field;
  columns[*n_columns].label = _(label);
  columns[*n_columns].reference = NULL;
  if (reference != NULL)
    {
      references[*n_columns] = *reference;
      references[*n_columns].none_label = _(reference->none_label);
      columns[*n_columns].reference = &references[*n_columns];
    }
  (*n_columns)++;
}

GtkWidget *
fs_guide_list_editor_new (FsDocument     *document,
                          FsDocumentList  list,
                          FsEditHistory  *history)
{
  const ListSetup *setup;
  FsListColumn columns[MAX_COLUMNS + G_N_ELEMENTS (risk_tail)];
  FsListReference references[MAX_COLUMNS + G_N_ELEMENTS (risk_tail)];
  guint n_columns = 0;
  GtkWidget *editor;

  g_return_val_if_fail (list < FS_DOCUMENT_N_LISTS, NULL);

  setup = &setups[list];
  for (guint i = 0; i < MAX_COLUMNS && setup->columns[i].label != NULL; i++)
    {
      /* Pre-mortems' action items have no cause analysis to aim at. */
      if (list == FS_DOCUMENT_ACTION_ITEMS &&
          fs_document_get_kind (document) == FS_DOCUMENT_KIND_PREMORTEM &&
          (setup->columns[i].field == FS_ACTION_ITEM_KIND ||
           setup->columns[i].field == FS_ACTION_ITEM_AREA ||
           setup->columns[i].field == FS_ACTION_ITEM_CAUSE))
        continue;
      add_column (columns, references, &n_columns, setup->columns[i].field,
                  setup->columns[i].label, setup->columns[i].reference);
    }
  if (list == FS_DOCUMENT_RISKS)
    for (guint i = 0; i < G_N_ELEMENTS (risk_tail); i++)
      {
        add_column (columns, references, &n_columns, risk_tail[i].field, risk_tail[i].label,
                    risk_tail[i].reference);
      }

  editor = fs_record_list_editor_new (document, list, history, _(setup->title),
                                      _(setup->description), _(setup->add_label),
                                      columns, n_columns, setup->flags);
  fs_record_list_editor_set_placeholder (FS_RECORD_LIST_EDITOR (editor), _(setup->placeholder));
  if (setup->flags & FS_RECORD_LIST_EDITOR_BRAINSTORM)
    fs_record_list_editor_set_brainstorm_title (FS_RECORD_LIST_EDITOR (editor),
                                                _("New risk: type it and press Enter"));
  if (setup->describe != NULL)
    fs_record_list_editor_set_describe_func (FS_RECORD_LIST_EDITOR (editor), setup->describe,
                                             NULL, NULL);
  /* The risks that incidents proved right, from the chain of post-mortems. */
  if (list == FS_DOCUMENT_RISKS)
    {
      fs_record_list_editor_set_badge_func (FS_RECORD_LIST_EDITOR (editor), risk_badge, document);
      g_signal_connect_object (document, "chain-changed",
                               G_CALLBACK (fs_record_list_editor_refresh_badges), editor,
                               G_CONNECT_SWAPPED);
    }
  /* The timeline reads in time order, however it was typed. */
  if (list == FS_DOCUMENT_EVENTS)
    fs_record_list_editor_set_place_func (FS_RECORD_LIST_EDITOR (editor),
                                          fs_incident_times_event_place);
  return editor;
}
