/* test-window.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include <string.h>

#include <adwaita.h>

#include "fs-action-item-row.h"
#include "fs-application.h"
#include "fs-exchange.h"
#include "fs-library-row.h"
#include "fs-preferences-window.h"
#include "fs-preview-view.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"
#include "fs-library-view-private.h"
#include "fs-test-documents.h"
#include "fs-window-private.h"

#include "fs-app-fixture.h"

static const char *
content_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (fixture->window->content_stack);
}

static void
import_fixture (Fixture    *fixture,
                const char *name)
{
  g_autofree char *path = fs_test_data_path (name);
  g_autoptr(GPtrArray) documents = fs_exchange_read_file (path, NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (documents);
  written = fs_store_import (fixture->window->store, documents, &error);
  g_assert_no_error (error);
}

static void
test_templates_load (void)
{
  g_autoptr(GtkBuilder) overlay = gtk_builder_new_from_resource ("/io/github/foresight/Foresight/gtk/help-overlay.ui");
  GType types[] = {
    FS_TYPE_LIBRARY_ROW, FS_TYPE_LIBRARY_VIEW, FS_TYPE_DOCUMENT_VIEW, FS_TYPE_PREVIEW_VIEW,
    FS_TYPE_ACTION_ITEMS_VIEW, FS_TYPE_ACTION_ITEM_ROW,
  };

  g_assert_nonnull (gtk_builder_get_object (overlay, "help_overlay"));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget = g_object_ref_sink (g_object_new (types[i], NULL));

      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (widget, types[i]));
      g_object_unref (widget);
    }
}

static void
body_empty_library_welcomes (Fixture *fixture)
{
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 0);
  g_assert_cmpstr (content_page (fixture), ==, "welcome");
  g_assert_true (g_file_test (fixture->library, G_FILE_TEST_IS_REGULAR));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "welcome");
}

static void
body_open_example (Fixture *fixture)
{
  FsDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  document = fs_window_get_document (fixture->window);
  g_assert_nonnull (document);
  g_assert_cmpint (fs_document_get_kind (document), ==, FS_DOCUMENT_KIND_PREMORTEM);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document,
                                                                                  FS_DOCUMENT_RISKS))),
                    >=, 8);
  g_assert_cmpstr (content_page (fixture), ==, "document");
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "postmortem");
  g_assert_cmpint (fs_document_get_kind (fs_window_get_document (fixture->window)), ==,
                   FS_DOCUMENT_KIND_POSTMORTEM);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 2);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "example-postmortem-guide");
}

static void
body_create_and_rename (Fixture *fixture)
{
  g_autoptr(FsDocument) stored = NULL;
  g_autoptr(FsRecord) row = NULL;
  const char *id;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  g_assert_nonnull (fs_window_get_document (fixture->window));
  id = fs_document_get_id (fs_window_get_document (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.rename-document", "(ss)", id,
                              "Cut over orders to the <managed> database & more");
  stored = fs_store_load (fixture->window->store, id, NULL);
  g_assert_cmpstr (fs_document_get_title (stored), ==,
                   "Cut over orders to the <managed> database & more");
  row = g_list_model_get_item (library_rows (fixture), 0);
  g_assert_cmpstr (fs_record_get_text (row, FS_SUMMARY_TITLE), ==,
                   "Cut over orders to the <managed> database & more");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-postmortem", NULL);
  g_assert_cmpint (fs_document_get_kind (fs_window_get_document (fixture->window)), ==,
                   FS_DOCUMENT_KIND_POSTMORTEM);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 2);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "new-postmortem");
}

static void
body_status_and_duplicate (Fixture *fixture)
{
  g_autoptr(FsDocument) stored = NULL;
  const char *id;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "postmortem");
  id = fs_document_get_id (fs_window_get_document (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.set-document-status", "(ss)",
                              id, "final");
  stored = fs_store_load (fixture->window->store, id, NULL);
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (stored), FS_DOCUMENT_STATUS), ==, "final");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window->document_view), "document.anonymize",
                              NULL);
  g_clear_object (&stored);
  stored = fs_store_load (fixture->window->store, id, NULL);
  g_assert_true (fs_record_get_boolean (FS_RECORD (stored), FS_DOCUMENT_ANONYMIZE));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.duplicate", NULL);
  g_assert_cmpstr (fs_document_get_id (fs_window_get_document (fixture->window)), !=, id);
  g_assert_true (g_str_has_suffix (fs_document_get_title (fs_window_get_document (fixture->window)),
                                   "(Copy)"));
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 2);
}

static void
body_search_and_filter (Fixture *fixture)
{
  GListModel *rows;
  g_autoptr(FsRecord) found = NULL;
  FsLibraryView *view = fixture->window->library_view;

  import_fixture (fixture, "premortem-rich.json");
  import_fixture (fixture, "postmortem-rich.json");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 3);

  g_object_set (view, "kind", "postmortem", NULL);
  rows = library_rows (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_object_set (view, "kind", "all", "status", "final", NULL);
  rows = library_rows (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(FsRecord) row = g_list_model_get_item (rows, i);

      g_assert_cmpstr (fs_record_get_text (row, FS_SUMMARY_STATUS), ==, "final");
    }
  g_object_set (view, "status", "any", NULL);

  fs_library_view_set_search (view, "rollback");
  rows = library_rows (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 1);
  found = g_list_model_get_item (rows, 0);
  g_assert_nonnull (strcasestr (fs_record_get_text (found, FS_SUMMARY_SNIPPET), "rollback"));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "search");

  fs_library_view_set_search (view, "zzqxv-no-such-word");
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 0);
  fs_library_view_set_search (view, "");
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 3);
}

static void
assert_rows_match_store (Fixture            *fixture,
                         const FsStoreQuery *query)
{
  GListModel *rows = library_rows (fixture);
  g_autoptr(GListModel) expected = fs_store_query (fixture->window->store, query, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (expected));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(FsRecord) row = g_list_model_get_item (rows, i);
      g_autoptr(FsRecord) want = g_list_model_get_item (expected, i);

      g_assert_cmpstr (fs_record_get_text (row, FS_SUMMARY_ID), ==,
                       fs_record_get_text (want, FS_SUMMARY_ID));
      g_assert_cmpstr (fs_record_get_text (row, FS_SUMMARY_TITLE), ==,
                       fs_record_get_text (want, FS_SUMMARY_TITLE));
      g_assert_cmpstr (fs_record_get_text (row, FS_SUMMARY_SNIPPET), ==,
                       fs_record_get_text (want, FS_SUMMARY_SNIPPET));
    }
}

/* The list keeps the rows of documents that stay from one query to the
 * next; whatever it keeps, it must show exactly what the library answers. */
