/* fs-record-list-editor.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "fs-advice-row.h"
#include "fs-coach.h"
#include "fs-guide-fields.h"
#include "fs-guide-reference.h"
#include "fs-record-list-editor.h"
#include "fs-record-text.h"

#define ADVICE_DELAY_MS 150

typedef struct _Item Item;

struct _FsRecordListEditor
{
  AdwPreferencesGroup      parent_instance;

  FsDocument              *document;
  FsDocumentList           list;
  GListStore              *store;
  FsListHistory           *history;
  FsListColumn            *columns;
  guint                    n_columns;
  FsRecordListEditorFlags  flags;
  char                    *placeholder;

  FsRecordDescribeFunc     describe;
  gpointer                 describe_data;
  GDestroyNotify           describe_destroy;

  GtkWidget               *header_box;
  GtkWidget               *add_button;
  GtkListBox              *rows;
  GtkWidget               *brainstorm;
  GtkWidget               *empty_row;
  GtkWidget               *empty_label;

  GPtrArray               *items; /* Item, in the order of the store */
  guint                    advice_id;
};

G_DEFINE_FINAL_TYPE (FsRecordListEditor, fs_record_list_editor, ADW_TYPE_PREFERENCES_GROUP)

/* The row of one item of the list. What it shows when expanded is built the
 * first time it expands: most items of a long list are never opened. */
struct _Item
{
  FsRecordListEditor *editor;
  FsRecord           *record;
  guint               position;
  gulong              notify_id;
  GtkWidget          *row;
  GtkWidget          *advice_icon;
  GtkWidget          *first_field;
  GtkWidget          *move_up;
  GtkWidget          *move_down;
  GPtrArray          *advice_rows;
};

static void
item_free (Item *item)
{
  g_signal_handler_disconnect (item->record, item->notify_id);
  g_object_set_data (G_OBJECT (item->row), "fs-item", NULL);
  g_clear_pointer (&item->advice_rows, g_ptr_array_unref);
  g_object_unref (item->record);
  g_free (item);
}

static Item *
item_of (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "fs-item") : NULL;
}

/* Text of a field as a person reads it, on one line. */
static char *
field_text (FsRecord *record,
            guint     field)
{
  const FsField *info = &fs_record_get_schema (record)->fields[field];
  g_autofree char *text = NULL;
  double number;

  switch (info->type)
    {
    case FS_FIELD_CHOICE:
      text = g_strdup (fs_choice_label (fs_record_get_text (record, field)));
      break;
    case FS_FIELD_TEXT_LIST:
      text = g_strjoinv (", ", (char **) fs_record_get_list (record, field));
      break;
    case FS_FIELD_NUMBER:
    case FS_FIELD_OPTIONAL_NUMBER:
      number = fs_record_get_number (record, field);
      text = isnan (number) ? g_strdup ("") : g_strdup_printf ("%g", number);
      break;
    case FS_FIELD_BOOLEAN:
      text = g_strdup ("");
      break;
    case FS_FIELD_TEXT:
    default:
      if (info->flags & (FS_FIELD_DATE | FS_FIELD_TIMESTAMP))
        text = fs_guide_field_format_moment (fs_record_get_text (record, field),
                                             (info->flags & FS_FIELD_TIMESTAMP) != 0);
      else
        text = g_strdup (fs_record_get_text (record, field));
      break;
    }
  g_strdelimit (text, "\r\n\t", ' ');
  return g_strstrip (g_steal_pointer (&text));
}

static char *
item_title (FsRecordListEditor *self,
            Item               *item)
{
  g_autofree char *text = NULL;
  const char *shown;

  if (self->n_columns > 0)
    text = field_text (item->record, self->columns[0].field);
  if (text != NULL && text[0] != '\0')
    shown = text;
  else if (self->placeholder != NULL)
    shown = self->placeholder;
  else
    shown = _("Untitled");
  if (self->flags & FS_RECORD_LIST_EDITOR_NUMBERED)
    /* Translators: an item of an ordered list, its number and its title: "3. Drain the queue" */
    return g_strdup_printf (_("%u. %s"), item->position + 1, shown);
  return g_strdup (shown);
}

