/* fs-exchange-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fs-exchange.h"

G_BEGIN_DECLS

/* Enough for any section name a schema uses; checked where sections are walked. */
#define FS_EXCHANGE_MAX_SECTIONS 16

/* JSON text, written the same way by the export and by the extra members
 * kept on records. A negative level writes compact text, otherwise pretty
 * text indented by two spaces a level. */
void      fs_exchange_append_string   (GString        *out,
                                       const char     *text);
void      fs_exchange_append_number   (GString        *out,
                                       double          value);
void      fs_exchange_append_newline  (GString        *out,
                                       int             level);
gboolean  fs_exchange_append_node     (GString        *out,
                                       JsonNode       *node,
                                       int             level);
char     *fs_exchange_format_number   (double          value);

gboolean  fs_exchange_set_too_large   (const char     *name,
                                       guint64         size,
                                       GError        **error);

/* Untrusted text to a JSON tree: lexically strict JSON, no deeper than
 * FS_EXCHANGE_MAX_DEPTH, never an empty document. */
JsonNode *fs_exchange_parse           (const char     *data,
                                       gsize           length,
                                       const char     *name,
                                       GError        **error);

/* Whether MEMBER of SECTION (NULL for the record itself) is one of the
 * record's own members for a document of KIND; a section name counts as a
 * member of the record when at least one of its members applies. */
gboolean  fs_exchange_is_known_member (FsRecord       *record,
                                       FsDocumentKind  kind,
                                       const char     *section,
                                       const char     *member);

G_END_DECLS
