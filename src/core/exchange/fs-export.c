/* fs-export.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-exchange.h"
#include "fs-export.h"
#include "fs-markdown.h"
#include "fs-pdf.h"

static const struct
{
  const char     *name;
  const char     *extension;
  FsExportFormat  format;
} formats[] = {
  { "md", "md", FS_EXPORT_MARKDOWN },
  { "pdf", "pdf", FS_EXPORT_PDF },
  { "runbook", "pdf", FS_EXPORT_RUNBOOK },
  { "json", "json", FS_EXPORT_JSON },
};

gboolean
fs_export_format_from_name (const char     *name,
                            FsExportFormat *format)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].name, name))
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

const char *
fs_export_format_extension (FsExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].extension;
  return "";
}

static gboolean
write_markdown (FsDocument  *document,
                const char  *path,
                GError     **error)
{
  g_autofree char *text = fs_markdown_render (document);

  /* Written beside the target and renamed over it: whole or not at all.
   * GLib's message names the file already. */
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                   error);
}

/* One document to a file in any format, the same way from the command line
 * and from the window. Safe to call from a worker thread. */
gboolean
fs_export_document (FsDocument         *document,
                    FsExportFormat      format,
                    const FsPageSetup  *setup,
                    const char         *path,
                    GError            **error)
{
  FsPageSetup default_setup;
  g_autoptr(GPtrArray) documents = NULL;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (format == FS_EXPORT_RUNBOOK &&
      fs_document_get_kind (document) != FS_DOCUMENT_KIND_PREMORTEM)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is a post-mortem: the go/no-go runbook is made from a pre-mortem"),
                   fs_document_get_title (document));
      return FALSE;
    }
  if (setup == NULL)
    {
      fs_page_setup_init_default (&default_setup);
      setup = &default_setup;
    }

  switch (format)
    {
    case FS_EXPORT_MARKDOWN:
      return write_markdown (document, path, error);
    case FS_EXPORT_PDF:
      return fs_pdf_export (document, FS_PRINT_DOCUMENT, setup, path, error);
    case FS_EXPORT_RUNBOOK:
      return fs_pdf_export (document, FS_PRINT_RUNBOOK, setup, path, error);
    case FS_EXPORT_JSON:
    default:
      documents = g_ptr_array_new ();
      g_ptr_array_add (documents, document);
      return fs_exchange_write_file (documents, path, error);
    }
}
