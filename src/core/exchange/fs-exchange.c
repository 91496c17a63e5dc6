/* fs-exchange.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fs-exchange-private.h"

G_DEFINE_QUARK (fs-exchange-error-quark, fs_exchange_error)

/* Reading files */

static gboolean
set_io_error (int          saved_errno,
              const char  *name,
              GError     **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

gboolean
fs_exchange_set_too_large (const char  *name,
                           guint64      size,
                           GError     **error)
{
  g_autofree char *text = g_format_size_full (size, G_FORMAT_SIZE_LONG_FORMAT);
  g_autofree char *limit = g_format_size_full (FS_EXCHANGE_MAX_SIZE, G_FORMAT_SIZE_LONG_FORMAT);

  g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_TOO_LARGE,
               _("%s: the file is %s; a Foresight file may have at most %s"),
               name, text, limit);
  return FALSE;
}

static gboolean
check_file_kind (const struct stat  *info,
                 const char         *name,
                 GError            **error)
{
  if (S_ISDIR (info->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not read “%s”: it is a folder, not a file"), name);
      return FALSE;
    }
  if (!S_ISREG (info->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not read “%s”: it is not a regular file"), name);
      return FALSE;
    }
  if (info->st_size > FS_EXCHANGE_MAX_SIZE)
    return fs_exchange_set_too_large (name, (guint64) info->st_size, error);
  return TRUE;
}

/* Reads at most FS_EXCHANGE_MAX_SIZE bytes, even from a file that grows
 * while it is read; its size is checked before anything is read. */
static gboolean
read_fd (int          fd,
         const char  *name,
         char       **contents,
         gsize       *length,
         GError     **error)
{
  struct stat info;
  g_autofree char *buffer = NULL;
  gsize capacity, used = 0;

  if (fstat (fd, &info) != 0)
    return set_io_error (errno, name, error);
  if (!check_file_kind (&info, name, error))
    return FALSE;

  capacity = (gsize) info.st_size + 1;
  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n = read (fd, buffer + used, capacity - used);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_io_error (errno, name, error);
      if (n == 0)
        break;
      used += (gsize) n;
      if (used > FS_EXCHANGE_MAX_SIZE)
        {
          info.st_size = (goffset) used;
          return check_file_kind (&info, name, error);
        }
      if (used == capacity)
        {
          capacity = MIN (capacity * 2, (gsize) FS_EXCHANGE_MAX_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }
    }
  *contents = g_steal_pointer (&buffer);
  *length = used;
  return TRUE;
}

gboolean
fs_exchange_read_contents (const char  *path,
                           const char  *name,
                           char       **contents,
                           gsize       *length,
                           GError     **error)
{
  gboolean ok;
  int fd;

  /* Non-blocking, so that a FIFO named by mistake cannot hang the import. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    return set_io_error (errno, name, error);
  ok = read_fd (fd, name, contents, length, error);
  g_close (fd, NULL);
  return ok;
}

GPtrArray *
fs_exchange_read_file (const char  *path,
                       GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_name (path);
  if (!fs_exchange_read_contents (path, name, &contents, &length, error))
    return NULL;
  return fs_exchange_read_data (contents, length, name, error);
}

gboolean
fs_exchange_write_file (GPtrArray   *documents,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (documents != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = fs_exchange_write (documents, &length);
  /* A temporary file renamed over the old one: a failure never leaves a
   * half-written export, and an existing file keeps its contents. */
  if (!g_file_set_contents_full (path, text, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                   _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Which members a record has */

static gboolean
names_member (const char     *section,
              const char     *member,
              FsFieldFlags    flags,
              FsDocumentKind  kind,
              const char     *in_section,
              const char     *name)
{
  FsField as_field = { .flags = flags };

  if (!fs_field_applies_to (&as_field, kind))
    return FALSE;
  if (g_strcmp0 (section, in_section) == 0 && g_strcmp0 (member, name) == 0)
    return TRUE;
  return in_section == NULL && section != NULL && g_str_equal (section, name);
}

gboolean
fs_exchange_is_known_member (FsRecord       *record,
                             FsDocumentKind  kind,
                             const char     *section,
                             const char     *member)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const FsField *field = &schema->fields[i];

      if (names_member (field->section, field->member, field->flags, kind, section, member))
        return TRUE;
    }
  if (!FS_IS_DOCUMENT (record))
    return FALSE;
  for (guint i = 0; i < FS_DOCUMENT_N_LISTS; i++)
    {
      const FsDocumentListInfo *info = fs_document_list_info (i);

      if (names_member (info->section, info->member, info->flags, kind, section, member))
        return TRUE;
    }
  return FALSE;
}

/* Checking untrusted text before json-glib sees it
 *
 * json-glib 1.6 recurses without limit and accepts more than JSON: comments,
 * single quotes, hexadecimal numbers, text after the root. A strict lexer
 * that also counts nesting keeps all of that, and stack overflows, out. */

/* Where the layout tracker stands inside the root object and the documents. */
typedef enum
{
  EXPECT_KEY,
  EXPECT_COLON,
  EXPECT_VALUE,
  EXPECT_COMMA,
} Expect;

typedef struct
{
  const char        *data;
  gsize              length;
  gsize              pos;
  guint              depth;
  gboolean           seen_value;
  FsExchangeError    code;
  const char        *problem;
  FsExchangeLayout  *layout;      /* NULL when only checking */
  Expect             in_root;
  Expect             in_documents;
  gboolean           documents_next;
  gboolean           in_array;
  guint              n_documents_members;
} Scanner;

static gboolean
scan_fail (Scanner         *scanner,
           FsExchangeError  code,
           const char      *problem)
{
  scanner->code = code;
  scanner->problem = problem;
  return FALSE;
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static gboolean
is_delimiter (Scanner *scanner)
{
  char c;

  if (scanner->pos >= scanner->length)
    return TRUE;
  c = scanner->data[scanner->pos];
  return is_space (c) || c == ',' || c == ']' || c == '}';
}

/* strchr() would also find the NUL that ends CHARS. */
static gboolean
is_one_of (char        c,
           const char *chars)
{
  return c != '\0' && strchr (chars, c) != NULL;
}

static int
scan_hex4 (Scanner *scanner)
{
  int value = 0;

  if (scanner->length - scanner->pos < 4)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (scanner->data[scanner->pos + i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  scanner->pos += 4;
  return value;
}

/* At a backslash inside a text. */
static gboolean
scan_escape (Scanner *scanner)
{
  int unit;

  scanner->pos++;
  if (scanner->pos < scanner->length && is_one_of (scanner->data[scanner->pos], "\"\\/bfnrt"))
    {
      scanner->pos++;
      return TRUE;
    }
  if (scanner->pos >= scanner->length || scanner->data[scanner->pos] != 'u')
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON, _("an unknown escape in a text"));
  scanner->pos++;
  unit = scan_hex4 (scanner);
  if (unit < 0)
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                      _("“\\u” in a text must be followed by four hexadecimal digits"));
  /* json-glib would cut the text short at a NUL character. */
  if (unit == 0)
    return scan_fail (scanner, FS_EXCHANGE_ERROR_INVALID,
                      _("a text contains a NUL character (\\u0000)"));
  if (unit >= 0xdc00 && unit <= 0xdfff)
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON, _("an unpaired surrogate in a text"));
  if (unit < 0xd800 || unit > 0xdbff)
    return TRUE;
  if (scanner->length - scanner->pos < 2 || scanner->data[scanner->pos] != '\\' ||
      scanner->data[scanner->pos + 1] != 'u')
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON, _("an unpaired surrogate in a text"));
  scanner->pos += 2;
  unit = scan_hex4 (scanner);
  if (unit < 0xdc00 || unit > 0xdfff)
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON, _("an unpaired surrogate in a text"));
  return TRUE;
}

/* One character of a text outside ASCII, checked as UTF-8 here rather than
 * in a separate pass over the whole file. */
static gboolean
scan_utf8 (Scanner *scanner)
{
  const char *at = scanner->data + scanner->pos;
  gunichar c = g_utf8_get_char_validated (at, (gssize) (scanner->length - scanner->pos));

  if (c == (gunichar) -1 || c == (gunichar) -2)
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON, _("not UTF-8 text"));
  scanner->pos += (gsize) (g_utf8_next_char (at) - at);
  return TRUE;
}

