/* test-library-backups.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The backups as a user meets them: listed in the preferences and restored
 * from there while the window waits, and offered when the library no longer
 * opens.
 */

#include <string.h>

#include <adwaita.h>

#include "fs-backups-group.h"
#include "fs-exchange.h"
#include "fs-preferences-window.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

#include "fs-app-fixture.h"

/* Imports a fixture; returns the id of its first document. */
static char *
import_fixture (FsStore    *store,
                const char *name)
{
  g_autofree char *path = fs_test_data_path (name);
  g_autoptr(GPtrArray) documents = fs_exchange_read_file (path, NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (documents);
  written = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
  return g_strdup (fs_document_get_id (g_ptr_array_index (documents, 0)));
}

/* The title of document ID in a backup, read from a copy of it so that
 * the backup itself stays as it is. */
static char *
title_in_backup (const char *backup,
                 const char *id)
{
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = NULL;
  g_autoptr(FsDocument) document = NULL;

  g_assert_true (fs_store_copy_backup (backup, copy, &error));
  store = fs_store_open (copy, &error);
  g_assert_no_error (error);
  document = fs_store_load (store, id, &error);
  g_assert_no_error (error);
  return g_strdup (fs_document_get_title (document));
}

static guint
stored_documents (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = fs_store_open (path, &error);

  g_assert_no_error (error);
  return fs_store_count (store, NULL);
}

static GtkWidget *
open_preferences (Fixture *fixture)
{
  GtkWidget *preferences = fs_preferences_window_new (GTK_WINDOW (fixture->window),
                                                      fixture->app);

  gtk_window_present (GTK_WINDOW (preferences));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "library");
  fs_ui_test_settle ();
  return preferences;
}

static GtkListBox *
backup_list (GtkWidget *preferences)
{
  GtkWidget *group = fs_ui_test_find (preferences, FS_TYPE_BACKUPS_GROUP);

  g_assert_nonnull (group);
  return fs_backups_group_get_list (FS_BACKUPS_GROUP (group));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static gboolean
window_ready (gpointer data)
{
  Fixture *fixture = data;

  return !fs_window_is_loading (fixture->window) && fixture->window->store != NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return fs_ui_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  fs_ui_test_wait_until (dialog_shown, NULL);
  return ADW_MESSAGE_DIALOG (fs_ui_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG));
}

static void
body_restore_from_preferences (Fixture *fixture)
{
  FsStore *store = fixture->window->store;
  g_autofree char *premortem = import_fixture (store, "premortem-rich.json");
  g_autofree char *postmortem = NULL;
  g_autofree char *set_aside = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  GtkWidget *preferences;
  GtkListBox *list;
  AdwMessageDialog *dialog;

  g_assert_true (fs_store_backup (store, NULL));
  postmortem = import_fixture (store, "postmortem-rich.json");
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 2);

  /* Typed a moment ago, not saved yet: it goes into the backup of the
   * library as it was, not into the void. */
  g_assert_true (fs_window_open_document (fixture->window, postmortem));
  fs_document_set_title (fs_window_get_document (fixture->window), "Typed before the restore");
  g_assert_true (fixture->window->unsaved);

  preferences = open_preferences (fixture);
  list = backup_list (preferences);
  g_assert_cmpuint (count_rows (list), ==, 1);
  backups = fs_store_list_backups (fixture->library);
  {
    g_autofree char *size = g_format_size (((FsStoreBackup *) backups->pdata[0])->size);
    g_autofree char *contents = g_strdup_printf ("1 document, %s", size);

    g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (list), contents));
  }
  g_clear_pointer (&backups, g_ptr_array_unref);
  fs_ui_test_screenshot (preferences, "preferences-backups");

  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  gtk_widget_activate (fs_ui_test_find (GTK_WIDGET (list), GTK_TYPE_BUTTON));
  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Restore the Backup"));
  adw_message_dialog_response (dialog, "restore");
  fs_ui_test_settle ();
  fs_ui_test_wait_until (window_ready, fixture);

  /* The library is the backup again, in the window and in the file. */
  g_assert_null (preferences);
  g_assert_cmpuint (fs_store_count (fixture->window->store, NULL), ==, 1);
  g_assert_cmpuint (stored_documents (fixture->library), ==, 1);
  g_assert_null (fs_window_get_document (fixture->window));

  /* What it held before is the newest backup, typing included. */
  backups = fs_store_list_backups (fixture->library);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpint (((FsStoreBackup *) g_ptr_array_index (backups, 0))->n_documents, ==, 2);
  set_aside = title_in_backup (((FsStoreBackup *) g_ptr_array_index (backups, 0))->path,
                               postmortem);
  g_assert_cmpstr (set_aside, ==, "Typed before the restore");
  g_assert_true (fs_window_open_document (fixture->window, premortem));
}

