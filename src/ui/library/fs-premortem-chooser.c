/* fs-premortem-chooser.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-premortem-chooser.h"
#include "fs-time-format.h"

/* Picks the pre-mortem of the change that a post-mortem's incident came
 * from: the library's pre-mortems, newest first, narrowed by a search as
 * the library's own. "chosen" (the id) is emitted before it closes. */
struct _FsPremortemChooser
{
  AdwWindow   parent_instance;

  FsStore    *store;
  char       *current_id;
  GtkWidget  *search;
  GtkWidget  *stack;
  GtkWidget  *list;
  GtkWidget  *empty;
  GtkWidget  *link_button;
};

G_DEFINE_FINAL_TYPE (FsPremortemChooser, fs_premortem_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
row_subtitle (FsRecord *summary)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = fs_format_relative_time (fs_record_get_text (summary, FS_SUMMARY_MODIFIED),
                                                   now);
  guint risks = (guint) fs_record_get_number (summary, FS_SUMMARY_RISKS);
  g_autofree char *count = g_strdup_printf (ngettext ("%u risk", "%u risks", risks), risks);

  /* Translators: when a pre-mortem was last changed, then how many risks it holds */
  return g_strdup_printf (_("%s · %s"), when, count);
}

static GtkWidget *
row_new (FsPremortemChooser *self,
         FsRecord           *summary)
{
  GtkWidget *row = adw_action_row_new ();
  const char *id = fs_record_get_text (summary, FS_SUMMARY_ID);
  const char *title = fs_record_get_text (summary, FS_SUMMARY_TITLE);
  g_autofree char *subtitle = row_subtitle (summary);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] != '\0' ? title : _("Untitled"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (g_strcmp0 (id, self->current_id) == 0)
    {
      GtkWidget *mark = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Linked now"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
    }
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (id), g_free);
  return row;
}

static void
fill (FsPremortemChooser *self)
{
  FsStoreQuery query = FS_STORE_QUERY_INIT;
  g_autoptr(GListModel) summaries = NULL;
  g_autoptr(GError) error = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search));
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  query.kind = FS_DOCUMENT_KIND_PREMORTEM;
  query.search = search;
  summaries = fs_store_query (self->store, &query, &error);
  if (summaries == NULL)
    {
      adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("The Library Could Not Be Read"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty), error->message);
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->empty);
      return;
    }
  n = g_list_model_get_n_items (summaries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (summaries, i);

      gtk_list_box_append (GTK_LIST_BOX (self->list), row_new (self, summary));
    }
  if (n > 0)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (self->list),
                               gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), 0));
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "list");
      return;
    }
  if (search[0] != '\0')
    {
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), "edit-find-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No Results Found"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                       _("No pre-mortem matches the search"));
    }
  else
    {
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), "document-new-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No Pre-mortems"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                       _("Write or import the pre-mortem of the change first; "
                                         "then its risks can be compared with the incident"));
    }
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->empty);
}

static void
choose_row (FsPremortemChooser *self,
            GtkListBoxRow      *row)
{
  const char *id;

  if (row == NULL)
    return;
  id = g_object_get_data (G_OBJECT (row), "id");
  g_signal_emit (self, signals[CHOSEN], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_link_clicked (FsPremortemChooser *self)
{
  choose_row (self, gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list)));
}

static void
on_selected_rows_changed (FsPremortemChooser *self)
{
  gtk_widget_set_sensitive (self->link_button,
                            gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list)) != NULL);
}

/* Enter in the search links the first match, as in a file chooser. */
static void
on_search_activate (FsPremortemChooser *self)
{
  on_link_clicked (self);
}

/* The arrow keys leave the search for the list. */
static void
on_search_next_match (FsPremortemChooser *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
fs_premortem_chooser_dispose (GObject *object)
{
  FsPremortemChooser *self = FS_PREMORTEM_CHOOSER (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->current_id, g_free);

  G_OBJECT_CLASS (fs_premortem_chooser_parent_class)->dispose (object);
}

static void
fs_premortem_chooser_class_init (FsPremortemChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_premortem_chooser_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static GtkWidget *
header_new (FsPremortemChooser *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->link_button = gtk_button_new_with_mnemonic (_("_Link"));
  gtk_widget_add_css_class (self->link_button, "suggested-action");
  gtk_widget_set_name (self->link_button, "link");
  g_signal_connect_swapped (self->link_button, "clicked", G_CALLBACK (on_link_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->link_button);
  return header;
}

static void
fs_premortem_chooser_init (FsPremortemChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *search_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Link Pre-mortem"));
  gtk_window_set_default_size (GTK_WINDOW (self), 460, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (self), FALSE);

  self->search = gtk_search_entry_new ();
  gtk_widget_set_name (self->search, "search");
  g_object_set (self->search, "placeholder-text", _("Search pre-mortems"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search pre-mortems"), -1);
  gtk_widget_set_margin_start (self->search, 12);
  gtk_widget_set_margin_end (self->search, 12);
  gtk_widget_set_margin_top (self->search, 6);
  gtk_widget_set_margin_bottom (self->search, 6);
  gtk_box_append (GTK_BOX (search_box), self->search);
  gtk_widget_add_css_class (search_box, "toolbar");
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (fill), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect_swapped (self->search, "next-match", G_CALLBACK (on_search_next_match), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (gtk_window_close), self);

  self->list = gtk_list_box_new ();
  gtk_widget_set_name (self->list, "premortems");
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_valign (self->list, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->list, 12);
  gtk_widget_set_margin_bottom (self->list, 12);
  gtk_widget_set_margin_start (self->list, 12);
  gtk_widget_set_margin_end (self->list, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pre-mortems"), -1);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list), FALSE);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (choose_row), self);
  g_signal_connect_swapped (self->list, "selected-rows-changed",
                            G_CALLBACK (on_selected_rows_changed), self);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  self->empty = adw_status_page_new ();
  gtk_widget_add_css_class (self->empty, "compact");
  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), self->empty, "empty");

  gtk_box_append (GTK_BOX (box), header_new (self));
  gtk_box_append (GTK_BOX (box), search_box);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
fs_premortem_chooser_new (GtkWindow  *parent,
                          FsStore    *store,
                          const char *current_id)
{
  FsPremortemChooser *self;

  g_return_val_if_fail (FS_IS_STORE (store), NULL);

  self = g_object_new (FS_TYPE_PREMORTEM_CHOOSER, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->current_id = g_strdup (current_id);
  fill (self);
  gtk_widget_grab_focus (self->search);
  return GTK_WIDGET (self);
}
