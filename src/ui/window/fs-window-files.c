/* fs-window-files.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-import.h"
#include "fs-window-private.h"

typedef struct
{
  GPtrArray *written;
  char      *only_id;  /* the file's document when it holds exactly one */
} Imported;

static void
imported_free (Imported *imported)
{
  g_clear_pointer (&imported->written, g_ptr_array_unref);
  g_free (imported->only_id);
  g_free (imported);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Imported, imported_free)

static void
report_import (FsWindow *self,
               Imported *imported)
{
  g_autofree char *message = NULL;
  guint n = imported->written->len;

  if (n == 0)
    message = g_strdup (_("Nothing imported: the library has these documents already, "
                          "as they are or newer"));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u document",
                                            "Imported %u documents", n), n);
  fs_window_show_toast (self, adw_toast_new (message));
  if (imported->only_id != NULL)
    fs_window_open_document (self, imported->only_id);
}

/* The whole import runs here: reading a large file and writing it take a
 * while, and the store is locked for the import's length either way. */
static void
import_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  FsStore *store = data;
  GFile *file = g_object_get_data (G_OBJECT (task), "file");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(Imported) imported = g_new0 (Imported, 1);
  GError *error = NULL;

  /* "changed" would reach the widgets in this thread: on_file_imported()
   * emits it in the main thread instead. */
  imported->written = fs_import_file_full (store, path, FALSE, &imported->only_id, &error);
  if (imported->written == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&imported), (GDestroyNotify) imported_free);
}

static gpointer
checkpoint_in_thread (gpointer data)
{
  g_autoptr(FsStore) store = data;

  fs_store_checkpoint_aside (store, NULL);
  return NULL;
}

static void
on_file_imported (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FsWindow *self = FS_WINDOW (source);
  FsStore *store = g_task_get_task_data (G_TASK (result));
  GFile *file = g_object_get_data (G_OBJECT (result), "file");
  g_autoptr(GError) error = NULL;
  g_autoptr(Imported) imported = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;

  if (imported != NULL)
    {
      if (imported->written->len > 0)
        {
          g_signal_emit_by_name (store, "changed");
          /* The import left its writes in the log; copied aside now, they do
           * not hold up the first save that follows. */
          g_thread_unref (g_thread_new ("fs-checkpoint", checkpoint_in_thread,
                                        g_object_ref (store)));
        }
      report_import (self, imported);
      return;
    }
  heading = g_strdup_printf (_("“%s” Could Not Be Imported"), name);
  fs_window_show_error (self, heading, error->message);
}

/* Only a file that passed every check changes the library. */
void
fs_window_import_file (FsWindow *self,
                       GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("“%s” Could Not Be Imported"), name);

      fs_window_show_error (self, heading, _("No library is open."));
      return;
    }
  task = g_task_new (self, NULL, on_file_imported, NULL);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, import_in_thread);
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    FsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      fs_window_import_file (self, file);
    }
  g_object_unref (dialog);
}

GtkFileFilter *
fs_window_json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Foresight File (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = fs_window_json_filter ();

  chooser = gtk_file_chooser_native_new (_("Import Documents"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
adopt_library (FsWindow   *self,
               FsStore    *store,
               const char *message_format)
{
  /* A toast is markup; the path is not. */
  g_autofree char *message = g_markup_printf_escaped (message_format, fs_store_get_path (store));

  fs_window_set_store (self, store);
  fs_window_show_toast (self, adw_toast_new (message));
}

static void
start_new_library (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  FsApplication *app = FS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GError) error = NULL;
  FsStore *store = fs_application_start_new_library (app, &error);

  if (store == NULL)
    {
      fs_window_show_error (self, _("A New Library Could Not Be Started"), error->message);
      return;
    }
  adopt_library (self, store, _("Started a new library at “%s”"));
}

static void
open_newest_backup (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  FsApplication *app = FS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GError) error = NULL;
  FsStore *store = fs_application_open_newest_backup (app, &error);

  if (store == NULL)
    {
      fs_window_show_error (self, _("The Backup Could Not Be Opened"), error->message);
      return;
    }
  adopt_library (self, store, _("Opened the newest backup as a new library at “%s”"));
}

static void
on_library_error_response (AdwMessageDialog *dialog,
                           const char       *response,
                           FsWindow         *self)
{
  if (g_str_equal (response, "new"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.start-new-library", NULL);
  else if (g_str_equal (response, "backup"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-newest-backup", NULL);
}

/* What the user can do about a library that does not open, said in the
 * page and in a dialog: take the newest backup that opens, when there is
 * one, or start anew. Either way the damaged file stays as it is. */
static char *
library_error_body (const GError *error,
                    const char   *backup_time)
{
  g_autofree char *advice = NULL;

  if (backup_time != NULL)
    advice = g_strdup_printf (_("You can open its newest readable backup, from %s, as a "
                                "library of its own beside it, or start a new, empty "
                                "library. Nothing will be deleted."), backup_time);
  else
    advice = g_strdup (_("You can start a new, empty library beside it. "
                         "Nothing will be deleted."));
  return g_strdup_printf ("%s\n\n%s", error ? error->message : "", advice);
}

static char *
usable_backup_time (FsApplication *app)
{
  const char *usable = fs_application_get_usable_backup (app);
  g_autoptr(GPtrArray) backups = NULL;

  if (usable == NULL)
    return NULL;
  backups = fs_store_list_backups (fs_application_get_library_path (app));
  for (guint i = 0; i < backups->len; i++)
    {
      FsStoreBackup *backup = g_ptr_array_index (backups, i);

      if (g_strcmp0 (backup->path, usable) == 0)
        return fs_application_format_backup_time (backup->created);
    }
  return NULL;
}

static void
show_library_choices (FsWindow *self,
                      gboolean  backup)
{
  gtk_widget_set_visible (self->open_backup_button, backup);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-newest-backup", backup);
  if (backup)
    gtk_widget_remove_css_class (self->new_library_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->new_library_button, "suggested-action");
}

void
fs_window_show_library_error (FsWindow     *self,
                              const GError *error)
{
  FsApplication *app = FS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autofree char *backup_time = usable_backup_time (app);
  g_autofree char *body = library_error_body (error, backup_time);
  g_autofree char *escaped = g_markup_escape_text (body, -1);
  const char *preferred = backup_time != NULL ? "backup" : "new";
  GtkWidget *dialog;

  g_return_if_fail (FS_IS_WINDOW (self));

  /* A status page's description is markup; the path and message are not. */
  adw_status_page_set_description (self->unavailable_page, escaped);
  show_library_choices (self, backup_time != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Library Could Not Be Opened"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "later", _("_Not Now"));
  if (backup_time != NULL)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "new",
                                     _("_Start a New Library"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), preferred,
                                   backup_time != NULL ? _("_Open the Newest Backup")
                                                       : _("_Start a New Library"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), preferred,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), preferred);
  g_signal_connect (dialog, "response", G_CALLBACK (on_library_error_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
fs_window_class_add_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.start-new-library", NULL,
                                   start_new_library);
  gtk_widget_class_install_action (widget_class, "win.open-newest-backup", NULL,
                                   open_newest_backup);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
}
