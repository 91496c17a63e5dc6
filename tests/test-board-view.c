/* test-board-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-card.h"
#include "fs-board-column.h"
#include "fs-board-matrix.h"
#include "fs-board-view.h"
#include "fs-guide.h"
#include "fs-risk-rating.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

/* The Board page as a person uses it: cards dropped, moved by keys, typed
 * in, clusters made and removed; each checked in the library file. */

static FsBoardView *
show_board (Fixture *fixture)
{
  FsBoardView *board;

  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  fs_document_view_show_page (fixture->window->document_view, "board");
  board = FS_BOARD_VIEW (fs_ui_test_find (GTK_WIDGET (fixture->window->document_view),
                                          FS_TYPE_BOARD_VIEW));
  g_assert_nonnull (board);
  fs_board_view_sync (board);
  fs_ui_test_settle ();
  return board;
}

static FsDocument *
open_example (Fixture    *fixture,
              const char *kind)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", kind);
  library_rows (fixture);
  return fs_window_get_document (fixture->window);
}

static FsDocument *
new_document (Fixture    *fixture,
              const char *action)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL);
  library_rows (fixture);
  return fs_window_get_document (fixture->window);
}

/* The open document as a second program would read it from the file. */
static FsDocument *
reopen_from_file (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = NULL;
  FsDocument *stored;

  wait_past_autosave (fixture);
  store = fs_store_open (fixture->library, &error);
  g_assert_no_error (error);
  stored = fs_store_load (store, fs_document_get_id (fs_window_get_document (fixture->window)),
                          &error);
  g_assert_no_error (error);
  return stored;
}

/* The titles of a column's cards, as the document orders them, joined by "|". */
static char *
titles_in (FsDocument *document,
           guint       column)
{
  g_autoptr(GPtrArray) cards = fs_board_cards_in (document, column);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "",
                            fs_record_get_text (g_ptr_array_index (cards, i),
                                                fs_board_title_field (document)));
  return g_string_free (titles, FALSE);
}

/* The titles the column shows, top to bottom. */
static char *
shown_in (FsBoardView *board,
          guint        column)
{
  g_autoptr(GPtrArray) cards = fs_board_column_get_cards (FS_BOARD_COLUMN (fs_board_view_get_column (board, column)));
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      FsRecord *record = fs_board_card_get_record (g_ptr_array_index (cards, i));

      g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "",
                              fs_record_get_text (record, FS_IS_RISK (record) ? FS_RISK_TITLE
                                                                              : FS_CAUSE_TEXT));
    }
  return g_string_free (titles, FALSE);
}

static FsRecord *
card_record (FsDocument *document,
             guint       column,
             guint       position)
{
  g_autoptr(GPtrArray) cards = fs_board_cards_in (document, column);

  g_assert_cmpuint (position, <, cards->len);
  return g_ptr_array_index (cards, position);
}

/* A height in COLUMN just below the top of its first card: a drop there
 * lands first in the column. */
static double
top_of_cards (FsBoardView *board,
              guint        column)
{
  GtkWidget *widget = fs_board_view_get_column (board, column);
  g_autoptr(GPtrArray) cards = fs_board_column_get_cards (FS_BOARD_COLUMN (widget));
  graphene_rect_t bounds;

  g_assert_cmpuint (cards->len, >, 0);
  g_assert_true (gtk_widget_compute_bounds (cards->pdata[0], widget, &bounds));
  return bounds.origin.y + 2;
}

static gboolean
drop_value (FsBoardView *board,
            guint        column,
            GType        type,
            gpointer     object,
            const char  *text,
            double       y)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean taken;

  g_value_init (&value, type);
  if (text != NULL)
    g_value_set_string (&value, text);
  else
    g_value_set_object (&value, object);
  taken = fs_board_column_drop (FS_BOARD_COLUMN (fs_board_view_get_column (board, column)),
                                &value, y);
  fs_board_view_sync (board);
  return taken;
}

