/* fs-record-list-item.c
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
#include "fs-record-list-editor-private.h"
#include "fs-record-text.h"

static FsRecordListItem *
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
            FsRecordListItem   *item)
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
               FsRecordListItem   *item)
{
  if (self->describe != NULL)
    return self->describe (item->record, self->describe_data);
  if (self->n_columns > 1)
    return field_text (item->record, self->columns[1].field);
  return NULL;
}

void
fs_record_list_item_show_header (FsRecordListItem *item)
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

void
fs_record_list_item_show_badge (FsRecordListItem *item)
{
  FsRecordListEditor *self = item->editor;
  GtkWidget *child;
  GtkWidget *badge;

  if (self->badge == NULL)
    return;
  if (item->badge_box == NULL)
    {
      item->badge_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_set_valign (item->badge_box, GTK_ALIGN_CENTER);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (item->row), item->badge_box);
    }
  while ((child = gtk_widget_get_first_child (item->badge_box)) != NULL)
    gtk_box_remove (GTK_BOX (item->badge_box), child);
  badge = self->badge (item->record, self->badge_data);
  if (badge != NULL)
    gtk_box_append (GTK_BOX (item->badge_box), badge);
  gtk_widget_set_visible (item->badge_box, badge != NULL);
}

void
fs_record_list_item_show_buttons (FsRecordListItem *item)
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
void
fs_record_list_item_show_advice (FsRecordListEditor *self,
                                 FsRecordListItem   *item)
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

/* Focus. */

gboolean
fs_record_list_focus_inside (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
focus_widget (GtkWidget *widget)
{
  if (!gtk_widget_grab_focus (widget) || !fs_record_list_focus_inside (widget))
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

void
fs_record_list_item_focus_first_field (FsRecordListItem *item)
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

void
fs_record_list_item_move (FsRecordListItem *item,
                          int               delta)
{
  int to = (int) item->position + delta;

  if (to >= 0 && to < (int) item->editor->items->len)
    fs_record_list_item_move_to (item, to);
}

/* The item moves to TO, and whatever had the focus keeps it. */
void
fs_record_list_item_move_to (FsRecordListItem *item,
                             guint             to)
{
  FsRecordListEditor *self = item->editor;
  GtkRoot *root = gtk_widget_get_root (item->row);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (to >= self->items->len || to == item->position)
    return;
  if (focus != NULL)
    g_object_ref (focus);
  fs_edit_history_move (self->history, self->store, item->position, to);

  /* A move button that has just been disabled would drop the focus to the
   * window; the other one takes it, so that the item can go back. */
  if (focus == item->move_up && !gtk_widget_get_sensitive (focus))
    gtk_widget_grab_focus (item->move_down);
  else if (focus == item->move_down && !gtk_widget_get_sensitive (focus))
    gtk_widget_grab_focus (item->move_up);
  else if (focus != NULL && !fs_record_list_focus_inside (focus) &&
           gtk_widget_get_root (focus) == root)
    gtk_widget_grab_focus (focus);
  g_clear_object (&focus);
}

static void
on_move_up (GtkWidget *button)
{
  FsRecordListItem *item = item_of (button);

  if (item != NULL)
    fs_record_list_item_move (item, -1);
}

static void
on_move_down (GtkWidget *button)
{
  FsRecordListItem *item = item_of (button);

  if (item != NULL)
    fs_record_list_item_move (item, 1);
}

/* The focus moves to the item that takes the removed one's place before it
 * goes, as a widget taken out of the window would leave it nowhere. */
static void
on_remove (GtkWidget *button)
{
  FsRecordListItem *item = item_of (button);
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
    focus_widget (((FsRecordListItem *) g_ptr_array_index (
                     self->items, position + 1 < n ? position + 1 : position - 1))->row);
  title = item_title (self, item);
  fs_edit_history_remove (self->history, self->store, position);
  /* Whatever holds the editor may offer to take the removal back. */
  gtk_widget_activate_action (GTK_WIDGET (self), "guide.item-removed", "s", title);
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
new_buttons_row (FsRecordListItem *item)
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
build_item_content (FsRecordListItem *item)
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

      if (column->reference == NULL)
        fs_guide_field_set_document (field, self->document);
      adw_expander_row_add_row (row, field);
      adw_expander_row_add_row (row, advice);
      fs_advice_row_describe (advice, field);
      g_ptr_array_add (item->advice_rows, advice);
      if (item->first_field == NULL)
        item->first_field = field;
    }
  adw_expander_row_add_row (row, new_buttons_row (item));
  fs_record_list_item_show_buttons (item);
  fs_record_list_item_show_advice (self, item);
}

static void
on_item_expanded (GtkWidget *row)
{
  FsRecordListItem *item = g_object_get_data (G_OBJECT (row), "fs-item");

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

static void
on_record_notify (FsRecordListItem *item)
{
  fs_record_list_item_show_header (item);
  if (item->editor->place != NULL)
    fs_record_list_editor_queue_place (item->editor);
}

FsRecordListItem *
fs_record_list_item_new (FsRecordListEditor *self,
                         FsRecord           *record)
{
  FsRecordListItem *item = g_new0 (FsRecordListItem, 1);

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
                                              G_CALLBACK (on_record_notify), item);
  fs_record_list_item_show_badge (item);
  return item;
}

void
fs_record_list_item_free (FsRecordListItem *item)
{
  g_signal_handler_disconnect (item->record, item->notify_id);
  g_object_set_data (G_OBJECT (item->row), "fs-item", NULL);
  g_clear_pointer (&item->advice_rows, g_ptr_array_unref);
  g_object_unref (item->record);
  g_free (item);
}