static void
test_restore_from_preferences (Fixture       *fixture,
                               gconstpointer  data)
{
  run_app (fixture, body_restore_from_preferences);
}

static gboolean
restore_refused (gpointer data)
{
  Fixture *fixture = data;
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (fs_ui_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG));

  return dialog != NULL && window_ready (fixture) &&
         g_strcmp0 (adw_message_dialog_get_heading (dialog), "The Backup Was Not Restored") == 0;
}

/* Someone still using the library (here, this test) keeps it from being
 * swapped under them: the restore gives up and says so. */
static void
body_busy_library_is_not_restored (Fixture *fixture)
{
  g_autoptr(FsStore) user = g_object_ref (fixture->window->store);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *premortem = import_fixture (user, "premortem-rich.json");

  g_assert_true (fs_store_backup (user, NULL));
  import_fixture (user, "postmortem-rich.json");
  backups = fs_store_list_backups (fixture->library);
  backup = g_strdup (((FsStoreBackup *) g_ptr_array_index (backups, 0))->path);

  fs_application_restore_backup (fixture->app, backup);
  g_assert_true (fs_window_is_loading (fixture->window));
  fs_ui_test_wait_until (restore_refused, fixture);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (fs_ui_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG)),
                               "close");

  g_assert_cmpuint (fs_store_count (fixture->window->store, NULL), ==, 2);
  g_assert_cmpuint (stored_documents (fixture->library), ==, 2);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = fs_store_list_backups (fixture->library);
  g_assert_cmpuint (backups->len, ==, 1);
}

static void
test_busy_library_is_not_restored (Fixture       *fixture,
                                   gconstpointer  data)
{
  run_app (fixture, body_busy_library_is_not_restored);
}

static void
body_damaged_library_opens_backup (Fixture *fixture)
{
  g_autofree char *beside = g_build_filename (fixture->dir, "library-2.db", NULL);
  AdwMessageDialog *dialog;

  g_assert_true (fs_window_is_loading (fixture->window) == FALSE);
  g_assert_null (fixture->window->store);
  g_assert_true (gtk_widget_get_visible (fixture->window->open_backup_button));
  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newest readable backup"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "backup");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "damaged-library-with-backup");

  adw_message_dialog_response (dialog, "backup");
  fs_ui_test_settle ();
  g_assert_nonnull (fixture->window->store);
  g_assert_cmpstr (fs_store_get_path (fixture->window->store), ==, beside);
  g_assert_cmpuint (fs_store_count (fixture->window->store, NULL), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 1);
}

static void
test_damaged_library_opens_backup (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FsStore) store = fs_store_open (fixture->library, &error);
    g_autofree char *id = NULL;

    g_assert_no_error (error);
    id = import_fixture (store, "premortem-rich.json");
    g_assert_true (fs_store_backup (store, NULL));
  }
  g_assert_true (g_file_set_contents (fixture->library, "Not a library any more.\n", -1, NULL));
  before = fs_test_file_digest (fixture->library);
  run_app (fixture, body_damaged_library_opens_backup);
  after = fs_test_file_digest (fixture->library);
  g_assert_cmpstr (before, ==, after);
  backups = fs_store_list_backups (fixture->library);
  g_assert_cmpuint (backups->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

  g_test_add ("/library-backups/restore-from-preferences", Fixture, NULL, setup,
              test_restore_from_preferences, teardown);
  g_test_add ("/library-backups/busy-library-is-not-restored", Fixture, NULL, setup,
              test_busy_library_is_not_restored, teardown);
  g_test_add ("/library-backups/damaged-library-opens-backup", Fixture, NULL, setup,
              test_damaged_library_opens_backup, teardown);

  return g_test_run ();
}
