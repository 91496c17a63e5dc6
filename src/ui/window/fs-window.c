/* fs-window.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-menu-button.h"
#include "fs-window-private.h"

G_DEFINE_FINAL_TYPE (FsWindow, fs_window, ADW_TYPE_APPLICATION_WINDOW)

/* How long typing must pause before the open document is saved. */
#define AUTOSAVE_DELAY_MS 700
#define AUTOSAVE_RETRY_S  5

void
fs_window_show_toast (FsWindow *self,
                      AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
fs_window_show_error (FsWindow   *self,
                      const char *heading,
                      const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What the content pane shows when no document is open: a welcome for an
 * empty library, else a hint to pick one. */
void
fs_window_update_content (FsWindow *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);
  guint count;

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "unavailable");
      return;
    }
  if (g_strcmp0 (visible, "document") == 0 && self->document != NULL)
    return;
  if (g_strcmp0 (visible, "action-items") == 0)
    return;

  count = fs_store_count (self->store, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, count == 0 ? "welcome" : "no-document");
}

FsDocument *
fs_window_get_document_by_id (FsWindow    *self,
                              const char  *id,
                              GError     **error)
{
  if (self->document != NULL && g_strcmp0 (fs_document_get_id (self->document), id) == 0)
    return g_object_ref (self->document);
  return fs_store_load (self->store, id, error);
}

static gboolean
save_to_store (FsWindow   *self,
               FsDocument *document,
               gboolean    report)
{
  g_autoptr(GError) error = NULL;

  gboolean saved;

  fs_document_touch (document);
  self->saving = TRUE;
  saved = fs_store_save (self->store, document, &error);
  self->saving = FALSE;
  if (saved)
    {
      if (document == self->document)
        self->unsaved = self->save_failed = FALSE;
      return TRUE;
    }
  /* Said once; the edits stay unsaved and saving is tried again. */
  if (report && !self->save_failed)
    fs_window_show_error (self, _("Changes Could Not Be Saved"), error->message);
  else
    g_message ("Changes could not be saved: %s", error->message);
  if (document == self->document)
    self->save_failed = TRUE;
  return FALSE;
}

/* Every change the window makes to a document goes through here, so the open
 * document, the library and the file never disagree. */
gboolean
fs_window_save_document (FsWindow   *self,
                         FsDocument *document)
{
  if (document == self->document)
    g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!save_to_store (self, document, TRUE))
    return FALSE;
  if (document == self->document)
    fs_document_view_set_document (fs_window_get_document_view (self), document);
  return TRUE;
}

static gboolean
autosave (gpointer data)
{
  FsWindow *self = data;

  self->autosave_id = 0;
  if (self->document == NULL || self->store == NULL)
    return G_SOURCE_REMOVE;
  if (save_to_store (self, self->document, TRUE))
    fs_document_view_refresh (fs_window_get_document_view (self));
  else
    self->autosave_id = g_timeout_add_seconds (AUTOSAVE_RETRY_S, autosave, self);
  return G_SOURCE_REMOVE;
}

/* Edits in the guide change the open document directly; they are saved
 * AUTOSAVE_DELAY_MS after the first of them, however fast typing goes on,
 * so that no more than that is ever lost. */
static void
on_document_changed (FsWindow *self)
{
  self->unsaved = TRUE;
  if (self->autosave_id == 0)
    self->autosave_id = g_timeout_add (AUTOSAVE_DELAY_MS, autosave, self);
}

/* Saves at once what is waiting to be saved: before another document
 * opens, the window closes or the application quits. */
void
fs_window_save_pending (FsWindow *self)
{
  g_return_if_fail (FS_IS_WINDOW (self));

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->unsaved && self->document != NULL && self->store != NULL)
    save_to_store (self, self->document, gtk_widget_get_mapped (GTK_WIDGET (self)));
}

void
fs_window_set_open_document (FsWindow   *self,
                             FsDocument *document)
{
  g_return_if_fail (FS_IS_WINDOW (self));

  if (self->document == document)
    return;
  fs_window_leave_workshop (self);
  fs_window_save_pending (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_document_changed, self);
  g_set_object (&self->document, document);
  self->unsaved = self->save_failed = FALSE;
  g_clear_pointer (&self->unlinked, fs_window_link_free);
  if (document != NULL)
    {
      fs_document_follow_items (document);
      g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
      fs_window_load_chain (self);
    }
  else
    g_clear_handle_id (&self->chain_load_id, g_source_remove);
}

void
fs_window_close_document (FsWindow *self)
{
  fs_window_set_open_document (self, NULL);
  if (self->document_view != NULL)
    fs_document_view_set_document (self->document_view, NULL);
  fs_settings_set_last_document (self->settings, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "no-document");
  fs_window_update_content (self);
}