static void
focus_card (FsBoardView *board,
            FsRecord    *record)
{
  GtkWidget *card = fs_board_view_get_card (board, record);

  g_assert_nonnull (card);
  gtk_widget_grab_focus (card);
  fs_ui_test_settle ();
  g_assert_true (gtk_widget_has_focus (card));
}

static void
body_example_board (Fixture *fixture)
{
  FsDocument *document = open_example (fixture, "premortem");
  FsBoardView *board = show_board (fixture);
  guint n_clusters = g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document,
                                                                                  FS_DOCUMENT_CLUSTERS)));
  guint n_risks = g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document,
                                                                               FS_DOCUMENT_RISKS)));
  guint shown = 0;

  g_assert_cmpuint (n_clusters, >, 0);
  g_assert_cmpuint (fs_board_get_n_columns (document), ==, n_clusters + 1);
  g_assert_nonnull (fs_board_view_get_column (board, n_clusters));
  g_assert_null (fs_board_view_get_column (board, n_clusters + 1));
  for (guint i = 0; i <= n_clusters; i++)
    {
      g_autofree char *want = titles_in (document, i);
      g_autofree char *have = shown_in (board, i);
      g_autoptr(GPtrArray) cards = fs_board_column_get_cards (FS_BOARD_COLUMN (fs_board_view_get_column (board, i)));

      g_assert_cmpstr (have, ==, want);
      shown += cards->len;
    }
  g_assert_cmpuint (shown, ==, n_risks);

  /* The badge says in words what its colour shows. */
  {
    FsRecord *risk = card_record (document, 1, 0);
    GtkWidget *card = fs_board_view_get_card (board, risk);
    GtkWidget *badge = fs_ui_test_find_by_class (card, "score-badge");
    g_autofree char *tip = fs_board_card_query_tooltip (FS_BOARD_CARD (card), badge);
    g_autofree char *want = g_strdup_printf ("%s: probability %g × impact %g",
                                             fs_risk_band_name (fs_risk_band_for_score (fs_risk_get_score (FS_RISK (risk)))),
                                             fs_record_get_number (risk, FS_RISK_PROBABILITY),
                                             fs_record_get_number (risk, FS_RISK_IMPACT));

    g_assert_cmpstr (tip, ==, want);
  }
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 760);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-example");

  /* The sort toggle orders each column by score, highest first. */
  g_object_set (board, "sort-by-score", TRUE, NULL);
  for (guint i = 0; i <= n_clusters; i++)
    {
      g_autoptr(GPtrArray) cards = fs_board_column_get_cards (FS_BOARD_COLUMN (fs_board_view_get_column (board, i)));

      for (guint j = 1; j < cards->len; j++)
        g_assert_cmpfloat (fs_risk_get_score (FS_RISK (fs_board_card_get_record (cards->pdata[j - 1]))),
                           >=,
                           fs_risk_get_score (FS_RISK (fs_board_card_get_record (cards->pdata[j]))));
    }
  g_object_set (board, "sort-by-score", FALSE, NULL);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-example-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-narrow");
}