static char *
item_subtitle (FsRecordListEditor *self,
               Item               *item)
{
  if (self->describe != NULL)
    return self->describe (item->record, self->describe_data);
  if (self->n_columns > 1)
    return field_text (item->record, self->columns[1].field);
  return NULL;
}

static void
show_item_header (Item *item)
{
  FsRecordListEditor *self = item->editor;
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (item->row);
  g_autofree char *title = item_title (self, item);
  g_autofree char *subtitle = item_subtitle (self, item);

  if (g_strcmp0 (adw_preferences_row_get_title (row), title) != 0)
    adw_preferences_row_set_title (row, title);
  if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                 subtitle != NULL ? subtitle : "") != 0)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle != NULL ? subtitle : "");
}

static void
show_item_buttons (Item *item)
{
  guint n = item->editor->items->len;

  if (item->move_up == NULL)
    return;
  gtk_widget_set_sensitive (item->move_up, item->position > 0);
  gtk_widget_set_sensitive (item->move_down, item->position + 1 < n);
}

/* Advice. */

static gboolean
is_column (FsRecordListEditor *self,
           int                 field)
{
  for (guint i = 0; i < self->n_columns; i++)
    if ((int) self->columns[i].field == field)
      return TRUE;
  return FALSE;
}

/* Only advice about the fields on show counts: the icon promises something
 * to read once the row is open. */
