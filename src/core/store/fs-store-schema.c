/* fs-store-schema.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-store-private.h"

/* Each migration is frozen text: once released it never changes, whatever
 * becomes of the record schemas, so that every library reaches the same
 * tables by the same steps. A new version appends a migration. */

/* Item rows are kept in (document, position) order, the key of the table
 * itself: one B-tree a table to write, and a document's items side by side. */
#define ITEM_TABLE(name, columns)                                                   \
  "CREATE TABLE " name " (\n"                                                       \
  "  \"document\" INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,\n" \
  "  \"position\" INTEGER NOT NULL,\n"                                               \
  columns                                                                            \
  "  \"extra\" TEXT,\n"                                                              \
  "  PRIMARY KEY (\"document\", \"position\")\n"                                     \
  ") WITHOUT ROWID;\n"

#define TEXT(name)     "  \"" name "\" TEXT NOT NULL DEFAULT '',\n"
#define FLAG(name)     "  \"" name "\" INTEGER NOT NULL DEFAULT 0,\n"
#define NUMBER(name)   "  \"" name "\" REAL NOT NULL DEFAULT 0,\n"
#define OPTIONAL(name) "  \"" name "\" REAL,\n"
#define COUNT(name)    "  \"" name "\" INTEGER NOT NULL DEFAULT 0,\n"

#define LISTED \
  "\"kind\", \"title\", \"status\", \"created\", \"risk_count\", \"action_count\", " \
  "\"open_action_count\""

static const char migration_v1[] =
  "CREATE TABLE documents (\n"
  "  \"rowid\" INTEGER PRIMARY KEY,\n"
  "  \"id\" TEXT UNIQUE NOT NULL CHECK (\"id\" <> ''),\n"
  "  \"kind\" TEXT NOT NULL CHECK (\"kind\" IN ('premortem', 'postmortem')),\n"
  TEXT ("title") TEXT ("status") TEXT ("created") TEXT ("modified")
  TEXT ("overview_change") TEXT ("overview_reason") TEXT ("overview_history")
  TEXT ("overview_risk_level") TEXT ("overview_failure_date")
  TEXT ("schedule_start") TEXT ("schedule_window") TEXT ("schedule_takes_effect")
  TEXT ("rollback_performed_by") TEXT ("rollback_prepared")
  TEXT ("rollback_point_of_no_return")
  TEXT ("go_no_go_decision") TEXT ("go_no_go_decided_by") TEXT ("go_no_go_decided_at")
  TEXT ("incident_started") TEXT ("incident_detected") TEXT ("incident_resolved")
  TEXT ("incident_status") TEXT ("incident_severity") TEXT ("incident_facilitator")
  TEXT ("incident_summary")
  TEXT ("impact_description") OPTIONAL ("impact_duration_minutes")
  OPTIONAL ("impact_requests_pct") OPTIONAL ("impact_users_pct") OPTIONAL ("impact_data_pct")
  TEXT ("impact_cleanup")
  TEXT ("trigger") TEXT ("detection") TEXT ("resolution")
  FLAG ("anonymize") TEXT ("premortem")
  FLAG ("deleted")
  COUNT ("risk_count") COUNT ("action_count") COUNT ("open_action_count")
  "  \"extra\" TEXT\n"
  ");\n"
  /* The library's list reads one of these indexes alone, in the order it
   * shows, and never the wide rows: one for each FsStoreSort. */
  "CREATE INDEX documents_by_modified ON documents (\"deleted\", \"modified\" DESC, \"id\" DESC,\n"
  "  " LISTED ");\n"
  "CREATE INDEX documents_by_title ON documents (\"deleted\", \"title\" COLLATE NOCASE,\n"
  "  \"modified\" DESC, \"id\" DESC, " LISTED ");\n"
  "CREATE INDEX documents_by_status ON documents (\"deleted\",\n"
  "  (CASE \"status\" WHEN 'draft' THEN 0 WHEN 'review' THEN 1 WHEN 'final' THEN 2 ELSE 3 END),\n"
  "  \"modified\" DESC, \"id\" DESC, " LISTED ");\n"

  ITEM_TABLE ("people", TEXT ("name") TEXT ("role") TEXT ("responsibilities"))
  ITEM_TABLE ("timeline_entries", TEXT ("when") TEXT ("who"))
  ITEM_TABLE ("happy_path_steps", TEXT ("title") TEXT ("details") TEXT ("expected"))
  ITEM_TABLE ("clusters", TEXT ("id") TEXT ("name") TEXT ("color"))
  ITEM_TABLE ("risks",
              TEXT ("id") TEXT ("title") TEXT ("user_effects") FLAG ("data_affected")
              FLAG ("fix_without_deploy") TEXT ("cleanup") NUMBER ("probability")
              NUMBER ("impact") TEXT ("cluster") TEXT ("owner"))
  ITEM_TABLE ("criteria", TEXT ("text") TEXT ("owner") TEXT ("state"))
  ITEM_TABLE ("events", TEXT ("at") TEXT ("text"))
  ITEM_TABLE ("causes", TEXT ("id") TEXT ("text") TEXT ("area"))
  ITEM_TABLE ("action_items",
              TEXT ("id") TEXT ("text") TEXT ("kind") TEXT ("area") TEXT ("cause")
              TEXT ("owner") TEXT ("due") TEXT ("status"))

  /* The entries of every list of texts: owner is -1 for the document's own
   * fields, else the FsDocumentList whose item at owner_position holds it. */
  "CREATE TABLE texts (\n"
  "  \"document\" INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,\n"
  "  \"owner\" INTEGER NOT NULL,\n"
  "  \"owner_position\" INTEGER NOT NULL,\n"
  "  \"field\" TEXT NOT NULL,\n"
  "  \"position\" INTEGER NOT NULL,\n"
  "  \"text\" TEXT NOT NULL,\n"
  "  PRIMARY KEY (\"document\", \"owner\", \"owner_position\", \"field\", \"position\")\n"
  ") WITHOUT ROWID;\n"

  /* Row ids are those of documents. A larger buffer of pending terms than
   * the default 1 MB makes a large import flush and merge less often. */
  "CREATE VIRTUAL TABLE search_index USING fts5 (\n"
  "  title, body, tokenize = 'unicode61 remove_diacritics 2'\n"
  ");\n"
  "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 16777216);\n";

