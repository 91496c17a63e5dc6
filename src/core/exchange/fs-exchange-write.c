/* fs-exchange-write.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "fs-exchange-private.h"
#include "fs-votes.h"

/* Documents become JSON text by walking their schemas, so that a field added
 * to a schema is exported without a line of code here. The text is built in
 * one GString: an export of ten thousand documents is about 100 MB, and a
 * JsonNode tree of it would cost several times that. */

/* JSON text */

void
fs_exchange_append_string (GString    *out,
                           const char *text)
{
  g_autofree char *valid = NULL;
  const char *run, *p;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (run = p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* Whole numbers as JSON integers (480, not 480.0); others in the fewest
 * digits that read back as the same double. */
void
fs_exchange_append_number (GString *out,
                           double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, (gint64) value);
      g_string_append (out, buffer);
      return;
    }
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  g_string_append (out, buffer);
}

char *
fs_exchange_format_number (double value)
{
  GString *out = g_string_new (NULL);

  fs_exchange_append_number (out, value);
  return g_string_free (out, FALSE);
}

void
fs_exchange_append_newline (GString *out,
                            int      level)
{
  static const char spaces[] = "                                                                ";

  if (level < 0)
    return;
  g_string_append_c (out, '\n');
  for (gsize n = (gsize) level * 2; n > 0; n -= MIN (n, sizeof spaces - 1))
    g_string_append_len (out, spaces, MIN (n, sizeof spaces - 1));
}

static gboolean
append_value (GString  *out,
              JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    fs_exchange_append_string (out, json_node_get_string (node));
  else if (type == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (type == G_TYPE_DOUBLE && isfinite (json_node_get_double (node)))
    fs_exchange_append_number (out, json_node_get_double (node));
  else
    return FALSE;
  return TRUE;
}

static gboolean
append_array (GString   *out,
              JsonArray *array,
              int        level)
{
  guint n = json_array_get_length (array);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      fs_exchange_append_newline (out, level < 0 ? -1 : level + 1);
      if (!fs_exchange_append_node (out, json_array_get_element (array, i),
                                    level < 0 ? -1 : level + 1))
        return FALSE;
    }
  if (n > 0)
    fs_exchange_append_newline (out, level);
  g_string_append_c (out, ']');
  return TRUE;
}

static gboolean
append_object (GString    *out,
               JsonObject *object,
               int         level)
{
  g_autoptr(GList) members = json_object_get_members (object);

  g_string_append_c (out, '{');
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (l != members)
        g_string_append_c (out, ',');
      fs_exchange_append_newline (out, level < 0 ? -1 : level + 1);
      fs_exchange_append_string (out, l->data);
      g_string_append (out, level < 0 ? ":" : ": ");
      if (!fs_exchange_append_node (out, json_object_get_member (object, l->data),
                                    level < 0 ? -1 : level + 1))
        return FALSE;
    }
  if (members != NULL)
    fs_exchange_append_newline (out, level);
  g_string_append_c (out, '}');
  return TRUE;
}

/* Any JSON value; FALSE for a number that JSON cannot hold (json-glib reads
 * 1e400 as infinity), with OUT then holding a partial value. */
gboolean
fs_exchange_append_node (GString  *out,
                         JsonNode *node,
                         int       level)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return append_object (out, json_node_get_object (node), level);
    case JSON_NODE_ARRAY:
      return append_array (out, json_node_get_array (node), level);
    case JSON_NODE_VALUE:
      return append_value (out, node);
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      return TRUE;
    }
}

/* Documents */

typedef struct
{
  const char *section; /* NULL for a member of the record itself */
  int         field;   /* an index into the schema, or -1 */
  int         list;    /* an FsDocumentList, or -1 */
} Entry;

typedef struct
{
  GString        *out;
  FsDocumentKind  kind;
  FsRecord       *record;
  JsonObject     *extra;
  const Entry    *entries;
  guint           n_entries;
} Writer;

static void write_record (GString        *out,
                          FsRecord       *record,
                          FsDocumentKind  kind,
                          int             level);

static void
begin_member (GString    *out,
              int         level,
              gboolean   *first,
              const char *member)
{
  if (!*first)
    g_string_append_c (out, ',');
  *first = FALSE;
  fs_exchange_append_newline (out, level);
  fs_exchange_append_string (out, member);
  g_string_append (out, ": ");
}

