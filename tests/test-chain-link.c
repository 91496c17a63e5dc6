/* test-chain-link.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-board-card.h"
#include "fs-action-items-view.h"
#include "fs-chain.h"
#include "fs-library-row.h"
#include "fs-premortem-chooser.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

/* A post-mortem linked to the pre-mortem of its change through the Guide,
 * a risk ticked, and the link found again on both sides after the library
 * is opened anew from its file. */

#define PREMORTEM_TITLE "Checkout moves to the new <database> & cache"
#define POSTMORTEM_TITLE "Checkout down for an hour"

static char *premortem_id;
static char *postmortem_id;

static void
fill_library (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = fs_store_open (fixture->library, &error);
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) other = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);

  g_assert_no_error (error);
  fs_document_set_title (premortem, PREMORTEM_TITLE);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r1", "title", "Replica lag",
                    "probability", 2.0, "impact", 3.0, NULL);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r2", "title", "Connection pool exhausted",
                    "probability", 3.0, "impact", 2.5, NULL);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r3", "title", "Rollback takes hours", NULL);
  fs_document_set_title (other, "Mail relay replaced");
  fs_document_set_title (postmortem, POSTMORTEM_TITLE);
  fs_test_add_item (premortem, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Load test the pool", NULL);
  fs_test_add_item (postmortem, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Alert on pool use", NULL);
  fs_test_add_item (other, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Queue mail on disk", NULL);
  g_assert_true (fs_store_save (store, premortem, NULL));
  g_assert_true (fs_store_save (store, other, NULL));
  g_assert_true (fs_store_save (store, postmortem, NULL));
  /* Enough others that a filter changes the list by more than a few rows. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *title = g_strdup_printf ("Earlier incident %u", i + 1);

      g_object_unref (fs_store_create (store, FS_DOCUMENT_KIND_POSTMORTEM, title, NULL));
    }
  g_free (premortem_id);
  g_free (postmortem_id);
  premortem_id = g_strdup (fs_document_get_id (premortem));
  postmortem_id = g_strdup (fs_document_get_id (postmortem));
}

static void
open_document (Fixture    *fixture,
               const char *id)
{
  library_rows (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-document", "s", id);
  fs_ui_test_settle ();
  g_assert_cmpstr (fs_document_get_id (fs_window_get_document (fixture->window)), ==, id);
}

static GtkWidget *
link_group (Fixture *fixture)
{
  GtkWidget *group;

  fs_document_view_show_guide_step (fixture->window->document_view, "incident");
  fs_ui_test_settle ();
  group = fs_ui_test_find_named (GTK_WIDGET (fixture->window->document_view), "premortem-link");
  g_assert_nonnull (group);
  return group;
}

static GtkCheckButton *
risk_check (GtkWidget  *group,
            const char *name)
{
  GtkWidget *row = fs_ui_test_find_named (group, name);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (fs_ui_test_find (row, GTK_TYPE_CHECK_BUTTON));
}

static gboolean
chooser_shown (gpointer data)
{
  return fs_ui_test_find_dialog (FS_TYPE_PREMORTEM_CHOOSER) != NULL;
}

static gboolean
chooser_gone (gpointer data)
{
  return fs_ui_test_find_dialog (FS_TYPE_PREMORTEM_CHOOSER) == NULL;
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += gtk_widget_get_visible (row);
  return n;
}

static gboolean
first_row_is (gpointer data)
{
  GtkWindow *chooser = fs_ui_test_find_dialog (FS_TYPE_PREMORTEM_CHOOSER);
  GtkWidget *list = fs_ui_test_find_named (GTK_WIDGET (chooser), "premortems");
  GtkWidget *row = gtk_widget_get_first_child (list);

  return ADW_IS_PREFERENCES_ROW (row) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), data) == 0 &&
         gtk_widget_get_next_sibling (row) == NULL;
}

static void
body_link_and_tick (Fixture *fixture)
{
  GtkWidget *group;
  GtkWidget *button;
  GtkWindow *chooser;
  GtkWidget *search;
  GtkWidget *list;
  GtkWidget *row;
  FsDocument *document;

  open_document (fixture, postmortem_id);
  group = link_group (fixture);
  row = fs_ui_test_find_named (group, "premortem");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Not linked");
  fs_ui_test_screenshot (group, "premortem-link-unlinked");

  /* The chooser lists the library's pre-mortems and narrows them by a search. */
  button = fs_ui_test_find_action_button (group, "win.link-premortem");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  fs_ui_test_wait_until (chooser_shown, NULL);
  chooser = fs_ui_test_find_dialog (FS_TYPE_PREMORTEM_CHOOSER);
  list = fs_ui_test_find_named (GTK_WIDGET (chooser), "premortems");
  g_assert_cmpuint (count_rows (list), ==, 2);
  fs_ui_test_screenshot (GTK_WIDGET (chooser), "premortem-chooser");
  search = fs_ui_test_find_named (GTK_WIDGET (chooser), "search");
  gtk_editable_set_text (GTK_EDITABLE (search), "mail");
  fs_ui_test_wait_until (first_row_is, (gpointer) "Mail relay replaced");
  g_assert_cmpuint (count_rows (list), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "checkout");
  fs_ui_test_wait_until (first_row_is, (gpointer) PREMORTEM_TITLE);
  g_assert_cmpuint (count_rows (list), ==, 1);
  gtk_widget_activate (fs_ui_test_find_named (GTK_WIDGET (chooser), "link"));
  fs_ui_test_wait_until (chooser_gone, NULL);

  /* Linked: its risks to tick, and nothing answered yet. */
  document = fs_window_get_document (fixture->window);
  g_assert_cmpstr (fs_document_get_premortem_id (document), ==, premortem_id);
  g_assert_false (fs_document_anticipated_asked (document));
  row = fs_ui_test_find_named (group, "premortem");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, PREMORTEM_TITLE);
  row = fs_ui_test_find_named (group, "risk-1");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Connection pool exhausted");
  g_assert_false (gtk_check_button_get_active (risk_check (group, "none")));

  /* "None of them" is an answer; a risk ticked takes it back. */
  gtk_widget_activate (GTK_WIDGET (risk_check (group, "none")));
  fs_ui_test_settle ();
  g_assert_true (fs_document_anticipated_asked (document));
  gtk_widget_activate (GTK_WIDGET (risk_check (group, "risk-1")));
  fs_ui_test_settle ();
  g_assert_true (fs_document_is_anticipated (document, "r2"));
  g_assert_true (gtk_check_button_get_active (risk_check (group, "risk-1")));
  g_assert_false (gtk_check_button_get_active (risk_check (group, "none")));
  fs_ui_test_screenshot (group, "premortem-link-ticked");

  /* Unlinked by mistake: the notification's undo brings the ticks back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.unlink-premortem", NULL);
  fs_ui_test_settle ();
  g_assert_cmpstr (fs_document_get_premortem_id (document), ==, "");
  row = fs_ui_test_find_named (group, "premortem");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Not linked");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-unlink-premortem", NULL);
  fs_ui_test_settle ();
  g_assert_cmpstr (fs_document_get_premortem_id (document), ==, premortem_id);
  g_assert_true (gtk_check_button_get_active (risk_check (group, "risk-1")));

  /* Dark, and in a window as narrow as a phone's. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "premortem-link-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  gtk_widget_unrealize (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (risk_check (group, "risk-1"))));
  fs_ui_test_screenshot (group, "premortem-link-narrow");
  fs_window_save_pending (fixture->window);
}

static void check_premortem_side (Fixture *fixture);
static void check_action_items_chain (Fixture *fixture);
static void check_deleted_premortem (Fixture *fixture);

static void
body_find_link (Fixture *fixture)
{
  GtkWidget *group;
  FsDocument *document;

  /* The post-mortem: its pre-mortem and the tick. */
  open_document (fixture, postmortem_id);
  group = link_group (fixture);
  document = fs_window_get_document (fixture->window);
  g_assert_cmpstr (fs_document_get_premortem_id (document), ==, premortem_id);
  g_assert_true (gtk_check_button_get_active (risk_check (group, "risk-1")));
  g_assert_false (gtk_check_button_get_active (risk_check (group, "risk-0")));
  g_assert_false (gtk_check_button_get_active (risk_check (group, "none")));

  /* The Review says it in a line, which leads back to the Incident step. */
  fs_document_view_show_guide_step (fixture->window->document_view, "review");
  fs_ui_test_settle ();
  {
    GtkWidget *summary = fs_ui_test_find_named (GTK_WIDGET (fixture->window->document_view),
                                                "premortem-summary");
    GtkWidget *row = fs_ui_test_find_named (summary, "premortem");

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, PREMORTEM_TITLE);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "1 of its risks happened");
    fs_ui_test_screenshot (summary, "review-premortem-summary");
  }

  check_premortem_side (fixture);
  check_action_items_chain (fixture);
  check_deleted_premortem (fixture);
}

