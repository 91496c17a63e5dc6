/* fs-print-layout.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the paper size of the locale (LC_PAPER), a GNU extension. */
#define _GNU_SOURCE

#include "config.h"

#include <langinfo.h>
#include <math.h>

#include "fs-anonymize.h"
#include "fs-print-private.h"

struct _FsPrintLayout
{
  GObject      parent_instance;

  FsPrintKind  kind;
  FsPageSetup  setup;
  FsDocument  *document;
  FsFlow      *flow;

  FsPrintLayoutProgress progress;
  gpointer              progress_data;
};

G_DEFINE_FINAL_TYPE (FsPrintLayout, fs_print_layout, G_TYPE_OBJECT)

#define MM(x) ((x) * 72.0 / 25.4)

static void
init_with_size (FsPageSetup *setup,
                double       width,
                double       height)
{
  setup->width = width;
  setup->height = height;
  setup->margin_top = MM (20);
  setup->margin_bottom = MM (20);
  setup->margin_left = MM (18);
  setup->margin_right = MM (18);
}

void
fs_page_setup_init_a4 (FsPageSetup *setup)
{
  g_return_if_fail (setup != NULL);

  init_with_size (setup, 595.28, 841.89);
}

void
fs_page_setup_init_letter (FsPageSetup *setup)
{
  g_return_if_fail (setup != NULL);

  init_with_size (setup, 612, 792);
}

/* US Letter where the locale's paper is Letter, A4 everywhere else. */
void
fs_page_setup_init_default (FsPageSetup *setup)
{
  g_return_if_fail (setup != NULL);

/* glibc's paper size items are enum values, not macros. */
#ifdef __GLIBC__
  if ((int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH) == 216 &&
      (int) (gintptr) nl_langinfo (_NL_PAPER_HEIGHT) == 279)
    {
      fs_page_setup_init_letter (setup);
      return;
    }
#endif
  fs_page_setup_init_a4 (setup);
}

/* The paper and margins the person chose: paper "a4", "letter" or "auto"
 * (the locale's), side margins in millimetres; the top and bottom keep room
 * for the running header and footer. */
void
fs_page_setup_init_from_settings (FsPageSetup *setup,
                                  const char  *paper,
                                  double       margin_mm)
{
  g_return_if_fail (setup != NULL);

  if (g_strcmp0 (paper, "a4") == 0)
    fs_page_setup_init_a4 (setup);
  else if (g_strcmp0 (paper, "letter") == 0)
    fs_page_setup_init_letter (setup);
  else
    fs_page_setup_init_default (setup);

  margin_mm = CLAMP (margin_mm, 10, 40);
  setup->margin_left = setup->margin_right = MM (margin_mm);
  setup->margin_top = setup->margin_bottom = MAX (MM (margin_mm + 2), MM (13));
}

/* Room for the running header and footer in the margins, and a column of
 * text at least a few words wide. */
gboolean
fs_page_setup_is_valid (const FsPageSetup *setup)
{
  return setup != NULL && isfinite (setup->width) && isfinite (setup->height) &&
         setup->margin_top >= 36 && setup->margin_bottom >= 36 &&
         setup->margin_left >= 0 && setup->margin_right >= 0 &&
         setup->width - setup->margin_left - setup->margin_right >= 216 &&
         setup->height - setup->margin_top - setup->margin_bottom >= 216 &&
         setup->width <= 14400 && setup->height <= 14400;
}

static void
fs_print_layout_finalize (GObject *object)
{
  FsPrintLayout *self = FS_PRINT_LAYOUT (object);

  g_clear_pointer (&self->flow, fs_flow_free);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (fs_print_layout_parent_class)->finalize (object);
}

static void
fs_print_layout_class_init (FsPrintLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fs_print_layout_finalize;
}

static void
fs_print_layout_init (FsPrintLayout *self)
{
}

static void
on_flow_progress (FsFlow   *flow,
                  guint     n_ready,
                  gpointer  data)
{
  FsPrintLayout *self = data;

  self->progress (self, n_ready, self->progress_data);
}

FsPrintLayout *
fs_print_layout_new_progressive (FsDocument            *document,
                                 FsPrintKind            kind,
                                 const FsPageSetup     *setup,
                                 FsPrintLayoutProgress  progress,
                                 gpointer               user_data)
{
  FsPrintLayout *self;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (kind == FS_PRINT_DOCUMENT || kind == FS_PRINT_RUNBOOK, NULL);
  g_return_val_if_fail (fs_page_setup_is_valid (setup), NULL);

  self = g_object_new (FS_TYPE_PRINT_LAYOUT, NULL);
  self->kind = kind;
  self->setup = *setup;
  self->document = fs_anonymize_for_export (document);
  self->flow = fs_flow_new (setup, kind);
  self->progress = progress;
  self->progress_data = user_data;
  /* The pages are broken while the flow fills, as soon as what is on them
   * can no longer move, so that the first ones can be shown early. */
  if (progress != NULL)
    fs_flow_set_progress (self->flow, on_flow_progress, self);
  if (kind == FS_PRINT_RUNBOOK)
    fs_print_runbook_build (self->flow, self->document);
  else
    fs_print_document_build (self->flow, self->document);
  fs_flow_paginate (self->flow);
  fs_flow_set_progress (self->flow, NULL, NULL);
  self->progress = NULL;
  self->progress_data = NULL;
  return self;
}

FsPrintLayout *
fs_print_layout_new (FsDocument        *document,
                     FsPrintKind        kind,
                     const FsPageSetup *setup)
{
  return fs_print_layout_new_progressive (document, kind, setup, NULL, NULL);
}

FsPrintKind
fs_print_layout_get_kind (FsPrintLayout *self)
{
  g_return_val_if_fail (FS_IS_PRINT_LAYOUT (self), FS_PRINT_DOCUMENT);

  return self->kind;
}

const FsPageSetup *
fs_print_layout_get_page_setup (FsPrintLayout *self)
{
  g_return_val_if_fail (FS_IS_PRINT_LAYOUT (self), NULL);

  return &self->setup;
}

guint
fs_print_layout_get_n_pages (FsPrintLayout *self)
{
  g_return_val_if_fail (FS_IS_PRINT_LAYOUT (self), 0);

  return fs_flow_get_n_pages (self->flow);
}

void
fs_print_layout_draw_page (FsPrintLayout *self,
                           cairo_t       *cr,
                           guint          page)
{
  g_return_if_fail (FS_IS_PRINT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < fs_flow_get_n_pages (self->flow));

  fs_flow_draw_page (self->flow, cr, page);
}

/* The anonymised copy that the pages show. */
FsDocument *
fs_print_layout_get_document (FsPrintLayout *self)
{
  return self->document;
}

/* Of FsOutlineEntry, in the order of the pages. */
GPtrArray *
fs_print_layout_get_outline (FsPrintLayout *self)
{
  return fs_flow_get_outline (self->flow);
}
