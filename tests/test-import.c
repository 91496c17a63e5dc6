/* test-import.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "fs-exchange.h"
#include "fs-import.h"
#include "fs-store.h"
#include "fs-test-documents.h"
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

/* fs_import_file() reads on a second thread while it writes: what it leaves
 * in a library, and every refusal, must be what reading then importing gives. */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The whole library as an export, documents in the order of their ids. */
static char *
export_library (FsStore *store)
{
  FsStoreQuery query = FS_STORE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) listed = fs_store_query (store, &query, &error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (listed, i);

      g_ptr_array_add (ids, g_strdup (fs_record_get_text (summary, FS_SUMMARY_ID)));
    }
  g_ptr_array_sort (ids, compare_strings);
  for (guint i = 0; i < ids->len; i++)
    {
      FsDocument *document = fs_store_load (store, g_ptr_array_index (ids, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (loaded, document);
    }
  return fs_exchange_write (loaded, NULL);
}

static guint
count_found (FsStore    *store,
             const char *search)
{
  FsStoreQuery query = FS_STORE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;

  query.search = search;
  found = fs_store_query (store, &query, &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (found);
}

static void
count_changed (guint *n_changed)
{
  (*n_changed)++;
}

/* A file of N generated documents in DIR. */
static char *
write_generated (const char *dir,
                 const char *name,
                 guint       n)
{
  g_autoptr(GPtrArray) documents = fs_test_generate_documents (n);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  fs_exchange_write_file (documents, path, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
pipelined_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = fs_test_data_path (name);
  g_autofree char *expected = fs_test_read_file (path);
  g_autoptr(FsStore) store = open_new_store (NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  guint n_changed = 0;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_changed), &n_changed);
  written = fs_import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);
  exported = export_library (store);
  g_assert_cmpstr (exported, ==, expected);
}

/* Many documents: the library matches one filled the ordinary way, ids
 * written in the file's order, and the search index is in step. */
static void
pipelined_same_as_ordinary (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) fast = open_new_store (&dir);
  g_autoptr(FsStore) ordinary = open_new_store (NULL);
  g_autofree char *path = write_generated (dir, "many.json", 300);
  g_autoptr(GPtrArray) documents = fs_exchange_read_file (path, NULL);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fast_text = NULL;
  g_autofree char *ordinary_text = NULL;

  expected = fs_store_import (ordinary, documents, &error);
  g_assert_no_error (error);
  written = fs_import_file (fast, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 300);
  for (guint i = 0; i < written->len; i++)
    g_assert_cmpstr (g_ptr_array_index (written, i), ==, g_ptr_array_index (expected, i));
  fast_text = export_library (fast);
  ordinary_text = export_library (ordinary);
  g_assert_cmpstr (fast_text, ==, ordinary_text);
  g_assert_cmpuint (count_found (fast, "certificate rotation"), >, 0);
  g_assert_cmpuint (count_found (fast, "certificate rotation"), ==,
                    count_found (ordinary, "certificate rotation"));
}

static void
pipelined_reimport_writes_nothing (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) store = open_new_store (&dir);
  g_autofree char *path = write_generated (dir, "many.json", 50);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  first = fs_import_file (store, path, &error);
  g_assert_no_error (error);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_changed), &n_changed);
  second = fs_import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 50);
  g_assert_cmpuint (second->len, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (fs_store_count (store, &error), ==, 50);
}

static void
write_one (const char *path,
           FsDocument *document)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (documents, document);
  fs_exchange_write_file (documents, path, &error);
  g_assert_no_error (error);
}

static void
pipelined_newer_wins (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) store = open_new_store (&dir);
  g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
  FsRecord *document = g_ptr_array_index (documents, 0);
  const char *id = fs_document_get_id (FS_DOCUMENT (document));
  g_autofree char *path = g_build_filename (dir, "one.json", NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(FsDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *only_id = NULL;

  written = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, g_ptr_array_unref);

  fs_record_set_text (document, FS_DOCUMENT_TITLE, "An older title");
  fs_record_set_text (document, FS_DOCUMENT_MODIFIED, "2001-01-01T00:00:00Z");
  write_one (path, FS_DOCUMENT (document));
  written = fs_import_file_full (store, path, TRUE, &only_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 0);
  g_assert_cmpstr (only_id, ==, id);
  g_clear_pointer (&written, g_ptr_array_unref);

  fs_record_set_text (document, FS_DOCUMENT_TITLE, "A newer title");
  fs_record_set_text (document, FS_DOCUMENT_MODIFIED, "2099-01-01T00:00:00Z");
  write_one (path, FS_DOCUMENT (document));
  written = fs_import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (written, 0), ==, id);

  loaded = fs_store_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fs_document_get_title (loaded), ==, "A newer title");
  g_assert_cmpuint (fs_store_count (store, &error), ==, 1);
  g_assert_cmpuint (count_found (store, "newer"), ==, 1);
  g_assert_cmpuint (count_found (store, "older"), ==, 0);
}

