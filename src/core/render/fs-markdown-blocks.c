/* fs-markdown-blocks.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fs-markdown-private.h"

/* Escaping. User text is written so that it reads as the same characters and
 * nothing more: punctuation that could open emphasis, code, a link, HTML, a
 * table cell, strikethrough, a heading or a quote is escaped wherever it
 * stands, and what only acts at the start of a line (list markers, thematic
 * breaks, setext underlines, indented code) is defused there. */

static const char always_escaped[] = "\\`*_[]<>#|~!";

static gboolean
is_dropped_control (char c)
{
  return ((guchar) c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}

/* Lines without carriage returns or control characters, each trimmed: the
 * spaces in front of a line would make it code, those after it a hard break. */
static char **
clean_lines (const char *text)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  char **lines;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\r')
        g_string_append_c (clean, '\n');
      else if (!is_dropped_control (*p))
        g_string_append_c (clean, *p);
    }
  lines = g_strsplit (clean->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_strstrip (lines[i]);
  return lines;
}

/* In a table cell, which holds inline content only, '#' cannot act. */
static void
escape_chars (GString    *out,
              const char *line,
              gboolean    in_cell)
{
  for (const char *p = line; *p != '\0'; p++)
    {
      if (strchr (always_escaped, *p) != NULL && !(in_cell && *p == '#'))
        g_string_append_c (out, '\\');
      /* No "&lt;" or "&#60;" of the user's may turn into a character. */
      if (*p == '&')
        g_string_append (out, "&amp;");
      else
        g_string_append_c (out, *p);
    }
}

static void
escape_line (GString    *out,
             const char *line)
{
  gsize digits = 0;

  while (g_ascii_isdigit (line[digits]))
    digits++;
  if (line[0] == '-' || line[0] == '+' || line[0] == '=')
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *line++);
    }
  else if (digits > 0 && (line[digits] == '.' || line[digits] == ')') &&
           (line[digits + 1] == '\0' || line[digits + 1] == ' ' || line[digits + 1] == '\t'))
    {
      g_string_append_len (out, line, digits);
      g_string_append_c (out, '\\');
      line += digits;
    }
  escape_chars (out, line, FALSE);
}

/* Joins the escaped lines of TEXT: between two lines BREAK, between two
 * paragraphs PARAGRAPH. Blank lines at either end are dropped. */
static char *
escape_joined (const char *text,
               const char *line_break,
               const char *paragraph,
               gboolean    at_line_start)
{
  g_auto(GStrv) lines = clean_lines (text);
  GString *out = g_string_new (NULL);
  gboolean blank = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        {
          blank = TRUE;
          continue;
        }
      if (out->len > 0)
        g_string_append (out, blank ? paragraph : line_break);
      blank = FALSE;
      if (at_line_start)
        escape_line (out, lines[i]);
      else
        escape_chars (out, lines[i], TRUE);
    }
  return g_string_free (out, FALSE);
}

char *
fs_markdown_escape_inline (const char *text)
{
  return escape_joined (text, "\\\n", "\n\n", TRUE);
}

char *
fs_markdown_escape_cell (const char *text)
{
  /* A cell holds inline content only, so no line starts a block in it. */
  return escape_joined (text, "<br>", "<br><br>", FALSE);
}

/* For a heading or a part of a line: the text on one line. */
char *
fs_markdown_escape_flat (const char *text)
{
  return escape_joined (text, " ", " ", TRUE);
}

/* Blocks. Every block ends with a newline and is set off by a blank line. */

void
fs_markdown_begin_block (GString *out)
{
  if (out->len > 0 && !g_str_has_suffix (out->str, "\n\n"))
    g_string_append_c (out, '\n');
}

/* Writes PREFIX and the escaped text, indenting every line after the first
 * by INDENT so that it stays inside the list item it belongs to. */
void
fs_markdown_append_lines (GString    *out,
                          const char *prefix,
                          guint       indent,
                          const char *escaped)
{
  g_string_append (out, prefix);
  for (const char *p = escaped; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '\n' && p[1] != '\n')
        g_string_append_printf (out, "%*s", (int) indent, "");
    }
  g_string_append_c (out, '\n');
}

void
fs_markdown_heading (GString    *out,
                     guint       level,
                     const char *text)
{
  g_autofree char *escaped = fs_markdown_escape_flat (text);

  fs_markdown_begin_block (out);
  g_string_append_printf (out, "%.*s %s\n", (int) level, "######", escaped);
}

