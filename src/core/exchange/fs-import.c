/* fs-import.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fs-exchange-private.h"
#include "fs-import.h"

/* Parsing a big file and writing it into the library take about as long as
 * each other: a second thread parses each document's own text and builds it
 * while this one writes those already built, inside one transaction. The
 * strict check of the whole text still comes first, so that a file refused
 * for its syntax never reaches the library, and any other refusal rolls the
 * transaction back. Whatever the fast way cannot describe exactly (an odd
 * shape, a json-glib syntax error) is read the ordinary way instead, which
 * gives the exact message the ordinary way gives.
 *
 * Parsing and building on two threads of their own was tried and measured:
 * on two cores shared with other work it used more processor time in all
 * and did not finish sooner. */

/* Enough to keep both threads busy, and few enough that a writer slower
 * than the reader does not hold much of the file in memory. */
#define QUEUE_LENGTH 32

/* A queue that makes its producer wait while it is full. */
typedef struct
{
  GMutex  mutex;
  GCond   changed;
  GQueue  items;
} Queue;

typedef struct
{
  const char   *data;
  const char   *name;
  GArray       *elements;
  Queue         documents;
  GError       *error;     /* the first document refused */
  gboolean      fallback;  /* json-glib refused a document's text */
} Pipeline;

/* Pushed after the last document: a queue holds no NULL. */
static char end_of_documents;

static void
queue_push (Queue    *queue,
            gpointer  item)
{
  g_mutex_lock (&queue->mutex);
  while (queue->items.length >= QUEUE_LENGTH)
    g_cond_wait (&queue->changed, &queue->mutex);
  g_queue_push_tail (&queue->items, item);
  g_cond_broadcast (&queue->changed);
  g_mutex_unlock (&queue->mutex);
}

static gpointer
queue_pop (Queue *queue)
{
  gpointer item;

  g_mutex_lock (&queue->mutex);
  while (queue->items.length == 0)
    g_cond_wait (&queue->changed, &queue->mutex);
  item = g_queue_pop_head (&queue->items);
  g_cond_broadcast (&queue->changed);
  g_mutex_unlock (&queue->mutex);
  return item;
}

static gpointer
read_in_thread (gpointer data)
{
  Pipeline *pipeline = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < pipeline->elements->len; i++)
    {
      FsExchangeRange *range = &g_array_index (pipeline->elements, FsExchangeRange, i);
      FsDocument *document;

      if (!json_parser_load_from_data (parser, pipeline->data + range->start,
                                       (gssize) (range->end - range->start), NULL))
        {
          pipeline->fallback = TRUE;
          break;
        }
      /* After a refused document, the rest is only parsed: a syntax error
       * anywhere takes precedence, as it does when the file is read whole. */
      if (pipeline->error != NULL)
        continue;
      document = fs_exchange_read_document (json_parser_get_root (parser), pipeline->name, i,
                                            ids, &pipeline->error);
      if (document != NULL)
        queue_push (&pipeline->documents, document);
    }
  queue_push (&pipeline->documents, &end_of_documents);
  return NULL;
}

/* The envelope without the documents' text, checked before any is read. */
static gboolean
check_envelope (const char             *data,
                gsize                   length,
                const FsExchangeLayout *layout,
                const char             *name)
{
  g_autoptr(GString) text = g_string_new_len (data, (gssize) layout->documents_open + 1);
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_string_append_len (text, data + layout->documents_close,
                       (gssize) (length - layout->documents_close));
  return json_parser_load_from_data (parser, text->str, (gssize) text->len, NULL) &&
         fs_exchange_read_envelope (json_parser_get_root (parser), name, NULL);
}

