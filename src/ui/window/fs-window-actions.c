/* fs-window-actions.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-exchange.h"
#include "fs-window-private.h"

static void
create_document (FsWindow       *self,
                 FsDocumentKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) document = NULL;
  const char *title = kind == FS_DOCUMENT_KIND_PREMORTEM ? _("Untitled Pre-mortem")
                                                         : _("Untitled Post-mortem");

  if (self->store == NULL)
    return;
  document = fs_store_create (self->store, kind, title, &error);
  if (document == NULL)
    {
      fs_window_show_error (self, _("The Document Could Not Be Created"), error->message);
      return;
    }
  fs_window_open_document (self, fs_document_get_id (document));
  if (!adw_leaflet_get_folded (self->leaflet))
    fs_library_view_rename_when_shown (self->library_view, fs_document_get_id (document));
}

static void
new_premortem (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  create_document (FS_WINDOW (widget), FS_DOCUMENT_KIND_PREMORTEM);
}

static void
new_postmortem (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  create_document (FS_WINDOW (widget), FS_DOCUMENT_KIND_POSTMORTEM);
}

static void
show_document (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  const char *id = fs_library_view_get_selected_id (self->library_view);

  if (id != NULL)
    fs_window_open_document (self, id);
}

static void
show_library (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_action_items (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);

  if (self->store == NULL)
    return;
  fs_library_view_select (self->library_view, NULL);
  fs_window_set_open_document (self, NULL);
  if (self->document_view != NULL)
    fs_document_view_set_document (self->document_view, NULL);
  fs_action_items_view_refresh (fs_window_get_action_items_view (self));
  gtk_stack_set_visible_child_name (self->content_stack, "action-items");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
open_document (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  fs_window_open_document (FS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
rename_document (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) document = NULL;
  const char *id, *title;

  g_variant_get (parameter, "(&s&s)", &id, &title);
  document = fs_window_get_document_by_id (self, id, &error);
  if (document == NULL || title[0] == '\0')
    return;
  fs_document_set_title (document, title);
  fs_window_save_document (self, document);
}

static void
set_document_status (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  g_autoptr(FsDocument) document = NULL;
  const char *id, *status;

  g_variant_get (parameter, "(&s&s)", &id, &status);
  if (!g_strv_contains ((const char * const[]) { "draft", "review", "final", NULL }, status))
    return;
  document = fs_window_get_document_by_id (self, id, NULL);
  if (document == NULL)
    return;
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_STATUS, status);
  fs_window_save_document (self, document);
}

/* Whether exports show roles instead of people's names. */
static void
set_anonymize (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);

  if (self->document == NULL)
    return;
  fs_record_set_boolean (FS_RECORD (self->document), FS_DOCUMENT_ANONYMIZE,
                         g_variant_get_boolean (parameter));
  fs_window_save_document (self, self->document);
}

static void
duplicate_document (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) source = NULL;
  g_autoptr(FsDocument) copy = NULL;
  g_autofree char *title = NULL;

  source = fs_window_get_document_by_id (self, g_variant_get_string (parameter, NULL), &error);
  if (source == NULL)
    return;
  /* Translators: the title of a duplicated document */
  title = g_strdup_printf (_("%s (Copy)"), fs_document_get_title (source));
  copy = fs_store_duplicate (self->store, fs_document_get_id (source), title, &error);
  if (copy == NULL)
    {
      fs_window_show_error (self, _("The Document Could Not Be Duplicated"), error->message);
      return;
    }
  /* A copy is a new draft, whatever the state of the original. */
  fs_record_set_text (FS_RECORD (copy), FS_DOCUMENT_STATUS, "draft");
  fs_store_save (self->store, copy, NULL);
  fs_window_open_document (self, fs_document_get_id (copy));
}

static void
delete_document (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) document = fs_window_get_document_by_id (self, id, &error);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (document == NULL)
    return;
  /* Edits still waiting to be saved go with it, and come back with an Undo. */
  fs_window_save_pending (self);
  if (!fs_store_delete (self->store, id, &error))
    {
      fs_window_show_error (self, _("The Document Could Not Be Deleted"), error->message);
      return;
    }
  if (self->document != NULL && g_str_equal (fs_document_get_id (self->document), id))
    {
      fs_window_close_document (self);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
    }

  /* A toast's title is markup in libadwaita 1.2: the user's title is escaped. */
  message = g_markup_printf_escaped (_("“%s” deleted"), fs_document_get_title (document));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_string (id));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  fs_window_show_toast (self, toast);
}

static void
undo_delete (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (!fs_store_undelete (self->store, id, &error))
    {
      fs_window_show_error (self, _("The Document Could Not Be Restored"), error->message);
      return;
    }
  fs_window_open_document (self, id);
}

