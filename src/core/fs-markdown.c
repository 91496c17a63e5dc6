/* fs-markdown.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fs-anonymize.h"
#include "fs-incident-times.h"
#include "fs-markdown.h"
#include "fs-record-text.h"

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
static char *
escape_flat (const char *text)
{
  return escape_joined (text, " ", " ", TRUE);
}

/* Blocks. Every block ends with a newline and is set off by a blank line. */

static void
begin_block (GString *out)
{
  if (out->len > 0 && !g_str_has_suffix (out->str, "\n\n"))
    g_string_append_c (out, '\n');
}

/* Writes PREFIX and the escaped text, indenting every line after the first
 * by INDENT so that it stays inside the list item it belongs to. */
static void
append_lines (GString    *out,
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

static void
heading (GString    *out,
         guint       level,
         const char *text)
{
  g_autofree char *escaped = escape_flat (text);

  begin_block (out);
  g_string_append_printf (out, "%.*s %s\n", (int) level, "######", escaped);
}

static char *
bold_label (const char *label)
{
  g_autofree char *escaped = escape_flat (label);

  return g_strdup_printf ("**%s:** ", escaped);
}

/* "**Label:** text", or the text alone without a label, as a paragraph of
 * its own indented by INDENT; nothing when the text is empty. */
static void
labelled (GString    *out,
          guint       indent,
          const char *label,
          const char *text)
{
  g_autofree char *escaped = fs_markdown_escape_inline (text);
  g_autofree char *bold = label != NULL ? bold_label (label) : g_strdup ("");
  g_autofree char *prefix = g_strdup_printf ("%*s%s", (int) indent, "", bold);

  if (escaped[0] == '\0')
    return;
  begin_block (out);
  append_lines (out, prefix, indent, escaped);
}

/* A tight list of "**Label:** value" from label, value pairs ending in NULL;
 * pairs whose value is empty are left out. */
static void
facts (GString            *out,
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
        begin_block (out);
      started = TRUE;
      label = bold_label (pairs[i]);
      prefix = g_strconcat ("- ", label, NULL);
      append_lines (out, prefix, 2, escaped);
    }
}

/* A bullet list, or a numbered one, of the non-empty items. */
static void
list (GString            *out,
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
        begin_block (out);
      marker = numbered ? g_strdup_printf ("%u. ", n) : g_strdup ("- ");
      append_lines (out, marker, strlen (marker), escaped);
    }
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *escaped = fs_markdown_escape_inline (text);

  return escaped[0] == '\0';
}

static gboolean
list_is_blank (const char * const *items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    if (!is_blank (items[i]))
      return FALSE;
  return TRUE;
}

