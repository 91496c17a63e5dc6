/* fs-record-list-editor.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-record-list-editor-private.h"

#define ADVICE_DELAY_MS 150

G_DEFINE_FINAL_TYPE (FsRecordListEditor, fs_record_list_editor, ADW_TYPE_PREFERENCES_GROUP)

/* Advice. */

static gboolean
show_advice (gpointer data)
{
  FsRecordListEditor *self = data;

  self->advice_id = 0;
  for (guint i = 0; i < self->items->len; i++)
    fs_record_list_item_show_advice (self, g_ptr_array_index (self->items, i));
  return G_SOURCE_REMOVE;
}

/* The coach reads the whole item; typing a word should not run it per key. */
static void
on_document_changed (FsRecordListEditor *self)
{
  g_clear_handle_id (&self->advice_id, g_source_remove);
  self->advice_id = g_timeout_add (ADVICE_DELAY_MS, show_advice, self);
}

/* Editing the list, always through the history so that it can be undone. */

static void
move_focused_item (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FsRecordListEditor *self = FS_RECORD_LIST_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_parent (w) == GTK_WIDGET (self->rows))
      {
        FsRecordListItem *item = g_object_get_data (G_OBJECT (w), "fs-item");

        if (item != NULL)
          fs_record_list_item_move (item,
                                    g_str_equal (action_name, "list-editor.move-up") ? -1 : 1);
        return;
      }
}

static void
on_add (FsRecordListEditor *self)
{
  g_autoptr(FsRecord) record = fs_document_new_item (self->document, self->list);
  guint position = self->items->len;

  fs_edit_history_insert (self->history, self->store, position, record);
  fs_record_list_editor_expand (self, position);
}

static void
on_brainstorm_activated (FsRecordListEditor *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->brainstorm)));
  g_autoptr(FsRecord) record = NULL;

  if (g_strstrip (text)[0] == '\0' || self->n_columns == 0)
    return;
  record = fs_document_new_item (self->document, self->list);
  fs_record_set_text (record, self->columns[0].field, text);
  fs_edit_history_insert (self->history, self->store, self->items->len, record);
  gtk_editable_set_text (GTK_EDITABLE (self->brainstorm), "");
  if (!fs_record_list_focus_inside (self->brainstorm))
    gtk_widget_grab_focus (self->brainstorm);
}

/* Following the list. */

static int
row_order (FsRecordListEditor *self,
           GtkListBoxRow      *row)
{
  FsRecordListItem *item = g_object_get_data (G_OBJECT (row), "fs-item");

  if (GTK_WIDGET (row) == self->brainstorm)
    return -1;
  if (item == NULL)
    return G_MAXINT;
  return (int) item->position;
}

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       data)
{
  int order_a = row_order (data, a);
  int order_b = row_order (data, b);

  return order_a < order_b ? -1 : order_a > order_b;
}

static FsRecordListItem *
take_item (GPtrArray *items,
           FsRecord  *record)
{
  for (guint i = 0; i < items->len; i++)
    if (((FsRecordListItem *) g_ptr_array_index (items, i))->record == record)
      return g_ptr_array_steal_index (items, i);
  return NULL;
}

static void
renumber (FsRecordListEditor *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      FsRecordListItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *name = g_strdup_printf ("item-%u", i);

      item->position = i;
      gtk_widget_set_name (item->row, name);
      fs_record_list_item_show_header (item);
      fs_record_list_item_show_buttons (item);
    }
  gtk_list_box_invalidate_sort (self->rows);
  gtk_widget_set_visible (self->empty_row, self->items->len == 0);
}

/* Items that are still in the list after a change keep their rows, open or
 * closed as they were: a move is a removal and an insertion of the same
 * items. */
static void
on_items_changed (GListModel         *model,
                  guint               position,
                  guint               removed,
                  guint               added,
                  FsRecordListEditor *self)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();

  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (gone, g_ptr_array_index (self->items, position + i));
  g_ptr_array_remove_range (self->items, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(FsRecord) record = g_list_model_get_item (model, position + i);
      FsRecordListItem *item = take_item (gone, record);

      if (item == NULL)
        {
          item = fs_record_list_item_new (self, record);
          gtk_list_box_append (self->rows, item->row);
        }
      g_ptr_array_insert (self->items, position + i, item);
    }
  for (guint i = 0; i < gone->len; i++)
    {
      FsRecordListItem *item = g_ptr_array_index (gone, i);
      GtkWidget *row = item->row;

      fs_record_list_item_free (item);
      gtk_list_box_remove (self->rows, row);
    }
  renumber (self);
}

/* Building. */

