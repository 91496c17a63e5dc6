/* fs-application-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-application.h"
#include "fs-command-line.h"

G_BEGIN_DECLS

struct _FsApplication
{
  AdwApplication  parent_instance;

  FsCommandLine   options;
  FsSettings     *settings;
  FsStore        *store;
  GError         *library_error;
  char           *library_path;
  char           *usable_backup;  /* the newest backup that opens, when the library does not */
  gboolean        loading;
};

/* fs-application-library.c */
void  fs_application_open_library   (FsApplication *self,
                                     GtkWindow     *window);
void  fs_application_clear_library  (FsApplication *self);

G_END_DECLS