/* Tables: pipe tables whose cells are escaped one by one. */
static void
table_row (GString            *out,
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
static void
table_begin (GString            *out,
             const char * const *headers,
             const char         *align)
{
  begin_block (out);
  table_row (out, headers);
  for (guint i = 0; headers[i] != NULL; i++)
    g_string_append (out, align != NULL && align[i] == 'r' ? "| ---: " : "| --- ");
  g_string_append (out, "|\n");
}

/* Values shown as words. */

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

/* Up to two decimals, without trailing zeros, whatever the locale. */
static char *
format_number (double value)
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

static char *
format_time (const char *timestamp)
{
  g_autoptr(GDateTime) time = NULL;
  gint64 seconds;

  if (!fs_incident_times_parse (timestamp, &seconds))
    return g_strdup (timestamp);
  time = g_date_time_new_from_unix_utc (seconds);
  return g_date_time_format (time, "%Y-%m-%d %H:%M UTC");
}

/* The items that hold any text, joined by SEPARATOR. */
static char *
join_written (const char * const *items,
              const char         *separator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  for (guint i = 0; items[i] != NULL; i++)
    if (!is_blank (items[i]))
      g_ptr_array_add (parts, (char *) items[i]);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

/* The document as a whole. */

typedef struct
{
  GString    *out;
  FsDocument *document;
} Writer;

#define TEXT_OF(w, field)  fs_record_get_text (FS_RECORD ((w)->document), field)
#define LIST_OF(w, field)  fs_record_get_list (FS_RECORD ((w)->document), field)
#define ITEMS_OF(w, list)  G_LIST_MODEL (fs_document_get_list ((w)->document, list))

/* The heading of a step of the method; returns where its content starts. */
static gsize
step_begin (Writer     *w,
            const char *title)
{
  heading (w->out, 2, title);
  return w->out->len;
}

static void
step_end (Writer *w,
          gsize   start)
{
  g_autofree char *nothing = NULL;

  if (w->out->len > start)
    return;
  nothing = escape_flat (_("Nothing recorded yet."));
  begin_block (w->out);
  g_string_append_printf (w->out, "_%s_\n", nothing);
}

static void
add_part (GPtrArray  *parts,
          const char *format,
          const char *value)
{
  g_autofree char *text = NULL;

  if (is_blank (value))
    return;
  text = g_strdup_printf (format, value);
  g_ptr_array_add (parts, escape_flat (text));
}

/* The title, then one line that says what the document is. */
static void
write_title (Writer *w)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind = escape_flat (fs_choice_label (TEXT_OF (w, FS_DOCUMENT_KIND)));
  g_autofree char *authors = join_written (LIST_OF (w, FS_DOCUMENT_AUTHORS), ", ");
  g_autofree char *tags = join_written (LIST_OF (w, FS_DOCUMENT_TAGS), ", ");
  g_autofree char *created = format_time (TEXT_OF (w, FS_DOCUMENT_CREATED));
  g_autofree char *modified = format_time (TEXT_OF (w, FS_DOCUMENT_MODIFIED));
  g_autofree char *line = NULL;
  const char *title = fs_document_get_title (w->document);

  heading (w->out, 1, is_blank (title) ? _("Untitled document") : title);

  g_ptr_array_add (parts, g_strdup_printf ("**%s**", kind));
  add_part (parts, "%s", fs_choice_label (TEXT_OF (w, FS_DOCUMENT_STATUS)));
  /* Translators: the authors of a document, separated by commas. */
  add_part (parts, _("By %s"), authors);
  add_part (parts, _("Tags: %s"), tags);
  /* Translators: a date and time in UTC, such as "2026-11-21 10:00 UTC". */
  add_part (parts, _("Created %s"), created);
  /* Translators: a date and time in UTC, such as "2026-11-21 10:00 UTC". */
  add_part (parts, _("Last changed %s"), modified);
  g_ptr_array_add (parts, NULL);

  line = g_strjoinv (" · ", (char **) parts->pdata);
  begin_block (w->out);
  append_lines (w->out, "", 0, line);
}

/* A bold label over a list, both left out when the list is empty. */
static void
labelled_list (GString            *out,
               const char         *label,
               const char * const *items,
               gboolean            numbered)
{
  g_autofree char *escaped = escape_flat (label);

  if (list_is_blank (items))
    return;
  begin_block (out);
  g_string_append_printf (out, "**%s**\n", escaped);
  list (out, items, numbered);
}

/* A sub-heading over a paragraph or a list, both left out when empty. */
static void
section_text (GString    *out,
              const char *title,
              const char *text)
{
  if (is_blank (text))
    return;
  heading (out, 3, title);
  labelled (out, 0, NULL, text);
}

static void
section_list (GString            *out,
              const char         *title,
              const char * const *items)
{
  if (list_is_blank (items))
    return;
  heading (out, 3, title);
  list (out, items, FALSE);
}

/* A record with nothing written in it is not worth a row. */
static gboolean
record_is_blank (FsRecord *record)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      if (schema->fields[i].type == FS_FIELD_TEXT && !is_blank (fs_record_get_text (record, i)))
        return FALSE;
      if (schema->fields[i].type == FS_FIELD_TEXT_LIST &&
          !list_is_blank (fs_record_get_list (record, i)))
        return FALSE;
    }
  return TRUE;
}

static guint
count_written (GListModel *items)
{
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);

      count += !record_is_blank (item);
    }
  return count;
}

