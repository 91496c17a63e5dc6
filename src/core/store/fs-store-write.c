/* fs-store-write.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "fs-store-private.h"

#define OPEN_STATUS "open"

/* What the library holds under a document's id before a write. */
typedef struct
{
  sqlite3_int64  rowid;    /* 0 when there is no such document */
  gint64         deleted;       /* when it was deleted, in seconds since 1970; 0 if not */
  char          *modified;
} Existing;

static void
existing_clear (Existing *existing)
{
  g_clear_pointer (&existing->modified, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Existing, existing_clear)

static gboolean
lookup_document (FsStore     *self,
                 const char  *id,
                 Existing    *existing,
                 GError     **error)
{
  g_autoptr(FsStoreStatement) statement = NULL;
  int rc;

  statement = fs_store_statement (self, "SELECT rowid, deleted, modified FROM documents "
                                        "WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      existing->rowid = sqlite3_column_int64 (statement, 0);
      existing->deleted = sqlite3_column_int64 (statement, 1);
      existing->modified = g_strdup ((const char *) sqlite3_column_text (statement, 2));
    }
  else if (rc != SQLITE_DONE)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return FALSE;
    }
  return TRUE;
}

/* Binds the record's non-list fields from parameter index on, then its extra;
 * returns the next index. Texts stay the record's until the statement resets. */
static int
bind_record (sqlite3_stmt *statement,
             int           index,
             FsRecord     *record)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      switch (schema->fields[i].type)
        {
        case FS_FIELD_TEXT:
        case FS_FIELD_CHOICE:
        case FS_FIELD_VOTES:
          sqlite3_bind_text (statement, index++, fs_record_get_text (record, i), -1,
                             SQLITE_STATIC);
          break;
        case FS_FIELD_BOOLEAN:
          sqlite3_bind_int (statement, index++, fs_record_get_boolean (record, i));
          break;
        case FS_FIELD_NUMBER:
          sqlite3_bind_double (statement, index++, fs_record_get_number (record, i));
          break;
        case FS_FIELD_OPTIONAL_NUMBER:
          if (isnan (fs_record_get_number (record, i)))
            sqlite3_bind_null (statement, index++);
          else
            sqlite3_bind_double (statement, index++, fs_record_get_number (record, i));
          break;
        case FS_FIELD_TEXT_LIST:
        default:
          break;
        }
    }
  sqlite3_bind_text (statement, index++, fs_record_get_extra (record), -1, SQLITE_STATIC);
  return index;
}

static guint
count_open_actions (FsDocument *document)
{
  GListModel *items = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_ACTION_ITEMS));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);

      n += g_str_equal (fs_record_get_text (item, FS_ACTION_ITEM_STATUS), OPEN_STATUS);
    }
  return n;
}

/* Inserts the document's row, or updates the row it has, which keeps its
 * rowid and so the links of its items. */
static gboolean
write_document_row (FsStore         *self,
                    FsDocument      *document,
                    const Existing  *existing,
                    gint64           deleted,
                    sqlite3_int64   *rowid,
                    GError         **error)
{
  g_autoptr(FsStoreStatement) statement = existing->rowid != 0 ? self->document_update
                                                               : self->document_insert;
  int index = bind_record (statement, 1, FS_RECORD (document));
  guint n_risks, n_actions;

  n_risks = g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document,
                                                                          FS_DOCUMENT_RISKS)));
  n_actions = g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (
                                          document, FS_DOCUMENT_ACTION_ITEMS)));
  sqlite3_bind_int64 (statement, index++, deleted);
  sqlite3_bind_int (statement, index++, n_risks);
  sqlite3_bind_int (statement, index++, n_actions);
  sqlite3_bind_int (statement, index++, count_open_actions (document));
  if (existing->rowid != 0)
    sqlite3_bind_int64 (statement, index++, existing->rowid);

  if (!fs_store_step_done (self, statement, error))
    return FALSE;
  *rowid = existing->rowid != 0 ? existing->rowid : sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
delete_children (FsStore        *self,
                 sqlite3_int64   rowid,
                 GError        **error)
{
  g_autoptr(FsStoreStatement) texts = NULL;

  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      g_autoptr(FsStoreStatement) statement = self->item_delete[list];

      sqlite3_bind_int64 (statement, 1, rowid);
      if (!fs_store_step_done (self, statement, error))
        return FALSE;
    }
  texts = fs_store_statement (self, "DELETE FROM texts WHERE document = ?", error);
  if (texts == NULL)
    return FALSE;
  sqlite3_bind_int64 (texts, 1, rowid);
  return fs_store_step_done (self, texts, error);
}

