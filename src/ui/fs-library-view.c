/* fs-library-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fs-library-row.h"
#include "fs-library-view.h"

struct _FsLibraryView
{
  GtkWidget           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkPopover         *rename_popover;
  GtkEntry           *rename_entry;
  GtkWidget          *context_menu;

  FsStore            *store;
  GListStore         *model;
  GtkSingleSelection *selection;
  char               *selected_id;
  char               *kind;
  char               *status;
  char               *sort;
  char               *rename_when_shown;
  char               *renaming;
  guint               generation;
  guint               pending;

  /* An answer being shown a few rows a frame. */
  GListModel         *target;
  guint               next;
  guint               tick_id;
  char               *keep_selected;
};

G_DEFINE_FINAL_TYPE (FsLibraryView, fs_library_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STATUS,
  PROP_SORT,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static gboolean
filters_are_default (FsLibraryView *self)
{
  return g_str_equal (self->kind, "all") && g_str_equal (self->status, "any") &&
         gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0';
}

static guint
find_position (GListModel *model,
               const char *id)
{
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
#define ROWS_PER_FRAME 8

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
  for (guint i = 0; i <= FS_SUMMARY_SNIPPET; i++)
    if (i == FS_SUMMARY_RISKS || i == FS_SUMMARY_ACTION_ITEMS || i == FS_SUMMARY_OPEN_ACTION_ITEMS
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
static void
release_later (gpointer       data,
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
  release_later (dropped, (GDestroyNotify) g_ptr_array_unref);
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
static void
finish_applying (FsLibraryView *self)
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
      finish_applying (self);
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

  release_later (g_steal_pointer (&self->target), g_object_unref);
  gtk_single_selection_set_selected (self->selection, find_position (shown, keep));

  if (self->rename_when_shown != NULL &&
      find_position (shown, self->rename_when_shown) != GTK_INVALID_LIST_POSITION)
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

static void
show_results (FsLibraryView *self,
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
        show_results (self, documents);
      else
        g_warning ("Could not list the library: %s", error->message);
    }
  release_later (documents, g_object_unref);
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

static void
on_selection_changed (FsLibraryView *self)
{
  FsRecord *summary = gtk_single_selection_get_selected_item (self->selection);
  const char *id = summary ? fs_record_get_text (summary, FS_SUMMARY_ID) : NULL;

  /* Rows rewritten in place say nothing of the selection until all are. */
  if (self->target != NULL || g_strcmp0 (id, self->selected_id) == 0)
    return;
  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

static void
on_row_activated (FsLibraryView *self,
                  guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-document", NULL);
}

static void
on_search_changed (FsLibraryView *self)
{
  fs_library_view_refresh (self);
}

static void
on_stop_search (FsLibraryView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_search_activate (FsLibraryView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-document", NULL);
    }
}

static void
setup_row (GtkListItemFactory *factory,
           GtkListItem        *item)
{
  gtk_list_item_set_child (item, fs_library_row_new ());
}

static void
bind_row (GtkListItemFactory *factory,
          GtkListItem        *item)
{
  fs_library_row_set_summary (FS_LIBRARY_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static char **
filter_slot (FsLibraryView *self,
             guint          prop_id)
{
  return prop_id == PROP_KIND ? &self->kind : prop_id == PROP_STATUS ? &self->status : &self->sort;
}

static void
fs_library_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (object);

  if (prop_id == PROP_SELECTED_ID)
    g_value_set_string (value, self->selected_id);
  else
    g_value_set_string (value, *filter_slot (self, prop_id));
}

static void
fs_library_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (object);
  char **slot = filter_slot (self, prop_id);

  if (g_strcmp0 (*slot, g_value_get_string (value)) == 0)
    return;
  g_free (*slot);
  *slot = g_value_dup_string (value);
  g_object_notify_by_pspec (object, pspec);
  /* A forgotten filter is the usual reason for a missing document: show it. */
  if (g_str_equal (self->kind, "all") && g_str_equal (self->status, "any"))
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  fs_library_view_refresh (self);
}

static void
on_store_changed (FsLibraryView *self)
{
  fs_library_view_refresh (self);
}

static void
fs_library_view_dispose (GObject *object)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  GtkWidget *child;

  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->tick_id);
  self->tick_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_LIBRARY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->target);
  g_clear_pointer (&self->keep_selected, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->rename_when_shown, g_free);
  g_clear_pointer (&self->renaming, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->sort, g_free);

  G_OBJECT_CLASS (fs_library_view_parent_class)->dispose (object);
}

static void
on_rename_confirmed (FsLibraryView *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));

  gtk_popover_popdown (self->rename_popover);
  if (self->renaming == NULL || title[0] == '\0')
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.rename-document", "(ss)",
                              self->renaming, title);
}

