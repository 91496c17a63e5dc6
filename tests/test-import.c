/* test-import.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-exchange.h"
#include "fs-store.h"
#include "fs-test-util.h"

static FsStore *
open_new_store (char **out_dir)
{
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  FsStore *store = fs_store_open (path, &error);

  g_assert_no_error (error);
  if (out_dir != NULL)
    *out_dir = g_steal_pointer (&dir);
  return store;
}

static GPtrArray *
read_fixture (const char *name)
{
  g_autofree char *path = fs_test_data_path (name);
  g_autoptr(GError) error = NULL;
  GPtrArray *documents = fs_exchange_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (documents);
  return documents;
}

/* The exchange file is the backup: what goes into a library through it must
 * come out the same, byte for byte. */
static void
round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = fs_test_data_path (name);
  g_autofree char *expected = fs_test_read_file (path);
  g_autoptr(FsStore) store = open_new_store (NULL);
  g_autoptr(GPtrArray) documents = read_fixture (name);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;

  written = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, documents->len);

  for (guint i = 0; i < written->len; i++)
    {
      FsDocument *document = fs_store_load (store, g_ptr_array_index (written, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (loaded, document);
    }
  exported = fs_exchange_write (loaded, NULL);
  g_assert_cmpstr (exported, ==, expected);
}

static void
reimport_is_idempotent (void)
{
  g_autoptr(FsStore) store = open_new_store (NULL);
  g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;

  first = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
  second = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpuint (second->len, ==, 0);
  g_assert_cmpuint (fs_store_count (store, &error), ==, 1);
}

static void
newer_file_wins (void)
{
  g_autoptr(FsStore) store = open_new_store (NULL);
  g_autoptr(GPtrArray) original = read_fixture ("premortem-rich.json");
  g_autoptr(GPtrArray) newer = read_fixture ("premortem-rich.json");
  g_autoptr(GPtrArray) older = read_fixture ("premortem-rich.json");
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(FsDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  FsRecord *newer_doc = g_ptr_array_index (newer, 0);
  FsRecord *older_doc = g_ptr_array_index (older, 0);

  written = fs_store_import (store, original, &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, g_ptr_array_unref);

  fs_record_set_text (older_doc, FS_DOCUMENT_TITLE, "An older title");
  fs_record_set_text (older_doc, FS_DOCUMENT_MODIFIED, "2001-01-01T00:00:00Z");
  written = fs_store_import (store, older, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 0);
  g_clear_pointer (&written, g_ptr_array_unref);

  fs_record_set_text (newer_doc, FS_DOCUMENT_TITLE, "A newer title");
  fs_record_set_text (newer_doc, FS_DOCUMENT_MODIFIED, "2099-01-01T00:00:00Z");
  written = fs_store_import (store, newer, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 1);

  loaded = fs_store_load (store, fs_document_get_id (FS_DOCUMENT (newer_doc)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fs_document_get_title (loaded), ==, "A newer title");
  g_assert_cmpuint (fs_store_count (store, &error), ==, 1);
}

static void
refused_file_writes_nothing (void)
{
  g_autoptr(FsStore) store = open_new_store (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *fixture = fs_test_data_path ("premortem-rich.json");
  g_autofree char *text = fs_test_read_file (fixture);
  g_autoptr(GString) broken = g_string_new (text);

  /* A valid first document followed by one with a bad probability. */
  g_assert_cmpuint (g_string_replace (broken, "\"documents\": [",
                                      "\"documents\": [{\"id\": \"x\", "
                                      "\"kind\": \"premortem\", \"title\": \"ok\"}, ", 1),
                    ==, 1);
  g_assert_cmpuint (g_string_replace (broken, "\"probability\": 2.5", "\"probability\": 9", 1),
                    ==, 1);
  documents = fs_exchange_read_data (broken->str, broken->len, "broken.json", &error);
  g_assert_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_INVALID);
  g_assert_null (documents);
  g_assert_nonnull (strstr (error->message, "broken.json"));
  g_assert_nonnull (strstr (error->message, "probability"));
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 0);
}

typedef struct
{
  FsStore    *store;
  const char *id;
  gboolean    done;
  guint       loads;
} Reader;

static gpointer
read_while_writing (gpointer data)
{
  Reader *reader = data;

  while (!g_atomic_int_get (&reader->done))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FsDocument) loaded = fs_store_load (reader->store, reader->id, &error);
      GListModel *risks;

      g_assert_no_error (error);
      risks = G_LIST_MODEL (fs_document_get_list (loaded, FS_DOCUMENT_RISKS));
      g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 9);
      reader->loads++;
    }
  return NULL;
}

/* The window reads the library on worker threads while the main thread
 * saves: a reader must never see a document half-written. */
static void
store_serves_two_threads (void)
{
  g_autoptr(FsStore) store = open_new_store (NULL);
  g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
  g_autoptr(GPtrArray) written = fs_store_import (store, documents, NULL);
  FsDocument *document = g_ptr_array_index (documents, 0);
  Reader reader = { store, fs_document_get_id (document), FALSE, 0 };
  GThread *thread;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document,
                                                                                  FS_DOCUMENT_RISKS))),
                    ==, 9);
  thread = g_thread_new ("reader", read_while_writing, &reader);
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(GError) error = NULL;

      fs_document_touch (document);
      fs_store_save (store, document, &error);
      g_assert_no_error (error);
    }
  g_atomic_int_set (&reader.done, TRUE);
  g_thread_join (thread);
  g_assert_cmpuint (reader.loads, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_data_func ("/import/round-trip/premortem", "premortem-rich.json", round_trip);
  g_test_add_data_func ("/import/round-trip/postmortem", "postmortem-rich.json", round_trip);
  g_test_add_func ("/import/reimport-is-idempotent", reimport_is_idempotent);
  g_test_add_func ("/import/newer-file-wins", newer_file_wins);
  g_test_add_func ("/import/refused-file-writes-nothing", refused_file_writes_nothing);
  g_test_add_func ("/import/store-serves-two-threads", store_serves_two_threads);

  return g_test_run ();
}
