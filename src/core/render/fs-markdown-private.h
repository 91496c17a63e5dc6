/* fs-markdown-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-markdown.h"

G_BEGIN_DECLS

/* Escaping (fs-markdown-blocks.c): user text on one line, for a heading or a
 * part of a line; whether text holds nothing that would be written. */
char     *fs_markdown_escape_flat     (const char         *text);
gboolean  fs_markdown_is_blank        (const char         *text);
gboolean  fs_markdown_list_is_blank   (const char * const *items);

/* A number as the risk table writes it: up to two decimals, whatever the
 * locale (fs-markdown-blocks.c). */
char     *fs_markdown_format_number   (double              value);

/* Blocks (fs-markdown-blocks.c). Every block ends with a newline and is set
 * off by a blank line; user text is escaped on the way in. */
void      fs_markdown_begin_block     (GString            *out);
void      fs_markdown_append_lines    (GString            *out,
                                       const char         *prefix,
                                       guint               indent,
                                       const char         *escaped);
void      fs_markdown_heading         (GString            *out,
                                       guint               level,
                                       const char         *text);
void      fs_markdown_labelled        (GString            *out,
                                       guint               indent,
                                       const char         *label,
                                       const char         *text);
void      fs_markdown_facts           (GString            *out,
                                       const char * const *pairs);
void      fs_markdown_list            (GString            *out,
                                       const char * const *items,
                                       gboolean            numbered);
void      fs_markdown_labelled_list   (GString            *out,
                                       const char         *label,
                                       const char * const *items,
                                       gboolean            numbered);
void      fs_markdown_section_text    (GString            *out,
                                       const char         *title,
                                       const char         *text);
void      fs_markdown_section_list    (GString            *out,
                                       const char         *title,
                                       const char * const *items);
void      fs_markdown_table_begin     (GString            *out,
                                       const char * const *headers,
                                       const char         *align);
void      fs_markdown_table_row       (GString            *out,
                                       const char * const *cells);

/* The chain of a pre-mortem and its post-mortems (fs-markdown-chain.c):
 * nothing at all when the document has no link. */
void      fs_markdown_write_anticipated      (GString    *out,
                                              FsDocument *postmortem);
void      fs_markdown_write_happened         (GString    *out,
                                              FsDocument *premortem,
                                              FsRecord   *risk);
void      fs_markdown_write_linked_incidents (GString    *out,
                                              FsDocument *premortem);

G_END_DECLS