gboolean
fs_window_open_document (FsWindow   *self,
                         const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsDocument) document = NULL;

  g_return_val_if_fail (FS_IS_WINDOW (self), FALSE);

  if (self->store == NULL || id == NULL)
    return FALSE;
  document = fs_window_get_document_by_id (self, id, &error);
  if (document == NULL)
    return FALSE;

  fs_window_set_open_document (self, document);
  fs_document_view_set_document (fs_window_get_document_view (self), document);
  fs_settings_set_last_document (self->settings, id);
  fs_library_view_select (self->library_view, id);
  gtk_stack_set_visible_child_name (self->content_stack, "document");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  return TRUE;
}

FsDocument *
fs_window_get_document (FsWindow *self)
{
  g_return_val_if_fail (FS_IS_WINDOW (self), NULL);

  return self->document;
}

static void
on_selected_id_changed (FsWindow *self)
{
  const char *id = fs_library_view_get_selected_id (self->library_view);

  if (id != NULL && (self->document == NULL ||
                     g_strcmp0 (id, fs_document_get_id (self->document)) != 0))
    fs_window_open_document (self, id);
}

static void
update_open_items (FsWindow *self)
{
  guint open = self->store ? fs_store_count_open_action_items (self->store, NULL) : 0;
  g_autofree char *text = open > 0 ? g_strdup_printf ("%u", open) : NULL;

  gtk_label_set_text (self->open_items_label, text ? text : "");
}

static void
on_place_activated (FsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-action-items", NULL);
}

static void
on_store_changed (FsWindow *self)
{
  fs_window_update_content (self);
  update_open_items (self);
  if (self->action_items_view != NULL)
    fs_action_items_view_refresh (self->action_items_view);
  fs_window_queue_chain_load (self);
}

void
fs_window_set_store (FsWindow *self,
                     FsStore  *store)
{
  g_return_if_fail (FS_IS_WINDOW (self));

  fs_window_set_open_document (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);

  {
    static const char *needs_library[] = { "win.new-premortem", "win.new-postmortem",
                                           "win.import", "win.open-example",
                                           "win.show-action-items" };

    for (guint i = 0; i < G_N_ELEMENTS (needs_library); i++)
      gtk_widget_action_set_enabled (GTK_WIDGET (self), needs_library[i], store != NULL);
  }
  fs_library_view_set_store (self->library_view, store);
  if (self->action_items_view != NULL)
    fs_action_items_view_set_store (self->action_items_view, store);
  gtk_widget_set_sensitive (GTK_WIDGET (self->library_view), store != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->places_list), store != NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "no-document");
  fs_window_update_content (self);
  update_open_items (self);
}

static void
fs_window_dispose (GObject *object)
{
  FsWindow *self = FS_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* The views may still hear from worker threads after the window goes. */
  if (self->library_view != NULL)
    g_signal_handlers_disconnect_by_data (self->library_view, self);
  if (self->action_items_view != NULL)
    g_signal_handlers_disconnect_by_data (self->action_items_view, self);
  fs_window_set_open_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_WINDOW);
  /* They went with the content stack that held them. */
  self->document_view = NULL;
  self->action_items_view = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fs_window_parent_class)->dispose (object);
}

/* The application's icon is named once the first window has been drawn (see
 * fs_application_startup()): a person cannot see it in the first frame. */
static void
name_icon (gpointer data)
{
  if (gtk_window_get_default_icon_name () == NULL)
    gtk_window_set_default_icon_name (APP_ID);
}

static void
on_after_paint (GdkFrameClock *clock,
                FsWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  g_idle_add_once (name_icon, NULL);
}

static void
fs_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fs_window_parent_class)->realize (widget);
  if (gtk_window_get_default_icon_name () == NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (on_after_paint), widget);
}

static gboolean
fs_window_close_request (GtkWindow *window)
{
  fs_window_save_pending (FS_WINDOW (window));

  return GTK_WINDOW_CLASS (fs_window_parent_class)->close_request (window);
}

/* The shortcuts window is built the first time it is asked for (see
 * fs_application_load_resources()). */
static void
show_help_overlay (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
fs_window_class_init (FsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fs_window_dispose;
  window_class->close_request = fs_window_close_request;
  widget_class->realize = fs_window_realize;

  g_type_ensure (FS_TYPE_LIBRARY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, examples_button);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, new_menu);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, examples_menu);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, places_list);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, open_items_label);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, unavailable_page);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, open_backup_button);
  gtk_widget_class_bind_template_child (widget_class, FsWindow, new_library_button);
  gtk_widget_class_bind_template_callback (widget_class, on_place_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay);

  fs_window_class_add_actions (widget_class);
  fs_window_class_add_file_actions (widget_class);
  fs_window_class_add_export_actions (widget_class);
  fs_window_class_add_workshop_actions (widget_class);
  fs_window_class_add_chain_actions (widget_class);
}