static const char *
cause_text (Writer     *w,
            const char *id)
{
  FsRecord *cause = NULL;

  if (id[0] != '\0')
    cause = fs_document_find_item (w->document, FS_DOCUMENT_CAUSES, id);
  return cause != NULL ? fs_record_get_text (cause, FS_CAUSE_TEXT) : "";
}

/* A field of a record as a reader wants it: a choice in words, a list line by
 * line, the cause of an action item by its text rather than its id. */
static char *
record_cell (Writer   *w,
             FsRecord *record,
             int       field)
{
  const FsField *info = &fs_record_get_schema (record)->fields[field];

  if (info->type == FS_FIELD_TEXT_LIST)
    return join_written (fs_record_get_list (record, field), "\n");
  if (info->type == FS_FIELD_CHOICE)
    return g_strdup (fs_choice_label (fs_record_get_text (record, field)));
  if (FS_IS_ACTION_ITEM (record) && field == FS_ACTION_ITEM_CAUSE)
    return g_strdup (cause_text (w, fs_record_get_text (record, field)));
  return g_strdup (fs_record_get_text (record, field));
}

/* A table of the records of LIST that hold any text, FIELDS (ending in -1)
 * under HEADERS, with TITLE over it; nothing at all when there is no row. */
static void
write_records (Writer             *w,
               FsDocumentList      list,
               const char         *title,
               const char * const *headers,
               const int          *fields)
{
  GListModel *items = ITEMS_OF (w, list);
  gboolean started = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      if (record_is_blank (item))
        continue;
      if (!started && title != NULL)
        heading (w->out, 3, title);
      if (!started)
        table_begin (w->out, headers, NULL);
      started = TRUE;
      for (guint f = 0; fields[f] >= 0; f++)
        g_ptr_array_add (cells, record_cell (w, item, fields[f]));
      g_ptr_array_add (cells, NULL);
      table_row (w->out, (const char * const *) cells->pdata);
    }
}

/* Anonymised, a person's name is their role, told apart by a number where
 * several share it: one column says it all. */
static void
write_people (Writer     *w,
              const char *title)
{
  if (fs_record_get_boolean (FS_RECORD (w->document), FS_DOCUMENT_ANONYMIZE))
    write_records (w, FS_DOCUMENT_PEOPLE, title,
                   (const char *[]) { _("Role"), _("Responsibilities"), NULL },
                   (const int[]) { FS_PERSON_NAME, FS_PERSON_RESPONSIBILITIES, -1 });
  else
    write_records (w, FS_DOCUMENT_PEOPLE, title,
                   (const char *[]) { _("Name"), _("Role"), _("Responsibilities"), NULL },
                   (const int[]) { FS_PERSON_NAME, FS_PERSON_ROLE, FS_PERSON_RESPONSIBILITIES,
                                   -1 });
}

/* The pre-mortem, step by step. */

static void
write_overview (Writer *w)
{
  const char *date = TEXT_OF (w, FS_DOCUMENT_OVERVIEW_FAILURE_DATE);
  gsize start = step_begin (w, _("Overview"));

  labelled (w->out, 0, _("What changes"), TEXT_OF (w, FS_DOCUMENT_OVERVIEW_CHANGE));
  labelled (w->out, 0, _("Why it is necessary"), TEXT_OF (w, FS_DOCUMENT_OVERVIEW_REASON));
  labelled (w->out, 0, _("History"), TEXT_OF (w, FS_DOCUMENT_OVERVIEW_HISTORY));
  labelled (w->out, 0, _("Risk level"),
            fs_choice_label (TEXT_OF (w, FS_DOCUMENT_OVERVIEW_RISK_LEVEL)));
  if (!is_blank (date))
    {
      /* Translators: the failure framing of a pre-mortem; %s is a date. */
      g_autofree char *framing =
        g_strdup_printf (_("It is %s. This change has failed. What happened?"), date);
      g_autofree char *escaped = escape_flat (framing);

      begin_block (w->out);
      g_string_append_printf (w->out, "_%s_\n", escaped);
    }
  step_end (w, start);
}

