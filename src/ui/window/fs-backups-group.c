/* fs-backups-group.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-backups-group.h"

/* The library's backups in the preferences, newest first, each with what
 * it holds and a way to put it back in the library's place. */

struct _FsBackupsGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkListBox          *list;
  GtkWidget           *back_up_button;

  FsApplication       *application;
};

G_DEFINE_FINAL_TYPE (FsBackupsGroup, fs_backups_group, ADW_TYPE_PREFERENCES_GROUP)

static char *
backup_contents (const FsStoreBackup *backup)
{
  g_autofree char *size = g_format_size (backup->size);

  if (backup->n_documents < 0)
    return g_strdup_printf (_("%s, cannot be read"), size);
  /* Translators: the documents a backup holds, then its size, like 3 MB */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d document, %s",
                                       "%d documents, %s", backup->n_documents),
                          backup->n_documents, size);
}

static void
close_window (gpointer window)
{
  gtk_window_close (window);
  g_object_unref (window);
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     FsBackupsGroup   *self)
{
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!g_str_equal (response, "restore") || self->application == NULL)
    return;
  fs_application_restore_backup (self->application, backup);
  /* The library reopens in the main window, which says how it went. The
   * preferences go once the dialog, which belongs to them, is done. */
  if (GTK_IS_WINDOW (root))
    g_idle_add_once (close_window, g_object_ref (root));
}

static void
on_restore_clicked (GtkButton      *button,
                    FsBackupsGroup *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "backup");
  gint64 *created = g_object_get_data (G_OBJECT (button), "created");
  g_autofree char *when = fs_application_format_backup_time (*created);
  g_autofree char *heading = g_strdup_printf (_("Restore the Backup of %s?"), when);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The library goes back to this backup: what was "
                                     "written since is set aside. The library as it is "
                                     "now is backed up first, so restoring that backup "
                                     "takes this back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
backup_row (FsBackupsGroup      *self,
            const FsStoreBackup *backup)
{
  g_autofree char *title = fs_application_format_backup_time (backup->created);
  g_autofree char *subtitle = backup_contents (backup);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, backup->n_documents >= 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
  g_object_set_data_full (G_OBJECT (button), "backup", g_strdup (backup->path), g_free);
  g_object_set_data_full (G_OBJECT (button), "created",
                          g_memdup2 (&backup->created, sizeof backup->created), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_restore_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
fs_backups_group_refresh (FsBackupsGroup *self)
{
  const char *library;
  g_autoptr(GPtrArray) backups = NULL;
  GtkListBoxRow *row;

  g_return_if_fail (FS_IS_BACKUPS_GROUP (self));

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  library = self->application ? fs_application_get_library_path (self->application) : NULL;
  gtk_widget_set_sensitive (self->back_up_button,
                            self->application != NULL &&
                            fs_application_get_store (self->application) != NULL);
  if (library == NULL)
    return;
  backups = fs_store_list_backups (library);
  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list, backup_row (self, g_ptr_array_index (backups, i)));
}

static void
on_back_up_clicked (FsBackupsGroup *self)
{
  FsStore *store = self->application ? fs_application_get_store (self->application) : NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (store == NULL)
    return;
  if (!fs_store_backup (store, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                       : NULL,
                                                  _("The Library Could Not Be Backed Up"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  fs_backups_group_refresh (self);
}

static void
fs_backups_group_dispose (GObject *object)
{
  FsBackupsGroup *self = FS_BACKUPS_GROUP (object);

  g_clear_weak_pointer (&self->application);
  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_BACKUPS_GROUP);

  G_OBJECT_CLASS (fs_backups_group_parent_class)->dispose (object);
}

static void
fs_backups_group_class_init (FsBackupsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_backups_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-backups-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FsBackupsGroup, list);
  gtk_widget_class_bind_template_child (widget_class, FsBackupsGroup, back_up_button);
  gtk_widget_class_bind_template_callback (widget_class, on_back_up_clicked);
}

static void
fs_backups_group_init (FsBackupsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
fs_backups_group_set_application (FsBackupsGroup *self,
                                  FsApplication  *application)
{
  g_return_if_fail (FS_IS_BACKUPS_GROUP (self));

  g_set_weak_pointer (&self->application, application);
  fs_backups_group_refresh (self);
}

GtkListBox *
fs_backups_group_get_list (FsBackupsGroup *self)
{
  g_return_val_if_fail (FS_IS_BACKUPS_GROUP (self), NULL);

  return self->list;
}
