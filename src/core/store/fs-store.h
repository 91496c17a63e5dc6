/* fs-store.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fs-document.h"
#include "fs-summary.h"

G_BEGIN_DECLS

#define FS_STORE_ERROR (fs_store_error_quark ())

typedef enum
{
  FS_STORE_ERROR_CORRUPT,   /* not a database, or it fails its integrity check */
  FS_STORE_ERROR_NOT_OURS,  /* another application's database */
  FS_STORE_ERROR_TOO_NEW,   /* written by a newer Foresight */
  FS_STORE_ERROR_READ_ONLY, /* the file or its folder cannot be written */
  FS_STORE_ERROR_NOT_FOUND, /* no document with that id */
  FS_STORE_ERROR_FAILED,    /* SQLite refused: an I/O error, a broken constraint, … */
  FS_STORE_ERROR_NO_SPACE,  /* the disk is full, or the file may not grow */
  FS_STORE_ERROR_BUSY,      /* another connection kept the library locked too long */
  FS_STORE_ERROR_MOVED,     /* the file was deleted or renamed while open */
} FsStoreError;

typedef enum
{
  FS_STORE_SORT_MODIFIED, /* newest first */
  FS_STORE_SORT_TITLE,
  FS_STORE_SORT_STATUS,
} FsStoreSort;

/* What fs_store_query() lists. kind is -1 for both kinds; status and search
 * are NULL for any. With search, each summary carries a snippet of the match;
 * a search lists at most 200 documents, the ones created last, in the order
 * asked for. A last word of one letter after others is ignored until the
 * next key. */
typedef struct
{
  int          kind;
  const char  *status;
  const char  *search;
  FsStoreSort  sort;
} FsStoreQuery;

#define FS_STORE_QUERY_INIT { -1, NULL, NULL, FS_STORE_SORT_MODIFIED }

/* The newest schema this build knows; PRAGMA user_version of its libraries. */
#define FS_STORE_SCHEMA_VERSION 3
/* PRAGMA application_id of a Foresight library: "FSgt". */
#define FS_STORE_APPLICATION_ID 0x46536774

/* How many backups of a library are kept beside it. */
#define FS_STORE_BACKUPS_KEPT 7

/* One backup of a library (see fs_store_list_backups()). */
typedef struct
{
  char   *path;
  gint64  created;     /* seconds since 1970, UTC */
  goffset size;        /* bytes */
  int     n_documents; /* -1 when it cannot be read */
} FsStoreBackup;

#define FS_TYPE_STORE (fs_store_get_type ())

/* One connection, for one thread at a time. The "changed" signal (no
 * arguments) is emitted, in the thread that made the change, after every
 * successful save, import that wrote something, delete, undelete and
 * fs_store_set_action_status(). */
G_DECLARE_FINAL_TYPE (FsStore, fs_store, FS, STORE, GObject)

GQuark       fs_store_error_quark        (void);
char        *fs_store_default_path       (void);
FsStore     *fs_store_open               (const char          *path,
                                          GError             **error);
FsStore     *fs_store_open_waiting       (const char          *path,
                                          guint                wait_ms,
                                          GError             **error);
void         fs_store_set_wait           (FsStore             *self,
                                          guint                wait_ms);
gboolean     fs_store_check_for_changes  (FsStore             *self);
const char  *fs_store_get_path           (FsStore             *self);
gboolean     fs_store_checkpoint_aside   (FsStore             *self,
                                          GError             **error);
gboolean     fs_store_is_read_only       (FsStore             *self);
GListModel  *fs_store_query              (FsStore             *self,
                                          const FsStoreQuery  *query,
                                          GError             **error);
guint        fs_store_count              (FsStore             *self,
                                          GError             **error);
guint        fs_store_count_open_action_items (FsStore        *self,
                                          GError             **error);
FsDocument  *fs_store_load               (FsStore             *self,
                                          const char          *id,
                                          GError             **error);
gboolean     fs_store_save               (FsStore             *self,
                                          FsDocument          *document,
                                          GError             **error);
GPtrArray   *fs_store_import             (FsStore             *self,
                                          GPtrArray           *documents,
                                          GError             **error);
/* fs_store_import() in steps, for documents handed over as they are read. */
typedef struct _FsStoreImport FsStoreImport;

FsStoreImport *fs_store_import_begin     (FsStore             *self,
                                          GError             **error);
gboolean     fs_store_import_add         (FsStoreImport       *import,
                                          FsDocument          *document,
                                          GError             **error);
GPtrArray   *fs_store_import_finish      (FsStoreImport       *import,
                                          gboolean             notify,
                                          GError             **error);
void         fs_store_import_abort       (FsStoreImport       *import);
FsDocument  *fs_store_create             (FsStore             *self,
                                          FsDocumentKind       kind,
                                          const char          *title,
                                          GError             **error);
FsDocument  *fs_store_duplicate          (FsStore             *self,
                                          const char          *id,
                                          const char          *title,
                                          GError             **error);
gboolean     fs_store_delete             (FsStore             *self,
                                          const char          *id,
                                          GError             **error);
gboolean     fs_store_undelete           (FsStore             *self,
                                          const char          *id,
                                          GError             **error);
GListModel  *fs_store_list_action_items  (FsStore             *self,
                                          GError             **error);
/* FsLinkEntry records of the post-mortems linked to PREMORTEM_ID, or of
 * every link when it is NULL, in the order the incidents began. */
GListModel  *fs_store_list_links         (FsStore             *self,
                                          const char          *premortem_id,
                                          GError             **error);
FsChain     *fs_store_load_chain         (FsStore             *self,
                                          FsDocument          *document,
                                          GError             **error);
/* TRUE for a document the user deleted and can still bring back. */
gboolean     fs_store_was_deleted        (FsStore             *self,
                                          const char          *id);
gboolean     fs_store_save_workshop      (FsStore             *self,
                                          const char          *document_id,
                                          const char          *state,
                                          GError             **error);
char        *fs_store_load_workshop      (FsStore             *self,
                                          const char          *document_id,
                                          GError             **error);
gboolean     fs_store_set_action_status  (FsStore             *self,
                                          const char          *document_id,
                                          const char          *item_id,
                                          const char          *status,
                                          GError             **error);

char        *fs_store_backup_folder      (const char          *library_path);
GPtrArray   *fs_store_list_backups       (const char          *library_path);
gboolean     fs_store_backup             (FsStore             *self,
                                          GError             **error);
gboolean     fs_store_backup_if_due      (FsStore             *self,
                                          GError             **error);
char        *fs_store_find_usable_backup (const char          *library_path);
gboolean     fs_store_copy_backup        (const char          *backup,
                                          const char          *target,
                                          GError             **error);
gboolean     fs_store_restore_backup     (const char          *library_path,
                                          const char          *backup,
                                          GError             **error);

G_END_DECLS