static void
fs_record_list_editor_dispose (GObject *object)
{
  FsRecordListEditor *self = FS_RECORD_LIST_EDITOR (object);

  g_clear_handle_id (&self->advice_id, g_source_remove);
  g_clear_handle_id (&self->place_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->items != NULL)
    {
      g_ptr_array_foreach (self->items, (GFunc) fs_record_list_item_free, NULL);
      g_ptr_array_set_size (self->items, 0);
    }
  if (self->describe_destroy != NULL)
    self->describe_destroy (self->describe_data);
  self->describe = NULL;
  self->describe_destroy = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->document);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (fs_record_list_editor_parent_class)->dispose (object);
}

static void
fs_record_list_editor_finalize (GObject *object)
{
  FsRecordListEditor *self = FS_RECORD_LIST_EDITOR (object);

  for (guint i = 0; i < self->n_columns; i++)
    {
      g_free ((char *) self->columns[i].label);
      if (self->columns[i].reference != NULL)
        g_free ((char *) self->columns[i].reference->none_label);
      g_free ((FsListReference *) self->columns[i].reference);
    }
  g_free (self->columns);
  g_free (self->placeholder);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (fs_record_list_editor_parent_class)->finalize (object);
}

static void
fs_record_list_editor_class_init (FsRecordListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_record_list_editor_dispose;
  object_class->finalize = fs_record_list_editor_finalize;

  gtk_widget_class_install_action (widget_class, "list-editor.move-up", NULL,
                                   move_focused_item);
  gtk_widget_class_install_action (widget_class, "list-editor.move-down", NULL,
                                   move_focused_item);
}

/* Alt+Up and Alt+Down move the item that holds the focus. The editor sees
 * the keys before the entries do, as the spin buttons would take them. */
static void
add_shortcuts (FsRecordListEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (shortcuts, gtk_shortcut_new (
    gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
    gtk_named_action_new ("list-editor.move-up")));
  gtk_shortcut_controller_add_shortcut (shortcuts, gtk_shortcut_new (
    gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
    gtk_named_action_new ("list-editor.move-down")));
  gtk_widget_add_controller (GTK_WIDGET (self->rows), controller);
}

static void
fs_record_list_editor_init (FsRecordListEditor *self)
{
  GtkWidget *empty_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  self->items = g_ptr_array_new ();
  self->header_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->header_box, GTK_ALIGN_END);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->header_box);

  self->rows = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->rows), "boxed-list");
  gtk_list_box_set_selection_mode (self->rows, GTK_SELECTION_NONE);
  gtk_list_box_set_sort_func (self->rows, compare_rows, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->rows));

  self->empty_label = gtk_label_new (_("Nothing here yet"));
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_valign (self->empty_label, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (self->empty_label, TRUE);
  gtk_box_append (GTK_BOX (empty_box), self->empty_label);
  self->empty_row = gtk_list_box_row_new ();
  gtk_widget_set_name (self->empty_row, "empty");
  gtk_widget_add_css_class (self->empty_row, "fs-list-empty");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->empty_row), FALSE);
  gtk_widget_set_focusable (self->empty_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->empty_row), empty_box);
  gtk_list_box_append (self->rows, self->empty_row);
  add_shortcuts (self);
}

/* In a narrow window the button gives its room to the group's description
 * and keeps only its icon. */
static void
add_add_button (FsRecordListEditor *self,
                const char         *add_label)
{
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *squeezer = adw_squeezer_new ();

  self->add_button = gtk_button_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), add_label);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), content);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), gtk_image_new_from_icon_name ("list-add-symbolic"));
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  gtk_button_set_child (GTK_BUTTON (self->add_button), squeezer);
  gtk_widget_set_name (self->add_button, "add");
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_tooltip_text (self->add_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add), self);
  gtk_box_append (GTK_BOX (self->header_box), self->add_button);
}

static void
add_brainstorm_entry (FsRecordListEditor *self)
{
  self->brainstorm = adw_entry_row_new ();
  gtk_widget_set_name (self->brainstorm, "brainstorm");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->brainstorm), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->brainstorm),
                                 _("Type a new one and press Enter"));
  g_signal_connect_swapped (self->brainstorm, "entry-activated",
                            G_CALLBACK (on_brainstorm_activated), self);
  gtk_list_box_append (self->rows, self->brainstorm);
}

/* An editor for the items of LIST of DOCUMENT: one expandable row an item,
 * whose COLUMNS open as field editors, with buttons to add, move and remove
 * items through HISTORY. Its widgets are named for tests: the editor after
 * the list's JSON member, "add", "brainstorm", "item-N" (N counting from 0)
 * and, inside an item, "move-up", "move-down" and "remove". */