/* The hot loop of an import: most of a file is text inside quotes. */
static gboolean
scan_string (Scanner *scanner)
{
  const guchar *data = (const guchar *) scanner->data;
  gsize start = scanner->pos;
  gsize pos = start + 1;

  for (;;)
    {
      guchar c = 0;

      while (pos < scanner->length && (guchar) ((c = data[pos]) - 0x20) < 0x60 &&
             c != '"' && c != '\\')
        pos++;
      if (pos >= scanner->length)
        break;
      scanner->pos = pos;
      if (c == '"')
        {
          scanner->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                          _("a line break or control character inside a text; "
                            "JSON writes it as an escape such as \\n"));
      if (!(c == '\\' ? scan_escape (scanner) : scan_utf8 (scanner)))
        return FALSE;
      pos = scanner->pos;
    }
  scanner->pos = start;
  return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                    _("a text is not closed with a quotation mark"));
}

static gboolean
scan_digits (Scanner *scanner)
{
  gsize start = scanner->pos;

  while (scanner->pos < scanner->length && g_ascii_isdigit (scanner->data[scanner->pos]))
    scanner->pos++;
  return scanner->pos > start;
}

static gboolean
accept (Scanner    *scanner,
        const char *chars)
{
  if (scanner->pos < scanner->length && is_one_of (scanner->data[scanner->pos], chars))
    {
      scanner->pos++;
      return TRUE;
    }
  return FALSE;
}