static void
body_library_follows_every_query (Fixture *fixture)
{
  static const char *kinds[] = { "all", "premortem", "postmortem", "all" };
  static const char *sorts[] = { "modified", "title", "status", "title" };
  static const char *searches[] = { "", "rollback", "r", "database", "" };
  FsLibraryView *view = fixture->window->library_view;

  import_fixture (fixture, "premortem-rich.json");
  import_fixture (fixture, "postmortem-rich.json");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "postmortem");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
      for (guint q = 0; q < G_N_ELEMENTS (searches); q++)
        {
          FsStoreQuery query = FS_STORE_QUERY_INIT;

          g_object_set (view, "kind", kinds[k], "sort", sorts[s], NULL);
          fs_library_view_set_search (view, searches[q]);
          query.kind = g_str_equal (kinds[k], "all") ? -1
                     : g_str_equal (kinds[k], "premortem") ? FS_DOCUMENT_KIND_PREMORTEM
                     : FS_DOCUMENT_KIND_POSTMORTEM;
          query.sort = s == 0 ? FS_STORE_SORT_MODIFIED
                     : s == 2 ? FS_STORE_SORT_STATUS : FS_STORE_SORT_TITLE;
          query.search = searches[q][0] ? searches[q] : NULL;
          assert_rows_match_store (fixture, &query);
        }
}

