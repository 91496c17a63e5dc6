/* test-board.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-board.h"
#include "fs-test-util.h"

/* Two clusters and six risks, a to f, in the inbox and both clusters:
 *   Unsorted: b f   Performance: a c e   Security: d */
static FsDocument *
premortem_board (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  static const char * const risks[][3] = {
    { "r1", "a", "c1" }, { "r2", "b", "" }, { "r3", "c", "c1" },
    { "r4", "d", "c2" }, { "r5", "e", "c1" }, { "r6", "f", "" },
  };

  fs_test_add_item (document, FS_DOCUMENT_CLUSTERS, "id", "c1", "name", "Performance",
                    "color", "#3584e4", NULL);
  fs_test_add_item (document, FS_DOCUMENT_CLUSTERS, "id", "c2", "name", "Security",
                    "color", "#33d17a", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (risks); i++)
    fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", risks[i][0], "title", risks[i][1],
                      "cluster", risks[i][2], NULL);
  return document;
}

static FsRecord *
card_titled (FsDocument *document,
             const char *title)
{
  GListModel *cards = G_LIST_MODEL (fs_document_get_list (document,
                                                          fs_board_card_list (document)));

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(FsRecord) card = g_list_model_get_item (cards, i);

      if (g_str_equal (fs_record_get_text (card, fs_board_title_field (document)), title))
        return card;
    }
  g_assert_not_reached ();
}

/* The titles of the cards in the document's list, in its order. */
static char *
list_titles (FsDocument *document)
{
  GListModel *cards = G_LIST_MODEL (fs_document_get_list (document,
                                                          fs_board_card_list (document)));
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(FsRecord) card = g_list_model_get_item (cards, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? " " : "",
                              fs_record_get_text (card, fs_board_title_field (document)));
    }
  return g_string_free (titles, FALSE);
}

/* The whole board as one line: each column's name, colour and cards, with
 * the ratings of the rated ones. Every column's cards read alone and all
 * columns' cards read at once agree. */
static char *
board_state (FsDocument *document)
{
  GString *state = g_string_new (NULL);
  g_autoptr(GPtrArray) by_column = fs_board_cards_by_column (document);

  g_assert_cmpuint (by_column->len, ==, fs_board_get_n_columns (document));

  for (guint column = 0; column < fs_board_get_n_columns (document); column++)
    {
      g_autofree char *name = fs_board_column_name (document, column);
      const char *color = fs_board_column_color (document, column);
      g_autoptr(GPtrArray) cards = fs_board_cards_in (document, column);
      GPtrArray *at_once = g_ptr_array_index (by_column, column);

      g_assert_cmpuint (at_once->len, ==, cards->len);
      for (guint i = 0; i < cards->len; i++)
        g_assert_true (at_once->pdata[i] == cards->pdata[i]);
      g_string_append_printf (state, "%s%s", column > 0 ? " | " : "", name);
      if (color != NULL)
        g_string_append_printf (state, " %s", color);
      g_string_append_c (state, ':');
      for (guint i = 0; i < cards->len; i++)
        {
          FsRecord *card = cards->pdata[i];

          g_string_append_printf (state, " %s",
                                  fs_record_get_text (card, fs_board_title_field (document)));
          if (FS_IS_RISK (card) && fs_risk_get_score (FS_RISK (card)) > 0)
            g_string_append_printf (state, "(%gx%g)",
                                    fs_record_get_number (card, FS_RISK_PROBABILITY),
                                    fs_record_get_number (card, FS_RISK_IMPACT));
        }
    }
  return g_string_free (state, FALSE);
}

#define assert_board(document, expected)             \
  G_STMT_START {                                     \
    g_autofree char *state_ = board_state (document); \
    g_assert_cmpstr (state_, ==, expected);          \
  } G_STMT_END

#define assert_list(document, expected)              \
  G_STMT_START {                                     \
    g_autofree char *titles_ = list_titles (document); \
    g_assert_cmpstr (titles_, ==, expected);         \
  } G_STMT_END