static void
fs_window_init (FsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-workshop", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.finish-workshop", FALSE);
  fs_menu_button_set_menu_model_lazily (self->new_button, self->new_menu);
  fs_menu_button_set_menu_model_lazily (self->primary_menu_button, self->primary_menu);
  fs_menu_button_set_menu_model_lazily (self->examples_button, self->examples_menu);

  g_signal_connect_swapped (self->library_view, "notify::selected-id",
                            G_CALLBACK (on_selected_id_changed), self);
}

static void
on_page_settings_changed (FsWindow *self)
{
  FsPageSetup setup;

  if (self->document_view == NULL)
    return;
  fs_settings_get_page_setup (self->settings, &setup);
  fs_document_view_set_page_setup (self->document_view, &setup);
}

/* The document view and the action items are built the first time they are
 * needed, not before the window first appears: a person starting the
 * application sees the library first, and building them costs a frame or
 * two. */
FsDocumentView *
fs_window_get_document_view (FsWindow *self)
{
  g_return_val_if_fail (FS_IS_WINDOW (self), NULL);

  if (self->document_view != NULL)
    return self->document_view;
  self->document_view = g_object_new (FS_TYPE_DOCUMENT_VIEW, NULL);
  g_object_bind_property (self->leaflet, "folded", self->document_view, "folded",
                          G_BINDING_SYNC_CREATE);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->document_view), "document");
  if (self->settings != NULL)
    on_page_settings_changed (self);
  return self->document_view;
}

FsActionItemsView *
fs_window_get_action_items_view (FsWindow *self)
{
  g_return_val_if_fail (FS_IS_WINDOW (self), NULL);

  if (self->action_items_view != NULL)
    return self->action_items_view;
  self->action_items_view = g_object_new (FS_TYPE_ACTION_ITEMS_VIEW, NULL);
  g_object_bind_property (self->leaflet, "folded", self->action_items_view, "folded",
                          G_BINDING_SYNC_CREATE);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->action_items_view),
                       "action-items");
  fs_action_items_view_set_store (self->action_items_view, self->store);
  return self->action_items_view;
}

static void
bind_window_state (FsWindow *self)
{
  static const char *props[] = { "default-width", "default-height", "maximized" };
  static const char *keys[] = { "window-width", "window-height", "window-maximized" };

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    g_object_bind_property (self->settings, keys[i], self, props[i],
                            G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

/* The application is about to put another file in the library's place:
 * what was typed is saved, the library let go of, and the window waits in
 * its loading state for fs_window_library_ready(). The open document is
 * remembered, to be opened again from the new file. */
void
fs_window_library_closing (FsWindow *self)
{
  g_return_if_fail (FS_IS_WINDOW (self));

  fs_window_set_store (self, NULL);
  if (self->document_view != NULL)
    fs_document_view_set_document (self->document_view, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
}

/* Called once the application has opened the library, or failed to. */
void
fs_window_library_ready (FsWindow *self)
{
  FsApplication *app = FS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autofree char *last = NULL;

  g_return_if_fail (FS_IS_WINDOW (self));

  fs_window_set_store (self, fs_application_get_store (app));
  if (self->store == NULL)
    {
      fs_window_show_library_error (self, fs_application_get_library_error (app));
      return;
    }

  last = g_strdup (fs_settings_get_last_document (self->settings));
  if (last != NULL && last[0] != '\0' && !fs_window_open_document (self, last))
    fs_settings_set_last_document (self->settings, NULL);
}

gboolean
fs_window_is_loading (FsWindow *self)
{
  g_return_val_if_fail (FS_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "loading") == 0;
}

FsWindow *
fs_window_new (FsApplication *application)
{
  FsWindow *self = g_object_new (FS_TYPE_WINDOW, "application", application, NULL);

  self->settings = g_object_ref (fs_application_get_settings (application));
  bind_window_state (self);
  g_signal_connect_object (self->settings, "notify::paper-size",
                           G_CALLBACK (on_page_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::page-margin",
                           G_CALLBACK (on_page_settings_changed), self, G_CONNECT_SWAPPED);
  fs_window_init_workshop (self);
  /* app.quit ends the application without asking its windows to close. */
  g_signal_connect_object (application, "shutdown", G_CALLBACK (fs_window_save_pending), self,
                           G_CONNECT_SWAPPED);

  if (fs_application_is_loading (application))
    {
      fs_window_set_store (self, NULL);
      gtk_stack_set_visible_child_name (self->content_stack, "loading");
    }
  else
    fs_window_library_ready (self);
  return self;
}
