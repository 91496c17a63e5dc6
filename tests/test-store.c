/* test-store.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#endif

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "fs-store.h"
#include "fs-test-util.h"

/* Helpers */

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
  g_assert_nonnull (store);
  return store;
}

static FsDocument *
load (FsStore    *store,
      const char *id)
{
  g_autoptr(GError) error = NULL;
  FsDocument *document = fs_store_load (store, id, &error);

  g_assert_no_error (error);
  return document;
}

static void
save (FsStore    *store,
      FsDocument *document)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fs_store_save (store, document, &error));
  g_assert_no_error (error);
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static FsRecord *
add_item (FsDocument     *document,
          FsDocumentList  list)
{
  GType type = g_list_model_get_item_type (G_LIST_MODEL (fs_document_get_list (document, list)));
  g_autoptr(FsRecord) item = g_object_new (type, NULL);

  g_list_store_append (fs_document_get_list (document, list), item);
  return item;
}

static FsDocument *
new_document (FsDocumentKind  kind,
              const char     *title,
              const char     *status,
              const char     *modified)
{
  FsDocument *document = fs_document_new (kind);

  fs_document_set_title (document, title);
  if (status != NULL)
    fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_STATUS, status);
  if (modified != NULL)
    fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_MODIFIED, modified);
  return document;
}

/* Every field a value that differs from its default, read from the
 * descriptors so that a field added later is covered without a change here. */
static void
fill_record (FsRecord       *record,
             FsDocumentKind  kind,
             const char     *tag)
{
  const FsSchema *schema = fs_record_get_schema (record);
  g_autofree char *extra = g_strdup_printf ("{\"x-%s\":[1,\"two\",{\"deep\":true}]}", tag);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const FsField *field = &schema->fields[i];
      g_autofree char *text = g_strdup_printf ("%s %s “quoted” ' \"; DROP TABLE x; --",
                                               tag, field->name);
      const char *list[] = { text, "second\nline", "", "fourth", NULL };
      guint last_choice = 0;

      if (!fs_field_applies_to (field, kind))
        continue;
      switch (field->type)
        {
        case FS_FIELD_TEXT:
          if (field->flags & FS_FIELD_TIMESTAMP)
            fs_record_set_text (record, i, "2026-05-04T03:02:01Z");
          else if (field->flags & FS_FIELD_DATE)
            fs_record_set_text (record, i, "2026-05-04");
          else
            fs_record_set_text (record, i, text);
          break;
        case FS_FIELD_CHOICE:
          while (field->choices[last_choice + 1] != NULL)
            last_choice++;
          fs_record_set_text (record, i, field->choices[last_choice]);
          break;
        case FS_FIELD_TEXT_LIST:
          fs_record_set_list (record, i, list);
          break;
        case FS_FIELD_VOTES:
          {
            g_autofree char *votes = g_strdup_printf ("[{\"by\":\"%s\",\"count\":2},"
                                                      "{\"by\":\"Ana «\\\"Q\\\"»\",\"count\":1}]",
                                                      tag);

            fs_record_set_text (record, i, votes);
          }
          break;
        case FS_FIELD_BOOLEAN:
          fs_record_set_boolean (record, i, TRUE);
          break;
        case FS_FIELD_NUMBER:
          fs_record_set_number (record, i, field->min + (field->max - field->min) * 0.55 + 0.125);
          break;
        case FS_FIELD_OPTIONAL_NUMBER:
        default:
          /* Every other one stays "not given", which must come back as such. */
          fs_record_set_number (record, i, i % 2 ? NAN : field->max / 3 + 0.5);
          break;
        }
    }
  fs_record_set_extra (record, extra);
}

static FsDocument *
rich_document (FsDocumentKind kind)
{
  FsDocument *document = fs_document_new (kind);
  g_autofree char *id = g_strdup (fs_document_get_id (document));
  g_autofree char *kind_text = g_strdup (fs_record_get_text (FS_RECORD (document),
                                                             FS_DOCUMENT_KIND));

  fill_record (FS_RECORD (document), kind, "document");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_ID, id);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_KIND, kind_text);
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      if (!fs_document_list_applies (list, kind))
        continue;
      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *tag = g_strdup_printf ("%s-%u", fs_document_list_info (list)->member, i);

          fill_record (add_item (document, list), kind, tag);
        }
    }
  return document;
}

static gboolean
values_equal (FsRecord *expected,
              FsRecord *actual,
              guint     i)
{
  double a, b;

  switch (fs_record_get_schema (expected)->fields[i].type)
    {
    case FS_FIELD_TEXT:
    case FS_FIELD_CHOICE:
    case FS_FIELD_VOTES:
      return g_strcmp0 (fs_record_get_text (expected, i), fs_record_get_text (actual, i)) == 0;
    case FS_FIELD_TEXT_LIST:
      return g_strv_equal (fs_record_get_list (expected, i), fs_record_get_list (actual, i));
    case FS_FIELD_BOOLEAN:
      return fs_record_get_boolean (expected, i) == fs_record_get_boolean (actual, i);
    case FS_FIELD_NUMBER:
    case FS_FIELD_OPTIONAL_NUMBER:
    default:
      a = fs_record_get_number (expected, i);
      b = fs_record_get_number (actual, i);
      return (isnan (a) && isnan (b)) || a == b;
    }
}

static char *
show_value (FsRecord *record,
            guint     i)
{
  GParamSpec *pspec = FS_RECORD_GET_CLASS (record)->pspecs[i];
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (record), pspec->name, &value);
  return g_strdup_value_contents (&value);
}

static void
assert_records_equal (FsRecord *expected,
                      FsRecord *actual)
{
  const FsSchema *schema = fs_record_get_schema (expected);

  g_assert_true (G_OBJECT_TYPE (expected) == G_OBJECT_TYPE (actual));
  for (guint i = 0; i < schema->n_fields; i++)
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (values_equal (expected, actual, i))
        continue;
      a = show_value (expected, i);
      b = show_value (actual, i);
      g_error ("%s.%s differs: expected %s, got %s", schema->table ? schema->table : "documents",
               schema->fields[i].name, a, b);
    }
  g_assert_cmpstr (fs_record_get_extra (expected), ==, fs_record_get_extra (actual));
}