static GtkWidget *
library_row_of (GtkWidget  *widget,
                const char *id)
{
  if (FS_IS_LIBRARY_ROW (widget) && fs_library_row_get_summary (FS_LIBRARY_ROW (widget)) != NULL &&
      g_strcmp0 (fs_record_get_text (FS_RECORD (fs_library_row_get_summary (FS_LIBRARY_ROW (widget))),
                                     FS_SUMMARY_ID), id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = library_row_of (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
postmortem_open (gpointer data)
{
  Fixture *fixture = data;
  FsDocument *document = fs_window_get_document (fixture->window);

  return document != NULL && g_str_equal (fs_document_get_id (document), postmortem_id);
}

/* The pre-mortem: the library counts the incident, the risk and its card
 * are marked, and the mark opens the post-mortem. */
static void
check_premortem_side (Fixture *fixture)
{
  GtkWidget *view;
  GtkWidget *library_row;
  GtkLabel *details;
  GtkWidget *risks;
  GtkWidget *happened;
  FsDocument *document;
  FsBoardView *board;
  g_autoptr(FsRecord) risk = NULL;
  g_autofree char *described = NULL;

  /* Filtered and shown whole again, the rows compare their counts too. */
  g_object_set (fixture->window->library_view, "kind", "premortem", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 2);
  g_object_set (fixture->window->library_view, "kind", "all", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 13);
  g_object_set (fixture->window->library_view, "kind", "postmortem", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 11);
  g_object_set (fixture->window->library_view, "kind", "all", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 13);
  fs_ui_test_settle ();
  library_row = library_row_of (GTK_WIDGET (fixture->window->library_view), premortem_id);
  g_assert_nonnull (library_row);
  details = GTK_LABEL (fs_ui_test_find_by_id (library_row, "details_label"));
  g_assert_nonnull (strstr (gtk_label_get_text (details), "foresaw 1 incident"));

  open_document (fixture, premortem_id);
  view = GTK_WIDGET (fixture->window->document_view);
  document = fs_window_get_document (fixture->window);
  fs_document_view_show_guide_step (fixture->window->document_view, "risks");
  fs_ui_test_settle ();
  risks = fs_ui_test_find_named (view, "risks");
  g_assert_nonnull (risks);
  happened = fs_ui_test_find_named (risks, "happened");
  g_assert_nonnull (happened);
  /* Only the ticked risk carries the mark: the second one. */
  g_assert_true (gtk_widget_is_ancestor (happened,
                                         fs_ui_test_find_label (risks, "Connection pool exhausted") != NULL
                                         ? gtk_widget_get_ancestor (GTK_WIDGET (fs_ui_test_find_label (risks, "Connection pool exhausted")),
                                                                    ADW_TYPE_EXPANDER_ROW)
                                         : NULL));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (happened), ==, "Happened: “" POSTMORTEM_TITLE "”");
  fs_ui_test_screenshot (risks, "premortem-risk-happened");

  /* Its card on the Board says it too, in words. */
  risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS)), 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "board");
  fs_ui_test_settle ();
  board = open_board (fixture);
  described = fs_board_card_describe (FS_BOARD_CARD (fs_board_view_get_card (board, risk)));
  g_assert_nonnull (strstr (described, "Happened: “" POSTMORTEM_TITLE "”"));
  g_clear_pointer (&described, g_free);
  {
    g_autoptr(FsRecord) other = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS)), 0);

    described = fs_board_card_describe (FS_BOARD_CARD (fs_board_view_get_card (board, other)));
    g_assert_null (strstr (described, "Happened"));
  }
  fs_ui_test_screenshot (GTK_WIDGET (board), "premortem-board-happened");

  /* The mark is the way to the post-mortem. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "guide");
  fs_ui_test_settle ();
  gtk_widget_activate (happened);
  fs_ui_test_wait_until (postmortem_open, fixture);
}

static gboolean
action_items_listed (gpointer data)
{
  Fixture *fixture = data;
  FsActionItemsView *view = fs_window_get_action_items_view (fixture->window);

  return !fs_action_items_view_is_busy (view) &&
         g_list_model_get_n_items (fs_action_items_view_get_shown (view)) > 0;
}

/* The Action Items narrowed to one chain: the pre-mortem's and its
 * post-mortem's, not the other pre-mortem's. */