static GPtrArray *
import_whole (FsStore     *store,
              const char  *data,
              gsize        length,
              const char  *name,
              gboolean     notify,
              char       **only_id,
              GError     **error)
{
  g_autoptr(GPtrArray) documents = fs_exchange_read_data (data, length, name, error);
  FsStoreImport *import;

  if (documents == NULL)
    return NULL;
  import = fs_store_import_begin (store, error);
  if (import == NULL)
    return NULL;
  for (guint i = 0; i < documents->len; i++)
    if (!fs_store_import_add (import, g_ptr_array_index (documents, i), error))
      {
        fs_store_import_abort (import);
        return NULL;
      }
  if (only_id != NULL && documents->len == 1)
    *only_id = g_strdup (fs_document_get_id (g_ptr_array_index (documents, 0)));
  return fs_store_import_finish (import, notify, error);
}

/* Writes what the reading thread hands over; a failure to write is kept for
 * after the whole file has been read, since a refusal of the file comes first. */
static void
write_documents (Pipeline       *pipeline,
                 FsStoreImport  *import,
                 char          **first_id,
                 GError        **error)
{
  gpointer item;

  while ((item = queue_pop (&pipeline->documents)) != &end_of_documents)
    {
      FsDocument *document = item;

      if (*first_id == NULL)
        *first_id = g_strdup (fs_document_get_id (document));
      if (*error == NULL)
        fs_store_import_add (import, document, error);
      g_object_unref (document);
    }
}

static GPtrArray *
import_pipelined (FsStore                *store,
                  const char             *data,
                  gsize                   length,
                  const FsExchangeLayout *layout,
                  const char             *name,
                  gboolean                notify,
                  char                  **only_id,
                  GError                **error)
{
  Pipeline pipeline = { .data = data, .name = name, .elements = layout->elements };
  g_autoptr(GError) write_error = NULL;
  g_autofree char *first_id = NULL;
  FsStoreImport *import;
  GThread *thread;

  import = fs_store_import_begin (store, NULL);
  if (import == NULL)
    return import_whole (store, data, length, name, notify, only_id, error);

  g_mutex_init (&pipeline.documents.mutex);
  g_cond_init (&pipeline.documents.changed);
  g_queue_init (&pipeline.documents.items);
  thread = g_thread_new ("fs-import", read_in_thread, &pipeline);
  write_documents (&pipeline, import, &first_id, &write_error);
  g_thread_join (thread);
  g_mutex_clear (&pipeline.documents.mutex);
  g_cond_clear (&pipeline.documents.changed);

  if (pipeline.fallback || pipeline.error != NULL || write_error != NULL)
    {
      fs_store_import_abort (import);
      if (pipeline.fallback)
        {
          g_clear_error (&pipeline.error);
          return import_whole (store, data, length, name, notify, only_id, error);
        }
      g_propagate_error (error, pipeline.error != NULL ? pipeline.error
                                                       : g_steal_pointer (&write_error));
      return NULL;
    }
  if (only_id != NULL && layout->elements->len == 1)
    *only_id = g_steal_pointer (&first_id);
  return fs_store_import_finish (import, notify, error);
}

GPtrArray *
fs_import_file_full (FsStore     *store,
                     const char  *path,
                     gboolean     notify,
                     char       **only_id,
                     GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GArray) elements = g_array_new (FALSE, FALSE, sizeof (FsExchangeRange));
  FsExchangeLayout layout = { FALSE, 0, 0, elements };
  gsize length = 0;

  g_return_val_if_fail (FS_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (only_id == NULL || *only_id == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_name (path);
  if (!fs_exchange_read_contents (path, name, &contents, &length, error) ||
      !fs_exchange_check (contents, length, name, &layout, error))
    return NULL;
  if (!layout.regular || !check_envelope (contents, length, &layout, name))
    return import_whole (store, contents, length, name, notify, only_id, error);
  return import_pipelined (store, contents, length, &layout, name, notify, only_id, error);
}

GPtrArray *
fs_import_file (FsStore     *store,
                const char  *path,
                GError     **error)
{
  return fs_import_file_full (store, path, TRUE, NULL, error);
}