static void
assert_documents_equal (FsDocument *expected,
                        FsDocument *actual)
{
  assert_records_equal (FS_RECORD (expected), FS_RECORD (actual));
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      GListModel *a = G_LIST_MODEL (fs_document_get_list (expected, list));
      GListModel *b = G_LIST_MODEL (fs_document_get_list (actual, list));

      g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
      for (guint i = 0; i < g_list_model_get_n_items (a); i++)
        {
          g_autoptr(FsRecord) x = g_list_model_get_item (a, i);
          g_autoptr(FsRecord) y = g_list_model_get_item (b, i);

          assert_records_equal (x, y);
        }
    }
}

static char *
sibling (const char *path,
         const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

/* Opening and creating */

static void
test_default_path (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "foresight",
                                                "library.db", NULL);
  g_autofree char *by_default = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *blank = NULL;

  by_default = fs_store_default_path ();
  g_assert_cmpstr (by_default, ==, expected);
  g_setenv ("FORESIGHT_LIBRARY", "/somewhere/else.db", TRUE);
  chosen = fs_store_default_path ();
  g_setenv ("FORESIGHT_LIBRARY", "", TRUE);
  blank = fs_store_default_path ();
  g_unsetenv ("FORESIGHT_LIBRARY");
  g_assert_cmpstr (chosen, ==, "/somewhere/else.db");
  g_assert_cmpstr (blank, ==, expected);
}

static void
test_create_and_reopen (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) created = NULL;
  g_autoptr(FsDocument) loaded = NULL;

  g_assert_cmpstr (fs_store_get_path (store), ==, path);
  g_assert_false (fs_store_is_read_only (store));
  g_assert_cmpuint (fs_store_count (store, &error), ==, 0);
  created = fs_store_create (store, FS_DOCUMENT_KIND_POSTMORTEM, "Database failover", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
  g_clear_object (&store);

  store = open_store (path);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
  loaded = load (store, fs_document_get_id (created));
  g_assert_cmpstr (fs_document_get_title (loaded), ==, "Database failover");
  g_assert_cmpint (fs_document_get_kind (loaded), ==, FS_DOCUMENT_KIND_POSTMORTEM);

  g_assert_null (fs_store_load (store, "no-such-id", &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
}

static void
test_new_file_modes (void)
{
  g_autofree char *root = fs_test_make_dir ();
  g_autofree char *outer = g_build_filename (root, "outer", NULL);
  g_autofree char *inner = g_build_filename (outer, "inner", NULL);
  g_autofree char *path = g_build_filename (inner, "library.db", NULL);
  g_autofree char *wal = sibling (path, "-wal");
  g_autofree char *shm = sibling (path, "-shm");
  g_autoptr(FsStore) store = NULL;
  GStatBuf info;
  mode_t old_mask;

  /* With no umask to hide behind, only modes set on purpose pass. */
  old_mask = umask (0);
  store = open_store (path);
  g_object_unref (fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Private", NULL));
  umask (old_mask);

  g_assert_cmpint (g_stat (outer, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (inner, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (shm, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

/* The journal mode is written in the file; foreign keys are a setting of the
 * store's connection, seen when a purge takes the items along. */
static void
test_wal_and_foreign_keys (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = rich_document (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  save (store, document);
  g_assert_true (fs_store_delete (store, fs_document_get_id (document), &error));
  g_assert_no_error (error);

  db = open_raw (path);
  g_assert_cmpint (raw_int (db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM risks"), ==, 3);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM texts"), >, 0);
  raw_exec (db, "UPDATE documents SET deleted = 1");
  sqlite3_close (db);

  g_clear_object (&store);
  store = open_store (path);
  db = open_raw (path);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM documents"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM risks"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM people"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM texts"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM search_index"), ==, 0);
  sqlite3_close (db);
}

/* Saving and loading */

static void
test_round_trip (gconstpointer data)
{
  FsDocumentKind kind = GPOINTER_TO_INT (data);
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = rich_document (kind);
  g_autoptr(FsDocument) loaded = NULL;

  save (store, document);
  g_clear_object (&store);
  store = open_store (path);
  loaded = load (store, fs_document_get_id (document));
  assert_documents_equal (document, loaded);
}

static guint
search_count (FsStore    *store,
              const char *search)
{
  FsStoreQuery query = FS_STORE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = NULL;

  query.search = search;
  results = fs_store_query (store, &query, &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (results);
}

/* A save replaces the whole document: nothing of a removed item lingers. */
static void
test_save_replaces_items (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = new_document (FS_DOCUMENT_KIND_PREMORTEM, "Rollout",
                                                 NULL, NULL);
  g_autoptr(FsDocument) loaded = NULL;
  const char *gone[] = { "quasar", NULL };
  const char *kept[] = { "pulsar", NULL };

  fs_record_set_list (add_item (document, FS_DOCUMENT_RISKS), FS_RISK_SYMPTOMS, gone);
  fs_record_set_list (add_item (document, FS_DOCUMENT_RISKS), FS_RISK_SYMPTOMS, kept);
  save (store, document);
  g_assert_cmpuint (search_count (store, "quasar"), ==, 1);

  g_list_store_remove (fs_document_get_list (document, FS_DOCUMENT_RISKS), 0);
  save (store, document);
  loaded = load (store, fs_document_get_id (document));
  assert_documents_equal (document, loaded);
  g_assert_cmpuint (search_count (store, "quasar"), ==, 0);
  g_assert_cmpuint (search_count (store, "pulsar"), ==, 1);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
}

/* A library edited by hand: what the schema does not know comes back as the
 * default, and loading never fails over it. */
static void
test_load_unknown_choice (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = new_document (FS_DOCUMENT_KIND_POSTMORTEM, "Hand edited",
                                                 "final", NULL);
  g_autoptr(FsDocument) loaded = NULL;
  FsRecord *cause = add_item (document, FS_DOCUMENT_CAUSES);
  sqlite3 *db;

  fs_record_set_text (cause, FS_CAUSE_AREA, "fix");
  save (store, document);
  db = open_raw (path);
  raw_exec (db, "UPDATE documents SET status = 'archived'; UPDATE causes SET area = 'elsewhere';");
  sqlite3_close (db);

  loaded = load (store, fs_document_get_id (document));
  cause = fs_document_find_item (loaded, FS_DOCUMENT_CAUSES, "");
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (loaded), FS_DOCUMENT_STATUS), ==, "draft");
  g_assert_nonnull (cause);
  g_assert_cmpstr (fs_record_get_text (cause, FS_CAUSE_AREA), ==, "avoid");
}

/* Migrations and schema */

static void
test_migrate_v0_to_current (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = NULL;
  g_autoptr(FsDocument) document = NULL;
  sqlite3 *db;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = open_store (path);
  document = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Migrated", NULL);
  g_clear_object (&store);

  db = open_raw (path);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, FS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, FS_STORE_APPLICATION_ID);
  sqlite3_close (db);

  store = open_store (path);
  g_clear_object (&document);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
  g_clear_object (&store);
  db = open_raw (path);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, FS_STORE_SCHEMA_VERSION);
  sqlite3_close (db);
}

/* A library of version 1, before votes, opens with its documents whole and
 * takes votes from then on. */
static void
test_migrate_v1_to_v2 (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Before votes",
                                                    NULL);
  g_autoptr(FsDocument) loaded = NULL;
  g_autoptr(FsDocument) voted = NULL;
  FsRecord *risk = add_item (document, FS_DOCUMENT_RISKS);
  g_autofree char *id = g_strdup (fs_document_get_id (document));
  sqlite3 *db;

  fs_record_set_text (risk, FS_RISK_TITLE, "Replica lag");
  save (store, document);
  g_clear_object (&store);
  db = open_raw (path);
  raw_exec (db, "ALTER TABLE risks DROP COLUMN votes; ALTER TABLE causes DROP COLUMN votes; "
                "DROP TABLE workshops; "
                "DROP INDEX documents_by_premortem; "
                "ALTER TABLE documents DROP COLUMN anticipated_asked; "
                "PRAGMA user_version = 1;");
  sqlite3_close (db);

  store = open_store (path);
  db = open_raw (path);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, FS_STORE_SCHEMA_VERSION);
  sqlite3_close (db);
  loaded = load (store, id);
  risk = fs_document_find_item (loaded, FS_DOCUMENT_RISKS, fs_record_get_text (risk, FS_RISK_ID));
  g_assert_nonnull (risk);
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_TITLE), ==, "Replica lag");
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_VOTES), ==, "");

  fs_record_set_text (risk, FS_RISK_VOTES, "[{\"by\":\"Ana\",\"count\":2}]");
  save (store, loaded);
  voted = load (store, id);
  risk = fs_document_find_item (voted, FS_DOCUMENT_RISKS, fs_record_get_text (risk, FS_RISK_ID));
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_VOTES), ==, "[{\"by\":\"Ana\",\"count\":2}]");
}

