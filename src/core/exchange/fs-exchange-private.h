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

/* Where each element of the root's "documents" array lies in the text, as
 * found by fs_exchange_check(): from START up to but not including END.
 * REGULAR is FALSE when the text has a shape this layout cannot describe
 * (the root not an object, "documents" absent, twice or not an array, …);
 * such a text is to be read whole with fs_exchange_read_data(). */
typedef struct
{
  gsize start;
  gsize end;
} FsExchangeRange;

typedef struct
{
  gboolean  regular;
  gsize     documents_open;   /* the offset of the array's "[" */
  gsize     documents_close;  /* the offset of its "]" */
  GArray   *elements;         /* of FsExchangeRange, allocated by the caller */
} FsExchangeLayout;

gboolean    fs_exchange_read_contents (const char        *path,
                                       const char        *name,
                                       char             **contents,
                                       gsize             *length,
                                       GError           **error);
/* The strict check of fs_exchange_parse() alone, noting LAYOUT if not NULL. */
gboolean    fs_exchange_check         (const char        *data,
                                       gsize              length,
                                       const char        *name,
                                       FsExchangeLayout  *layout,
                                       GError           **error);
/* The envelope's checks, in the order and with the messages of
 * fs_exchange_read_data(). */
gboolean    fs_exchange_read_envelope (JsonNode          *root,
                                       const char        *name,
                                       GError           **error);
/* Element INDEX of "documents"; IDS (id → index + 1, ids owned by the
 * table) refuses an id seen before, as fs_exchange_read_data() does. */
FsDocument *fs_exchange_read_document (JsonNode          *node,
                                       const char        *name,
                                       guint              index,
                                       GHashTable        *ids,
                                       GError           **error);

/* Whether MEMBER of SECTION (NULL for the record itself) is one of the
 * record's own members for a document of KIND; a section name counts as a
 * member of the record when at least one of its members applies. */
gboolean  fs_exchange_is_known_member (FsRecord       *record,
                                       FsDocumentKind  kind,
                                       const char     *section,
                                       const char     *member);

G_END_DECLS
