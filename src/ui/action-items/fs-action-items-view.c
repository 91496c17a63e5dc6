/* fs-action-items-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-action-item-row.h"
#include "fs-action-items-view.h"
#include "fs-chain-filter.h"

struct _FsActionItemsView
{
  GtkWidget           parent_instance;

  AdwWindowTitle     *window_title;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  FsChainFilter      *chain_filter;

  FsStore            *store;
  GListStore         *items;
  GtkFilterListModel *shown;
  GtkCustomFilter    *filter;
  char               *filter_name;
  gboolean            folded;
  gboolean            stale;
  guint               generation;
  guint               pending;
};

G_DEFINE_FINAL_TYPE (FsActionItemsView, fs_action_items_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
matches_filter (gpointer item,
                gpointer user_data)
{
  FsActionItemsView *self = user_data;
  const char *status = fs_record_get_text (item, FS_ACTION_ENTRY_STATUS);
  g_autoptr(GDateTime) now = NULL;

  if (!fs_chain_filter_matches (self->chain_filter, item))
    return FALSE;
  if (g_str_equal (self->filter_name, "open"))
    return g_str_equal (status, "open");
  if (g_str_equal (self->filter_name, "done"))
    return g_str_equal (status, "done");
  if (g_str_equal (self->filter_name, "overdue"))
    {
      now = g_date_time_new_now_local ();
      return fs_action_entry_is_overdue (item, now);
    }
  return TRUE;
}

static void
update_state (FsActionItemsView *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item", "%u of %u items",
                                           total), shown, total);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");

  if (total == 0)
    adw_status_page_set_description (self->empty_page,
                                     _("Action items of every document appear here"));
  else if (g_str_equal (self->filter_name, "overdue"))
    adw_status_page_set_description (self->empty_page, _("Nothing is overdue"));
  else
    adw_status_page_set_description (self->empty_page, _("No action item matches this filter"));
}

static void
list_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  GListModel *items = fs_store_list_action_items (data, &error);

  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, g_object_unref);
}

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FsActionItemsView) self = user_data;
  g_autoptr(GListModel) items = g_task_propagate_pointer (G_TASK (result), NULL);
  guint generation = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (result), "generation"));
  g_autoptr(GPtrArray) array = NULL;
  guint n;

  self->pending--;
  if (generation != self->generation || items == NULL)
    return;
  n = g_list_model_get_n_items (items);
  array = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (items, i));
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       array->pdata, n);
  fs_chain_filter_set_entries (self->chain_filter, G_LIST_MODEL (self->items));
  update_state (self);
}

/* A large library has tens of thousands of action items: they are listed
 * only while the view is on screen. */
void
fs_action_items_view_refresh (FsActionItemsView *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FS_IS_ACTION_ITEMS_VIEW (self));

  self->generation++;
  if (self->store == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  task = g_task_new (NULL, NULL, on_listed, g_object_ref (self));
  g_object_set_data (G_OBJECT (task), "generation", GUINT_TO_POINTER (self->generation));
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  self->pending++;
  g_task_run_in_thread (task, list_in_thread);
}

static void
on_chain_chosen (FsActionItemsView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
on_item_activated (FsActionItemsView *self,
                   guint              position)
{
  g_autoptr(FsRecord) entry = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (entry != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-document", "s",
                                fs_record_get_text (entry, FS_ACTION_ENTRY_DOCUMENT_ID));
}

static void
setup_row (GtkListItemFactory *factory,
           GtkListItem        *item)
{
  gtk_list_item_set_child (item, fs_action_item_row_new ());
}

static void
bind_row (GtkListItemFactory *factory,
          GtkListItem        *item)
{
  fs_action_item_row_set_entry (FS_ACTION_ITEM_ROW (gtk_list_item_get_child (item)),
                                gtk_list_item_get_item (item));
}

static void
fs_action_items_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FsActionItemsView *self = FS_ACTION_ITEMS_VIEW (object);

  if (prop_id == PROP_FOLDED)
    g_value_set_boolean (value, self->folded);
  else
    g_value_set_string (value, self->filter_name);
}