/* Where a workshop stands is kept beside its document, replaced, cleared,
 * and found again after the library is opened anew. */
static void
test_workshop_state (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Workshop",
                                                    NULL);
  g_autofree char *id = g_strdup (fs_document_get_id (document));
  g_autoptr(GError) error = NULL;
  char *state;

  state = fs_store_load_workshop (store, id, &error);
  g_assert_no_error (error);
  g_assert_null (state);

  g_assert_true (fs_store_save_workshop (store, id, "{\"state\": \"running\"}", &error));
  g_assert_true (fs_store_save_workshop (store, id, "{\"state\": \"paused\"}", &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = open_store (path);
  state = fs_store_load_workshop (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (state, ==, "{\"state\": \"paused\"}");
  g_free (state);

  g_assert_false (fs_store_save_workshop (store, "nowhere", "{}", &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (fs_store_save_workshop (store, id, NULL, &error));
  state = fs_store_load_workshop (store, id, &error);
  g_assert_no_error (error);
  g_assert_null (state);
}

/* Votes the program did not write (a hand-edited library) come back as
 * none or in the one form it writes, never as anything else. */
static void
test_votes_read_carefully (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Votes", NULL);
  g_autoptr(FsDocument) loaded = NULL;
  FsRecord *risk = add_item (document, FS_DOCUMENT_RISKS);
  FsRecord *other = add_item (document, FS_DOCUMENT_RISKS);
  g_autofree char *id = g_strdup (fs_document_get_id (document));
  sqlite3 *db;

  fs_record_set_text (risk, FS_RISK_TITLE, "One");
  fs_record_set_text (other, FS_RISK_TITLE, "Two");
  save (store, document);
  db = open_raw (path);
  raw_exec (db, "UPDATE risks SET votes = '[{\"by\": \"Bo\", \"count\": 1}, {\"by\": \"Bo\", \"count\": 2}]' "
                "WHERE title = 'One'; UPDATE risks SET votes = 'not json' WHERE title = 'Two';");
  sqlite3_close (db);
  loaded = load (store, id);
  {
    GListModel *risks = G_LIST_MODEL (fs_document_get_list (loaded, FS_DOCUMENT_RISKS));
    g_autoptr(FsRecord) first = g_list_model_get_item (risks, 0);
    g_autoptr(FsRecord) second = g_list_model_get_item (risks, 1);

    g_assert_cmpstr (fs_record_get_text (first, FS_RISK_TITLE), ==, "One");
    g_assert_cmpstr (fs_record_get_text (first, FS_RISK_VOTES), ==, "[{\"by\":\"Bo\",\"count\":3}]");
    g_assert_cmpstr (fs_record_get_text (second, FS_RISK_VOTES), ==, "");
  }
}

/* A database with nothing in it and no owner is a new library too. */
static void
test_migrate_empty_database (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = NULL;
  sqlite3 *db = open_raw (path);

  raw_exec (db, "CREATE TABLE t (x); DROP TABLE t;");
  sqlite3_close (db);
  store = open_store (path);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 0);
}

static void
assert_columns (sqlite3        *db,
                const FsSchema *schema,
                const char     *always[])
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')",
                                          schema->table);
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  while (sqlite3_step (statement) == SQLITE_ROW)
    g_hash_table_add (columns, g_strdup ((const char *) sqlite3_column_text (statement, 0)));
  sqlite3_finalize (statement);

  g_assert_cmpuint (g_hash_table_size (columns), >, 0);
  for (guint i = 0; i < schema->n_fields; i++)
    {
      gboolean listed = schema->fields[i].type == FS_FIELD_TEXT_LIST;

      if (g_hash_table_contains (columns, schema->fields[i].name) == listed)
        g_error ("%s.%s: the column and the field disagree", schema->table,
                 schema->fields[i].name);
    }
  for (guint i = 0; always[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (columns, always[i]));
}

/* The frozen migrations and the record descriptors must agree. */
static void
test_schema_columns (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  const char *document_columns[] = { "rowid", "deleted", "extra", "risk_count", "action_count",
                                     "open_action_count", NULL };
  const char *item_columns[] = { "document", "position", "extra", NULL };
  sqlite3 *db = open_raw (path);

  assert_columns (db, fs_record_get_schema (FS_RECORD (document)), document_columns);
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      GType type = fs_document_list_info (list)->item_type ();
      FsRecordClass *klass = g_type_class_ref (type);

      assert_columns (db, klass->schema, item_columns);
      g_type_class_unref (klass);
    }
  sqlite3_close (db);
}

/* Listing and searching */

static void
assert_titles (FsStore            *store,
               const FsStoreQuery *query,
               const char         *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = fs_store_query (store, query, &error);
  g_autoptr(GString) titles = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (results, i);

      g_string_append_printf (titles, "%s%s", i ? "," : "",
                              fs_record_get_text (summary, FS_SUMMARY_TITLE));
    }
  g_assert_cmpstr (titles->str, ==, expected);
}

