/* fs-board-column.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-card.h"
#include "fs-board-column.h"
#include "fs-menu-button.h"

/* A column of the board: a header (colour, name, counts, menu) over its
 * cards. It takes drops of cards, of other columns and of plain text, and
 * turns each into one edit of the board. */
struct _FsBoardColumn
{
  GtkWidget      parent_instance;

  GtkWidget     *header;
  GtkWidget     *strip;
  GtkStack      *name_stack;
  GtkLabel      *name_label;
  GtkEntry      *name_entry;
  GtkMenuButton *menu_button;
  GtkLabel      *stats_label;
  GtkWidget     *scroller;
  GtkBox        *cards_box;
  GtkWidget     *drop_line;
  GtkWidget     *empty_label;

  FsDocument    *document;
  FsEditHistory *history;
  guint          index;
  guint          shown_index;   /* the index the header shows */
  gboolean       sorted;
  char          *color;
};

G_DEFINE_FINAL_TYPE (FsBoardColumn, fs_board_column, GTK_TYPE_WIDGET)


static gboolean
is_cluster (FsBoardColumn *self)
{
  return self->index > 0 && fs_board_has_clusters (self->document);
}

static void
draw_strip (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  FsBoardColumn *self = user_data;
  GdkRGBA color;

  if (self->color == NULL || !gdk_rgba_parse (&color, self->color))
    return;
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
update_stats (FsBoardColumn *self,
              GPtrArray     *records)
{
  FsBoardColumnStats stats;
  g_autofree char *text = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *max = NULL;

  fs_board_stats_of (records, &stats);
  if (stats.count == 0)
    text = g_strdup (_("Empty"));
  else if (fs_board_card_list (self->document) == FS_DOCUMENT_CAUSES)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cause", "%u causes", stats.count),
                            stats.count);
  else if (stats.max == 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk, not rated yet",
                                         "%u risks, not rated yet", stats.count),
                            stats.count);
  else
    {
      sum = g_strdup_printf ("%g", stats.sum);
      max = g_strdup_printf ("%g", stats.max);
      /* Translators: a column's risks, the sum of their scores, the highest score */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk · total %s · highest %s",
                                           "%u risks · total %s · highest %s", stats.count),
                              stats.count, sum, max);
    }
  if (g_strcmp0 (gtk_label_get_text (self->stats_label), text) != 0)
    gtk_label_set_text (self->stats_label, text);
}

static void
update_header (FsBoardColumn *self)
{
  g_autofree char *name = fs_board_column_name (self->document, self->index);
  const char *color = fs_board_column_color (self->document, self->index);

  if (g_strcmp0 (name, gtk_label_get_text (self->name_label)) == 0 &&
      g_strcmp0 (color, self->color) == 0 && self->index == self->shown_index)
    return;
  self->shown_index = self->index;
  g_free (self->color);
  self->color = g_strdup (color);
  /* Columns without a colour keep the strip's room, so that names line up. */
  gtk_widget_set_opacity (self->strip, color != NULL && color[0] == '#' ? 1 : 0);
  gtk_widget_queue_draw (self->strip);
  gtk_label_set_text (self->name_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label),
                               is_cluster (self) ? _("Double-click or press F2 to rename") : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), is_cluster (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.rename", is_cluster (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.recolor", is_cluster (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.remove", is_cluster (self));
}

static gboolean
is_renaming (FsBoardColumn *self)
{
  return self->name_entry != NULL &&
         gtk_stack_get_visible_child (self->name_stack) == GTK_WIDGET (self->name_entry);
}

/* The name typed in place is taken on Enter or when the focus leaves it;
 * Escape keeps the old one. A name of nothing but blanks is not taken. */
static void
finish_rename (FsBoardColumn *self,
               gboolean       commit)
{
  g_autofree char *name = NULL;
  g_autofree char *typed = NULL;
  gboolean had_focus;

  if (!is_renaming (self))
    return;
  had_focus = gtk_widget_has_focus (GTK_WIDGET (self->name_entry)) ||
              gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))),
                                      GTK_WIDGET (self->name_entry));
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  gtk_stack_set_visible_child (self->name_stack, GTK_WIDGET (self->name_label));
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->menu_button));
  name = fs_board_column_name (self->document, self->index);
  if (commit && is_cluster (self) && typed[0] != '\0' && !g_str_equal (typed, name))
    fs_board_rename_cluster (self->document, self->history, self->index, typed);
  update_header (self);
}

static void
on_name_activate (FsBoardColumn *self)
{
  finish_rename (self, TRUE);
}

static void
on_name_focus_leave (FsBoardColumn *self)
{
  finish_rename (self, TRUE);
}

static gboolean
on_name_key (FsBoardColumn         *self,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  finish_rename (self, FALSE);
  return TRUE;
}

