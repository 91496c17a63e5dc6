/* fs-board.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board.h"
#include "fs-record-text.h"

static const char * const areas[] = { "avoid", "detect", "fix" };

static gboolean
is_premortem (FsDocument *document)
{
  return fs_document_get_kind (document) == FS_DOCUMENT_KIND_PREMORTEM;
}

static guint
column_field (FsDocument *document)
{
  return is_premortem (document) ? FS_RISK_CLUSTER : FS_CAUSE_AREA;
}

static GListStore *
card_store (FsDocument *document)
{
  return fs_document_get_list (document, fs_board_card_list (document));
}

static GListStore *
cluster_store (FsDocument *document)
{
  return fs_document_get_list (document, FS_DOCUMENT_CLUSTERS);
}

/* The cluster of column COLUMN (1 or more) of a pre-mortem; the list holds it. */
static FsRecord *
cluster_at (FsDocument *document,
            guint       column)
{
  g_autoptr(FsRecord) cluster = g_list_model_get_item (G_LIST_MODEL (cluster_store (document)),
                                                       column - 1);

  return cluster;
}

static gboolean
is_card_type (FsDocument *document,
              FsRecord   *card)
{
  GType type = fs_document_list_info (fs_board_card_list (document))->item_type ();

  return G_TYPE_CHECK_INSTANCE_TYPE (card, type);
}

static gboolean
is_card (FsDocument *document,
         FsRecord   *card)
{
  return is_card_type (document, card) && g_list_store_find (card_store (document), card, NULL);
}

static gboolean
is_cluster_column (FsDocument *document,
                   guint       column)
{
  return is_premortem (document) && column >= 1 &&
         column < fs_board_get_n_columns (document);
}

/* A cause always names the layer that failed: the model has no empty area,
 * so nothing can be put into a post-mortem's inbox. */
static gboolean
can_hold_cards (FsDocument *document,
                guint       column)
{
  return column < fs_board_get_n_columns (document) && (column > 0 || is_premortem (document));
}

FsDocumentList
fs_board_card_list (FsDocument *document)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (document), FS_DOCUMENT_RISKS);

  return is_premortem (document) ? FS_DOCUMENT_RISKS : FS_DOCUMENT_CAUSES;
}

guint
fs_board_title_field (FsDocument *document)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (document), 0);

  return is_premortem (document) ? FS_RISK_TITLE : FS_CAUSE_TEXT;
}

guint
fs_board_get_n_columns (FsDocument *document)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (document), 0);

  if (is_premortem (document))
    return 1 + g_list_model_get_n_items (G_LIST_MODEL (cluster_store (document)));
  return 1 + G_N_ELEMENTS (areas);
}

gboolean
fs_board_has_clusters (FsDocument *document)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (document), FALSE);

  return is_premortem (document);
}

/* What a card's cluster or area field holds when it stands in COLUMN. */
const char *
fs_board_column_id (FsDocument *document,
                    guint       column)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (column < fs_board_get_n_columns (document), NULL);

  if (column == 0)
    return "";
  if (is_premortem (document))
    return fs_record_get_text (cluster_at (document, column), FS_CLUSTER_ID);
  return areas[column - 1];
}

char *
fs_board_column_name (FsDocument *document,
                      guint       column)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (column < fs_board_get_n_columns (document), NULL);

  if (column == 0)
    return g_strdup (_("Unsorted"));
  if (is_premortem (document))
    return g_strdup (fs_record_get_text (cluster_at (document, column), FS_CLUSTER_NAME));
  return g_strdup (fs_choice_label (areas[column - 1]));
}

/* A cluster's colour, or NULL for a column that has none. */
const char *
fs_board_column_color (FsDocument *document,
                       guint       column)
{
  const char *color;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (column < fs_board_get_n_columns (document), NULL);

  if (column == 0 || !is_premortem (document))
    return NULL;
  color = fs_record_get_text (cluster_at (document, column), FS_CLUSTER_COLOR);
  return color[0] != '\0' ? color : NULL;
}

guint
fs_board_column_of (FsDocument *document,
                    FsRecord   *card)
{
  const char *id;
  guint n_columns;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (is_card_type (document, card), 0);

  id = fs_record_get_text (card, column_field (document));
  if (id[0] == '\0')
    return 0;
  n_columns = fs_board_get_n_columns (document);
  for (guint column = 1; column < n_columns; column++)
    if (g_str_equal (fs_board_column_id (document, column), id))
      return column;
  return 0;
}