static void
fill_library (FsStore *store)
{
  g_autoptr(FsDocument) a = new_document (FS_DOCUMENT_KIND_PREMORTEM, "beta", "draft",
                                          "2026-01-03T00:00:00Z");
  g_autoptr(FsDocument) b = new_document (FS_DOCUMENT_KIND_POSTMORTEM, "Alpha", "final",
                                          "2026-01-01T00:00:00Z");
  g_autoptr(FsDocument) c = new_document (FS_DOCUMENT_KIND_PREMORTEM, "Gamma", "review",
                                          "2026-01-02T00:00:00Z");
  g_autoptr(FsDocument) d = new_document (FS_DOCUMENT_KIND_POSTMORTEM, "delta", "review",
                                          "2026-01-04T00:00:00Z");
  const char *statuses[] = { "open", "done", "dropped" };

  add_item (a, FS_DOCUMENT_RISKS);
  add_item (a, FS_DOCUMENT_RISKS);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    fs_record_set_text (add_item (a, FS_DOCUMENT_ACTION_ITEMS), FS_ACTION_ITEM_STATUS,
                        statuses[i]);
  save (store, a);
  save (store, b);
  save (store, c);
  save (store, d);
}

static void
test_query_filters_and_sorts (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(FsRecord) first = NULL;
  FsStoreQuery query = FS_STORE_QUERY_INIT;

  fill_library (store);
  assert_titles (store, NULL, "delta,beta,Gamma,Alpha");
  assert_titles (store, &query, "delta,beta,Gamma,Alpha");
  query.sort = FS_STORE_SORT_TITLE;
  assert_titles (store, &query, "Alpha,beta,delta,Gamma");
  query.sort = FS_STORE_SORT_STATUS;
  assert_titles (store, &query, "beta,delta,Gamma,Alpha");

  query.sort = FS_STORE_SORT_MODIFIED;
  query.kind = FS_DOCUMENT_KIND_PREMORTEM;
  assert_titles (store, &query, "beta,Gamma");
  query.kind = FS_DOCUMENT_KIND_POSTMORTEM;
  assert_titles (store, &query, "delta,Alpha");
  query.status = "review";
  assert_titles (store, &query, "delta");
  query.kind = -1;
  assert_titles (store, &query, "delta,Gamma");
  query.status = "final";
  query.search = "   ";
  assert_titles (store, &query, "Alpha");

  /* The counts come with the listing. */
  query.status = "draft";
  query.search = NULL;
  results = fs_store_query (store, &query, NULL);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (fs_record_get_text (first, FS_SUMMARY_KIND), ==, "premortem");
  g_assert_cmpfloat (fs_record_get_number (first, FS_SUMMARY_RISKS), ==, 2);
  g_assert_cmpfloat (fs_record_get_number (first, FS_SUMMARY_ACTION_ITEMS), ==, 3);
  g_assert_cmpfloat (fs_record_get_number (first, FS_SUMMARY_OPEN_ACTION_ITEMS), ==, 1);
  g_assert_cmpstr (fs_record_get_text (first, FS_SUMMARY_MODIFIED), ==, "2026-01-03T00:00:00Z");
}

static void
fill_searchable (FsStore  *store,
                 char    **premortem_id,
                 char    **postmortem_id)
{
  g_autoptr(FsDocument) pre = new_document (FS_DOCUMENT_KIND_PREMORTEM, "Checkout migration",
                                            NULL, NULL);
  g_autoptr(FsDocument) post = new_document (FS_DOCUMENT_KIND_POSTMORTEM, "Certificate outage",
                                             NULL, NULL);
  const char *symptoms[] = { "Spike in HTTP 504 answers from the payment gateway", NULL };
  FsRecord *item;

  item = add_item (pre, FS_DOCUMENT_RISKS);
  fs_record_set_text (item, FS_RISK_TITLE, "Gateway timeouts");
  fs_record_set_list (item, FS_RISK_SYMPTOMS, symptoms);
  fs_record_set_text (FS_RECORD (pre), FS_DOCUMENT_OVERVIEW_HISTORY, "Café menu résumé");
  item = add_item (post, FS_DOCUMENT_CAUSES);
  fs_record_set_text (item, FS_CAUSE_TEXT, "The nightly rotation job failed without a sound");
  item = add_item (post, FS_DOCUMENT_ACTION_ITEMS);
  fs_record_set_text (item, FS_ACTION_ITEM_TEXT, "Alert on certificate expiry two weeks ahead");
  save (store, pre);
  save (store, post);
  *premortem_id = g_strdup (fs_document_get_id (pre));
  *postmortem_id = g_strdup (fs_document_get_id (post));
}