static void
on_name_pressed (FsBoardColumn   *self,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkGestureClick *gesture)
{
  if (n_press == 2)
    fs_board_column_start_rename (self);
}

/* Where among the column's cards a drop at Y lands, not counting DRAGGED. */
static guint
position_at (FsBoardColumn *self,
             double         y,
             FsRecord      *dragged,
             GtkWidget    **before)
{
  guint position = 0;
  double box_y = y;

  *before = NULL;
  gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->cards_box),
                                    0, y, NULL, &box_y);
  /* On the header, as below the last card: at the end. */
  if (y < gtk_widget_get_height (self->header))
    box_y = G_MAXDOUBLE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!FS_IS_BOARD_CARD (child) || fs_board_card_get_record (FS_BOARD_CARD (child)) == dragged)
        continue;
      if (!gtk_widget_compute_bounds (child, GTK_WIDGET (self->cards_box), &bounds))
        continue;
      if (box_y < bounds.origin.y + bounds.size.height / 2)
        {
          *before = child;
          return position;
        }
      position++;
    }
  return position;
}

static FsRecord *
dragged_card (FsBoardColumn *self,
              GtkDropTarget *target)
{
  const GValue *value = gtk_drop_target_get_value (target);

  if (value != NULL && G_VALUE_HOLDS (value, FS_TYPE_RECORD))
    return g_value_get_object (value);
  return NULL;
}

static void
show_drop_line (FsBoardColumn *self,
                GtkWidget     *before)
{
  GtkWidget *after = before != NULL ? gtk_widget_get_prev_sibling (before)
                                    : gtk_widget_get_last_child (GTK_WIDGET (self->cards_box));

  if (after == self->drop_line)
    after = gtk_widget_get_prev_sibling (self->drop_line);
  gtk_box_reorder_child_after (self->cards_box, self->drop_line, after);
  gtk_widget_set_visible (self->drop_line, TRUE);
}

static void
hide_drop_marks (FsBoardColumn *self)
{
  gtk_widget_set_visible (self->drop_line, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-column");
}

static GdkDragAction
on_drop_motion (FsBoardColumn *self,
                double         x,
                double         y,
                GtkDropTarget *target)
{
  GdkDrop *drop = gtk_drop_target_get_current_drop (target);
  GdkContentFormats *formats = drop != NULL ? gdk_drop_get_formats (drop) : NULL;
  FsRecord *card = dragged_card (self, target);
  GtkWidget *before;

  if (formats != NULL && gdk_content_formats_contain_gtype (formats, FS_TYPE_CLUSTER))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "drop-column");
      return fs_board_has_clusters (self->document) ? GDK_ACTION_MOVE : 0;
    }
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  if (formats != NULL && gdk_content_formats_contain_gtype (formats, G_TYPE_STRING) &&
      !gdk_content_formats_contain_gtype (formats, FS_TYPE_RISK) &&
      !gdk_content_formats_contain_gtype (formats, FS_TYPE_CAUSE))
    return GDK_ACTION_COPY;
  /* Sorted by score, a card takes its place by score: no line to show. */
  position_at (self, y, card, &before);
  if (!self->sorted)
    show_drop_line (self, before);
  return GDK_ACTION_MOVE;
}

static gboolean
belongs_here (FsBoardColumn *self,
              FsRecord      *record,
              FsDocumentList list)
{
  guint position;

  return g_list_store_find (fs_document_get_list (self->document, list), record, &position);
}

/* The one way a drop becomes an edit: the drop target calls it, and so do
 * the tests, with the value a drag would carry. */
gboolean
fs_board_column_drop (FsBoardColumn *self,
                      const GValue  *value,
                      double         y)
{
  FsDocumentList cards = fs_board_card_list (self->document);
  GtkWidget *before;

  g_return_val_if_fail (FS_IS_BOARD_COLUMN (self), FALSE);

  if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    {
      const char *text = g_value_get_string (value);

      return text != NULL && fs_board_add_lines (self->document, self->history, self->index, text) > 0;
    }
  if (G_VALUE_HOLDS (value, FS_TYPE_CLUSTER))
    {
      FsRecord *cluster = g_value_get_object (value);
      guint from;

      if (!fs_board_has_clusters (self->document) ||
          !g_list_store_find (fs_document_get_list (self->document, FS_DOCUMENT_CLUSTERS),
                              cluster, &from))
        return FALSE;
      fs_board_move_cluster (self->document, self->history, from + 1, MAX (self->index, 1));
      return TRUE;
    }
  if (G_VALUE_HOLDS (value, FS_TYPE_RECORD))
    {
      FsRecord *card = g_value_get_object (value);
      guint position;

      if (card == NULL || !belongs_here (self, card, cards))
        return FALSE;
      position = self->sorted ? G_MAXUINT : position_at (self, y, card, &before);
      fs_board_move_card (self->document, self->history, card, self->index, position);
      return TRUE;
    }
  return FALSE;
}