static void
fs_action_items_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FsActionItemsView *self = FS_ACTION_ITEMS_VIEW (object);

  if (prop_id == PROP_FILTER)
    {
      fs_action_items_view_set_filter (self, g_value_get_string (value));
      return;
    }
  self->folded = g_value_get_boolean (value);
  g_object_notify_by_pspec (object, pspec);
}

static void
fs_action_items_view_map (GtkWidget *widget)
{
  FsActionItemsView *self = FS_ACTION_ITEMS_VIEW (widget);

  GTK_WIDGET_CLASS (fs_action_items_view_parent_class)->map (widget);
  if (self->stale)
    fs_action_items_view_refresh (self);
}

static void
fs_action_items_view_dispose (GObject *object)
{
  FsActionItemsView *self = FS_ACTION_ITEMS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_ACTION_ITEMS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->shown);
  g_clear_object (&self->items);
  g_clear_pointer (&self->filter_name, g_free);

  G_OBJECT_CLASS (fs_action_items_view_parent_class)->dispose (object);
}

static void
fs_action_items_view_class_init (FsActionItemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fs_action_items_view_dispose;
  object_class->get_property = fs_action_items_view_get_property;
  object_class->set_property = fs_action_items_view_set_property;
  widget_class->map = fs_action_items_view_map;

  properties[PROP_FOLDED] = g_param_spec_boolean ("folded", NULL, NULL, FALSE, flags);
  properties[PROP_FILTER] = g_param_spec_string ("filter", NULL, NULL, "open", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-action-items-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FsActionItemsView, window_title);
  gtk_widget_class_bind_template_child (widget_class, FsActionItemsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FsActionItemsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, FsActionItemsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FsActionItemsView, chain_filter);
  gtk_widget_class_bind_template_callback (widget_class, on_chain_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_item_activated);

  gtk_widget_class_install_property_action (widget_class, "items.filter", "filter");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_action_items_view_init (FsActionItemsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self->filter_name = g_strdup ("open");
  g_type_ensure (FS_TYPE_CHAIN_FILTER);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (FS_TYPE_ACTION_ENTRY);
  self->filter = gtk_custom_filter_new (matches_filter, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                           GTK_FILTER (self->filter));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  update_state (self);
}

void
fs_action_items_view_set_store (FsActionItemsView *self,
                                FsStore           *store)
{
  g_return_if_fail (FS_IS_ACTION_ITEMS_VIEW (self));

  if (g_set_object (&self->store, store))
    fs_action_items_view_refresh (self);
}

gboolean
fs_action_items_view_is_busy (FsActionItemsView *self)
{
  g_return_val_if_fail (FS_IS_ACTION_ITEMS_VIEW (self), FALSE);

  return self->pending > 0;
}

GListModel *
fs_action_items_view_get_shown (FsActionItemsView *self)
{
  g_return_val_if_fail (FS_IS_ACTION_ITEMS_VIEW (self), NULL);

  return G_LIST_MODEL (self->shown);
}

void
fs_action_items_view_set_filter (FsActionItemsView *self,
                                 const char        *filter)
{
  g_return_if_fail (FS_IS_ACTION_ITEMS_VIEW (self));

  if (g_strcmp0 (self->filter_name, filter) == 0)
    return;
  g_free (self->filter_name);
  self->filter_name = g_strdup (filter);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/* The items of one chain (its pre-mortem's id), or of all for "". */
void
fs_action_items_view_set_chain (FsActionItemsView *self,
                                const char        *chain)
{
  g_return_if_fail (FS_IS_ACTION_ITEMS_VIEW (self));

  fs_chain_filter_set_chain (self->chain_filter, chain);
}