static void
write_text_list (GString            *out,
                 const char * const *list,
                 int                 level)
{
  if (list == NULL || list[0] == NULL)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append_c (out, '[');
  for (guint i = 0; list[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      fs_exchange_append_newline (out, level + 1);
      fs_exchange_append_string (out, list[i]);
    }
  fs_exchange_append_newline (out, level);
  g_string_append_c (out, ']');
}

static void
write_field_value (GString  *out,
                   FsRecord *record,
                   guint     index,
                   int       level)
{
  const FsField *field = &fs_record_get_schema (record)->fields[index];
  double value;

  switch (field->type)
    {
    case FS_FIELD_TEXT:
    case FS_FIELD_CHOICE:
      fs_exchange_append_string (out, fs_record_get_text (record, index));
      break;
    case FS_FIELD_TEXT_LIST:
      write_text_list (out, fs_record_get_list (record, index), level);
      break;
    case FS_FIELD_VOTES:
      fs_votes_write_json (fs_record_get_text (record, index), out);
      break;
    case FS_FIELD_BOOLEAN:
      g_string_append (out, fs_record_get_boolean (record, index) ? "true" : "false");
      break;
    case FS_FIELD_NUMBER:
      /* The model never holds a non-finite number; should it, the file stays JSON. */
      value = fs_record_get_number (record, index);
      if (!isfinite (value))
        value = CLAMP (0, field->min, field->max);
      fs_exchange_append_number (out, value);
      break;
    case FS_FIELD_OPTIONAL_NUMBER:
    default:
      fs_exchange_append_number (out, fs_record_get_number (record, index));
      break;
    }
}

static void
write_list (Writer   *writer,
            int       list,
            int       level,
            gboolean *first)
{
  GListModel *model = G_LIST_MODEL (fs_document_get_list (FS_DOCUMENT (writer->record), list));
  guint n = g_list_model_get_n_items (model);

  begin_member (writer->out, level, first, fs_document_list_info (list)->member);
  if (n == 0)
    {
      g_string_append (writer->out, "[]");
      return;
    }
  g_string_append_c (writer->out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (writer->out, ',');
      fs_exchange_append_newline (writer->out, level + 1);
      write_record (writer->out, item, writer->kind, level + 1);
    }
  fs_exchange_append_newline (writer->out, level);
  g_string_append_c (writer->out, ']');
}

static gboolean
is_given (FsRecord *record,
          guint     index)
{
  const FsSchema *schema = fs_record_get_schema (record);

  if (index + 1 >= schema->n_fields || !(schema->fields[index + 1].flags & FS_FIELD_PRESENCE))
    return TRUE;
  return fs_record_get_boolean (record, index + 1);
}

static void
write_entry (Writer      *writer,
             const Entry *entry,
             int          level,
             gboolean    *first)
{
  const FsField *field;

  if (entry->list >= 0)
    {
      write_list (writer, entry->list, level, first);
      return;
    }
  field = &fs_record_get_schema (writer->record)->fields[entry->field];
  if ((field->flags & FS_FIELD_PRESENCE) || !is_given (writer->record, entry->field))
    return;
  if ((field->flags & FS_FIELD_OMIT_EMPTY) && fs_record_is_empty (writer->record, entry->field))
    return;
  begin_member (writer->out, level, first, field->member);
  write_field_value (writer->out, writer->record, entry->field, level);
}

/* Members kept from an import that this version does not know, after the
 * record's (or the section's) own members. */
static void
write_extra (Writer     *writer,
             JsonObject *extra,
             const char *section,
             int         level,
             gboolean   *first)
{
  g_autoptr(GList) names = NULL;

  if (extra == NULL)
    return;
  names = json_object_get_members (extra);
  for (GList *l = names; l != NULL; l = l->next)
    {
      gsize mark = writer->out->len;
      gboolean was_first = *first;

      if (fs_exchange_is_known_member (writer->record, writer->kind, section, l->data))
        continue;
      begin_member (writer->out, level, first, l->data);
      if (!fs_exchange_append_node (writer->out, json_object_get_member (extra, l->data), level))
        {
          g_string_truncate (writer->out, mark);
          *first = was_first;
        }
    }
}

static void write_members (Writer     *writer,
                           const char *section,
                           int         level,
                           gboolean   *first);

/* A section is written whole where its first member stands, and not at all
 * when it would be empty. */
static void
write_section (Writer     *writer,
               const char *section,
               int         level,
               gboolean   *first)
{
  gsize mark = writer->out->len;
  gboolean was_first = *first;
  gboolean inner_first = TRUE;
  JsonNode *extra = NULL;

  begin_member (writer->out, level, first, section);
  g_string_append_c (writer->out, '{');
  write_members (writer, section, level + 1, &inner_first);
  if (writer->extra != NULL)
    extra = json_object_get_member (writer->extra, section);
  if (extra != NULL && JSON_NODE_HOLDS_OBJECT (extra))
    write_extra (writer, json_node_get_object (extra), section, level + 1, &inner_first);
  if (inner_first)
    {
      g_string_truncate (writer->out, mark);
      *first = was_first;
      return;
    }
  fs_exchange_append_newline (writer->out, level);
  g_string_append_c (writer->out, '}');
}

static gboolean
starts_section (const Entry *entries,
                guint        i)
{
  if (entries[i].section == NULL)
    return FALSE;
  if (i > 0 && g_strcmp0 (entries[i - 1].section, entries[i].section) == 0)
    return FALSE;
  for (guint j = 0; j < i; j++)
    if (g_strcmp0 (entries[j].section, entries[i].section) == 0)
      return FALSE;
  return TRUE;
}

static void
write_members (Writer     *writer,
               const char *section,
               int         level,
               gboolean   *first)
{
  for (guint i = 0; i < writer->n_entries; i++)
    {
      const Entry *entry = &writer->entries[i];

      if (g_strcmp0 (entry->section, section) == 0)
        write_entry (writer, entry, level, first);
      else if (section == NULL && starts_section (writer->entries, i))
        write_section (writer, entry->section, level, first);
    }
}

static void
add_lists_at (FsRecord       *record,
              FsDocumentKind  kind,
              guint           slot,
              Entry          *entries,
              guint          *n)
{
  guint n_fields = fs_record_get_schema (record)->n_fields;

  if (!FS_IS_DOCUMENT (record))
    return;
  for (guint l = 0; l < FS_DOCUMENT_N_LISTS; l++)
    {
      const FsDocumentListInfo *info = fs_document_list_info (l);

      if (MIN ((guint) info->before_field, n_fields) == slot && fs_document_list_applies (l, kind))
        entries[(*n)++] = (Entry) { info->section, -1, (int) l };
    }
}

/* The members that apply to KIND in export order: fields in schema order,
 * each list just before its before_field. */
static guint
collect_entries (FsRecord       *record,
                 FsDocumentKind  kind,
                 Entry          *entries)
{
  const FsSchema *schema = fs_record_get_schema (record);
  guint n = 0;

  for (guint i = 0; i <= schema->n_fields; i++)
    {
      add_lists_at (record, kind, i, entries, &n);
      if (i < schema->n_fields && fs_field_applies_to (&schema->fields[i], kind))
        entries[n++] = (Entry) { schema->fields[i].section, (int) i, -1 };
    }
  return n;
}

static JsonObject *
parse_extra (FsRecord *record)
{
  const char *text = fs_record_get_extra (record);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return NULL;
  node = fs_exchange_parse (text, strlen (text), "extra", &error);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_debug ("Unknown members not exported: %s",
               error != NULL ? error->message : "not a JSON object");
      return NULL;
    }
  return json_node_dup_object (node);
}

