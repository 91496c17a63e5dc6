/* test-chain.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>

#include "fs-chain.h"
#include "fs-exchange.h"
#include "fs-store.h"
#include "fs-test-util.h"

/* A pre-mortem and the post-mortems of the incidents it foresaw, or not. */

static FsStore *
open_store (char **path)
{
  g_autofree char *dir = fs_test_make_dir ();
  g_autoptr(GError) error = NULL;
  FsStore *store;

  *path = g_build_filename (dir, "library.db", NULL);
  store = fs_store_open (*path, &error);
  g_assert_no_error (error);
  return store;
}

static void
save (FsStore    *store,
      FsDocument *document)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fs_store_save (store, document, &error));
  g_assert_no_error (error);
}

static FsDocument *
new_premortem (void)
{
  FsDocument *premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);

  fs_document_set_title (premortem, "Checkout moves to the new database");
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r1", "title", "Replica lag",
                    "probability", 2.0, "impact", 3.0, NULL);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r2", "title", "Connection pool exhausted",
                    "probability", 3.0, "impact", 2.5, NULL);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r3", "title", "Rollback takes hours",
                    NULL);
  return premortem;
}

static FsDocument *
new_postmortem (const char *title,
                FsDocument *premortem)
{
  FsDocument *postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);

  fs_document_set_title (postmortem, title);
  if (premortem != NULL)
    fs_document_link_premortem (postmortem, fs_document_get_id (premortem));
  return postmortem;
}

static FsChain *
load_chain (FsStore    *store,
            FsDocument *document)
{
  g_autoptr(GError) error = NULL;
  FsChain *chain = fs_store_load_chain (store, document, &error);

  g_assert_no_error (error);
  g_assert_nonnull (chain);
  return chain;
}

static char *
joined_titles (GPtrArray *records,
               guint      field)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    g_string_append_printf (text, "%s%s", i ? "; " : "",
                            fs_record_get_text (g_ptr_array_index (records, i), field));
  return g_string_free (text, FALSE);
}

/* Linking asks the question; answering for one risk, or for none, answers
 * it; another pre-mortem asks it anew. */
static void
test_set_and_clear (void)
{
  g_autoptr(FsDocument) premortem = new_premortem ();
  g_autoptr(FsDocument) other = new_premortem ();
  g_autoptr(FsDocument) postmortem = new_postmortem ("Checkout down for an hour", NULL);

  g_assert_cmpstr (fs_document_get_premortem_id (postmortem), ==, "");
  fs_document_link_premortem (postmortem, fs_document_get_id (premortem));
  g_assert_cmpstr (fs_document_get_premortem_id (postmortem), ==, fs_document_get_id (premortem));
  g_assert_false (fs_document_anticipated_asked (postmortem));

  fs_document_set_anticipated (postmortem, "r2", TRUE);
  fs_document_set_anticipated (postmortem, "r1", TRUE);
  fs_document_set_anticipated (postmortem, "r1", TRUE);
  g_assert_true (fs_document_anticipated_asked (postmortem));
  g_assert_true (fs_document_is_anticipated (postmortem, "r1"));
  g_assert_true (fs_document_is_anticipated (postmortem, "r2"));
  g_assert_false (fs_document_is_anticipated (postmortem, "r3"));
  g_assert_false (fs_document_is_anticipated (postmortem, ""));
  g_assert_cmpuint (g_strv_length ((GStrv) fs_record_get_list (FS_RECORD (postmortem),
                                                                 FS_DOCUMENT_ANTICIPATED)), ==, 2);

  fs_document_set_anticipated (postmortem, "r1", FALSE);
  fs_document_set_anticipated (postmortem, "r2", FALSE);
  g_assert_true (fs_document_anticipated_asked (postmortem));
  g_assert_false (fs_document_is_anticipated (postmortem, "r2"));

  fs_document_set_anticipated (postmortem, "r3", TRUE);
  fs_document_set_none_anticipated (postmortem);
  g_assert_true (fs_document_anticipated_asked (postmortem));
  g_assert_false (fs_document_is_anticipated (postmortem, "r3"));

  /* The same pre-mortem again changes nothing; another one clears. */
  fs_document_set_anticipated (postmortem, "r3", TRUE);
  fs_document_link_premortem (postmortem, fs_document_get_id (premortem));
  g_assert_true (fs_document_is_anticipated (postmortem, "r3"));
  fs_document_link_premortem (postmortem, fs_document_get_id (other));
  g_assert_false (fs_document_anticipated_asked (postmortem));
  g_assert_false (fs_document_is_anticipated (postmortem, "r3"));

  fs_document_set_anticipated (postmortem, "r1", TRUE);
  fs_document_link_premortem (postmortem, NULL);
  g_assert_cmpstr (fs_document_get_premortem_id (postmortem), ==, "");
  g_assert_false (fs_document_anticipated_asked (postmortem));
  g_assert_false (fs_document_is_anticipated (postmortem, "r1"));
}