static void
write_timeline (Writer *w)
{
  gsize start = step_begin (w, _("Timeline & people"));

  facts (w->out, (const char *[]) {
           _("Starts"), TEXT_OF (w, FS_DOCUMENT_SCHEDULE_START),
           _("Window"), TEXT_OF (w, FS_DOCUMENT_SCHEDULE_WINDOW),
           _("Takes effect"), TEXT_OF (w, FS_DOCUMENT_SCHEDULE_TAKES_EFFECT), NULL });
  write_records (w, FS_DOCUMENT_TIMELINE, _("Timeline"),
                 (const char *[]) { _("When"), _("Who"), _("Actions"), NULL },
                 (const int[]) { FS_TIMELINE_ENTRY_WHEN, FS_TIMELINE_ENTRY_WHO,
                                 FS_TIMELINE_ENTRY_ACTIONS, -1 });
  write_people (w, _("People"));
  step_end (w, start);
}

static void
write_happy_path (Writer *w)
{
  GListModel *steps = ITEMS_OF (w, FS_DOCUMENT_HAPPY_PATH);
  gsize start = step_begin (w, _("Happy path"));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(FsRecord) step = g_list_model_get_item (steps, i);
      const char *title = fs_record_get_text (step, FS_STEP_TITLE);
      g_autofree char *escaped = escape_flat (is_blank (title) ? _("Untitled step") : title);
      g_autofree char *marker = NULL;

      if (record_is_blank (step))
        continue;
      marker = g_strdup_printf ("%u. ", ++n);
      begin_block (w->out);
      g_string_append_printf (w->out, "%s**%s**\n", marker, escaped);
      labelled (w->out, strlen (marker), NULL, fs_record_get_text (step, FS_STEP_DETAILS));
      labelled (w->out, strlen (marker), _("Expected"),
                fs_record_get_text (step, FS_STEP_EXPECTED));
    }
  step_end (w, start);
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  double x = fs_risk_get_score (*(FsRisk **) a);
  double y = fs_risk_get_score (*(FsRisk **) b);

  return (x < y) - (x > y);
}

/* The risks by score, highest first; the sort is stable, so equal scores
 * keep the order of the board. */
static GPtrArray *
rank_risks (Writer *w)
{
  GListModel *risks = ITEMS_OF (w, FS_DOCUMENT_RISKS);
  GPtrArray *ranked = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    g_ptr_array_add (ranked, g_list_model_get_item (risks, i));
  g_ptr_array_sort (ranked, compare_scores);
  return ranked;
}

static const char *
cluster_name (Writer     *w,
              const char *id)
{
  FsRecord *cluster = NULL;

  if (id[0] != '\0')
    cluster = fs_document_find_item (w->document, FS_DOCUMENT_CLUSTERS, id);
  return cluster != NULL ? fs_record_get_text (cluster, FS_CLUSTER_NAME) : "";
}

static const char *
risk_title (FsRecord *risk)
{
  const char *title = fs_record_get_text (risk, FS_RISK_TITLE);

  return is_blank (title) ? _("Untitled risk") : title;
}

static void
write_risk_row (Writer *w,
                guint   rank,
                FsRisk *risk)
{
  FsRecord *record = FS_RECORD (risk);
  g_autofree char *number = g_strdup_printf ("%u", rank);
  g_autofree char *probability = format_number (fs_record_get_number (record,
                                                                      FS_RISK_PROBABILITY));
  g_autofree char *impact = format_number (fs_record_get_number (record, FS_RISK_IMPACT));
  g_autofree char *score = format_number (fs_risk_get_score (risk));

  table_row (w->out, (const char *[]) {
               number, risk_title (record), probability, impact, score,
               cluster_name (w, fs_record_get_text (record, FS_RISK_CLUSTER)),
               fs_record_get_text (record, FS_RISK_OWNER), NULL });
}

