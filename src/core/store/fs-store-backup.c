/* fs-store-backup.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "fs-store-private.h"

/* Copies of a library in a "backups" folder beside it, made with SQLite's
 * online backup so that they are whole even while the library is in use:
 * before every schema migration and at most once a day when it is opened.
 * The newest FS_STORE_BACKUPS_KEPT stay. A backup is named after its
 * library and the moment it was made, in UTC: library-20261207-131820.db. */

#define DAY (24 * 60 * 60)

char *
fs_store_backup_folder (const char *library_path)
{
  g_autofree char *folder = g_path_get_dirname (library_path);

  return g_build_filename (folder, "backups", NULL);
}

static char *
library_stem (const char *library_path)
{
  g_autofree char *name = g_path_get_basename (library_path);

  if (g_str_has_suffix (name, ".db"))
    name[strlen (name) - 3] = '\0';
  return g_steal_pointer (&name);
}

/* When the backup NAME of the library STEM was made, or -1 for a file that
 * is none of its backups. */
static gint64
backup_time (const char *stem,
             const char *name)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day, hour, minute, second;
  gsize stem_length = strlen (stem);
  char end;

  if (strncmp (name, stem, stem_length) != 0 || name[stem_length] != '-' ||
      sscanf (name + stem_length + 1, "%4d%2d%2d-%2d%2d%2d.d%c", &year, &month, &day, &hour,
              &minute, &second, &end) != 7 || end != 'b' ||
      strlen (name + stem_length + 1) != strlen ("20261207-131820.db"))
    return -1;
  time = g_date_time_new_utc (year, month, day, hour, minute, second);
  return time != NULL ? g_date_time_to_unix (time) : -1;
}

static void
fs_store_backup_free (FsStoreBackup *backup)
{
  g_free (backup->path);
  g_free (backup);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const FsStoreBackup *first = *(FsStoreBackup **) a;
  const FsStoreBackup *second = *(FsStoreBackup **) b;

  return (first->created < second->created) - (first->created > second->created);
}

/* The documents a backup holds, or -1 when it cannot be read as a library. */
static int
count_documents (const char *path)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  int count = -1;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM documents WHERE deleted = 0", -1,
                          &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    count = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return count;
}

static GPtrArray *
list_backups (const char *library_path,
              gboolean    count)
{
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) fs_store_backup_free);
  g_autofree char *folder = fs_store_backup_folder (library_path);
  g_autofree char *stem = library_stem (library_path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      gint64 created = backup_time (stem, name);
      FsStoreBackup *backup;
      GStatBuf info;

      if (created < 0)
        continue;
      backup = g_new0 (FsStoreBackup, 1);
      backup->path = g_build_filename (folder, name, NULL);
      backup->created = created;
      backup->size = g_stat (backup->path, &info) == 0 ? info.st_size : 0;
      backup->n_documents = count ? count_documents (backup->path) : -1;
      g_ptr_array_add (backups, backup);
    }
  g_ptr_array_sort (backups, newest_first);
  return backups;
}

/* FsStoreBackup records, newest first, each with the documents it holds. */
GPtrArray *
fs_store_list_backups (const char *library_path)
{
  g_return_val_if_fail (library_path != NULL, NULL);

  return list_backups (library_path, TRUE);
}

static void
prune (const char *library_path)
{
  g_autoptr(GPtrArray) backups = list_backups (library_path, FALSE);

  for (guint i = FS_STORE_BACKUPS_KEPT; i < backups->len; i++)
    {
      FsStoreBackup *backup = g_ptr_array_index (backups, i);

      if (g_unlink (backup->path) != 0)
        g_debug ("Old backup %s stays: %s", backup->path, g_strerror (errno));
    }
}

static gboolean
set_backup_error (GError     **error,
                  const char  *path,
                  const char  *detail)
{
  g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED,
               _("The library could not be backed up to “%s” (%s)."), path, detail);
  return FALSE;
}

