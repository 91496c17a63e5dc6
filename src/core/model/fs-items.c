/* fs-items.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-items.h"

#define TEXT(n)          { n, NULL, n, FS_FIELD_TEXT, 0, NULL, 0, 0 }
#define KEY(n)           { n, NULL, n, FS_FIELD_TEXT, FS_FIELD_NOT_SEARCHED, NULL, 0, 0 }
#define LIST(n)          { n, NULL, n, FS_FIELD_TEXT_LIST, 0, NULL, 0, 0 }
#define FLAG(n)          { n, NULL, n, FS_FIELD_BOOLEAN, 0, NULL, 0, 0 }
#define CHOICE(n, c)     { n, NULL, n, FS_FIELD_CHOICE, FS_FIELD_NOT_SEARCHED, c, 0, 0 }
#define RATING(n)        { n, NULL, n, FS_FIELD_NUMBER, 0, NULL, 0, 5 }
#define DATED(n, f)      { n, NULL, n, FS_FIELD_TEXT, FS_FIELD_NOT_SEARCHED | (f), NULL, 0, 0 }
#define VOTES(n)         { n, NULL, n, FS_FIELD_VOTES, FS_FIELD_OMIT_EMPTY | FS_FIELD_NOT_SEARCHED, NULL, 0, 0 }
#define SCHEMA(t, f)     { t, f, G_N_ELEMENTS (f) }

static const char * const criterion_states[] = { "pending", "go", "no-go", NULL };
static const char * const areas[] = { "avoid", "detect", "fix", NULL };
static const char * const action_kinds[] = { "process", "technology", NULL };
static const char * const action_states[] = { "open", "done", "dropped", NULL };

static const FsField person_fields[] = {
  TEXT ("name"), TEXT ("role"), TEXT ("responsibilities"),
};
static const FsSchema person_schema = SCHEMA ("people", person_fields);

static const FsField timeline_entry_fields[] = {
  TEXT ("when"), TEXT ("who"), LIST ("actions"),
};
static const FsSchema timeline_entry_schema = SCHEMA ("timeline_entries", timeline_entry_fields);

static const FsField step_fields[] = {
  TEXT ("title"), TEXT ("details"), TEXT ("expected"),
};
static const FsSchema step_schema = SCHEMA ("happy_path_steps", step_fields);

static const FsField cluster_fields[] = {
  KEY ("id"), TEXT ("name"), KEY ("color"),
};
static const FsSchema cluster_schema = SCHEMA ("clusters", cluster_fields);

static const FsField risk_fields[] = {
  KEY ("id"), TEXT ("title"), LIST ("symptoms"), TEXT ("user_effects"),
  FLAG ("data_affected"), LIST ("actions"), FLAG ("fix_without_deploy"), TEXT ("cleanup"),
  RATING ("probability"), RATING ("impact"), KEY ("cluster"), TEXT ("owner"), VOTES ("votes"),
};
static const FsSchema risk_schema = SCHEMA ("risks", risk_fields);

static const FsField criterion_fields[] = {
  TEXT ("text"), TEXT ("owner"), CHOICE ("state", criterion_states),
};
static const FsSchema criterion_schema = SCHEMA ("criteria", criterion_fields);

static const FsField event_fields[] = {
  DATED ("at", FS_FIELD_TIMESTAMP), TEXT ("text"),
};
static const FsSchema event_schema = SCHEMA ("events", event_fields);

static const FsField cause_fields[] = {
  KEY ("id"), TEXT ("text"), CHOICE ("area", areas), VOTES ("votes"),
};
static const FsSchema cause_schema = SCHEMA ("causes", cause_fields);

static const FsField action_item_fields[] = {
  KEY ("id"), TEXT ("text"), CHOICE ("kind", action_kinds), CHOICE ("area", areas),
  KEY ("cause"), TEXT ("owner"), DATED ("due", FS_FIELD_DATE), CHOICE ("status", action_states),
};
static const FsSchema action_item_schema = SCHEMA ("action_items", action_item_fields);

FS_DEFINE_RECORD (FsPerson, fs_person, &person_schema)
FS_DEFINE_RECORD (FsTimelineEntry, fs_timeline_entry, &timeline_entry_schema)
FS_DEFINE_RECORD (FsStep, fs_step, &step_schema)
FS_DEFINE_RECORD (FsCluster, fs_cluster, &cluster_schema)
FS_DEFINE_RECORD (FsRisk, fs_risk, &risk_schema)
FS_DEFINE_RECORD (FsCriterion, fs_criterion, &criterion_schema)
FS_DEFINE_RECORD (FsEvent, fs_event, &event_schema)
FS_DEFINE_RECORD (FsCause, fs_cause, &cause_schema)
FS_DEFINE_RECORD (FsActionItem, fs_action_item, &action_item_schema)

double
fs_risk_get_score (FsRisk *self)
{
  g_return_val_if_fail (FS_IS_RISK (self), 0);

  return fs_record_get_number (FS_RECORD (self), FS_RISK_PROBABILITY) *
         fs_record_get_number (FS_RECORD (self), FS_RISK_IMPACT);
}