static void
write_risk (Writer *w,
            guint   rank,
            FsRisk *risk)
{
  FsRecord *record = FS_RECORD (risk);
  g_autofree char *title = escape_flat (risk_title (record));

  begin_block (w->out);
  g_string_append_printf (w->out, "### %u. %s\n", rank, title);
  labelled_list (w->out, _("Symptoms"), fs_record_get_list (record, FS_RISK_SYMPTOMS), FALSE);
  labelled (w->out, 0, _("Effect on users"), fs_record_get_text (record, FS_RISK_USER_EFFECTS));
  labelled (w->out, 0, _("Data affected"),
            yes_no (fs_record_get_boolean (record, FS_RISK_DATA_AFFECTED)));
  labelled_list (w->out, _("Actions"), fs_record_get_list (record, FS_RISK_ACTIONS), FALSE);
  labelled (w->out, 0, _("Can be fixed without a deployment"),
            yes_no (fs_record_get_boolean (record, FS_RISK_FIX_WITHOUT_DEPLOY)));
  labelled (w->out, 0, _("Cleanup"), fs_record_get_text (record, FS_RISK_CLEANUP));
}

static void
write_risks (Writer *w)
{
  g_autoptr(GPtrArray) ranked = rank_risks (w);
  gsize start = step_begin (w, _("What can go wrong"));

  if (ranked->len > 0)
    table_begin (w->out, (const char *[]) {
                   C_("rank", "#"), _("Risk"), C_("probability", "P"), C_("impact", "I"),
                   _("Score"), _("Cluster"), _("Owner"), NULL }, "rlrrrll");
  for (guint i = 0; i < ranked->len; i++)
    write_risk_row (w, i + 1, g_ptr_array_index (ranked, i));
  for (guint i = 0; i < ranked->len; i++)
    write_risk (w, i + 1, g_ptr_array_index (ranked, i));
  step_end (w, start);
}

static void
write_rollback (Writer *w)
{
  gsize start = step_begin (w, _("Rollback plan"));

  labelled_list (w->out, _("Roll back when"), LIST_OF (w, FS_DOCUMENT_ROLLBACK_TRIGGERS), FALSE);
  labelled_list (w->out, _("How to roll back"), LIST_OF (w, FS_DOCUMENT_ROLLBACK_STEPS), TRUE);
  labelled (w->out, 0, _("Who may roll back"), TEXT_OF (w, FS_DOCUMENT_ROLLBACK_PERFORMED_BY));
  labelled (w->out, 0, _("Prepared in advance"), TEXT_OF (w, FS_DOCUMENT_ROLLBACK_PREPARED));
  labelled (w->out, 0, _("Point of no return"),
            TEXT_OF (w, FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN));
  step_end (w, start);
}

/* "- [ ]" pending, "- [x]" go, and a no-go struck through and said in words,
 * since not every renderer draws strikethrough. */
static void
write_criterion (GString  *out,
                 FsRecord *criterion)
{
  const char *state = fs_record_get_text (criterion, FS_CRITERION_STATE);
  const char *text = fs_record_get_text (criterion, FS_CRITERION_TEXT);
  const char *owner = fs_record_get_text (criterion, FS_CRITERION_OWNER);
  g_autofree char *escaped = escape_flat (is_blank (text) ? _("Unnamed criterion") : text);
  g_autofree char *no_go = NULL;

  if (g_str_equal (state, "go"))
    g_string_append_printf (out, "- [x] %s", escaped);
  else if (g_str_equal (state, "no-go"))
    {
      no_go = escape_flat (_("(no-go)"));
      g_string_append_printf (out, "- [ ] ~~%s~~ **%s**", escaped, no_go);
    }
  else
    g_string_append_printf (out, "- [ ] %s", escaped);
  if (!is_blank (owner))
    {
      g_autofree char *by = g_strdup_printf (_("owner: %s"), owner);
      g_autofree char *escaped_by = escape_flat (by);

      g_string_append_printf (out, " — %s", escaped_by);
    }
  g_string_append_c (out, '\n');
}

