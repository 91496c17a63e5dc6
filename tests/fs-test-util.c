/* fs-test-util.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "fs-test-util.h"

/* Every test program runs with a fresh data and config home of its own, so
 * that no test reads or writes the library of the person running them. */
void
fs_test_init (int    *argc,
              char ***argv)
{
  g_autofree char *home = NULL;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;

  g_test_init (argc, argv, NULL);

  home = g_dir_make_tmp ("foresight-test-XXXXXX", NULL);
  g_assert_nonnull (home);
  data = g_build_filename (home, "data", NULL);
  config = g_build_filename (home, "config", NULL);
  cache = g_build_filename (home, "cache", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_unsetenv ("FORESIGHT_LIBRARY");
}

char *
fs_test_make_dir (void)
{
  char *dir = g_dir_make_tmp ("foresight-test-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

char *
fs_test_data_path (const char *name)
{
  const char *dir = g_getenv ("FORESIGHT_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

char *
fs_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

char *
fs_test_file_digest (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}