/* One row of the texts table, pointing into its record. */
typedef struct
{
  int         owner;
  guint       owner_position;
  const char *field;
  guint       position;
  const char *text;
} TextRow;

static void
collect_texts (GArray   *rows,
               int       owner,
               guint     owner_position,
               FsRecord *record)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const char * const *texts;

      if (schema->fields[i].type != FS_FIELD_TEXT_LIST)
        continue;
      texts = fs_record_get_list (record, i);
      for (guint j = 0; texts[j] != NULL; j++)
        {
          TextRow row = { owner, owner_position, schema->fields[i].name, j, texts[j] };

          g_array_append_val (rows, row);
        }
    }
}

/* Binds row i of rows from parameter index on; returns the next index. */
typedef int (*BindRow) (sqlite3_stmt  *statement,
                        int            index,
                        sqlite3_int64  rowid,
                        gconstpointer  rows,
                        guint          i);

static int
bind_text_row (sqlite3_stmt  *statement,
               int            index,
               sqlite3_int64  rowid,
               gconstpointer  rows,
               guint          i)
{
  const TextRow *row = &((const TextRow *) rows)[i];

  sqlite3_bind_int64 (statement, index++, rowid);
  sqlite3_bind_int (statement, index++, row->owner);
  sqlite3_bind_int (statement, index++, row->owner_position);
  sqlite3_bind_text (statement, index++, row->field, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, index++, row->position);
  sqlite3_bind_text (statement, index++, row->text, -1, SQLITE_STATIC);
  return index;
}

static int
bind_item_row (sqlite3_stmt  *statement,
               int            index,
               sqlite3_int64  rowid,
               gconstpointer  rows,
               guint          i)
{
  sqlite3_bind_int64 (statement, index++, rowid);
  sqlite3_bind_int (statement, index++, i);
  return bind_record (statement, index, ((FsRecord * const *) rows)[i]);
}

/* Inserts n rows in as few statement runs as the batch sizes allow, the
 * largest first. */
static gboolean
insert_batched (FsStore        *self,
                sqlite3_stmt  **statements,
                sqlite3_int64   rowid,
                gconstpointer   rows,
                guint           n,
                BindRow         bind,
                GError        **error)
{
  guint done = 0;

  for (int batch = FS_STORE_N_BATCHES - 1; batch >= 0; batch--)
    {
      guint size = 1u << batch;

      while (n - done >= size)
        {
          int index = 1;
          gboolean ok;

          for (guint i = 0; i < size; i++)
            index = bind (statements[batch], index, rowid, rows, done + i);
          ok = fs_store_step_done (self, statements[batch], error);
          sqlite3_clear_bindings (statements[batch]);
          if (!ok)
            return FALSE;
          done += size;
        }
    }
  return TRUE;
}

static GPtrArray *
list_items (FsDocument     *document,
            FsDocumentList  list)
{
  GListModel *model = G_LIST_MODEL (fs_document_get_list (document, list));
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

/* Every item of every list, then every text of the document and its items. */
static gboolean
insert_items (FsStore        *self,
              FsDocument     *document,
              sqlite3_int64   rowid,
              GError        **error)
{
  g_autoptr(GArray) texts = g_array_new (FALSE, FALSE, sizeof (TextRow));

  collect_texts (texts, FS_STORE_TEXT_OWNER_DOCUMENT, 0, FS_RECORD (document));
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      g_autoptr(GPtrArray) items = list_items (document, list);

      for (guint i = 0; i < items->len; i++)
        collect_texts (texts, list, i, g_ptr_array_index (items, i));
      if (!insert_batched (self, self->item_insert[list], rowid, items->pdata, items->len,
                           bind_item_row, error))
        return FALSE;
    }
  return insert_batched (self, self->text_insert, rowid, texts->data, texts->len,
                         bind_text_row, error);
}

static void
append_line (GString    *body,
             const char *text)
{
  g_string_append (body, text);
  g_string_append_c (body, '\n');
}

/* Every text a person wrote that the search should find, one a line. Choices,
 * ids, dates and colours are left out, and so is the document's title, which
 * has a column of its own. */