GPtrArray *
fs_board_cards_in (FsDocument *document,
                   guint       column)
{
  GListModel *cards;
  GPtrArray *in_column;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (column < fs_board_get_n_columns (document), NULL);

  cards = G_LIST_MODEL (card_store (document));
  in_column = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(FsRecord) card = g_list_model_get_item (cards, i);

      if (fs_board_column_of (document, card) == column)
        g_ptr_array_add (in_column, g_steal_pointer (&card));
    }
  return in_column;
}

/* Every column's cards at once, in one pass over the cards: an array with
 * an array of cards for each column. */
GPtrArray *
fs_board_cards_by_column (FsDocument *document)
{
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *cards;
  GPtrArray *by_column;
  guint n_columns;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  n_columns = fs_board_get_n_columns (document);
  by_column = g_ptr_array_new_full (n_columns, (GDestroyNotify) g_ptr_array_unref);
  for (guint column = 0; column < n_columns; column++)
    {
      g_ptr_array_add (by_column, g_ptr_array_new_with_free_func (g_object_unref));
      if (column > 0)
        g_hash_table_insert (columns, (gpointer) fs_board_column_id (document, column),
                             GUINT_TO_POINTER (column));
    }
  cards = G_LIST_MODEL (card_store (document));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      FsRecord *card = g_list_model_get_item (cards, i);
      guint column = GPOINTER_TO_UINT (g_hash_table_lookup (columns,
                                                            fs_record_get_text (card, column_field (document))));

      g_ptr_array_add (g_ptr_array_index (by_column, column), card);
    }
  return by_column;
}

/* What a column's header sums up of CARDS (FsRecords). */
void
fs_board_stats_of (GPtrArray          *cards,
                   FsBoardColumnStats *stats)
{
  g_return_if_fail (cards != NULL);
  g_return_if_fail (stats != NULL);

  stats->count = cards->len;
  stats->sum = 0;
  stats->max = 0;
  for (guint i = 0; i < cards->len; i++)
    {
      FsRecord *card = g_ptr_array_index (cards, i);
      double score = FS_IS_RISK (card) ? fs_risk_get_score (FS_RISK (card)) : 0;

      stats->sum += score;
      stats->max = MAX (stats->max, score);
    }
}

void
fs_board_column_stats (FsDocument         *document,
                       guint               column,
                       FsBoardColumnStats *stats)
{
  g_autoptr(GPtrArray) cards = NULL;

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (column < fs_board_get_n_columns (document));
  g_return_if_fail (stats != NULL);

  cards = fs_board_cards_in (document, column);
  fs_board_stats_of (cards, stats);
}

/* Where in the document's list CARD goes, counted without it, to stand at
 * POSITION among the other cards of COLUMN. A card already there stays where
 * it is, so that a drop in its own place changes nothing. */
static guint
list_index_for (FsDocument *document,
                FsRecord   *card,
                guint       column,
                guint       position)
{
  GListStore *list = card_store (document);
  g_autoptr(GPtrArray) others = fs_board_cards_in (document, column);
  guint from;
  guint at;
  guint index;

  g_list_store_find (list, card, &from);
  if (g_ptr_array_find (others, card, &at))
    {
      if (at == MIN (position, others->len - 1))
        return from;
      g_ptr_array_remove_index (others, at);
    }
  if (others->len == 0)
    return g_list_model_get_n_items (G_LIST_MODEL (list)) - 1;
  if (position < others->len)
    {
      g_list_store_find (list, others->pdata[position], &index);
      return index > from ? index - 1 : index;
    }
  g_list_store_find (list, others->pdata[others->len - 1], &index);
  return index > from ? index : index + 1;
}

void
fs_board_move_card (FsDocument    *document,
                    FsEditHistory *history,
                    FsRecord      *card,
                    guint          column,
                    guint          position)
{
  guint from;
  guint to;

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_card (document, card));
  g_return_if_fail (can_hold_cards (document, column));

  g_list_store_find (card_store (document), card, &from);
  to = list_index_for (document, card, column, position);
  fs_edit_history_begin_group (history);
  /* A card whose cluster is gone stays in the inbox as it is. */
  if (fs_board_column_of (document, card) != column)
    fs_edit_history_set_text (history, card, column_field (document),
                              fs_board_column_id (document, column));
  fs_edit_history_move (history, card_store (document), from, to);
  fs_edit_history_end_group (history);
}

