/* test-board-drag.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-card.h"
#include "fs-board-column.h"
#include "fs-board-view.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

/* The Board page dragged with the mouse, as a person does it: the X
 * pointer pressed on a card or a column's header, moved across the window
 * and released; then the board, its columns and the library file are
 * checked. */

static FsBoardView *
show_example_board (Fixture *fixture)
{
  FsBoardView *board;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 760);
  fs_document_view_show_page (fixture->window->document_view, "board");
  board = FS_BOARD_VIEW (fs_ui_test_find (GTK_WIDGET (fixture->window->document_view),
                                          FS_TYPE_BOARD_VIEW));
  g_assert_nonnull (board);
  fs_board_view_sync (board);
  fs_ui_test_settle ();
  return board;
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

/* The ids of a column's cards, as the document orders them, joined by "|". */
static char *
ids_in (FsDocument *document,
        guint       column)
{
  g_autoptr(GPtrArray) cards = fs_board_cards_in (document, column);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "|" : "",
                            fs_record_get_text (g_ptr_array_index (cards, i), FS_RISK_ID));
  return g_string_free (ids, FALSE);
}

/* The ids of the cards the column shows, top to bottom. */
static char *
shown_in (FsBoardView *board,
          guint        column)
{
  GtkWidget *widget = fs_board_view_get_column (board, column);
  g_autoptr(GPtrArray) cards = fs_board_column_get_cards (FS_BOARD_COLUMN (widget));
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "|" : "",
                            fs_record_get_text (fs_board_card_get_record (cards->pdata[i]),
                                                FS_RISK_ID));
  return g_string_free (ids, FALSE);
}

/* The ids of the document's clusters, in its order, joined by "|". */
static char *
cluster_ids (FsDocument *document)
{
  GListModel *clusters = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CLUSTERS));
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(FsRecord) cluster = g_list_model_get_item (clusters, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? "|" : "",
                              fs_record_get_text (cluster, FS_CLUSTER_ID));
    }
  return g_string_free (ids, FALSE);
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

static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *target)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, target, &bounds));
  return bounds;
}

/* Whether any column still shows the marks of a drag going on. */
static gboolean
shows_drop_marks (FsBoardView *board)
{
  GtkWidget *column;

  for (guint i = 0; (column = fs_board_view_get_column (board, i)) != NULL; i++)
    if (gtk_widget_has_css_class (column, "drop-target") ||
        gtk_widget_has_css_class (column, "drop-column") ||
        gtk_widget_get_visible (fs_ui_test_find_by_class (column, "drop-line")))
      return TRUE;
  return FALSE;
}

/* Scrolls the board sideways so that COLUMN is the first in view, and
 * checks that LAST, further right, is wholly in view too. */
static void
scroll_to_column (FsBoardView *board,
                  guint        column,
                  guint        last)
{
  GtkWidget *first = fs_board_view_get_column (board, column);
  GtkWidget *scroller = gtk_widget_get_ancestor (first, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds = bounds_in (first, scroller);

  adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_value (adjustment) + bounds.origin.x - 12);
  fs_ui_test_settle ();
  bounds = bounds_in (first, scroller);
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  bounds = bounds_in (fs_board_view_get_column (board, last), scroller);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (scroller));
}

static gboolean
is_dragged (gpointer data)
{
  return gtk_widget_has_css_class (data, "dragged");
}

static gboolean
is_not_dragged (gpointer data)
{
  return !is_dragged (data);
}

static gboolean
is_drop_column (gpointer data)
{
  return gtk_widget_has_css_class (data, "drop-column");
}

/* A card pressed in the first cluster and let go between the first and the
 * second card of the next lands there, in the window and in the file. */
