/* fs-app-fixture.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-app-fixture.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.foresight.Foresight");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}


static gboolean
library_opened (gpointer data)
{
  return !fs_window_is_loading (data);
}

static void
run_body (GApplication *app,
          Fixture      *fixture)
{
  Body body = g_object_get_data (G_OBJECT (app), "body");

  fixture->window = FS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (fixture->window);
  fs_ui_test_wait_until (library_opened, fixture->window);
  body (fixture);
  g_application_quit (app);
}

/* Runs the application as a person starts it, with the body of a test
 * inside it; on the way out the application must let go of everything. */
void
run_app (Fixture *fixture,
         Body     body)
{
  g_autoptr(GList) windows = NULL;

  fixture->app = fs_application_new ();
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_object_set_data (G_OBJECT (fixture->app), "body", body);
  g_signal_connect_after (fixture->app, "activate", G_CALLBACK (run_body), fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (fixture->app), 0, NULL), ==, 0);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (fixture->app)));
  for (GList *l = windows; l != NULL; l = l->next)
    fs_ui_test_close_popovers (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  fixture->window = NULL;
  fs_ui_test_settle ();
  g_object_add_weak_pointer (G_OBJECT (fixture->app), (gpointer *) &fixture->app);
  g_object_unref (fixture->app);
  g_assert_null (fixture->app);
}

void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  fixture->dir = fs_test_make_dir ();
  fixture->library = g_build_filename (fixture->dir, "library.db", NULL);
  g_setenv ("FORESIGHT_LIBRARY", fixture->library, TRUE);
  reset_settings ();
}

void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_free (fixture->library);
  g_free (fixture->dir);
}

void
test_in_app (Fixture       *fixture,
             gconstpointer  data)
{
  run_app (fixture, (Body) data);
}

static gboolean
library_settled (gpointer data)
{
  Fixture *fixture = data;

  return !fs_library_view_is_refreshing (fixture->window->library_view);
}

GListModel *
library_rows (Fixture *fixture)
{
  fs_ui_test_wait_until (library_settled, fixture);
  return fs_library_view_get_model (fixture->window->library_view);
}

typedef struct
{
  Fixture    *fixture;
  guint       field;
  const char *want;
} StoredText;

char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

FsDocument *
load_open_document (Fixture *fixture)
{
  const char *id = fs_document_get_id (fs_window_get_document (fixture->window));
  FsDocument *stored = fs_store_load (fixture->window->store, id, NULL);

  g_assert_nonnull (stored);
  return stored;
}

/* The Board of the document open in the window. */
FsBoardView *
open_board (Fixture *fixture)
{
  return fs_document_view_get_board (fixture->window->document_view);
}

/* The risk at POSITION of the document open in the window, borrowed. */
FsRecord *
open_risk (Fixture *fixture,
           guint    position)
{
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (fs_window_get_document (fixture->window),
                                                          FS_DOCUMENT_RISKS));
  g_autoptr(FsRecord) risk = g_list_model_get_item (risks, position);

  return risk;
}

static gboolean
stored_text_is (gpointer data)
{
  StoredText *check = data;
  g_autoptr(FsDocument) stored = load_open_document (check->fixture);

  return g_strcmp0 (fs_record_get_text (FS_RECORD (stored), check->field), check->want) == 0;
}

void
wait_for_stored (Fixture    *fixture,
                 guint       field,
                 const char *want)
{
  StoredText check = { fixture, field, want };

  fs_ui_test_wait_until (stored_text_is, &check);
}

static gboolean
no_save_pending (gpointer data)
{
  Fixture *fixture = data;

  return fixture->window->autosave_id == 0;
}

/* Longer than the pause after which the guide saves. */
void
wait_past_autosave (Fixture *fixture)
{
  gint64 until = g_get_monotonic_time () + 1000 * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
  fs_ui_test_wait_until (no_save_pending, fixture);
}
