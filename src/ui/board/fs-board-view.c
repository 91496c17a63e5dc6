/* fs-board-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-card.h"
#include "fs-board-card-editor.h"
#include "fs-board-column.h"
#include "fs-board-matrix.h"
#include "fs-board-view.h"
#include "fs-happened.h"
#include "fs-risk-rating.h"
#include "fs-toast.h"
#include "fs-board-voters.h"
#include "fs-voting.h"

#define FIRST_CARDS 6
#define GROW_CARDS 4
#define EDGE_PX 48
#define SCROLL_STEP_PX 14

/* The Board page: the document's cards in columns, moved with the pointer
 * or the keyboard. The widgets only show the document: every edit goes
 * through the board's core functions and the document's history, and the
 * columns follow the document when it changes, whoever changed it. */
struct _FsBoardView
{
  GtkWidget          parent_instance;

  AdwToastOverlay   *toast_overlay;
  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkEntry          *empty_entry;
  GtkWidget         *toolbar;
  GtkEntry          *capture_entry;
  GtkWidget         *add_cluster_button;
  GtkWidget         *sort_button;
  GtkWidget         *sort_votes_button;
  GtkWidget         *matrix_button;
  GtkStack          *view_stack;
  FsBoardMatrix     *matrix;
  GtkScrolledWindow *scroller;
  GtkBox            *columns_box;
  GtkWidget         *suggestion_box;

  FsDocument        *document;
  FsEditHistory     *history;
  FsWorkshop        *workshop;     /* while a workshop runs on the board */
  GtkWidget         *vote_button;
  FsBoardVoters     *voters;
  GtkWidget         *voters_scroller;
  GtkWidget         *board_page;
  GPtrArray         *columns;      /* of FsBoardColumn, owned by columns_box */
  GHashTable        *cards;        /* FsRecord → FsBoardCard (a reference) */
  GtkWidget         *popover;      /* a child of the view, pointing at popover_card */
  GtkWidget         *popover_card;
  AdwToast          *toast;
  guint              sync_id;
  guint              grow_id;
  guint              card_limit;   /* shown in each column, for now */
  gboolean           cards_held_back;
  gboolean           grown_once;
  guint              capture_column;
  gboolean           sort_by_score;
  gboolean           sort_by_votes;
  gboolean           show_matrix;
  gboolean           voting_on;
  double             scroll_speed;
  guint              scroll_tick;
};

G_DEFINE_FINAL_TYPE (FsBoardView, fs_board_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SORT_BY_SCORE,
  PROP_SORT_BY_VOTES,
  PROP_SHOW_MATRIX,
  PROP_VOTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
by_score (gconstpointer a,
          gconstpointer b)
{
  double score_a = fs_risk_get_score (*(FsRisk **) a);
  double score_b = fs_risk_get_score (*(FsRisk **) b);

  return (score_a < score_b) - (score_a > score_b);
}

typedef struct
{
  FsRecord *record;
  guint     votes;
} Tally;

static int
by_votes (gconstpointer a,
          gconstpointer b)
{
  guint votes_a = ((const Tally *) a)->votes;
  guint votes_b = ((const Tally *) b)->votes;

  return (votes_a < votes_b) - (votes_a > votes_b);
}

/* Most votes first, cards with as many in their own order; each card's
 * votes counted once, not at every comparison. Says whether any has votes. */
static gboolean
sort_by_votes (GPtrArray *records)
{
  g_autoptr(GArray) tallies = g_array_sized_new (FALSE, FALSE, sizeof (Tally), records->len);
  gboolean any = FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      Tally tally = { g_ptr_array_index (records, i), fs_voting_count (g_ptr_array_index (records, i)) };

      any |= tally.votes > 0;
      g_array_append_val (tallies, tally);
    }
  g_array_sort (tallies, by_votes);
  for (guint i = 0; i < records->len; i++)
    records->pdata[i] = g_array_index (tallies, Tally, i).record;
  return any;
}

static gboolean
any_votes (GPtrArray *records)
{
  for (guint i = 0; i < records->len; i++)
    if (fs_voting_count (g_ptr_array_index (records, i)) > 0)
      return TRUE;
  return FALSE;
}

/* Sorted, a card's place in its column is not its own to move. */
static gboolean
is_sorted (FsBoardView *self)
{
  return self->sort_by_votes ||
         (self->sort_by_score && fs_board_card_list (self->document) == FS_DOCUMENT_RISKS);
}

static void
update_capture_hint (FsBoardView *self)
{
  g_autofree char *name = NULL;
  g_autofree char *hint = NULL;
  gboolean risks = fs_board_card_list (self->document) == FS_DOCUMENT_RISKS;

  /* A post-mortem's causes always name a layer: its inbox stays empty. */
  self->capture_column = CLAMP (self->capture_column, fs_board_has_clusters (self->document) ? 0 : 1,
                                fs_board_get_n_columns (self->document) - 1);
  name = fs_board_column_name (self->document, self->capture_column);
  /* Translators: the quick capture bar; %s is the column a new card goes to */
  hint = g_strdup_printf (risks ? _("Add a risk to %s, then press Enter")
                                : _("Add a cause to %s, then press Enter"), name);
  gtk_entry_set_placeholder_text (self->capture_entry, hint);
  gtk_entry_set_placeholder_text (self->empty_entry, risks ? _("What went wrong? Type a risk, then press Enter")
                                                           : _("Type a cause, then press Enter"));
}

