/* fs-library-results.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "fs-library-view-private.h"

static gboolean
filters_are_default (FsLibraryView *self)
{
  return g_str_equal (self->kind, "all") && g_str_equal (self->status, "any") &&
         gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0';
}

guint
fs_library_view_find_position (FsLibraryView *self,
                               const char    *id)
{
  GListModel *model = G_LIST_MODEL (self->model);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (model, i);

      if (g_str_equal (fs_record_get_text (summary, FS_SUMMARY_ID), id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

typedef struct
{
  guint position; /* in the list as it is when this change is made */
  guint removed;
  guint first;    /* the first inserted result */
  guint added;
} Change;

static GPtrArray *
ids_of (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *ids = g_ptr_array_new_full (n, NULL);

  /* The models hold their items: the texts outlive these references. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (model, i);

      g_ptr_array_add (ids, (gpointer) fs_record_get_text (summary, FS_SUMMARY_ID));
    }
  return ids;
}

/* The runs of rows to remove and results to insert that turn the listed
 * documents into the new ones, keeping the rows of documents in both. */
static GArray *
plan_changes (GPtrArray *old_ids,
              GPtrArray *new_ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (Change));
  guint i = 0, j = 0, position = 0;

  for (guint k = 0; k < new_ids->len; k++)
    g_hash_table_insert (wanted, new_ids->pdata[k], GUINT_TO_POINTER (k + 1));
  while (i < old_ids->len || j < new_ids->len)
    {
      Change change = { position, 0, j, 0 };
      gpointer found;

      while (i < old_ids->len &&
             ((found = g_hash_table_lookup (wanted, old_ids->pdata[i])) == NULL ||
              GPOINTER_TO_UINT (found) - 1 < j))
        change.removed++, i++;
      while (j < new_ids->len &&
             (i >= old_ids->len || !g_str_equal (new_ids->pdata[j], old_ids->pdata[i])))
        change.added++, j++;
      if (change.removed > 0 || change.added > 0)
        g_array_append_val (changes, change);
      position += change.added;
      if (i < old_ids->len && j < new_ids->len)
        position++, i++, j++;
    }
  return changes;
}

/* A few runs keep the rows that stay; many would cost GTK 4.8's list view a
 * layout each, so then the rows are rewritten in place instead. */
#define MAX_CHANGES 6

/* GTK 4.8's list view keeps a widget for up to 200 rows around the top one
 * and measures every one of them again when its row changes: the rows it
 * keeps widgets for change a few a frame, so typing never waits for them. */
#define ROWS_WITH_WIDGETS 250
#define ROWS_PER_FRAME 4

static gboolean
apply_runs (FsLibraryView *self,
            GListModel    *result,
            GArray        *changes)
{
  GListModel *shown = G_LIST_MODEL (self->model);
  guint position = 0, j = 0, added = 0;

  for (guint c = 0; c < changes->len; c++)
    {
      Change *change = &g_array_index (changes, Change, c);

      if (change->position < ROWS_WITH_WIDGETS)
        added += MIN (change->added, ROWS_WITH_WIDGETS - change->position);
    }
  if (changes->len > MAX_CHANGES || added > ROWS_PER_FRAME)
    return FALSE;

  for (guint c = 0; c <= changes->len; c++)
    {
      Change *change = c < changes->len ? &g_array_index (changes, Change, c) : NULL;
      guint until = change ? change->position : g_list_model_get_n_items (shown);
      g_autoptr(GPtrArray) inserted = g_ptr_array_new_with_free_func (g_object_unref);

      /* Rows that stay before this change get the new values. */
      for (; position < until; position++, j++)
        {
          g_autoptr(FsRecord) slot = g_list_model_get_item (shown, position);
          g_autoptr(FsRecord) fresh = g_list_model_get_item (result, j);

          fs_record_copy_values (slot, fresh);
        }
      if (change == NULL)
        break;
      for (guint k = 0; k < change->added; k++)
        g_ptr_array_add (inserted, g_list_model_get_item (result, change->first + k));
      g_list_store_splice (self->model, change->position, change->removed, inserted->pdata,
                           inserted->len);
      position += change->added;
      j += change->added;
    }
  return TRUE;
}

static gboolean
same_summary (FsRecord *a,
              FsRecord *b)
{
  const FsSchema *schema = fs_record_get_schema (a);

  for (guint i = 0; i < schema->n_fields; i++)
    if (schema->fields[i].type == FS_FIELD_NUMBER
        ? fs_record_get_number (a, i) != fs_record_get_number (b, i)
        : !g_str_equal (fs_record_get_text (a, i), fs_record_get_text (b, i)))
      return FALSE;
  return TRUE;
}

static void
append_from_target (FsLibraryView *self,
                    guint          count)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = shown; i < shown + count; i++)
    g_ptr_array_add (added, g_list_model_get_item (self->target, i));
  g_list_store_splice (self->model, shown, 0, added->pdata, added->len);
}

typedef struct
{
  gpointer       data;
  GDestroyNotify release;
} Release;

static void
release_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Release *release = task_data;

  release->release (g_steal_pointer (&release->data));
}