/* A drop between two cards places the card there; the file says the same. */
static void
body_drop_moves_and_saves (Fixture *fixture)
{
  FsDocument *document = open_example (fixture, "premortem");
  FsBoardView *board = show_board (fixture);
  FsRecord *moved = card_record (document, 1, 0);
  g_autofree char *moved_title = g_strdup (fs_record_get_text (moved, FS_RISK_TITLE));
  g_autofree char *target_id = g_strdup (fs_board_column_id (document, 2));
  g_autoptr(GPtrArray) before = fs_board_cards_in (document, 2);
  g_autoptr(FsDocument) stored = NULL;
  g_autofree char *stored_titles = NULL;
  g_autofree char *want = NULL;

  g_assert_cmpuint (before->len, >, 0);
  /* On the column's header: at its end. */
  g_assert_true (drop_value (board, 2, G_OBJECT_TYPE (moved), moved, NULL, 0));
  g_assert_true (card_record (document, 2, before->len) == moved);
  /* At the very top of the column: before its first card. */
  g_assert_true (drop_value (board, 2, G_OBJECT_TYPE (moved), moved, NULL, top_of_cards (board, 2)));
  g_assert_cmpstr (fs_record_get_text (moved, FS_RISK_CLUSTER), ==, target_id);
  g_assert_true (card_record (document, 2, 0) == moved);
  want = titles_in (document, 2);
  {
    g_autofree char *shown = shown_in (board, 2);

    g_assert_cmpstr (shown, ==, want);
    g_assert_true (g_str_has_prefix (shown, moved_title));
  }

  stored = reopen_from_file (fixture);
  stored_titles = titles_in (stored, 2);
  g_assert_cmpstr (stored_titles, ==, want);

  /* A drop of a card of another document changes nothing. */
  {
    g_autoptr(FsRecord) stranger = g_object_new (FS_TYPE_RISK, NULL);
    g_autofree char *after = NULL;

    fs_record_set_text (stranger, FS_RISK_TITLE, "From elsewhere");
    g_assert_false (drop_value (board, 2, FS_TYPE_RISK, stranger, NULL, 0));
    after = titles_in (document, 2);
    g_assert_cmpstr (after, ==, want);
  }
}

static void
body_keyboard_moves (Fixture *fixture)
{
  FsDocument *document = open_example (fixture, "premortem");
  FsBoardView *board = show_board (fixture);
  FsRecord *record = card_record (document, 1, 0);
  g_autofree char *first_cluster = g_strdup (fs_board_column_id (document, 1));
  g_autofree char *second_cluster = g_strdup (fs_board_column_id (document, 2));
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS));
  guint n_risks = g_list_model_get_n_items (risks);
  g_autoptr(FsDocument) stored = NULL;

  focus_card (board, record);
  fs_ui_test_press_keys ("alt+Right");
  g_assert_cmpstr (fs_record_get_text (record, FS_RISK_CLUSTER), ==, second_cluster);
  g_assert_true (gtk_widget_has_focus (fs_board_view_get_card (board, record)));
  fs_ui_test_press_keys ("alt+Down");
  g_assert_true (card_record (document, 2, 1) == record);
  fs_ui_test_press_keys ("alt+Up");
  g_assert_true (card_record (document, 2, 0) == record);

  stored = reopen_from_file (fixture);
  {
    g_autofree char *stored_titles = titles_in (stored, 2);
    g_autofree char *want = titles_in (document, 2);

    g_assert_cmpstr (stored_titles, ==, want);
  }

  /* Each move undoes on its own, and redoes. */
  fs_ui_test_press_keys ("ctrl+z");
  g_assert_true (card_record (document, 2, 1) == record);
  fs_ui_test_press_keys ("ctrl+z ctrl+z");
  g_assert_cmpstr (fs_record_get_text (record, FS_RISK_CLUSTER), ==, first_cluster);
  fs_ui_test_press_keys ("ctrl+shift+z");
  g_assert_cmpstr (fs_record_get_text (record, FS_RISK_CLUSTER), ==, second_cluster);

  /* The Guide's Undo takes back what the board did: one history. */
  {
    FsGuide *guide = FS_GUIDE (fs_ui_test_find (GTK_WIDGET (fixture->window->document_view),
                                                FS_TYPE_GUIDE));

    fs_document_view_show_page (fixture->window->document_view, "guide");
    gtk_widget_activate_action (GTK_WIDGET (guide), "guide.undo", NULL);
    g_assert_cmpstr (fs_record_get_text (record, FS_RISK_CLUSTER), ==, first_cluster);
    gtk_widget_activate_action (GTK_WIDGET (guide), "guide.redo", NULL);
    g_assert_cmpstr (fs_record_get_text (record, FS_RISK_CLUSTER), ==, second_cluster);
    board = show_board (fixture);
  }

  /* Delete removes the card, and Undo brings it back. */
  focus_card (board, record);
  fs_ui_test_press_keys ("Delete");
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, n_risks - 1);
  g_assert_null (fs_board_view_get_card (board, record));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-removed-toast");
  {
    GtkWidget *undo = gtk_widget_get_ancestor (GTK_WIDGET (fs_ui_test_find_label (GTK_WIDGET (board), "Undo")),
                                               GTK_TYPE_BUTTON);
    FsRecord *other = card_record (document, 1, 0);

    /* Once another edit came, the toast's Undo no longer means the removal. */
    g_assert_nonnull (undo);
    g_assert_true (drop_value (board, 3, FS_TYPE_RISK, other, NULL, top_of_cards (board, 3)));
    gtk_widget_activate (undo);
    g_assert_cmpuint (g_list_model_get_n_items (risks), ==, n_risks - 1);
    g_assert_true (card_record (document, 3, 0) == other);
    gtk_widget_activate_action (GTK_WIDGET (board), "board.undo", NULL);
  }
  gtk_widget_activate_action (GTK_WIDGET (board), "board.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, n_risks);
  g_assert_nonnull (fs_board_view_get_card (board, record));

  /* Move To… lists the other columns; choosing one moves the card there. */
  focus_card (board, record);
  gtk_widget_activate_action (GTK_WIDGET (board), "board.move-to-column", "u", 0);
  g_assert_cmpstr (fs_record_get_text (record, FS_RISK_CLUSTER), ==, "");
  {
    g_autofree char *label = NULL;
    GtkAccessible *card = GTK_ACCESSIBLE (fs_board_view_get_card (board, record));

    label = fs_board_card_describe (FS_BOARD_CARD (card));
    g_assert_true (g_str_has_suffix (label, "in Unsorted"));
  }
}