static gboolean
document_is_gone (gpointer data)
{
  Fixture *fixture = data;

  return g_list_model_get_n_items (library_rows (fixture)) == 0;
}

static void
body_delete_and_undo (Fixture *fixture)
{
  g_autofree char *id = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  id = g_strdup (fs_document_get_id (fs_window_get_document (fixture->window)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL);

  g_assert_null (fs_window_get_document (fixture->window));
  fs_ui_test_wait_until (document_is_gone, fixture);
  g_assert_cmpuint (fs_store_count (fixture->window->store, NULL), ==, 0);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "deleted-toast");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-delete", "s", id);
  g_assert_cmpuint (fs_store_count (fixture->window->store, NULL), ==, 1);
  g_assert_cmpstr (fs_document_get_id (fs_window_get_document (fixture->window)), ==, id);
  g_assert_cmpuint (g_list_model_get_n_items (library_rows (fixture)), ==, 1);
}

static gboolean
dialog_or_document (gpointer data)
{
  Fixture *fixture = data;

  return fs_ui_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG) != NULL ||
         fs_window_get_document (fixture->window) != NULL;
}

static gboolean
document_is_open (gpointer data)
{
  Fixture *fixture = data;

  return fs_window_get_document (fixture->window) != NULL;
}

static void
body_import_good_and_bad (Fixture *fixture)
{
  g_autofree char *good = fs_test_data_path ("postmortem-rich.json");
  g_autofree char *bad = g_build_filename (fixture->dir, "broken export.json", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"foresight\", \"version\": 1,\n"
                                      "\"documents\": [{\"id\": \"a\", \"kind\": \"premortem\", "
                                      "\"title\": 42}]}\n", -1, NULL));
  fs_window_import_file (fixture->window, bad_file);
  fs_ui_test_wait_until (dialog_or_document, fixture);
  dialog = ADW_MESSAGE_DIALOG (fs_ui_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken export.json"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "title"));
  fs_ui_test_screenshot (GTK_WIDGET (dialog), "import-error");
  adw_message_dialog_response (dialog, "close");
  g_assert_cmpuint (fs_store_count (fixture->window->store, NULL), ==, 0);

  fs_window_import_file (fixture->window, good_file);
  fs_ui_test_wait_until (document_is_open, fixture);
  g_assert_nonnull (fs_window_get_document (fixture->window));
  g_assert_cmpuint (fs_store_count (fixture->window->store, NULL), ==, 1);
}

static gboolean
export_finished (gpointer data)
{
  Fixture *fixture = data;

  return g_object_get_data (G_OBJECT (fixture->window), "last-export") != NULL;
}

static void
export_as (Fixture        *fixture,
           const char     *name,
           FsExportFormat  format)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_object_set_data (G_OBJECT (fixture->window), "last-export", NULL);
  fs_window_export_to_file (fixture->window, file, format);
  fs_ui_test_wait_until (export_finished, fixture);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (fixture->window), "last-export"), ==, path);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  return out;
}