static void
show_item_advice (FsRecordListEditor *self,
                  Item               *item)
{
  g_autoptr(GPtrArray) advice = fs_coach_check_item (self->document, self->list,
                                                     item->position);
  g_autofree char *tip = NULL;
  guint n = 0;

  for (guint i = 0; i < advice->len; i++)
    if (is_column (self, ((FsAdvice *) g_ptr_array_index (advice, i))->field))
      n++;
  /* Translators: shown on a list item the coach has something to say about */
  tip = g_strdup_printf (ngettext ("%u suggestion", "%u suggestions", n), n);
  gtk_widget_set_tooltip_text (item->advice_icon, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->advice_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  gtk_widget_set_visible (item->advice_icon, n > 0);
  for (guint i = 0; item->advice_rows != NULL && i < item->advice_rows->len; i++)
    fs_advice_row_update (g_ptr_array_index (item->advice_rows, i), advice, item->position);
}

static gboolean
show_advice (gpointer data)
{
  FsRecordListEditor *self = data;

  self->advice_id = 0;
  for (guint i = 0; i < self->items->len; i++)
    show_item_advice (self, g_ptr_array_index (self->items, i));
  return G_SOURCE_REMOVE;
}

/* The coach reads the whole item; typing a word should not run it per key. */
static void
on_document_changed (FsRecordListEditor *self)
{
  g_clear_handle_id (&self->advice_id, g_source_remove);
  self->advice_id = g_timeout_add (ADVICE_DELAY_MS, show_advice, self);
}

/* Focus. */

static gboolean
focus_inside (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
focus_widget (GtkWidget *widget)
{
  if (!gtk_widget_grab_focus (widget) || !focus_inside (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

/* The fields of a row that has just expanded are not mapped before its
 * revealer shows them; focus waits for them. */
static void
on_first_field_mapped (GtkWidget *field)
{
  g_signal_handlers_disconnect_by_func (field, on_first_field_mapped, NULL);
  focus_widget (field);
}

static void
focus_first_field (Item *item)
{
  if (item->first_field == NULL)
    {
      focus_widget (item->row);
      return;
    }
  if (gtk_widget_get_mapped (item->first_field))
    focus_widget (item->first_field);
  else
    g_signal_connect (item->first_field, "map", G_CALLBACK (on_first_field_mapped), NULL);
}

/* Editing the list, always through the history so that it can be undone. */

static void
move_item (Item *item,
           int   delta)
{
  FsRecordListEditor *self = item->editor;
  GtkRoot *root = gtk_widget_get_root (item->row);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  int to = (int) item->position + delta;

  if (to < 0 || to >= (int) self->items->len)
    return;
  if (focus != NULL)
    g_object_ref (focus);
  fs_list_history_move (self->history, self->store, item->position, to);

  /* A move button that has just been disabled would drop the focus to the
   * window; the other one takes it, so that the item can go back. */
  if (focus == item->move_up && !gtk_widget_get_sensitive (focus))
    gtk_widget_grab_focus (item->move_down);
  else if (focus == item->move_down && !gtk_widget_get_sensitive (focus))
    gtk_widget_grab_focus (item->move_up);
  else if (focus != NULL && !focus_inside (focus) && gtk_widget_get_root (focus) == root)
    gtk_widget_grab_focus (focus);
  g_clear_object (&focus);
}

static void
on_move_up (GtkWidget *button)
{
  Item *item = item_of (button);

  if (item != NULL)
    move_item (item, -1);
}

static void
on_move_down (GtkWidget *button)
{
  Item *item = item_of (button);

  if (item != NULL)
    move_item (item, 1);
}

/* The focus moves to the item that takes the removed one's place before it
 * goes, as a widget taken out of the window would leave it nowhere. */
static void
on_remove (GtkWidget *button)
{
  Item *item = item_of (button);
  FsRecordListEditor *self;
  g_autofree char *title = NULL;
  guint position;
  guint n;

  if (item == NULL)
    return;
  self = item->editor;
  position = item->position;
  n = self->items->len;
  if (n == 1)
    gtk_widget_grab_focus (self->add_button);
  else
    focus_widget (((Item *) g_ptr_array_index (
                     self->items, position + 1 < n ? position + 1 : position - 1))->row);
  title = item_title (self, item);
  fs_list_history_remove (self->history, self->store, position);
  /* Whatever holds the editor may offer to take the removal back. */
  gtk_widget_activate_action (GTK_WIDGET (self), "guide.item-removed", "s", title);
}

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
        Item *item = g_object_get_data (G_OBJECT (w), "fs-item");

        if (item != NULL)
          move_item (item, g_str_equal (action_name, "list-editor.move-up") ? -1 : 1);
        return;
      }
}

static void
on_add (FsRecordListEditor *self)
{
  g_autoptr(FsRecord) record = fs_document_new_item (self->document, self->list);
  guint position = self->items->len;

  fs_list_history_insert (self->history, self->store, position, record);
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
  fs_list_history_insert (self->history, self->store, self->items->len, record);
  gtk_editable_set_text (GTK_EDITABLE (self->brainstorm), "");
  if (!focus_inside (self->brainstorm))
    gtk_widget_grab_focus (self->brainstorm);
}

/* The rows of an item. */

static GtkWidget *
new_button (const char *name,
            const char *icon,
            const char *label,
            gboolean    with_label)
{
  GtkWidget *button = gtk_button_new ();

  gtk_widget_set_name (button, name);
  if (with_label)
    {
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
      gtk_button_set_child (GTK_BUTTON (button), content);
    }
  else
    {
      gtk_button_set_icon_name (GTK_BUTTON (button), icon);
    }
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
new_buttons_row (Item *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove = new_button ("remove", "user-trash-symbolic", _("Remove"), TRUE);

  item->move_up = new_button ("move-up", "go-up-symbolic", _("Move Up"), FALSE);
  item->move_down = new_button ("move-down", "go-down-symbolic", _("Move Down"), FALSE);
  gtk_widget_add_css_class (item->move_up, "flat");
  gtk_widget_add_css_class (item->move_down, "flat");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "error");
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  g_signal_connect (item->move_up, "clicked", G_CALLBACK (on_move_up), NULL);
  g_signal_connect (item->move_down, "clicked", G_CALLBACK (on_move_down), NULL);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove), NULL);
  gtk_box_append (GTK_BOX (box), item->move_up);
  gtk_box_append (GTK_BOX (box), item->move_down);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_add_css_class (row, "fs-list-item-buttons");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
build_item_content (Item *item)
{
  FsRecordListEditor *self = item->editor;
  AdwExpanderRow *row = ADW_EXPANDER_ROW (item->row);

  item->advice_rows = g_ptr_array_new ();
  for (guint i = 0; i < self->n_columns; i++)
    {
      const FsListColumn *column = &self->columns[i];
      GtkWidget *field = column->reference == NULL
                         ? fs_guide_field_new (item->record, column->field, column->label)
                         : fs_guide_reference_new (item->record, column->field, column->label,
                                                   self->document, column->reference);
      GtkWidget *advice = fs_advice_row_new (self->list, self->columns[i].field);

      adw_expander_row_add_row (row, field);
      adw_expander_row_add_row (row, advice);
      g_ptr_array_add (item->advice_rows, advice);
      if (item->first_field == NULL)
        item->first_field = field;
    }
  adw_expander_row_add_row (row, new_buttons_row (item));
  show_item_buttons (item);
  show_item_advice (self, item);
}

static void
on_item_expanded (GtkWidget *row)
{
  Item *item = g_object_get_data (G_OBJECT (row), "fs-item");

  if (item != NULL && item->advice_rows == NULL &&
      adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    build_item_content (item);
}


/* A long title or subtitle would wrap without end, and GTK 4.8 measures
 * wrapping labels in a narrow row a pixel apart from one time to the next.
 * Libadwaita 1.2 has no public way to limit an expander row's lines, so its
 * header row is limited instead: two lines each, then an ellipsis. */
static void
limit_header_lines (GtkWidget *expander)
{
  for (GtkWidget *child = gtk_widget_get_first_child (expander); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        {
          adw_action_row_set_title_lines (ADW_ACTION_ROW (child), 2);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (child), 2);
          return;
        }
      limit_header_lines (child);
    }
}

static Item *
item_new (FsRecordListEditor *self,
          FsRecord           *record)
{
  Item *item = g_new0 (Item, 1);

  item->editor = self;
  item->record = g_object_ref (record);
  item->row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), FALSE);
  limit_header_lines (item->row);
  g_object_set_data (G_OBJECT (item->row), "fs-item", item);
  item->advice_icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  gtk_widget_set_name (item->advice_icon, "advice-icon");
  gtk_widget_add_css_class (item->advice_icon, "fs-advice-icon");
  gtk_widget_set_visible (item->advice_icon, FALSE);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (item->row), item->advice_icon);
  g_signal_connect (item->row, "notify::expanded", G_CALLBACK (on_item_expanded), NULL);
  item->notify_id = g_signal_connect_swapped (record, "notify",
                                              G_CALLBACK (show_item_header), item);
  return item;
}