/* json-glib reads a whole number beyond 64 bits as -1, silently. */
static gboolean
fits_int64 (const char *text,
            gsize       length)
{
  char buffer[32];

  if (length < 19)
    return TRUE;
  if (length >= sizeof buffer)
    return FALSE;
  memcpy (buffer, text, length);
  buffer[length] = '\0';
  errno = 0;
  g_ascii_strtoll (buffer, NULL, 10);
  return errno != ERANGE;
}

static gboolean
bad_number (Scanner *scanner)
{
  return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                    _("a number is not written as JSON writes numbers"));
}

static gboolean
scan_number (Scanner *scanner)
{
  gsize start = scanner->pos;
  gboolean whole = TRUE;

  accept (scanner, "-");
  if (!accept (scanner, "0") && !scan_digits (scanner))
    return bad_number (scanner);
  if (accept (scanner, "."))
    {
      whole = FALSE;
      if (!scan_digits (scanner))
        return bad_number (scanner);
    }
  if (accept (scanner, "eE"))
    {
      whole = FALSE;
      accept (scanner, "+-");
      if (!scan_digits (scanner))
        return bad_number (scanner);
    }
  if (!is_delimiter (scanner))
    return bad_number (scanner);
  if (whole && !fits_int64 (scanner->data + start, scanner->pos - start))
    {
      scanner->pos = start;
      return scan_fail (scanner, FS_EXCHANGE_ERROR_INVALID, _("a whole number too large to read"));
    }
  return TRUE;
}

static gboolean
scan_word (Scanner *scanner)
{
  static const char * const words[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);

      if (scanner->length - scanner->pos >= n &&
          memcmp (scanner->data + scanner->pos, words[i], n) == 0)
        {
          scanner->pos += n;
          if (is_delimiter (scanner))
            return TRUE;
          scanner->pos -= n;
          break;
        }
    }
  return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                    _("an unexpected word; JSON knows only texts in double quotes, "
                      "numbers, true, false and null"));
}

static gboolean
scan_bracket (Scanner *scanner,
              char     c)
{
  if (c == '{' || c == '[')
    {
      if (++scanner->depth > FS_EXCHANGE_MAX_DEPTH)
        return scan_fail (scanner, FS_EXCHANGE_ERROR_TOO_DEEP,
                          _("nested deeper than any Foresight file is"));
    }
  else if (scanner->depth == 0)
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                      _("a closing bracket without an opening one"));
  else
    scanner->depth--;
  scanner->pos++;
  return TRUE;
}