static FsDocument *
round_trip (FsDocument *document,
            char      **text)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (documents, document);
  *text = fs_exchange_write (documents, NULL);
  read = fs_exchange_read_data (*text, strlen (*text), "round trip", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 1);
  return g_object_ref (g_ptr_array_index (read, 0));
}

/* "Not asked", "none of them" and a list of risks each survive JSON, and an
 * unlinked post-mortem writes neither member. */
static void
test_json_round_trip (void)
{
  g_autoptr(FsDocument) premortem = new_premortem ();
  g_autoptr(FsDocument) postmortem = new_postmortem ("Checkout down for an hour", NULL);
  g_autoptr(FsDocument) read = NULL;
  g_autofree char *text = NULL;

  read = round_trip (postmortem, &text);
  g_assert_null (strstr (text, "\"premortem\""));
  g_assert_null (strstr (text, "\"anticipated\""));
  g_assert_false (fs_document_anticipated_asked (read));
  g_clear_object (&read);
  g_clear_pointer (&text, g_free);

  fs_document_link_premortem (postmortem, fs_document_get_id (premortem));
  read = round_trip (postmortem, &text);
  g_assert_nonnull (strstr (text, "\"premortem\""));
  g_assert_null (strstr (text, "\"anticipated\""));
  g_assert_cmpstr (fs_document_get_premortem_id (read), ==, fs_document_get_id (premortem));
  g_assert_false (fs_document_anticipated_asked (read));
  g_clear_object (&read);
  g_clear_pointer (&text, g_free);

  fs_document_set_none_anticipated (postmortem);
  read = round_trip (postmortem, &text);
  g_assert_nonnull (strstr (text, "\"anticipated\": []"));
  g_assert_true (fs_document_anticipated_asked (read));
  g_assert_null (fs_record_get_list (FS_RECORD (read), FS_DOCUMENT_ANTICIPATED)[0]);
  g_clear_object (&read);
  g_clear_pointer (&text, g_free);

  fs_document_set_anticipated (postmortem, "r2", TRUE);
  read = round_trip (postmortem, &text);
  g_assert_true (fs_document_anticipated_asked (read));
  g_clear_object (&read);
  g_clear_pointer (&text, g_free);

  /* A file of an earlier version: an empty list beside no link at all. */
  {
    const char *older = "{\"format\": \"foresight\", \"version\": 1, \"documents\": ["
                        "{\"id\": \"p1\", \"kind\": \"postmortem\", \"title\": \"Old\", "
                        "\"anticipated\": []}]}";
    g_autoptr(GPtrArray) documents = fs_exchange_read_data (older, strlen (older), "older", NULL);

    g_assert_nonnull (documents);
    g_assert_false (fs_document_anticipated_asked (g_ptr_array_index (documents, 0)));
  }
  fs_document_set_anticipated (postmortem, "r2", TRUE);
  read = round_trip (postmortem, &text);
  g_assert_true (fs_document_anticipated_asked (read));
  g_assert_true (fs_document_is_anticipated (read, "r2"));
  g_assert_false (fs_document_is_anticipated (read, "r1"));
}