static void
body_capture_and_clusters (Fixture *fixture)
{
  FsDocument *document = new_document (fixture, "win.new-premortem");
  FsBoardView *board = show_board (fixture);
  GtkStack *stack = GTK_STACK (fs_ui_test_find (GTK_WIDGET (board), GTK_TYPE_STACK));
  GtkWidget *entry;
  GListModel *clusters = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CLUSTERS));
  g_autoptr(FsDocument) stored = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-empty");

  /* Type, Enter, next: each risk lands in Unsorted, the focus stays. */
  entry = fs_ui_test_find (gtk_stack_get_child_by_name (stack, "empty"), GTK_TYPE_ENTRY);
  gtk_widget_grab_focus (entry);
  fs_ui_test_press_keys ("T h e space p o o l space r u n s space o u t Return");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "board");
  fs_ui_test_press_keys ("R e p l i c a space l a g Return");
  {
    g_autofree char *inbox = titles_in (document, 0);

    g_assert_cmpstr (inbox, ==, "The pool runs out|Replica lag");
  }
  g_assert_true (gtk_widget_has_focus (gtk_root_get_focus (GTK_ROOT (fixture->window))));
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (fixture->window))));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-no-clusters");

  /* Pasted lines become cards, one a line. */
  g_assert_true (drop_value (board, 0, G_TYPE_STRING, NULL, "Backups untested\n\n  \r\nNo one on call\r\n", 0));
  {
    g_autofree char *inbox = titles_in (document, 0);

    g_assert_cmpstr (inbox, ==, "The pool runs out|Replica lag|Backups untested|No one on call");
  }


  /* Ctrl+V on a column pastes the clipboard's lines there. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (board)), "Disk fills up\nCertificate expires\n");
  focus_card (board, card_record (document, 0, 0));
  fs_ui_test_press_keys ("ctrl+v");
  {
    g_autofree char *inbox = titles_in (document, 0);

    g_assert_cmpstr (inbox, ==, "The pool runs out|Replica lag|Backups untested|No one on call|"
                                "Disk fills up|Certificate expires");
  }
  /* The arrow keys move the focus from card to card. */
  focus_card (board, card_record (document, 0, 0));
  fs_ui_test_press_keys ("Down");
  g_assert_true (gtk_widget_has_focus (fs_board_view_get_card (board, card_record (document, 0, 1))));

  /* The method's clusters in one click; then one removed, with Undo. */
  gtk_widget_activate_action (GTK_WIDGET (board), "board.suggest-clusters", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 5);
  g_assert_nonnull (fs_board_view_get_column (board, 5));
  g_assert_true (drop_value (board, 1, FS_TYPE_RISK, card_record (document, 0, 0), NULL, 0));
  {
    g_autofree char *performance = titles_in (document, 1);

    g_assert_cmpstr (performance, ==, "The pool runs out");
  }
  gtk_widget_activate_action (fs_board_view_get_column (board, 1), "column.remove", NULL);
  fs_board_view_sync (board);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 4);
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (board), "“Performance” removed"));
  {
    g_autofree char *inbox = titles_in (document, 0);

    g_assert_true (strstr (inbox, "The pool runs out") != NULL);
  }
  gtk_widget_activate_action (GTK_WIDGET (board), "board.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 5);
  {
    g_autofree char *performance = titles_in (document, 1);

    g_assert_cmpstr (performance, ==, "The pool runs out");
  }

  /* A cluster of one's own, renamed in place. */
  gtk_widget_activate_action (GTK_WIDGET (board), "board.add-cluster", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 6);
  fs_ui_test_press_keys ("ctrl+a D a t a b a s e Return");
  {
    g_autofree char *name = fs_board_column_name (document, 6);

    g_assert_cmpstr (name, ==, "Database");
  }
  gtk_widget_activate_action (fs_board_view_get_column (board, 6), "column.recolor", "s", "#e01b24");
  g_assert_cmpstr (fs_board_column_color (document, 6), ==, "#e01b24");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-clusters");

  stored = reopen_from_file (fixture);
  g_assert_cmpuint (fs_board_get_n_columns (stored), ==, 7);
  {
    g_autofree char *name = fs_board_column_name (stored, 6);
    g_autofree char *performance = titles_in (stored, 1);

    g_assert_cmpstr (name, ==, "Database");
    g_assert_cmpstr (fs_board_column_color (stored, 6), ==, "#e01b24");
    g_assert_cmpstr (performance, ==, "The pool runs out");
  }
}

