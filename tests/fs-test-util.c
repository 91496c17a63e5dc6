/* fs-test-util.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>

#include <glib/gstdio.h>

#include "fs-test-util.h"
#include "fs-document.h"
#include "fs-summary.h"

static char *test_home;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

/* Benchmarks write hundreds of megabytes: nothing stays behind. */
static void
remove_test_home (void)
{
  if (test_home != NULL && g_getenv ("FORESIGHT_KEEP_TEST_FILES") == NULL)
    remove_tree (test_home);
}

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
  test_home = g_strdup (home);
  atexit (remove_test_home);
}

/* A new folder inside the test's home, removed with it at exit. */
char *
fs_test_make_dir (void)
{
  static guint count;
  char *dir;

  g_assert_nonnull (test_home);
  dir = g_strdup_printf ("%s/dir-%u", test_home, ++count);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
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

/* Appends a record to a list of DOCUMENT, its fields given as property
 * name, value pairs ending with NULL (numbers as doubles, lists as char **). */
FsRecord *
fs_test_add_item (FsDocument     *document,
                  FsDocumentList  list,
                  const char     *first_property,
                  ...)
{
  GType type = fs_document_list_info (list)->item_type ();
  g_autoptr(GObject) item = NULL;
  va_list args;

  va_start (args, first_property);
  item = g_object_new_valist (type, first_property, args);
  va_end (args);
  g_list_store_append (fs_document_get_list (document, list), item);
  return FS_RECORD (item);
}

/* Appends to LINKS a post-mortem linked to a pre-mortem, as the library
 * lists it; ANTICIPATED may be NULL. */
void
fs_test_add_link (GListStore         *links,
                  const char         *title,
                  gboolean            asked,
                  const char * const *anticipated)
{
  g_autoptr(FsRecord) link = g_object_new (FS_TYPE_LINK_ENTRY, NULL);
  g_autofree char *id = g_uuid_string_random ();

  fs_record_set_text (link, FS_LINK_ENTRY_POSTMORTEM_ID, id);
  fs_record_set_text (link, FS_LINK_ENTRY_POSTMORTEM_TITLE, title);
  fs_record_set_boolean (link, FS_LINK_ENTRY_ASKED, asked);
  if (anticipated != NULL)
    fs_record_set_list (link, FS_LINK_ENTRY_ANTICIPATED, anticipated);
  g_list_store_append (links, link);
}
