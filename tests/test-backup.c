/* test-backup.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "fs-store.h"
#include "fs-test-util.h"

/* Copies of a library beside it, made before a migration and once a day,
 * the newest seven kept, and put back whole. */

static char *
new_library (guint n_documents)
{
  g_autofree char *dir = fs_test_make_dir ();
  char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = fs_store_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_documents; i++)
    {
      g_autofree char *title = g_strdup_printf ("Document %u", i + 1);

      g_object_unref (fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, title, &error));
      g_assert_no_error (error);
    }
  return path;
}

static FsStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  FsStore *store = fs_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static guint
count_backups (const char *path)
{
  g_autoptr(GPtrArray) backups = fs_store_list_backups (path);

  return backups->len;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static int
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *statement;
  int value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

/* A backup made a number of days ago, as the clock would have named it. */
static void
age_backup (const char *backup,
            int         days)
{
  g_autofree char *folder = g_path_get_dirname (backup);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);
  g_autofree char *stamp = g_date_time_format (then, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("library-%s.db", stamp);
  g_autofree char *aged = g_build_filename (folder, name, NULL);

  g_assert_cmpint (g_rename (backup, aged), ==, 0);
}

static char *
newest_backup (const char *path)
{
  g_autoptr(GPtrArray) backups = fs_store_list_backups (path);

  g_assert_cmpuint (backups->len, >, 0);
  return g_strdup (((FsStoreBackup *) g_ptr_array_index (backups, 0))->path);
}

/* Once a day at the most, private like the library, counted; an empty
 * library has nothing to lose and gets none. */
static void
test_daily (void)
{
  g_autofree char *empty = new_library (0);
  g_autofree char *path = new_library (2);
  g_autofree char *folder = fs_store_backup_folder (path);
  g_autofree char *backup = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(FsStore) store = NULL;
  FsStoreBackup *first;
  GStatBuf info;

  g_object_unref (open_store (empty));
  g_assert_cmpuint (count_backups (empty), ==, 0);

  store = open_store (path);
  backups = fs_store_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 1);
  first = g_ptr_array_index (backups, 0);
  g_assert_cmpint (first->n_documents, ==, 2);
  g_assert_cmpint (first->size, >, 0);
  g_assert_cmpint (ABS (first->created - g_get_real_time () / G_USEC_PER_SEC), <, 60);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (first->path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_clear_object (&store);

  /* The same day: no second one. */
  g_object_unref (open_store (path));
  g_assert_cmpuint (count_backups (path), ==, 1);

  /* A day later: another. */
  backup = newest_backup (path);
  age_backup (backup, 2);
  g_object_unref (open_store (path));
  g_assert_cmpuint (count_backups (path), ==, 2);
}

/* The newest seven stay; other files in the folder are left alone. */
static void
test_keeps_seven (void)
{
  g_autofree char *path = new_library (1);
  g_autofree char *folder = fs_store_backup_folder (path);
  g_autofree char *stranger = g_build_filename (folder, "notes.txt", NULL);

  for (int day = 1; day <= 9; day++)
    {
      g_autofree char *backup = NULL;

      g_object_unref (open_store (path));
      backup = newest_backup (path);
      age_backup (backup, 20 - day);
    }
  g_assert_true (g_file_set_contents (stranger, "keep me", -1, NULL));
  g_object_unref (open_store (path));
  g_assert_cmpuint (count_backups (path), ==, FS_STORE_BACKUPS_KEPT);
  g_assert_true (g_file_test (stranger, G_FILE_TEST_EXISTS));
}

/* A library of an older version is backed up as it was, before it changes. */
static void
test_before_migration (void)
{
  g_autofree char *path = new_library (1);
  g_autoptr(GPtrArray) backups = NULL;

  raw_exec (path, "DROP INDEX documents_by_premortem; "
                  "ALTER TABLE documents DROP COLUMN anticipated_asked; "
                  "PRAGMA user_version = 2;");
  g_object_unref (open_store (path));
  g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, FS_STORE_SCHEMA_VERSION);
  backups = fs_store_list_backups (path);
  g_assert_cmpuint (backups->len, >=, 1);
  g_assert_cmpint (raw_int (((FsStoreBackup *) g_ptr_array_index (backups, backups->len - 1))->path,
                            "PRAGMA user_version"), ==, 2);
}

/* A migration that cannot be backed up first does not run. */
static void
test_no_migration_without_backup (void)
{
  g_autofree char *path = new_library (1);
  g_autofree char *folder = fs_store_backup_folder (path);
  g_autoptr(GError) error = NULL;
  FsStore *store;

  raw_exec (path, "DROP INDEX documents_by_premortem; "
                  "ALTER TABLE documents DROP COLUMN anticipated_asked; "
                  "PRAGMA user_version = 2;");
  /* A file where the folder should be: even root cannot make it a folder. */
  g_assert_true (g_file_set_contents (folder, "", 0, NULL));
  store = fs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "backed up"));
  g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, 2);
}

/* Restoring puts the backup in the library's place, and the library as it
 * was among the backups, so that the restore can be taken back. */
static void
test_restore (void)
{
  g_autofree char *path = new_library (1);
  g_autofree char *backup = NULL;
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  backup = newest_backup (path);
  age_backup (backup, 3);
  g_free (backup);
  backup = newest_backup (path);
  g_object_unref (fs_store_create (store, FS_DOCUMENT_KIND_POSTMORTEM, "Written after", NULL));
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 2);
  g_clear_object (&store);

  g_assert_true (fs_store_restore_backup (path, backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  store = open_store (path);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
  g_clear_object (&store);
  backups = fs_store_list_backups (path);
  g_assert_cmpint (((FsStoreBackup *) g_ptr_array_index (backups, 0))->n_documents, ==, 2);
}

/* A damaged library stays as it is; the newest backup that opens becomes a
 * new library beside it. */
static void
test_damaged_library (void)
{
  g_autofree char *path = new_library (3);
  g_autofree char *digest = NULL;
  g_autofree char *usable = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *recovered = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = NULL;

  g_object_unref (open_store (path));
  usable = newest_backup (path);
  age_backup (usable, 2);
  g_clear_pointer (&usable, g_free);
  /* A newer backup that is itself damaged is passed over. */
  folder = fs_store_backup_folder (path);
  broken = g_build_filename (folder, "library-20991231-235959.db", NULL);
  g_assert_true (g_file_set_contents (broken, "not a database", -1, NULL));

  g_assert_true (g_file_set_contents (path, "SQLite format 3\n and then garbage", -1, NULL));
  digest = fs_test_file_digest (path);
  store = fs_store_open (path, &error);
  g_assert_null (store);
  g_clear_error (&error);

  usable = fs_store_find_usable_backup (path);
  g_assert_nonnull (usable);
  g_assert_cmpstr (usable, !=, broken);
  recovered = g_build_filename (folder, "..", "library-recovered.db", NULL);
  g_assert_true (fs_store_copy_backup (usable, recovered, &error));
  g_assert_no_error (error);
  g_assert_false (fs_store_copy_backup (usable, recovered, NULL));
  store = open_store (recovered);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 3);
  g_free (usable);
  usable = fs_test_file_digest (path);
  g_assert_cmpstr (usable, ==, digest);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/backup/daily", test_daily);
  g_test_add_func ("/backup/keeps-seven", test_keeps_seven);
  g_test_add_func ("/backup/before-migration", test_before_migration);
  g_test_add_func ("/backup/no-migration-without-backup", test_no_migration_without_backup);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/damaged-library", test_damaged_library);

  return g_test_run ();
}