#define START "Unsorted: b f | Performance #3584e4: a c e | Security #33d17a: d"

static void
test_columns (void)
{
  g_autoptr(FsDocument) document = premortem_board ();

  g_assert_true (fs_board_has_clusters (document));
  g_assert_cmpint (fs_board_card_list (document), ==, FS_DOCUMENT_RISKS);
  g_assert_cmpuint (fs_board_title_field (document), ==, FS_RISK_TITLE);
  g_assert_cmpuint (fs_board_get_n_columns (document), ==, 3);
  g_assert_cmpstr (fs_board_column_id (document, 0), ==, "");
  g_assert_cmpstr (fs_board_column_id (document, 2), ==, "c2");
  g_assert_null (fs_board_column_color (document, 0));
  g_assert_cmpuint (fs_board_column_of (document, card_titled (document, "d")), ==, 2);
  g_assert_cmpuint (fs_board_column_of (document, card_titled (document, "f")), ==, 0);
  assert_board (document, START);
}

static void
test_move_within_column (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();

  fs_board_move_card (document, history, card_titled (document, "e"), 1, 0);
  assert_board (document, "Unsorted: b f | Performance #3584e4: e a c | Security #33d17a: d");
  assert_list (document, "e a b c d f");
  fs_board_move_card (document, history, card_titled (document, "e"), 1, 1);
  assert_board (document, "Unsorted: b f | Performance #3584e4: a e c | Security #33d17a: d");
  assert_list (document, "a b e c d f");
  fs_board_move_card (document, history, card_titled (document, "a"), 1, 2);
  assert_board (document, "Unsorted: b f | Performance #3584e4: e c a | Security #33d17a: d");
  assert_list (document, "b e c a d f");

  g_assert_true (fs_edit_history_undo (history));
  g_assert_true (fs_edit_history_undo (history));
  g_assert_true (fs_edit_history_undo (history));
  assert_list (document, "a b c d e f");
  g_assert_false (fs_edit_history_can_undo (history));
}

static void
test_move_to_other_column (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();

  /* Before the first, between two, after the last, and past the end. */
  fs_board_move_card (document, history, card_titled (document, "a"), 2, 0);
  assert_board (document, "Unsorted: b f | Performance #3584e4: c e | Security #33d17a: a d");
  assert_list (document, "b c a d e f");
  fs_board_move_card (document, history, card_titled (document, "e"), 2, 1);
  assert_board (document, "Unsorted: b f | Performance #3584e4: c | Security #33d17a: a e d");
  assert_list (document, "b c a e d f");
  fs_board_move_card (document, history, card_titled (document, "c"), 2, 3);
  assert_board (document, "Unsorted: b f | Performance #3584e4: | Security #33d17a: a e d c");
  assert_list (document, "b a e d c f");
  fs_board_move_card (document, history, card_titled (document, "a"), 1, 99);
  assert_board (document, "Unsorted: b f | Performance #3584e4: a | Security #33d17a: e d c");
  assert_list (document, "b e d c f a");
  g_assert_cmpstr (fs_record_get_text (card_titled (document, "a"), FS_RISK_CLUSTER), ==, "c1");

  /* One undo a move, field and place together. */
  g_assert_true (fs_edit_history_undo (history));
  assert_board (document, "Unsorted: b f | Performance #3584e4: | Security #33d17a: a e d c");
  assert_list (document, "b a e d c f");
  g_assert_true (fs_edit_history_undo (history));
  g_assert_true (fs_edit_history_undo (history));
  g_assert_true (fs_edit_history_undo (history));
  assert_board (document, START);
  assert_list (document, "a b c d e f");
  g_assert_false (fs_edit_history_can_undo (history));
}