/* Searches for words and expects one document, whose snippet holds the word. */
static void
assert_search (FsStore    *store,
               const char *search,
               const char *expected_id,
               const char *in_snippet)
{
  FsStoreQuery query = FS_STORE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(FsRecord) summary = NULL;
  g_autofree char *snippet = NULL;
  g_autofree char *word = NULL;

  query.search = search;
  results = fs_store_query (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  summary = g_list_model_get_item (results, 0);
  g_test_message ("“%s” → %s", search, fs_record_get_text (summary, FS_SUMMARY_SNIPPET));
  g_assert_cmpstr (fs_record_get_text (summary, FS_SUMMARY_ID), ==, expected_id);
  snippet = g_utf8_casefold (fs_record_get_text (summary, FS_SUMMARY_SNIPPET), -1);
  word = g_utf8_casefold (in_snippet, -1);
  g_assert_nonnull (strstr (snippet, word));
  g_assert_null (strpbrk (snippet, "\1\2\n"));
}

static void
test_search_finds_items (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autofree char *pre = NULL;
  g_autofree char *post = NULL;
  FsStoreQuery query = FS_STORE_QUERY_INIT;

  fill_searchable (store, &pre, &post);
  assert_search (store, "504", pre, "504");
  assert_search (store, "rotation", post, "rotation");
  assert_search (store, "expiry", post, "expiry");
  assert_search (store, "nightly job", post, "nightly");
  assert_search (store, "resume", pre, "résumé");
  /* A match in the title alone shows the title. */
  assert_search (store, "migration", pre, "Checkout migration");
  g_assert_cmpuint (search_count (store, "gateway certificate"), ==, 0);
  g_assert_cmpuint (search_count (store, "unheard"), ==, 0);

  query.search = "certificate";
  query.kind = FS_DOCUMENT_KIND_PREMORTEM;
  assert_titles (store, &query, "");
  query.kind = FS_DOCUMENT_KIND_POSTMORTEM;
  assert_titles (store, &query, "Certificate outage");

  g_assert_true (fs_store_delete (store, post, NULL));
  g_assert_cmpuint (search_count (store, "rotation"), ==, 0);
}

static void
test_search_prefix (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autofree char *pre = NULL;
  g_autofree char *post = NULL;

  fill_searchable (store, &pre, &post);
  assert_search (store, "gatew", pre, "gateway");
  assert_search (store, "certif", post, "certificate expiry");
  assert_search (store, "  payment  GATE ", pre, "gateway");
  /* Only the last word is a prefix, and a last letter alone waits for the next. */
  g_assert_cmpuint (search_count (store, "paym gateway"), ==, 0);
  assert_search (store, "gateway q", pre, "gateway");
  g_assert_cmpuint (search_count (store, "c"), ==, 2);
}

/* The snippet of a long text comes from its first matching line, wherever
 * that is, and a longer word that merely starts like the searched one is no
 * match, even where reading the text in parts cuts it. */
static void
test_search_long_text (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Lines of 64 bytes, so that the first 2048 bytes end inside "rotations"
   * of line 31, just after "rotation". */
  for (guint i = 0; i < 100; i++)
    {
      if (i == 31)
        g_string_append_printf (text, "%-56s%s", "We plan the weekend:", "rotations, twice.\n");
      else if (i == 70)
        g_string_append (text, "Then the certificate rotation of the gateway happens, quietly.\n");
      else
        g_string_append_printf (text, "Line %03u of a long history that goes on and on and "
                                      "on, and on..\n", i);
    }
  g_assert_cmpuint (strstr (text->str, "rotations") - text->str, ==, 2040);
  fs_document_set_title (document, "Long history");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_HISTORY, text->str);
  save (store, document);

  assert_search (store, "rotation gateway", fs_document_get_id (document), "rotation of the");
  assert_search (store, "rotati", fs_document_get_id (document), "rotations");
  assert_search (store, "099", fs_document_get_id (document), "099");
}

/* A word in every document lists a bounded number of them, the newest. */
static void
test_search_limit (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(FsRecord) newest = NULL;
  FsStoreQuery query = FS_STORE_QUERY_INIT;

  for (guint i = 0; i < 250; i++)
    {
      g_autofree char *title = g_strdup_printf ("Common rollout %03u", i);
      g_autofree char *modified = g_strdup_printf ("2026-01-01T00:%02u:%02uZ", i / 60, i % 60);

      g_ptr_array_add (documents, new_document (FS_DOCUMENT_KIND_PREMORTEM, title, NULL,
                                                modified));
    }
  written = fs_store_import (store, documents, NULL);
  g_assert_cmpuint (written->len, ==, 250);

  query.search = "rollout";
  results = fs_store_query (store, &query, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 200);
  newest = g_list_model_get_item (results, 0);
  g_assert_cmpstr (fs_record_get_text (newest, FS_SUMMARY_TITLE), ==, "Common rollout 249");
  g_assert_cmpstr (fs_record_get_text (newest, FS_SUMMARY_SNIPPET), ==, "Common rollout 249");
}

static void
test_search_hostile (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autofree char *pre = NULL;
  g_autofree char *post = NULL;
  const char *searches[] = {
    "\"", "\"\"", "NEAR(", "NEAR(a b)", "*", "-", "-gateway", "'); DROP TABLE documents; --",
    "title:gateway", "body : x", "AND", "OR NOT", "^", "a\"b", "(", ")", "{title}: x", "+",
    "\xff\xfe invalid", "gate*way", "\"gateway", "NOT gateway",
  };

  fill_searchable (store, &pre, &post);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      FsStoreQuery query = FS_STORE_QUERY_INIT;
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) results = NULL;

      g_autofree char *shown = g_strescape (searches[i], NULL);

      g_test_message ("searching for %s", shown);
      query.search = searches[i];
      results = fs_store_query (store, &query, &error);
      g_assert_no_error (error);
      g_assert_nonnull (results);
    }
  /* Quotes and operators are text, not syntax. */
  g_assert_cmpuint (search_count (store, "\"gateway"), ==, 1);
  g_assert_cmpuint (search_count (store, "NOT gateway"), ==, 0);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 2);
}

/* Duplicating, deleting */