static void
check_action_items_chain (Fixture *fixture)
{
  FsActionItemsView *view;
  GtkDropDown *chains;
  GListModel *shown;
  GListModel *choices;
  guint chosen = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-action-items", NULL);
  view = fs_window_get_action_items_view (fixture->window);
  fs_action_items_view_set_filter (view, "all");
  fs_ui_test_wait_until (action_items_listed, fixture);
  shown = fs_action_items_view_get_shown (view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);

  chains = GTK_DROP_DOWN (fs_ui_test_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (chains);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (chains)));
  choices = gtk_drop_down_get_model (chains);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GtkStringObject) choice = g_list_model_get_item (choices, i);

      if (g_str_equal (gtk_string_object_get_string (choice), PREMORTEM_TITLE))
        chosen = i;
    }
  g_assert_cmpuint (chosen, <, 3);
  gtk_drop_down_set_selected (chains, chosen);
  fs_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(FsRecord) entry = g_list_model_get_item (shown, i);

      g_assert_cmpstr (fs_record_get_text (entry, FS_ACTION_ENTRY_TEXT), !=, "Queue mail on disk");
    }
  fs_ui_test_screenshot (GTK_WIDGET (view), "action-items-chain");
  gtk_drop_down_set_selected (chains, 0);
  fs_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
}