static void
on_column_focus (FsBoardView             *self,
                 GtkEventControllerFocus *controller)
{
  GtkWidget *column = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->capture_column = fs_board_column_get_index (FS_BOARD_COLUMN (column));
  update_capture_hint (self);
}

static void
sync_columns (FsBoardView *self)
{
  guint n_columns = fs_board_get_n_columns (self->document);

  while (self->columns->len > n_columns)
    {
      GtkWidget *column = g_ptr_array_steal_index (self->columns, self->columns->len - 1);

      gtk_box_remove (self->columns_box, column);
    }
  while (self->columns->len < n_columns)
    {
      GtkWidget *column = fs_board_column_new (self->document, self->history);
      GtkEventController *focus = gtk_event_controller_focus_new ();
      GtkWidget *after = self->columns->len > 0 ? g_ptr_array_index (self->columns,
                                                                       self->columns->len - 1) : NULL;

      g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_column_focus), self);
      gtk_widget_add_controller (column, focus);
      gtk_box_insert_child_after (self->columns_box, column, after);
      g_ptr_array_add (self->columns, column);
    }
  gtk_widget_set_visible (g_ptr_array_index (self->columns, 0), fs_board_has_clusters (self->document));
  for (guint i = 0; i < n_columns; i++)
    {
      fs_board_column_set_index (g_ptr_array_index (self->columns, i), i);
      fs_board_column_set_sorted (g_ptr_array_index (self->columns, i), is_sorted (self));
    }
}

static void
mark_happened (FsBoardView *self,
               FsRecord    *record,
               GtkWidget   *card)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *happened = NULL;

  if (!FS_IS_RISK (record))
    return;
  links = fs_happened_links (self->document, fs_record_get_text (record, FS_RISK_ID));
  happened = fs_happened_describe (links);
  fs_board_card_set_happened (FS_BOARD_CARD (card), happened);
}

static void
on_chain_changed (FsBoardView *self)
{
  GHashTableIter iter;
  gpointer record, card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &record, &card))
    mark_happened (self, record, card);
  /* The matrix marks its cards as it builds them. */
  if (self->show_matrix && fs_board_card_list (self->document) == FS_DOCUMENT_RISKS)
    fs_board_matrix_show (self->matrix, self->document, self->history);
}

static GtkWidget *
card_for (FsBoardView *self,
          FsRecord    *record,
          const char  *column_name)
{
  GtkWidget *card = g_hash_table_lookup (self->cards, record);

  if (card == NULL)
    {
      card = g_object_ref_sink (fs_board_card_new (record, fs_board_title_field (self->document),
                                                   column_name));
      g_hash_table_insert (self->cards, g_object_ref (record), card);
      mark_happened (self, record, card);
    }
  return card;
}

static void
drop_stale_cards (FsBoardView *self)
{
  GListStore *list = fs_document_get_list (self->document, fs_board_card_list (self->document));
  GHashTableIter iter;
  gpointer record, card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &record, &card))
    {
      guint position;

      if (g_list_store_find (list, record, &position))
        continue;
      if (gtk_widget_get_parent (card) != NULL)
        gtk_box_remove (GTK_BOX (gtk_widget_get_parent (card)), card);
      g_hash_table_iter_remove (&iter);
    }
}

static FsBoardCard *
focused_card (FsBoardView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *card = focus != NULL ? gtk_widget_get_ancestor (focus, FS_TYPE_BOARD_CARD) : NULL;

  if (card != NULL && gtk_widget_is_ancestor (card, GTK_WIDGET (self)))
    return FS_BOARD_CARD (card);
  if (self->popover != NULL && self->popover_card != NULL)
    return FS_BOARD_CARD (self->popover_card);
  return NULL;
}

/* Makes the columns show the document as it is now, up to card_limit
 * cards a column. Cards that stay in their place are not touched, and the
 * card that had the focus keeps it. */