static void
test_duplicate (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) original = rich_document (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsDocument) copy = NULL;
  g_autoptr(FsDocument) named = NULL;
  g_autoptr(FsDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;

  save (store, original);
  copy = fs_store_duplicate (store, fs_document_get_id (original), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fs_document_get_id (copy), !=, fs_document_get_id (original));
  loaded = load (store, fs_document_get_id (copy));
  assert_documents_equal (copy, loaded);
  g_assert_cmpstr (fs_document_get_title (loaded), ==, fs_document_get_title (original));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
                      fs_document_get_list (loaded, FS_DOCUMENT_CAUSES))), ==, 3);

  named = fs_store_duplicate (store, fs_document_get_id (original), "Copy of it", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fs_document_get_title (named), ==, "Copy of it");
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 3);

  g_assert_null (fs_store_duplicate (store, "missing", NULL, &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_and_undelete (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = rich_document (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsDocument) loaded = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = fs_document_get_id (document);

  save (store, document);
  g_assert_true (fs_store_delete (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 0);
  assert_titles (store, NULL, "");
  actions = fs_store_list_action_items (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 0);
  g_assert_null (fs_store_load (store, id, &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fs_store_delete (store, id, &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A save still pending when the person deleted it does not bring it back. */
  save (store, document);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 0);

  g_assert_true (fs_store_undelete (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
  loaded = load (store, id);
  assert_documents_equal (document, loaded);
  g_clear_object (&actions);
  actions = fs_store_list_action_items (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
}

static void
test_delete_purged_on_reopen (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) gone = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Gone", NULL);
  g_autoptr(FsDocument) back = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Back", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_assert_true (fs_store_delete (store, fs_document_get_id (gone), NULL));
  g_assert_true (fs_store_delete (store, fs_document_get_id (back), NULL));
  g_assert_true (fs_store_undelete (store, fs_document_get_id (back), NULL));
  g_clear_object (&store);

  /* Just deleted: a second opening, say the command line's, leaves it. */
  store = open_store (path);
  g_clear_object (&store);
  db = open_raw (path);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM documents"), ==, 2);
  raw_exec (db, "UPDATE documents SET deleted = 1 WHERE deleted != 0");
  sqlite3_close (db);

  store = open_store (path);
  assert_titles (store, NULL, "Back");
  g_assert_false (fs_store_undelete (store, fs_document_get_id (gone), &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
  db = open_raw (path);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM documents"), ==, 1);
  sqlite3_close (db);
}

/* Action items */

static FsDocument *
document_with_actions (FsDocumentKind  kind,
                       const char     *title,
                       const char     *ids[],
                       const char     *dues[])
{
  FsDocument *document = new_document (kind, title, NULL, "2001-01-01T00:00:00Z");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      FsRecord *item = add_item (document, FS_DOCUMENT_ACTION_ITEMS);
      g_autofree char *text = g_strdup_printf ("Do %s", ids[i]);

      fs_record_set_text (item, FS_ACTION_ITEM_ID, ids[i]);
      fs_record_set_text (item, FS_ACTION_ITEM_TEXT, text);
      fs_record_set_text (item, FS_ACTION_ITEM_OWNER, "Sam");
      fs_record_set_text (item, FS_ACTION_ITEM_DUE, dues[i]);
    }
  return document;
}

static void
assert_actions (FsStore    *store,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = fs_store_list_action_items (store, &error);
  g_autoptr(GString) seen = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(FsRecord) entry = g_list_model_get_item (entries, i);

      g_string_append_printf (seen, "%s%s/%s/%s/%s/%s", i ? "," : "",
                              fs_record_get_text (entry, FS_ACTION_ENTRY_DOCUMENT_TITLE),
                              fs_record_get_text (entry, FS_ACTION_ENTRY_DOCUMENT_KIND),
                              fs_record_get_text (entry, FS_ACTION_ENTRY_ID),
                              fs_record_get_text (entry, FS_ACTION_ENTRY_DUE),
                              fs_record_get_text (entry, FS_ACTION_ENTRY_STATUS));
    }
  g_assert_cmpstr (seen->str, ==, expected);
}

static void
test_action_items (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) zeta = document_with_actions (FS_DOCUMENT_KIND_PREMORTEM, "Zeta rollout",
                                                      (const char *[]) { "a1", "a2", NULL },
                                                      (const char *[]) { "2026-03-01", "" });
  g_autoptr(FsDocument) alpha = document_with_actions (FS_DOCUMENT_KIND_POSTMORTEM, "Alpha outage",
                                                       (const char *[]) { "k1", "k2", NULL },
                                                       (const char *[]) { "2026-02-01",
                                                                          "2026-03-01" });
  g_autoptr(FsDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *alpha_id = fs_document_get_id (alpha);

  save (store, zeta);
  save (store, alpha);
  assert_actions (store, "Alpha outage/postmortem/k1/2026-02-01/open,"
                         "Alpha outage/postmortem/k2/2026-03-01/open,"
                         "Zeta rollout/premortem/a1/2026-03-01/open,"
                         "Zeta rollout/premortem/a2//open");

  g_assert_true (fs_store_set_action_status (store, alpha_id, "k1", "done", &error));
  g_assert_no_error (error);
  g_assert_false (fs_store_set_action_status (store, alpha_id, "k1", "finished", &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (fs_store_set_action_status (store, alpha_id, "a1", "done", &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&store);
  store = open_store (path);
  assert_actions (store, "Alpha outage/postmortem/k1/2026-02-01/done,"
                         "Alpha outage/postmortem/k2/2026-03-01/open,"
                         "Zeta rollout/premortem/a1/2026-03-01/open,"
                         "Zeta rollout/premortem/a2//open");
  loaded = load (store, alpha_id);
  g_assert_cmpstr (fs_record_get_text (fs_document_find_item (loaded, FS_DOCUMENT_ACTION_ITEMS,
                                                              "k1"), FS_ACTION_ITEM_STATUS),
                   ==, "done");
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (loaded), FS_DOCUMENT_MODIFIED), >,
                   "2001-01-01T00:00:00Z");

  g_assert_true (fs_store_delete (store, alpha_id, NULL));
  assert_actions (store, "Zeta rollout/premortem/a1/2026-03-01/open,"
                         "Zeta rollout/premortem/a2//open");
  g_assert_false (fs_store_set_action_status (store, alpha_id, "k2", "done", &error));
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND);
}

/* Libraries that must be refused and left alone */

static void
assert_open_refused (const char *path,
                     int         code)
{
  g_autofree char *before = fs_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = sibling (path, "-wal");
  g_autofree char *shm = sibling (path, "-shm");
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = fs_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, FS_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "left untouched"));
  after = fs_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_refuse_corrupt (void)
{
  g_autofree char *path = new_library_path ();
  g_autofree char *disguised = new_library_path ();
  g_autoptr(GByteArray) noise = g_byte_array_new ();

  for (guint i = 0; i < 8192; i++)
    g_byte_array_append (noise, (guint8[]) { g_test_rand_int_range (0, 256) }, 1);
  g_assert_true (g_file_set_contents (path, (const char *) noise->data, noise->len, NULL));
  assert_open_refused (path, FS_STORE_ERROR_CORRUPT);

  /* Noise behind the header of a database, with no owner: SQLite must judge. */
  memcpy (noise->data, "SQLite format 3", 16);
  memset (noise->data + 60, 0, 12);
  g_assert_true (g_file_set_contents (disguised, (const char *) noise->data, noise->len, NULL));
  assert_open_refused (disguised, FS_STORE_ERROR_CORRUPT);
}

/* A library of ours whose header is intact and whose tables are not. */
static void
test_refuse_damaged (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = rich_document (FS_DOCUMENT_KIND_PREMORTEM);
  g_autofree char *contents = NULL;
  gsize length;

  save (store, document);
  g_clear_object (&store);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 6 * 4096);
  memset (contents + 4 * 4096, 0x5a, 2 * 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  assert_open_refused (path, FS_STORE_ERROR_CORRUPT);
}

static void
test_refuse_other_application (void)
{
  g_autofree char *path = new_library_path ();
  g_autofree char *unmarked = new_library_path ();
  sqlite3 *db = open_raw (path);

  raw_exec (db, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');"
                "PRAGMA application_id = 305419896;");
  sqlite3_close (db);
  assert_open_refused (path, FS_STORE_ERROR_NOT_OURS);

  db = open_raw (unmarked);
  raw_exec (db, "CREATE TABLE notes (text TEXT);");
  sqlite3_close (db);
  assert_open_refused (unmarked, FS_STORE_ERROR_NOT_OURS);
}

static void
test_refuse_too_new (void)
{
  g_autofree char *path = new_library_path ();
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = WAL; "
                                          "PRAGMA application_id = %d; PRAGMA user_version = 99;"
                                          "CREATE TABLE documents (id TEXT);",
                                          FS_STORE_APPLICATION_ID);
  sqlite3 *db = open_raw (path);

  raw_exec (db, sql);
  sqlite3_close (db);
  assert_open_refused (path, FS_STORE_ERROR_TOO_NEW);
}

/* Root ignores permission bits, but not the immutable attribute. */
static gboolean
make_unwritable (const char *path,
                 gboolean    unwritable)
{
  gboolean is_dir = g_file_test (path, G_FILE_TEST_IS_DIR);

  if (geteuid () != 0)
    return g_chmod (path, unwritable ? (is_dir ? 0500 : 0400) : (is_dir ? 0700 : 0600)) == 0;
#if defined (__linux__) && defined (FS_IOC_SETFLAGS)
  {
    int fd = g_open (path, O_RDONLY | O_CLOEXEC | (is_dir ? O_DIRECTORY : 0), 0);
    int flags = 0;
    gboolean ok;

    if (fd < 0)
      return FALSE;
    ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = unwritable ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    ok = ok && ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    close (fd);
    return ok;
  }
#else
  return FALSE;
#endif
}

/* Opens PATH while LOCKED cannot be written, and returns the error. The lock
 * comes off before any assertion, so that a failure leaves nothing behind. */
static GError *
open_while_unwritable (const char *locked,
                       const char *path,
                       gboolean   *skipped)
{
  g_autoptr(FsStore) store = NULL;
  GError *error = NULL;

  *skipped = !make_unwritable (locked, TRUE);
  if (*skipped)
    return NULL;
  store = fs_store_open (path, &error);
  g_clear_object (&store);
  g_assert_true (make_unwritable (locked, FALSE));
  return error;
}

static void
assert_read_only_error (GError     *error,
                        const char *path)
{
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_READ_ONLY);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_refuse_read_only (void)
{
  g_autofree char *path = new_library_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *missing = g_build_filename (folder, "new.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(GError) in_folder = NULL;
  g_autoptr(GError) file = NULL;
  g_autoptr(GError) new_file = NULL;
  gboolean skipped;

  g_object_unref (fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Kept", NULL));
  g_clear_object (&store);
  before = fs_test_file_digest (path);

  in_folder = open_while_unwritable (folder, path, &skipped);
  if (skipped)
    {
      g_test_skip ("Running as root, which ignores permission bits, on a file system that "
                   "refuses the immutable attribute (it needs CAP_LINUX_IMMUTABLE)");
      return;
    }
  file = open_while_unwritable (path, path, &skipped);
  new_file = open_while_unwritable (folder, missing, &skipped);
  after = fs_test_file_digest (path);

  assert_read_only_error (in_folder, path);
  assert_read_only_error (file, path);
  assert_read_only_error (new_file, missing);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Importing */

static GPtrArray *
documents_of (FsDocument *first,
              ...)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (FsDocument *d = first; d != NULL; d = va_arg (args, FsDocument *))
    g_ptr_array_add (documents, d);
  va_end (args);
  return documents;
}

static GPtrArray *
import (FsStore   *store,
        GPtrArray *documents)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *written = fs_store_import (store, documents, &error);

  g_assert_no_error (error);
  g_assert_nonnull (written);
  return written;
}

static FsDocument *
version_of (FsDocument *document,
            const char *title,
            const char *modified,
            guint       n_risks)
{
  FsDocument *copy = FS_DOCUMENT (fs_record_copy (FS_RECORD (document)));

  fs_document_set_title (copy, title);
  fs_record_set_text (FS_RECORD (copy), FS_DOCUMENT_MODIFIED, modified);
  for (guint i = 0; i < n_risks; i++)
    add_item (copy, FS_DOCUMENT_RISKS);
  return copy;
}

static void
test_import_newer_wins (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) base = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  const char *id = fs_document_get_id (base);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(FsDocument) loaded = NULL;

  documents = documents_of (version_of (base, "First", "2026-02-01T00:00:00Z", 3), NULL);
  written = import (store, documents);
  g_assert_cmpuint (written->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (written, 0), ==, id);
  g_clear_pointer (&written, g_ptr_array_unref);
  written = import (store, documents);
  g_assert_cmpuint (written->len, ==, 0);
  g_clear_pointer (&written, g_ptr_array_unref);
  g_clear_pointer (&documents, g_ptr_array_unref);

  documents = documents_of (version_of (base, "Older", "2026-01-01T00:00:00Z", 0), NULL);
  written = import (store, documents);
  g_assert_cmpuint (written->len, ==, 0);
  g_clear_pointer (&written, g_ptr_array_unref);
  g_clear_pointer (&documents, g_ptr_array_unref);

  /* The same id twice in one file: the newer of the two, once. */
  documents = documents_of (version_of (base, "Newer", "2026-03-01T00:00:00Z", 1),
                            version_of (base, "Newest", "2026-04-01T00:00:00Z", 2), NULL);
  written = import (store, documents);
  g_assert_cmpuint (written->len, ==, 1);
  g_assert_cmpuint (fs_store_count (store, NULL), ==, 1);
  loaded = load (store, id);
  g_assert_cmpstr (fs_document_get_title (loaded), ==, "Newest");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
                      fs_document_get_list (loaded, FS_DOCUMENT_RISKS))), ==, 2);
}

static void
test_import_revives_deleted (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM,
                                                    "Again", NULL);
  g_autoptr(GPtrArray) documents = documents_of (g_object_ref (document), NULL);
  g_autoptr(GPtrArray) written = NULL;

  g_assert_true (fs_store_delete (store, fs_document_get_id (document), NULL));
  written = import (store, documents);
  g_assert_cmpuint (written->len, ==, 1);
  assert_titles (store, NULL, "Again");
}

static void
count_changes (FsStore *store,
               guint   *changes)
{
  (*changes)++;
}

/* A document without an id cannot be stored: the import that holds one is
 * refused whole, with what came before it in the same file. */
static void
test_import_rolls_back (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) kept = new_document (FS_DOCUMENT_KIND_PREMORTEM, "Kept", NULL,
                                             "2026-01-01T00:00:00Z");
  g_autoptr(FsDocument) fresh = new_document (FS_DOCUMENT_KIND_POSTMORTEM, "Fresh", NULL, NULL);
  g_autoptr(FsDocument) broken = new_document (FS_DOCUMENT_KIND_PREMORTEM, "Broken", NULL, NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) loaded = NULL;
  guint changes = 0;

  save (store, kept);
  fs_record_set_text (FS_RECORD (broken), FS_DOCUMENT_ID, "");
  documents = documents_of (g_object_ref (fresh),
                            version_of (kept, "Changed", "2026-06-01T00:00:00Z", 2),
                            g_object_ref (broken), NULL);
  g_signal_connect (store, "changed", G_CALLBACK (count_changes), &changes);
  written = fs_store_import (store, documents, &error);
  g_assert_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (written);
  g_assert_cmpuint (changes, ==, 0);

  assert_titles (store, NULL, "Kept");
  loaded = load (store, fs_document_get_id (kept));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
                      fs_document_get_list (loaded, FS_DOCUMENT_RISKS))), ==, 0);
  g_clear_object (&store);
  store = open_store (path);
  assert_titles (store, NULL, "Kept");
}

