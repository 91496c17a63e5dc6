/* test-store-sharing.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One library in the hands of more than one connection, and on a disk that
 * refuses writes: others' changes are noticed, a lock is waited for, and a
 * write that cannot be made says why and harms nothing already there.
 */

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "fs-store.h"
#include "fs-test-util.h"

static char *
new_library_path (void)
{
  g_autofree char *dir = fs_test_make_dir ();

  return g_build_filename (dir, "library.db", NULL);
}

static FsStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  FsStore *store = fs_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static FsDocument *
new_premortem (const char *title)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);

  fs_document_set_title (document, title);
  return document;
}

static void
count_changes (FsStore *store,
               guint   *changes)
{
  (*changes)++;
}

static void
test_others_changes_are_noticed (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) window = open_store (path);
  g_autoptr(FsStore) terminal = open_store (path);
  g_autoptr(FsDocument) own = new_premortem ("Typed in the window");
  g_autoptr(FsDocument) imported = new_premortem ("Imported from a terminal");
  guint changes = 0;

  g_signal_connect (window, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_false (fs_store_check_for_changes (window));

  /* Its own saves are news to no one but the other. */
  g_assert_true (fs_store_save (window, own, NULL));
  changes = 0;
  g_assert_false (fs_store_check_for_changes (window));
  g_assert_cmpuint (changes, ==, 0);

  g_assert_true (fs_store_save (terminal, imported, NULL));
  g_assert_true (fs_store_check_for_changes (window));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (fs_store_count (window, NULL), ==, 2);
  g_assert_false (fs_store_check_for_changes (window));
  g_assert_cmpuint (changes, ==, 1);
}

typedef struct
{
  char   *path;
  guint   hold_ms;
  GMutex  mutex;
  GCond   cond;
  gboolean locked;
} Holder;

/* Another program writing to the library for HOLD_MS. */
static gpointer
hold_write_lock (gpointer data)
{
  Holder *holder = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (holder->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_mutex_lock (&holder->mutex);
  holder->locked = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->mutex);
  g_usleep (holder->hold_ms * 1000);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return NULL;
}

static GThread *
start_holder (Holder *holder)
{
  GThread *thread = g_thread_new ("holder", hold_write_lock, holder);

  g_mutex_lock (&holder->mutex);
  while (!holder->locked)
    g_cond_wait (&holder->cond, &holder->mutex);
  g_mutex_unlock (&holder->mutex);
  return thread;
}

static void
test_lock_is_waited_for (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = new_premortem ("Saved once the lock is free");
  g_autoptr(GError) error = NULL;
  Holder holder = { .path = path, .hold_ms = 600 };
  GThread *thread;

  /* Told not to wait, a save says the library is busy. */
  fs_store_set_wait (store, 0);
  thread = start_holder (&holder);
  g_assert_false (fs_store_save (store, document, &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_BUSY);
  g_clear_error (&error);

  /* Told to wait longer than the other holds it, it succeeds. */
  fs_store_set_wait (store, 10000);
  g_assert_true (fs_store_save (store, document, &error));
  g_assert_no_error (error);
  g_thread_join (thread);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
}

static void
test_open_waits_for_lock (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) first = open_store (path);
  g_autoptr(FsStore) second = NULL;
  g_autoptr(GError) error = NULL;
  Holder holder = { .path = path, .hold_ms = 600 };
  GThread *thread;

  g_clear_object (&first);
  thread = start_holder (&holder);
  second = fs_store_open_waiting (path, 10000, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_thread_join (thread);
}

static void
test_deleted_library_refuses_writes (void)
{
  g_autofree char *path = new_library_path ();
  g_autofree char *moved = g_strconcat (path, ".moved", NULL);
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = new_premortem ("Nowhere to go");
  g_autoptr(GError) error = NULL;

  g_assert_true (fs_store_save (store, document, NULL));
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  fs_document_set_title (document, "Written to a file no one will find");
  g_assert_false (fs_store_save (store, document, &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_MOVED);
  g_assert_nonnull (strstr (error->message, path));
}

static void
set_file_size_limit (rlim_t limit)
{
  struct rlimit rl;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  rl.rlim_cur = limit;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

static void
test_full_disk_harms_nothing (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) kept = new_premortem ("Already in the library");
  g_autoptr(FsDocument) typed = new_premortem ("Typed while the disk was full");
  g_autoptr(FsDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *filler = g_strnfill (64 * 1024, 'x');
  struct rlimit before;

  g_assert_true (fs_store_save (store, kept, NULL));
  fs_record_set_text (FS_RECORD (typed), FS_DOCUMENT_OVERVIEW_CHANGE, filler);

  /* No file may grow: every write fails as on a full disk (SQLite calls it
   * an I/O error; a real full disk, "full"). The signal that would end the
   * process is ignored. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &before), ==, 0);
  set_file_size_limit (0);
  g_assert_false (fs_store_save (store, typed, &error));
  set_file_size_limit (before.rlim_cur);
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, FS_STORE_ERROR, FS_STORE_ERROR_NO_SPACE) ||
                 g_error_matches (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED));
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  /* Space back, the same save goes through, and nothing was damaged. */
  g_assert_true (fs_store_save (store, typed, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = open_store (path);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 2);
  reloaded = fs_store_load (store, fs_document_get_id (kept), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fs_document_get_title (reloaded), ==, "Already in the library");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/store-sharing/others-changes-are-noticed", test_others_changes_are_noticed);
  g_test_add_func ("/store-sharing/lock-is-waited-for", test_lock_is_waited_for);
  g_test_add_func ("/store-sharing/open-waits-for-lock", test_open_waits_for_lock);
  g_test_add_func ("/store-sharing/deleted-library-refuses-writes",
                   test_deleted_library_refuses_writes);
  g_test_add_func ("/store-sharing/full-disk-harms-nothing", test_full_disk_harms_nothing);

  return g_test_run ();
}