static void
assert_counts (FsStore    *store,
               FsDocument *premortem,
               guint       incidents,
               guint       foreseen)
{
  FsStoreQuery query = FS_STORE_QUERY_INIT;
  g_autoptr(GListModel) summaries = NULL;
  guint found = 0;

  query.kind = FS_DOCUMENT_KIND_PREMORTEM;
  summaries = fs_store_query (store, &query, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (summaries); i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (summaries, i);

      if (!g_str_equal (fs_record_get_text (summary, FS_SUMMARY_ID), fs_document_get_id (premortem)))
        continue;
      g_assert_cmpfloat (fs_record_get_number (summary, FS_SUMMARY_INCIDENTS), ==, incidents);
      g_assert_cmpfloat (fs_record_get_number (summary, FS_SUMMARY_FORESEEN), ==, foreseen);
      found++;
    }
  g_assert_cmpuint (found, ==, 1);

  /* A search lists the same counts. */
  query.search = "checkout";
  g_clear_object (&summaries);
  summaries = fs_store_query (store, &query, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (summaries), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (summaries); i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (summaries, i);

      if (g_str_equal (fs_record_get_text (summary, FS_SUMMARY_ID), fs_document_get_id (premortem)))
        g_assert_cmpfloat (fs_record_get_number (summary, FS_SUMMARY_FORESEEN), ==, foreseen);
    }
}

/* Both sides of the chain read from the library: the post-mortem finds its
 * pre-mortem and the risks it ticked, the pre-mortem its incidents. */
static void
test_both_sides (void)
{
  g_autofree char *path = NULL;
  g_autoptr(FsStore) store = open_store (&path);
  g_autoptr(FsDocument) premortem = new_premortem ();
  g_autoptr(FsDocument) first = new_postmortem ("Checkout down for an hour", premortem);
  g_autoptr(FsDocument) second = new_postmortem ("Slow checkout on Monday", premortem);
  g_autoptr(FsDocument) unrelated = new_postmortem ("Mail delayed", NULL);
  g_autoptr(FsChain) chain = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *titles = NULL;

  fs_document_set_anticipated (first, "r2", TRUE);
  fs_document_set_anticipated (first, "r1", TRUE);
  save (store, premortem);
  save (store, first);
  save (store, second);
  save (store, unrelated);
  assert_counts (store, premortem, 2, 1);

  chain = load_chain (store, first);
  g_assert_cmpint (fs_chain_get_state (chain), ==, FS_CHAIN_FOUND);
  g_assert_cmpstr (fs_document_get_title (fs_chain_get_premortem (chain)), ==,
                   "Checkout moves to the new database");
  risks = fs_chain_dup_risks_anticipated_by (chain, first);
  titles = joined_titles (risks, FS_RISK_TITLE);
  g_assert_cmpstr (titles, ==, "Replica lag; Connection pool exhausted");
  g_clear_object (&chain);
  g_clear_pointer (&titles, g_free);

  chain = load_chain (store, unrelated);
  g_assert_cmpint (fs_chain_get_state (chain), ==, FS_CHAIN_UNLINKED);
  g_assert_null (fs_chain_get_team_levels (chain)[0]);
  g_clear_object (&chain);

  /* The levels other post-mortems use, one a level however spelled. */
  fs_record_set_text (FS_RECORD (first), FS_DOCUMENT_INCIDENT_SEVERITY, "SEV2");
  fs_record_set_text (FS_RECORD (second), FS_DOCUMENT_INCIDENT_SEVERITY, " sev2");
  save (store, first);
  save (store, second);
  chain = load_chain (store, unrelated);
  g_assert_cmpuint (g_strv_length ((GStrv) fs_chain_get_team_levels (chain)), ==, 1);
  g_assert_cmpstr (fs_chain_get_team_levels (chain)[0], ==, "SEV2");
  g_clear_object (&chain);

  chain = load_chain (store, premortem);
  {
    g_autoptr(FsChain) again = load_chain (store, premortem);
    g_autoptr(FsChain) other = load_chain (store, first);

    g_assert_true (fs_chain_same (chain, again));
    g_assert_false (fs_chain_same (chain, other));
  }
  g_assert_cmpuint (g_list_model_get_n_items (fs_chain_get_links (chain)), ==, 2);
  g_assert_cmpuint (fs_chain_count_foreseen (chain), ==, 1);
  links = fs_chain_dup_links_of_risk (chain, "r1");
  titles = joined_titles (links, FS_LINK_ENTRY_POSTMORTEM_TITLE);
  g_assert_cmpstr (titles, ==, "Checkout down for an hour");
  g_clear_pointer (&links, g_ptr_array_unref);
  links = fs_chain_dup_links_of_risk (chain, "r3");
  g_assert_cmpuint (links->len, ==, 0);

  /* "None of them" is counted as an incident, not as foreseen. */
  fs_document_set_none_anticipated (second);
  save (store, second);
  assert_counts (store, premortem, 2, 1);
  {
    g_autoptr(FsChain) answered = load_chain (store, premortem);

    g_assert_false (fs_chain_same (chain, answered));
  }
  fs_document_set_anticipated (second, "r3", TRUE);
  save (store, second);
  assert_counts (store, premortem, 2, 2);

  /* Every link of the library at once, for the command line. */
  g_clear_pointer (&links, g_ptr_array_unref);
  {
    g_autoptr(GListModel) all = fs_store_list_links (store, NULL, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  }
}

static void
import_text (FsStore    *store,
             const char *text)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  documents = fs_exchange_read_data (text, strlen (text), "import", &error);
  g_assert_no_error (error);
  ids = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
}