static void
act_on_open_document (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  const char *id;

  if (self->document == NULL)
    return;
  id = fs_document_get_id (self->document);
  if (g_str_equal (action_name, "win.rename"))
    {
      if (adw_leaflet_get_folded (self->leaflet) ||
          !fs_library_view_start_rename (self->library_view, id))
        gtk_widget_activate_action (widget, "win.rename-with-dialog", "s", id);
    }
  else if (g_str_equal (action_name, "win.duplicate"))
    gtk_widget_activate_action (widget, "win.duplicate-document", "s", id);
  else if (g_str_equal (action_name, "win.delete"))
    gtk_widget_activate_action (widget, "win.delete-document", "s", id);
}

static FsRecord *
find_action_item (FsDocument *document,
                  const char *item_id)
{
  return fs_document_find_item (document, FS_DOCUMENT_ACTION_ITEMS, item_id);
}

static void
set_action_status (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) document = NULL;
  const char *document_id, *item_id, *status;
  FsRecord *item;

  g_variant_get (parameter, "(&s&s&s)", &document_id, &item_id, &status);
  if (!g_strv_contains ((const char * const[]) { "open", "done", "dropped", NULL }, status))
    return;
  document = fs_window_get_document_by_id (self, document_id, &error);
  item = document ? find_action_item (document, item_id) : NULL;
  if (item == NULL)
    {
      fs_window_show_error (self, _("The Action Item Could Not Be Changed"),
                            error ? error->message : _("It is no longer in its document."));
      return;
    }
  fs_record_set_text (item, FS_ACTION_ITEM_STATUS, status);
  fs_window_save_document (self, document);
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    FsWindow         *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  const char *id = g_object_get_data (G_OBJECT (dialog), "document-id");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "rename") && title[0] != '\0')
    gtk_widget_activate_action (GTK_WIDGET (self), "win.rename-document", "(ss)", id, title);
}

/* Where the document's row is out of sight (a narrow window, a filter), the
 * new title is asked for in a dialog instead. */
static void
rename_with_dialog (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(FsDocument) document = fs_window_get_document_by_id (self, id, NULL);
  GtkWidget *dialog, *entry;

  if (document == NULL)
    return;
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), fs_document_get_title (document));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Document"), NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  g_object_set_data_full (G_OBJECT (dialog), "document-id", g_strdup (id), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_rename_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
show_page (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);

  if (self->document != NULL)
    fs_document_view_show_page (fs_window_get_document_view (self),
                                g_variant_get_string (parameter, NULL));
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  fs_library_view_focus_search (self->library_view);
}

static void
open_example (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  const char *which = g_variant_get_string (parameter, NULL);
  g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/examples/%s-example.json", which);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  const char *data;

  if (bytes == NULL || self->store == NULL)
    return;
  data = g_bytes_get_data (bytes, &length);
  documents = fs_exchange_read_data (data, length, path, &error);
  if (documents != NULL)
    written = fs_store_import (self->store, documents, &error);
  if (written == NULL)
    {
      fs_window_show_error (self, _("The Example Could Not Be Opened"), error->message);
      return;
    }
  if (documents->len > 0)
    fs_window_open_document (self, fs_document_get_id (g_ptr_array_index (documents, 0)));
}

void
fs_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-premortem", NULL, new_premortem);
  gtk_widget_class_install_action (widget_class, "win.new-postmortem", NULL, new_postmortem);
  gtk_widget_class_install_action (widget_class, "win.show-document", NULL, show_document);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library);
  gtk_widget_class_install_action (widget_class, "win.show-action-items", NULL,
                                   show_action_items);
  gtk_widget_class_install_action (widget_class, "win.open-document", "s", open_document);
  gtk_widget_class_install_action (widget_class, "win.rename-document", "(ss)", rename_document);
  gtk_widget_class_install_action (widget_class, "win.set-document-status", "(ss)",
                                   set_document_status);
  gtk_widget_class_install_action (widget_class, "win.set-anonymize", "b", set_anonymize);
  gtk_widget_class_install_action (widget_class, "win.duplicate-document", "s",
                                   duplicate_document);
  gtk_widget_class_install_action (widget_class, "win.delete-document", "s", delete_document);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "s", undo_delete);
  gtk_widget_class_install_action (widget_class, "win.rename", NULL, act_on_open_document);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, act_on_open_document);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, act_on_open_document);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search);
  gtk_widget_class_install_action (widget_class, "win.rename-with-dialog", "s",
                                   rename_with_dialog);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page);
  gtk_widget_class_install_action (widget_class, "win.set-action-status", "(sss)",
                                   set_action_status);
  gtk_widget_class_install_action (widget_class, "win.open-example", "s", open_example);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-premortem", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-postmortem", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-action-items", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "guide");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "board");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "preview");
}