static void
write_go_no_go (Writer *w)
{
  GListModel *criteria = ITEMS_OF (w, FS_DOCUMENT_CRITERIA);
  const char *decision = TEXT_OF (w, FS_DOCUMENT_GO_NO_GO_DECISION);
  const char *decided_by = TEXT_OF (w, FS_DOCUMENT_GO_NO_GO_DECIDED_BY);
  g_autofree char *decided_at = format_time (TEXT_OF (w, FS_DOCUMENT_GO_NO_GO_DECIDED_AT));
  gsize start = step_begin (w, _("Go / no-go"));

  if (count_written (criteria) > 0)
    begin_block (w->out);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(FsRecord) criterion = g_list_model_get_item (criteria, i);

      if (!record_is_blank (criterion))
        write_criterion (w->out, criterion);
    }
  /* A decision still pending that nobody has touched says nothing yet. The
   * decision is not a list: one right after the criteria would join it. */
  if (!g_str_equal (decision, "pending") || !is_blank (decided_by) || !is_blank (decided_at))
    labelled (w->out, 0, _("Decision"), fs_choice_label (decision));
  labelled (w->out, 0, _("Decided by"), decided_by);
  labelled (w->out, 0, _("Decided at"), decided_at);
  step_end (w, start);
}

/* The action items as a table; a post-mortem's name the cause they answer. A
 * pre-mortem's are no step of the method, so they are left out when none. */
static void
write_action_items (Writer     *w,
                    const char *title,
                    gboolean    is_step)
{
  gsize start;

  if (!is_step && count_written (ITEMS_OF (w, FS_DOCUMENT_ACTION_ITEMS)) == 0)
    return;
  start = step_begin (w, title);
  if (fs_document_get_kind (w->document) == FS_DOCUMENT_KIND_POSTMORTEM)
    write_records (w, FS_DOCUMENT_ACTION_ITEMS, NULL,
                   (const char *[]) { _("Action"), _("Kind"), _("Area"), _("Cause"), _("Owner"),
                                      _("Due"), _("Status"), NULL },
                   (const int[]) { FS_ACTION_ITEM_TEXT, FS_ACTION_ITEM_KIND, FS_ACTION_ITEM_AREA,
                                   FS_ACTION_ITEM_CAUSE, FS_ACTION_ITEM_OWNER, FS_ACTION_ITEM_DUE,
                                   FS_ACTION_ITEM_STATUS, -1 });
  else
    write_records (w, FS_DOCUMENT_ACTION_ITEMS, NULL,
                   (const char *[]) { _("Action"), _("Kind"), _("Area"), _("Owner"), _("Due"),
                                      _("Status"), NULL },
                   (const int[]) { FS_ACTION_ITEM_TEXT, FS_ACTION_ITEM_KIND, FS_ACTION_ITEM_AREA,
                                   FS_ACTION_ITEM_OWNER, FS_ACTION_ITEM_DUE,
                                   FS_ACTION_ITEM_STATUS, -1 });
  step_end (w, start);
}

/* The post-mortem, step by step. */

static void
write_incident (Writer *w)
{
  g_autofree char *started = format_time (TEXT_OF (w, FS_DOCUMENT_INCIDENT_STARTED));
  g_autofree char *detected = format_time (TEXT_OF (w, FS_DOCUMENT_INCIDENT_DETECTED));
  g_autofree char *resolved = format_time (TEXT_OF (w, FS_DOCUMENT_INCIDENT_RESOLVED));
  gsize start = step_begin (w, _("Incident"));

  facts (w->out, (const char *[]) {
           _("Started"), started, _("Detected"), detected, _("Resolved"), resolved,
           _("Status"), fs_choice_label (TEXT_OF (w, FS_DOCUMENT_INCIDENT_STATUS)),
           _("Severity"), TEXT_OF (w, FS_DOCUMENT_INCIDENT_SEVERITY),
           _("Facilitator"), TEXT_OF (w, FS_DOCUMENT_INCIDENT_FACILITATOR), NULL });
  labelled (w->out, 0, _("Summary"), TEXT_OF (w, FS_DOCUMENT_INCIDENT_SUMMARY));
  write_people (w, _("Participants"));
  step_end (w, start);
}