static gboolean
link_title_is (gpointer data)
{
  GtkWidget **group_and_title = data;
  GtkWidget *row = fs_ui_test_find_named (group_and_title[0], "premortem");

  return row != NULL && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                   (const char *) group_and_title[1]) == 0;
}

/* The pre-mortem deleted while its post-mortem is open: the post-mortem
 * says so and keeps its answer; brought back, the link shows it again. */
static void
check_deleted_premortem (Fixture *fixture)
{
  GtkWidget *group;
  gpointer wait[2];

  open_document (fixture, postmortem_id);
  group = link_group (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-document", "s", premortem_id);
  wait[0] = group;
  wait[1] = (gpointer) "The linked pre-mortem was deleted";
  fs_ui_test_wait_until (link_title_is, wait);
  g_assert_true (fs_document_is_anticipated (fs_window_get_document (fixture->window), "r2"));
  g_assert_null (fs_ui_test_find_named (group, "risk-0"));
  fs_ui_test_screenshot (group, "premortem-link-deleted");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-delete", "s", premortem_id);
  fs_ui_test_settle ();
  open_document (fixture, postmortem_id);
  group = link_group (fixture);
  wait[0] = group;
  wait[1] = (gpointer) PREMORTEM_TITLE;
  fs_ui_test_wait_until (link_title_is, wait);
  g_assert_true (gtk_check_button_get_active (risk_check (group, "risk-1")));
}

static void
test_link_and_reopen (Fixture       *fixture,
                      gconstpointer  data)
{
  fill_library (fixture);
  run_app (fixture, body_link_and_tick);
  run_app (fixture, body_find_link);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

  g_test_add ("/chain-link/link-tick-reopen", Fixture, NULL, setup, test_link_and_reopen, teardown);

  return g_test_run ();
}
