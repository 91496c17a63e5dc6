/* fs-document.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fs-items.h"

G_BEGIN_DECLS

#define FS_TYPE_DOCUMENT (fs_document_get_type ())

G_DECLARE_FINAL_TYPE (FsDocument, fs_document, FS, DOCUMENT, FsRecord)

typedef struct _FsChain FsChain;

typedef enum
{
  FS_DOCUMENT_ID,
  FS_DOCUMENT_KIND,
  FS_DOCUMENT_TITLE,
  FS_DOCUMENT_STATUS,
  FS_DOCUMENT_CREATED,
  FS_DOCUMENT_MODIFIED,
  FS_DOCUMENT_AUTHORS,
  FS_DOCUMENT_TAGS,
  FS_DOCUMENT_OVERVIEW_CHANGE,
  FS_DOCUMENT_OVERVIEW_REASON,
  FS_DOCUMENT_OVERVIEW_HISTORY,
  FS_DOCUMENT_OVERVIEW_RISK_LEVEL,
  FS_DOCUMENT_OVERVIEW_FAILURE_DATE,
  FS_DOCUMENT_SCHEDULE_START,
  FS_DOCUMENT_SCHEDULE_WINDOW,
  FS_DOCUMENT_SCHEDULE_TAKES_EFFECT,
  FS_DOCUMENT_ROLLBACK_TRIGGERS,
  FS_DOCUMENT_ROLLBACK_STEPS,
  FS_DOCUMENT_ROLLBACK_PERFORMED_BY,
  FS_DOCUMENT_ROLLBACK_PREPARED,
  FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN,
  FS_DOCUMENT_GO_NO_GO_DECISION,
  FS_DOCUMENT_GO_NO_GO_DECIDED_BY,
  FS_DOCUMENT_GO_NO_GO_DECIDED_AT,
  FS_DOCUMENT_INCIDENT_STARTED,
  FS_DOCUMENT_INCIDENT_DETECTED,
  FS_DOCUMENT_INCIDENT_RESOLVED,
  FS_DOCUMENT_INCIDENT_STATUS,
  FS_DOCUMENT_INCIDENT_SEVERITY,
  FS_DOCUMENT_INCIDENT_FACILITATOR,
  FS_DOCUMENT_INCIDENT_SUMMARY,
  FS_DOCUMENT_IMPACT_DESCRIPTION,
  FS_DOCUMENT_IMPACT_DURATION_MINUTES,
  FS_DOCUMENT_IMPACT_REQUESTS_PCT,
  FS_DOCUMENT_IMPACT_USERS_PCT,
  FS_DOCUMENT_IMPACT_DATA_PCT,
  FS_DOCUMENT_IMPACT_CLEANUP,
  FS_DOCUMENT_TRIGGER,
  FS_DOCUMENT_DETECTION,
  FS_DOCUMENT_RESOLUTION,
  FS_DOCUMENT_WENT_WELL,
  FS_DOCUMENT_WENT_BADLY,
  FS_DOCUMENT_GOT_LUCKY,
  FS_DOCUMENT_LESSONS,
  FS_DOCUMENT_ANONYMIZE,
  FS_DOCUMENT_PREMORTEM,
  FS_DOCUMENT_ANTICIPATED,
  FS_DOCUMENT_ANTICIPATED_ASKED, /* FALSE until the risks were looked at: none is an answer too */
  FS_DOCUMENT_N_FIELDS
} FsDocumentField;

/* The lists of records a document holds, each a GListStore. */
typedef enum
{
  FS_DOCUMENT_PEOPLE,
  FS_DOCUMENT_TIMELINE,
  FS_DOCUMENT_HAPPY_PATH,
  FS_DOCUMENT_CLUSTERS,
  FS_DOCUMENT_RISKS,
  FS_DOCUMENT_CRITERIA,
  FS_DOCUMENT_EVENTS,
  FS_DOCUMENT_CAUSES,
  FS_DOCUMENT_ACTION_ITEMS,
  FS_DOCUMENT_N_LISTS
} FsDocumentList;

typedef struct
{
  const char     *section;      /* JSON object holding the list, NULL for the document */
  const char     *member;       /* JSON member name */
  FsFieldFlags    flags;        /* FS_FIELD_PREMORTEM or FS_FIELD_POSTMORTEM, or 0 */
  FsDocumentField before_field; /* where the list stands among the fields in an export */
  GType         (*item_type) (void);
} FsDocumentListInfo;

const FsDocumentListInfo *fs_document_list_info      (FsDocumentList  list);
gboolean                  fs_document_list_applies   (FsDocumentList  list,
                                                      FsDocumentKind  kind);
const char               *fs_document_kind_to_string (FsDocumentKind  kind);
gboolean                  fs_document_kind_from_string (const char   *text,
                                                      FsDocumentKind *kind);
char                     *fs_timestamp_now           (void);

FsDocument      *fs_document_new       (FsDocumentKind  kind);
const char      *fs_document_get_id    (FsDocument     *self);
FsDocumentKind   fs_document_get_kind  (FsDocument     *self);
const char      *fs_document_get_title (FsDocument     *self);
void             fs_document_set_title (FsDocument     *self,
                                        const char     *title);
GListStore      *fs_document_get_list  (FsDocument     *self,
                                        FsDocumentList  list);
void             fs_document_touch     (FsDocument     *self);
void             fs_document_follow_items (FsDocument  *self);
FsDocument      *fs_document_copy      (FsDocument     *self);
FsChain         *fs_document_get_chain (FsDocument     *self);
void             fs_document_set_chain (FsDocument     *self,
                                        FsChain        *chain);
FsDocument      *fs_document_duplicate (FsDocument     *self);
GPtrArray       *fs_document_rank_risks (FsDocument    *self);
FsRecord        *fs_document_new_item  (FsDocument     *self,
                                        FsDocumentList  list);
FsRecord        *fs_document_find_item (FsDocument     *self,
                                        FsDocumentList  list,
                                        const char     *id);

G_END_DECLS
