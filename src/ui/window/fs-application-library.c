/* fs-application-library.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-application-private.h"
#include "fs-time-format.h"
#include "fs-window-private.h"

/* The application's one library: opened off the main thread, started anew
 * beside a damaged one, taken from a backup, or restored from one. */

/* How long a restore waits for the last user of the library to let it go. */
#define RESTORE_WAIT_MS 5000
#define RESTORE_POLL_MS 50

typedef struct
{
  char    *path;
  char    *backup;         /* put in the library's place first, when set */
  FsStore *store;
  char    *usable_backup;
  GError  *open_error;
  GError  *restore_error;
} Opening;

static void
opening_free (Opening *opening)
{
  g_free (opening->path);
  g_free (opening->backup);
  g_clear_object (&opening->store);
  g_free (opening->usable_backup);
  g_clear_error (&opening->open_error);
  g_clear_error (&opening->restore_error);
  g_free (opening);
}

typedef struct
{
  FsApplication *app;
  GWeakRef       store;
  char          *backup;
  guint          waited_ms;
} Closing;

static void
closing_free (Closing *closing)
{
  g_weak_ref_clear (&closing->store);
  g_free (closing->backup);
  g_free (closing);
}

/* The library is the one named on the command line or in the environment,
 * else the one the user started after a damaged one, else the default. */
static char *
chosen_library_path (FsApplication *self)
{
  g_autofree char *remembered = NULL;
  const char *env = g_getenv ("FORESIGHT_LIBRARY");

  if (self->options.library != NULL)
    return g_strdup (self->options.library);
  if (env == NULL || env[0] == '\0')
    {
      remembered = fs_settings_dup_library_path (self->settings);
      if (remembered != NULL && remembered[0] != '\0')
        return g_steal_pointer (&remembered);
    }
  return fs_store_default_path ();
}

static void
open_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Opening *opening = data;

  if (opening->backup != NULL)
    fs_store_restore_backup (opening->path, opening->backup, &opening->restore_error);
  opening->store = fs_store_open (opening->path, &opening->open_error);
  if (opening->store == NULL)
    opening->usable_backup = fs_store_find_usable_backup (opening->path);
  g_task_return_boolean (task, TRUE);
}

static void
each_window (FsApplication *self,
             void         (*func) (FsWindow *window))
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (FS_IS_WINDOW (l->data))
      func (l->data);
}

static FsWindow *
active_window (FsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       !FS_IS_WINDOW (window) && l != NULL; l = l->next)
    window = l->data;
  return FS_IS_WINDOW (window) ? FS_WINDOW (window) : NULL;
}

char *
fs_application_format_backup_time (gint64 created)
{
  g_autoptr(GDateTime) moment = g_date_time_new_from_unix_utc (created);
  g_autofree char *timestamp = moment ? g_date_time_format_iso8601 (moment) : NULL;

  return fs_format_timestamp (timestamp);
}

static void
report_restore (FsApplication *self,
                Opening       *opening,
                const char    *backup)
{
  FsWindow *window = active_window (self);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;

  if (window == NULL)
    return;
  if (opening->restore_error != NULL)
    {
      fs_window_show_error (window, _("The Backup Could Not Be Restored"),
                            opening->restore_error->message);
      return;
    }
  backups = fs_store_list_backups (opening->path);
  for (guint i = 0; i < backups->len && when == NULL; i++)
    {
      FsStoreBackup *listed = g_ptr_array_index (backups, i);

      if (g_strcmp0 (listed->path, backup) == 0)
        when = fs_application_format_backup_time (listed->created);
    }
  message = g_strdup_printf (_("Restored the backup of %s. The library as it was is "
                               "among the backups."), when ? when : "");
  fs_window_show_toast (window, adw_toast_new (message));
}

static void
on_library_opened (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  FsApplication *self = FS_APPLICATION (source);
  Opening *opening = g_task_get_task_data (G_TASK (result));

  g_clear_object (&self->store);
  self->store = g_steal_pointer (&opening->store);
  g_clear_error (&self->library_error);
  self->library_error = g_steal_pointer (&opening->open_error);
  g_free (self->usable_backup);
  self->usable_backup = g_steal_pointer (&opening->usable_backup);
  self->loading = FALSE;
  each_window (self, fs_window_library_ready);
  if (opening->backup != NULL)
    report_restore (self, opening, opening->backup);
}

static void
start_opening (FsApplication *self,
               const char    *backup)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_library_opened, NULL);
  Opening *opening = g_new0 (Opening, 1);

  opening->path = g_strdup (self->library_path);
  opening->backup = g_strdup (backup);
  g_task_set_task_data (task, opening, (GDestroyNotify) opening_free);
  g_task_run_in_thread (task, open_in_thread);
}

