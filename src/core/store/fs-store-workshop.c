/* fs-store-workshop.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "fs-store-private.h"

/* Where a workshop on a document stands (its agenda, timer, hidden cards),
 * kept in the library beside the document as the workshop goes, so that
 * it survives closing the app or a crash. It is no part of the document:
 * exports and copies go without it. */

gboolean
fs_store_save_workshop (FsStore     *self,
                        const char  *document_id,
                        const char  *state,
                        GError     **error)
{
  g_autoptr(FsStoreStatement) statement = NULL;
  gboolean forget = state == NULL || state[0] == '\0';

  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  g_return_val_if_fail (document_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  FS_STORE_LOCK (self);

  if (!fs_store_begin (self, error))
    return FALSE;
  statement = fs_store_statement (self,
                                  forget
                                  ? "DELETE FROM workshops WHERE document = "
                                    "  (SELECT rowid FROM documents WHERE id = ?1 AND deleted = 0)"
                                  : "INSERT INTO workshops (document, state) "
                                    "  SELECT rowid, ?2 FROM documents WHERE id = ?1 AND deleted = 0 "
                                    "  ON CONFLICT (document) DO UPDATE SET state = excluded.state",
                                  error);
  if (statement == NULL)
    {
      fs_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_text (statement, 1, document_id, -1, SQLITE_STATIC);
  if (!forget)
    sqlite3_bind_text (statement, 2, state, -1, SQLITE_STATIC);
  if (!fs_store_step_done (self, statement, error))
    {
      fs_store_rollback (self);
      return FALSE;
    }
  if (!forget && sqlite3_changes (self->db) == 0)
    {
      fs_store_rollback (self);
      return fs_store_set_not_found (self, document_id, error);
    }
  return fs_store_commit (self, error);
}

/* The saved workshop of the document, or NULL (and no error) when none. */
char *
fs_store_load_workshop (FsStore     *self,
                        const char  *document_id,
                        GError     **error)
{
  g_autoptr(FsStoreStatement) statement = NULL;
  char *state = NULL;
  int status;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (document_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  FS_STORE_LOCK (self);

  statement = fs_store_statement (self,
                                  "SELECT w.state FROM workshops AS w "
                                  "JOIN documents AS d ON d.rowid = w.document "
                                  "WHERE d.id = ?1 AND d.deleted = 0",
                                  error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, document_id, -1, SQLITE_STATIC);
  status = sqlite3_step (statement);
  if (status == SQLITE_ROW)
    state = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  else if (status != SQLITE_DONE)
    fs_store_set_error (self, FS_STORE_READING, error);
  return state;
}
