/* fs-timeline-figure.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "fs-color.h"
#include "fs-document.h"

G_BEGIN_DECLS

/* The incident timeline as a figure, laid out once for a width and drawn
 * onto any cairo surface: a page of the PDF, or the Guide on screen. The
 * texts come from whoever draws (the page's fonts, the screen's), and so do
 * the colours (paper, or the light and dark styles). */

typedef enum
{
  FS_FIGURE_TEXT_SMALL,  /* the axis, the phases */
  FS_FIGURE_TEXT_BOLD,   /* the marks: started, detected, resolved */
  FS_FIGURE_TEXT_DOT,    /* an event's number in its dot */
} FsFigureTextKind;

typedef PangoLayout *(*FsFigureTextFunc) (FsFigureTextKind  kind,
                                          const char       *text,
                                          gpointer          data);

typedef struct
{
  FsColor ink;         /* the started mark, the event ticks and dots */
  FsColor faint;       /* the axis and its labels */
  FsColor rule;        /* the lines from the axis to the dots */
  FsColor detected;
  FsColor resolved;
  FsColor undetected;  /* the band from start to detection */
  FsColor responding;  /* the band from detection to resolution */
  FsColor paper;       /* behind the breaks in the axis */
} FsFigurePalette;

extern const FsFigurePalette fs_figure_palette_paper;

typedef struct _FsTimelineFigure FsTimelineFigure;

FsTimelineFigure *fs_timeline_figure_new        (FsDocument       *document,
                                                 double            width,
                                                 gint64            now,
                                                 FsFigureTextFunc  text,
                                                 gpointer          data);
double            fs_timeline_figure_get_height (FsTimelineFigure *figure);
void              fs_timeline_figure_draw       (FsTimelineFigure       *figure,
                                                 cairo_t                *cr,
                                                 const FsFigurePalette  *palette);
guint             fs_timeline_figure_get_n_dots (FsTimelineFigure *figure);
void              fs_timeline_figure_get_dot    (FsTimelineFigure *figure,
                                                 guint             i,
                                                 double           *left,
                                                 double           *right,
                                                 guint            *lane,
                                                 guint            *first,
                                                 guint            *last);
void              fs_timeline_figure_free       (FsTimelineFigure *figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FsTimelineFigure, fs_timeline_figure_free)

G_END_DECLS
