/* fs-store-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "fs-store.h"

G_BEGIN_DECLS

/* The owner of a document's own lists of texts in the texts table. */
#define FS_STORE_TEXT_OWNER_DOCUMENT (-1)

/* Rows go in with statements that insert 1, 2, 4, 8 and 16 rows at once. */
#define FS_STORE_N_BATCHES 5

struct _FsStore
{
  GObject       parent_instance;

  char         *path;
  sqlite3      *db;
  /* PRAGMA data_version when last looked at: it changes with every commit
   * of another connection, this process's or another's. */
  gint64        data_version;

  /* One connection serves the main thread and the worker threads that list
   * the library: every public call holds the store from start to end. */
  GRecMutex     lock;

  /* Fixed SQL text → prepared statement, prepared on first use. */
  GHashTable   *statements;

  /* Statements generated from the record schemas when the store opens. */
  sqlite3_stmt *document_insert;
  sqlite3_stmt *document_update;
  sqlite3_stmt *document_select;
  sqlite3_stmt *item_insert[FS_DOCUMENT_N_LISTS][FS_STORE_N_BATCHES];
  sqlite3_stmt *text_insert[FS_STORE_N_BATCHES];
  sqlite3_stmt *item_select[FS_DOCUMENT_N_LISTS];
  sqlite3_stmt *item_delete[FS_DOCUMENT_N_LISTS];
};

/* Seconds a deletion waits before a new opening of the library purges it. */
#define FS_STORE_PURGE_AFTER 600

#define FS_STORE_LOCK(self) \
  g_autoptr(GRecMutexLocker) G_GNUC_UNUSED fs_store_locker = g_rec_mutex_locker_new (&(self)->lock)

/* A statement borrowed from the store's cache: g_autoptr() resets it and
 * clears its bindings, so that no read stays open and no bound pointer
 * outlives its owner. */
typedef sqlite3_stmt FsStoreStatement;

void              fs_store_statement_release  (FsStoreStatement  *statement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FsStoreStatement, fs_store_statement_release)

typedef enum
{
  FS_STORE_READING,
  FS_STORE_WRITING,
} FsStoreAccess;

/* fs-store.c */
FsStoreStatement *fs_store_statement          (FsStore           *self,
                                               const char        *sql,
                                               GError           **error);
gboolean          fs_store_prepare            (FsStore           *self,
                                               const char        *sql,
                                               sqlite3_stmt     **statement,
                                               GError           **error);
void              fs_store_set_error          (FsStore           *self,
                                               FsStoreAccess      access,
                                               GError           **error);
gboolean          fs_store_set_not_found      (FsStore           *self,
                                               const char        *id,
                                               GError           **error);
gboolean          fs_store_step_done          (FsStore           *self,
                                               sqlite3_stmt      *statement,
                                               GError           **error);
gboolean          fs_store_run                (FsStore           *self,
                                               const char        *sql,
                                               GError           **error);
gboolean          fs_store_begin              (FsStore           *self,
                                               GError           **error);
gboolean          fs_store_begin_read         (FsStore           *self,
                                               GError           **error);
gboolean          fs_store_commit             (FsStore           *self,
                                               GError           **error);
void              fs_store_rollback           (FsStore           *self);
void              fs_store_emit_changed       (FsStore           *self);

/* fs-store-schema.c */
gboolean          fs_store_schema_migrate     (FsStore           *self,
                                               GError           **error);
gboolean          fs_store_schema_prepare     (FsStore           *self,
                                               GError           **error);
const FsSchema   *fs_store_schema_of_list     (FsDocumentList     list);
const FsSchema   *fs_store_schema_of_document (void);

/* fs-store-write.c */
gboolean          fs_store_purge_deleted      (FsStore           *self,
                                               GError           **error);

/* fs-store-backup.c */
gboolean          fs_store_backup_connection  (FsStore           *self,
                                               GError           **error);

/* fs-store-read.c */
/* Sets the record's non-list fields from the columns from COLUMN on, in
 * schema order; returns the next column. */
int               fs_store_read_record        (sqlite3_stmt      *statement,
                                               int                column,
                                               FsRecord          *record);

G_END_DECLS
