/* fs-library-query.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "fs-library-view-private.h"

typedef struct
{
  FsStore    *store;
  int         kind;
  char       *status;
  char       *search;
  FsStoreSort sort;
  guint       generation;
} Query;

static void
query_free (Query *query)
{
  g_clear_object (&query->store);
  g_free (query->status);
  g_free (query->search);
  g_free (query);
}

static Query *
query_new (FsLibraryView *self)
{
  Query *query = g_new0 (Query, 1);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  query->store = g_object_ref (self->store);
  query->kind = g_str_equal (self->kind, "premortem") ? FS_DOCUMENT_KIND_PREMORTEM
              : g_str_equal (self->kind, "postmortem") ? FS_DOCUMENT_KIND_POSTMORTEM : -1;
  query->status = g_str_equal (self->status, "any") ? NULL : g_strdup (self->status);
  query->search = g_strstrip (g_strdup (search));
  query->sort = g_str_equal (self->sort, "title") ? FS_STORE_SORT_TITLE
              : g_str_equal (self->sort, "status") ? FS_STORE_SORT_STATUS
              : FS_STORE_SORT_MODIFIED;
  query->generation = ++self->generation;
  return query;
}

/* Listing a large library takes longer than a frame, so it runs off the main
 * thread; only the newest query's answer is shown. */
static void
run_query (GTask        *task,
           gpointer      source,
           gpointer      data,
           GCancellable *cancellable)
{
  Query *query = data;
  FsStoreQuery store_query = FS_STORE_QUERY_INIT;
  GError *error = NULL;
  GListModel *result;

  store_query.kind = query->kind;
  store_query.status = query->status;
  store_query.search = query->search[0] ? query->search : NULL;
  store_query.sort = query->sort;
  result = fs_store_query (query->store, &store_query, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, g_object_unref);
}

static void
on_query_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FsLibraryView) self = user_data;
  Query *query = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GListModel *documents = g_task_propagate_pointer (G_TASK (result), &error);

  self->pending--;
  /* Only the newest answer counts; every answer is freed off the main thread. */
  if (query->generation == self->generation && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    {
      if (documents != NULL)
        fs_library_view_show_results (self, documents);
      else
        g_warning ("Could not list the library: %s", error->message);
    }
  fs_library_release_later (documents, g_object_unref);
}

void
fs_library_view_refresh (FsLibraryView *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  if (self->store == NULL)
    return;
  task = g_task_new (NULL, NULL, on_query_done, g_object_ref (self));
  g_task_set_task_data (task, query_new (self), (GDestroyNotify) query_free);
  self->pending++;
  g_task_run_in_thread (task, run_query);
}

gboolean
fs_library_view_is_refreshing (FsLibraryView *self)
{
  g_return_val_if_fail (FS_IS_LIBRARY_VIEW (self), FALSE);

  return self->pending > 0 || self->target != NULL;
}