/* A new file that only its owner reads, as the library. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  if (fd < 0)
    return set_backup_error (error, path, g_strerror (errno));
  close (fd);
  return TRUE;
}

/* SOURCE copied whole, page by page, into a new file at TARGET. */
static gboolean
copy_database (sqlite3     *source,
               const char  *target,
               GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_backup *backup;
  int status;

  if (!create_private_file (target, error))
    return FALSE;
  if (sqlite3_open_v2 (target, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      set_backup_error (error, target, sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }
  backup = sqlite3_backup_init (db, "main", source, "main");
  if (backup == NULL)
    {
      set_backup_error (error, target, sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }
  /* A busy library is waited for a little, as any reader would. */
  do
    {
      status = sqlite3_backup_step (backup, -1);
      if (status == SQLITE_BUSY || status == SQLITE_LOCKED)
        sqlite3_sleep (50);
    }
  while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (status != SQLITE_DONE)
    set_backup_error (error, target, sqlite3_errstr (status));
  sqlite3_close (db);
  return status == SQLITE_DONE;
}

/* Named after NOW, or the first second after it that no backup has. */
static char *
backup_path (const char *library_path,
             const char *folder,
             gint64      now)
{
  g_autofree char *stem = library_stem (library_path);

  for (;; now++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (now);
      g_autofree char *stamp = g_date_time_format (time, "%Y%m%d-%H%M%S");
      g_autofree char *name = g_strdup_printf ("%s-%s.db", stem, stamp);
      char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

/* Written under a temporary name and renamed once whole: a backup that is
 * listed is a backup that opens. */
static gboolean
backup_database (sqlite3     *source,
                 const char  *library_path,
                 gint64       now,
                 GError     **error)
{
  g_autofree char *folder = fs_store_backup_folder (library_path);
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    return set_backup_error (error, folder, g_strerror (errno));
  path = backup_path (library_path, folder, now);
  partial = g_strconcat (path, ".partial", NULL);
  if (!copy_database (source, partial, error))
    {
      g_unlink (partial);
      return FALSE;
    }
  if (g_rename (partial, path) != 0)
    {
      set_backup_error (error, path, g_strerror (errno));
      g_unlink (partial);
      return FALSE;
    }
  prune (library_path);
  return TRUE;
}

gboolean
fs_store_backup (FsStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  FS_STORE_LOCK (self);

  return backup_database (self->db, self->path, g_get_real_time () / G_USEC_PER_SEC, error);
}

/* Once a day, and only for a library with something in it to lose. */
gboolean
fs_store_backup_if_due (FsStore  *self,
                        GError  **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (FS_IS_STORE (self), FALSE);
  FS_STORE_LOCK (self);

  backups = list_backups (self->path, FALSE);
  if (backups->len > 0 && now - ((FsStoreBackup *) g_ptr_array_index (backups, 0))->created < DAY)
    return TRUE;
  if (fs_store_count (self, NULL) == 0)
    return TRUE;
  return backup_database (self->db, self->path, now, error);
}

/* Before a migration the library is not yet a store: the connection is
 * backed up as it is. */
gboolean
fs_store_backup_connection (FsStore  *self,
                            GError  **error)
{
  return backup_database (self->db, self->path, g_get_real_time () / G_USEC_PER_SEC, error);
}

/* Restoring */

static sqlite3 *
open_read_only (const char *path)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

/* Whole and ours: it passes SQLite's quick check and holds documents. */
static gboolean
backup_opens (const char *path)
{
  sqlite3 *db = open_read_only (path);
  sqlite3_stmt *statement = NULL;
  gboolean ok = FALSE;

  if (db != NULL &&
      sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (statement, 0), "ok") == 0;
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return ok && count_documents (path) >= 0;
}

/* The newest backup of the library that opens, or NULL. */
char *
fs_store_find_usable_backup (const char *library_path)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (library_path != NULL, NULL);

  backups = list_backups (library_path, FALSE);
  for (guint i = 0; i < backups->len; i++)
    {
      FsStoreBackup *backup = g_ptr_array_index (backups, i);

      if (backup_opens (backup->path))
        return g_strdup (backup->path);
    }
  return NULL;
}

static gboolean
copy_backup_to (const char  *backup,
                const char  *target,
                GError     **error)
{
  sqlite3 *source = open_read_only (backup);
  gboolean copied;

  if (source == NULL)
    return set_backup_error (error, backup, g_strerror (ENOENT));
  copied = copy_database (source, target, error);
  sqlite3_close (source);
  if (!copied)
    g_unlink (target);
  return copied;
}

/* The backup as a new library at TARGET, which must not exist: for a
 * library that no longer opens, which stays as it is for its owner. */
gboolean
fs_store_copy_backup (const char  *backup,
                      const char  *target,
                      GError     **error)
{
  g_return_val_if_fail (backup != NULL && target != NULL, FALSE);

  if (g_file_test (target, G_FILE_TEST_EXISTS))
    return set_backup_error (error, target, g_strerror (EEXIST));
  return copy_backup_to (backup, target, error);
}

static gboolean
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean synced;

  if (fd < 0)
    return FALSE;
  synced = fsync (fd) == 0;
  close (fd);
  return synced;
}

/* The library as it is now goes among the backups first: a restore can be
 * taken back by restoring that one. */
static gboolean
back_up_current (const char  *library_path,
                 GError     **error)
{
  sqlite3 *current;
  gboolean saved;

  if (!g_file_test (library_path, G_FILE_TEST_EXISTS))
    return TRUE;
  current = open_read_only (library_path);
  if (current == NULL)
    return set_backup_error (error, library_path, g_strerror (EIO));
  saved = backup_database (current, library_path, g_get_real_time () / G_USEC_PER_SEC, error);
  sqlite3_close (current);
  return saved;
}

/* Puts BACKUP in the place of the library at LIBRARY_PATH, which no one may
 * have open: written beside it, synced, then renamed over it. The library's
 * write-ahead log goes with it, since it belongs to the old file. */
gboolean
fs_store_restore_backup (const char  *library_path,
                         const char  *backup,
                         GError     **error)
{
  g_autofree char *restoring = NULL;
  const char *companions[] = { "-wal", "-shm" };

  g_return_val_if_fail (library_path != NULL && backup != NULL, FALSE);

  if (!back_up_current (library_path, error))
    return FALSE;
  restoring = g_strconcat (library_path, ".restoring", NULL);
  g_unlink (restoring);
  if (!copy_backup_to (backup, restoring, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (library_path, companions[i], NULL);

      if (g_unlink (companion) != 0 && errno != ENOENT)
        {
          g_unlink (restoring);
          return set_backup_error (error, companion, g_strerror (errno));
        }
    }
  if (g_rename (restoring, library_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (restoring);
      return set_backup_error (error, library_path, g_strerror (saved_errno));
    }
  if (!sync_folder (library_path))
    g_debug ("The folder of %s could not be synced", library_path);
  return TRUE;
}