static void
write_record (GString        *out,
              FsRecord       *record,
              FsDocumentKind  kind,
              int             level)
{
  const FsSchema *schema = fs_record_get_schema (record);
  g_autoptr(JsonObject) extra = parse_extra (record);
  Entry *entries = g_newa (Entry, schema->n_fields + FS_DOCUMENT_N_LISTS);
  Writer writer = { out, kind, record, extra, entries, 0 };
  gboolean first = TRUE;

  writer.n_entries = collect_entries (record, kind, entries);
  g_string_append_c (out, '{');
  write_members (&writer, NULL, level + 1, &first);
  write_extra (&writer, extra, NULL, level + 1, &first);
  if (!first)
    fs_exchange_append_newline (out, level);
  g_string_append_c (out, '}');
}

char *
fs_exchange_write (GPtrArray *documents,
                   gsize     *length)
{
  GString *out;
  gboolean first = TRUE;

  g_return_val_if_fail (documents != NULL, NULL);
  for (guint i = 0; i < documents->len; i++)
    g_return_val_if_fail (FS_IS_DOCUMENT (g_ptr_array_index (documents, i)), NULL);

  out = g_string_sized_new (16 * 1024);
  g_string_append_c (out, '{');
  begin_member (out, 1, &first, "format");
  fs_exchange_append_string (out, FS_EXCHANGE_FORMAT);
  begin_member (out, 1, &first, "version");
  fs_exchange_append_number (out, FS_EXCHANGE_VERSION);
  begin_member (out, 1, &first, "documents");
  g_string_append_c (out, '[');
  for (guint i = 0; i < documents->len; i++)
    {
      FsDocument *document = g_ptr_array_index (documents, i);

      if (i > 0)
        g_string_append_c (out, ',');
      fs_exchange_append_newline (out, 2);
      write_record (out, FS_RECORD (document), fs_document_get_kind (document), 2);
    }
  if (documents->len > 0)
    fs_exchange_append_newline (out, 1);
  g_string_append (out, "]\n}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
