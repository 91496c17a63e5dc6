/* fs-store-read.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For strcasestr() and strchrnul(). */
#define _GNU_SOURCE

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fs-store-private.h"
#include "fs-votes.h"

/* How many matches a search lists at most. */
#define SEARCH_LIMIT "200"

/* Sets one field from a column. A choice the schema does not know (a file
 * edited by hand) leaves the default rather than an invalid value. */
static void
read_value (sqlite3_stmt *statement,
            int           column,
            FsRecord     *record,
            guint         field)
{
  const FsField *desc = &fs_record_get_schema (record)->fields[field];
  const char *text;

  switch (desc->type)
    {
    case FS_FIELD_TEXT:
      fs_record_set_text (record, field, (const char *) sqlite3_column_text (statement, column));
      break;
    case FS_FIELD_VOTES:
      /* Written by this program, but read back as carefully as an import. */
      {
        g_autoptr(GPtrArray) votes = fs_votes_parse ((const char *) sqlite3_column_text (statement, column));
        g_autofree char *canonical = fs_votes_format (votes);

        fs_record_set_text (record, field, canonical);
      }
      break;
    case FS_FIELD_CHOICE:
      text = (const char *) sqlite3_column_text (statement, column);
      if (fs_field_is_choice (desc, text))
        fs_record_set_text (record, field, text);
      break;
    case FS_FIELD_BOOLEAN:
      fs_record_set_boolean (record, field, sqlite3_column_int (statement, column) != 0);
      break;
    case FS_FIELD_NUMBER:
      fs_record_set_number (record, field, sqlite3_column_double (statement, column));
      break;
    case FS_FIELD_OPTIONAL_NUMBER:
      fs_record_set_number (record, field,
                            sqlite3_column_type (statement, column) == SQLITE_NULL
                            ? NAN : sqlite3_column_double (statement, column));
      break;
    case FS_FIELD_TEXT_LIST:
    default:
      g_assert_not_reached ();
    }
}

/* Sets the record's non-list fields from the columns from column on, in
 * schema order; returns the next column. */
int
fs_store_read_record (sqlite3_stmt *statement,
                      int           column,
                      FsRecord     *record)
{
  const FsSchema *schema = fs_record_get_schema (record);

  /* Every record read here is new: nothing watches it yet. */
  fs_record_set_filling (record, TRUE);
  for (guint i = 0; i < schema->n_fields; i++)
    if (schema->fields[i].type != FS_FIELD_TEXT_LIST)
      read_value (statement, column++, record, i);
  fs_record_set_filling (record, FALSE);
  return column;
}

static void
read_extra (sqlite3_stmt *statement,
            int           column,
            FsRecord     *record)
{
  fs_record_set_extra (record, (const char *) sqlite3_column_text (statement, column));
}

static gboolean
read_document_row (FsStore        *self,
                   const char     *id,
                   FsDocument     *document,
                   sqlite3_int64  *rowid,
                   GError        **error)
{
  g_autoptr(FsStoreStatement) statement = self->document_select;
  int rc;

  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return fs_store_set_not_found (self, id, error);
  if (rc != SQLITE_ROW)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return FALSE;
    }
  *rowid = sqlite3_column_int64 (statement, 0);
  read_extra (statement, fs_store_read_record (statement, 1, FS_RECORD (document)),
              FS_RECORD (document));
  return TRUE;
}

static gboolean
read_items (FsStore         *self,
            sqlite3_int64    rowid,
            FsDocumentList   list,
            GListStore      *items,
            GError         **error)
{
  g_autoptr(FsStoreStatement) statement = self->item_select[list];
  GType type = g_list_model_get_item_type (G_LIST_MODEL (items));
  int rc;

  sqlite3_bind_int64 (statement, 1, rowid);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(FsRecord) item = g_object_new (type, NULL);

      read_extra (statement, fs_store_read_record (statement, 0, item), item);
      g_list_store_append (items, item);
    }
  if (rc != SQLITE_DONE)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return FALSE;
    }
  return TRUE;
}