/* A post-mortem's causes go to the layer that failed. */
static void
body_causes_board (Fixture *fixture)
{
  FsDocument *document = open_example (fixture, "postmortem");
  FsBoardView *board = show_board (fixture);
  GListModel *causes = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CAUSES));
  g_autoptr(FsRecord) cause = g_list_model_get_item (causes, 0);
  g_autoptr(FsDocument) stored = NULL;
  g_autoptr(FsRecord) stored_cause = NULL;

  g_assert_cmpuint (fs_board_get_n_columns (document), ==, 4);
  g_assert_false (fs_board_has_clusters (document));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-causes");
  g_assert_true (drop_value (board, 2, FS_TYPE_CAUSE, cause, NULL, 0));
  g_assert_cmpstr (fs_record_get_text (cause, FS_CAUSE_AREA), ==, "detect");
  focus_card (board, cause);
  fs_ui_test_press_keys ("alt+Right");
  g_assert_cmpstr (fs_record_get_text (cause, FS_CAUSE_AREA), ==, "fix");

  stored = reopen_from_file (fixture);
  stored_cause = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (stored, FS_DOCUMENT_CAUSES)),
                                        g_list_model_get_n_items (causes) - 1);
  {
    g_autofree char *fix = titles_in (stored, 3);

    g_assert_true (strstr (fix, fs_record_get_text (cause, FS_CAUSE_TEXT)) != NULL);
  }
}

/* The matrix puts each risk in the cell the PDF puts it in; a drop on a
 * cell rates the risk; keys move it by a cell. */