static void
sync_cards (FsBoardView *self)
{
  FsBoardCard *had_focus;
  g_autoptr(FsRecord) focus_record = NULL;
  g_autoptr(GPtrArray) by_column = NULL;
  gboolean matrix;
  gboolean has_votes = FALSE;
  guint n_cards;

  g_clear_handle_id (&self->sync_id, g_source_remove);
  if (self->document == NULL)
    return;
  had_focus = focused_card (self);
  if (had_focus != NULL)
    focus_record = g_object_ref (fs_board_card_get_record (had_focus));
  sync_columns (self);
  drop_stale_cards (self);
  by_column = fs_board_cards_by_column (self->document);
  self->cards_held_back = FALSE;
  for (guint i = 0; i < self->columns->len; i++)
    {
      GPtrArray *records = g_ptr_array_index (by_column, i);
      g_autoptr(GPtrArray) cards = g_ptr_array_new ();
      g_autofree char *name = fs_board_column_name (self->document, i);

      if (self->sort_by_votes)
        has_votes |= sort_by_votes (records);
      else if (self->sort_by_score && fs_board_card_list (self->document) == FS_DOCUMENT_RISKS)
        g_ptr_array_sort (records, by_score);
      if (!has_votes && !self->sort_by_votes)
        has_votes = any_votes (records);
      for (guint j = 0; j < records->len && j < self->card_limit; j++)
        {
          FsRecord *record = g_ptr_array_index (records, j);
          GtkWidget *card = card_for (self, record, name);

          fs_board_card_set_face_down (FS_BOARD_CARD (card),
                                       self->workshop != NULL &&
                                       fs_workshop_is_hidden (self->workshop,
                                                              fs_record_get_text (record, 0)));
          g_ptr_array_add (cards, card);
        }
      self->cards_held_back |= records->len > self->card_limit;
      fs_board_column_show_cards (g_ptr_array_index (self->columns, i), cards, records);
    }
  gtk_box_reorder_child_after (self->columns_box, self->suggestion_box,
                               g_ptr_array_index (self->columns, self->columns->len - 1));
  gtk_widget_set_visible (self->suggestion_box,
                          fs_board_has_clusters (self->document) && self->columns->len == 1);
  gtk_widget_set_visible (self->add_cluster_button,
                          fs_board_card_list (self->document) == FS_DOCUMENT_RISKS);
  matrix = self->show_matrix && fs_board_card_list (self->document) == FS_DOCUMENT_RISKS;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-up", matrix || !is_sorted (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-down", matrix || !is_sorted (self));
  gtk_widget_set_visible (self->sort_button,
                          fs_board_card_list (self->document) == FS_DOCUMENT_RISKS && !matrix);
  /* After a vote, or while one may come. */
  gtk_widget_set_visible (self->sort_votes_button,
                          !matrix && (self->sort_by_votes || has_votes || self->workshop != NULL));
  gtk_widget_set_visible (self->matrix_button,
                          fs_board_card_list (self->document) == FS_DOCUMENT_RISKS);
  fs_board_matrix_show (self->matrix, matrix ? self->document : NULL, self->history);
  gtk_stack_set_visible_child_name (self->view_stack, matrix ? "matrix" : "columns");
  n_cards = g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (self->document,
                                                                          fs_board_card_list (self->document))));
  /* Clusters named before any risk still show as columns to fill. */
  gtk_stack_set_visible_child_name (self->stack,
                                    n_cards == 0 && (!fs_board_has_clusters (self->document) ||
                                                     self->columns->len == 1)
                                    ? "empty" : "board");
  update_capture_hint (self);
  if (focus_record != NULL && self->popover == NULL)
    {
      GtkWidget *card = matrix ? fs_board_matrix_get_card (self->matrix, focus_record)
                               : fs_board_view_get_card (self, focus_record);

      if (card != NULL && gtk_widget_get_parent (card) != NULL && !gtk_widget_has_focus (card))
        gtk_widget_grab_focus (card);
    }
}

static void
stop_growing (FsBoardView *self)
{
  if (self->grow_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grow_id);
  self->grow_id = 0;
}

void
fs_board_view_sync (FsBoardView *self)
{
  g_return_if_fail (FS_IS_BOARD_VIEW (self));

  stop_growing (self);
  self->card_limit = G_MAXUINT;
  sync_cards (self);
}

static gboolean
sync_later (gpointer data)
{
  FsBoardView *self = data;

  self->sync_id = 0;
  sync_cards (self);
  /* An undone vote gives the voter's vote back. */
  if (self->voting_on)
    fs_board_voters_refresh (self->voters);
  return G_SOURCE_REMOVE;
}

/* A large board opens with what fits on the screen; the cards further
 * down each column follow a few at a time, one step a frame. */
static gboolean
grow (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       user_data)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  /* Not in the first frame: that one shows what is there already. */
  if (!self->grown_once)
    {
      self->grown_once = TRUE;
      return G_SOURCE_CONTINUE;
    }
  self->card_limit += GROW_CARDS;
  sync_cards (self);
  if (self->cards_held_back)
    return G_SOURCE_CONTINUE;
  self->grow_id = 0;
  self->card_limit = G_MAXUINT;
  return G_SOURCE_REMOVE;
}

static void
queue_sync (FsBoardView *self)
{
  if (self->sync_id == 0)
    self->sync_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, sync_later, self, NULL);
}

/* Its Undo takes back the last edit: once another edit comes, it goes. */
static void
dismiss_toast (FsBoardView *self)
{
  if (self->toast != NULL)
    fs_toast_dismiss_soon (self->toast);
  g_clear_weak_pointer (&self->toast);
}

