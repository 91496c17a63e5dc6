/* fs-method.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

typedef enum
{
  FS_METHOD_PART_OPTIONAL   = 1 << 0, /* welcome, but a step is complete without it */
  FS_METHOD_PART_UNDECIDED  = 1 << 1, /* a choice whose first value means "not yet" */
} FsMethodPartFlags;

/* One answer a step asks for: a field of the document or one of its lists. */
typedef struct
{
  int               field;   /* an FsDocumentField, or -1 */
  int               list;    /* an FsDocumentList, or -1 */
  const char       *label;   /* untranslated: translate when shown */
  FsMethodPartFlags flags;
} FsMethodPart;

/* A step of the method as DESIGN.md describes it: what it asks and which
 * parts of the document answer it. Its strings are marked, not translated. */
typedef struct
{
  const char       *id;
  const char       *title;
  const char       *questions;
  const FsMethodPart *parts;
  guint             n_parts;
  gboolean          reviews_others; /* complete when every other step is */
} FsMethodStep;

/* How far a step is answered, as its mark in the guide shows it. */
typedef enum
{
  FS_METHOD_PROGRESS_EMPTY,
  FS_METHOD_PROGRESS_STARTED,
  FS_METHOD_PROGRESS_COMPLETE,
} FsMethodProgress;

const FsMethodStep *fs_method_get_steps       (FsDocumentKind  kind,
                                         guint          *n_steps);
int           fs_method_find_step       (FsDocumentKind  kind,
                                         const char     *id);
gboolean      fs_method_part_is_answered (const FsMethodPart *part,
                                         FsDocument     *document);
FsMethodProgress fs_method_get_progress (FsDocument     *document,
                                         guint           index);

G_END_DECLS