static void
body_matrix (Fixture *fixture)
{
  FsDocument *document = open_example (fixture, "premortem");
  FsBoardView *board = show_board (fixture);
  FsBoardMatrix *matrix = FS_BOARD_MATRIX (fs_board_view_get_matrix (board));
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS));
  g_autoptr(FsRecord) risk = g_list_model_get_item (risks, 0);
  g_autoptr(FsDocument) stored = NULL;
  gboolean fractional = FALSE;
  FsRecord *unrated;

  g_object_set (board, "show-matrix", TRUE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  fs_ui_test_settle ();
  for (guint n = 0; n < g_list_model_get_n_items (risks); n++)
    {
      g_autoptr(FsRecord) each = g_list_model_get_item (risks, n);
      GtkWidget *card = fs_board_matrix_get_card (matrix, each);
      guint p, i;

      g_assert_nonnull (card);
      g_assert_true (fs_risk_matrix_cell (FS_RISK (each), &p, &i));
      g_assert_true (gtk_widget_is_ancestor (card, fs_board_matrix_get_cell (matrix, p, i)));
      fractional |= fs_record_get_number (each, FS_RISK_PROBABILITY) != (guint) fs_record_get_number (each, FS_RISK_PROBABILITY);
    }
  g_assert_true (fractional);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-matrix");

  /* Dropped on probability 5, impact 4. */
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, FS_TYPE_RISK);
    g_value_set_object (&value, risk);
    g_assert_true (fs_board_matrix_drop (matrix, 4, 3, &value));
  }
  fs_board_view_sync (board);
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_PROBABILITY), ==, 5);
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 4);
  g_assert_true (gtk_widget_is_ancestor (fs_board_matrix_get_card (matrix, risk),
                                         fs_board_matrix_get_cell (matrix, 4, 3)));

  /* Alt+Left lowers the impact by one, Alt+Down the probability. */
  {
    GtkWidget *card = fs_board_matrix_get_card (matrix, risk);

    gtk_widget_grab_focus (card);
    fs_ui_test_settle ();
    fs_ui_test_press_keys ("alt+Left alt+Down");
    g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 3);
    g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_PROBABILITY), ==, 4);
    g_assert_true (gtk_widget_has_focus (fs_board_matrix_get_card (matrix, risk)));
  }

  /* Set Probability and Impact… takes numbers between the cells, too. */
  {
    GtkWidget *card = fs_board_matrix_get_card (matrix, risk);

    gtk_widget_grab_focus (card);
    fs_ui_test_settle ();
    gtk_widget_activate_action (GTK_WIDGET (board), "board.set-rating", "(dd)", 2.5, 1.5);
    g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_PROBABILITY), ==, 2.5);
    g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 1.5);
    g_assert_true (gtk_widget_is_ancestor (fs_board_matrix_get_card (matrix, risk),
                                           fs_board_matrix_get_cell (matrix, 2, 1)));
  }

  /* A crowded cell shows what fits and a "+N" button for the rest. */
  for (guint n = 0; n < 4; n++)
    {
      g_autoptr(FsRecord) crowd = g_list_model_get_item (risks, n + 1);

      fs_record_set_number (crowd, FS_RISK_PROBABILITY, 1);
      fs_record_set_number (crowd, FS_RISK_IMPACT, 1);
    }
  fs_board_view_sync (board);
  {
    GtkWidget *cell = fs_board_matrix_get_cell (matrix, 0, 0);
    guint shown = 0;
    GtkWidget *more = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (FS_IS_BOARD_CARD (child))
        shown++;
      else if (GTK_IS_MENU_BUTTON (child))
        more = child;
    g_assert_cmpuint (shown, ==, 2);
    g_assert_nonnull (more);
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (more)), ==, "+2");
  }

  /* A new risk is not rated: it waits in the tray. */
  unrated = fs_document_new_item (document, FS_DOCUMENT_RISKS);
  fs_record_set_text (unrated, FS_RISK_TITLE, "Nobody rated this one");
  g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_RISKS), unrated);
  g_object_unref (unrated);
  fs_board_view_sync (board);
  {
    GtkWidget *card = fs_board_matrix_get_card (matrix, unrated);

    g_assert_nonnull (card);
    for (guint p = 0; p < 5; p++)
      for (guint i = 0; i < 5; i++)
        g_assert_false (gtk_widget_is_ancestor (card, fs_board_matrix_get_cell (matrix, p, i)));
  }
  stored = reopen_from_file (fixture);
  {
    g_autoptr(FsRecord) first = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (stored, FS_DOCUMENT_RISKS)), 0);

    g_assert_cmpfloat (fs_record_get_number (first, FS_RISK_PROBABILITY), ==, 2.5);
    g_assert_cmpfloat (fs_record_get_number (first, FS_RISK_IMPACT), ==, 1.5);
  }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-matrix-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