static void
show_toast (FsBoardView *self,
            const char  *name)
{
  /* Its Undo takes back that removal, and only while nothing came after. */
  AdwToast *toast = fs_toast_new_removed (name, "board.undo-removal");

  adw_toast_set_action_target (toast, "u", fs_edit_history_get_serial (self->history));
  dismiss_toast (self);
  g_set_weak_pointer (&self->toast, toast);
  fs_toast_add (self->toast_overlay, toast);
}

static void
on_capture_activate (FsBoardView *self,
                     GtkEntry    *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  FsRecord *card;

  if (self->document == NULL || text[0] == '\0')
    return;
  card = fs_board_add_card (self->document, self->history, self->capture_column, text);
  if (card == NULL)
    return;
  if (self->workshop != NULL)
    fs_workshop_add_card (self->workshop, fs_record_get_text (card, 0));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  fs_board_view_sync (self);
  if (entry == self->empty_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
}

static void
popover_closed (FsBoardView *self)
{
  GtkWidget *popover = g_steal_pointer (&self->popover);
  GtkWidget *card = self->popover_card;

  if (popover == NULL)
    return;
  g_clear_weak_pointer (&self->popover_card);
  gtk_widget_unparent (popover);
  if (card != NULL && gtk_widget_get_parent (card) != NULL)
    gtk_widget_grab_focus (card);
  fs_board_view_sync (self);
}

typedef struct
{
  FsBoardView *view;
  GtkWidget   *popover;
} ClosedPopover;

static void
closed_popover_free (ClosedPopover *closed)
{
  g_object_unref (closed->view);
  g_object_unref (closed->popover);
  g_free (closed);
}

/* Only the popover that closed goes: a menu item may have opened another. */
static gboolean
popover_closed_later (gpointer data)
{
  ClosedPopover *closed = data;

  if (closed->view->popover == closed->popover)
    popover_closed (closed->view);
  else if (gtk_widget_get_parent (closed->popover) != NULL)
    gtk_widget_unparent (closed->popover);
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed (FsBoardView *self,
                   GtkPopover  *popover)
{
  ClosedPopover *closed = g_new (ClosedPopover, 1);

  /* A menu item's action runs after "closed": the card stays known till then. */
  closed->view = g_object_ref (self);
  closed->popover = g_object_ref (GTK_WIDGET (popover));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, popover_closed_later, closed,
                   (GDestroyNotify) closed_popover_free);
}

static gboolean
unparent_later (gpointer data)
{
  if (gtk_widget_get_parent (data) != NULL)
    gtk_widget_unparent (data);
  return G_SOURCE_REMOVE;
}

/* Hidden now, and gone once GTK is done with the pointer over it: it may be
 * the popover whose item is running. */
static void
put_popover_away (FsBoardView *self)
{
  GtkWidget *popover = g_steal_pointer (&self->popover);

  if (popover == NULL)
    return;
  g_clear_weak_pointer (&self->popover_card);
  g_signal_handlers_disconnect_by_data (popover, self);
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_idle_add_full (G_PRIORITY_LOW, unparent_later, g_object_ref (popover), g_object_unref);
}

static void
show_popover (FsBoardView *self,
              FsBoardCard *card,
              GtkWidget   *popover)
{
  graphene_rect_t bounds;

  put_popover_away (self);
  self->popover = popover;
  g_set_weak_pointer (&self->popover_card, GTK_WIDGET (card));
  /* The view holds it, not the card: a card can go while its popover shows. */
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  if (gtk_widget_compute_bounds (GTK_WIDGET (card), GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_RIGHT);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (on_popover_closed), self);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static guint
shown_position (FsBoardView *self,
                FsBoardCard *card,
                guint        column)
{
  g_autoptr(GPtrArray) shown = fs_board_column_get_cards (g_ptr_array_index (self->columns, column));
  guint position = 0;

  g_ptr_array_find (shown, card, &position);
  return position;
}

/* On the matrix, the keys that move a card move it by one cell. */
static void
rate_by (FsBoardView *self,
         FsRecord    *risk,
         int          probability_step,
         int          impact_step)
{
  guint probability = 0;
  guint impact = 0;

  if (!fs_risk_matrix_cell (FS_RISK (risk), &probability, &impact))
    probability = impact = 0;
  else
    {
      probability = CLAMP ((int) probability + probability_step, 0, 4);
      impact = CLAMP ((int) impact + impact_step, 0, 4);
    }
  fs_board_set_rating (self->document, self->history, risk, probability + 1, impact + 1);
  fs_board_view_sync (self);
}

static void
move_card_by (FsBoardView *self,
              int          columns,
              int          rows)
{
  FsBoardCard *card = focused_card (self);
  FsRecord *record;
  guint column;
  guint position;
  int target_column;
  int target_position;

  if (card == NULL || self->document == NULL)
    return;
  record = fs_board_card_get_record (card);
  if (self->show_matrix && FS_IS_RISK (record))
    {
      rate_by (self, record, -rows, columns);
      return;
    }
  fs_board_view_sync (self);
  column = fs_board_column_of (self->document, record);
  position = shown_position (self, card, column);
  target_column = CLAMP ((int) column + columns, fs_board_has_clusters (self->document) ? 0 : 1,
                         (int) self->columns->len - 1);
  target_position = (int) position + rows;
  if (rows != 0 && (is_sorted (self) || target_position < 0))
    return;
  fs_board_move_card (self->document, self->history, record, target_column, target_position);
  fs_board_view_sync (self);
  gtk_widget_grab_focus (GTK_WIDGET (card));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  if (g_str_equal (action_name, "board.move-left"))
    move_card_by (self, gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1 : -1, 0);
  else if (g_str_equal (action_name, "board.move-right"))
    move_card_by (self, gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? -1 : 1, 0);
  else if (g_str_equal (action_name, "board.move-up"))
    move_card_by (self, 0, -1);
  else
    move_card_by (self, 0, 1);
}

static void
move_to_column_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  FsBoardCard *card = focused_card (self);
  guint column = g_variant_get_uint32 (parameter);

  if (card == NULL || self->document == NULL || column >= self->columns->len)
    return;
  fs_board_move_card (self->document, self->history, fs_board_card_get_record (card), column,
                      G_MAXUINT);
  fs_board_view_sync (self);
  gtk_widget_grab_focus (GTK_WIDGET (card));
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  FsBoardCard *card = focused_card (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  guint current;

  if (card == NULL)
    return;
  current = fs_board_column_of (self->document, fs_board_card_get_record (card));
  for (guint i = 0; i < self->columns->len; i++)
    {
      g_autofree char *name = fs_board_column_name (self->document, i);
      g_autoptr(GMenuItem) item = NULL;

      if (i == current || !gtk_widget_get_visible (g_ptr_array_index (self->columns, i)))
        continue;
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target (item, "board.move-to-column", "u", i);
      g_menu_append_item (menu, item);
    }
  show_popover (self, card, gtk_popover_menu_new_from_model (G_MENU_MODEL (menu)));
}

static void
card_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  FsBoardCard *card = focused_card (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) open = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();

  if (card == NULL)
    return;
  if (self->voting_on)
    {
      g_menu_append (open, _("_Vote"), "board.card-clicked");
      g_menu_append (open, _("_Take Back a Vote"), "board.take-back-vote");
    }
  else
    g_menu_append (open, _("_Open"), "board.open-card");
  g_menu_append (moves, _("_Move To…"), "board.move-to");
  g_menu_append (moves, _("Move _Left"), "board.move-left");
  g_menu_append (moves, _("Move _Right"), "board.move-right");
  g_menu_append (moves, _("Move _Up"), "board.move-up");
  g_menu_append (moves, _("Move _Down"), "board.move-down");
  if (FS_IS_RISK (fs_board_card_get_record (card)))
    g_menu_append (moves, _("Set _Probability and Impact…"), "board.rate");
  g_menu_append (remove, _("_Delete"), "board.delete-card");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (open));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  show_popover (self, card, gtk_popover_menu_new_from_model (G_MENU_MODEL (menu)));
}

