/* fs-chain-filter.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-chain-filter.h"
#include "fs-summary.h"

/* Which chain the Action Items show: every document's, or those of one
 * pre-mortem and the post-mortems linked to it. The choices are the chains
 * the items belong to, by the pre-mortem's title; "chain" is its id, or ""
 * for every document. */
struct _FsChainFilter
{
  GtkWidget      parent_instance;

  GtkDropDown   *drop_down;
  GtkStringList *titles;
  GPtrArray     *ids;      /* the chain of each choice; "" first */
  char          *chain;
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (FsChainFilter, fs_chain_filter, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHAIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
select_chain (FsChainFilter *self)
{
  guint position = 0;

  for (guint i = 0; i < self->ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->ids, i), self->chain))
      position = i;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->drop_down, position);
  self->filling = FALSE;
}

static void
on_selected (FsChainFilter *self)
{
  guint position = gtk_drop_down_get_selected (self->drop_down);

  if (self->filling || position >= self->ids->len)
    return;
  fs_chain_filter_set_chain (self, g_ptr_array_index (self->ids, position));
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (fs_record_get_text (*(FsRecord **) a, FS_ACTION_ENTRY_CHAIN_TITLE),
                         fs_record_get_text (*(FsRecord **) b, FS_ACTION_ENTRY_CHAIN_TITLE));
}

/* One choice a chain among ENTRIES (FsActionEntry), by title. A chain no
 * item belongs to any more stays chosen, and shows nothing. */
void
fs_chain_filter_set_entries (FsChainFilter *self,
                             GListModel    *entries)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) chains = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  g_return_if_fail (FS_IS_CHAIN_FILTER (self));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(FsRecord) entry = g_list_model_get_item (entries, i);
      const char *chain = fs_record_get_text (entry, FS_ACTION_ENTRY_CHAIN);

      if (chain[0] == '\0' || !g_hash_table_add (seen, (gpointer) chain))
        continue;
      g_ptr_array_add (chains, g_steal_pointer (&entry));
    }
  g_ptr_array_sort (chains, compare_titles);

  g_ptr_array_set_size (self->ids, 0);
  g_ptr_array_add (self->ids, g_strdup (""));
  g_strv_builder_add (titles, _("All Documents"));
  for (guint i = 0; i < chains->len; i++)
    {
      FsRecord *entry = g_ptr_array_index (chains, i);
      const char *title = fs_record_get_text (entry, FS_ACTION_ENTRY_CHAIN_TITLE);

      g_ptr_array_add (self->ids, g_strdup (fs_record_get_text (entry, FS_ACTION_ENTRY_CHAIN)));
      g_strv_builder_add (titles, title[0] != '\0' ? title : _("Untitled"));
    }
  strv = g_strv_builder_end (titles);
  self->filling = TRUE;
  gtk_string_list_splice (self->titles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->titles)),
                          (const char * const *) strv);
  self->filling = FALSE;
  /* A chain whose items are all gone (its pre-mortem deleted, its
   * post-mortem unlinked) would show nothing with no way back: all again. */
  if (!g_hash_table_contains (seen, self->chain))
    fs_chain_filter_set_chain (self, "");
  gtk_widget_set_visible (GTK_WIDGET (self), chains->len > 0);
  select_chain (self);
}

const char *
fs_chain_filter_get_chain (FsChainFilter *self)
{
  g_return_val_if_fail (FS_IS_CHAIN_FILTER (self), "");

  return self->chain;
}

void
fs_chain_filter_set_chain (FsChainFilter *self,
                           const char    *chain)
{
  g_return_if_fail (FS_IS_CHAIN_FILTER (self));

  if (chain == NULL)
    chain = "";
  if (g_str_equal (self->chain, chain))
    return;
  g_free (self->chain);
  self->chain = g_strdup (chain);
  select_chain (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAIN]);
}

gboolean
fs_chain_filter_matches (FsChainFilter *self,
                         FsRecord      *entry)
{
  g_return_val_if_fail (FS_IS_CHAIN_FILTER (self), TRUE);

  return self->chain[0] == '\0' ||
         g_str_equal (fs_record_get_text (entry, FS_ACTION_ENTRY_CHAIN), self->chain);
}

static void
fs_chain_filter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  g_value_set_string (value, FS_CHAIN_FILTER (object)->chain);
}

static void
fs_chain_filter_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  fs_chain_filter_set_chain (FS_CHAIN_FILTER (object), g_value_get_string (value));
}

static void
fs_chain_filter_dispose (GObject *object)
{
  FsChainFilter *self = FS_CHAIN_FILTER (object);

  if (self->drop_down != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->drop_down));
  self->drop_down = NULL;
  g_clear_object (&self->titles);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_pointer (&self->chain, g_free);

  G_OBJECT_CLASS (fs_chain_filter_parent_class)->dispose (object);
}

static void
fs_chain_filter_class_init (FsChainFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_chain_filter_dispose;
  object_class->get_property = fs_chain_filter_get_property;
  object_class->set_property = fs_chain_filter_set_property;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  properties[PROP_CHAIN] = g_param_spec_string ("chain", NULL, NULL, "",
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The button shows the chosen title cut short; the list shows them whole. */
static void
setup_button_label (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
setup_list_label (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkStringObject *choice = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (choice));
}

static GtkListItemFactory *
label_factory_new (GCallback setup)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  return factory;
}

static void
fs_chain_filter_init (FsChainFilter *self)
{
  g_autoptr(GtkListItemFactory) button_factory = label_factory_new (G_CALLBACK (setup_button_label));
  g_autoptr(GtkListItemFactory) list_factory = label_factory_new (G_CALLBACK (setup_list_label));
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->chain = g_strdup ("");
  self->ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->ids, g_strdup (""));
  self->titles = gtk_string_list_new (NULL);
  gtk_string_list_append (self->titles, _("All Documents"));
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (self->titles)), expression));
  gtk_drop_down_set_enable_search (self->drop_down, TRUE);
  gtk_drop_down_set_factory (self->drop_down, button_factory);
  gtk_drop_down_set_list_factory (self->drop_down, list_factory);
  gtk_widget_set_parent (GTK_WIDGET (self->drop_down), GTK_WIDGET (self));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->drop_down),
                               _("Show the items of one pre-mortem and its post-mortems"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Documents shown"), -1);
  g_signal_connect_swapped (self->drop_down, "notify::selected", G_CALLBACK (on_selected), self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
fs_chain_filter_new (void)
{
  return g_object_new (FS_TYPE_CHAIN_FILTER, NULL);
}