static void
test_move_into_and_out_of_inbox (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();

  fs_board_move_card (document, history, card_titled (document, "c"), 0, 1);
  assert_board (document, "Unsorted: b c f | Performance #3584e4: a e | Security #33d17a: d");
  g_assert_cmpstr (fs_record_get_text (card_titled (document, "c"), FS_RISK_CLUSTER), ==, "");
  fs_board_move_card (document, history, card_titled (document, "f"), 1, 0);
  assert_board (document, "Unsorted: b c | Performance #3584e4: f a e | Security #33d17a: d");
  assert_list (document, "f a b d e c");
  g_assert_cmpstr (fs_record_get_text (card_titled (document, "f"), FS_RISK_CLUSTER), ==, "c1");

  fs_edit_history_undo (history);
  fs_edit_history_undo (history);
  assert_board (document, START);
  assert_list (document, "a b c d e f");
}

static void
test_move_that_changes_nothing (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();

  fs_board_move_card (document, history, card_titled (document, "a"), 1, 0);
  fs_board_move_card (document, history, card_titled (document, "e"), 1, 2);
  fs_board_move_card (document, history, card_titled (document, "f"), 0, 5);
  assert_list (document, "a b c d e f");
  g_assert_false (fs_edit_history_can_undo (history));
}

/* A card into a column that has no card goes to the end of the list. */
static void
test_move_into_empty_column (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  FsRecord *cluster = fs_board_add_cluster (document, history, "Timeline");

  fs_board_move_card (document, history, card_titled (document, "b"), 3, 0);
  assert_list (document, "a c d e f b");
  g_assert_cmpstr (fs_record_get_text (card_titled (document, "b"), FS_RISK_CLUSTER), ==,
                   fs_record_get_text (cluster, FS_CLUSTER_ID));
  g_assert_cmpuint (fs_board_column_of (document, card_titled (document, "b")), ==, 3);
}

/* A card whose cluster was deleted outside the board sits in the inbox, in
 * list order, and moving it about the inbox leaves its field alone. */
static void
test_card_of_deleted_cluster (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  FsRecord *d = card_titled (document, "d");

  g_list_store_remove (fs_document_get_list (document, FS_DOCUMENT_CLUSTERS), 1);
  g_assert_cmpuint (fs_board_column_of (document, d), ==, 0);
  assert_board (document, "Unsorted: b d f | Performance #3584e4: a c e");

  fs_board_move_card (document, history, d, 0, 0);
  assert_board (document, "Unsorted: d b f | Performance #3584e4: a c e");
  g_assert_cmpstr (fs_record_get_text (d, FS_RISK_CLUSTER), ==, "c2");
  fs_board_move_card (document, history, d, 1, 3);
  assert_board (document, "Unsorted: b f | Performance #3584e4: a c e d");
  g_assert_cmpstr (fs_record_get_text (d, FS_RISK_CLUSTER), ==, "c1");
}

static void
test_remove_cluster_and_undo (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  GListModel *clusters = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CLUSTERS));
  g_autoptr(FsRecord) performance = g_list_model_get_item (clusters, 0);
  g_autoptr(FsRecord) back = NULL;

  fs_board_remove_cluster (document, history, 1);
  assert_board (document, "Unsorted: a b c e f | Security #33d17a: d");
  assert_list (document, "a b c d e f");
  g_assert_cmpstr (fs_record_get_text (card_titled (document, "a"), FS_RISK_CLUSTER), ==, "");

  g_assert_true (fs_edit_history_undo (history));
  assert_board (document, START);
  back = g_list_model_get_item (clusters, 0);
  g_assert_true (back == performance);
  g_assert_false (fs_edit_history_can_undo (history));
  g_assert_true (fs_edit_history_redo (history));
  assert_board (document, "Unsorted: a b c e f | Security #33d17a: d");
}

typedef void (*BoardEdit) (FsDocument    *document,
                           FsEditHistory *history);

typedef struct
{
  const char *path;
  BoardEdit   edit;
  const char *after;
} EditCase;

static void
edit_move (FsDocument    *document,
           FsEditHistory *history)
{
  fs_board_move_card (document, history, card_titled (document, "d"), 0, 1);
}