/* Following the list. */

static int
row_order (FsRecordListEditor *self,
           GtkListBoxRow      *row)
{
  Item *item = g_object_get_data (G_OBJECT (row), "fs-item");

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

static Item *
take_item (GPtrArray *items,
           FsRecord  *record)
{
  for (guint i = 0; i < items->len; i++)
    if (((Item *) g_ptr_array_index (items, i))->record == record)
      return g_ptr_array_steal_index (items, i);
  return NULL;
}

static void
renumber (FsRecordListEditor *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      g_autofree char *name = g_strdup_printf ("item-%u", i);

      item->position = i;
      gtk_widget_set_name (item->row, name);
      show_item_header (item);
      show_item_buttons (item);
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
      Item *item = take_item (gone, record);

      if (item == NULL)
        {
          item = item_new (self, record);
          gtk_list_box_append (self->rows, item->row);
        }
      g_ptr_array_insert (self->items, position + i, item);
    }
  for (guint i = 0; i < gone->len; i++)
    {
      Item *item = g_ptr_array_index (gone, i);
      GtkWidget *row = item->row;

      item_free (item);
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
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->items != NULL)
    {
      g_ptr_array_foreach (self->items, (GFunc) item_free, NULL);
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
                           FsListHistory           *history,
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
  g_return_val_if_fail (FS_IS_LIST_HISTORY (history), NULL);
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

/* What the editor says while the list is empty ("No steps yet"). */
void
fs_record_list_editor_set_empty_text (FsRecordListEditor *self,
                                      const char         *text)
{
  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));

  gtk_label_set_text (GTK_LABEL (self->empty_label), text);
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
  Item *item;

  g_return_if_fail (FS_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (position < self->items->len);

  item = g_ptr_array_index (self->items, position);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
  focus_first_field (item);
}
