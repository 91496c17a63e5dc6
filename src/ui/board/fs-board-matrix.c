/* fs-board-matrix.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-card.h"
#include "fs-board-matrix.h"
#include "fs-happened.h"
#include "fs-risk-rating.h"

#define CARDS_IN_CELL 3

/* The risks on a 5 × 5 grid, probability up and impact across, each cell
 * tinted by the band of its score, with the risks not rated yet in a tray
 * beside it. Dropping a card on a cell rates the risk with that cell's
 * numbers; the PDF's matrix places risks by the same rule. */
struct _FsBoardMatrix
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkGrid       *grid;
  GtkWidget     *cells[5][5];   /* [probability][impact] */
  GtkBox        *tray;
  GtkWidget     *tray_empty;

  FsDocument    *document;
  FsEditHistory *history;
  GHashTable    *cards;         /* FsRecord → FsBoardCard */
};

G_DEFINE_FINAL_TYPE (FsBoardMatrix, fs_board_matrix, GTK_TYPE_WIDGET)


gboolean
fs_board_matrix_drop (FsBoardMatrix *self,
                      guint          probability,
                      guint          impact,
                      const GValue  *value)
{
  FsRecord *risk;
  guint position;

  g_return_val_if_fail (FS_IS_BOARD_MATRIX (self), FALSE);

  if (self->document == NULL || !G_VALUE_HOLDS (value, FS_TYPE_RISK) ||
      (risk = g_value_get_object (value)) == NULL ||
      !g_list_store_find (fs_document_get_list (self->document, FS_DOCUMENT_RISKS), risk, &position))
    return FALSE;
  if (probability == FS_BOARD_MATRIX_TRAY)
    fs_board_set_rating (self->document, self->history, risk, 0, 0);
  else if (probability < 5 && impact < 5)
    fs_board_set_rating (self->document, self->history, risk, probability + 1, impact + 1);
  else
    return FALSE;
  return TRUE;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  GtkWidget *place = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  FsBoardMatrix *self = FS_BOARD_MATRIX (gtk_widget_get_ancestor (place, FS_TYPE_BOARD_MATRIX));

  gtk_widget_remove_css_class (place, "drop-target");
  return fs_board_matrix_drop (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (place), "probability")),
                               GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (place), "impact")), value);
}

static GdkDragAction
on_enter (GtkDropTarget *target,
          double         x,
          double         y,
          gpointer       user_data)
{
  gtk_widget_add_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)),
                            "drop-target");
  return GDK_ACTION_MOVE;
}

static void
on_leave (GtkDropTarget *target,
          gpointer       user_data)
{
  gtk_widget_remove_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)),
                               "drop-target");
}

static void
take_drops (GtkWidget *place,
            guint      probability,
            guint      impact)
{
  GtkDropTarget *target = gtk_drop_target_new (FS_TYPE_RISK, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (place), "probability", GUINT_TO_POINTER (probability));
  g_object_set_data (G_OBJECT (place), "impact", GUINT_TO_POINTER (impact));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), NULL);
  g_signal_connect (target, "enter", G_CALLBACK (on_enter), NULL);
  g_signal_connect (target, "leave", G_CALLBACK (on_leave), NULL);
  gtk_widget_add_controller (place, GTK_EVENT_CONTROLLER (target));
}

static GtkWidget *
axis_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, css_class);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
fs_board_matrix_dispose (GObject *object)
{
  FsBoardMatrix *self = FS_BOARD_MATRIX (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (fs_board_matrix_parent_class)->dispose (object);
}

static void
fs_board_matrix_class_init (FsBoardMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_board_matrix_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardmatrix");
}

static void
build_grid (FsBoardMatrix *self)
{
  GtkWidget *probability = axis_label (_("Probability ↑"), "heading");
  GtkWidget *impact = axis_label (_("Impact →"), "heading");

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 4);
  gtk_grid_set_column_spacing (self->grid, 4);
  gtk_grid_set_column_homogeneous (self->grid, FALSE);
  gtk_widget_set_halign (probability, GTK_ALIGN_START);
  gtk_grid_attach (self->grid, probability, 0, 0, 7, 1);
  for (guint p = 0; p < 5; p++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", p + 1);

      gtk_grid_attach (self->grid, axis_label (tick, "numeric"), 1, 5 - p, 1, 1);
      for (guint i = 0; i < 5; i++)
        {
          GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          /* Translators: a cell of the risk matrix, e.g. "Probability 3, impact 4" */
          g_autofree char *name = g_strdup_printf (_("Probability %u, impact %u"), p + 1, i + 1);

          gtk_widget_add_css_class (cell, "matrix-cell");
          gtk_widget_add_css_class (cell, fs_board_band_class (fs_risk_band_for_score ((p + 1) * (i + 1))));
          gtk_widget_set_size_request (cell, 124, 84);
          gtk_widget_set_hexpand (cell, TRUE);
          gtk_widget_set_vexpand (cell, TRUE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          name, -1);
          take_drops (cell, p, i);
          self->cells[p][i] = cell;
          gtk_grid_attach (self->grid, cell, i + 2, 5 - p, 1, 1);
        }
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", i + 1);

      gtk_grid_attach (self->grid, axis_label (tick, "numeric"), i + 2, 6, 1, 1);
    }
  gtk_grid_attach (self->grid, impact, 2, 7, 5, 1);
}

