/* fs-command-line.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The options of DESIGN.md's command line, as GOption parsed them. */
typedef struct
{
  char     *library;
  gboolean  list;
  gboolean  json;
  char     *import;
  char     *export_id;
  char     *format;
  char     *output;
  gboolean  version;
} FsCommandLine;

gboolean fs_command_line_is_batch (const FsCommandLine *options);
int      fs_command_line_run      (const FsCommandLine *options);
void     fs_command_line_clear    (FsCommandLine       *options);

G_END_DECLS