static gboolean
on_drop (FsBoardColumn *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  hide_drop_marks (self);
  return fs_board_column_drop (self, value, y);
}

static GdkContentProvider *
on_header_drag_prepare (FsBoardColumn *self,
                        double         x,
                        double         y,
                        GtkDragSource *source)
{
  g_autoptr(FsRecord) cluster = NULL;

  if (!is_cluster (self))
    return NULL;
  cluster = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (self->document,
                                                                       FS_DOCUMENT_CLUSTERS)),
                                   self->index - 1);
  return gdk_content_provider_new_typed (FS_TYPE_CLUSTER, cluster);
}

static void
on_header_drag_begin (FsBoardColumn *self,
                      GdkDrag       *drag,
                      GtkDragSource *source)
{
  g_autoptr(GdkPaintable) live = gtk_widget_paintable_new (self->header);
  g_autoptr(GdkPaintable) still = gdk_paintable_get_current_image (live);

  gtk_drag_source_set_icon (source, still, 16, 16);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_header_drag_end (FsBoardColumn *self,
                    GdkDrag       *drag,
                    gboolean       delete_data,
                    GtkDragSource *source)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  fs_board_column_start_rename (FS_BOARD_COLUMN (widget));
}

static void
recolor_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FsBoardColumn *self = FS_BOARD_COLUMN (widget);

  fs_board_recolor_cluster (self->document, self->history, self->index,
                            g_variant_get_string (parameter, NULL));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FsBoardColumn *self = FS_BOARD_COLUMN (widget);
  g_autofree char *name = fs_board_column_name (self->document, self->index);

  fs_board_remove_cluster (self->document, self->history, self->index);
  gtk_widget_activate_action (GTK_WIDGET (self), "board.removed", "s", name);
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FsBoardColumn) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  /* The column may have gone (or changed) while the clipboard answered. */
  if (text != NULL && self->document != NULL &&
      self->index < fs_board_get_n_columns (self->document))
    fs_board_add_lines (self->document, self->history, self->index, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text,
                                 g_object_ref (widget));
}

static GMenuModel *
column_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) colors_section = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  const char * const *palette = fs_board_palette ();

  g_menu_append (edit, _("_Rename"), "column.rename");
  g_menu_append (edit, _("_Paste Risks"), "column.paste");

  for (guint i = 0; palette[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (fs_board_palette_name (palette[i]), NULL);

      g_menu_item_set_action_and_target (item, "column.recolor", "s", palette[i]);
      g_menu_append_item (colors_section, item);
    }
  g_menu_append (remove, _("Remove _Cluster"), "column.remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_submenu (menu, _("C_olour"), G_MENU_MODEL (colors_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static void
fs_board_column_dispose (GObject *object)
{
  FsBoardColumn *self = FS_BOARD_COLUMN (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (fs_board_column_parent_class)->dispose (object);
}

static void
fs_board_column_class_init (FsBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_board_column_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardcolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_install_action (widget_class, "column.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "column.recolor", "s", recolor_action);
  gtk_widget_class_install_action (widget_class, "column.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "column.paste", NULL, paste_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK,
                                       "column.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "column.rename", NULL);
}

static GtkWidget *
build_header (FsBoardColumn *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GMenuModel) menu = column_menu ();
  GtkDragSource *source = gtk_drag_source_new ();
  GtkGesture *click;

  gtk_widget_add_css_class (header, "column-header");
  self->strip = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->strip), 4);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->strip), draw_strip, self, NULL);
  gtk_widget_add_css_class (self->strip, "color-strip");
  gtk_box_append (GTK_BOX (header), self->strip);

  self->name_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (self->name_stack, FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->name_stack), TRUE);
  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "heading");
  gtk_stack_add_child (self->name_stack, GTK_WIDGET (self->name_label));
  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_name_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_label), GTK_EVENT_CONTROLLER (click));
  gtk_box_append (GTK_BOX (title_row), GTK_WIDGET (self->name_stack));

  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->menu_button, "view-more-symbolic");
  fs_menu_button_set_menu_model_lazily (self->menu_button, menu);
  gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Cluster Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cluster menu"), -1);
  gtk_box_append (GTK_BOX (title_row), GTK_WIDGET (self->menu_button));
  gtk_box_append (GTK_BOX (header), title_row);

  self->stats_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->stats_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->stats_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->stats_label), "dim-label");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->stats_label));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (on_header_drag_prepare), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (on_header_drag_begin), self);
  g_signal_connect_swapped (source, "drag-end", G_CALLBACK (on_header_drag_end), self);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (source));
  return header;
}