static GtkWidget *
find_row_widget (FsLibraryView *self,
                 const char    *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      FsSummary *summary;

      if (!FS_IS_LIBRARY_ROW (row) || (summary = fs_library_row_get_summary (FS_LIBRARY_ROW (row))) == NULL)
        continue;
      if (g_strcmp0 (fs_record_get_text (FS_RECORD (summary), FS_SUMMARY_ID), id) == 0)
        return row;
    }
  return NULL;
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* The menu of one document's row, made when it is opened: rows are made by
 * the hundred as the list changes and carry no menu of their own. */
static GMenuModel *
context_menu_for (const char *id,
                  const char *current_status)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) status = g_menu_new ();
  g_autoptr(GMenu) removal = g_menu_new ();
  static const struct { const char *value; const char *label; } statuses[] = {
    { "draft", N_("Mark as _Draft") }, { "review", N_("Mark as _In Review") },
    { "final", N_("Mark as _Final") },
  };

  append_item (edit, _("_Rename…"), "library.rename", g_variant_new_string (id));
  append_item (edit, _("D_uplicate"), "win.duplicate-document", g_variant_new_string (id));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i].value, current_status) != 0)
      append_item (status, _(statuses[i].label), "win.set-document-status",
                   g_variant_new ("(ss)", id, statuses[i].value));
  append_item (removal, _("_Delete"), "win.delete-document", g_variant_new_string (id));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (status));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (removal));
  return G_MENU_MODEL (menu);
}

static FsLibraryRow *
row_at (FsLibraryView *self,
        double         x,
        double         y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  while (picked != NULL && !FS_IS_LIBRARY_ROW (picked))
    picked = gtk_widget_get_parent (picked);
  return picked ? FS_LIBRARY_ROW (picked) : NULL;
}

static void
show_context_menu (FsLibraryView *self,
                   FsLibraryRow  *row)
{
  FsRecord *summary = FS_RECORD (fs_library_row_get_summary (row));
  g_autoptr(GMenuModel) menu = NULL;
  graphene_rect_t bounds;

  if (summary == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self), &bounds))
    return;
  menu = context_menu_for (fs_record_get_text (summary, FS_SUMMARY_ID),
                           fs_record_get_text (summary, FS_SUMMARY_STATUS));
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), menu);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                 bounds.size.width, bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
show_context_menu_at (FsLibraryView *self,
                      double         x,
                      double         y)
{
  FsLibraryRow *row = row_at (self, x, y);

  if (row != NULL)
    show_context_menu (self, row);
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    FsLibraryView   *self)
{
  show_context_menu_at (self, x, y);
}

static void
context_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (widget);
  GtkWidget *row = self->selected_id ? find_row_widget (self, self->selected_id) : NULL;

  if (row != NULL)
    show_context_menu (self, FS_LIBRARY_ROW (row));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  if (!fs_library_view_start_rename (FS_LIBRARY_VIEW (widget), id))
    gtk_widget_activate_action (widget, "win.rename-with-dialog", "s", id);
}

static void
delete_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FsLibraryView *self = FS_LIBRARY_VIEW (widget);

  if (self->selected_id != NULL)
    gtk_widget_activate_action (widget, "win.delete-document", "s", self->selected_id);
}