static void
body_export_every_format (Fixture *fixture)
{
  g_autofree char *json = g_build_filename (fixture->dir, "exported.json", NULL);
  g_autofree char *md = g_build_filename (fixture->dir, "exported.md", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "exported.pdf", NULL);
  g_autofree char *runbook = g_build_filename (fixture->dir, "runbook.pdf", NULL);
  g_autofree char *markdown = NULL;
  g_autofree char *document_text = NULL;
  g_autofree char *runbook_text = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  title = fs_document_get_title (fs_window_get_document (fixture->window));

  export_as (fixture, "exported.json", FS_EXPORT_JSON);
  documents = fs_exchange_read_file (json, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fs_document_get_id (g_ptr_array_index (documents, 0)), ==,
                   fs_document_get_id (fs_window_get_document (fixture->window)));

  export_as (fixture, "exported.md", FS_EXPORT_MARKDOWN);
  markdown = fs_test_read_file (md);
  g_assert_true (g_str_has_prefix (markdown, "# "));

  export_as (fixture, "exported.pdf", FS_EXPORT_PDF);
  document_text = pdf_text (pdf);
  g_assert_nonnull (strstr (document_text, "Rollback plan"));

  export_as (fixture, "runbook.pdf", FS_EXPORT_RUNBOOK);
  runbook_text = pdf_text (runbook);
  g_assert_nonnull (strstr (runbook_text, "☐"));
  g_assert_nonnull (title);
}

static void
body_print_to_file (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  operation = fs_window_new_print_operation (fixture->window, FS_PRINT_RUNBOOK);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "☐"));
  g_assert_nonnull (strstr (text, "Rollback"));
}

static gboolean
action_items_listed (gpointer data)
{
  Fixture *fixture = data;

  return !fs_action_items_view_is_busy (fixture->window->action_items_view);
}

static void
body_action_items (Fixture *fixture)
{
  FsActionItemsView *view;
  g_autoptr(FsRecord) first = NULL;
  g_autoptr(FsDocument) stored = NULL;
  g_autofree char *document_id = NULL;
  g_autofree char *item_id = NULL;
  GtkWidget *row;
  guint open_before;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "postmortem");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-action-items", NULL);
  g_assert_cmpstr (content_page (fixture), ==, "action-items");
  view = fixture->window->action_items_view;
  fs_ui_test_wait_until (action_items_listed, fixture);

  fs_action_items_view_set_filter (view, "open");
  open_before = g_list_model_get_n_items (fs_action_items_view_get_shown (view));
  g_assert_cmpuint (open_before, >, 0);
  {
    g_autofree char *count = g_strdup_printf ("%u", open_before);

    g_assert_cmpstr (gtk_label_get_text (fixture->window->open_items_label), ==, count);
  }
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "action-items");

  first = g_list_model_get_item (fs_action_items_view_get_shown (view), 0);
  document_id = g_strdup (fs_record_get_text (first, FS_ACTION_ENTRY_DOCUMENT_ID));
  item_id = g_strdup (fs_record_get_text (first, FS_ACTION_ENTRY_ID));
  row = fs_action_item_row_new ();
  g_object_ref_sink (row);
  gtk_widget_insert_before (row, GTK_WIDGET (view), NULL);
  fs_action_item_row_set_entry (FS_ACTION_ITEM_ROW (row), FS_ACTION_ENTRY (first));
  fs_action_item_row_choose_status (FS_ACTION_ITEM_ROW (row), "done");
  gtk_widget_unparent (row);
  g_object_unref (row);

  stored = fs_store_load (fixture->window->store, document_id, NULL);
  g_assert_cmpstr (fs_record_get_text (fs_document_find_item (stored, FS_DOCUMENT_ACTION_ITEMS,
                                                              item_id),
                                       FS_ACTION_ITEM_STATUS), ==, "done");
  fs_action_items_view_refresh (view);
  fs_ui_test_wait_until (action_items_listed, fixture);
  g_assert_cmpuint (g_list_model_get_n_items (fs_action_items_view_get_shown (view)), ==,
                    open_before - 1);

  gtk_widget_activate_action (GTK_WIDGET (view), "win.open-document", "s", document_id);
  g_assert_cmpstr (content_page (fixture), ==, "document");
}

static void
body_narrow_window (Fixture *fixture)
{
  /* A mapped window keeps its size: show it again at phone width. */
  gtk_widget_hide (GTK_WIDGET (fixture->window));
  gtk_widget_unrealize (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
  g_assert_true (adw_leaflet_get_folded (fixture->window->leaflet));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  fs_ui_test_settle ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (fixture->window->leaflet), ==, "content");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "narrow-document");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-library", NULL);
  fs_ui_test_settle ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (fixture->window->leaflet), ==, "sidebar");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "narrow-library");
}