GtkWidget *
fs_record_list_editor_new (FsDocument              *document,
                           FsDocumentList           list,
                           FsEditHistory           *history,
                           const char              *title,
                           const char              *description,
                           const char              *add_label,
                           const FsListColumn      *columns,
                           guint                    n_columns,
                           FsRecordListEditorFlags  flags)
{
  FsRecordListEditor *self;
  GListModel *model;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (list < FS_DOCUMENT_N_LISTS, NULL);
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (history), NULL);
  g_return_val_if_fail (columns != NULL || n_columns == 0, NULL);

  self = g_object_new (FS_TYPE_RECORD_LIST_EDITOR,
                       "title", title != NULL ? title : "",
                       "description", description,
                       NULL);
  self->document = g_object_ref (document);
  self->list = list;
  self->store = g_object_ref (fs_document_get_list (document, list));
  self->history = g_object_ref (history);
  self->flags = flags;
  self->n_columns = n_columns;
  self->columns = g_new0 (FsListColumn, MAX (n_columns, 1));
  for (guint i = 0; i < n_columns; i++)
    {
      self->columns[i].field = columns[i].field;
      self->columns[i].label = g_strdup (columns[i].label);
      if (columns[i].reference != NULL)
        {
          FsListReference *reference = g_memdup2 (columns[i].reference, sizeof *reference);

          reference->none_label = g_strdup (reference->none_label);
          self->columns[i].reference = reference;
        }
    }
  gtk_widget_set_name (GTK_WIDGET (self), fs_document_list_info (list)->member);
  add_add_button (self, add_label != NULL ? add_label : _("Add"));
  if (flags & FS_RECORD_LIST_EDITOR_BRAINSTORM)
    add_brainstorm_entry (self);

  model = G_LIST_MODEL (self->store);
  on_items_changed (model, 0, 0, g_list_model_get_n_items (model), self);
  g_signal_connect (self->store, "items-changed", G_CALLBACK (on_items_changed), self);
  fs_document_follow_items (self->document);
  g_signal_connect_swapped (self->document, "changed", G_CALLBACK (on_document_changed), self);
  show_advice (self);
  return GTK_WIDGET (self);
}

/* DESCRIBE gives the subtitle of an item's row, a new string or NULL; without
 * one the subtitle is the text of the second column. */
void
fs_record_list_editor_set_describe_func (FsRecordListEditor   *self,
                                         FsRecordDescribeFunc  describe,
                                         gpointer              data,
                                         GDestroyNotify        destroy)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));

  if (self->describe_destroy != NULL)
    self->describe_destroy (self->describe_data);
  self->describe = describe;
  self->describe_data = data;
  self->describe_destroy = destroy;
  renumber (self);
}

void
fs_record_list_editor_set_badge_func (FsRecordListEditor *self,
                                      FsRecordBadgeFunc   badge,
                                      gpointer            data)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));

  self->badge = badge;
  self->badge_data = data;
  fs_record_list_editor_refresh_badges (self);
}

void
fs_record_list_editor_refresh_badges (FsRecordListEditor *self)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));

  for (guint i = 0; i < self->items->len; i++)
    fs_record_list_item_show_badge (g_ptr_array_index (self->items, i));
}

/* Items that keep an order of their own, as events keep time order, are
 * moved once the edit is over, one at a time until each is in its place. */
static gboolean
place_items (gpointer data)
{
  FsRecordListEditor *self = data;

  self->place_id = 0;
  for (guint round = 0; round < self->items->len; round++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < self->items->len && !moved; i++)
        {
          int to = self->place (self->document, i);

          if (to >= 0)
            {
              fs_record_list_item_move_to (g_ptr_array_index (self->items, i), to);
              moved = TRUE;
            }
        }
      if (!moved)
        break;
    }
  return G_SOURCE_REMOVE;
}

void
fs_record_list_editor_queue_place (FsRecordListEditor *self)
{
  if (self->place != NULL && self->place_id == 0)
    self->place_id = g_idle_add (place_items, self);
}

void
fs_record_list_editor_set_place_func (FsRecordListEditor *self,
                                      FsRecordPlaceFunc   place)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));

  self->place = place;
  fs_record_list_editor_queue_place (self);
}

/* The title of an item whose first column is empty ("Untitled step"). */
void
fs_record_list_editor_set_placeholder (FsRecordListEditor *self,
                                       const char         *untitled)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));

  g_free (self->placeholder);
  self->placeholder = g_strdup (untitled);
  renumber (self);
}

/* What the brainstorm entry asks for ("New risk: type it and press Enter"),
 * for an editor made with FS_RECORD_LIST_EDITOR_BRAINSTORM. */
void
fs_record_list_editor_set_brainstorm_title (FsRecordListEditor *self,
                                            const char         *title)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (self->brainstorm != NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->brainstorm), title);
}

/* WIDGET goes into the group's header, before the Add button. */
void
fs_record_list_editor_add_header_widget (FsRecordListEditor *self,
                                         GtkWidget          *widget)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_box_insert_child_after (GTK_BOX (self->header_box), widget,
                              gtk_widget_get_prev_sibling (self->add_button));
}

/* Opens the item at POSITION and puts the focus in its first field. */
void
fs_record_list_editor_expand (FsRecordListEditor *self,
                              guint               position)
{
  FsRecordListItem *item;

  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (position < self->items->len);

  item = g_ptr_array_index (self->items, position);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
  fs_record_list_item_focus_first_field (item);
}