/* Deleting either document leaves the other whole; the link shows what
 * happened, and importing the pre-mortem again restores it. */
static void
test_deleted_target (void)
{
  g_autofree char *path = NULL;
  g_autoptr(FsStore) store = open_store (&path);
  g_autoptr(FsDocument) premortem = new_premortem ();
  g_autoptr(FsDocument) postmortem = new_postmortem ("Checkout down for an hour", premortem);
  g_autoptr(FsDocument) stray = new_postmortem ("From another library", NULL);
  g_autoptr(GPtrArray) exported = g_ptr_array_new ();
  g_autoptr(FsDocument) loaded = NULL;
  g_autoptr(FsChain) chain = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  fs_document_set_anticipated (postmortem, "r1", TRUE);
  save (store, premortem);
  save (store, postmortem);
  g_ptr_array_add (exported, premortem);
  json = fs_exchange_write (exported, NULL);

  g_assert_true (fs_store_delete (store, fs_document_get_id (premortem), &error));
  g_assert_no_error (error);
  loaded = fs_store_load (store, fs_document_get_id (postmortem), &error);
  g_assert_no_error (error);
  g_assert_true (fs_document_is_anticipated (loaded, "r1"));
  chain = load_chain (store, loaded);
  g_assert_cmpint (fs_chain_get_state (chain), ==, FS_CHAIN_DELETED);
  g_assert_null (fs_chain_get_premortem (chain));
  g_clear_object (&chain);

  import_text (store, json);
  chain = load_chain (store, loaded);
  g_assert_cmpint (fs_chain_get_state (chain), ==, FS_CHAIN_FOUND);
  g_clear_object (&chain);

  /* A link to a pre-mortem this library never had. */
  fs_document_link_premortem (stray, "0f6c2b1e-5d33-4c43-9d5e-1f0aa7b1c7d2");
  save (store, stray);
  chain = load_chain (store, stray);
  g_assert_cmpint (fs_chain_get_state (chain), ==, FS_CHAIN_ABSENT);
  g_clear_object (&chain);

  /* The pre-mortem loses an incident, nothing of its own. */
  g_assert_true (fs_store_delete (store, fs_document_get_id (postmortem), &error));
  chain = load_chain (store, premortem);
  g_assert_cmpuint (g_list_model_get_n_items (fs_chain_get_links (chain)), ==, 0);
  assert_counts (store, premortem, 0, 0);
  g_clear_object (&loaded);
  loaded = fs_store_load (store, fs_document_get_id (premortem), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (loaded, FS_DOCUMENT_RISKS))),
                    ==, 3);
}