/* The record that owns a group of texts; NULL for a row that points nowhere. */
static FsRecord *
find_owner (FsDocument *document,
            int         owner,
            guint       owner_position)
{
  GListModel *items;

  if (owner == FS_STORE_TEXT_OWNER_DOCUMENT)
    return g_object_ref (FS_RECORD (document));
  if (owner < 0 || owner >= FS_DOCUMENT_N_LISTS)
    return NULL;
  items = G_LIST_MODEL (fs_document_get_list (document, owner));
  return g_list_model_get_item (items, owner_position);
}

static void
set_texts (FsDocument *document,
           int         owner,
           guint       owner_position,
           const char *field,
           GPtrArray  *texts)
{
  g_autoptr(FsRecord) record = find_owner (document, owner, owner_position);
  int index;

  if (record == NULL)
    return;
  index = fs_schema_find_field (fs_record_get_schema (record), field);
  if (index < 0 || fs_record_get_schema (record)->fields[index].type != FS_FIELD_TEXT_LIST)
    return;
  g_ptr_array_add (texts, NULL);
  fs_record_set_list (record, index, (const char * const *) texts->pdata);
}

/* The rows come grouped by owner and field, each group in order. */
static gboolean
read_texts (FsStore        *self,
            sqlite3_int64   rowid,
            FsDocument     *document,
            GError        **error)
{
  g_autoptr(FsStoreStatement) statement = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *field = NULL;
  int owner = 0, owner_position = 0, rc;

  statement = fs_store_statement (self, "SELECT owner, owner_position, field, text FROM texts "
                                        "WHERE document = ? "
                                        "ORDER BY owner, owner_position, field, position",
                                  error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, rowid);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *row_field = (const char *) sqlite3_column_text (statement, 2);

      if (field != NULL && (owner != sqlite3_column_int (statement, 0) ||
                            owner_position != sqlite3_column_int (statement, 1) ||
                            g_strcmp0 (field, row_field) != 0))
        {
          set_texts (document, owner, owner_position, field, texts);
          g_ptr_array_set_size (texts, 0);
        }
      owner = sqlite3_column_int (statement, 0);
      owner_position = sqlite3_column_int (statement, 1);
      g_free (field);
      field = g_strdup (row_field);
      g_ptr_array_add (texts, g_strdup ((const char *) sqlite3_column_text (statement, 3)));
    }
  if (rc != SQLITE_DONE)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return FALSE;
    }
  if (field != NULL)
    set_texts (document, owner, owner_position, field, texts);
  return TRUE;
}

static gboolean
read_document (FsStore     *self,
               const char  *id,
               FsDocument  *document,
               GError     **error)
{
  sqlite3_int64 rowid = 0;

  if (!read_document_row (self, id, document, &rowid, error))
    return FALSE;
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    if (!read_items (self, rowid, list, fs_document_get_list (document, list), error))
      return FALSE;
  return read_texts (self, rowid, document, error);
}

FsDocument *
fs_store_load (FsStore     *self,
               const char  *id,
               GError     **error)
{
  g_autoptr(FsDocument) document = NULL;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  FS_STORE_LOCK (self);

  document = g_object_new (FS_TYPE_DOCUMENT, NULL);
  if (!fs_store_begin_read (self, error))
    return NULL;
  if (!read_document (self, id, document, error) || !fs_store_commit (self, error))
    {
      fs_store_rollback (self);
      return NULL;
    }
  return g_steal_pointer (&document);
}

#define SUMMARY_COLUMNS \
  "d.id, d.kind, d.title, d.status, d.created, d.modified, " \
  "d.risk_count, d.action_count, d.open_action_count"
/* A pre-mortem's linked post-mortems, and those that had one of its risks
 * happen; each a probe of the index of links. */