static void
set_voting (FsBoardView *self,
            gboolean     on)
{
  on = on && self->document != NULL && self->workshop != NULL;
  if (self->voting_on == on)
    return;
  self->voting_on = on;
  if (on)
    fs_board_voters_start (self->voters, self->document, self->history, self->workshop);
  else
    fs_board_voters_stop (self->voters);
  gtk_widget_set_visible (self->voters_scroller, on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTING]);
}

static void
vote (FsBoardView *self,
      gboolean     cast)
{
  FsBoardCard *card = focused_card (self);

  if (card != NULL && !fs_board_voters_vote (self->voters, fs_board_card_get_record (card), cast))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
card_clicked_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  if (self->voting_on)
    vote (self, TRUE);
}

static void
take_back_vote_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  if (self->voting_on)
    vote (self, FALSE);
}

static void
open_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  FsBoardCard *card = focused_card (self);

  /* While the room votes, Enter on a card is a vote. */
  if (self->voting_on)
    vote (self, TRUE);
  else if (card != NULL)
    {
      FsRecord *record = fs_board_card_get_record (card);
      g_autoptr(GPtrArray) happened = FS_IS_RISK (record)
        ? fs_happened_links (self->document, fs_record_get_text (record, FS_RISK_ID)) : NULL;

      show_popover (self, card, fs_board_card_editor_new (record, happened));
    }
}

static void
on_rating_set (GtkWidget *button)
{
  GtkSpinButton *probability = g_object_get_data (G_OBJECT (button), "probability");
  GtkSpinButton *impact = g_object_get_data (G_OBJECT (button), "impact");

  gtk_spin_button_update (probability);
  gtk_spin_button_update (impact);
  gtk_widget_activate_action (button, "board.set-rating", "(dd)",
                              gtk_spin_button_get_value (probability),
                              gtk_spin_button_get_value (impact));
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (button, GTK_TYPE_POPOVER)));
}

