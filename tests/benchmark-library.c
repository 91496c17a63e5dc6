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
#include "fs-store.h"
#include "fs-test-util.h"

#define N_DOCUMENTS 10000

static const char *subjects[] = {
  "the payments database", "the checkout service", "the search cluster", "the login flow",
  "the nightly billing job", "the image resizer", "the mobile API gateway", "the order queue",
  "the recommendation model", "the CDN configuration", "the feature-flag service",
  "the warehouse sync", "the email relay", "the audit log pipeline", "the tax calculator",
};
static const char *verbs[] = {
  "stops accepting writes", "answers twice as slowly", "drops one request in twenty",
  "returns stale prices", "runs out of connections", "fails its health checks",
  "loses messages during failover", "rejects valid tokens", "fills the disk with logs",
  "double-charges a handful of customers", "times out for European users",
  "serves the previous release", "stalls behind a schema lock",
};
static const char *contexts[] = {
  "after the cut-over", "during the peak hour", "once the cache is cold",
  "while the replica catches up", "when the old cluster is switched off",
  "under the Black Friday load", "while the migration script is still running",
  "after the certificate rotation", "when two regions disagree",
};
static const char *roles[] = {
  "Incident commander", "Database engineer", "Release manager", "Support lead",
  "Site reliability engineer", "Product owner", "Security engineer",
};
static const char *names[] = {
  "Amara Okafor", "Jonas Weber", "Priya Natarajan", "Luis Ortega", "Mei Tanaka",
  "Sofia Lindqvist", "Kwame Mensah", "Elena Petrova", "Tomás Silva", "Hana Kim",
};

#define PICK(rand, list) (list[g_rand_int_range (rand, 0, G_N_ELEMENTS (list))])

static char *
sentence (GRand *rand)
{
  return g_strdup_printf ("%s %s %s.", PICK (rand, subjects), PICK (rand, verbs),
                          PICK (rand, contexts));
}

static void
set_sentence (FsRecord *record,
              guint     field,
              GRand    *rand)
{
  g_autofree char *text = sentence (rand);

  fs_record_set_text (record, field, text);
}

static void
set_sentences (FsRecord *record,
               guint     field,
               guint     count,
               GRand    *rand)
{
  GStrv list = g_new0 (char *, count + 1);

  for (guint i = 0; i < count; i++)
    list[i] = sentence (rand);
  fs_record_take_list (record, field, list);
}

static void
append (FsDocument     *document,
        FsDocumentList  list,
        gpointer        item)
{
  g_list_store_append (fs_document_get_list (document, list), item);
  g_object_unref (item);
}

static void
add_people_and_actions (FsDocument *document,
                        GRand      *rand)
{
  for (guint i = 0; i < 5; i++)
    {
      FsRecord *person = g_object_new (FS_TYPE_PERSON, NULL);

      fs_record_set_text (person, FS_PERSON_NAME, PICK (rand, names));
      fs_record_set_text (person, FS_PERSON_ROLE, PICK (rand, roles));
      set_sentence (person, FS_PERSON_RESPONSIBILITIES, rand);
      append (document, FS_DOCUMENT_PEOPLE, person);
    }
  for (guint i = 0; i < 8; i++)
    {
      FsRecord *item = g_object_new (FS_TYPE_ACTION_ITEM, NULL);
      g_autofree char *id = g_strdup_printf ("a%u", i + 1);
      g_autofree char *due = g_strdup_printf ("2027-%02d-%02d", 1 + i, 1 + i * 3);

      fs_record_set_text (item, FS_ACTION_ITEM_ID, id);
      set_sentence (item, FS_ACTION_ITEM_TEXT, rand);
      fs_record_set_text (item, FS_ACTION_ITEM_OWNER, PICK (rand, names));
      fs_record_set_text (item, FS_ACTION_ITEM_DUE, due);
      fs_record_set_text (item, FS_ACTION_ITEM_STATUS, i % 3 == 0 ? "done" : "open");
      append (document, FS_DOCUMENT_ACTION_ITEMS, item);
    }
}