static gboolean
scan_token (Scanner *scanner)
{
  char c = scanner->data[scanner->pos];

  switch (c)
    {
    case '{': case '[': case '}': case ']':
      return scan_bracket (scanner, c);
    case ':': case ',':
      scanner->pos++;
      return TRUE;
    case '"':
      return scan_string (scanner);
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (scanner);
    case 't': case 'f': case 'n':
      return scan_word (scanner);
    default:
      return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                        (guchar) c < 0x80 && g_ascii_isprint (c)
                        ? _("an unexpected character; comments, single quotes and "
                            "names without quotes are not JSON")
                        : _("an unexpected character"));
    }
}

static gboolean
starts_value (char c)
{
  return c == '"' || c == '{' || c == '[' || c == '-' || g_ascii_isdigit (c) ||
         c == 't' || c == 'f' || c == 'n';
}

static gboolean
is_structural (char c)
{
  return c == '}' || c == ']' || c == ':' || c == ',';
}

/* One token at depth 1, a member of the root object; FALSE when its shape
 * is not the expected one. */
static gboolean
track_root (Scanner *scanner,
            char     c,
            gsize    start)
{
  const char *token = scanner->data + start;
  gsize n = scanner->pos - start;

  switch (scanner->in_root)
    {
    case EXPECT_KEY:
      if (c == '}')
        return TRUE;
      if (c != '"' || memchr (token, '\\', n) != NULL)
        return FALSE;
      scanner->documents_next = n == 11 && memcmp (token, "\"documents\"", n) == 0;
      scanner->in_root = EXPECT_COLON;
      return TRUE;
    case EXPECT_COLON:
      scanner->in_root = EXPECT_VALUE;
      return c == ':';
    case EXPECT_VALUE:
      if (is_structural (c))
        return FALSE;
      if (scanner->documents_next)
        {
          if (c != '[' || ++scanner->n_documents_members > 1)
            return FALSE;
          scanner->layout->documents_open = start;
          scanner->in_array = TRUE;
          scanner->in_documents = EXPECT_VALUE;
        }
      scanner->in_root = EXPECT_COMMA;
      return TRUE;
    case EXPECT_COMMA:
    default:
      scanner->in_root = EXPECT_KEY;
      return c == ',' || c == '}';
    }
}

/* One token directly inside the documents array. */
static gboolean
track_documents (Scanner *scanner,
                 char     c,
                 gsize    start)
{
  FsExchangeLayout *layout = scanner->layout;
  FsExchangeRange range = { start, scanner->pos };

  if (c == ']' || c == '}')
    {
      layout->documents_close = start;
      scanner->in_array = FALSE;
      return c == ']' && (scanner->in_documents == EXPECT_COMMA || layout->elements->len == 0);
    }
  if (scanner->in_documents == EXPECT_COMMA)
    {
      scanner->in_documents = EXPECT_VALUE;
      return c == ',';
    }
  if (is_structural (c))
    return FALSE;
  g_array_append_val (layout->elements, range);
  scanner->in_documents = EXPECT_COMMA;
  return TRUE;
}

/* Called after each token of depth 3 or less, with the depth before it. A
 * shape the fast import does not expect drops the layout: the caller then
 * reads the file the ordinary way, which gives the exact message. */
static void
track (Scanner *scanner,
       char     c,
       gsize    start,
       guint    depth)
{
  FsExchangeLayout *layout = scanner->layout;
  gboolean expected = TRUE;

  if (depth == 0)
    expected = c == '{';
  else if (depth == 1)
    expected = track_root (scanner, c, start);
  else if (depth == 2 && scanner->in_array)
    expected = track_documents (scanner, c, start);
  else if (depth == 3 && scanner->in_array)
    g_array_index (layout->elements, FsExchangeRange, layout->elements->len - 1).end =
      scanner->pos;
  if (!expected)
    {
      layout->regular = FALSE;
      scanner->layout = NULL;
    }
}

