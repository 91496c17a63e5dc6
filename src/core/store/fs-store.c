/* fs-store.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fs-store-private.h"

/* How long a statement waits for another process's write to finish. */
#define BUSY_TIMEOUT_MS 5000
#define SQLITE_HEADER_SIZE 100

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FsStore, fs_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (fs-store-error-quark, fs_store_error)

static void
fs_store_finalize (GObject *object)
{
  FsStore *self = FS_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->document_insert, sqlite3_finalize);
  g_clear_pointer (&self->document_update, sqlite3_finalize);
  g_clear_pointer (&self->document_select, sqlite3_finalize);
  for (guint i = 0; i < FS_DOCUMENT_N_LISTS; i++)
    {
      for (guint batch = 0; batch < FS_STORE_N_BATCHES; batch++)
        g_clear_pointer (&self->item_insert[i][batch], sqlite3_finalize);
      g_clear_pointer (&self->item_select[i], sqlite3_finalize);
      g_clear_pointer (&self->item_delete[i], sqlite3_finalize);
    }
  for (guint batch = 0; batch < FS_STORE_N_BATCHES; batch++)
    g_clear_pointer (&self->text_insert[batch], sqlite3_finalize);
  /* Lets SQLite keep its statistics current for the query planner. */
  if (self->db != NULL && !sqlite3_db_readonly (self->db, "main"))
    sqlite3_exec (self->db, "PRAGMA optimize", NULL, NULL, NULL);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (fs_store_parent_class)->finalize (object);
}

static void
fs_store_class_init (FsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fs_store_finalize;

  /**
   * FsStore::changed:
   *
   * Emitted, in the thread that made it, after every change of the library's
   * documents: a save, an import that wrote something, a delete, an undelete
   * and a change of an action item's status.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fs_store_init (FsStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

char *
fs_store_default_path (void)
{
  const char *path = g_getenv ("FORESIGHT_LIBRARY");

  if (path != NULL && path[0] != '\0')
    return g_strdup (path);
  return g_build_filename (g_get_user_data_dir (), "foresight", "library.db", NULL);
}

/* Every failure to open names the file and what the person can do. */
static gboolean
set_open_error (GError       **error,
                FsStoreError   code,
                const char    *path,
                const char    *detail)
{
  switch (code)
    {
    case FS_STORE_ERROR_CORRUPT:
      g_set_error (error, FS_STORE_ERROR, code,
                   _("The library “%s” is damaged (%s). It has been left untouched; "
                     "move it aside to start a new library."), path, detail);
      break;
    case FS_STORE_ERROR_NOT_OURS:
      g_set_error (error, FS_STORE_ERROR, code,
                   _("“%s” is not a Foresight library (%s). It has been left untouched; "
                     "choose another file."), path, detail);
      break;
    case FS_STORE_ERROR_TOO_NEW:
      g_set_error (error, FS_STORE_ERROR, code,
                   _("The library “%s” was written by a newer version of Foresight (%s). "
                     "It has been left untouched; update Foresight to open it."), path, detail);
      break;
    case FS_STORE_ERROR_READ_ONLY:
      g_set_error (error, FS_STORE_ERROR, code,
                   _("The library “%s” cannot be written (%s). It has been left untouched; "
                     "check the permissions of the file and its folder."), path, detail);
      break;
    case FS_STORE_ERROR_NOT_FOUND:
    case FS_STORE_ERROR_FAILED:
    default:
      g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED,
                   _("The library “%s” could not be opened (%s)."), path, detail);
      break;
    }
  return FALSE;
}

static gboolean
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  gboolean denied = saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS;

  return set_open_error (error, denied ? FS_STORE_ERROR_READ_ONLY : FS_STORE_ERROR_FAILED,
                         path, g_strerror (saved_errno));
}

static gboolean
set_create_error (GError     **error,
                  const char  *path,
                  int          saved_errno)
{
  gboolean denied = saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS;

  g_set_error (error, FS_STORE_ERROR, denied ? FS_STORE_ERROR_READ_ONLY : FS_STORE_ERROR_FAILED,
               _("The library “%s” cannot be created (%s). Check that its folder can be "
                 "written, or choose another place."), path, g_strerror (saved_errno));
  return FALSE;
}

/* A new library is private: its folders 0700 and the file 0600 before SQLite
 * opens it, since SQLite would create it 0644 and its -wal and -shm files
 * copy the mode of the main file. */