static void
fill_premortem (FsDocument *document,
                GRand      *rand)
{
  set_sentence (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_CHANGE, rand);
  set_sentence (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_REASON, rand);
  set_sentences (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_TRIGGERS, 3, rand);
  set_sentences (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_STEPS, 4, rand);
  for (guint i = 0; i < 6; i++)
    {
      FsRecord *row = g_object_new (FS_TYPE_TIMELINE_ENTRY, NULL);
      g_autofree char *when = g_strdup_printf ("Tue %02u:00", 18 + i % 6);

      fs_record_set_text (row, FS_TIMELINE_ENTRY_WHEN, when);
      fs_record_set_text (row, FS_TIMELINE_ENTRY_WHO, PICK (rand, names));
      set_sentences (row, FS_TIMELINE_ENTRY_ACTIONS, 2, rand);
      append (document, FS_DOCUMENT_TIMELINE, row);
    }
  for (guint i = 0; i < 15; i++)
    {
      FsRecord *risk = g_object_new (FS_TYPE_RISK, NULL);
      g_autofree char *id = g_strdup_printf ("r%u", i + 1);

      fs_record_set_text (risk, FS_RISK_ID, id);
      set_sentence (risk, FS_RISK_TITLE, rand);
      set_sentences (risk, FS_RISK_SYMPTOMS, 2, rand);
      set_sentences (risk, FS_RISK_ACTIONS, 2, rand);
      set_sentence (risk, FS_RISK_USER_EFFECTS, rand);
      fs_record_set_number (risk, FS_RISK_PROBABILITY, g_rand_int_range (rand, 2, 11) / 2.0);
      fs_record_set_number (risk, FS_RISK_IMPACT, g_rand_int_range (rand, 2, 11) / 2.0);
      fs_record_set_text (risk, FS_RISK_OWNER, PICK (rand, roles));
      append (document, FS_DOCUMENT_RISKS, risk);
    }
}

static void
fill_postmortem (FsDocument *document,
                 GRand      *rand)
{
  set_sentence (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SUMMARY, rand);
  set_sentence (FS_RECORD (document), FS_DOCUMENT_TRIGGER, rand);
  set_sentences (FS_RECORD (document), FS_DOCUMENT_LESSONS, 3, rand);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STARTED, "2026-06-30T14:05:00Z");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_DETECTED,
                      "2026-06-30T14:40:00Z");
  for (guint i = 0; i < 6; i++)
    {
      FsRecord *event = g_object_new (FS_TYPE_EVENT, NULL);
      g_autofree char *at = g_strdup_printf ("2026-06-30T%02u:%02u:00Z", 14 + i / 2, i * 7);

      fs_record_set_text (event, FS_EVENT_AT, at);
      set_sentence (event, FS_EVENT_TEXT, rand);
      append (document, FS_DOCUMENT_EVENTS, event);
    }
  for (guint i = 0; i < 15; i++)
    {
      FsRecord *cause = g_object_new (FS_TYPE_CAUSE, NULL);
      g_autofree char *id = g_strdup_printf ("k%u", i + 1);

      fs_record_set_text (cause, FS_CAUSE_ID, id);
      set_sentence (cause, FS_CAUSE_TEXT, rand);
      fs_record_set_text (cause, FS_CAUSE_AREA, (const char *[]) { "avoid", "detect", "fix" }[i % 3]);
      append (document, FS_DOCUMENT_CAUSES, cause);
    }
}

static GPtrArray *
generate_documents (void)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);

  for (guint i = 0; i < N_DOCUMENTS; i++)
    {
      FsDocumentKind kind = i % 3 == 2 ? FS_DOCUMENT_KIND_POSTMORTEM : FS_DOCUMENT_KIND_PREMORTEM;
      FsDocument *document = fs_document_new (kind);
      g_autofree char *title = g_strdup_printf ("%s %u: %s", kind ? "Incident" : "Change", i,
                                                PICK (rand, subjects));
      g_autofree char *modified = g_strdup_printf ("2026-%02u-%02uT%02u:%02u:00Z", 1 + i % 12,
                                                   1 + i % 28, i % 24, i % 60);

      fs_document_set_title (document, title);
      fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_MODIFIED, modified);
      add_people_and_actions (document, rand);
      if (kind == FS_DOCUMENT_KIND_PREMORTEM)
        fill_premortem (document, rand);
      else
        fill_postmortem (document, rand);
      g_ptr_array_add (documents, document);
    }
  return documents;
}

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
  g_print ("%-34s %10.2f %-3s (target ≤ %.0f %s) %s\n", what, value, unit, target, unit,
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

static double
time_import (FsStore    *store,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) written = NULL;
  double start, read_ms;

  start = now_ms ();
  documents = fs_exchange_read_file (path, &error);
  g_assert_no_error (error);
  read_ms = now_ms () - start;
  written = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, N_DOCUMENTS);
  g_print ("%-34s %10.2f ms\n", "  of which reading the file", read_ms);
  g_print ("%-34s %10.2f ms\n", "  of which writing the library", now_ms () - start - read_ms);
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

  documents = generate_documents ();
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
  g_print ("%-34s %10.2f ms  = %.2f × the parse (target ≤ 2.00) %s\n", "import", import_ms,
           import_ms / parse_ms, import_ms <= 2 * parse_ms ? "met" : "MISSED");

  time_queries (store, documents);

  g_clear_object (&store);
  library_size = file_size (library) + file_size (wal);
  g_print ("%-34s %10.1f MB = %.2f × the JSON (target ≤ 2.00) %s\n", "library file",
           library_size / 1e6, (double) library_size / json_size,
           library_size <= 2 * json_size ? "met" : "MISSED");
  return 0;
}