static void
edit_add_card (FsDocument    *document,
               FsEditHistory *history)
{
  FsRecord *card = fs_board_add_card (document, history, 2, "  Session tokens leak  ");

  g_assert_cmpstr (fs_record_get_text (card, FS_RISK_ID), ==, "r7");
  g_assert_null (fs_board_add_card (document, history, 2, " \t "));
}

static void
edit_add_lines (FsDocument    *document,
                FsEditHistory *history)
{
  g_assert_cmpuint (fs_board_add_lines (document, history, 0, "g\r\n\n  h  \r\n\r\ni\n"), ==, 3);
}

static void
edit_remove_card (FsDocument    *document,
                  FsEditHistory *history)
{
  fs_board_remove_card (document, history, card_titled (document, "c"));
}

static void
edit_add_cluster (FsDocument    *document,
                  FsEditHistory *history)
{
  FsRecord *cluster = fs_board_add_cluster (document, history, " Timeline ");

  g_assert_cmpstr (fs_record_get_text (cluster, FS_CLUSTER_ID), ==, "c3");
  g_assert_null (fs_board_add_cluster (document, history, "  "));
}

static void
edit_suggested_clusters (FsDocument    *document,
                         FsEditHistory *history)
{
  fs_board_add_suggested_clusters (document, history);
}

static void
edit_rename (FsDocument    *document,
             FsEditHistory *history)
{
  fs_board_rename_cluster (document, history, 1, "  ");
  fs_board_rename_cluster (document, history, 1, " Load ");
}

static void
edit_recolor (FsDocument    *document,
              FsEditHistory *history)
{
  fs_board_recolor_cluster (document, history, 2, "#33d17a");
  fs_board_recolor_cluster (document, history, 2, "#9141ac");
}

static void
edit_remove_cluster (FsDocument    *document,
                     FsEditHistory *history)
{
  fs_board_remove_cluster (document, history, 2);
}

static void
edit_move_cluster (FsDocument    *document,
                   FsEditHistory *history)
{
  fs_board_move_cluster (document, history, 1, 7);
}

static void
edit_set_rating (FsDocument    *document,
                 FsEditHistory *history)
{
  fs_board_set_rating (document, history, card_titled (document, "a"), 2.5, 4);
}

static const EditCase edit_cases[] = {
  { "/board/undo-redo/move", edit_move,
    "Unsorted: b d f | Performance #3584e4: a c e | Security #33d17a:" },
  { "/board/undo-redo/add-card", edit_add_card,
    "Unsorted: b f | Performance #3584e4: a c e | Security #33d17a: d Session tokens leak" },
  { "/board/undo-redo/add-lines", edit_add_lines,
    "Unsorted: b f g h i | Performance #3584e4: a c e | Security #33d17a: d" },
  { "/board/undo-redo/remove-card", edit_remove_card,
    "Unsorted: b f | Performance #3584e4: a e | Security #33d17a: d" },
  { "/board/undo-redo/add-cluster", edit_add_cluster, START " | Timeline #f6d32d:" },
  { "/board/undo-redo/suggested-clusters", edit_suggested_clusters,
    START " | Timeline #f6d32d: | Feature gap #ff7800: | Non-use #e01b24:" },
  { "/board/undo-redo/rename", edit_rename,
    "Unsorted: b f | Load #3584e4: a c e | Security #33d17a: d" },
  { "/board/undo-redo/recolor", edit_recolor,
    "Unsorted: b f | Performance #3584e4: a c e | Security #9141ac: d" },
  { "/board/undo-redo/remove-cluster", edit_remove_cluster,
    "Unsorted: b d f | Performance #3584e4: a c e" },
  { "/board/undo-redo/move-cluster", edit_move_cluster,
    "Unsorted: b f | Security #33d17a: d | Performance #3584e4: a c e" },
  { "/board/undo-redo/set-rating", edit_set_rating,
    "Unsorted: b f | Performance #3584e4: a(2.5x4) c e | Security #33d17a: d" },
};