static gboolean
create_library_file (const char  *path,
                     GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    return set_create_error (error, path, errno);
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return errno == EEXIST || set_create_error (error, path, errno);
  close (fd);
  return TRUE;
}

static guint32
read_be32 (const guint8 *bytes)
{
  guint32 value;

  memcpy (&value, bytes, sizeof value);
  return GUINT32_FROM_BE (value);
}

static gssize
read_header (const char *path,
             guint8      header[SQLITE_HEADER_SIZE])
{
  gssize length = 0;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return -1;
  while (length < SQLITE_HEADER_SIZE)
    {
      gssize n = read (fd, header + length, SQLITE_HEADER_SIZE - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      length += n;
    }
  close (fd);
  return length;
}

/* Whether a database's header makes it ours, someone else's, or newer.
 * n_tables is -1 where it is not known yet. */
static gboolean
check_identity (const char  *path,
                guint32      application_id,
                gint32       user_version,
                int          n_tables,
                GError     **error)
{
  g_autofree char *detail = NULL;

  if (application_id == 0 && n_tables < 0)
    return TRUE;
  if (application_id == 0 && n_tables == 0 && user_version == 0)
    return TRUE;
  if (application_id != FS_STORE_APPLICATION_ID)
    return set_open_error (error, FS_STORE_ERROR_NOT_OURS, path,
                           _("it belongs to another application"));
  if (user_version > FS_STORE_SCHEMA_VERSION)
    {
      detail = g_strdup_printf (_("version %d; this version of Foresight reads up to %d"),
                                user_version, FS_STORE_SCHEMA_VERSION);
      return set_open_error (error, FS_STORE_ERROR_TOO_NEW, path, detail);
    }
  if (user_version < 0)
    return set_open_error (error, FS_STORE_ERROR_CORRUPT, path, _("unknown schema version"));
  return TRUE;
}

static gboolean
set_inspect_error (GError     **error,
                   const char  *path,
                   sqlite3     *db)
{
  int code = sqlite3_errcode (db) & 0xff;

  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
    return set_open_error (error, FS_STORE_ERROR_CORRUPT, path, sqlite3_errmsg (db));
  return set_open_error (error, FS_STORE_ERROR_FAILED, path, sqlite3_errmsg (db));
}

/* Runs a pragma that answers one row and returns its first column as text. */
static char *
query_text (sqlite3     *db,
            const char  *sql)
{
  sqlite3_stmt *statement = NULL;
  char *result = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return result;
}

/* quick_check answers "*** in database main ***" and a line a problem. */
static const char *
first_problem (char *report)
{
  char *line = report;
  char *end;

  if (g_str_has_prefix (line, "*** ") && strchr (line, '\n') != NULL)
    line = strchr (line, '\n') + 1;
  end = strchr (line, '\n');
  if (end != NULL)
    *end = '\0';
  return line;
}

static gboolean
inspect_with_sqlite (const char  *path,
                     sqlite3     *db,
                     GError     **error)
{
  g_autofree char *check = query_text (db, "PRAGMA quick_check");
  g_autofree char *application_id = NULL;
  g_autofree char *user_version = NULL;
  g_autofree char *n_tables = NULL;

  if (check == NULL)
    return set_inspect_error (error, path, db);
  if (!g_str_equal (check, "ok"))
    return set_open_error (error, FS_STORE_ERROR_CORRUPT, path, first_problem (check));

  application_id = query_text (db, "PRAGMA application_id");
  user_version = query_text (db, "PRAGMA user_version");
  n_tables = query_text (db, "SELECT count(*) FROM sqlite_schema");
  if (application_id == NULL || user_version == NULL || n_tables == NULL)
    return set_inspect_error (error, path, db);
  return check_identity (path, (guint32) g_ascii_strtoll (application_id, NULL, 10),
                         (gint32) g_ascii_strtoll (user_version, NULL, 10),
                         (int) g_ascii_strtoll (n_tables, NULL, 10), error);
}

/* First by hand: a file that is not a database, someone else's or newer is
 * refused before SQLite touches it. */
static gboolean
inspect_header (const char  *path,
                gboolean    *empty,
                gboolean    *wal,
                GError     **error)
{
  guint8 header[SQLITE_HEADER_SIZE];
  GStatBuf info;
  gssize length;

  if (g_stat (path, &info) != 0)
    return set_errno_error (error, path, errno);
  if (!S_ISREG (info.st_mode))
    return set_open_error (error, FS_STORE_ERROR_FAILED, path, _("it is not a file"));
  *empty = info.st_size == 0;
  if (*empty)
    return TRUE;

  length = read_header (path, header);
  if (length < 0)
    return set_errno_error (error, path, errno);
  if (length < SQLITE_HEADER_SIZE || memcmp (header, "SQLite format 3", 16) != 0)
    return set_open_error (error, FS_STORE_ERROR_CORRUPT, path, _("it is not a database"));
  /* Offsets 18 and 19 give the journal mode, 60 the user version and 68 the
   * application id. */
  *wal = header[18] == 2 && header[19] == 2;
  return check_identity (path, read_be32 (header + 68), (gint32) read_be32 (header + 60), -1,
                         error);
}

/* Even a read-only connection creates the -wal and -shm files of a database
 * in WAL mode. Without a -wal file nobody is writing and everything is in the
 * main file, which can then be read as it stands, touching nothing else. */
static char *
inspection_uri (const char  *path,
                gboolean     wal,
                GError     **error)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, error);

  if (uri != NULL && wal && !g_file_test (wal_path, G_FILE_TEST_EXISTS))
    return g_strconcat (uri, "?immutable=1", NULL);
  return g_steal_pointer (&uri);
}