#define LINKED_POSTMORTEMS \
  "FROM documents AS p WHERE p.premortem <> '' AND p.premortem = d.id AND p.deleted = 0"
#define LINK_COUNTS \
  "CASE d.kind WHEN 'premortem' THEN (SELECT count(*) " LINKED_POSTMORTEMS ") ELSE 0 END, " \
  "CASE d.kind WHEN 'premortem' THEN (SELECT count(*) " LINKED_POSTMORTEMS " AND EXISTS (" \
  "  SELECT 1 FROM texts AS t WHERE t.document = p.rowid AND t.owner = -1 " \
  "  AND t.field = 'anticipated')) ELSE 0 END"
#define FILTERS \
  "d.deleted = 0 AND (?1 IS NULL OR d.kind = ?1) AND (?2 IS NULL OR d.status = ?2)"
#define LIST_SQL(order) \
  "SELECT " SUMMARY_COLUMNS ", " LINK_COUNTS ", '' FROM documents AS d WHERE " FILTERS \
  " ORDER BY " order

/* The SEARCH_LIMIT matching documents created last, put in the order asked
 * for. A search with fewer matches lists them all, whatever their rank; a
 * word found in every document of a large library is listed in a few
 * milliseconds, which ranking its thousands of matches with bm25() first
 * (several times as long) would not allow. */
#define SEARCH_SQL(order) \
  "SELECT " SUMMARY_COLUMNS ", " LINK_COUNTS ", '', d.r " \
  "FROM (SELECT d.rowid AS r, " SUMMARY_COLUMNS " " \
  "      FROM search_index JOIN documents AS d ON d.rowid = search_index.rowid " \
  "      WHERE search_index MATCH ?3 AND " FILTERS \
  "      ORDER BY search_index.rowid DESC LIMIT " SEARCH_LIMIT ") AS d " \
  "ORDER BY " order

/* The last key follows the listing's index, which then needs no sorting. */
#define BY_MODIFIED "d.modified DESC, d.id DESC"
#define BY_TITLE "d.title COLLATE NOCASE, d.modified DESC, d.id DESC"
#define BY_STATUS \
  "CASE d.status WHEN 'draft' THEN 0 WHEN 'review' THEN 1 WHEN 'final' THEN 2 ELSE 3 END, " \
  "d.modified DESC, d.id DESC"

static const char * const list_sql[] = {
  [FS_STORE_SORT_MODIFIED] = LIST_SQL (BY_MODIFIED),
  [FS_STORE_SORT_TITLE] = LIST_SQL (BY_TITLE),
  [FS_STORE_SORT_STATUS] = LIST_SQL (BY_STATUS),
};

static const char * const search_sql[] = {
  [FS_STORE_SORT_MODIFIED] = SEARCH_SQL (BY_MODIFIED),
  [FS_STORE_SORT_TITLE] = SEARCH_SQL (BY_TITLE),
  [FS_STORE_SORT_STATUS] = SEARCH_SQL (BY_STATUS),
};

