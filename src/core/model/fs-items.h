/* fs-items.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-record.h"

G_BEGIN_DECLS

/* The records a document holds in its lists. Each enum lists a record's
 * fields in schema order: pass them to fs_record_get_text() and friends. */

#define FS_TYPE_PERSON (fs_person_get_type ())
G_DECLARE_FINAL_TYPE (FsPerson, fs_person, FS, PERSON, FsRecord)
typedef enum { FS_PERSON_NAME, FS_PERSON_ROLE, FS_PERSON_RESPONSIBILITIES } FsPersonField;

#define FS_TYPE_TIMELINE_ENTRY (fs_timeline_entry_get_type ())
G_DECLARE_FINAL_TYPE (FsTimelineEntry, fs_timeline_entry, FS, TIMELINE_ENTRY, FsRecord)
typedef enum { FS_TIMELINE_ENTRY_WHEN, FS_TIMELINE_ENTRY_WHO,
               FS_TIMELINE_ENTRY_ACTIONS } FsTimelineEntryField;

#define FS_TYPE_STEP (fs_step_get_type ())
G_DECLARE_FINAL_TYPE (FsStep, fs_step, FS, STEP, FsRecord)
typedef enum { FS_STEP_TITLE, FS_STEP_DETAILS, FS_STEP_EXPECTED } FsStepField;

#define FS_TYPE_CLUSTER (fs_cluster_get_type ())
G_DECLARE_FINAL_TYPE (FsCluster, fs_cluster, FS, CLUSTER, FsRecord)
typedef enum { FS_CLUSTER_ID, FS_CLUSTER_NAME, FS_CLUSTER_COLOR } FsClusterField;

#define FS_TYPE_RISK (fs_risk_get_type ())
G_DECLARE_FINAL_TYPE (FsRisk, fs_risk, FS, RISK, FsRecord)
typedef enum { FS_RISK_ID, FS_RISK_TITLE, FS_RISK_SYMPTOMS, FS_RISK_USER_EFFECTS,
               FS_RISK_DATA_AFFECTED, FS_RISK_ACTIONS, FS_RISK_FIX_WITHOUT_DEPLOY,
               FS_RISK_CLEANUP, FS_RISK_PROBABILITY, FS_RISK_IMPACT, FS_RISK_CLUSTER,
               FS_RISK_OWNER, FS_RISK_VOTES } FsRiskField;

#define FS_TYPE_CRITERION (fs_criterion_get_type ())
G_DECLARE_FINAL_TYPE (FsCriterion, fs_criterion, FS, CRITERION, FsRecord)
typedef enum { FS_CRITERION_TEXT, FS_CRITERION_OWNER, FS_CRITERION_STATE } FsCriterionField;

#define FS_TYPE_EVENT (fs_event_get_type ())
G_DECLARE_FINAL_TYPE (FsEvent, fs_event, FS, EVENT, FsRecord)
typedef enum { FS_EVENT_AT, FS_EVENT_TEXT } FsEventField;

#define FS_TYPE_CAUSE (fs_cause_get_type ())
G_DECLARE_FINAL_TYPE (FsCause, fs_cause, FS, CAUSE, FsRecord)
typedef enum { FS_CAUSE_ID, FS_CAUSE_TEXT, FS_CAUSE_AREA, FS_CAUSE_VOTES } FsCauseField;

#define FS_TYPE_ACTION_ITEM (fs_action_item_get_type ())
G_DECLARE_FINAL_TYPE (FsActionItem, fs_action_item, FS, ACTION_ITEM, FsRecord)
typedef enum { FS_ACTION_ITEM_ID, FS_ACTION_ITEM_TEXT, FS_ACTION_ITEM_KIND,
               FS_ACTION_ITEM_AREA, FS_ACTION_ITEM_CAUSE, FS_ACTION_ITEM_OWNER,
               FS_ACTION_ITEM_DUE, FS_ACTION_ITEM_STATUS } FsActionItemField;

double fs_risk_get_score (FsRisk *self);

G_END_DECLS