typedef struct
{
  const char *what;
  const char *find;     /* the last occurrence is replaced */
  const char *replace;
  int         code;
} Breakage;

static const Breakage breakages[] = {
  { "last-document-invalid", "\"title\": ", "\"title\": 42, \"was\": ",
    FS_EXCHANGE_ERROR_INVALID },
  { "last-document-duplicate-id", "\n      \"id\": \"", "\"id\": \"%s\", \"was\": \"",
    FS_EXCHANGE_ERROR_INVALID },
  { "bad-syntax-near-end", "\"title\": ", "\"title\": 'single', \"was\": ",
    FS_EXCHANGE_ERROR_NOT_JSON },
  { "bad-brackets-near-end", "\"title\": ", "\"title\": [1}, \"was\": ",
    FS_EXCHANGE_ERROR_NOT_JSON },
  { "too-deep-near-end", "\"title\": ", NULL, FS_EXCHANGE_ERROR_TOO_DEEP },
  { "wrong-version", "\"version\": 1", "\"version\": 2", FS_EXCHANGE_ERROR_TOO_NEW },
  { "not-ours", "\"format\": \"foresight\"", "\"format\": \"other\"",
    FS_EXCHANGE_ERROR_NOT_OURS },
};

static char *
break_file (const char     *dir,
            const char     *path,
            const Breakage *breakage)
{
  g_autofree char *text = fs_test_read_file (path);
  g_autoptr(GString) broken = g_string_new (NULL);
  g_autofree char *replace = NULL;
  g_autofree char *out = g_build_filename (dir, "broken.json", NULL);
  char *at = g_strrstr (text, breakage->find);

  g_assert_nonnull (at);
  if (breakage->replace == NULL)
    {
      g_autofree char *open = g_strnfill (70, '[');
      g_autofree char *close = g_strnfill (70, ']');

      replace = g_strdup_printf ("\"title\": %s1%s, \"was\": ", open, close);
    }
  else if (strstr (breakage->replace, "%s") != NULL)
    {
      /* The id of the first document, the first "id" in the file. */
      const char *id = strstr (text, "\"id\": \"") + strlen ("\"id\": \"");
      g_autofree char *first_id = g_strndup (id, strcspn (id, "\""));

      replace = g_strdup_printf (breakage->replace, first_id);
    }
  else
    replace = g_strdup (breakage->replace);
  g_string_append_len (broken, text, at - text);
  g_string_append (broken, replace);
  g_string_append (broken, at + strlen (breakage->find));
  g_assert_true (g_file_set_contents (out, broken->str, (gssize) broken->len, NULL));
  return g_steal_pointer (&out);
}

/* A library holding documents already, then a refused file of many
 * documents: the same error as reading the file gives, and the library's
 * content and search index as they were. */
static void
pipelined_refusal (gconstpointer data)
{
  const Breakage *breakage = data;
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) store = open_new_store (&dir);
  g_autofree char *first = write_generated (dir, "first.json", 40);
  g_autofree char *second = write_generated (dir, "second.json", 200);
  g_autofree char *bad = break_file (dir, second, breakage);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint found_before, n_changed = 0;

  written = fs_import_file (store, first, &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, g_ptr_array_unref);
  before = export_library (store);
  found_before = count_found (store, "certificate rotation");

  read = fs_exchange_read_file (bad, &read_error);
  g_assert_null (read);
  g_assert_error (read_error, FS_EXCHANGE_ERROR, breakage->code);

  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_changed), &n_changed);
  written = fs_import_file (store, bad, &error);
  g_assert_null (written);
  g_assert_error (error, FS_EXCHANGE_ERROR, breakage->code);
  g_assert_cmpstr (error->message, ==, read_error->message);
  g_assert_cmpuint (n_changed, ==, 0);

  after = export_library (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_found (store, "certificate rotation"), ==, found_before);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 40);
}

/* Failures before anything is read: the same errors as reading gives. */
static void
pipelined_unreadable (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) store = open_new_store (&dir);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.json", NULL);
  const char *paths[] = { missing, empty, dir };

  g_assert_true (g_file_set_contents (empty, " \n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) read_error = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) read = fs_exchange_read_file (paths[i], &read_error);
      g_autoptr(GPtrArray) written = fs_import_file (store, paths[i], &error);

      g_assert_null (read);
      g_assert_null (written);
      g_assert_nonnull (error);
      g_assert_cmpuint (error->domain, ==, read_error->domain);
      g_assert_cmpint (error->code, ==, read_error->code);
      g_assert_cmpstr (error->message, ==, read_error->message);
    }
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 0);
}

typedef struct
{
  FsStore       *store;
  GAsyncQueue   *started;
  gboolean       done;
  guint          counts;
  guint          partial;
} Watcher;