/* Words as the index's tokenizer sees them: runs of letters and digits. */
static gboolean
is_word_character (const char *p)
{
  gunichar c;

  if ((guchar) *p < 0x80)
    return g_ascii_isalnum (*p);
  c = g_utf8_get_char (p);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
next_word (const char **p,
           const char  *end,
           const char **word,
           gsize       *length)
{
  const char *q = *p;

  while (q < end && !is_word_character (q))
    q = g_utf8_next_char (q);
  if (q >= end)
    return FALSE;
  *word = q;
  while (q < end && is_word_character (q))
    q = g_utf8_next_char (q);
  *length = q - *word;
  *p = q;
  return TRUE;
}

/* Case and accents folded, as the index compares words. */
static char *
fold_word (const char *word,
           gsize       length)
{
  g_autofree char *lower = g_utf8_casefold (word, length);
  g_autofree char *decomposed = g_utf8_normalize (lower, -1, G_NORMALIZE_NFD);
  GString *folded = g_string_sized_new (length);

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_unichar (folded, g_utf8_get_char (p));
  return g_string_free (folded, FALSE);
}

static void
append_quoted (GString    *expression,
               const char *token)
{
  g_string_append (expression, expression->len > 0 ? " \"" : "\"");
  for (const char *p = token; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (expression, '"');
      g_string_append_c (expression, *p);
    }
  g_string_append_c (expression, '"');
}

/* The person's words as an FTS5 expression that cannot be anything else:
 * each word a quoted string, all of them required, the last one a prefix so
 * that results come while typing. A last word of one letter is left out
 * after others: as a prefix it would match most of the library, at great
 * cost, before the next key narrows it. Adds the words, folded, to words for
 * the snippet. NULL when no word can match anything. */
static char *
match_expression (const char *search,
                  GPtrArray  *words)
{
  g_autofree char *valid = g_utf8_make_valid (search, -1);
  g_auto(GStrv) tokens = g_strsplit_set (valid, " \t\n\r\f\v", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GString) expression = g_string_new (NULL);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *p = tokens[i];
      const char *word;
      gsize length;

      if (next_word (&p, p + strlen (p), &word, &length))
        g_ptr_array_add (kept, tokens[i]);
    }
  if (kept->len > 1 && g_utf8_strlen (g_ptr_array_index (kept, kept->len - 1), -1) == 1)
    g_ptr_array_set_size (kept, kept->len - 1);
  if (kept->len == 0)
    return NULL;

  for (guint i = 0; i < kept->len; i++)
    {
      const char *p = g_ptr_array_index (kept, i);
      const char *word;
      gsize length;

      while (next_word (&p, p + strlen (p), &word, &length))
        g_ptr_array_add (words, fold_word (word, length));
      append_quoted (expression, g_ptr_array_index (kept, i));
    }
  g_string_append_c (expression, '*');
  return g_string_free (g_steal_pointer (&expression), FALSE);
}

/* The last word of a search also matches the start of a longer word. */
static gboolean
word_matches (const char *word,
              gsize       length,
              GPtrArray  *words)
{
  g_autofree char *folded = NULL;

  for (gsize i = 0; i < length; i++)
    if ((guchar) word[i] >= 0x80)
      {
        folded = fold_word (word, length);
        word = folded;
        length = strlen (folded);
        break;
      }
  for (guint i = 0; i < words->len; i++)
    {
      const char *searched = g_ptr_array_index (words, i);
      gsize searched_length = strlen (searched);

      if ((length == searched_length || (i == words->len - 1 && length > searched_length)) &&
          g_ascii_strncasecmp (word, searched, searched_length) == 0)
        return TRUE;
    }
  return FALSE;
}

#define SNIPPET_WORDS 10
#define SNIPPET_WORDS_BEFORE 3

/* Up to SNIPPET_WORDS words of a line around its word at match, with an
 * ellipsis where the line goes on. */
static char *
snippet_of_line (const char *line,
                 const char *end,
                 const char *match)
{
  g_autoptr(GArray) starts = g_array_sized_new (FALSE, FALSE, sizeof (const char *), 64);
  g_autoptr(GArray) ends = g_array_sized_new (FALSE, FALSE, sizeof (const char *), 64);
  const char *p = line, *word, *from, *to;
  guint first = 0, last, found = 0;
  gsize length;

  while (next_word (&p, end, &word, &length))
    {
      const char *word_end = word + length;

      if (word == match)
        found = starts->len;
      g_array_append_val (starts, word);
      g_array_append_val (ends, word_end);
    }
  if (found > SNIPPET_WORDS_BEFORE)
    first = found - SNIPPET_WORDS_BEFORE;
  last = MIN (first + SNIPPET_WORDS, starts->len);
  first = last > SNIPPET_WORDS ? MIN (first, last - SNIPPET_WORDS) : 0;
  from = first == 0 ? line : g_array_index (starts, const char *, first);
  to = last == starts->len ? end : g_array_index (ends, const char *, last - 1);
  return g_strdup_printf ("%s%.*s%s", first > 0 ? "…" : "", (int) (to - from), from,
                          last < starts->len ? "…" : "");
}