static void
append_searchable (GString  *body,
                   FsRecord *record,
                   int       skip)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const FsField *field = &schema->fields[i];

      if ((field->flags & FS_FIELD_NOT_SEARCHED) != 0 || (int) i == skip)
        continue;
      if (field->type == FS_FIELD_TEXT && !fs_record_is_empty (record, i))
        append_line (body, fs_record_get_text (record, i));
      else if (field->type == FS_FIELD_TEXT_LIST)
        for (const char * const *text = fs_record_get_list (record, i); *text != NULL; text++)
          append_line (body, *text);
    }
}

static gboolean
remove_from_index (FsStore        *self,
                   sqlite3_int64   rowid,
                   GError        **error)
{
  g_autoptr(FsStoreStatement) remove = NULL;

  remove = fs_store_statement (self, "DELETE FROM search_index WHERE rowid = ?", error);
  if (remove == NULL)
    return FALSE;
  sqlite3_bind_int64 (remove, 1, rowid);
  return fs_store_step_done (self, remove, error);
}

static gboolean
index_document (FsStore        *self,
                FsDocument     *document,
                sqlite3_int64   rowid,
                GError        **error)
{
  g_autoptr(FsStoreStatement) insert = NULL;
  g_autoptr(GString) body = g_string_new (NULL);

  append_searchable (body, FS_RECORD (document), FS_DOCUMENT_TITLE);
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      GListModel *items = G_LIST_MODEL (fs_document_get_list (document, list));

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(FsRecord) item = g_list_model_get_item (items, i);

          append_searchable (body, item, -1);
        }
    }

  insert = fs_store_statement (self, "INSERT INTO search_index (rowid, title, body) "
                                     "VALUES (?, ?, ?)", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, rowid);
  sqlite3_bind_text (insert, 2, fs_document_get_title (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, body->str, (int) body->len, SQLITE_STATIC);
  return fs_store_step_done (self, insert, error);
}

/* A document written whose search index entry is still to be made. */
typedef struct
{
  FsDocument    *document;  /* owned */
  sqlite3_int64  rowid;
  gboolean       indexed;   /* the index has an entry for it from before */
} Written;

static void
written_clear (gpointer data)
{
  g_clear_object (&((Written *) data)->document);
}

static GArray *
written_new (void)
{
  GArray *written = g_array_new (FALSE, FALSE, sizeof (Written));

  g_array_set_clear_func (written, written_clear);
  return written;
}

/* The whole document replaces what the library held under its id, inside the
 * caller's transaction; its entry in the search index comes later. */
static gboolean
write_document (FsStore         *self,
                FsDocument      *document,
                const Existing  *existing,
                gint64           deleted,
                gboolean         indexed,
                GArray          *written,
                GError         **error)
{
  Written entry = { NULL, 0, indexed };

  if (!write_document_row (self, document, existing, deleted, &entry.rowid, error))
    return FALSE;
  if (existing->rowid != 0 && !delete_children (self, entry.rowid, error))
    return FALSE;
  if (!insert_items (self, document, entry.rowid, error))
    return FALSE;
  entry.document = g_object_ref (document);
  g_array_append_val (written, entry);
  return TRUE;
}

static int
compare_rowids (gconstpointer a,
                gconstpointer b)
{
  sqlite3_int64 x = ((const Written *) a)->rowid;
  sqlite3_int64 y = ((const Written *) b)->rowid;

  return x < y ? -1 : x > y;
}

/* FTS5 keeps the terms it is given in memory and writes them out when a
 * statement of another kind begins (at its savepoint) or when a row comes
 * that is not after the last one. Indexing every document written, after all
 * other writes and in rowid order, writes them out a few times for a whole
 * import rather than once a document, several times faster. With RELEASE,
 * each document goes there once indexed. */
static gboolean
index_documents (FsStore      *self,
                 GArray       *written,
                 GAsyncQueue  *release,
                 GError      **error)
{
  g_array_sort (written, compare_rowids);
  for (guint i = 0; i < written->len; i++)
    {
      Written *entry = &g_array_index (written, Written, i);

      if (entry->indexed && !remove_from_index (self, entry->rowid, error))
        return FALSE;
    }
  for (guint i = 0; i < written->len; i++)
    {
      Written *entry = &g_array_index (written, Written, i);

      if (!index_document (self, entry->document, entry->rowid, error))
        return FALSE;
      if (release != NULL)
        g_async_queue_push (release, g_steal_pointer (&entry->document));
    }
  return TRUE;
}

