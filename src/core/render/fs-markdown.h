/* fs-markdown.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

/* The whole document as CommonMark with pipe tables, anonymised when the
 * document asks for it. */
char *fs_markdown_render       (FsDocument *document);

/* User text made safe for Markdown: it reads as the same characters and can
 * never start a heading, a list, a quote, a code block or a table, nor carry
 * HTML. Inline text keeps its line breaks (a hard break "\\\n" between lines,
 * a blank line between paragraphs); a table cell is one line, its breaks
 * written as <br>. */
char *fs_markdown_escape_inline (const char *text);
char *fs_markdown_escape_cell   (const char *text);

G_END_DECLS