static gboolean
is_plain (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
starts_word (const char *body,
             const char *p)
{
  return p == body || !is_word_character (g_utf8_find_prev_char (body, p));
}

static gboolean
all_plain (GPtrArray *words)
{
  for (guint i = 0; i < words->len; i++)
    if (!is_plain (g_ptr_array_index (words, i)))
      return FALSE;
  return TRUE;
}

/* Where WORD, folded plain ASCII, occurs in any case in the text from p up
 * to end; NULL if it does not. Its first character is a letter or a digit,
 * which setting bit 5 folds. */
static const char *
find_folded (const char *p,
             const char *end,
             const char *word,
             gsize       length)
{
  for (; (gsize) (end - p) >= length; p++)
    if ((*p | 0x20) == word[0] && g_ascii_strncasecmp (p, word, length) == 0)
      return p;
  return NULL;
}

/* Where a plain ASCII searched word first starts a word of the body; NULL
 * if none does. Each word is looked for only before the first match found. */
static const char *
find_plain_match (const char *body,
                  GPtrArray  *words)
{
  const char *first = NULL, *end = body + strlen (body);

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      gsize length = strlen (word);
      gboolean prefix = i == words->len - 1;

      for (const char *p = find_folded (body, end, word, length); p != NULL;
           p = find_folded (p + 1, end, word, length))
        if (starts_word (body, p) && (prefix || !is_word_character (p + length)))
          {
            first = end = p;
            break;
          }
    }
  return first;
}

/* The first word of the body a searched word matches, walking word by word
 * as the index does, accents and all; NULL if there is none. A line that is
 * not UTF-8 ends the walk and sets invalid. */
static const char *
find_word_match (const char *body,
                 GPtrArray  *words,
                 gboolean   *invalid)
{
  const char *line = body;

  while (*line != '\0')
    {
      const char *end = strchr (line, '\n');
      const char *p = line, *word;
      gsize length;

      if (end == NULL)
        end = line + strlen (line);
      if (!g_utf8_validate_len (line, end - line, NULL))
        {
          *invalid = TRUE;
          return NULL;
        }
      while (next_word (&p, end, &word, &length))
        if (word_matches (word, length, words))
          return word;
      line = *end != '\0' ? end + 1 : end;
    }
  return NULL;
}

/* Plain text around the match in the body, on one line; the title when only
 * the title matched. */
static void
set_snippet (FsRecord   *summary,
             const char *body,
             const char *match)
{
  g_autofree char *snippet = NULL;
  const char *line, *end;

  if (match != NULL)
    {
      for (line = match; line > body && line[-1] != '\n'; line--)
        ;
      end = strchrnul (match, '\n');
      if (g_utf8_validate_len (line, end - line, NULL))
        snippet = snippet_of_line (line, end, match);
    }
  fs_record_set_text (summary, FS_SUMMARY_SNIPPET,
                      snippet != NULL ? g_strstrip (snippet)
                                      : fs_record_get_text (summary, FS_SUMMARY_TITLE));
}

/* An open blob keeps a read of the library open: closed as soon as it goes. */
typedef sqlite3_blob FsStoreBlob;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FsStoreBlob, sqlite3_blob_close)

/* How much of the searched text a snippet reads at a time. */
#define SNIPPET_CHUNK 2048

/* Reads the next chunk of the blob onto the body; returns the length of the
 * whole lines read so far, all of them when the blob is read to its end. */
