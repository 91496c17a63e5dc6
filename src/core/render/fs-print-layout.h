/* fs-print-layout.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fs-document.h"

G_BEGIN_DECLS

/* What is printed of a document. */
typedef enum
{
  FS_PRINT_DOCUMENT, /* the whole document, in the order of the method */
  FS_PRINT_RUNBOOK,  /* the large-type go/no-go sheet for the change window */
} FsPrintKind;

/* A sheet of paper, all in points (1/72 inch). The margins hold the running
 * header and footer; the content stays inside them. */
typedef struct
{
  double width;
  double height;
  double margin_top;
  double margin_bottom;
  double margin_left;
  double margin_right;
} FsPageSetup;

void      fs_page_setup_init_a4      (FsPageSetup       *setup);
void      fs_page_setup_init_letter  (FsPageSetup       *setup);
void      fs_page_setup_init_default (FsPageSetup       *setup);
void      fs_page_setup_init_from_settings (FsPageSetup *setup,
                                            const char  *paper,
                                            double       margin_mm);
gboolean  fs_page_setup_is_valid     (const FsPageSetup *setup);

#define FS_TYPE_PRINT_LAYOUT (fs_print_layout_get_type ())

G_DECLARE_FINAL_TYPE (FsPrintLayout, fs_print_layout, FS, PRINT_LAYOUT, GObject)

/* The pages of a document, laid out once, then drawn as often as needed.
 *
 * The layout shows what every export shows (fs_anonymize_for_export()) and
 * does not follow later changes to the document: make a new one instead.
 * Pages are drawn at one unit a point with the origin at the top left corner
 * of the sheet, onto any cairo context: a PDF surface, an image surface for
 * the Preview (scale it first), or a GtkPrintContext's context when the print
 * operation has use-full-page set and its unit in points. Drawing leaves the
 * paper unpainted. */
FsPrintLayout     *fs_print_layout_new            (FsDocument        *document,
                                                   FsPrintKind        kind,
                                                   const FsPageSetup *setup);
/* Called on the thread that lays out, each time more pages are complete,
 * while the rest is being laid out: LAYOUT is not finished, and may only be
 * asked for its page setup and number of pages (those complete so far) and
 * to draw those pages, on that thread, within the call. Their footers show no
 * page count yet. */
typedef void (*FsPrintLayoutProgress) (FsPrintLayout *layout,
                                       guint          n_ready,
                                       gpointer       user_data);

FsPrintLayout     *fs_print_layout_new_progressive (FsDocument            *document,
                                                    FsPrintKind            kind,
                                                    const FsPageSetup     *setup,
                                                    FsPrintLayoutProgress  progress,
                                                    gpointer               user_data);
FsPrintKind        fs_print_layout_get_kind       (FsPrintLayout     *self);
const FsPageSetup *fs_print_layout_get_page_setup (FsPrintLayout     *self);
guint              fs_print_layout_get_n_pages    (FsPrintLayout     *self);
void               fs_print_layout_draw_page      (FsPrintLayout     *self,
                                                   cairo_t           *cr,
                                                   guint              page);

G_END_DECLS
