/* fs-print-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "fs-print-layout.h"

G_BEGIN_DECLS

#include "fs-color.h"

#define FS_COLOR_INK         FS_RGB (0x241f31) /* Dark 4 */
#define FS_COLOR_SECONDARY   FS_RGB (0x5e5c64) /* Dark 2 */
#define FS_COLOR_FAINT       FS_RGB (0x77767b) /* Dark 1 */
#define FS_COLOR_RULE        FS_RGB (0xdeddda) /* Light 3 */
#define FS_COLOR_RULE_STRONG FS_RGB (0x9a9996) /* Light 5 */
#define FS_COLOR_SHADE       FS_RGB (0xf6f5f4) /* Light 2 */
#define FS_COLOR_ACCENT      FS_RGB (0x3584e4) /* Blue 3 */
#define FS_COLOR_ACCENT_INK  FS_RGB (0x1a5fb4) /* Blue 5, for accent text */
#define FS_COLOR_ACCENT_TINT FS_RGB (0xe5eefb)
#define FS_COLOR_WARNING     FS_RGB (0xc64600) /* Orange 5 */
#define FS_COLOR_WARN_TINT   FS_RGB (0xfdf0e1)
#define FS_COLOR_WHITE       FS_RGB (0xffffff)


/* The kinds of text on a page; their sizes depend on what is printed. */
typedef enum
{
  FS_STYLE_BODY,
  FS_STYLE_LABEL,      /* the key of a key–value line */
  FS_STYLE_TABLE,
  FS_STYLE_TABLE_HEAD,
  FS_STYLE_KICKER,     /* the kind of document, above the title */
  FS_STYLE_TITLE,
  FS_STYLE_H1,
  FS_STYLE_H2,
  FS_STYLE_H3,
  FS_STYLE_RUNNING,    /* the running header and footer */
  FS_STYLE_MARK,       /* tick boxes and bullets */
  FS_STYLE_FIGURE,
  FS_STYLE_FIGURE_BOLD,
  FS_STYLE_FIGURE_SMALL,
  FS_STYLE_NUMBER,     /* a large figure, e.g. the impact of an incident */
  FS_N_STYLES
} FsStyle;

/* Text with spans of emphasis, built from plain strings: user text is never
 * parsed as markup. */
typedef enum
{
  FS_SPAN_PLAIN     = 0,
  FS_SPAN_BOLD      = 1 << 0,
  FS_SPAN_SECONDARY = 1 << 1,
  FS_SPAN_SMALL     = 1 << 2,
  FS_SPAN_ACCENT    = 1 << 3,
  FS_SPAN_WARNING   = 1 << 4,
  FS_SPAN_TICK      = 1 << 5, /* a tick box, as large as those in tables */
} FsSpan;

typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
  gboolean       hanging; /* every paragraph after its first word hangs, like a list */
  gboolean       styled;  /* whether any span is other than plain */
} FsRich;

FsRich   *fs_rich_new            (void);
FsRich   *fs_rich_new_text       (const char         *text,
                                  FsSpan              span);
void      fs_rich_free           (FsRich             *rich);
void      fs_rich_append         (FsRich             *rich,
                                  const char         *text,
                                  FsSpan              span);
void      fs_rich_append_list    (FsRich             *rich,
                                  const char * const *items);
gboolean  fs_rich_is_empty       (FsRich             *rich);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FsRich, fs_rich_free)

/* The flow: blocks of content, laid out once and then broken into pages. */
typedef struct _FsFlow  FsFlow;
typedef struct _FsTable FsTable;

typedef void (*FsFigureDraw) (cairo_t *cr,
                              double   width,
                              double   height,
                              gpointer data);

typedef enum
{
  FS_ALIGN_START,
  FS_ALIGN_END,
  FS_ALIGN_CENTER,
} FsAlign;

typedef struct
{
  const char *title;
  double      weight; /* share of the width left over; 0 fits the column to its content */
  FsAlign     align;
} FsColumn;

typedef struct
{
  char   *title;
  guint   level;
  char   *dest;
  guint   page;
  double  y;
} FsOutlineEntry;

FsFlow        *fs_flow_new             (const FsPageSetup  *setup,
                                        FsPrintKind         kind);
void           fs_flow_free            (FsFlow             *flow);
PangoContext  *fs_flow_get_context     (FsFlow             *flow);
double         fs_flow_get_width       (FsFlow             *flow);
gboolean       fs_flow_is_large        (FsFlow             *flow);
double         fs_flow_get_row_padding (FsFlow             *flow);
PangoLayout   *fs_flow_create_layout   (FsFlow             *flow,
                                        FsStyle             style,
                                        const char         *text,
                                        double              width);