static gboolean
read_chunk (sqlite3_blob  *blob,
            GString       *body,
            gsize         *complete)
{
  gsize offset = body->len;
  gsize size = sqlite3_blob_bytes (blob);
  gsize n = MIN (SNIPPET_CHUNK, size - offset);
  const char *last;

  g_string_set_size (body, offset + n);
  if (sqlite3_blob_read (blob, body->str + offset, (int) n, (int) offset) != SQLITE_OK)
    return FALSE;
  if (body->len == size)
    *complete = body->len;
  else if ((last = memrchr (body->str + offset, '\n', n)) != NULL)
    *complete = last + 1 - body->str;
  return TRUE;
}

/* The first match in the lines of the body from searched up to complete. */
static const char *
find_match_in (GString   *body,
               gsize      searched,
               gsize      complete,
               GPtrArray *words,
               gboolean   plain,
               gboolean  *invalid)
{
  char saved = body->str[complete];
  const char *match;

  body->str[complete] = '\0';
  match = plain ? find_plain_match (body->str + searched, words)
                : find_word_match (body->str + searched, words, invalid);
  body->str[complete] = saved;
  return match;
}

/* The first match in the searched text, which is read from its start only
 * as far as the line of that match: most texts match early, and are long.
 * Lines are searched whole, so that no word cut at the end of a chunk passes
 * for another; as the index does, a word with accents is matched word by
 * word, and so is the whole text when no plain word is found in it. */
static gboolean
find_match (sqlite3_blob  *blob,
            GString       *body,
            GPtrArray     *words,
            const char   **match)
{
  gboolean plain = all_plain (words), invalid = FALSE;
  gsize searched = 0, complete = 0;

  g_string_truncate (body, 0);
  *match = NULL;
  while (*match == NULL && !invalid && body->len < (gsize) sqlite3_blob_bytes (blob))
    {
      if (!read_chunk (blob, body, &complete))
        return FALSE;
      if (complete > searched)
        *match = find_match_in (body, searched, complete, words, plain, &invalid);
      searched = complete;
    }
  if (*match == NULL && plain)
    *match = find_word_match (body->str, words, &invalid);
  return TRUE;
}

/* The text searched comes straight from the index's own table of contents,
 * a blob at a time: a search's snippets read a small part of each text. */
static gboolean
read_snippet (FsStore        *self,
              FsRecord       *summary,
              sqlite3_int64   rowid,
              GPtrArray      *words,
              sqlite3_blob  **blob,
              GString        *body,
              GError        **error)
{
  const char *match = NULL;
  int rc;

  if (*blob != NULL)
    rc = sqlite3_blob_reopen (*blob, rowid);
  else
    rc = sqlite3_blob_open (self->db, "main", "search_index_content", "c1", rowid, 0, blob);
  if (rc != SQLITE_OK)
    {
      /* A document the index does not have shows its title. */
      if ((rc & 0xff) != SQLITE_ERROR)
        {
          fs_store_set_error (self, FS_STORE_READING, error);
          return FALSE;
        }
      g_clear_pointer (blob, sqlite3_blob_close);
    }
  else if (!find_match (*blob, body, words, &match))
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return FALSE;
    }
  set_snippet (summary, body->str, match);
  return TRUE;
}

static void
bind_query (sqlite3_stmt        *statement,
            const FsStoreQuery  *query,
            const char          *match)
{
  if (query->kind >= 0)
    sqlite3_bind_text (statement, 1, fs_document_kind_to_string (query->kind), -1,
                       SQLITE_STATIC);
  if (query->status != NULL)
    sqlite3_bind_text (statement, 2, query->status, -1, SQLITE_STATIC);
  if (match != NULL)
    sqlite3_bind_text (statement, 3, match, -1, SQLITE_STATIC);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Reads the summaries the statement lists and, when searching, the rowids
 * whose text the snippets come from. */
static gboolean
read_summaries (FsStore       *self,
                sqlite3_stmt  *statement,
                gboolean       searching,
                GPtrArray     *summaries,
                GArray        *rowids,
                GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      FsRecord *summary = g_object_new (FS_TYPE_SUMMARY, NULL);
      int column = fs_store_read_record (statement, 0, summary);

      g_ptr_array_add (summaries, summary);
      if (searching)
        {
          sqlite3_int64 rowid = sqlite3_column_int64 (statement, column);

          g_array_append_val (rowids, rowid);
        }
    }
  if (rc == SQLITE_DONE)
    return TRUE;

  /* An expression SQLite still refuses is a search without results. */
  g_ptr_array_set_size (summaries, 0);
  g_array_set_size (rowids, 0);
  if (searching && (rc & 0xff) == SQLITE_ERROR)
    return TRUE;
  fs_store_set_error (self, FS_STORE_READING, error);
  return FALSE;
}