static gboolean
scan (Scanner *scanner)
{
  gsize comma = G_MAXSIZE;  /* where the last token was a comma */
  gboolean after_value = FALSE;

  if (scanner->length >= 3 && memcmp (scanner->data, "\xef\xbb\xbf", 3) == 0)
    scanner->pos = 3;

  for (;;)
    {
      gsize start;
      guint depth;
      char c;

      while (scanner->pos < scanner->length && is_space (scanner->data[scanner->pos]))
        scanner->pos++;
      if (scanner->pos >= scanner->length)
        break;
      if (scanner->seen_value && scanner->depth == 0)
        return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                          _("more text after the end of the JSON value"));
      /* json-glib's own messages for these two common slips point elsewhere. */
      c = scanner->data[scanner->pos];
      if (comma != G_MAXSIZE && (c == '}' || c == ']'))
        {
          scanner->pos = comma;
          return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                            _("a comma after the last member; JSON allows none there"));
        }
      if (after_value && starts_value (c))
        return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                          _("a comma is missing before this"));
      comma = c == ',' ? scanner->pos : G_MAXSIZE;
      after_value = c != ',' && c != ':' && c != '{' && c != '[';
      start = scanner->pos;
      depth = scanner->depth;
      if (!scan_token (scanner))
        return FALSE;
      if (G_UNLIKELY (scanner->layout != NULL) &&
          (depth < 3 || (depth == 3 && (c == '}' || c == ']'))))
        track (scanner, c, start, depth);
      scanner->seen_value = TRUE;
    }
  if (scanner->depth > 0)
    return scan_fail (scanner, FS_EXCHANGE_ERROR_NOT_JSON,
                      _("the file ends before every bracket is closed"));
  return TRUE;
}

static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }
  *column = 1 + (guint) g_utf8_strlen (line_start, data + offset - line_start);
}

/* json-glib says "<data>:LINE:COLUMN: Parse error: PROBLEM"; a person wants
 * the file's name where "<data>" stands. */
static void
set_syntax_error (const char    *name,
                  const GError  *json_error,
                  GError       **error)
{
  const char *message = json_error->message;
  guint line = 0, column = 0;
  int consumed = 0;

  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      message += consumed;
      if (g_str_has_prefix (message, "Parse error: "))
        message += strlen ("Parse error: ");
      g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_NOT_JSON,
                   _("%s:%u:%u: not valid JSON: %s"), name, line, column, message);
    }
  else
    g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_NOT_JSON,
                 _("%s: not valid JSON: %s"), name, message);
}

static gboolean
check_text (const char        *data,
            gsize              length,
            const char        *name,
            FsExchangeLayout  *layout,
            gboolean          *seen_value,
            GError           **error)
{
  Scanner scanner = { data, length, 0, 0, FALSE, 0, NULL, layout, EXPECT_KEY, EXPECT_VALUE };
  guint line, column;

  if (layout != NULL)
    {
      layout->regular = TRUE;
      g_array_set_size (layout->elements, 0);
    }
  if (scan (&scanner))
    {
      if (layout != NULL)
        layout->regular = layout->regular && scanner.n_documents_members == 1;
      *seen_value = scanner.seen_value;
      return TRUE;
    }
  locate (data, scanner.pos, &line, &column);
  if (scanner.code == FS_EXCHANGE_ERROR_NOT_JSON)
    g_set_error (error, FS_EXCHANGE_ERROR, scanner.code, _("%s:%u:%u: not valid JSON: %s"),
                 name, line, column, scanner.problem);
  else
    g_set_error (error, FS_EXCHANGE_ERROR, scanner.code, "%s:%u:%u: %s",
                 name, line, column, scanner.problem);
  return FALSE;
}

gboolean
fs_exchange_check (const char        *data,
                   gsize              length,
                   const char        *name,
                   FsExchangeLayout  *layout,
                   GError           **error)
{
  gboolean seen_value = FALSE;

  return check_text (data, length, name, layout, &seen_value, error);
}

JsonNode *
fs_exchange_parse (const char  *data,
                   gsize        length,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  gboolean seen_value = FALSE;
  JsonNode *root;

  if (!check_text (data, length, name, NULL, &seen_value, error))
    return NULL;
  parser = json_parser_new ();
  if (seen_value &&
      !json_parser_load_from_data (parser, data, (gssize) length, &json_error))
    {
      set_syntax_error (name, json_error, error);
      return NULL;
    }
  root = seen_value ? json_parser_steal_root (parser) : NULL;
  if (root == NULL)
    g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_NOT_JSON,
                 _("%s: the file is empty; expected a Foresight export in JSON"), name);
  return root;
}