static void
body_open_and_resize (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "postmortem");
  gtk_widget_hide (GTK_WIDGET (fixture->window));
  gtk_widget_unrealize (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
}

static void
body_check_reopened (Fixture *fixture)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/foresight/Foresight/examples/"
                                                     "postmortem-example.json", 0, NULL);
  int width = 0;

  documents = fs_exchange_read_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     "example", NULL);
  g_assert_nonnull (fs_window_get_document (fixture->window));
  g_assert_cmpstr (fs_document_get_id (fs_window_get_document (fixture->window)), ==,
                   fs_document_get_id (g_ptr_array_index (documents, 0)));
  g_object_get (fixture->window, "default-width", &width, NULL);
  g_assert_cmpint (width, ==, 1000);
}

static void
test_reopens_last_document (Fixture       *fixture,
                            gconstpointer  data)
{
  run_app (fixture, body_open_and_resize);
  run_app (fixture, body_check_reopened);
}

static void
body_damaged_library (Fixture *fixture)
{
  g_autofree char *beside = g_build_filename (fixture->dir, "library-2.db", NULL);
  AdwMessageDialog *dialog;

  g_assert_cmpstr (content_page (fixture), ==, "unavailable");
  dialog = ADW_MESSAGE_DIALOG (fs_ui_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), fixture->library));
  fs_ui_test_screenshot (GTK_WIDGET (dialog), "damaged-library");

  adw_message_dialog_response (dialog, "new");
  fs_ui_test_settle ();
  g_assert_true (g_file_test (beside, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (fs_store_get_path (fixture->window->store), ==, beside);
  g_assert_cmpstr (content_page (fixture), ==, "welcome");
}

static void
test_damaged_library (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (fixture->library, "A shopping list, not a library.\n", -1,
                                      NULL));
  before = fs_test_file_digest (fixture->library);
  run_app (fixture, body_damaged_library);
  after = fs_test_file_digest (fixture->library);
  g_assert_cmpstr (before, ==, after);
}

static gboolean
preview_settled (gpointer data)
{
  FsPreviewView *preview = data;

  return !fs_preview_view_is_busy (preview) && fs_preview_view_get_layout (preview) != NULL;
}