/* Then through a read-only connection, which finds damage and sees changes
 * still in the write-ahead log. */
static gboolean
inspect_database (const char  *path,
                  gboolean     wal,
                  GError     **error)
{
  g_autoptr(GError) uri_error = NULL;
  g_autofree char *uri = inspection_uri (path, wal, &uri_error);
  sqlite3 *db = NULL;
  gboolean ok;

  if (uri == NULL)
    return set_open_error (error, FS_STORE_ERROR_FAILED, path, uri_error->message);
  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK)
    ok = set_inspect_error (error, path, db);
  else
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      ok = inspect_with_sqlite (path, db, error);
    }
  sqlite3_close (db);
  return ok;
}

/* SQLite would quietly open a file it cannot write read-only, and needs the
 * folder to write its -wal and -shm files beside it. */
static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_access (path, W_OK) != 0 || g_access (folder, W_OK) != 0)
    return set_errno_error (error, path, errno);
  return TRUE;
}

/* A library that fails a check must come out of it byte for byte as it went
 * in: nothing writes to it before all have passed. */
static gboolean
inspect_library (const char  *path,
                 GError     **error)
{
  gboolean empty = FALSE;
  gboolean wal = FALSE;

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_library_file (path, error))
    return FALSE;
  return inspect_header (path, &empty, &wal, error) && check_writable (path, error) &&
         (empty || inspect_database (path, wal, error));
}

static gboolean
fail_connect (FsStore  *self,
              GError  **error)
{
  return set_open_error (error, FS_STORE_ERROR_FAILED, self->path,
                         self->db != NULL ? sqlite3_errmsg (self->db)
                                          : sqlite3_errstr (SQLITE_NOMEM));
}