static void
start_opening_after_paint (GdkFrameClock *clock,
                           FsApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, start_opening_after_paint, self);
  start_opening (self, NULL);
}

/* Checking a large library takes a moment: the window appears at once, in
 * its loading state, and the library arrives when it has been checked. The
 * check starts once the window has been drawn, so as not to compete with
 * drawing it on a busy machine. */
void
fs_application_open_library (FsApplication *self,
                             GtkWindow     *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  self->loading = TRUE;
  g_free (self->library_path);
  self->library_path = chosen_library_path (self);
  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (start_opening_after_paint), self);
  else
    start_opening (self, NULL);
}

void
fs_application_clear_library (FsApplication *self)
{
  g_clear_object (&self->store);
  g_clear_error (&self->library_error);
  g_clear_pointer (&self->library_path, g_free);
  g_clear_pointer (&self->usable_backup, g_free);
}

const char *
fs_application_get_library_path (FsApplication *self)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  return self->library_path;
}

const char *
fs_application_get_usable_backup (FsApplication *self)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  return self->usable_backup;
}

/* A library that could not be opened stays where it is, untouched; a new
 * one goes beside it under a free name. */
static char *
free_library_path (FsApplication *self)
{
  g_autofree char *dir = g_path_get_dirname (self->library_path ? self->library_path
                                                                : "library.db");
  char *path = NULL;

  for (guint n = 2; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = g_strdup_printf ("library-%u.db", n);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }
  return path;
}

/* The new library is the application's from now on, and remembered for the
 * next start unless the command line named one. */
static FsStore *
adopt_library (FsApplication *self,
               char          *path,
               GError       **error)
{
  FsStore *store = fs_store_open (path, error);

  if (store == NULL)
    {
      g_free (path);
      return NULL;
    }
  fs_application_clear_library (self);
  self->store = store;
  self->library_path = path;
  if (self->options.library == NULL)
    fs_settings_set_library_path (self->settings, self->library_path);
  return store;
}

FsStore *
fs_application_start_new_library (FsApplication  *self,
                                  GError        **error)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  return adopt_library (self, free_library_path (self), error);
}

/* The newest backup that opens, copied to a library of its own beside the
 * damaged one, which stays for its owner to keep. */
FsStore *
fs_application_open_newest_backup (FsApplication  *self,
                                   GError        **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  if (self->usable_backup == NULL)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                           _("No backup of this library can be opened."));
      return NULL;
    }
  path = free_library_path (self);
  if (!fs_store_copy_backup (self->usable_backup, path, error))
    return NULL;
  return adopt_library (self, g_steal_pointer (&path), error);
}

static void
reopen (Closing *closing)
{
  start_opening (closing->app, closing->backup);
}

/* The file is swapped only once no one has the library open: the windows
 * let go at once, a worker thread when it has finished. One that takes too
 * long is waited for no longer, and the library opens again as it was. */
static gboolean
wait_for_store (gpointer data)
{
  Closing *closing = data;
  g_autoptr(FsStore) store = g_weak_ref_get (&closing->store);

  if (store == NULL)
    {
      reopen (closing);
      return G_SOURCE_REMOVE;
    }
  closing->waited_ms += RESTORE_POLL_MS;
  if (closing->waited_ms < RESTORE_WAIT_MS)
    return G_SOURCE_CONTINUE;
  g_clear_pointer (&closing->backup, g_free);
  reopen (closing);
  if (active_window (closing->app) != NULL)
    fs_window_show_error (active_window (closing->app), _("The Backup Was Not Restored"),
                          _("The library is busy, with an import or an export. Try again "
                            "once it has finished."));
  return G_SOURCE_REMOVE;
}

/* Restoring happens while the windows wait in their loading state: what
 * they had not saved yet is saved first, then they let go of the library,
 * and they reopen it once BACKUP is in its place. */
void
fs_application_restore_backup (FsApplication *self,
                               const char    *backup)
{
  Closing *closing;

  g_return_if_fail (FS_IS_APPLICATION (self));
  g_return_if_fail (backup != NULL);

  if (self->loading || self->store == NULL)
    return;
  closing = g_new0 (Closing, 1);
  closing->app = self;
  closing->backup = g_strdup (backup);
  g_weak_ref_init (&closing->store, self->store);
  self->loading = TRUE;
  each_window (self, fs_window_library_closing);
  g_clear_object (&self->store);
  g_timeout_add_full (G_PRIORITY_DEFAULT, RESTORE_POLL_MS, wait_for_store, closing,
                      (GDestroyNotify) closing_free);
}
