/* benchmark-library.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fills a library with 10,000 realistic documents through the exchange
 * format and prints how long the everyday operations take next to their
 * targets. It measures; it does not fail on a slow machine.
 */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fs-exchange.h"
#include "fs-import.h"
#include "fs-store.h"
#include "fs-test-documents.h"
#include "fs-test-util.h"

#define N_DOCUMENTS 10000

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *samples,
        guint   n)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  return samples[n / 2];
}

static void
report (const char *what,
        double      value,
        const char *unit,
        double      target)
{
  g_print ("%-34s %10.2f %-3s (target <= %.0f %s) %s\n", what, value, unit, target, unit,
           value <= target ? "met" : "MISSED");
}

static double
time_parse_only (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  double start;

  start = now_ms ();
  g_file_get_contents (path, &contents, &length, &error);
  json_parser_load_from_data (parser, contents, length, &error);
  g_assert_no_error (error);
  return now_ms () - start;
}

/* Parsing and writing run side by side: the import's time is one figure. */
static double
time_import (FsStore    *store,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) written = NULL;
  double start;

  start = now_ms ();
  written = fs_import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, N_DOCUMENTS);
  return now_ms () - start;
}

static void
time_queries (FsStore   *store,
              GPtrArray *documents)
{
  double samples[100];
  g_autoptr(GError) error = NULL;
  FsStoreQuery query = FS_STORE_QUERY_INIT;

  for (guint i = 0; i < 20; i++)
    {
      double start = now_ms ();
      g_autoptr(GListModel) listed = fs_store_query (store, &query, &error);

      samples[i] = now_ms () - start;
      g_assert_cmpuint (g_list_model_get_n_items (listed), ==, N_DOCUMENTS);
    }
  report ("list all documents (median)", median (samples, 20), "ms", 50);

  query.search = "certificate rotation";
  for (guint i = 0; i < 50; i++)
    {
      double start = now_ms ();
      g_autoptr(GListModel) found = fs_store_query (store, &query, &error);

      samples[i] = now_ms () - start;
      g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
    }
  report ("full-text search (median)", median (samples, 50), "ms", 5);

  for (guint i = 0; i < 100; i++)
    {
      FsDocument *wanted = g_ptr_array_index (documents, (i * 97) % documents->len);
      double start = now_ms ();
      g_autoptr(FsDocument) loaded = fs_store_load (store, fs_document_get_id (wanted), &error);

      samples[i] = now_ms () - start;
      g_assert_no_error (error);
    }
  report ("load one document (median)", median (samples, 100), "ms", 5);

  for (guint i = 0; i < 100; i++)
    {
      FsDocument *edited = g_ptr_array_index (documents, (i * 89) % documents->len);
      double start;

      fs_document_touch (edited);
      start = now_ms ();
      fs_store_save (store, edited, &error);
      samples[i] = now_ms () - start;
      g_assert_no_error (error);
    }
  report ("save one document (median)", median (samples, 100), "ms", 5);
}

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? buf.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *json = NULL;
  g_autofree char *library = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(FsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  double start, parse_ms, import_ms;
  goffset json_size, library_size;

  fs_test_init (&argc, &argv);
  dir = fs_test_make_dir ();
  json = g_build_filename (dir, "library.json", NULL);
  library = g_build_filename (dir, "library.db", NULL);
  wal = g_strconcat (library, "-wal", NULL);

  documents = fs_test_generate_documents (N_DOCUMENTS);
  start = now_ms ();
  fs_exchange_write_file (documents, json, &error);
  g_assert_no_error (error);
  json_size = file_size (json);
  g_print ("%u documents, %.1f MB of JSON, written in %.0f ms\n", N_DOCUMENTS,
           json_size / 1e6, now_ms () - start);

  parse_ms = time_parse_only (json);
  g_print ("%-34s %10.2f ms\n", "json-glib parse alone", parse_ms);

  store = fs_store_open (library, &error);
  g_assert_no_error (error);
  import_ms = time_import (store, json);
  g_print ("%-34s %10.2f ms  = %.2f x the parse (target <= 2.00) %s\n", "import", import_ms,
           import_ms / parse_ms, import_ms <= 2 * parse_ms ? "met" : "MISSED");

  time_queries (store, documents);

  g_clear_object (&store);
  library_size = file_size (library) + file_size (wal);
  g_print ("%-34s %10.1f MB = %.2f x the JSON (target <= 2.00) %s\n", "library file",
           library_size / 1e6, (double) library_size / json_size,
           library_size <= 2 * json_size ? "met" : "MISSED");
  return 0;
}