static gboolean
connect_read_write (FsStore  *self,
                    guint     wait_ms,
                    GError  **error)
{
  g_autofree char *journal_mode = NULL;

  /* The store's own lock already keeps the connection to one thread at a
   * time, so SQLite's lock around every call would only cost time. */
  if (sqlite3_open_v2 (self->path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    return fail_connect (self, error);
  if (sqlite3_db_readonly (self->db, "main") != 0)
    return set_open_error (error, FS_STORE_ERROR_READ_ONLY, self->path,
                           g_strerror (EACCES));
  sqlite3_busy_timeout (self->db, wait_ms);

  journal_mode = query_text (self->db, "PRAGMA journal_mode = WAL");
  if (journal_mode == NULL)
    return fail_connect (self, error);
  if (!g_str_equal (journal_mode, "wal"))
    g_debug ("Library %s stays in journal mode %s", self->path, journal_mode);
  if (sqlite3_exec (self->db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                              "PRAGMA cache_size = -16384;", NULL, NULL, NULL) != SQLITE_OK)
    return fail_connect (self, error);
  return TRUE;
}

static gint64
read_data_version (FsStore *self)
{
  g_autoptr(FsStoreStatement) statement = fs_store_statement (self, "PRAGMA data_version",
                                                              NULL);

  if (statement == NULL || sqlite3_step (statement) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (statement, 0);
}

/* A daily backup that fails is no reason to keep the library closed. */
static void
back_up_daily (FsStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!fs_store_backup_if_due (self, &error))
    g_message ("No backup today: %s", error->message);
}

/* Opens the library at PATH, waiting up to WAIT_MS for another connection
 * that has it locked, there and in every later call (see fs_store_set_wait()). */
FsStore *
fs_store_open_waiting (const char  *path,
                       guint        wait_ms,
                       GError     **error)
{
  g_autoptr(FsStore) self = NULL;

  g_return_val_if_fail (path != NULL && path[0] != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!inspect_library (path, error))
    return NULL;

  self = g_object_new (FS_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (!connect_read_write (self, wait_ms, error) ||
      !fs_store_schema_migrate (self, error) ||
      !fs_store_purge_deleted (self, error) ||
      !fs_store_schema_prepare (self, error))
    return NULL;
  self->data_version = read_data_version (self);
  back_up_daily (self);
  return g_steal_pointer (&self);
}

FsStore *
fs_store_open (const char  *path,
               GError     **error)
{
  return fs_store_open_waiting (path, BUSY_TIMEOUT_MS, error);
}

/* A window saves on the main thread and would rather try again soon than
 * freeze; the command line would rather wait. */
void
fs_store_set_wait (FsStore *self,
                   guint    wait_ms)
{
  g_return_if_fail (FS_IS_STORE (self));

  FS_STORE_LOCK (self);
  sqlite3_busy_timeout (self->db, wait_ms);
}

/* Whether another connection, in this process or another one, has changed
 * the library since the last look; if so, "changed" is emitted. Cheap
 * enough to ask a few times a second. A store busy in another thread is
 * not waited for: it is asked again next time. */
gboolean
fs_store_check_for_changes (FsStore *self)
{
  gint64 version;
  gboolean changed;

  g_return_val_if_fail (FS_IS_STORE (self), FALSE);

  if (!g_rec_mutex_trylock (&self->lock))
    return FALSE;
  version = read_data_version (self);
  changed = version >= 0 && version != self->data_version;
  if (version >= 0)
    self->data_version = version;
  g_rec_mutex_unlock (&self->lock);
  if (changed)
    fs_store_emit_changed (self);
  return changed;
}

const char *
fs_store_get_path (FsStore *self)
{
  g_return_val_if_fail (FS_IS_STORE (self), NULL);

  return self->path;
}

/* A library that cannot be written is refused at open, so this stays FALSE
 * unless the file is taken away from under an open store. */
gboolean
fs_store_is_read_only (FsStore *self)
{
  g_return_val_if_fail (FS_IS_STORE (self), TRUE);
  FS_STORE_LOCK (self);

  return sqlite3_db_readonly (self->db, "main") != 0;
}

static guint
count_rows (FsStore     *self,
            const char  *sql,
            GError     **error)
{
  g_autoptr(FsStoreStatement) statement = NULL;

  FS_STORE_LOCK (self);

  statement = fs_store_statement (self, sql, error);
  if (statement == NULL)
    return 0;
  if (sqlite3_step (statement) != SQLITE_ROW)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return 0;
    }
  return (guint) sqlite3_column_int64 (statement, 0);
}

guint
fs_store_count (FsStore  *self,
                GError  **error)
{
  g_return_val_if_fail (FS_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return count_rows (self, "SELECT count(*) FROM documents WHERE deleted = 0", error);
}

/* The number the sidebar shows, without listing every action item. */
guint
fs_store_count_open_action_items (FsStore  *self,
                                  GError  **error)
{
  g_return_val_if_fail (FS_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return count_rows (self,
                     "SELECT coalesce (sum (open_action_count), 0) FROM documents "
                     "WHERE deleted = 0",
                     error);
}

/* What the other parts of the store share. */

void
fs_store_statement_release (FsStoreStatement *statement)
{
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
}

gboolean
fs_store_prepare (FsStore        *self,
                  const char     *sql,
                  sqlite3_stmt  **statement,
                  GError        **error)
{
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement,
                          NULL) == SQLITE_OK)
    return TRUE;
  fs_store_set_error (self, FS_STORE_READING, error);
  return FALSE;
}

/* sql must be fixed text: the cache keeps one statement for each. */
FsStoreStatement *
fs_store_statement (FsStore     *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *statement = g_hash_table_lookup (self->statements, sql);

  if (statement == NULL)
    {
      if (!fs_store_prepare (self, sql, &statement, error))
        return NULL;
      g_hash_table_insert (self->statements, g_strdup (sql), statement);
    }
  return statement;
}

void
fs_store_set_error (FsStore        *self,
                    FsStoreAccess   access,
                    GError        **error)
{
  int code = sqlite3_errcode (self->db) & 0xff;
  FsStoreError store_code = FS_STORE_ERROR_FAILED;

  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    store_code = FS_STORE_ERROR_CORRUPT;
  else if (code == SQLITE_READONLY)
    store_code = FS_STORE_ERROR_READ_ONLY;
  else if (code == SQLITE_FULL || sqlite3_system_errno (self->db) == EFBIG ||
           sqlite3_system_errno (self->db) == ENOSPC)
    store_code = FS_STORE_ERROR_NO_SPACE;
  else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    store_code = FS_STORE_ERROR_BUSY;

  if (access == FS_STORE_WRITING)
    g_set_error (error, FS_STORE_ERROR, store_code,
                 _("Foresight could not write to the library “%s” (%s)."),
                 self->path, sqlite3_errmsg (self->db));
  else
    g_set_error (error, FS_STORE_ERROR, store_code,
                 _("Foresight could not read the library “%s” (%s)."),
                 self->path, sqlite3_errmsg (self->db));
}

gboolean
fs_store_set_not_found (FsStore     *self,
                        const char  *id,
                        GError     **error)
{
  g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_NOT_FOUND,
               _("The library “%s” holds no document “%s”."), self->path, id);
  return FALSE;
}

/* Runs a statement that answers no rows and resets it for its next use. */
gboolean
fs_store_step_done (FsStore       *self,
                    sqlite3_stmt  *statement,
                    GError       **error)
{
  if (sqlite3_step (statement) != SQLITE_DONE)
    {
      fs_store_set_error (self, FS_STORE_WRITING, error);
      sqlite3_reset (statement);
      return FALSE;
    }
  sqlite3_reset (statement);
  return TRUE;
}

gboolean
fs_store_run (FsStore     *self,
              const char  *sql,
              GError     **error)
{
  g_autoptr(FsStoreStatement) statement = fs_store_statement (self, sql, error);

  return statement != NULL && fs_store_step_done (self, statement, error);
}

/* Writes take the write lock at once: a read upgraded to a write later can
 * fail with SQLITE_BUSY_SNAPSHOT, which no waiting resolves. */
gboolean
fs_store_begin (FsStore  *self,
                GError  **error)
{
  int moved = 0;

  /* Writes to a file deleted while open would seem to succeed, and be lost
   * with the last descriptor. */
  if (sqlite3_file_control (self->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK &&
      moved)
    {
      g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_MOVED,
                   _("The library “%s” was deleted or moved while it was open."), self->path);
      return FALSE;
    }
  return fs_store_run (self, "BEGIN IMMEDIATE", error);
}

/* Reads of several tables see one state of the library. */
gboolean
fs_store_begin_read (FsStore  *self,
                     GError  **error)
{
  return fs_store_run (self, "BEGIN", error);
}

gboolean
fs_store_commit (FsStore  *self,
                 GError  **error)
{
  return fs_store_run (self, "COMMIT", error);
}

/* Some errors (a full disk, an I/O error) end the transaction by themselves. */
void
fs_store_rollback (FsStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    fs_store_run (self, "ROLLBACK", NULL);
}

void
fs_store_emit_changed (FsStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Copies what the write-ahead log holds into the library file, from a
 * connection of its own: the store's connection is neither used nor waited
 * for, so this may run in any thread while the store goes on being used.
 * After a large import, it spares the next save the copy. Returns whether
 * the whole log was copied; a log in use may leave some for later. */
gboolean
fs_store_checkpoint_aside (FsStore  *self,
                           GError  **error)
{
  sqlite3 *db = NULL;
  int in_log = 0;
  int copied = 0;
  int status;

  g_return_val_if_fail (FS_IS_STORE (self), FALSE);

  if (sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED, "%s: %s", self->path,
                   sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }
  /* A connection finds the log only once it has read something. */
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  status = sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
  if (status == SQLITE_OK)
    status = sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, &in_log, &copied);
  if (status != SQLITE_OK && status != SQLITE_BUSY)
    g_set_error (error, FS_STORE_ERROR, FS_STORE_ERROR_FAILED, "%s: %s", self->path,
                 sqlite3_errmsg (db));
  sqlite3_close (db);
  return status == SQLITE_OK && in_log >= 0 && copied == in_log;
}