/* Each edit is one step: one undo gives back the board before it, one redo
 * the board after it. */
static void
test_undo_redo (gconstpointer data)
{
  const EditCase *edit_case = data;
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autofree char *list_after = NULL;

  edit_case->edit (document, history);
  assert_board (document, edit_case->after);
  list_after = list_titles (document);

  g_assert_true (fs_edit_history_undo (history));
  assert_board (document, START);
  assert_list (document, "a b c d e f");
  g_assert_false (fs_edit_history_can_undo (history));

  g_assert_true (fs_edit_history_redo (history));
  assert_board (document, edit_case->after);
  assert_list (document, list_after);
  g_assert_false (fs_edit_history_can_redo (history));
}

/* A new cluster takes the colour that the fewest have, the first on ties. */
static void
test_cluster_colors (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  const char * const *palette = fs_board_palette ();
  FsRecord *cluster;

  g_assert_cmpuint (g_strv_length ((char **) palette), ==, 8);
  g_assert_cmpstr (palette[0], ==, "#3584e4");
  g_assert_cmpstr (palette[7], ==, "#77767b");
  for (guint i = 0; palette[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("Cluster %u", i);

      cluster = fs_board_add_cluster (document, history, name);
      g_assert_cmpstr (fs_record_get_text (cluster, FS_CLUSTER_COLOR), ==, palette[i]);
    }
  cluster = fs_board_add_cluster (document, history, "Ninth");
  g_assert_cmpstr (fs_record_get_text (cluster, FS_CLUSTER_COLOR), ==, "#3584e4");
  fs_board_recolor_cluster (document, history, 2, "#3584e4");
  cluster = fs_board_add_cluster (document, history, "Tenth");
  g_assert_cmpstr (fs_record_get_text (cluster, FS_CLUSTER_COLOR), ==, "#33d17a");
  /* All but blue are used once now: the first of them wins. */
  cluster = fs_board_add_cluster (document, history, "Eleventh");
  g_assert_cmpstr (fs_record_get_text (cluster, FS_CLUSTER_COLOR), ==, "#33d17a");
}

static void
test_suggested_clusters_skip_present (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();

  fs_board_rename_cluster (document, history, 1, "non-USE");
  fs_board_add_suggested_clusters (document, history);
  assert_board (document, "Unsorted: b f | non-USE #3584e4: a c e | Security #33d17a: d | "
                          "Performance #f6d32d: | Timeline #ff7800: | Feature gap #e01b24:");
  fs_board_add_suggested_clusters (document, history);
  fs_edit_history_undo (history);
  assert_board (document, "Unsorted: b f | non-USE #3584e4: a c e | Security #33d17a: d");
}

static void
test_column_stats (void)
{
  g_autoptr(FsDocument) document = premortem_board ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  FsBoardColumnStats stats;

  fs_board_set_rating (document, history, card_titled (document, "a"), 2, 3);
  fs_board_set_rating (document, history, card_titled (document, "c"), 2.5, 4);
  fs_board_column_stats (document, 1, &stats);
  g_assert_cmpuint (stats.count, ==, 3);
  g_assert_cmpfloat (stats.sum, ==, 16);
  g_assert_cmpfloat (stats.max, ==, 10);
  fs_board_column_stats (document, 0, &stats);
  g_assert_cmpuint (stats.count, ==, 2);
  g_assert_cmpfloat (stats.sum, ==, 0);
  g_assert_cmpfloat (stats.max, ==, 0);
}

static void
test_postmortem_causes (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  FsBoardColumnStats stats;
  FsRecord *card;

  fs_test_add_item (document, FS_DOCUMENT_CAUSES, "id", "k1", "text", "No canary",
                    "area", "avoid", NULL);
  fs_test_add_item (document, FS_DOCUMENT_CAUSES, "id", "k2", "text", "Alert too late",
                    "area", "detect", NULL);
  g_assert_false (fs_board_has_clusters (document));
  g_assert_cmpint (fs_board_card_list (document), ==, FS_DOCUMENT_CAUSES);
  g_assert_cmpuint (fs_board_title_field (document), ==, FS_CAUSE_TEXT);
  g_assert_cmpstr (fs_board_column_id (document, 3), ==, "fix");
  for (guint column = 0; column < 4; column++)
    g_assert_null (fs_board_column_color (document, column));
  assert_board (document, "Unsorted: | Avoid: No canary | Detect: Alert too late | Fix:");

  card = fs_board_add_card (document, history, 3, "Rollback took an hour");
  g_assert_cmpstr (fs_record_get_text (card, FS_CAUSE_ID), ==, "k3");
  g_assert_cmpstr (fs_record_get_text (card, FS_CAUSE_AREA), ==, "fix");
  fs_board_move_card (document, history, card_titled (document, "No canary"), 2, 0);
  g_assert_cmpstr (fs_record_get_text (card_titled (document, "No canary"), FS_CAUSE_AREA), ==,
                   "detect");
  assert_board (document,
                "Unsorted: | Avoid: | Detect: No canary Alert too late | "
                "Fix: Rollback took an hour");
  fs_board_column_stats (document, 2, &stats);
  g_assert_cmpuint (stats.count, ==, 2);
  g_assert_cmpfloat (stats.sum, ==, 0);

  fs_edit_history_undo (history);
  assert_board (document,
                "Unsorted: | Avoid: No canary | Detect: Alert too late | "
                "Fix: Rollback took an hour");
  fs_edit_history_undo (history);
  assert_board (document, "Unsorted: | Avoid: No canary | Detect: Alert too late | Fix:");
}

/* Asking for what a board does not have is the caller's mistake, and
 * changes nothing. */
static void
test_bad_arguments (gconstpointer data)
{
  g_autoptr(FsDocument) premortem = premortem_board ();
  g_autoptr(FsDocument) postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_failed ();
      g_test_trap_assert_stderr ("*CRITICAL*fs_board_*");
      return;
    }
  switch (GPOINTER_TO_UINT (data))
    {
    case 0:
      fs_board_move_card (premortem, history, card_titled (premortem, "a"), 3, 0);
      break;
    case 1:
      fs_board_remove_cluster (premortem, history, 0);
      break;
    case 2:
      fs_board_add_cluster (postmortem, history, "Performance");
      break;
    case 3:
      fs_board_add_card (postmortem, history, 0, "Unsorted cause");
      break;
    default:
      fs_board_move_cluster (premortem, history, 3, 1);
      break;
    }
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/board/columns", test_columns);
  g_test_add_func ("/board/move/within-column", test_move_within_column);
  g_test_add_func ("/board/move/to-other-column", test_move_to_other_column);
  g_test_add_func ("/board/move/into-and-out-of-inbox", test_move_into_and_out_of_inbox);
  g_test_add_func ("/board/move/changes-nothing", test_move_that_changes_nothing);
  g_test_add_func ("/board/move/into-empty-column", test_move_into_empty_column);
  g_test_add_func ("/board/move/card-of-deleted-cluster", test_card_of_deleted_cluster);
  g_test_add_func ("/board/remove-cluster-and-undo", test_remove_cluster_and_undo);
  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    g_test_add_data_func (edit_cases[i].path, &edit_cases[i], test_undo_redo);
  g_test_add_func ("/board/cluster-colors", test_cluster_colors);
  g_test_add_func ("/board/suggested-clusters-skip-present", test_suggested_clusters_skip_present);
  g_test_add_func ("/board/column-stats", test_column_stats);
  g_test_add_func ("/board/postmortem-causes", test_postmortem_causes);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *path = g_strdup_printf ("/board/bad-arguments/%u", i);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_bad_arguments);
    }

  return g_test_run ();
}