static void
body_paper_follows_preferences (Fixture *fixture)
{
  GtkWidget *preferences = fs_preferences_window_new (GTK_WINDOW (fixture->window), fixture->app);
  AdwComboRow *paper_row = ADW_COMBO_ROW (fs_ui_test_find (preferences, ADW_TYPE_COMBO_ROW));
  FsPreviewView *preview;

  /* Paper chosen before the document view is first built applies to it. */
  adw_combo_row_set_selected (paper_row, 2);
  fs_ui_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  preview = FS_PREVIEW_VIEW (fs_ui_test_find (GTK_WIDGET (fixture->window),
                                              FS_TYPE_PREVIEW_VIEW));
  /* Pages are laid out for a Preview on show, not behind the Guide. */
  g_assert_null (fs_preview_view_get_layout (preview));
  g_assert_false (fs_preview_view_is_busy (preview));
  fs_document_view_show_page (fs_window_get_document_view (fixture->window), "preview");
  fs_ui_test_wait_until (preview_settled, preview);
  g_assert_cmpfloat (fs_print_layout_get_page_setup (fs_preview_view_get_layout (preview))->width,
                     ==, 612);

  adw_combo_row_set_selected (paper_row, 1);
  fs_ui_test_settle ();
  fs_ui_test_wait_until (preview_settled, preview);
  g_assert_cmpfloat_with_epsilon (fs_print_layout_get_page_setup (fs_preview_view_get_layout (preview))->width,
                                  595.28, 0.01);
  gtk_window_present (GTK_WINDOW (preferences));
  fs_ui_test_screenshot (preferences, "preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
check_icon_buttons (GtkWidget *widget,
                    guint     *checked)
{
  const char *icon = NULL;
  const char *label = NULL;

  /* The steppers of a spin button are GTK's, and the spin button has the name. */
  if (GTK_IS_SPIN_BUTTON (widget))
    return;
  if (GTK_IS_MENU_BUTTON (widget))
    {
      icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
      label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
    }
  else if (GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget))
    {
      icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
      label = gtk_button_get_label (GTK_BUTTON (widget));
    }
  /* libadwaita's own buttons, like the hidden apply button of an entry row,
   * are its business. */
  if (icon != NULL && label == NULL && !g_str_has_prefix (icon, "adw-"))
    {
      if (gtk_widget_get_tooltip_text (widget) == NULL ||
          !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("The %s button has no tooltip or no accessible label", icon);
      (*checked)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_icon_buttons (child, checked);
}

/* A button that shows only an icon says in words what it does. */
static void
body_icon_buttons_are_named (Fixture *fixture)
{
  guint checked = 0;

  /* The document and the action items are built when first shown. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-action-items", NULL);
  g_assert_nonnull (fixture->window->document_view);
  check_icon_buttons (GTK_WIDGET (fixture->window), &checked);
  g_assert_cmpuint (checked, >=, 8);
}

/* Ctrl+? asks for the shortcuts window, which is built only then (showing
 * it here would stop the test: GTK 4.8 warns that it measures one of its own
 * labels at -3 pixels). Once drawn, the window has the application's icon. */
static void
body_shortcuts_and_icon (Fixture *fixture)
{
  g_auto(GStrv) accels = NULL;
  gboolean found = FALSE;
  const char *name, *property;
  const GVariantType *parameter;
  GType owner;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                  "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (fixture->window), i,
                                                   &owner, &name, &parameter, &property);
       i++)
    found |= g_str_equal (name, "win.show-help-overlay");
  g_assert_true (found);
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));
  fs_ui_test_settle ();
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, "io.github.foresight.Foresight");
}

static gboolean
find_visible_popover_menu (GtkWidget *widget)
{
  if (GTK_IS_POPOVER_MENU (widget) && gtk_widget_get_visible (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_visible_popover_menu (child))
      return TRUE;
  return FALSE;
}

static void
body_row_context_menu (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  library_rows (fixture);
  fs_ui_test_settle ();
  g_assert_false (find_visible_popover_menu (GTK_WIDGET (fixture->window->library_view)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window->library_view),
                              "library.context-menu", NULL);
  fs_ui_test_settle ();
  g_assert_true (find_visible_popover_menu (GTK_WIDGET (fixture->window->library_view)));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "context-menu");
}

static void
body_dark_style (Fixture *fixture)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "postmortem");
  fs_ui_test_settle ();
  g_assert_true (adw_style_manager_get_dark (style));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "dark-guide");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "board");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "dark-board");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-action-items", NULL);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "dark-action-items");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
body_document_pages (Fixture *fixture)
{
  FsDocumentView *view;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s",
                              "premortem");
  view = fixture->window->document_view;
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "premortem-guide");
  gtk_widget_activate_action (GTK_WIDGET (view), "document.show-page", "s", "board");
  g_assert_cmpstr (fs_document_view_get_page (view), ==, "board");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "premortem-board");
  gtk_widget_activate_action (GTK_WIDGET (view), "document.show-page", "s", "preview");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "premortem-preview");
}