static void
test_changed_signal (void)
{
  g_autofree char *path = new_library_path ();
  g_autoptr(FsStore) store = open_store (path);
  g_autoptr(FsDocument) document = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) written = NULL;
  const char *ids[] = { "a1", NULL };
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changes), &changes);
  document = document_with_actions (FS_DOCUMENT_KIND_POSTMORTEM, "Signals", ids,
                                    (const char *[]) { "" });
  save (store, document);
  g_assert_cmpuint (changes, ==, 1);
  documents = documents_of (g_object_ref (document), NULL);
  written = import (store, documents);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (fs_store_set_action_status (store, fs_document_get_id (document), "a1",
                                             "done", NULL));
  g_assert_cmpuint (changes, ==, 2);
  g_assert_false (fs_store_set_action_status (store, "nope", "a1", "done", NULL));
  g_assert_true (fs_store_delete (store, fs_document_get_id (document), NULL));
  g_assert_cmpuint (changes, ==, 3);
  g_assert_false (fs_store_delete (store, fs_document_get_id (document), NULL));
  g_assert_true (fs_store_undelete (store, fs_document_get_id (document), NULL));
  g_assert_cmpuint (changes, ==, 4);
  g_clear_object (&document);
  document = fs_store_create (store, FS_DOCUMENT_KIND_PREMORTEM, "Made", NULL);
  g_assert_cmpuint (changes, ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/store/open/default-path", test_default_path);
  g_test_add_func ("/store/open/create-and-reopen", test_create_and_reopen);
  g_test_add_func ("/store/open/new-file-modes", test_new_file_modes);
  g_test_add_func ("/store/open/wal-and-foreign-keys", test_wal_and_foreign_keys);
  g_test_add_func ("/store/open/refuse-corrupt", test_refuse_corrupt);
  g_test_add_func ("/store/open/refuse-damaged", test_refuse_damaged);
  g_test_add_func ("/store/open/refuse-other-application", test_refuse_other_application);
  g_test_add_func ("/store/open/refuse-too-new", test_refuse_too_new);
  g_test_add_func ("/store/open/refuse-read-only", test_refuse_read_only);
  g_test_add_func ("/store/migrate/v0-to-current", test_migrate_v0_to_current);
  g_test_add_func ("/store/migrate/v1-to-v2", test_migrate_v1_to_v2);
  g_test_add_func ("/store/votes/read-carefully", test_votes_read_carefully);
  g_test_add_func ("/store/workshop-state", test_workshop_state);
  g_test_add_func ("/store/migrate/empty-database", test_migrate_empty_database);
  g_test_add_func ("/store/schema/columns-match-fields", test_schema_columns);
  g_test_add_data_func ("/store/save/round-trip-premortem",
                        GINT_TO_POINTER (FS_DOCUMENT_KIND_PREMORTEM), test_round_trip);
  g_test_add_data_func ("/store/save/round-trip-postmortem",
                        GINT_TO_POINTER (FS_DOCUMENT_KIND_POSTMORTEM), test_round_trip);
  g_test_add_func ("/store/save/replaces-items", test_save_replaces_items);
  g_test_add_func ("/store/load/unknown-choice", test_load_unknown_choice);
  g_test_add_func ("/store/save/changed-signal", test_changed_signal);
  g_test_add_func ("/store/query/filters-and-sorts", test_query_filters_and_sorts);
  g_test_add_func ("/store/search/finds-items", test_search_finds_items);
  g_test_add_func ("/store/search/prefix", test_search_prefix);
  g_test_add_func ("/store/search/hostile-text", test_search_hostile);
  g_test_add_func ("/store/search/limit", test_search_limit);
  g_test_add_func ("/store/search/long-text", test_search_long_text);
  g_test_add_func ("/store/duplicate", test_duplicate);
  g_test_add_func ("/store/delete/undelete", test_delete_and_undelete);
  g_test_add_func ("/store/delete/purged-on-reopen", test_delete_purged_on_reopen);
  g_test_add_func ("/store/action-items/list-and-status", test_action_items);
  g_test_add_func ("/store/import/newer-wins", test_import_newer_wins);
  g_test_add_func ("/store/import/revives-deleted", test_import_revives_deleted);
  g_test_add_func ("/store/import/rolls-back-whole", test_import_rolls_back);

  return g_test_run ();
}
