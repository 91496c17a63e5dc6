/* fs-store-chain.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fs-chain.h"
#include "fs-store-private.h"

/* The links between post-mortems and the pre-mortems that foresaw them. */
/* One row a link and anticipated risk, or a link with none; one
 * pre-mortem's through the index of links, or every link. */
#define LINKS_SQL(which) \
  "SELECT p.id, p.title, p.premortem, p.anticipated_asked, t.text " \
  "FROM documents AS p LEFT JOIN texts AS t ON t.document = p.rowid AND t.owner = -1 " \
  "  AND t.field = 'anticipated' " \
  "WHERE p.premortem <> '' AND p.deleted = 0" which " " \
  "ORDER BY p.incident_started, p.title COLLATE NOCASE, p.id, t.position"

static void
take_anticipated (FsRecord  *entry,
                  GPtrArray *anticipated)
{
  g_ptr_array_add (anticipated, NULL);
  fs_record_take_list (entry, FS_LINK_ENTRY_ANTICIPATED,
                       (char **) g_ptr_array_free (anticipated, FALSE));
}

GListModel *
fs_store_list_links (FsStore     *self,
                     const char  *premortem_id,
                     GError     **error)
{
  g_autoptr(GListStore) entries = g_list_store_new (FS_TYPE_LINK_ENTRY);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(FsStoreStatement) statement = NULL;
  GPtrArray *anticipated = NULL;
  FsRecord *entry = NULL;
  int rc;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  FS_STORE_LOCK (self);

  statement = fs_store_statement (self, premortem_id != NULL ? LINKS_SQL (" AND p.premortem = ?1")
                                                             : LINKS_SQL (""), error);
  if (statement == NULL)
    return NULL;
  if (premortem_id != NULL)
    sqlite3_bind_text (statement, 1, premortem_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (statement, 0);
      const char *risk = (const char *) sqlite3_column_text (statement, 4);

      if (entry == NULL || !g_str_equal (fs_record_get_text (entry, FS_LINK_ENTRY_POSTMORTEM_ID), id))
        {
          if (entry != NULL)
            take_anticipated (entry, anticipated);
          entry = g_object_new (FS_TYPE_LINK_ENTRY, NULL);
          fs_store_read_record (statement, 0, entry);
          g_ptr_array_add (rows, entry);
          anticipated = g_ptr_array_new ();
        }
      if (risk != NULL)
        g_ptr_array_add (anticipated, g_strdup (risk));
    }
  if (entry != NULL)
    take_anticipated (entry, anticipated);
  if (rc != SQLITE_DONE)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return NULL;
    }
  g_list_store_splice (entries, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&entries));
}

gboolean
fs_store_was_deleted (FsStore    *self,
                      const char *id)
{
  g_autoptr(FsStoreStatement) statement = NULL;

  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  FS_STORE_LOCK (self);

  statement = fs_store_statement (self, "SELECT 1 FROM documents WHERE id = ? AND deleted <> 0",
                                  NULL);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_TRANSIENT);
  return sqlite3_step (statement) == SQLITE_ROW;
}

static FsChain *load_premortem_side (FsStore     *self,
                                     FsDocument  *postmortem,
                                     GError     **error);

/* One spelling a level, the first in the alphabet; a few are a scale. */
#define TEAM_LEVELS_SQL \
  "SELECT min (trim (incident_severity)) FROM documents " \
  "WHERE kind = 'postmortem' AND deleted = 0 AND trim (incident_severity) <> '' AND id <> ? " \
  "GROUP BY lower (trim (incident_severity)) ORDER BY 1 COLLATE NOCASE LIMIT 12"

static GStrv
read_team_levels (FsStore     *self,
                  FsDocument  *postmortem,
                  GError     **error)
{
  g_autoptr(FsStoreStatement) statement = fs_store_statement (self, TEAM_LEVELS_SQL, error);
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();
  int rc;

  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, fs_document_get_id (postmortem), -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_strv_builder_add (levels, (const char *) sqlite3_column_text (statement, 0));
  if (rc != SQLITE_DONE)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return NULL;
    }
  return g_strv_builder_end (levels);
}

static FsChain *
load_postmortem_side (FsStore     *self,
                      FsDocument  *postmortem,
                      GError     **error)
{
  g_autoptr(FsChain) chain = load_premortem_side (self, postmortem, error);
  g_auto(GStrv) levels = NULL;

  if (chain == NULL || (levels = read_team_levels (self, postmortem, error)) == NULL)
    return NULL;
  fs_chain_set_team_levels (chain, (const char * const *) levels);
  return g_steal_pointer (&chain);
}

static FsChain *
load_premortem_side (FsStore     *self,
                     FsDocument  *postmortem,
                     GError     **error)
{
  const char *id = fs_document_get_premortem_id (postmortem);
  g_autoptr(FsDocument) premortem = NULL;
  g_autoptr(GError) local_error = NULL;

  if (id[0] == '\0')
    return fs_chain_new_for_postmortem (FS_CHAIN_UNLINKED, NULL);
  premortem = fs_store_load (self, id, &local_error);
  if (premortem != NULL && fs_document_get_kind (premortem) == FS_DOCUMENT_KIND_PREMORTEM)
    return fs_chain_new_for_postmortem (FS_CHAIN_FOUND, premortem);
  if (premortem == NULL && !g_error_matches (local_error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return fs_chain_new_for_postmortem (fs_store_was_deleted (self, id) ? FS_CHAIN_DELETED
                                                                      : FS_CHAIN_ABSENT, NULL);
}

/* The other documents of DOCUMENT's chain, as they are in the library now. */
FsChain *
fs_store_load_chain (FsStore     *self,
                     FsDocument  *document,
                     GError     **error)
{
  g_autoptr(GListModel) links = NULL;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (fs_document_get_kind (document) == FS_DOCUMENT_KIND_POSTMORTEM)
    return load_postmortem_side (self, document, error);
  links = fs_store_list_links (self, fs_document_get_id (document), error);
  return links != NULL ? fs_chain_new_for_premortem (links) : NULL;
}