static GtkWidget *
rating_spin (GtkGrid    *grid,
             guint       row,
             const char *label,
             double      value)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 5, 0.5);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), spin);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, spin, 1, row, 1, 1);
  return spin;
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  FsBoardCard *card = focused_card (self);
  GtkWidget *popover;
  GtkWidget *grid;
  GtkWidget *probability;
  GtkWidget *impact;
  GtkWidget *button;
  FsRecord *risk;

  if (card == NULL || !FS_IS_RISK (risk = fs_board_card_get_record (card)))
    return;
  popover = gtk_popover_new ();
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  probability = rating_spin (GTK_GRID (grid), 0, _("_Probability"),
                             fs_record_get_number (risk, FS_RISK_PROBABILITY));
  impact = rating_spin (GTK_GRID (grid), 1, _("_Impact"), fs_record_get_number (risk, FS_RISK_IMPACT));
  button = gtk_button_new_with_mnemonic (_("_Set"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_object_set_data (G_OBJECT (button), "probability", probability);
  g_object_set_data (G_OBJECT (button), "impact", impact);
  g_signal_connect (button, "clicked", G_CALLBACK (on_rating_set), NULL);
  gtk_grid_attach (GTK_GRID (grid), button, 0, 2, 2, 1);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), button);
  show_popover (self, card, popover);
}

static void
set_rating_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  FsBoardCard *card = focused_card (self);
  double probability, impact;

  if (card == NULL || !FS_IS_RISK (fs_board_card_get_record (card)))
    return;
  g_variant_get (parameter, "(dd)", &probability, &impact);
  fs_board_set_rating (self->document, self->history, fs_board_card_get_record (card),
                       probability, impact);
  fs_board_view_sync (self);
}

static void
delete_card_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  FsBoardCard *card = focused_card (self);
  FsRecord *record;
  g_autofree char *title = NULL;

  if (card == NULL)
    return;
  record = fs_board_card_get_record (card);
  title = g_strdup (fs_record_get_text (record, fs_board_title_field (self->document)));
  fs_board_remove_card (self->document, self->history, record);
  fs_board_view_sync (self);
  show_toast (self, title[0] != '\0' ? title : _("Untitled"));
}

static void
removed_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_toast (FS_BOARD_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  if (self->history == NULL)
    return;
  if (g_str_equal (action_name, "board.undo"))
    fs_edit_history_undo (self->history);
  else
    fs_edit_history_redo (self->history);
  fs_board_view_sync (self);
}

static void
undo_removal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  if (self->history != NULL &&
      fs_edit_history_get_serial (self->history) == g_variant_get_uint32 (parameter))
    gtk_widget_activate_action (widget, "board.undo", NULL);
}

static void
add_cluster_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  if (self->document == NULL || fs_board_add_cluster (self->document, self->history,
                                                      _("New Cluster")) == NULL)
    return;
  fs_board_view_sync (self);
  fs_board_column_start_rename (g_ptr_array_index (self->columns, self->columns->len - 1));
}

static void
suggest_clusters_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);

  if (self->document == NULL)
    return;
  fs_board_add_suggested_clusters (self->document, self->history);
  fs_board_view_sync (self);
}

/* Near the left or right edge during a drag, the board scrolls that way. */
static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  FsBoardView *self = FS_BOARD_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->scroller);

  if (self->scroll_speed == 0)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + self->scroll_speed);
  return G_SOURCE_CONTINUE;
}

static void
on_drag_motion (FsBoardView              *self,
                double                    x,
                double                    y,
                GtkDropControllerMotion  *motion)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->scroller));

  if (x < EDGE_PX)
    self->scroll_speed = -SCROLL_STEP_PX * (EDGE_PX - x) / EDGE_PX;
  else if (x > width - EDGE_PX)
    self->scroll_speed = SCROLL_STEP_PX * (x - (width - EDGE_PX)) / EDGE_PX;
  else
    self->scroll_speed = 0;
  if (self->scroll_speed != 0 && self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick, NULL, NULL);
}

static void
on_drag_leave (FsBoardView *self)
{
  self->scroll_speed = 0;
}

