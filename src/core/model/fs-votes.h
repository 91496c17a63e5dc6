/* fs-votes.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The votes a card got in a workshop, as its votes field holds them: a
 * JSON array of {"by": "name or role", "count": 2}, one entry a voter, in
 * the order they first voted; "" when nobody voted. */

#define FS_VOTES_MAX_COUNT 99

typedef struct
{
  char  *by;
  guint  count;
} FsVote;

GPtrArray *fs_votes_parse      (const char  *text);
gboolean   fs_votes_from_json  (JsonNode    *node,
                                char       **text);
char      *fs_votes_format     (GPtrArray   *votes);
void       fs_votes_write_json (const char  *text,
                                GString     *out);
guint      fs_votes_total      (const char  *text);
guint      fs_votes_by         (const char  *text,
                                const char  *voter);
gboolean   fs_votes_any        (GListModel  *items,
                                guint        field);
char      *fs_votes_add        (const char  *text,
                                const char  *voter,
                                int          change);

G_END_DECLS