#undef TEXT
#undef FLAG
#undef NUMBER
#undef OPTIONAL
#undef COUNT
#undef LISTED

/* Version 2: workshops, with the votes on risks and causes and where each
 * document's workshop stands. */
static const char migration_v2[] =
  "ALTER TABLE risks ADD COLUMN \"votes\" TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE causes ADD COLUMN \"votes\" TEXT NOT NULL DEFAULT '';\n"
  "CREATE TABLE workshops (\n"
  "  \"document\" INTEGER PRIMARY KEY REFERENCES documents (rowid) ON DELETE CASCADE,\n"
  "  \"state\" TEXT NOT NULL\n"
  ");\n";

/* Version 3: whether a post-mortem's team looked at the linked pre-mortem's
 * risks (a list that was imported before held the answer), and the index
 * that finds a pre-mortem's post-mortems. */
static const char migration_v3[] =
  "ALTER TABLE documents ADD COLUMN \"anticipated_asked\" INTEGER NOT NULL DEFAULT 0;\n"
  "UPDATE documents SET \"anticipated_asked\" = 1 WHERE EXISTS (\n"
  "  SELECT 1 FROM texts WHERE texts.\"document\" = documents.\"rowid\"\n"
  "  AND texts.\"owner\" = -1 AND texts.\"field\" = 'anticipated');\n"
  "CREATE INDEX documents_by_premortem ON documents (\"premortem\", \"deleted\")\n"
  "  WHERE \"premortem\" <> '';\n";

/* migrations[N] takes a library from version N - 1 to version N. */
static const char * const migrations[] = {
  NULL,
  migration_v1,
  migration_v2,
  migration_v3,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == FS_STORE_SCHEMA_VERSION + 1);

static gboolean
read_user_version (FsStore  *self,
                   int      *version,
                   GError  **error)
{
  g_autoptr(FsStoreStatement) statement = fs_store_statement (self, "PRAGMA user_version",
                                                              error);

  if (statement == NULL)
    return FALSE;
  if (sqlite3_step (statement) != SQLITE_ROW)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return FALSE;
    }
  *version = sqlite3_column_int (statement, 0);
  return TRUE;
}