static void
fs_board_matrix_init (FsBoardMatrix *self)
{
  GtkWidget *tray_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *tray_title = gtk_label_new (_("Not Rated Yet"));
  GtkWidget *tray_scroller = gtk_scrolled_window_new ();

  self->cards = g_hash_table_new (NULL, NULL);
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  build_grid (self);
  gtk_widget_set_hexpand (GTK_WIDGET (self->grid), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->grid));

  gtk_widget_add_css_class (tray_box, "matrix-tray");
  gtk_widget_set_size_request (tray_box, 200, -1);
  gtk_label_set_xalign (GTK_LABEL (tray_title), 0);
  gtk_widget_add_css_class (tray_title, "heading");
  gtk_box_append (GTK_BOX (tray_box), tray_title);
  self->tray = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  self->tray_empty = gtk_label_new (_("Every risk is rated"));
  gtk_widget_add_css_class (self->tray_empty, "dim-label");
  gtk_box_append (self->tray, self->tray_empty);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (tray_scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (tray_scroller), GTK_WIDGET (self->tray));
  gtk_widget_set_vexpand (tray_scroller, TRUE);
  gtk_box_append (GTK_BOX (tray_box), tray_scroller);
  take_drops (tray_box, FS_BOARD_MATRIX_TRAY, FS_BOARD_MATRIX_TRAY);
  gtk_box_append (GTK_BOX (self->box), tray_box);
}

GtkWidget *
fs_board_matrix_new (void)
{
  return g_object_new (FS_TYPE_BOARD_MATRIX, NULL);
}

static void
clear_box (GtkWidget *box,
           GtkWidget *keep)
{
  GtkWidget *child = gtk_widget_get_first_child (box);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != keep)
        gtk_box_remove (GTK_BOX (box), child);
      child = next;
    }
}

static GtkWidget *
new_card (FsBoardMatrix *self,
          FsRecord      *risk)
{
  g_autofree char *column = fs_board_column_name (self->document,
                                                  fs_board_column_of (self->document, risk));
  GtkWidget *card = fs_board_card_new (risk, FS_RISK_TITLE, column);
  g_autoptr(GPtrArray) links = fs_happened_links (self->document, fs_record_get_text (risk, FS_RISK_ID));
  g_autofree char *happened = fs_happened_describe (links);

  fs_board_card_set_compact (FS_BOARD_CARD (card), TRUE);
  fs_board_card_set_happened (FS_BOARD_CARD (card), happened);
  g_hash_table_insert (self->cards, risk, card);
  return card;
}

/* The cards a crowded cell has no room for, in a list behind "+N". */
static GtkWidget *
more_button (FsBoardMatrix *self,
             GPtrArray     *risks,
             guint          from)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autofree char *label = g_strdup_printf ("+%u", risks->len - from);
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more risk",
                                                               "%u more risks", risks->len - from),
                                                  risks->len - from);

  for (guint i = from; i < risks->len; i++)
    gtk_box_append (GTK_BOX (list), new_card (self, g_ptr_array_index (risks, i)));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_set_size_request (scroller, 260, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  return button;
}

/* Rebuilt whole on each change: the matrix shows a few dozen cards. */
void
fs_board_matrix_show (FsBoardMatrix *self,
                      FsDocument    *document,
                      FsEditHistory *history)
{
  GPtrArray *placed[5][5];
  GListModel *risks;
  guint unrated = 0;

  g_return_if_fail (FS_IS_BOARD_MATRIX (self));

  g_hash_table_remove_all (self->cards);
  g_set_object (&self->document, document);
  g_set_object (&self->history, history);
  for (guint p = 0; p < 5; p++)
    for (guint i = 0; i < 5; i++)
      clear_box (self->cells[p][i], NULL);
  clear_box (GTK_WIDGET (self->tray), self->tray_empty);
  if (document == NULL || fs_board_card_list (document) != FS_DOCUMENT_RISKS)
    return;

  for (guint p = 0; p < 5; p++)
    for (guint i = 0; i < 5; i++)
      placed[p][i] = g_ptr_array_new_with_free_func (g_object_unref);

  risks = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS));
  for (guint n = 0; n < g_list_model_get_n_items (risks); n++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (risks, n);
      guint p, i;

      if (fs_risk_matrix_cell (FS_RISK (risk), &p, &i))
        g_ptr_array_add (placed[p][i], g_object_ref (risk));
      else
        {
          gtk_box_append (self->tray, new_card (self, risk));
          unrated++;
        }
    }
  gtk_widget_set_visible (self->tray_empty, unrated == 0);
  for (guint p = 0; p < 5; p++)
    for (guint i = 0; i < 5; i++)
      {
        GPtrArray *cell = placed[p][i];
        guint shown = cell->len > CARDS_IN_CELL ? CARDS_IN_CELL - 1 : cell->len;

        for (guint n = 0; n < shown; n++)
          gtk_box_append (GTK_BOX (self->cells[p][i]), new_card (self, g_ptr_array_index (cell, n)));
        if (shown < cell->len)
          gtk_box_append (GTK_BOX (self->cells[p][i]), more_button (self, cell, shown));
        g_ptr_array_unref (cell);
      }
}

GtkWidget *
fs_board_matrix_get_cell (FsBoardMatrix *self,
                          guint          probability,
                          guint          impact)
{
  g_return_val_if_fail (FS_IS_BOARD_MATRIX (self), NULL);
  g_return_val_if_fail (probability < 5 && impact < 5, NULL);

  return self->cells[probability][impact];
}

GtkWidget *
fs_board_matrix_get_card (FsBoardMatrix *self,
                          FsRecord      *record)
{
  g_return_val_if_fail (FS_IS_BOARD_MATRIX (self), NULL);

  return g_hash_table_lookup (self->cards, record);
}
