/* fs-pdf.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "fs-pdf.h"
#include "fs-print-private.h"

typedef struct
{
  int fd;
  int errsv; /* why the last write failed, or 0 */
} FsPdfSink;

static cairo_status_t
write_chunk (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  FsPdfSink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->errsv = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_error (GError     **error,
           const char  *path,
           int          errsv,
           const char  *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, errsv != 0 ? g_io_error_from_errno (errsv) : G_IO_ERROR_FAILED,
               /* Translators: a file name, then why it could not be saved */
               _("Could not save “%s”: %s"), name, errsv != 0 ? g_strerror (errsv) : reason);
}

/* A timestamp as cairo wants it in the metadata, or NULL. */
static char *
pdf_date (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) moment = NULL;
  g_autoptr(GDateTime) in_utc = NULL;

  if (timestamp == NULL || timestamp[0] == '\0')
    return NULL;
  moment = g_date_time_new_from_iso8601 (timestamp, utc);
  if (moment == NULL)
    return NULL;
  in_utc = g_date_time_to_utc (moment);
  return g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%SZ");
}

static void
set_metadata (cairo_surface_t *surface,
              FsDocument      *document,
              FsPrintKind      kind)
{
  FsRecord *record = FS_RECORD (document);
  g_autofree char *authors = g_strjoinv (", ", (char **) fs_record_get_list (record,
                                                                           FS_DOCUMENT_AUTHORS));
  g_autofree char *tags = g_strjoinv (", ", (char **) fs_record_get_list (record,
                                                                        FS_DOCUMENT_TAGS));
  g_autofree char *created = pdf_date (fs_record_get_text (record, FS_DOCUMENT_CREATED));
  g_autofree char *modified = pdf_date (fs_record_get_text (record, FS_DOCUMENT_MODIFIED));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  fs_document_get_title (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, authors);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  kind == FS_PRINT_RUNBOOK ? _("Go/no-go runbook")
                                                           : fs_print_kind_name (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, tags);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Foresight");
  if (created != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  if (modified != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, modified);
}

/* One entry a heading, nested by level, pointing at the heading's
 * destination on its page. */
static void
add_outline (cairo_surface_t *surface,
             GPtrArray       *outline)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT };

  for (guint i = 0; i < outline->len; i++)
    {
      FsOutlineEntry *entry = g_ptr_array_index (outline, i);
      g_autofree char *link = g_strdup_printf ("dest='%s'", entry->dest);
      guint level = CLAMP (entry->level, 1, 3);
      int id;

      id = cairo_pdf_surface_add_outline (surface, parents[level - 1], entry->title, link,
                                          level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
      for (guint deeper = level; deeper < G_N_ELEMENTS (parents); deeper++)
        parents[deeper] = id;
    }
}

static cairo_status_t
render (FsPrintLayout *layout,
        FsPdfSink     *sink)
{
  const FsPageSetup *setup = fs_print_layout_get_page_setup (layout);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_chunk, sink, setup->width,
                                                 setup->height);
  set_metadata (surface, fs_print_layout_get_document (layout),
                fs_print_layout_get_kind (layout));
  cr = cairo_create (surface);
  for (guint i = 0; i < fs_print_layout_get_n_pages (layout); i++)
    {
      fs_print_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  add_outline (surface, fs_print_layout_get_outline (layout));
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/* A hidden name in the same folder, so that the rename cannot cross file
 * systems. */
static char *
temporary_path_for (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  return g_build_filename (folder, name, NULL);
}

static gboolean
write_and_rename (FsPrintLayout  *layout,
                  const char     *path,
                  char           *temporary,
                  GError        **error)
{
  FsPdfSink sink = { -1, 0 };
  cairo_status_t status;

  sink.fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      set_error (error, path, errno, NULL);
      return FALSE;
    }
  status = render (layout, &sink);
  if (status == CAIRO_STATUS_SUCCESS && sink.errsv == 0 && g_fsync (sink.fd) != 0)
    sink.errsv = errno;
  if (close (sink.fd) != 0 && sink.errsv == 0)
    sink.errsv = errno;

  if (status != CAIRO_STATUS_SUCCESS || sink.errsv != 0)
    set_error (error, path, sink.errsv, cairo_status_to_string (status));
  else if (g_rename (temporary, path) != 0)
    set_error (error, path, errno, NULL);
  else
    return TRUE;

  /* Whatever went wrong, no partial file stays behind. */
  g_unlink (temporary);
  return FALSE;
}

gboolean
fs_pdf_export (FsDocument         *document,
               FsPrintKind         kind,
               const FsPageSetup  *setup,
               const char         *path,
               GError            **error)
{
  g_autoptr(FsPrintLayout) layout = NULL;
  g_autofree char *temporary = NULL;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (fs_page_setup_is_valid (setup), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  layout = fs_print_layout_new (document, kind, setup);
  temporary = temporary_path_for (path);
  return write_and_rename (layout, path, temporary, error);
}