static void
fs_board_column_init (FsBoardColumn *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE | GDK_ACTION_COPY);
  GType types[] = { FS_TYPE_RISK, FS_TYPE_CAUSE, FS_TYPE_CLUSTER, G_TYPE_STRING };

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_widget_set_size_request (GTK_WIDGET (self), 260, -1);

  self->header = build_header (self);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->cards_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_add_css_class (GTK_WIDGET (self->cards_box), "column-cards");
  self->drop_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->drop_line, "drop-line");
  gtk_widget_set_visible (self->drop_line, FALSE);
  gtk_box_append (self->cards_box, self->drop_line);
  self->empty_label = gtk_label_new (_("Drop cards here"));
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_add_css_class (self->empty_label, "column-empty");
  gtk_box_append (self->cards_box, self->empty_label);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->cards_box));
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect_swapped (target, "motion", G_CALLBACK (on_drop_motion), self);
  g_signal_connect_swapped (target, "enter", G_CALLBACK (on_drop_motion), self);
  g_signal_connect_swapped (target, "leave", G_CALLBACK (hide_drop_marks), self);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
fs_board_column_new (FsDocument    *document,
                     FsEditHistory *history)
{
  FsBoardColumn *self;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (history), NULL);

  self = g_object_new (FS_TYPE_BOARD_COLUMN, NULL);
  self->document = g_object_ref (document);
  self->history = g_object_ref (history);
  self->shown_index = G_MAXUINT;
  return GTK_WIDGET (self);
}

guint
fs_board_column_get_index (FsBoardColumn *self)
{
  g_return_val_if_fail (FS_IS_BOARD_COLUMN (self), 0);

  return self->index;
}

void
fs_board_column_set_index (FsBoardColumn *self,
                           guint          column)
{
  g_return_if_fail (FS_IS_BOARD_COLUMN (self));

  self->index = column;
  update_header (self);
}

void
fs_board_column_set_sorted (FsBoardColumn *self,
                            gboolean       sorted)
{
  g_return_if_fail (FS_IS_BOARD_COLUMN (self));

  self->sorted = sorted;
}

/* Puts CARDS (FsBoardCards) in the column in their order, moving only those
 * that are not already where they belong. RECORDS are all the column's
 * cards, of which CARDS may show the first ones only, for a while. */
void
fs_board_column_show_cards (FsBoardColumn *self,
                            GPtrArray     *cards,
                            GPtrArray     *records)
{
  GtkWidget *after = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (FS_IS_BOARD_COLUMN (self));

  update_header (self);
  name = fs_board_column_name (self->document, self->index);
  gtk_widget_set_visible (self->drop_line, FALSE);
  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      GtkWidget *parent = gtk_widget_get_parent (card);
      GtkWidget *expected = after != NULL ? gtk_widget_get_next_sibling (after)
                                          : gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));

      while (expected != NULL && !FS_IS_BOARD_CARD (expected))
        expected = gtk_widget_get_next_sibling (expected);
      if (parent == GTK_WIDGET (self->cards_box))
        {
          if (expected != card)
            gtk_box_reorder_child_after (self->cards_box, card, after);
        }
      else
        {
          g_object_ref (card);
          if (parent != NULL)
            gtk_box_remove (GTK_BOX (parent), card);
          gtk_box_insert_child_after (self->cards_box, card, after);
          g_object_unref (card);
        }
      fs_board_card_set_column_name (FS_BOARD_CARD (card), name);
      after = card;
    }
  gtk_widget_set_visible (self->empty_label, records->len == 0);
  update_stats (self, records);
}

/* The cards the column shows, top to bottom. */
GPtrArray *
fs_board_column_get_cards (FsBoardColumn *self)
{
  GPtrArray *cards = g_ptr_array_new ();

  g_return_val_if_fail (FS_IS_BOARD_COLUMN (self), cards);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (FS_IS_BOARD_CARD (child))
      g_ptr_array_add (cards, child);
  return cards;
}

/* Made on the first rename: a board opens with a dozen columns. */
static void
add_name_entry (FsBoardColumn *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->name_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cluster name"), -1);
  g_signal_connect_swapped (self->name_entry, "activate", G_CALLBACK (on_name_activate), self);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (on_name_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), key);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_name_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), focus);
  gtk_stack_add_child (self->name_stack, GTK_WIDGET (self->name_entry));
}

void
fs_board_column_start_rename (FsBoardColumn *self)
{
  g_return_if_fail (FS_IS_BOARD_COLUMN (self));

  if (!is_cluster (self))
    return;
  if (self->name_entry == NULL)
    add_name_entry (self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), gtk_label_get_text (self->name_label));
  gtk_stack_set_visible_child (self->name_stack, GTK_WIDGET (self->name_entry));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->name_entry), 0, -1);
}
