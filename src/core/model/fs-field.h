/* fs-field.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a member of the exchange format is held, stored and checked. */
typedef enum
{
  FS_FIELD_TEXT,            /* a string, "" when empty */
  FS_FIELD_CHOICE,          /* a string from choices; choices[0] is the default */
  FS_FIELD_TEXT_LIST,       /* a list of strings */
  FS_FIELD_BOOLEAN,
  FS_FIELD_NUMBER,          /* a double between min and max, 0 by default */
  FS_FIELD_OPTIONAL_NUMBER, /* a double between min and max, or NaN for null */
  FS_FIELD_VOTES,           /* who voted and how often, as fs-votes.h writes it; "" for none */
} FsFieldType;

typedef enum
{
  FS_FIELD_REQUIRED     = 1 << 0, /* an import without it is refused */
  FS_FIELD_PREMORTEM    = 1 << 1, /* belongs to pre-mortems only */
  FS_FIELD_POSTMORTEM   = 1 << 2, /* belongs to post-mortems only */
  FS_FIELD_OMIT_EMPTY   = 1 << 3, /* left out of an export while empty */
  FS_FIELD_NOT_SEARCHED = 1 << 4, /* ids, dates and colours stay out of the search index */
  FS_FIELD_TIMESTAMP    = 1 << 5, /* an ISO 8601 date and time, or "" */
  FS_FIELD_DATE         = 1 << 6, /* an ISO 8601 date (YYYY-MM-DD), or "" */
  FS_FIELD_PRESENCE     = 1 << 7, /* a boolean: whether the field before it was given at all;
                                   * no member of its own, and that field is left out of an
                                   * export while it is FALSE */
} FsFieldFlags;

typedef struct
{
  const char         *name;    /* SQL column; the property is the same with '-' for '_' */
  const char         *section; /* JSON object holding the member, NULL for the record */
  const char         *member;  /* JSON member name, NULL for FS_FIELD_PRESENCE */
  FsFieldType         type;
  FsFieldFlags        flags;
  const char * const *choices;
  double              min;
  double              max;
} FsField;

/* The fields of one kind of record and the table that stores them. */
typedef struct
{
  const char    *table;
  const FsField *fields;
  guint          n_fields;
} FsSchema;

typedef enum
{
  FS_DOCUMENT_KIND_PREMORTEM,
  FS_DOCUMENT_KIND_POSTMORTEM,
} FsDocumentKind;

gboolean    fs_field_applies_to   (const FsField  *field,
                                   FsDocumentKind  kind);
gboolean    fs_field_is_choice    (const FsField  *field,
                                   const char     *value);
int         fs_schema_find_field  (const FsSchema *schema,
                                   const char     *name);

G_END_DECLS