void           fs_flow_set_running     (FsFlow             *flow,
                                        const char         *title,
                                        const char         *status,
                                        const char         *date);

void           fs_flow_add_text        (FsFlow             *flow,
                                        FsStyle             style,
                                        const char         *text);
void           fs_flow_add_rich        (FsFlow             *flow,
                                        FsStyle             style,
                                        FsRich             *rich);
void           fs_flow_add_heading     (FsFlow             *flow,
                                        guint               level,
                                        const char         *text);
void           fs_flow_add_item        (FsFlow             *flow,
                                        const char         *marker,
                                        FsRich             *rich);
void           fs_flow_add_key_value   (FsFlow             *flow,
                                        const char         *key,
                                        const char         *value);
void           fs_flow_add_key_rich    (FsFlow             *flow,
                                        const char         *key,
                                        FsRich             *value);
void           fs_flow_add_callout     (FsFlow             *flow,
                                        const char         *title,
                                        const char         *text,
                                        FsColor             accent,
                                        FsColor             tint);
void           fs_flow_add_space       (FsFlow             *flow,
                                        double              height);
void           fs_flow_add_rule        (FsFlow             *flow,
                                        FsColor             color,
                                        double              thickness);
void           fs_flow_keep_with_next  (FsFlow             *flow);
void           fs_flow_add_figure      (FsFlow             *flow,
                                        double              height,
                                        FsFigureDraw        draw,
                                        gpointer            data,
                                        GDestroyNotify      destroy);

FsTable       *fs_flow_add_table       (FsFlow             *flow,
                                        const FsColumn     *columns,
                                        guint               n_columns);
void           fs_table_add_row        (FsTable            *table,
                                        const char * const *cells);
void           fs_table_add_rich_row   (FsTable            *table,
                                        FsRich            **cells);
void           fs_table_set_fill       (FsTable            *table,
                                        guint               column,
                                        FsColor             fill);
void           fs_table_let_rows_break (FsTable            *table);
void           fs_table_end            (FsTable            *table);

typedef void (*FsFlowProgress) (FsFlow   *flow,
                                guint     n_ready,
                                gpointer  data);

void           fs_flow_set_progress    (FsFlow             *flow,
                                        FsFlowProgress      progress,
                                        gpointer            data);
void           fs_flow_paginate_settled (FsFlow            *flow);
void           fs_flow_paginate        (FsFlow             *flow);
guint          fs_flow_get_n_pages     (FsFlow             *flow);
GPtrArray     *fs_flow_get_outline     (FsFlow             *flow);
void           fs_flow_draw_page       (FsFlow             *flow,
                                        cairo_t            *cr,
                                        guint               page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FsFlow, fs_flow_free)

/* Inside the flow (fs-print-flow.c, fs-print-table.c, fs-print-paginate.c):
 * blocks of rows of cells, each cell one PangoLayout. */
#define FS_MAX_CELLS 12
#define FS_EPSILON   0.01

typedef struct
{
  PangoLayout *layout;  /* NULL for an empty cell */
  double       x;       /* the cell's box, from the left of the content */
  double       width;
  double       inset;   /* between the box and the text */
  double       dy;      /* down from the top of the row, to share the row's first baseline */
  double       dx;      /* across, to align a line that was not wrapped */
  guint        n_lines;
  double      *tops;    /* each line's top, then the last line's bottom */
  gboolean     filled;
  FsColor      fill;
  gboolean     mark;    /* a tick box, centred on the first line of the text beside it */
} FsCell;

typedef enum
{
  FS_ROW_RULE    = 1 << 0, /* a rule below */
  FS_ROW_SHADE   = 1 << 1, /* a shaded background */
  FS_ROW_CALLOUT = 1 << 2, /* a tinted box with a bar on its start side, never broken */
} FsRowFlags;

typedef struct
{
  FsCell     *cells;
  guint       n_cells;
  double      pad_top;
  double      pad_bottom;
  FsRowFlags  flags;
  FsColor     fill;
  FsColor     rule;
  double      rule_width;
} FsRow;

typedef enum
{
  FS_BLOCK_ROWS,
  FS_BLOCK_TABLE,
  FS_BLOCK_FIGURE,
  FS_BLOCK_SPACE,
  FS_BLOCK_RULE,
} FsBlockType;

typedef struct
{
  FsBlockType     type;
  double          space_before;
  double          space_after;
  int             outline;  /* a heading's entry in the outline, else -1 */
  gboolean        keep;     /* goes on the page of what follows it */
  gboolean        breaks;   /* a table whose long rows may break across pages */
  FsRow          *head;     /* a table's header row */
  GPtrArray      *rows;
  double          height;   /* of a figure, space or rule */
  FsColor         color;
  FsFigureDraw    draw;
  gpointer        data;
  GDestroyNotify  destroy;
} FsBlock;