gboolean
fs_store_save (FsStore     *self,
               FsDocument  *document,
               GError     **error)
{
  g_auto(Existing) existing = { 0 };
  g_autoptr(GArray) written = written_new ();

  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  g_return_val_if_fail (FS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  FS_STORE_LOCK (self);

  if (!fs_store_begin (self, error))
    return FALSE;
  /* A save never brings back a deleted document: only undelete does, so that
   * a save still pending when the person deletes it cannot undo the delete. */
  if (!lookup_document (self, fs_document_get_id (document), &existing, error) ||
      !write_document (self, document, &existing, existing.deleted, existing.rowid != 0,
                       written, error) ||
      !index_documents (self, written, NULL, error) ||
      !fs_store_commit (self, error))
    {
      fs_store_rollback (self);
      return FALSE;
    }
  fs_store_emit_changed (self);
  return TRUE;
}

/* Drops the entry of a document written earlier in the same import, whose
 * row is about to be written again; returns whether the index had it. */
static gboolean
forget_written (GArray        *written,
                sqlite3_int64  rowid)
{
  for (guint i = written->len; i-- > 0;)
    if (g_array_index (written, Written, i).rowid == rowid)
      {
        gboolean indexed = g_array_index (written, Written, i).indexed;

        g_array_remove_index_fast (written, i);
        return indexed;
      }
  return rowid != 0;
}

/* Newer wins: a document the library holds with the same or a later
 * modification time is left alone. A deleted one comes back. */
static gboolean
import_one (FsStore     *self,
            FsDocument  *document,
            GHashTable  *seen,
            GArray      *written,
            GPtrArray   *ids,
            GError     **error)
{
  g_auto(Existing) existing = { 0 };
  const char *id = fs_document_get_id (document);
  const char *modified = fs_record_get_text (FS_RECORD (document), FS_DOCUMENT_MODIFIED);
  gboolean indexed;

  if (!lookup_document (self, id, &existing, error))
    return FALSE;
  if (existing.rowid != 0 && !existing.deleted && g_strcmp0 (existing.modified, modified) >= 0)
    return TRUE;
  /* The same id twice in one import: the later one replaces the earlier. */
  if (!g_hash_table_contains (seen, id))
    {
      char *copy = g_strdup (id);

      g_ptr_array_add (ids, copy);
      g_hash_table_add (seen, copy);
      indexed = existing.rowid != 0;
    }
  else
    indexed = forget_written (written, existing.rowid);
  return write_document (self, document, &existing, 0, indexed, written, error);
}

/* An import written in several calls, for a reader that hands documents
 * over as it reads them. */
struct _FsStoreImport
{
  FsStore    *store;
  GHashTable *seen;     /* of the ids in IDS */
  GArray     *written;
  GPtrArray  *ids;
};

/* Freeing thousands of documents takes a while: another thread does it
 * while this one indexes them and commits. */
static char end_of_documents;

static gpointer
release_in_thread (gpointer data)
{
  GAsyncQueue *release = data;
  gpointer document;

  while ((document = g_async_queue_pop (release)) != &end_of_documents)
    g_object_unref (document);
  return NULL;
}

/* The import's own settings, which import_free() puts back to the store's
 * (a checkpoint every 1000 pages of log is SQLite's default, which the store
 * keeps): see fs_store_import_finish() for the checkpoint and the sync.
 * Every row an import writes belongs to a document row it wrote just before,
 * and replaced documents lose their rows by explicit deletes: the per-row
 * foreign key checks only cost time here. */
#define IMPORT_SETTINGS \
  "PRAGMA foreign_keys = OFF; PRAGMA wal_autocheckpoint = 0; PRAGMA synchronous = FULL"
#define STORE_SETTINGS \
  "PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 1000; PRAGMA synchronous = NORMAL"

static void
import_free (FsStoreImport *import,
             gboolean       ok)
{
  FsStore *self = import->store;

  if (!ok)
    fs_store_rollback (self);
  sqlite3_exec (self->db, STORE_SETTINGS, NULL, NULL, NULL);
  g_hash_table_unref (import->seen);
  g_array_unref (import->written);
  g_clear_pointer (&import->ids, g_ptr_array_unref);
  g_free (import);
  g_rec_mutex_unlock (&self->lock);
  g_object_unref (self);
}

/* The store stays locked from here to fs_store_import_finish() or
 * fs_store_import_abort(), in the same thread: no other thread sees part of
 * an import, and the import is written whole or not at all. */
FsStoreImport *
fs_store_import_begin (FsStore  *self,
                       GError  **error)
{
  FsStoreImport *import;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_rec_mutex_lock (&self->lock);
  import = g_new0 (FsStoreImport, 1);
  import->store = g_object_ref (self);
  import->seen = g_hash_table_new (g_str_hash, g_str_equal);
  import->written = written_new ();
  import->ids = g_ptr_array_new_with_free_func (g_free);

  /* What an earlier import left in the write-ahead log goes into the
   * library first, so that the log holds at most one import. */
  sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  sqlite3_exec (self->db, IMPORT_SETTINGS, NULL, NULL, NULL);
  if (!fs_store_begin (self, error))
    {
      import_free (import, FALSE);
      return NULL;
    }
  return import;
}

/* Newer wins; on a failure the caller aborts the import. */
gboolean
fs_store_import_add (FsStoreImport  *import,
                     FsDocument     *document,
                     GError        **error)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (FS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return import_one (import->store, document, import->seen, import->written, import->ids,
                     error);
}

/* Ends IMPORT either way; the ids written, or NULL when nothing was. With
 * NOTIFY, "changed" is emitted when anything was written.
 *
 * The commit syncs the write-ahead log, so the import is as safe on disk
 * when this returns as when the commit also copied the log into the library
 * and synced that. The copy, which took longer than the rest of the commit,
 * is left for later: to SQLite's checkpoint at the next commit of another
 * kind or when the library closes, or to the start of the next import. */
GPtrArray *
fs_store_import_finish (FsStoreImport  *import,
                        gboolean        notify,
                        GError        **error)
{
  FsStore *self;
  g_autoptr(GPtrArray) ids = NULL;
  GAsyncQueue *release;
  GThread *releaser;
  gboolean ok;

  g_return_val_if_fail (import != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_ref (import->store);
  release = g_async_queue_new ();
  releaser = g_thread_new ("fs-store-release", release_in_thread, release);
  ok = index_documents (self, import->written, release, error) && fs_store_commit (self, error);
  g_async_queue_push (release, &end_of_documents);
  g_thread_join (releaser);
  g_async_queue_unref (release);
  if (ok)
    ids = g_steal_pointer (&import->ids);
  import_free (import, ok);
  if (ok && notify && ids->len > 0)
    fs_store_emit_changed (self);
  g_object_unref (self);
  return g_steal_pointer (&ids);
}

/* Nothing of IMPORT is kept. */
void
fs_store_import_abort (FsStoreImport *import)
{
  g_return_if_fail (import != NULL);

  import_free (import, FALSE);
}

GPtrArray *
fs_store_import (FsStore    *self,
                 GPtrArray  *documents,
                 GError    **error)
{
  FsStoreImport *import;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (documents != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  for (guint i = 0; i < documents->len; i++)
    g_return_val_if_fail (FS_IS_DOCUMENT (g_ptr_array_index (documents, i)), NULL);

  import = fs_store_import_begin (self, error);
  if (import == NULL)
    return NULL;
  for (guint i = 0; i < documents->len; i++)
    if (!fs_store_import_add (import, g_ptr_array_index (documents, i), error))
      {
        fs_store_import_abort (import);
        return NULL;
      }
  return fs_store_import_finish (import, TRUE, error);
}

FsDocument *
fs_store_create (FsStore         *self,
                 FsDocumentKind   kind,
                 const char      *title,
                 GError         **error)
{
  g_autoptr(FsDocument) document = NULL;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  FS_STORE_LOCK (self);

  document = fs_document_new (kind);
  fs_document_set_title (document, title);
  if (!fs_store_save (self, document, error))
    return NULL;
  return g_steal_pointer (&document);
}

FsDocument *
fs_store_duplicate (FsStore     *self,
                    const char  *id,
                    const char  *title,
                    GError     **error)
{
  g_autoptr(FsDocument) original = NULL;
  g_autoptr(FsDocument) copy = NULL;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  FS_STORE_LOCK (self);

  original = fs_store_load (self, id, error);
  if (original == NULL)
    return NULL;
  copy = fs_document_duplicate (original);
  if (title != NULL)
    fs_document_set_title (copy, title);
  if (!fs_store_save (self, copy, error))
    return NULL;
  return g_steal_pointer (&copy);
}

static gboolean
set_deleted (FsStore     *self,
             const char  *id,
             gboolean     deleted,
             GError     **error)
{
  g_autoptr(FsStoreStatement) statement = NULL;

  /* Deleting twice finds nothing; undeleting a document that is there is fine.
   * A deletion keeps its time, which decides when it is purged. */
  statement = fs_store_statement (self, "UPDATE documents SET deleted = ?2 "
                                        "WHERE id = ?1 AND (deleted = 0 OR ?2 = 0)", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, deleted ? MAX (g_get_real_time () / G_USEC_PER_SEC, 1) : 0);
  if (!fs_store_step_done (self, statement, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return fs_store_set_not_found (self, id, error);
  fs_store_emit_changed (self);
  return TRUE;
}

/* Deleting only hides a document until the store is next opened, so that the
 * person can take it back. */
gboolean
fs_store_delete (FsStore     *self,
                 const char  *id,
                 GError     **error)
{
  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  FS_STORE_LOCK (self);

  return set_deleted (self, id, TRUE, error);
}

gboolean
fs_store_undelete (FsStore     *self,
                   const char  *id,
                   GError     **error)
{
  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  FS_STORE_LOCK (self);

  return set_deleted (self, id, FALSE, error);
}

/* Deletions nobody took back. A recent one stays, so that the command line
 * opening the library meanwhile cannot take an Undo away from the window.
 * Items and texts go with their document through the foreign keys; the
 * search index has none. */
gboolean
fs_store_purge_deleted (FsStore  *self,
                        GError  **error)
{
  g_autofree char *sql = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC - FS_STORE_PURGE_AFTER;

  /* Our own integer, not user text. */
  sql = g_strdup_printf ("DELETE FROM search_index WHERE rowid IN "
                         "  (SELECT rowid FROM documents WHERE deleted != 0 AND deleted < %"
                         G_GINT64_FORMAT ");"
                         "DELETE FROM documents WHERE deleted != 0 AND deleted < %"
                         G_GINT64_FORMAT ";", before, before);
  if (!fs_store_begin (self, error))
    return FALSE;
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      fs_store_set_error (self, FS_STORE_WRITING, error);
      fs_store_rollback (self);
      return FALSE;
    }
  return fs_store_commit (self, error);
}

static gboolean
update_action_status (FsStore     *self,
                      const char  *document_id,
                      const char  *item_id,
                      const char  *status,
                      GError     **error)
{
  g_autoptr(FsStoreStatement) item = NULL;
  g_autoptr(FsStoreStatement) document = NULL;
  g_autofree char *now = fs_timestamp_now ();

  item = fs_store_statement (self, "UPDATE action_items SET status = ?3 WHERE id = ?2 AND "
                                   "document = (SELECT rowid FROM documents "
                                   "            WHERE id = ?1 AND deleted = 0)", error);
  if (item == NULL)
    return FALSE;
  sqlite3_bind_text (item, 1, document_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (item, 2, item_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (item, 3, status, -1, SQLITE_STATIC);
  if (!fs_store_step_done (self, item, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND,
                   _("The library “%s” holds no action item “%s” in document “%s”."),
                   self->path, item_id, document_id);
      return FALSE;
    }

  document = fs_store_statement (self, "UPDATE documents SET modified = ?2, open_action_count = "
                                       "  (SELECT count(*) FROM action_items "
                                       "   WHERE document = documents.rowid AND status = ?3) "
                                       "WHERE id = ?1", error);
  if (document == NULL)
    return FALSE;
  sqlite3_bind_text (document, 1, document_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (document, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (document, 3, OPEN_STATUS, -1, SQLITE_STATIC);
  return fs_store_step_done (self, document, error);
}

gboolean
fs_store_set_action_status (FsStore     *self,
                            const char  *document_id,
                            const char  *item_id,
                            const char  *status,
                            GError     **error)
{
  const FsSchema *schema = fs_store_schema_of_list (FS_DOCUMENT_ACTION_ITEMS);

  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  g_return_val_if_fail (document_id != NULL && item_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  FS_STORE_LOCK (self);

  if (!fs_field_is_choice (&schema->fields[FS_ACTION_ITEM_STATUS], status))
    {
      g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED,
                   _("“%s” is not a status of an action item."), status ? status : "");
      return FALSE;
    }
  if (!fs_store_begin (self, error))
    return FALSE;
  if (!update_action_status (self, document_id, item_id, status, error) ||
      !fs_store_commit (self, error))
    {
      fs_store_rollback (self);
      return FALSE;
    }
  fs_store_emit_changed (self);
  return TRUE;
}