static char *
format_share (Writer          *w,
              FsDocumentField  field)
{
  double value = fs_record_get_number (FS_RECORD (w->document), field);
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup (_("not known"));
  number = format_number (value);
  /* Translators: a share in percent, such as "33%". */
  return g_strdup_printf (_("%s%%"), number);
}

static void
write_impact (Writer *w)
{
  double minutes = fs_record_get_number (FS_RECORD (w->document),
                                         FS_DOCUMENT_IMPACT_DURATION_MINUTES);
  g_autofree char *duration = isnan (minutes) ? g_strdup (_("not known"))
                                              : fs_duration_format ((gint64) (minutes * 60));
  g_autofree char *requests = format_share (w, FS_DOCUMENT_IMPACT_REQUESTS_PCT);
  g_autofree char *users = format_share (w, FS_DOCUMENT_IMPACT_USERS_PCT);
  g_autofree char *data = format_share (w, FS_DOCUMENT_IMPACT_DATA_PCT);
  FsRecord *record = FS_RECORD (w->document);

  if (is_blank (TEXT_OF (w, FS_DOCUMENT_IMPACT_DESCRIPTION)) &&
      is_blank (TEXT_OF (w, FS_DOCUMENT_IMPACT_CLEANUP)) && isnan (minutes) &&
      fs_record_is_empty (record, FS_DOCUMENT_IMPACT_REQUESTS_PCT) &&
      fs_record_is_empty (record, FS_DOCUMENT_IMPACT_USERS_PCT) &&
      fs_record_is_empty (record, FS_DOCUMENT_IMPACT_DATA_PCT))
    return;
  heading (w->out, 3, _("Impact"));
  labelled (w->out, 0, NULL, TEXT_OF (w, FS_DOCUMENT_IMPACT_DESCRIPTION));
  facts (w->out, (const char *[]) {
           _("Duration"), duration, _("Requests affected"), requests,
           _("Users affected"), users, _("Data affected"), data,
           _("Cleanup"), TEXT_OF (w, FS_DOCUMENT_IMPACT_CLEANUP), NULL });
}

/* Where the time went, once any of it is known. */
static void
write_incident_times (Writer          *w,
                      FsIncidentTimes *times,
                      GPtrArray       *events)
{
  g_autofree char *detect = fs_duration_format (times->time_to_detect);
  g_autofree char *resolve = fs_duration_format (times->time_to_resolve);
  g_autofree char *gap = fs_duration_format (times->longest_gap);
  g_autofree char *after = NULL;

  if (times->longest_gap_after >= 0)
    {
      FsRecord *event = g_ptr_array_index (events, times->longest_gap_after);
      g_autofree char *at = format_time (fs_record_get_text (event, FS_EVENT_AT));

      /* Translators: the longest gap between events, and the time it began. */
      after = g_strdup_printf (_("%s, after %s"), gap, at);
    }
  facts (w->out, (const char *[]) {
           _("Time to detect"), detect, _("Time to resolve"), resolve,
           _("Longest gap between events"), after != NULL ? after : gap, NULL });
}

/* The events in time order, then the durations derived from them. */
static void
write_events (Writer *w)
{
  g_autoptr(GPtrArray) events = fs_incident_times_sorted_events (w->document);
  gboolean rows = count_written (ITEMS_OF (w, FS_DOCUMENT_EVENTS)) > 0;
  FsIncidentTimes times;
  gboolean known;

  fs_incident_times_compute (w->document, &times);
  known = times.time_to_detect >= 0 || times.time_to_resolve >= 0 || times.longest_gap >= 0;
  if (!rows && !known)
    return;
  heading (w->out, 3, _("Timeline"));
  if (rows)
    table_begin (w->out, (const char *[]) { _("At"), _("What"), NULL }, NULL);
  for (guint i = 0; i < events->len; i++)
    {
      FsRecord *event = g_ptr_array_index (events, i);
      g_autofree char *at = format_time (fs_record_get_text (event, FS_EVENT_AT));

      if (!record_is_blank (event))
        table_row (w->out, (const char *[]) { at, fs_record_get_text (event, FS_EVENT_TEXT),
                                              NULL });
    }
  if (known)
    write_incident_times (w, &times, events);
}

