/* fs-summary.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fs-summary.h"

#define TEXT(n)  { n, NULL, n, FS_FIELD_TEXT, 0, NULL, 0, 0 }
#define COUNT(n) { n, NULL, n, FS_FIELD_NUMBER, 0, NULL, 0, G_MAXINT32 }
#define FLAG(n)  { n, NULL, n, FS_FIELD_BOOLEAN, 0, NULL, 0, 0 }
#define LIST(n)  { n, NULL, n, FS_FIELD_TEXT_LIST, 0, NULL, 0, 0 }

static const FsField summary_fields[] = {
  TEXT ("id"), TEXT ("kind"), TEXT ("title"), TEXT ("status"), TEXT ("created"),
  TEXT ("modified"), COUNT ("risks"), COUNT ("action_items"), COUNT ("open_action_items"),
  COUNT ("incidents"), COUNT ("foreseen"), TEXT ("snippet"),
};
static const FsSchema summary_schema = { NULL, summary_fields, G_N_ELEMENTS (summary_fields) };

static const FsField action_entry_fields[] = {
  TEXT ("document_id"), TEXT ("document_title"), TEXT ("document_kind"), TEXT ("id"),
  TEXT ("text"), TEXT ("kind"), TEXT ("area"), TEXT ("owner"), TEXT ("due"), TEXT ("status"),
  TEXT ("chain"), TEXT ("chain_title"),
};
static const FsSchema action_entry_schema = {
  NULL, action_entry_fields, G_N_ELEMENTS (action_entry_fields)
};

static const FsField link_entry_fields[] = {
  TEXT ("postmortem_id"), TEXT ("postmortem_title"), TEXT ("premortem_id"), FLAG ("asked"),
  LIST ("anticipated"),
};
static const FsSchema link_entry_schema = {
  NULL, link_entry_fields, G_N_ELEMENTS (link_entry_fields)
};

FS_DEFINE_RECORD (FsSummary, fs_summary, &summary_schema)
FS_DEFINE_RECORD (FsActionEntry, fs_action_entry, &action_entry_schema)
FS_DEFINE_RECORD (FsLinkEntry, fs_link_entry, &link_entry_schema)

/* Open, with a due date before the day of now. */
gboolean
fs_action_entry_is_overdue (FsRecord  *entry,
                            GDateTime *now)
{
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *due = fs_record_get_text (entry, FS_ACTION_ENTRY_DUE);

  return g_str_equal (fs_record_get_text (entry, FS_ACTION_ENTRY_STATUS), "open") &&
         due[0] != '\0' && strcmp (due, today) < 0;
}

/* Whether the post-mortem of the link says it was an instance of that risk. */
gboolean
fs_link_entry_anticipated (FsRecord   *entry,
                           const char *risk_id)
{
  const char * const *anticipated = fs_record_get_list (entry, FS_LINK_ENTRY_ANTICIPATED);

  return risk_id != NULL && risk_id[0] != '\0' &&
         g_strv_contains (anticipated, risk_id);
}