/* The heading wraps at rest and becomes a line to type in when clicked. */
static void
body_title_edits_in_place (Fixture *fixture)
{
  GtkWidget *view, *button, *text;
  g_autoptr(FsDocument) stored = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  view = GTK_WIDGET (fixture->window->document_view);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  button = fs_ui_test_find_by_class (view, "document-title-button");
  text = fs_ui_test_find_by_class (view, "document-title");
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_false (gtk_widget_get_mapped (text));

  g_signal_emit_by_name (button, "clicked");
  fs_ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (text));
  g_assert_true (gtk_widget_has_focus (text));
  gtk_editable_set_text (GTK_EDITABLE (text), "Cut over the orders database");
  g_signal_emit_by_name (text, "activate");
  fs_ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)))),
                   ==, "Cut over the orders database");
  wait_past_autosave (fixture);
  stored = fs_store_load (fixture->window->store,
                          fs_document_get_id (fs_window_get_document (fixture->window)), NULL);
  g_assert_cmpstr (fs_document_get_title (stored), ==, "Cut over the orders database");
}

/* An answer that is shown at once, while the one before is still being
 * applied a few rows a frame, leaves those frames nothing to do. */
static void
body_answer_overtakes_answer (Fixture *fixture)
{
  g_autoptr(GPtrArray) documents = fs_test_generate_documents (40);
  g_autoptr(GPtrArray) written = NULL;
  FsStoreQuery by_title = FS_STORE_QUERY_INIT;
  FsStoreQuery newest = FS_STORE_QUERY_INIT;
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) few = NULL;
  g_autoptr(GListStore) two = g_list_store_new (FS_TYPE_SUMMARY);
  FsLibraryView *view = fixture->window->library_view;

  written = fs_store_import (fixture->window->store, documents, NULL);
  g_assert_nonnull (written);
  g_signal_emit_by_name (fixture->window->store, "changed");
  library_rows (fixture);
  by_title.sort = FS_STORE_SORT_TITLE;
  first = fs_store_query (fixture->window->store, &by_title, NULL);
  second = fs_store_query (fixture->window->store, &newest, NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GObject) summary = g_list_model_get_item (second, i);

      g_list_store_append (two, summary);
    }

  /* Sorted anew, most rows change: applied over several frames. */
  fs_library_view_show_results (view, first);
  g_assert_true (fs_library_view_is_refreshing (view));
  /* Two rows that are already first: shown at once. */
  fs_library_view_show_results (view, G_LIST_MODEL (two));
  fs_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (fs_library_view_get_model (view)), ==, 2);
  g_assert_false (fs_library_view_is_refreshing (view));
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
  g_test_add_func ("/window/templates-load", test_templates_load);
  ADD ("/window/empty-library-welcomes", body_empty_library_welcomes);
  ADD ("/window/open-example", body_open_example);
  ADD ("/window/create-and-rename", body_create_and_rename);
  ADD ("/window/status-and-duplicate", body_status_and_duplicate);
  ADD ("/window/search-and-filter", body_search_and_filter);
  ADD ("/window/library-follows-every-query", body_library_follows_every_query);
  ADD ("/window/delete-and-undo", body_delete_and_undo);
  ADD ("/window/import-good-and-bad", body_import_good_and_bad);
  ADD ("/window/export-every-format", body_export_every_format);
  ADD ("/window/print-to-file", body_print_to_file);
  ADD ("/window/action-items", body_action_items);
  ADD ("/window/narrow-window", body_narrow_window);
  ADD ("/window/document-pages", body_document_pages);
  ADD ("/window/dark-style", body_dark_style);
  ADD ("/window/icon-buttons-are-named", body_icon_buttons_are_named);
  ADD ("/window/shortcuts-and-icon", body_shortcuts_and_icon);
  ADD ("/window/row-context-menu", body_row_context_menu);
  ADD ("/window/title-edits-in-place", body_title_edits_in_place);
  ADD ("/window/paper-follows-preferences", body_paper_follows_preferences);
  ADD ("/window/answer-overtakes-answer", body_answer_overtakes_answer);
  g_test_add ("/window/reopens-last-document", Fixture, NULL, setup,
              test_reopens_last_document, teardown);
  g_test_add ("/window/damaged-library", Fixture, NULL, setup, test_damaged_library, teardown);
#undef ADD

  return g_test_run ();
}
