/* fs-summary.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-record.h"

G_BEGIN_DECLS

/* What the library lists of a document without loading it whole. */
#define FS_TYPE_SUMMARY (fs_summary_get_type ())
G_DECLARE_FINAL_TYPE (FsSummary, fs_summary, FS, SUMMARY, FsRecord)
typedef enum
{
  FS_SUMMARY_ID,
  FS_SUMMARY_KIND,
  FS_SUMMARY_TITLE,
  FS_SUMMARY_STATUS,
  FS_SUMMARY_CREATED,
  FS_SUMMARY_MODIFIED,
  FS_SUMMARY_RISKS,             /* number of risks */
  FS_SUMMARY_ACTION_ITEMS,      /* number of action items */
  FS_SUMMARY_OPEN_ACTION_ITEMS, /* number of action items still open */
  FS_SUMMARY_INCIDENTS,         /* a pre-mortem's linked post-mortems */
  FS_SUMMARY_FORESEEN,          /* those of them that were an instance of one of its risks */
  FS_SUMMARY_SNIPPET,           /* the matching text of a search, else "" */
} FsSummaryField;

/* One action item as the library-wide list shows it, with its document. */
#define FS_TYPE_ACTION_ENTRY (fs_action_entry_get_type ())
G_DECLARE_FINAL_TYPE (FsActionEntry, fs_action_entry, FS, ACTION_ENTRY, FsRecord)
typedef enum
{
  FS_ACTION_ENTRY_DOCUMENT_ID,
  FS_ACTION_ENTRY_DOCUMENT_TITLE,
  FS_ACTION_ENTRY_DOCUMENT_KIND,
  FS_ACTION_ENTRY_ID,
  FS_ACTION_ENTRY_TEXT,
  FS_ACTION_ENTRY_KIND,
  FS_ACTION_ENTRY_AREA,
  FS_ACTION_ENTRY_OWNER,
  FS_ACTION_ENTRY_DUE,
  FS_ACTION_ENTRY_STATUS,
  FS_ACTION_ENTRY_CHAIN,        /* the pre-mortem its document is or is linked to, or "" */
  FS_ACTION_ENTRY_CHAIN_TITLE,  /* that pre-mortem's title */
} FsActionEntryField;

gboolean fs_action_entry_is_overdue (FsRecord  *entry,
                                     GDateTime *now);

/* A post-mortem linked to a pre-mortem, as the pre-mortem's side shows it. */
#define FS_TYPE_LINK_ENTRY (fs_link_entry_get_type ())
G_DECLARE_FINAL_TYPE (FsLinkEntry, fs_link_entry, FS, LINK_ENTRY, FsRecord)
typedef enum
{
  FS_LINK_ENTRY_POSTMORTEM_ID,
  FS_LINK_ENTRY_POSTMORTEM_TITLE,
  FS_LINK_ENTRY_PREMORTEM_ID,
  FS_LINK_ENTRY_ASKED,          /* FALSE until its team looked at the risks */
  FS_LINK_ENTRY_ANTICIPATED,    /* the ids of the risks it was an instance of */
} FsLinkEntryField;

gboolean fs_link_entry_anticipated (FsRecord   *entry,
                                    const char *risk_id);

G_END_DECLS
