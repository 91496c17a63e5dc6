/* fs-library-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fs-library-row.h"
#include "fs-library-view-private.h"

G_DEFINE_FINAL_TYPE (FsLibraryView, fs_library_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STATUS,
  PROP_SORT,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_selection_changed (FsLibraryView *self)
{
  FsRecord *summary = gtk_single_selection_get_selected_item (self->selection);
  const char *id = summary ? fs_record_get_text (summary, FS_SUMMARY_ID) : NULL;

  /* Rows rewritten in place say nothing of the selection until all are. */
  if (self->target != NULL || g_strcmp0 (id, self->selected_id) == 0)
    return;
  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

static void
on_row_activated (FsLibraryView *self,
                  guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-document", NULL);
}

static void
on_search_changed (FsLibraryView *self)
{
  fs_library_view_refresh (self);
}

static void
on_stop_search (FsLibraryView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_search_activate (FsLibraryView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-document", NULL);
    }
}

static void
setup_row (GtkListItemFactory *factory,
           GtkListItem        *item)
{
  gtk_list_item_set_child (item, fs_library_row_new ());
}

static void
bind_row (GtkListItemFactory *factory,
          GtkListItem        *item)
{
  fs_library_row_set_summary (FS_LIBRARY_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static char **
filter_slot (FsLibraryView *self,
             guint          prop_id)
{
  return prop_id == PROP_KIND ? &self->kind : prop_id == PROP_STATUS ? &self->status : &self->sort;
}

static void
fs_library_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (object);

  if (prop_id == PROP_SELECTED_ID)
    g_value_set_string (value, self->selected_id);
  else
    g_value_set_string (value, *filter_slot (self, prop_id));
}

static void
fs_library_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (object);
  char **slot = filter_slot (self, prop_id);

  if (g_strcmp0 (*slot, g_value_get_string (value)) == 0)
    return;
  g_free (*slot);
  *slot = g_value_dup_string (value);
  g_object_notify_by_pspec (object, pspec);
  /* A forgotten filter is the usual reason for a missing document: show it. */
  if (g_str_equal (self->kind, "all") && g_str_equal (self->status, "any"))
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  fs_library_view_refresh (self);
}

static void
on_store_changed (FsLibraryView *self)
{
  fs_library_view_refresh (self);
}

static void
fs_library_view_dispose (GObject *object)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  GtkWidget *child;

  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->tick_id);
  self->tick_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_LIBRARY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->target);
  g_clear_pointer (&self->keep_selected, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->rename_when_shown, g_free);
  g_clear_pointer (&self->renaming, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->sort, g_free);

  G_OBJECT_CLASS (fs_library_view_parent_class)->dispose (object);
}

static void
on_rename_confirmed (FsLibraryView *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));

  gtk_popover_popdown (self->rename_popover);
  if (self->renaming == NULL || title[0] == '\0')
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.rename-document", "(ss)",
                              self->renaming, title);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  if (!fs_library_view_start_rename (FS_LIBRARY_VIEW (widget), id))
    gtk_widget_activate_action (widget, "win.rename-with-dialog", "s", id);
}

static void
delete_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (widget);

  if (self->selected_id != NULL)
    gtk_widget_activate_action (widget, "win.delete-document", "s", self->selected_id);
}

static void
fs_library_view_class_init (FsLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fs_library_view_dispose;
  object_class->get_property = fs_library_view_get_property;
  object_class->set_property = fs_library_view_set_property;

  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "all", flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "any", flags);
  properties[PROP_SORT] = g_param_spec_string ("sort", NULL, NULL, "modified", flags);
  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, rename_popover);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, rename_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_rename_confirmed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_property_action (widget_class, "library.kind", "kind");
  gtk_widget_class_install_property_action (widget_class, "library.status", "status");
  gtk_widget_class_install_property_action (widget_class, "library.sort", "sort");
  gtk_widget_class_install_action (widget_class, "library.delete-selected", NULL,
                                   delete_selected);
  gtk_widget_class_install_action (widget_class, "library.rename", "s", rename_action);
  fs_library_view_class_add_context_menu (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "library.delete-selected", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_library_view_init (FsLibraryView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->kind = g_strdup ("all");
  self->status = g_strdup ("any");
  self->sort = g_strdup ("modified");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->model = g_list_store_new (FS_TYPE_SUMMARY);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  g_signal_connect_swapped (self->list_view, "unmap",
                            G_CALLBACK (fs_library_view_finish_applying), self);

  fs_library_view_init_context_menu (self);
}

void
fs_library_view_set_store (FsLibraryView *self,
                           FsStore       *store)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  fs_library_view_refresh (self);
}

GListModel *
fs_library_view_get_model (FsLibraryView *self)
{
  g_return_val_if_fail (FS_IS_LIBRARY_VIEW (self), NULL);

  return G_LIST_MODEL (self->model);
}

const char *
fs_library_view_get_selected_id (FsLibraryView *self)
{
  g_return_val_if_fail (FS_IS_LIBRARY_VIEW (self), NULL);

  return self->selected_id;
}

void
fs_library_view_select (FsLibraryView *self,
                        const char    *id)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  if (self->target != NULL)
    {
      g_free (self->keep_selected);
      self->keep_selected = g_strdup (id);
    }
  gtk_single_selection_set_selected (self->selection,
                                     fs_library_view_find_position (self, id));
}

void
fs_library_view_focus_search (FsLibraryView *self)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
fs_library_view_set_search (FsLibraryView *self,
                            const char    *text)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  fs_library_view_refresh (self);
}

/* Renaming happens in a popover under the document's row; the popover
 * belongs to the view, so rows may come and go while it is open. */
gboolean
fs_library_view_start_rename (FsLibraryView *self,
                              const char    *id)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->rename_popover));
  GtkWidget *row;
  graphene_rect_t bounds;
  guint position;

  g_return_val_if_fail (FS_IS_LIBRARY_VIEW (self), FALSE);

  position = fs_library_view_find_position (self, id);
  if (position == GTK_INVALID_LIST_POSITION || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  row = fs_library_view_find_row_widget (self, id);
  if (row == NULL || !gtk_widget_compute_bounds (row, parent, &bounds))
    return FALSE;
  gtk_popover_set_pointing_to (self->rename_popover,
                               &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                 bounds.size.width, bounds.size.height });
  {
    g_autoptr(FsRecord) summary = g_list_model_get_item (G_LIST_MODEL (self->model), position);

    gtk_editable_set_text (GTK_EDITABLE (self->rename_entry),
                           fs_record_get_text (summary, FS_SUMMARY_TITLE));
  }
  g_free (self->renaming);
  self->renaming = g_strdup (id);
  gtk_popover_popup (self->rename_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
  return TRUE;
}

/* A new document's title is ready to type over as soon as its row appears. */
void
fs_library_view_rename_when_shown (FsLibraryView *self,
                                   const char    *id)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  g_free (self->rename_when_shown);
  self->rename_when_shown = g_strdup (id);
}