static void
write_what_went_wrong (Writer *w)
{
  gsize start = step_begin (w, _("What went wrong"));

  write_impact (w);
  section_text (w->out, _("Detection"), TEXT_OF (w, FS_DOCUMENT_DETECTION));
  write_events (w);
  section_text (w->out, _("Resolution"), TEXT_OF (w, FS_DOCUMENT_RESOLUTION));
  step_end (w, start);
}

static const struct
{
  const char *area;
  const char *label;
} cause_areas[] = {
  { "avoid", N_("Avoid: why was it not prevented?") },
  { "detect", N_("Detect: why was it not seen sooner?") },
  { "fix", N_("Fix: why did it take long to fix?") },
};

static void
write_causes (Writer *w)
{
  GListModel *causes = ITEMS_OF (w, FS_DOCUMENT_CAUSES);

  if (count_written (causes) == 0)
    return;
  heading (w->out, 3, _("Root causes"));
  for (guint a = 0; a < G_N_ELEMENTS (cause_areas); a++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
        {
          g_autoptr(FsRecord) cause = g_list_model_get_item (causes, i);

          if (g_str_equal (fs_record_get_text (cause, FS_CAUSE_AREA), cause_areas[a].area))
            g_ptr_array_add (texts, (char *) fs_record_get_text (cause, FS_CAUSE_TEXT));
        }
      g_ptr_array_add (texts, NULL);
      labelled_list (w->out, _(cause_areas[a].label), (const char * const *) texts->pdata,
                     FALSE);
    }
}

static void
write_why (Writer *w)
{
  gsize start = step_begin (w, _("Why"));

  labelled (w->out, 0, _("Trigger"), TEXT_OF (w, FS_DOCUMENT_TRIGGER));
  write_causes (w);
  section_list (w->out, _("What went well"), LIST_OF (w, FS_DOCUMENT_WENT_WELL));
  section_list (w->out, _("What went badly"), LIST_OF (w, FS_DOCUMENT_WENT_BADLY));
  section_list (w->out, _("Where we got lucky"), LIST_OF (w, FS_DOCUMENT_GOT_LUCKY));
  step_end (w, start);
}

static void
write_lessons (Writer *w)
{
  if (list_is_blank (LIST_OF (w, FS_DOCUMENT_LESSONS)))
    return;
  heading (w->out, 2, _("Lessons learned"));
  list (w->out, LIST_OF (w, FS_DOCUMENT_LESSONS), FALSE);
}

/* No line ends in white space, no two blank lines follow each other, and the
 * text ends with exactly one newline. */
static char *
finish (GString *out)
{
  g_auto(GStrv) lines = g_strsplit (out->str, "\n", -1);
  GString *tidy = g_string_sized_new (out->len);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] == '\0' && (tidy->len == 0 || g_str_has_suffix (tidy->str, "\n\n")))
        continue;
      g_string_append_printf (tidy, "%s\n", lines[i]);
    }
  while (g_str_has_suffix (tidy->str, "\n\n"))
    g_string_truncate (tidy, tidy->len - 1);
  g_string_free (out, TRUE);
  return g_string_free (tidy, FALSE);
}

char *
fs_markdown_render (FsDocument *document)
{
  g_autoptr(FsDocument) shown = NULL;
  Writer w;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  shown = fs_anonymize_for_export (document);
  w.out = g_string_new (NULL);
  w.document = shown;
  write_title (&w);
  if (fs_document_get_kind (shown) == FS_DOCUMENT_KIND_PREMORTEM)
    {
      write_overview (&w);
      write_timeline (&w);
      write_happy_path (&w);
      write_risks (&w);
      write_rollback (&w);
      write_go_no_go (&w);
      write_action_items (&w, _("Action items"), FALSE);
    }
  else
    {
      write_incident (&w);
      write_what_went_wrong (&w);
      write_why (&w);
      write_action_items (&w, _("How"), TRUE);
      write_lessons (&w);
    }
  return finish (w.out);
}