struct _FsFlow
{
  FsPageSetup           setup;
  FsPrintKind           kind;
  double                unit;  /* 1 in the document, larger in the runbook */
  PangoContext         *context;
  PangoFontDescription *fonts[FS_N_STYLES];
  GPtrArray            *blocks;
  GPtrArray            *outline;
  GPtrArray            *pages;  /* a GArray of FsOp each */
  PangoLayout          *running[3];
  GPtrArray            *folios;
  GHashTable           *shared;  /* layouts of short plain text, by style, width and text */
  double                hang[FS_N_STYLES];

  /* While paginating, which may begin while blocks are still being added: */
  FsFlowProgress        progress;
  gpointer              progress_data;
  guint                 placed;  /* blocks on pages so far */
  guint                 n_ready; /* pages that nothing more goes on */
  GArray               *page;
  double                y;
  double                fresh_y; /* where nothing has been placed yet on this page */
  double                gap;     /* the space the last block wants after it */
};

FsBlock       *fs_print_block_add             (FsFlow        *flow,
                                               FsBlockType    type,
                                               double         space_before,
                                               double         space_after);
FsRow         *fs_print_row_new               (guint          n_cells);
void           fs_print_cell_set              (FsFlow        *flow,
                                               FsCell        *cell,
                                               FsStyle        style,
                                               const char    *text,
                                               PangoAttrList *attrs,
                                               gboolean       hanging,
                                               FsAlign        align);
void           fs_print_row_align_baselines   (FsRow         *row);

/* What fills the flow (fs-print-document.c, fs-print-postmortem.c,
 * fs-print-runbook.c). */
void           fs_print_document_build   (FsFlow             *flow,
                                          FsDocument         *document);
void           fs_print_postmortem_build (FsFlow             *flow,
                                          FsDocument         *document);
void           fs_print_runbook_build    (FsFlow             *flow,
                                          FsDocument         *document);

/* Shared by the builders (fs-print-document.c). */
const char    *fs_print_kind_name        (FsDocument         *document);
const char    *fs_print_status_name      (FsDocument         *document);
const char    *fs_print_choice_name      (const char         *choice);
char          *fs_print_format_number    (double              value);
GDateTime     *fs_print_parse_moment     (const char         *timestamp);
char          *fs_print_format_moment    (const char         *timestamp);
char          *fs_print_format_day       (const char         *timestamp);
FsColor        fs_print_score_tint       (double              score);
const char    *fs_print_score_band       (double              score);
GListModel    *fs_print_items_of         (FsDocument         *document,
                                          FsDocumentList      list);
guint          fs_print_count_of         (FsDocument         *document,
                                          FsDocumentList      list);
void           fs_print_set_running      (FsFlow             *flow,
                                          FsDocument         *document,
                                          const char         *kind_name);
void           fs_print_add_title        (FsFlow             *flow,
                                          FsDocument         *document,
                                          const char         *kind_name,
                                          const char         *detail);
void           fs_print_add_bullets      (FsFlow             *flow,
                                          const char * const *items);
void           fs_print_add_action_items (FsFlow             *flow,
                                          FsDocument         *document,
                                          const char         *heading);

/* The figures (fs-print-figures.c), and what they share with the timeline. */
void           fs_print_add_risk_matrix       (FsFlow      *flow,
                                               GPtrArray   *ranked_risks);
void           fs_print_add_impact_figures    (FsFlow      *flow,
                                               FsDocument  *document);
void           fs_print_show_layout           (cairo_t     *cr,
                                               PangoLayout *layout,
                                               double       x,
                                               double       y);
void           fs_print_show_centered         (cairo_t     *cr,
                                               PangoLayout *layout,
                                               double       x,
                                               double       y);
void           fs_print_measure_layout        (PangoLayout *layout,
                                               double      *width,
                                               double      *height);
PangoLayout   *fs_print_dot_label             (FsFlow      *flow,
                                               const char  *text);
void           fs_print_draw_dot              (cairo_t     *cr,
                                               PangoLayout *label,
                                               double       x,
                                               double       y);

/* The incident timeline (fs-print-timeline.c). */
void           fs_print_add_incident_timeline (FsFlow      *flow,
                                               FsDocument  *document);
GPtrArray     *fs_print_sort_events           (FsDocument  *document);

/* For the PDF export (fs-print-layout.c). */
FsDocument    *fs_print_layout_get_document   (FsPrintLayout *self);
GPtrArray     *fs_print_layout_get_outline    (FsPrintLayout *self);

G_END_DECLS