static gboolean
on_query_tooltip (FsBoardView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  GtkWidget *picked = keyboard_mode ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)))
                                    : gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *card = picked != NULL ? gtk_widget_get_ancestor (picked, FS_TYPE_BOARD_CARD) : NULL;
  g_autofree char *text = NULL;

  if (card == NULL || (text = fs_board_card_query_tooltip (FS_BOARD_CARD (card), picked)) == NULL ||
      text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
fs_board_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FsBoardView *self = FS_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_SORT_BY_SCORE:
      g_value_set_boolean (value, self->sort_by_score);
      break;
    case PROP_SORT_BY_VOTES:
      g_value_set_boolean (value, self->sort_by_votes);
      break;
    case PROP_SHOW_MATRIX:
      g_value_set_boolean (value, self->show_matrix);
      break;
    case PROP_VOTING:
      g_value_set_boolean (value, self->voting_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* One order at a time: by score or by votes, or the room's own. */
static void
set_sort (FsBoardView *self,
          gboolean     by_score,
          gboolean     on)
{
  gboolean *sort = by_score ? &self->sort_by_score : &self->sort_by_votes;
  gboolean *other = by_score ? &self->sort_by_votes : &self->sort_by_score;
  gboolean other_was = *other;

  if (*sort == on)
    return;
  *sort = on;
  if (on)
    *other = FALSE;
  fs_board_view_sync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[by_score ? PROP_SORT_BY_SCORE : PROP_SORT_BY_VOTES]);
  if (other_was != *other)
    g_object_notify_by_pspec (G_OBJECT (self), properties[by_score ? PROP_SORT_BY_VOTES : PROP_SORT_BY_SCORE]);
}

static void
fs_board_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FsBoardView *self = FS_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_SORT_BY_SCORE:
    case PROP_SORT_BY_VOTES:
      set_sort (self, prop_id == PROP_SORT_BY_SCORE, g_value_get_boolean (value));
      break;
    case PROP_VOTING:
      set_voting (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_MATRIX:
      if (self->show_matrix == g_value_get_boolean (value))
        return;
      self->show_matrix = g_value_get_boolean (value);
      fs_board_view_sync (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}


static void
forget_document (FsBoardView *self)
{
  put_popover_away (self);
  g_clear_handle_id (&self->sync_id, g_source_remove);
  stop_growing (self);
  self->card_limit = G_MAXUINT;
  dismiss_toast (self);
  if (self->voting_on)
    set_voting (self, FALSE);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  for (guint i = 0; i < self->columns->len; i++)
    gtk_box_remove (self->columns_box, g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);
  g_hash_table_remove_all (self->cards);
  g_clear_object (&self->document);
  g_clear_object (&self->history);
}

static void
fs_board_view_dispose (GObject *object)
{
  FsBoardView *self = FS_BOARD_VIEW (object);

  if (self->columns != NULL)
    forget_document (self);
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_clear_object (&self->workshop);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_BOARD_VIEW);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)), *next; child != NULL;
       child = next)
    {
      next = gtk_widget_get_next_sibling (child);
      gtk_widget_unparent (child);
    }
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_hash_table_unref);

  G_OBJECT_CLASS (fs_board_view_parent_class)->dispose (object);
}

/* A key for the card with the focus: without one (or from inside a
 * popover, where the key belongs to a field) it goes on to the window. */
static gboolean
card_key (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || gtk_widget_get_ancestor (focus, FS_TYPE_BOARD_CARD) == NULL ||
      gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
  return TRUE;
}

/* Undo and redo of the board; not from a card's editor, whose fields
 * undo their own typing and should not reach past it to the board. */
static gboolean
history_key (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
  return TRUE;
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            key,
             GdkModifierType  modifiers,
             const char      *action)
{
  gtk_widget_class_add_binding (widget_class, key, modifiers, card_key, "s", action);
}

static void
fs_board_view_class_init (FsBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_board_view_dispose;
  object_class->get_property = fs_board_view_get_property;
  object_class->set_property = fs_board_view_set_property;

  properties[PROP_SORT_BY_SCORE] =
    g_param_spec_boolean ("sort-by-score", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_BY_VOTES] =
    g_param_spec_boolean ("sort-by-votes", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOTING] =
    g_param_spec_boolean ("voting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_MATRIX] =
    g_param_spec_boolean ("show-matrix", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FS_TYPE_BOARD_MATRIX);
  g_type_ensure (FS_TYPE_BOARD_VOTERS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fs-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, stack);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, empty_entry);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, board_page);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, vote_button);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, voters);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, voters_scroller);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, capture_entry);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, add_cluster_button);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, sort_button);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, sort_votes_button);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, matrix_button);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, matrix);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, scroller);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, FsBoardView, suggestion_box);
  gtk_widget_class_bind_template_callback (widget_class, on_capture_activate);

  gtk_widget_class_install_property_action (widget_class, "board.sort-by-score", "sort-by-score");
  gtk_widget_class_install_property_action (widget_class, "board.sort-by-votes", "sort-by-votes");
  gtk_widget_class_install_property_action (widget_class, "board.show-matrix", "show-matrix");
  gtk_widget_class_install_property_action (widget_class, "board.voting", "voting");
  gtk_widget_class_install_action (widget_class, "board.card-clicked", NULL, card_clicked_action);
  gtk_widget_class_install_action (widget_class, "board.take-back-vote", NULL, take_back_vote_action);
  gtk_widget_class_install_action (widget_class, "board.rate", NULL, rate_action);
  gtk_widget_class_install_action (widget_class, "board.set-rating", "(dd)", set_rating_action);
  gtk_widget_class_install_action (widget_class, "board.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "board.move-right", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "board.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "board.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "board.move-to", NULL, move_to_action);
  gtk_widget_class_install_action (widget_class, "board.move-to-column", "u", move_to_column_action);
  gtk_widget_class_install_action (widget_class, "board.card-menu", NULL, card_menu_action);
  gtk_widget_class_install_action (widget_class, "board.open-card", NULL, open_card_action);
  gtk_widget_class_install_action (widget_class, "board.delete-card", NULL, delete_card_action);
  gtk_widget_class_install_action (widget_class, "board.removed", "s", removed_action);
  gtk_widget_class_install_action (widget_class, "board.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "board.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "board.undo-removal", "u", undo_removal_action);
  gtk_widget_class_install_action (widget_class, "board.add-cluster", NULL, add_cluster_action);
  gtk_widget_class_install_action (widget_class, "board.suggest-clusters", NULL,
                                   suggest_clusters_action);

  add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "board.move-left");
  add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "board.move-right");
  add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "board.move-up");
  add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "board.move-down");
  add_binding (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "board.move-to");
  add_binding (widget_class, GDK_KEY_Delete, 0, "board.delete-card");
  add_binding (widget_class, GDK_KEY_BackSpace, 0, "board.take-back-vote");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, history_key, "s",
                                "board.undo");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                history_key, "s", "board.redo");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                history_key, "s", "board.redo");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_board_view_init (FsBoardView *self)
{
  GtkEventController *motion = gtk_drop_controller_motion_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  self->columns = g_ptr_array_new ();
  self->cards = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_drag_motion), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_drag_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), motion);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->capture_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a card"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->empty_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a card"), -1);
}