/* The new card is the last of its column and of the document's list, which
 * holds it: the caller gets no reference. */
FsRecord *
fs_board_add_card (FsDocument    *document,
                   FsEditHistory *history,
                   guint          column,
                   const char    *title)
{
  g_autofree char *stripped = NULL;
  g_autoptr(FsRecord) card = NULL;
  GListStore *list;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (history), NULL);
  g_return_val_if_fail (can_hold_cards (document, column), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  stripped = g_strstrip (g_strdup (title));
  if (stripped[0] == '\0')
    return NULL;
  card = fs_document_new_item (document, fs_board_card_list (document));
  fs_record_set_text (card, fs_board_title_field (document), stripped);
  fs_record_set_text (card, column_field (document), fs_board_column_id (document, column));
  list = card_store (document);
  fs_edit_history_insert (history, list, g_list_model_get_n_items (G_LIST_MODEL (list)), card);
  return card;
}

/* Pasted or typed lists: each line that says something becomes a card. */
guint
fs_board_add_lines (FsDocument    *document,
                    FsEditHistory *history,
                    guint          column,
                    const char    *text)
{
  g_auto(GStrv) lines = NULL;
  guint added = 0;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (history), 0);
  g_return_val_if_fail (can_hold_cards (document, column), 0);
  g_return_val_if_fail (text != NULL, 0);

  lines = g_strsplit (text, "\n", -1);
  fs_edit_history_begin_group (history);
  for (guint i = 0; lines[i] != NULL; i++)
    if (fs_board_add_card (document, history, column, lines[i]) != NULL)
      added++;
  fs_edit_history_end_group (history);
  return added;
}

void
fs_board_remove_card (FsDocument    *document,
                      FsEditHistory *history,
                      FsRecord      *card)
{
  guint position;

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_card (document, card));

  g_list_store_find (card_store (document), card, &position);
  fs_edit_history_remove (history, card_store (document), position);
}

void
fs_board_set_rating (FsDocument    *document,
                     FsEditHistory *history,
                     FsRecord      *risk,
                     double         probability,
                     double         impact)
{
  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_premortem (document));
  g_return_if_fail (is_card (document, risk));
  g_return_if_fail (probability >= 0 && probability <= 5);
  g_return_if_fail (impact >= 0 && impact <= 5);

  fs_edit_history_begin_group (history);
  fs_edit_history_set_number (history, risk, FS_RISK_PROBABILITY, probability);
  fs_edit_history_set_number (history, risk, FS_RISK_IMPACT, impact);
  fs_edit_history_end_group (history);
}

/* The "3" shades of the GNOME palette, which read well under dark text. */
static const struct { const char *color; const char *name; } palette_colors[] = {
  { "#3584e4", N_("Blue") }, { "#33d17a", N_("Green") }, { "#f6d32d", N_("Yellow") },
  { "#ff7800", N_("Orange") }, { "#e01b24", N_("Red") }, { "#9141ac", N_("Purple") },
  { "#986a44", N_("Brown") }, { "#77767b", N_("Grey") },
};

