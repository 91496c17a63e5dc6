/* fs-command-line.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fs-chain.h"
#include "fs-command-line.h"
#include "fs-exchange.h"
#include "fs-export.h"
#include "fs-import.h"
#include "fs-store.h"

enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

/* Every failure is one line on standard error, whatever the message holds. */
static int
fail (int         status,
      const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\r\n", ' ');
  g_printerr ("foresight: %s\n", line);
  return status;
}

gboolean
fs_command_line_is_batch (const FsCommandLine *options)
{
  g_return_val_if_fail (options != NULL, FALSE);

  return options->list || options->json || options->import != NULL ||
         options->export_id != NULL || options->format != NULL || options->output != NULL;
}

void
fs_command_line_clear (FsCommandLine *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->library, g_free);
  g_clear_pointer (&options->import, g_free);
  g_clear_pointer (&options->export_id, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->output, g_free);
}

static const char *
check_usage (const FsCommandLine *options)
{
  guint commands = !!options->list + (options->import != NULL) + (options->export_id != NULL);

  if (commands > 1)
    return _("--list, --import and --export cannot be combined; give one of them");
  if (options->json && !options->list)
    return _("--json goes with --list");
  if ((options->format != NULL || options->output != NULL) && options->export_id == NULL)
    return _("--format and --output go with --export ID");
  if (options->export_id != NULL && (options->format == NULL || options->output == NULL))
    return _("--export needs --format md|pdf|json|runbook and --output FILE");
  return NULL;
}

/* Listing and exporting read a library; they never create one by mistake. */
static FsStore *
open_library (const FsCommandLine  *options,
              gboolean              must_exist,
              GError              **error)
{
  g_autofree char *path = options->library ? g_strdup (options->library)
                                           : fs_store_default_path ();

  if (must_exist && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("There is no library at “%s”"), path);
      return NULL;
    }
  return fs_store_open (path, error);
}

static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  for (char *p = line; *p != '\0'; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      *p = ' ';
  return line;
}

/* Every link of the library, read once: by post-mortem, and the ids of the
 * post-mortems linked to each pre-mortem. */
typedef struct
{
  GHashTable *by_postmortem; /* id → FsLinkEntry */
  GHashTable *by_premortem;  /* id → GPtrArray of post-mortem ids */
} LinkIndex;

static void
link_index_init (LinkIndex  *index,
                 GListModel *links)
{
  index->by_postmortem = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  index->by_premortem = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      FsRecord *link = g_list_model_get_item (links, i);
      const char *premortem = fs_record_get_text (link, FS_LINK_ENTRY_PREMORTEM_ID);
      const char *postmortem = fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_ID);
      GPtrArray *incidents = g_hash_table_lookup (index->by_premortem, premortem);

      if (incidents == NULL)
        {
          incidents = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (index->by_premortem, g_strdup (premortem), incidents);
        }
      g_ptr_array_add (incidents, g_strdup (postmortem));
      g_hash_table_insert (index->by_postmortem, g_strdup (postmortem), link);
    }
}

static void
link_index_clear (LinkIndex *index)
{
  g_clear_pointer (&index->by_postmortem, g_hash_table_unref);
  g_clear_pointer (&index->by_premortem, g_hash_table_unref);
}