void
fs_board_view_set_document (FsBoardView   *self,
                            FsDocument    *document,
                            FsEditHistory *history)
{
  gboolean risks;

  g_return_if_fail (FS_IS_BOARD_VIEW (self));
  g_return_if_fail (document == NULL || FS_IS_EDIT_HISTORY (history));

  if (self->document == document)
    return;
  forget_document (self);
  if (document == NULL)
    return;
  self->document = g_object_ref (document);
  self->history = g_object_ref (history);
  self->capture_column = 0;
  risks = fs_board_card_list (document) == FS_DOCUMENT_RISKS;
  adw_status_page_set_title (self->empty_page, risks ? _("No Risks Yet") : _("No Causes Yet"));
  adw_status_page_set_description (self->empty_page,
    risks ? _("Imagine the change has already failed. What went wrong? "
              "Write each risk as a card, then sort the cards into clusters.")
          : _("What made the incident possible, or worse? Write each cause as a card, "
              "then sort the cards by the layer that failed: Avoid, Detect or Fix."));
  fs_document_follow_items (document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (queue_sync), self);
  g_signal_connect_swapped (document, "chain-changed", G_CALLBACK (on_chain_changed), self);
  g_signal_connect_swapped (history, "notify::can-undo", G_CALLBACK (dismiss_toast), self);
  self->card_limit = FIRST_CARDS;
  sync_cards (self);
  if (self->cards_held_back)
    {
      self->grown_once = FALSE;
      self->grow_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow, NULL, NULL);
    }
  else
    self->card_limit = G_MAXUINT;
}

GtkWidget *
fs_board_view_get_column (FsBoardView *self,
                          guint        column)
{
  g_return_val_if_fail (FS_IS_BOARD_VIEW (self), NULL);

  return column < self->columns->len ? g_ptr_array_index (self->columns, column) : NULL;
}

/* A workshop on the board: large type, the capture bar at the bottom, and
 * the cards it hides face down. NULL ends it. */
void
fs_board_view_set_workshop (FsBoardView *self,
                            FsWorkshop  *workshop)
{
  g_return_if_fail (FS_IS_BOARD_VIEW (self));

  if (self->workshop == workshop)
    return;
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_set_object (&self->workshop, workshop);
  gtk_widget_set_visible (self->vote_button, workshop != NULL);
  if (workshop != NULL)
    {
      g_signal_connect_swapped (workshop, "changed", G_CALLBACK (queue_sync), self);
      gtk_widget_add_css_class (GTK_WIDGET (self), "workshop");
      gtk_box_reorder_child_after (GTK_BOX (self->board_page), self->toolbar,
                                   GTK_WIDGET (self->view_stack));
      gtk_widget_set_margin_bottom (self->toolbar, 12);
      gtk_widget_set_margin_top (self->toolbar, 0);
    }
  else
    {
      set_voting (self, FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "workshop");
      gtk_box_reorder_child_after (GTK_BOX (self->board_page), self->toolbar, NULL);
      gtk_widget_set_margin_bottom (self->toolbar, 0);
      gtk_widget_set_margin_top (self->toolbar, 12);
    }
  fs_board_view_sync (self);
}

void
fs_board_view_focus_capture (FsBoardView *self)
{
  g_return_if_fail (FS_IS_BOARD_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0
                                     ? self->empty_entry : self->capture_entry));
}

GtkWidget *
fs_board_view_get_matrix (FsBoardView *self)
{
  g_return_val_if_fail (FS_IS_BOARD_VIEW (self), NULL);

  return GTK_WIDGET (self->matrix);
}

GtkWidget *
fs_board_view_get_card (FsBoardView *self,
                        FsRecord    *record)
{
  g_return_val_if_fail (FS_IS_BOARD_VIEW (self), NULL);

  return g_hash_table_lookup (self->cards, record);
}