/* The action items of a chain are those of the pre-mortem and of its
 * post-mortems, each carrying the pre-mortem's id. */
static void
test_action_items_chain (void)
{
  g_autofree char *path = NULL;
  g_autoptr(FsStore) store = open_store (&path);
  g_autoptr(FsDocument) premortem = new_premortem ();
  g_autoptr(FsDocument) postmortem = new_postmortem ("Checkout down for an hour", premortem);
  g_autoptr(FsDocument) unrelated = new_postmortem ("Mail delayed", NULL);
  g_autoptr(GListModel) entries = NULL;
  const char *id = fs_document_get_id (premortem);
  guint in_chain = 0;

  fs_test_add_item (premortem, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Load test", NULL);
  fs_test_add_item (postmortem, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Alert on lag", NULL);
  fs_test_add_item (unrelated, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Queue mail", NULL);
  save (store, premortem);
  save (store, postmortem);
  save (store, unrelated);

  entries = fs_store_list_action_items (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(FsRecord) entry = g_list_model_get_item (entries, i);
      gboolean mine = g_str_equal (fs_record_get_text (entry, FS_ACTION_ENTRY_CHAIN), id);

      g_assert_true (mine == !g_str_equal (fs_record_get_text (entry, FS_ACTION_ENTRY_TEXT),
                                           "Queue mail"));
      if (mine)
        g_assert_cmpstr (fs_record_get_text (entry, FS_ACTION_ENTRY_CHAIN_TITLE), ==,
                         "Checkout moves to the new database");
      in_chain += mine;
    }
  g_assert_cmpuint (in_chain, ==, 2);

  /* Its pre-mortem deleted, a post-mortem's items stand on their own. */
  g_assert_true (fs_store_delete (store, id, NULL));
  g_clear_object (&entries);
  entries = fs_store_list_action_items (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(FsRecord) entry = g_list_model_get_item (entries, i);

      g_assert_cmpstr (fs_record_get_text (entry, FS_ACTION_ENTRY_CHAIN), ==, "");
    }
}

/* A library of version 2 keeps the answers it holds: an anticipated list
 * that was imported is an answer. */
static void
test_migrate_v2 (void)
{
  g_autofree char *path = NULL;
  g_autoptr(FsStore) store = open_store (&path);
  g_autoptr(FsDocument) premortem = new_premortem ();
  g_autoptr(FsDocument) answered = new_postmortem ("Checkout down for an hour", premortem);
  g_autoptr(FsDocument) unanswered = new_postmortem ("Slow checkout on Monday", premortem);
  g_autoptr(FsDocument) loaded = NULL;
  sqlite3 *db;

  fs_document_set_anticipated (answered, "r2", TRUE);
  save (store, premortem);
  save (store, answered);
  save (store, unanswered);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP INDEX documents_by_premortem; "
                                     "ALTER TABLE documents DROP COLUMN anticipated_asked; "
                                     "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = fs_store_open (path, NULL);
  g_assert_nonnull (store);
  loaded = fs_store_load (store, fs_document_get_id (answered), NULL);
  g_assert_true (fs_document_anticipated_asked (loaded));
  g_assert_true (fs_document_is_anticipated (loaded, "r2"));
  g_clear_object (&loaded);
  loaded = fs_store_load (store, fs_document_get_id (unanswered), NULL);
  g_assert_false (fs_document_anticipated_asked (loaded));
  g_assert_cmpstr (fs_document_get_premortem_id (loaded), ==, fs_document_get_id (premortem));
  assert_counts (store, premortem, 2, 1);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/chain/link/set-and-clear", test_set_and_clear);
  g_test_add_func ("/chain/link/json-round-trip", test_json_round_trip);
  g_test_add_func ("/chain/store/both-sides", test_both_sides);
  g_test_add_func ("/chain/store/deleted-target", test_deleted_target);
  g_test_add_func ("/chain/store/action-items", test_action_items_chain);
  g_test_add_func ("/chain/store/migrate-v2", test_migrate_v2);

  return g_test_run ();
}