GListModel *
fs_store_query (FsStore             *self,
                const FsStoreQuery  *query,
                GError             **error)
{
  static const FsStoreQuery everything = FS_STORE_QUERY_INIT;
  g_autoptr(GListStore) result = g_list_store_new (FS_TYPE_SUMMARY);
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) rowids = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(FsStoreStatement) statement = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(FsStoreBlob) blob = NULL;
  g_autofree char *match = NULL;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (query == NULL || (query->kind >= -1 && query->kind <= 1), NULL);
  g_return_val_if_fail (query == NULL || query->sort <= FS_STORE_SORT_STATUS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  FS_STORE_LOCK (self);

  if (query == NULL)
    query = &everything;
  if (!is_blank (query->search) &&
      (match = match_expression (query->search, words)) == NULL)
    return G_LIST_MODEL (g_steal_pointer (&result));

  statement = fs_store_statement (self, match ? search_sql[query->sort] : list_sql[query->sort],
                                  error);
  if (statement == NULL)
    return NULL;
  bind_query (statement, query, match);
  if (!read_summaries (self, statement, match != NULL, summaries, rowids, error))
    return NULL;
  g_clear_pointer (&statement, fs_store_statement_release);

  for (guint i = 0; i < rowids->len; i++)
    if (!read_snippet (self, g_ptr_array_index (summaries, i),
                       g_array_index (rowids, sqlite3_int64, i), words, &blob, body, error))
      return NULL;
  g_list_store_splice (result, 0, 0, summaries->pdata, summaries->len);
  return G_LIST_MODEL (g_steal_pointer (&result));
}

/* A post-mortem's pre-mortem, found by its unique id. */
#define CHAIN_OF_D \
  "FROM documents AS c WHERE c.id = d.premortem AND c.deleted = 0 AND c.kind = 'premortem'"

/* Action items whose due date is empty come last. */
#define ACTION_ITEMS_SQL \
  "SELECT d.id, d.title, d.kind, a.id, a.text, a.kind, a.area, a.owner, a.due, a.status, " \
  "CASE d.kind WHEN 'premortem' THEN d.id ELSE coalesce ((SELECT c.id " CHAIN_OF_D "), '') END, " \
  "CASE d.kind WHEN 'premortem' THEN d.title ELSE coalesce ((SELECT c.title " CHAIN_OF_D "), '') END " \
  "FROM action_items AS a JOIN documents AS d ON d.rowid = a.document " \
  "WHERE d.deleted = 0 " \
  "ORDER BY a.due = '', a.due, d.title COLLATE NOCASE, d.id, a.position"

GListModel *
fs_store_list_action_items (FsStore  *self,
                            GError  **error)
{
  g_autoptr(GListStore) entries = g_list_store_new (FS_TYPE_ACTION_ENTRY);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(FsStoreStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (FS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  FS_STORE_LOCK (self);

  statement = fs_store_statement (self, ACTION_ITEMS_SQL, error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      FsRecord *entry = g_object_new (FS_TYPE_ACTION_ENTRY, NULL);

      fs_store_read_record (statement, 0, entry);
      g_ptr_array_add (rows, entry);
    }
  if (rc != SQLITE_DONE)
    {
      fs_store_set_error (self, FS_STORE_READING, error);
      return NULL;
    }
  g_list_store_splice (entries, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&entries));
}