static gboolean
exec (FsStore     *self,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  fs_store_set_error (self, FS_STORE_WRITING, error);
  return FALSE;
}

/* One step in one transaction, together with the version it reaches, so that
 * a library is always at a version whose steps all ran. The version is read
 * again under the write lock in case another process migrated meanwhile. */
static gboolean
migrate_one (FsStore   *self,
             gboolean  *done,
             GError   **error)
{
  g_autofree char *stamp = NULL;
  int version;

  if (!fs_store_begin (self, error))
    return FALSE;
  if (!read_user_version (self, &version, error))
    goto failed;
  *done = version >= FS_STORE_SCHEMA_VERSION;
  if (*done)
    return fs_store_commit (self, error);
  if (version < 0)
    {
      g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_CORRUPT,
                   _("The library “%s” is damaged (unknown schema version %d). It has been "
                     "left untouched; move it aside to start a new library."),
                   self->path, version);
      goto failed;
    }

  /* PRAGMA takes no bound parameters; these are our own integers. */
  stamp = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                           version + 1, FS_STORE_APPLICATION_ID);
  if (!exec (self, migrations[version + 1], error) || !exec (self, stamp, error) ||
      !fs_store_commit (self, error))
    goto failed;
  return TRUE;

failed:
  fs_store_rollback (self);
  return FALSE;
}

/* A library written by an older Foresight is backed up before its first
 * step: an upgrade that goes wrong must not cost the library. */
static gboolean
back_up_before_migrating (FsStore  *self,
                          GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  int version;

  if (!read_user_version (self, &version, error))
    return FALSE;
  if (version <= 0 || version >= FS_STORE_SCHEMA_VERSION ||
      fs_store_backup_connection (self, &local_error))
    return TRUE;
  g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED,
               _("The library “%s” was not upgraded to this version of Foresight, because it "
                 "could not be backed up first: %s It has been left untouched."),
               self->path, local_error->message);
  return FALSE;
}

gboolean
fs_store_schema_migrate (FsStore  *self,
                         GError  **error)
{
  gboolean done = FALSE;

  if (!back_up_before_migrating (self, error))
    return FALSE;
  while (!done)
    if (!migrate_one (self, &done, error))
      return FALSE;
  return TRUE;
}

/* Record classes are static types and live as long as the program does. */
static const FsSchema *
schema_of_type (GType type)
{
  FsRecordClass *klass = g_type_class_peek (type);

  if (klass == NULL)
    klass = g_type_class_ref (type);
  return klass->schema;
}

const FsSchema *
fs_store_schema_of_document (void)
{
  return schema_of_type (FS_TYPE_DOCUMENT);
}

const FsSchema *
fs_store_schema_of_list (FsDocumentList list)
{
  return schema_of_type (fs_document_list_info (list)->item_type ());
}

/* Appends the quoted names of the schema's columns, list fields having none. */
static void
append_columns (GString        *sql,
                const FsSchema *schema)
{
  for (guint i = 0; i < schema->n_fields; i++)
    if (schema->fields[i].type != FS_FIELD_TEXT_LIST)
      g_string_append_printf (sql, "\"%s\", ", schema->fields[i].name);
}

static guint
count_columns (const FsSchema *schema)
{
  guint n = 0;

  for (guint i = 0; i < schema->n_fields; i++)
    n += schema->fields[i].type != FS_FIELD_TEXT_LIST;
  return n;
}

static void
append_parameters (GString *sql,
                   guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
}

/* INSERT of n_rows rows at once: one statement run for many rows is much
 * cheaper than a run a row. */
static char *
insert_sql (const char *table,
            const char *columns,
            guint       n_columns,
            guint       n_rows)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO \"%s\" (%s) VALUES ", table, columns);
  for (guint row = 0; row < n_rows; row++)
    {
      g_string_append (sql, row == 0 ? "(" : ", (");
      append_parameters (sql, n_columns);
      g_string_append (sql, ")");
    }
  return g_string_free (sql, FALSE);
}

#define DOCUMENT_TAIL "\"extra\", \"deleted\", \"risk_count\", \"action_count\", " \
                      "\"open_action_count\""

