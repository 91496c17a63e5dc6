/* main.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FsApplication) app = fs_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