static void
body_drag_card (Fixture *fixture)
{
  FsBoardView *board = show_example_board (fixture);
  FsDocument *document = fs_window_get_document (fixture->window);
  FsRecord *moved;
  GtkWidget *card, *target, *drop_line;
  g_autoptr(GPtrArray) target_cards = NULL;
  g_autofree char *moved_id = NULL;
  g_autofree char *target_cluster = NULL;
  g_autofree char *want = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(FsDocument) stored = NULL;
  graphene_rect_t first, second, line, bounds;
  double gap_y;

  moved = card_record (document, 1, 0);
  moved_id = g_strdup (fs_record_get_text (moved, FS_RISK_ID));
  target_cluster = g_strdup (fs_board_column_id (document, 2));
  card = fs_board_view_get_card (board, moved);
  target = fs_board_view_get_column (board, 2);
  target_cards = fs_board_column_get_cards (FS_BOARD_COLUMN (target));
  g_assert_cmpuint (target_cards->len, >=, 2);
  first = bounds_in (target_cards->pdata[0], target);
  second = bounds_in (target_cards->pdata[1], target);
  gap_y = (first.origin.y + first.size.height + second.origin.y) / 2;

  bounds = bounds_in (card, card);
  if (!fs_ui_test_pointer_move (card, bounds.size.width / 2, bounds.size.height / 2))
    {
      g_test_skip ("A real drag needs the window on X11");
      return;
    }
  fs_ui_test_pointer_button (TRUE);
  fs_ui_test_pointer_move (target, gtk_widget_get_width (target) / 2.0, gap_y);
  fs_ui_test_wait_until (is_dragged, card);

  /* The drop line shows in the gap the card will fill, the card where it was. */
  drop_line = fs_ui_test_find_by_class (target, "drop-line");
  g_assert_true (gtk_widget_has_css_class (target, "drop-target"));
  g_assert_true (gtk_widget_get_visible (drop_line));
  g_assert_true (gtk_widget_get_next_sibling (drop_line) == target_cards->pdata[1]);
  fs_ui_test_settle ();
  line = bounds_in (drop_line, target);
  first = bounds_in (target_cards->pdata[0], target);
  second = bounds_in (target_cards->pdata[1], target);
  g_assert_cmpfloat (line.origin.y, >=, first.origin.y + first.size.height);
  g_assert_cmpfloat (line.origin.y + line.size.height, <=, second.origin.y);
  g_assert_true (gtk_widget_is_ancestor (card, fs_board_view_get_column (board, 1)));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-drag-in-progress");

  fs_ui_test_pointer_button (FALSE);
  fs_ui_test_wait_until (is_not_dragged, card);
  fs_ui_test_park_pointer ();
  fs_ui_test_settle ();

  g_assert_cmpstr (fs_record_get_text (moved, FS_RISK_CLUSTER), ==, target_cluster);
  g_assert_true (card_record (document, 2, 1) == moved);
  want = ids_in (document, 2);
  shown = shown_in (board, 2);
  g_assert_cmpstr (shown, ==, want);
  g_assert_true (fs_board_view_get_card (board, moved) == card);
  g_assert_true (gtk_widget_is_ancestor (card, target));
  g_assert_false (shows_drop_marks (board));

  stored = reopen_from_file (fixture);
  {
    g_autofree char *stored_ids = ids_in (stored, 2);
    FsRecord *stored_moved = card_record (stored, 2, 1);

    g_assert_cmpstr (fs_record_get_text (stored_moved, FS_RISK_ID), ==, moved_id);
    g_assert_cmpstr (fs_record_get_text (stored_moved, FS_RISK_CLUSTER), ==, target_cluster);
    g_assert_cmpstr (stored_ids, ==, want);
  }
}

/* A column dragged by its header onto the column two to its right takes
 * that column's place, its cards with it; the others shift left. */
static void
body_drag_column (Fixture *fixture)
{
  FsBoardView *board = show_example_board (fixture);
  FsDocument *document = fs_window_get_document (fixture->window);
  GtkWidget *source = fs_board_view_get_column (board, 1);
  GtkWidget *target = fs_board_view_get_column (board, 3);
  GtkWidget *header = fs_ui_test_find_by_class (source, "column-header");
  GtkWidget *grip = fs_ui_test_find_by_class (header, "caption");
  g_autofree char *before = cluster_ids (document);
  g_auto(GStrv) ids = g_strsplit (before, "|", -1);
  g_autofree char *want = NULL;
  g_autofree char *after = NULL;
  g_autofree char *moved_cards = ids_in (document, 1);
  g_autofree char *moved_name = fs_board_column_name (document, 1);
  g_autoptr(FsDocument) stored = NULL;

  g_assert_cmpuint (g_strv_length (ids), >=, 4);
  g_assert_nonnull (grip);
  scroll_to_column (board, 1, 3);
  if (!fs_ui_test_pointer_move (grip, 4, gtk_widget_get_height (grip) / 2.0))
    {
      g_test_skip ("A real drag needs the window on X11");
      return;
    }
  fs_ui_test_pointer_button (TRUE);
  fs_ui_test_pointer_move (target, gtk_widget_get_width (target) / 2.0,
                           gtk_widget_get_height (target) / 3.0);
  fs_ui_test_wait_until (is_drop_column, target);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "board-drag-column-in-progress");
  fs_ui_test_pointer_button (FALSE);
  fs_ui_test_park_pointer ();
  fs_ui_test_settle ();

  want = g_strjoin ("|", ids[1], ids[2], ids[0], NULL);
  for (guint i = 3; ids[i] != NULL; i++)
    {
      g_autofree char *shorter = g_steal_pointer (&want);

      want = g_strjoin ("|", shorter, ids[i], NULL);
    }
  after = cluster_ids (document);
  g_assert_cmpstr (after, ==, want);
  {
    g_autofree char *name = fs_board_column_name (document, 3);
    g_autofree char *cards = ids_in (document, 3);
    g_autofree char *shown = shown_in (board, 3);
    GtkWidget *heading = fs_ui_test_find_by_class (fs_board_view_get_column (board, 3),
                                                   "heading");

    g_assert_cmpstr (name, ==, moved_name);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, moved_name);
    g_assert_cmpstr (cards, ==, moved_cards);
    g_assert_cmpstr (shown, ==, moved_cards);
  }
  g_assert_false (shows_drop_marks (board));

  stored = reopen_from_file (fixture);
  {
    g_autofree char *stored_ids = cluster_ids (stored);
    g_autofree char *stored_cards = ids_in (stored, 3);

    g_assert_cmpstr (stored_ids, ==, want);
    g_assert_cmpstr (stored_cards, ==, moved_cards);
  }
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
  ADD ("/board/drag/card", body_drag_card);
  ADD ("/board/drag/column", body_drag_column);
#undef ADD

  return g_test_run ();
}