static void
add_string_array (JsonBuilder        *builder,
                  const char         *member,
                  const char * const *values,
                  guint               n_values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_values; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/* A post-mortem names its pre-mortem, and the risks it was an instance of
 * once that was asked; a pre-mortem names its post-mortems. */
static void
add_chain_members (JsonBuilder *builder,
                   LinkIndex   *index,
                   const char  *id)
{
  FsRecord *link = g_hash_table_lookup (index->by_postmortem, id);
  GPtrArray *incidents = g_hash_table_lookup (index->by_premortem, id);

  if (link != NULL)
    {
      const char * const *anticipated = fs_record_get_list (link, FS_LINK_ENTRY_ANTICIPATED);

      json_builder_set_member_name (builder, "premortem");
      json_builder_add_string_value (builder, fs_record_get_text (link,
                                                                  FS_LINK_ENTRY_PREMORTEM_ID));
      if (fs_record_get_boolean (link, FS_LINK_ENTRY_ASKED))
        add_string_array (builder, "anticipated", anticipated,
                          g_strv_length ((char **) anticipated));
    }
  if (incidents != NULL)
    add_string_array (builder, "incidents", (const char * const *) incidents->pdata,
                      incidents->len);
}

static void
print_json_list (GListModel *documents,
                 GListModel *links)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  static const char * const members[] = { "id", "kind", "status", "title", "created", "modified" };
  static const guint fields[] = { FS_SUMMARY_ID, FS_SUMMARY_KIND, FS_SUMMARY_STATUS,
                                  FS_SUMMARY_TITLE, FS_SUMMARY_CREATED, FS_SUMMARY_MODIFIED };
  LinkIndex index;

  link_index_init (&index, links);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (documents, i);

      json_builder_begin_object (builder);
      for (guint j = 0; j < G_N_ELEMENTS (members); j++)
        {
          json_builder_set_member_name (builder, members[j]);
          json_builder_add_string_value (builder, fs_record_get_text (summary, fields[j]));
        }
      add_chain_members (builder, &index, fs_record_get_text (summary, FS_SUMMARY_ID));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  link_index_clear (&index);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static int
run_list (const FsCommandLine *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = open_library (options, TRUE, &error);
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GListModel) links = NULL;
  FsStoreQuery query = FS_STORE_QUERY_INIT;

  if (store == NULL)
    return fail (EXIT_FAILED, error->message);
  documents = fs_store_query (store, &query, &error);
  if (documents == NULL)
    return fail (EXIT_FAILED, error->message);

  if (options->json)
    {
      links = fs_store_list_links (store, NULL, &error);
      if (links == NULL)
        return fail (EXIT_FAILED, error->message);
      print_json_list (documents, links);
      return EXIT_OK;
    }
  /* One line a document, four columns: scripts read it, so it stays. */
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(FsRecord) summary = g_list_model_get_item (documents, i);
      g_autofree char *title = one_line (fs_record_get_text (summary, FS_SUMMARY_TITLE));

      g_print ("%s\t%s\t%s\t%s\n",
               fs_record_get_text (summary, FS_SUMMARY_ID),
               fs_record_get_text (summary, FS_SUMMARY_KIND),
               fs_record_get_text (summary, FS_SUMMARY_STATUS),
               title);
    }
  return EXIT_OK;
}

static int
run_import (const FsCommandLine *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autofree char *message = NULL;

  /* A file that is not there creates no library either. */
  if (!g_file_test (options->import, G_FILE_TEST_IS_REGULAR))
    {
      message = g_strdup_printf (_("There is no file to import at “%s”"), options->import);
      return fail (EXIT_FAILED, message);
    }
  store = open_library (options, FALSE, &error);
  if (store == NULL)
    return fail (EXIT_FAILED, error->message);
  written = fs_import_file (store, options->import, &error);
  if (written == NULL)
    return fail (EXIT_FAILED, error->message);

  for (guint i = 0; i < written->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (written, i));
  return EXIT_OK;
}

/* What the pages say of the chain is read from the library, as the window
 * does; the exchange format holds only the document's own side of it. */
static gboolean
attach_chain (FsStore     *store,
              FsDocument  *document,
              GError     **error)
{
  g_autoptr(FsChain) chain = fs_store_load_chain (store, document, error);

  if (chain == NULL)
    return FALSE;
  fs_document_set_chain (document, chain);
  return TRUE;
}

static int
run_export (const FsCommandLine *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = NULL;
  g_autoptr(FsDocument) document = NULL;
  g_autofree char *message = NULL;
  FsExportFormat format;

  if (!fs_export_format_from_name (options->format, &format))
    {
      message = g_strdup_printf (_("Unknown format “%s”: use md, pdf, json or runbook"),
                                 options->format);
      return fail (EXIT_USAGE, message);
    }

  store = open_library (options, TRUE, &error);
  if (store != NULL)
    document = fs_store_load (store, options->export_id, &error);
  if (document == NULL)
    return fail (EXIT_FAILED, error->message);
  if (format != FS_EXPORT_JSON && !attach_chain (store, document, &error))
    return fail (EXIT_FAILED, error->message);
  if (!fs_export_document (document, format, NULL, options->output, &error))
    return fail (EXIT_FAILED, error->message);
  return EXIT_OK;
}

int
fs_command_line_run (const FsCommandLine *options)
{
  const char *usage_error;

  g_return_val_if_fail (options != NULL, EXIT_USAGE);

  usage_error = check_usage (options);
  if (usage_error != NULL)
    return fail (EXIT_USAGE, usage_error);
  if (options->list)
    return run_list (options);
  if (options->import != NULL)
    return run_import (options);
  return run_export (options);
}