/* Freeing thousands of summaries would hold up the main thread: a worker
 * drops the reference, the last one to an answer nothing shows any more. */
void
fs_library_release_later (gpointer       data,
                          GDestroyNotify release)
{
  g_autoptr(GTask) task = NULL;
  Release *job;

  if (data == NULL)
    return;
  job = g_new (Release, 1);
  job->data = data;
  job->release = release;
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, job, g_free);
  g_task_run_in_thread (task, release_in_thread);
}

static void
drop_rows (FsLibraryView *self,
           guint          position,
           guint          count)
{
  GPtrArray *dropped = g_ptr_array_new_full (count, g_object_unref);

  for (guint i = position; i < position + count; i++)
    g_ptr_array_add (dropped, g_list_model_get_item (G_LIST_MODEL (self->model), i));
  g_list_store_splice (self->model, position, count, NULL, 0);
  fs_library_release_later (dropped, (GDestroyNotify) g_ptr_array_unref);
}

/* Rewrites or adds the next rows of the answer; TRUE once all are shown. */
static gboolean
apply_some_rows (FsLibraryView *self)
{
  GListModel *shown = G_LIST_MODEL (self->model);
  guint n = g_list_model_get_n_items (self->target);
  guint budget = ROWS_PER_FRAME;

  for (; self->next < MIN (n, g_list_model_get_n_items (shown)) && budget > 0; self->next++)
    {
      g_autoptr(FsRecord) slot = g_list_model_get_item (shown, self->next);
      g_autoptr(FsRecord) fresh = g_list_model_get_item (self->target, self->next);

      if (same_summary (slot, fresh))
        continue;
      fs_record_copy_values (slot, fresh);
      budget--;
    }
  if (self->next < g_list_model_get_n_items (shown) || budget == 0)
    return self->next >= n && g_list_model_get_n_items (shown) == n;
  /* Rows far enough down have no widget yet: they come all at once. */
  if (self->next < ROWS_WITH_WIDGETS)
    budget = MIN (budget, n - self->next);
  else
    budget = n - self->next;
  if (budget > 0)
    append_from_target (self, budget);
  self->next += budget;
  return self->next >= n;
}

static void show_results_done (FsLibraryView *self);

static gboolean
apply_on_tick (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  FsLibraryView *self = data;

  if (!apply_some_rows (self))
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  show_results_done (self);
  return G_SOURCE_REMOVE;
}

/* Shows the rest of the answer now: nobody sees the list, or a new one comes. */
void
fs_library_view_finish_applying (FsLibraryView *self)
{
  if (self->target == NULL)
    return;
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->tick_id);
  self->tick_id = 0;
  while (!apply_some_rows (self))
    ;
  show_results_done (self);
}

static void
start_applying (FsLibraryView *self,
                GListModel    *result)
{
  guint n = g_list_model_get_n_items (result);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  if (self->target == NULL)
    self->keep_selected = g_strdup (self->selected_id);
  g_set_object (&self->target, result);
  self->next = 0;
  /* The rows that go are dropped at once: they cost the view no layout. */
  if (shown > n)
    drop_rows (self, n, shown - n);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    {
      fs_library_view_finish_applying (self);
      return;
    }
  if (apply_some_rows (self))
    show_results_done (self);
  else if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), apply_on_tick,
                                                  self, NULL);
}

static void
show_results_done (FsLibraryView *self)
{
  GListModel *shown = G_LIST_MODEL (self->model);
  g_autofree char *keep = g_steal_pointer (&self->keep_selected);

  /* An answer that arrived while an earlier one was being applied may have
   * been shown at once: the earlier one's ticks have nothing left to do. */
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->tick_id);
  self->tick_id = 0;
  fs_library_release_later (g_steal_pointer (&self->target), g_object_unref);
  gtk_single_selection_set_selected (self->selection, fs_library_view_find_position (self, keep));

  if (self->rename_when_shown != NULL &&
      fs_library_view_find_position (self, self->rename_when_shown) != GTK_INVALID_LIST_POSITION)
    {
      g_autofree char *id = g_steal_pointer (&self->rename_when_shown);

      fs_library_view_start_rename (self, id);
    }

  if (g_list_model_get_n_items (shown) > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else
    gtk_stack_set_visible_child_name (self->stack,
                                      filters_are_default (self) ? "empty" : "no-results");
}

void
fs_library_view_show_results (FsLibraryView *self,
                              GListModel    *result)
{
  g_autoptr(GPtrArray) old_ids = NULL;
  g_autoptr(GPtrArray) new_ids = NULL;
  g_autoptr(GArray) changes = NULL;

  /* An empty list has no rows to keep. */
  if (self->target == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      old_ids = ids_of (G_LIST_MODEL (self->model));
      new_ids = ids_of (result);
      changes = plan_changes (old_ids, new_ids);
      if (apply_runs (self, result, changes))
        {
          self->keep_selected = g_strdup (self->selected_id);
          self->target = g_object_ref (result);
          show_results_done (self);
          return;
        }
    }
  start_applying (self, result);
}