static char *
bold_label (const char *label)
{
  g_autofree char *escaped = fs_markdown_escape_flat (label);

  return g_strdup_printf ("**%s:** ", escaped);
}

/* "**Label:** text", or the text alone without a label, as a paragraph of
 * its own indented by INDENT; nothing when the text is empty. */
void
fs_markdown_labelled (GString    *out,
                      guint       indent,
                      const char *label,
                      const char *text)
{
  g_autofree char *escaped = fs_markdown_escape_inline (text);
  g_autofree char *bold = label != NULL ? bold_label (label) : g_strdup ("");
  g_autofree char *prefix = g_strdup_printf ("%*s%s", (int) indent, "", bold);

  if (escaped[0] == '\0')
    return;
  fs_markdown_begin_block (out);
  fs_markdown_append_lines (out, prefix, indent, escaped);
}

/* A tight list of "**Label:** value" from label, value pairs ending in NULL;
 * pairs whose value is empty are left out. */
void
fs_markdown_facts (GString            *out,
                   const char * const *pairs)
{
  gboolean started = FALSE;

  for (guint i = 0; pairs[i] != NULL; i += 2)
    {
      g_autofree char *escaped = fs_markdown_escape_inline (pairs[i + 1]);
      g_autofree char *label = NULL;
      g_autofree char *prefix = NULL;

      if (escaped[0] == '\0')
        continue;
      if (!started)
        fs_markdown_begin_block (out);
      started = TRUE;
      label = bold_label (pairs[i]);
      prefix = g_strconcat ("- ", label, NULL);
      fs_markdown_append_lines (out, prefix, 2, escaped);
    }
}

/* A bullet list, or a numbered one, of the non-empty items. */
void
fs_markdown_list (GString            *out,
                  const char * const *items,
                  gboolean            numbered)
{
  guint n = 0;

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *escaped = fs_markdown_escape_inline (items[i]);
      g_autofree char *marker = NULL;

      if (escaped[0] == '\0')
        continue;
      if (n++ == 0)
        fs_markdown_begin_block (out);
      marker = numbered ? g_strdup_printf ("%u. ", n) : g_strdup ("- ");
      fs_markdown_append_lines (out, marker, strlen (marker), escaped);
    }
}

/* Up to two decimals, without trailing zeros, whatever the locale. */
char *
fs_markdown_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  return g_strdup (strcmp (buffer, "-0") == 0 ? "0" : buffer);
}

gboolean
fs_markdown_is_blank (const char *text)
{
  g_autofree char *escaped = fs_markdown_escape_inline (text);

  return escaped[0] == '\0';
}

gboolean
fs_markdown_list_is_blank (const char * const *items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    if (!fs_markdown_is_blank (items[i]))
      return FALSE;
  return TRUE;
}

/* A bold label over a list, both left out when the list is empty. */
void
fs_markdown_labelled_list (GString            *out,
                           const char         *label,
                           const char * const *items,
                           gboolean            numbered)
{
  g_autofree char *escaped = fs_markdown_escape_flat (label);

  if (fs_markdown_list_is_blank (items))
    return;
  fs_markdown_begin_block (out);
  g_string_append_printf (out, "**%s**\n", escaped);
  fs_markdown_list (out, items, numbered);
}

/* A sub-heading over a paragraph or a list, both left out when empty. */
void
fs_markdown_section_text (GString    *out,
                          const char *title,
                          const char *text)
{
  if (fs_markdown_is_blank (text))
    return;
  fs_markdown_heading (out, 3, title);
  fs_markdown_labelled (out, 0, NULL, text);
}

void
fs_markdown_section_list (GString            *out,
                          const char         *title,
                          const char * const *items)
{
  if (fs_markdown_list_is_blank (items))
    return;
  fs_markdown_heading (out, 3, title);
  fs_markdown_list (out, items, FALSE);
}

/* Tables: pipe tables whose cells are escaped one by one. */
void
fs_markdown_table_row (GString            *out,
                       const char * const *cells)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *escaped = fs_markdown_escape_cell (cells[i]);

      g_string_append_printf (out, "| %s ", escaped);
    }
  g_string_append (out, "|\n");
}

/* ALIGN says for each column 'l' or 'r'; NULL sets them all to the left. */
void
fs_markdown_table_begin (GString            *out,
                         const char * const *headers,
                         const char         *align)
{
  fs_markdown_begin_block (out);
  fs_markdown_table_row (out, headers);
  for (guint i = 0; headers[i] != NULL; i++)
    g_string_append (out, align != NULL && align[i] == 'r' ? "| ---: " : "| --- ");
  g_string_append (out, "|\n");
}