static void
fs_library_view_class_init (FsLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fs_library_view_dispose;
  object_class->get_property = fs_library_view_get_property;
  object_class->set_property = fs_library_view_set_property;

  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "all", flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "any", flags);
  properties[PROP_SORT] = g_param_spec_string ("sort", NULL, NULL, "modified", flags);
  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, rename_popover);
  gtk_widget_class_bind_template_child (widget_class, FsLibraryView, rename_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_rename_confirmed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_property_action (widget_class, "library.kind", "kind");
  gtk_widget_class_install_property_action (widget_class, "library.status", "status");
  gtk_widget_class_install_property_action (widget_class, "library.sort", "sort");
  gtk_widget_class_install_action (widget_class, "library.delete-selected", NULL,
                                   delete_selected);
  gtk_widget_class_install_action (widget_class, "library.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "library.context-menu", NULL,
                                   context_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "library.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0,
                                       "library.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "library.delete-selected", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_library_view_init (FsLibraryView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->kind = g_strdup ("all");
  self->status = g_strdup ("any");
  self->sort = g_strdup ("modified");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->model = g_list_store_new (FS_TYPE_SUMMARY);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  g_signal_connect_swapped (self->list_view, "unmap", G_CALLBACK (finish_applying), self);

  self->context_menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  {
    GtkGesture *click = gtk_gesture_click_new ();
    GtkGesture *press = gtk_gesture_long_press_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
    g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
    g_signal_connect_swapped (press, "pressed", G_CALLBACK (show_context_menu_at), self);
    gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (press), TRUE);
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (press));
  }
}

void
fs_library_view_set_store (FsLibraryView *self,
                           FsStore       *store)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  fs_library_view_refresh (self);
}

GListModel *
fs_library_view_get_model (FsLibraryView *self)
{
  g_return_val_if_fail (FS_IS_LIBRARY_VIEW (self), NULL);

  return G_LIST_MODEL (self->model);
}

const char *
fs_library_view_get_selected_id (FsLibraryView *self)
{
  g_return_val_if_fail (FS_IS_LIBRARY_VIEW (self), NULL);

  return self->selected_id;
}

void
fs_library_view_select (FsLibraryView *self,
                        const char    *id)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  if (self->target != NULL)
    {
      g_free (self->keep_selected);
      self->keep_selected = g_strdup (id);
    }
  gtk_single_selection_set_selected (self->selection,
                                     find_position (G_LIST_MODEL (self->model), id));
}

void
fs_library_view_focus_search (FsLibraryView *self)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
fs_library_view_set_search (FsLibraryView *self,
                            const char    *text)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  fs_library_view_refresh (self);
}

/* Renaming happens in a popover under the document's row; the popover
 * belongs to the view, so rows may come and go while it is open. */
gboolean
fs_library_view_start_rename (FsLibraryView *self,
                              const char    *id)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->rename_popover));
  GtkWidget *row;
  graphene_rect_t bounds;
  guint position;

  g_return_val_if_fail (FS_IS_LIBRARY_VIEW (self), FALSE);

  position = find_position (G_LIST_MODEL (self->model), id);
  if (position == GTK_INVALID_LIST_POSITION || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  row = find_row_widget (self, id);
  if (row == NULL || !gtk_widget_compute_bounds (row, parent, &bounds))
    return FALSE;
  gtk_popover_set_pointing_to (self->rename_popover,
                               &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                 bounds.size.width, bounds.size.height });
  {
    g_autoptr(FsRecord) summary = g_list_model_get_item (G_LIST_MODEL (self->model), position);

    gtk_editable_set_text (GTK_EDITABLE (self->rename_entry),
                           fs_record_get_text (summary, FS_SUMMARY_TITLE));
  }
  g_free (self->renaming);
  self->renaming = g_strdup (id);
  gtk_popover_popup (self->rename_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
  return TRUE;
}

/* A new document's title is ready to type over as soon as its row appears. */
void
fs_library_view_rename_when_shown (FsLibraryView *self,
                                   const char    *id)
{
  g_return_if_fail (FS_IS_LIBRARY_VIEW (self));

  g_free (self->rename_when_shown);
  self->rename_when_shown = g_strdup (id);
}