/* The GNOME palette's third shades, which clusters take their colours from. */
const char * const *
fs_board_palette (void)
{
  static const char *palette[G_N_ELEMENTS (palette_colors) + 1];

  if (palette[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (palette_colors); i++)
      palette[i] = palette_colors[i].color;
  return palette;
}

/* The word for a colour of the palette, or NULL for another colour. */
const char *
fs_board_palette_name (const char *color)
{
  for (guint i = 0; color != NULL && i < G_N_ELEMENTS (palette_colors); i++)
    if (g_ascii_strcasecmp (palette_colors[i].color, color) == 0)
      return _(palette_colors[i].name);
  return NULL;
}

/* The palette's colour that the fewest clusters have, so that a new one
 * stands apart from the others for as long as the palette lasts. */
static const char *
least_used_color (FsDocument *document)
{
  const char * const *palette = fs_board_palette ();
  GListModel *clusters = G_LIST_MODEL (cluster_store (document));
  const char *best = palette[0];
  guint best_uses = G_MAXUINT;

  for (guint c = 0; palette[c] != NULL; c++)
    {
      guint uses = 0;

      for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
        {
          g_autoptr(FsRecord) cluster = g_list_model_get_item (clusters, i);

          if (g_ascii_strcasecmp (fs_record_get_text (cluster, FS_CLUSTER_COLOR), palette[c]) == 0)
            uses++;
        }
      if (uses < best_uses)
        {
          best = palette[c];
          best_uses = uses;
        }
    }
  return best;
}

/* The new cluster is the last column; the document's list holds it. */
FsRecord *
fs_board_add_cluster (FsDocument    *document,
                      FsEditHistory *history,
                      const char    *name)
{
  g_autofree char *stripped = NULL;
  g_autoptr(FsRecord) cluster = NULL;
  GListStore *list;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (history), NULL);
  g_return_val_if_fail (is_premortem (document), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    return NULL;
  cluster = fs_document_new_item (document, FS_DOCUMENT_CLUSTERS);
  fs_record_set_text (cluster, FS_CLUSTER_NAME, stripped);
  fs_record_set_text (cluster, FS_CLUSTER_COLOR, least_used_color (document));
  list = cluster_store (document);
  fs_edit_history_insert (history, list, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          cluster);
  return cluster;
}

static gboolean
has_cluster_named (FsDocument *document,
                   const char *name)
{
  GListModel *clusters = G_LIST_MODEL (cluster_store (document));
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(FsRecord) cluster = g_list_model_get_item (clusters, i);
      g_autofree char *stripped = g_strstrip (g_strdup (fs_record_get_text (cluster,
                                                                           FS_CLUSTER_NAME)));
      g_autofree char *folded = g_utf8_casefold (stripped, -1);

      if (g_str_equal (folded, wanted))
        return TRUE;
    }
  return FALSE;
}

/* The ways a change most often fails, as the method suggests them. */
void
fs_board_add_suggested_clusters (FsDocument    *document,
                                 FsEditHistory *history)
{
  const char *names[] = {
    _("Performance"), _("Security"), _("Timeline"), _("Feature gap"), _("Non-use"),
  };

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_premortem (document));

  fs_edit_history_begin_group (history);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (!has_cluster_named (document, names[i]))
      fs_board_add_cluster (document, history, names[i]);
  fs_edit_history_end_group (history);
}

void
fs_board_rename_cluster (FsDocument    *document,
                         FsEditHistory *history,
                         guint          column,
                         const char    *name)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_cluster_column (document, column));
  g_return_if_fail (name != NULL);

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    return;
  fs_edit_history_set_text (history, cluster_at (document, column), FS_CLUSTER_NAME, stripped);
}

void
fs_board_recolor_cluster (FsDocument    *document,
                          FsEditHistory *history,
                          guint          column,
                          const char    *color)
{
  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_cluster_column (document, column));
  g_return_if_fail (color != NULL);

  fs_edit_history_set_text (history, cluster_at (document, column), FS_CLUSTER_COLOR, color);
}

/* The cluster's cards go back to the inbox in the same step, so that one
 * undo brings the cluster back with all of them. */
void
fs_board_remove_cluster (FsDocument    *document,
                         FsEditHistory *history,
                         guint          column)
{
  g_autoptr(GPtrArray) cards = NULL;

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_cluster_column (document, column));

  cards = fs_board_cards_in (document, column);
  fs_edit_history_begin_group (history);
  for (guint i = 0; i < cards->len; i++)
    fs_edit_history_set_text (history, cards->pdata[i], FS_RISK_CLUSTER, "");
  fs_edit_history_remove (history, cluster_store (document), column - 1);
  fs_edit_history_end_group (history);
}

void
fs_board_move_cluster (FsDocument    *document,
                       FsEditHistory *history,
                       guint          column,
                       guint          to_column)
{
  guint n_columns;

  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_EDIT_HISTORY (history));
  g_return_if_fail (is_cluster_column (document, column));

  n_columns = fs_board_get_n_columns (document);
  to_column = CLAMP (to_column, 1, n_columns - 1);
  fs_edit_history_move (history, cluster_store (document), column - 1, to_column - 1);
}