text_is_whole (GtkWidget  *root,
               const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_EDITABLE (child) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (child)), text) == 0) ||
        text_is_whole (child, text))
      return TRUE;
  return FALSE;
}

/* A title of 10,000 characters stays three lines on its card and whole in
 * its editor; the card's menu opens from the keyboard; deleting the
 * document under an open editor closes the board with it. */
static void
body_limits (Fixture *fixture)
{
  FsDocument *document = new_document (fixture, "win.new-premortem");
  FsBoardView *board = show_board (fixture);
  GtkStack *stack = GTK_STACK (fs_ui_test_find (GTK_WIDGET (board), GTK_TYPE_STACK));
  GtkWidget *entry = fs_ui_test_find (gtk_stack_get_child_by_name (stack, "empty"), GTK_TYPE_ENTRY);
  GString *long_title = g_string_new (NULL);
  g_autofree char *title = NULL;
  FsRecord *risk;
  GtkWidget *card;
  GtkWidget *editor;

  while (long_title->len < 10000)
    g_string_append (long_title, "The replica falls behind and nobody notices ");
  g_string_truncate (long_title, 10000);
  title = g_strstrip (g_string_free (long_title, FALSE));
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  g_signal_emit_by_name (entry, "activate");
  fs_board_view_sync (board);
  fs_ui_test_settle ();
  risk = card_record (document, 0, 0);
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_TITLE), ==, title);
  card = fs_board_view_get_card (board, risk);
  g_assert_cmpint (gtk_widget_get_height (card), <, 150);
  g_assert_cmpint (gtk_widget_get_height (card), >, 0);

  focus_card (board, risk);
  fs_ui_test_press_keys ("Menu");
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (board), "Move To…"));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-card-menu");
  /* An item of the menu that opens a popover of its own: the menu closes
   * first, and what the item opened stays. */
  {
    GtkWidget *menu = fs_ui_test_find (GTK_WIDGET (board), GTK_TYPE_POPOVER_MENU);
    GtkWidget *moves;

    g_assert_nonnull (menu);
    gtk_popover_popdown (GTK_POPOVER (menu));
    gtk_widget_activate_action (GTK_WIDGET (board), "board.move-to", NULL);
    fs_ui_test_settle ();
    moves = fs_ui_test_find (GTK_WIDGET (board), GTK_TYPE_POPOVER_MENU);
    g_assert_nonnull (moves);
    g_assert_true (gtk_widget_get_visible (moves));
  }
  fs_ui_test_press_keys ("Escape");

  focus_card (board, risk);
  fs_ui_test_press_keys ("Return");
  editor = fs_ui_test_find_by_class (GTK_WIDGET (board), "card-editor");
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_true (text_is_whole (editor, title));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-card-editor");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL);
  fs_ui_test_settle ();
  g_assert_null (fs_window_get_document (fixture->window));
  g_assert_null (fs_board_view_get_column (board, 0));
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

#define ADD(path, body) g_test_add (path, Fixture, body, setup, test_in_app, teardown)
  ADD ("/board/example", body_example_board);
  ADD ("/board/drop-moves-and-saves", body_drop_moves_and_saves);
  ADD ("/board/keyboard-moves", body_keyboard_moves);
  ADD ("/board/capture-and-clusters", body_capture_and_clusters);
  ADD ("/board/causes", body_causes_board);
  ADD ("/board/matrix", body_matrix);
  ADD ("/board/limits", body_limits);
#undef ADD

  return g_test_run ();
}