static gpointer
count_while_importing (gpointer data)
{
  Watcher *watcher = data;

  g_async_queue_push (watcher->started, GUINT_TO_POINTER (1));
  while (!g_atomic_int_get (&watcher->done))
    {
      guint n = fs_store_count (watcher->store, NULL);

      watcher->partial += n != 0 && n != 400;
      watcher->counts++;
    }
  return NULL;
}

/* The store stays locked for the whole import: another thread sees the
 * library before or after it, never part of it. */
static void
pipelined_import_is_atomic (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) store = open_new_store (&dir);
  g_autofree char *path = write_generated (dir, "many.json", 400);
  Watcher watcher = { store, g_async_queue_new (), FALSE, 0, 0 };
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  GThread *thread;

  thread = g_thread_new ("watcher", count_while_importing, &watcher);
  g_async_queue_pop (watcher.started);
  written = fs_import_file (store, path, &error);
  g_assert_no_error (error);
  g_atomic_int_set (&watcher.done, TRUE);
  g_thread_join (thread);
  g_async_queue_unref (watcher.started);
  g_assert_cmpuint (written->len, ==, 400);
  g_assert_cmpuint (watcher.counts, >, 0);
  g_assert_cmpuint (watcher.partial, ==, 0);
}

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? buf.st_size : 0;
}

/* An import leaves copying the write-ahead log into the library for later:
 * the next save does it, the log never holds more than one import, and
 * everything imported is in the library when it is opened again. */
static void
pipelined_log_is_copied_later (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) store = open_new_store (&dir);
  g_autofree char *library = g_build_filename (dir, "library.db", NULL);
  g_autofree char *log = g_strconcat (library, "-wal", NULL);
  g_autofree char *first = write_generated (dir, "first.json", 400);
  g_autofree char *second = write_generated (dir, "second.json", 400);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(FsDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  goffset one_import;

  written = fs_import_file (store, first, &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, g_ptr_array_unref);
  one_import = file_size (log);
  g_assert_cmpint (file_size (library), <, one_import / 4);

  written = fs_import_file (store, second, &error);
  g_assert_no_error (error);
  g_assert_cmpint (file_size (log), <, one_import * 3 / 2);
  g_assert_cmpint (file_size (library), >, one_import / 2);

  document = fs_store_load (store, g_ptr_array_index (written, 0), &error);
  g_assert_no_error (error);
  fs_document_touch (document);
  g_assert_true (fs_store_save (store, document, &error));
  g_assert_cmpint (file_size (library), >, one_import);

  g_clear_object (&store);
  g_assert_cmpint (file_size (log), ==, 0);
  store = fs_store_open (library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 800);
}

/* After an import, the log can be copied from a connection of its own
 * while the store stays open; the store then goes on as before. */
static void
log_is_copied_aside (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(FsStore) store = open_new_store (&dir);
  g_autofree char *library = g_build_filename (dir, "library.db", NULL);
  g_autofree char *log = g_strconcat (library, "-wal", NULL);
  g_autofree char *file = write_generated (dir, "first.json", 400);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(FsDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  written = fs_import_file (store, file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (file_size (library), <, file_size (log) / 4);

  g_assert_true (fs_store_checkpoint_aside (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_size (library), >, file_size (log) / 2);

  document = fs_store_load (store, g_ptr_array_index (written, 3), &error);
  g_assert_no_error (error);
  fs_document_set_title (document, "Renamed after the copy");
  g_assert_true (fs_store_save (store, document, &error));
  g_clear_object (&document);
  g_clear_object (&store);
  store = fs_store_open (library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 400);
  document = fs_store_load (store, g_ptr_array_index (written, 3), &error);
  g_assert_cmpstr (fs_document_get_title (document), ==, "Renamed after the copy");
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
  g_test_add_data_func ("/import/file/round-trip/premortem", "premortem-rich.json",
                        pipelined_round_trip);
  g_test_add_data_func ("/import/file/round-trip/postmortem", "postmortem-rich.json",
                        pipelined_round_trip);
  g_test_add_func ("/import/file/same-as-ordinary", pipelined_same_as_ordinary);
  g_test_add_func ("/import/file/reimport-writes-nothing", pipelined_reimport_writes_nothing);
  g_test_add_func ("/import/file/newer-wins", pipelined_newer_wins);
  g_test_add_func ("/import/file/unreadable", pipelined_unreadable);
  g_test_add_func ("/import/file/atomic", pipelined_import_is_atomic);
  g_test_add_func ("/import/file/log-is-copied-later", pipelined_log_is_copied_later);
  g_test_add_func ("/import/file/log-is-copied-aside", log_is_copied_aside);
  for (guint i = 0; i < G_N_ELEMENTS (breakages); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/import/file/refused/%s",
                                                    breakages[i].what);

      g_test_add_data_func (test_path, &breakages[i], pipelined_refusal);
    }

  return g_test_run ();
}