/* The parameters of both: every non-list field in order, then extra, deleted
 * and the three counts; the update's last one is the rowid, which it keeps so
 * that the items' links stay. */
static char *
document_insert_sql (void)
{
  const FsSchema *schema = fs_store_schema_of_document ();
  g_autoptr(GString) columns = g_string_new (NULL);

  append_columns (columns, schema);
  g_string_append (columns, DOCUMENT_TAIL);
  return insert_sql ("documents", columns->str, count_columns (schema) + 5, 1);
}

static char *
document_update_sql (void)
{
  const FsSchema *schema = fs_store_schema_of_document ();
  const char *tail[] = { "extra", "deleted", "risk_count", "action_count", "open_action_count" };
  GString *sql = g_string_new ("UPDATE documents SET ");

  for (guint i = 0; i < schema->n_fields; i++)
    if (schema->fields[i].type != FS_FIELD_TEXT_LIST)
      g_string_append_printf (sql, "\"%s\" = ?, ", schema->fields[i].name);
  for (guint i = 0; i < G_N_ELEMENTS (tail); i++)
    g_string_append_printf (sql, "\"%s\" = ?%s", tail[i], i + 1 < G_N_ELEMENTS (tail) ? ", " : "");
  g_string_append (sql, " WHERE \"rowid\" = ?");
  return g_string_free (sql, FALSE);
}

static char *
document_select_sql (void)
{
  GString *sql = g_string_new ("SELECT \"rowid\", ");

  append_columns (sql, fs_store_schema_of_document ());
  g_string_append (sql, "\"extra\" FROM documents WHERE \"id\" = ? AND \"deleted\" = 0");
  return g_string_free (sql, FALSE);
}

static char *
item_insert_sql (const FsSchema *schema,
                 guint           n_rows)
{
  g_autoptr(GString) columns = g_string_new ("\"document\", \"position\", ");

  append_columns (columns, schema);
  g_string_append (columns, "\"extra\"");
  return insert_sql (schema->table, columns->str, count_columns (schema) + 3, n_rows);
}

static char *
item_select_sql (const FsSchema *schema)
{
  GString *sql = g_string_new ("SELECT ");

  append_columns (sql, schema);
  g_string_append_printf (sql, "\"extra\" FROM \"%s\" WHERE \"document\" = ? "
                               "ORDER BY \"position\"", schema->table);
  return g_string_free (sql, FALSE);
}

/* Takes sql. */
static gboolean
prepare_generated (FsStore       *self,
                   char          *sql,
                   sqlite3_stmt **statement,
                   GError       **error)
{
  g_autofree char *owned = sql;

  return fs_store_prepare (self, owned, statement, error);
}

#define TEXT_COLUMNS \
  "\"document\", \"owner\", \"owner_position\", \"field\", \"position\", \"text\""

/* The statements that name every column are generated once a store, from
 * the same descriptors the records are built from. */
gboolean
fs_store_schema_prepare (FsStore  *self,
                         GError  **error)
{
  if (!prepare_generated (self, document_insert_sql (), &self->document_insert, error) ||
      !prepare_generated (self, document_update_sql (), &self->document_update, error) ||
      !prepare_generated (self, document_select_sql (), &self->document_select, error))
    return FALSE;

  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      const FsSchema *schema = fs_store_schema_of_list (list);

      if (!prepare_generated (self, item_select_sql (schema), &self->item_select[list], error) ||
          !prepare_generated (self, g_strdup_printf ("DELETE FROM \"%s\" WHERE \"document\" = ?",
                                                     schema->table),
                              &self->item_delete[list], error))
        return FALSE;
      for (guint batch = 0; batch < FS_STORE_N_BATCHES; batch++)
        if (!prepare_generated (self, item_insert_sql (schema, 1 << batch),
                                &self->item_insert[list][batch], error))
          return FALSE;
    }
  for (guint batch = 0; batch < FS_STORE_N_BATCHES; batch++)
    if (!prepare_generated (self, insert_sql ("texts", TEXT_COLUMNS, 6, 1 << batch),
                            &self->text_insert[batch], error))
      return FALSE;
  return TRUE;
}
