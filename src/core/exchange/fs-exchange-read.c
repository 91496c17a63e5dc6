/* fs-exchange-read.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fs-exchange-private.h"
#include "fs-votes.h"

/* An import is untrusted: every node's type is checked before a json-glib
 * getter sees it, every value against its field, and the first problem
 * refuses the whole file. Records are filled by walking their schemas, so a
 * field added to a schema is imported without a line of code here. */

/* Where a member stands, for messages: "documents[2].risks[0]". Built on the
 * stack as the reader descends and only turned into text on a failure. */
typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *member; /* NULL for a bare index */
  int         index;  /* -1 for a bare member */
};

typedef struct
{
  const char     *name;
  FsDocumentKind  kind;
  GError        **error;
} Reader;

/* The members of one JSON object that have been read, to tell cheaply
 * whether any are left over for the record's extra members. */
typedef struct
{
  const char *name;
  JsonObject *object; /* NULL when the section is absent */
  guint       n_read;
} Section;

typedef struct
{
  JsonObject *object;
  guint       n_read;
  Section     sections[FS_EXCHANGE_MAX_SECTIONS];
  guint       n_sections;
} Members;

static void
append_path (GString    *text,
             const Path *path)
{
  if (path == NULL)
    return;
  append_path (text, path->parent);
  if (path->member != NULL)
    {
      if (text->len > 0)
        g_string_append_c (text, '.');
      g_string_append (text, path->member);
    }
  if (path->index >= 0)
    g_string_append_printf (text, "[%d]", path->index);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Reader     *reader,
      const Path *path,
      const char *member,
      const char *format,
      ...)
{
  Path last = { path, member, -1 };
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  append_path (where, member != NULL ? &last : path);
  g_set_error (reader->error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_INVALID,
               "%s: %s: %s", reader->name, where->str, problem);
  return FALSE;
}

static char *
describe_choices (const FsField *field)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; field->choices[i] != NULL; i++)
    g_string_append_printf (text, "%s“%s”", i > 0 ? ", " : "", field->choices[i]);
  return g_strdup (text->str);
}

/* What a field holds, as a person reads it in a message. */
static char *
describe_expected (const FsField *field)
{
  g_autofree char *choices = NULL;
  g_autofree char *min = fs_exchange_format_number (field->min);
  g_autofree char *max = fs_exchange_format_number (field->max);

  if (field->flags & FS_FIELD_TIMESTAMP)
    return g_strdup (_("expected a date and time such as “2026-11-21T10:00:00Z”"));
  if (field->flags & FS_FIELD_DATE)
    return g_strdup (_("expected a date such as “2026-11-21”"));
  switch (field->type)
    {
    case FS_FIELD_TEXT:
      return g_strdup (_("expected a text"));
    case FS_FIELD_CHOICE:
      choices = describe_choices (field);
      return g_strdup_printf (_("expected one of %s"), choices);
    case FS_FIELD_TEXT_LIST:
      return g_strdup (_("expected a list of texts"));
    case FS_FIELD_VOTES:
      return g_strdup_printf (_("expected a list of votes such as [{\"by\": \"Ana\", \"count\": 2}], "
                                "each count from 1 to %d"), FS_VOTES_MAX_COUNT);
    case FS_FIELD_BOOLEAN:
      return g_strdup (_("expected true or false"));
    case FS_FIELD_NUMBER:
      return g_strdup_printf (_("expected a number from %s to %s"), min, max);
    case FS_FIELD_OPTIONAL_NUMBER:
    default:
      return g_strdup_printf (_("expected a number from %s to %s, or null"), min, max);
    }
}

static gboolean
fail_field (Reader        *reader,
            const Path    *path,
            const FsField *field,
            gboolean       missing)
{
  Path section = { path, field->section, -1 };
  g_autofree char *expected = describe_expected (field);

  if (field->section != NULL)
    path = &section;
  if (missing)
    return fail (reader, path, field->member, _("missing, %s"), expected);
  return fail (reader, path, field->member, "%s", expected);
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
holds_number (JsonNode *node,
              double   *value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;
  return TRUE;
}

/* Timestamps are kept in UTC with whole seconds, the form they sort in. */
static char *
normalize_timestamp (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (text, utc);
  g_autoptr(GDateTime) in_utc = parsed != NULL ? g_date_time_to_utc (parsed) : NULL;

  if (in_utc == NULL || g_date_time_get_year (in_utc) < 1000)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (in_utc), g_date_time_get_month (in_utc),
                          g_date_time_get_day_of_month (in_utc), g_date_time_get_hour (in_utc),
                          g_date_time_get_minute (in_utc), g_date_time_get_second (in_utc));
}

/* Whether TEXT has the shape of PATTERN, where 'd' stands for a digit. */
static gboolean
matches (const char *text,
         const char *pattern)
{
  guint i;

  for (i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  return text[i] == '\0';
}

static guint
number_at (const char *text,
           guint       offset,
           guint       n_digits)
{
  guint value = 0;

  for (guint i = offset; i < offset + n_digits; i++)
    value = value * 10 + (guint) (text[i] - '0');
  return value;
}

static gboolean
is_date (const char *text)
{
  return matches (text, "dddd-dd-dd") && number_at (text, 0, 4) >= 1 &&
         g_date_valid_dmy ((GDateDay) number_at (text, 8, 2), (GDateMonth) number_at (text, 5, 2),
                           (GDateYear) number_at (text, 0, 4));
}

/* Most timestamps are already in the form they are kept in; checking that
 * costs far less than a round through GDateTime. */
static gboolean
is_normal_timestamp (const char *text)
{
  return matches (text, "dddd-dd-ddTdd:dd:ddZ") && number_at (text, 0, 4) >= 1000 &&
         g_date_valid_dmy ((GDateDay) number_at (text, 8, 2), (GDateMonth) number_at (text, 5, 2),
                           (GDateYear) number_at (text, 0, 4)) &&
         number_at (text, 11, 2) < 24 && number_at (text, 14, 2) < 60 &&
         number_at (text, 17, 2) < 60;
}

static gboolean
read_text (Reader     *reader,
           FsRecord   *record,
           guint       index,
           JsonNode   *node,
           const Path *path)
{
  const FsField *field = &fs_record_get_schema (record)->fields[index];
  g_autofree char *timestamp = NULL;
  const char *text;

  if (!holds_string (node))
    return fail_field (reader, path, field, FALSE);
  text = json_node_get_string (node);
  if (field->type == FS_FIELD_CHOICE && !fs_field_is_choice (field, text))
    return fail_field (reader, path, field, FALSE);
  if (text[0] == '\0' && (field->flags & FS_FIELD_REQUIRED) &&
      (field->flags & (FS_FIELD_TIMESTAMP | FS_FIELD_DATE)))
    return fail_field (reader, path, field, FALSE);
  if ((field->flags & FS_FIELD_TIMESTAMP) && text[0] != '\0' && !is_normal_timestamp (text))
    {
      text = timestamp = normalize_timestamp (text);
      if (text == NULL)
        return fail_field (reader, path, field, FALSE);
    }
  if ((field->flags & FS_FIELD_DATE) && text[0] != '\0' && !is_date (text))
    return fail_field (reader, path, field, FALSE);
  fs_record_set_text (record, index, text);
  return TRUE;
}

static gboolean
read_text_list (Reader     *reader,
                FsRecord   *record,
                guint       index,
                JsonNode   *node,
                const Path *path)
{
  const FsField *field = &fs_record_get_schema (record)->fields[index];
  Path section = { path, field->section, -1 };
  Path list = { field->section != NULL ? &section : path, field->member, -1 };
  JsonArray *array;
  char **values;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_field (reader, path, field, FALSE);
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  values = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Path at = { &list, NULL, (int) i };

      if (!holds_string (element))
        {
          g_strfreev (values);
          return fail (reader, &at, NULL, _("expected a text"));
        }
      values[i] = g_strdup (json_node_get_string (element));
    }
  fs_record_take_list (record, index, values);
  return TRUE;
}

static gboolean
read_number (Reader     *reader,
             FsRecord   *record,
             guint       index,
             JsonNode   *node,
             const Path *path)
{
  const FsField *field = &fs_record_get_schema (record)->fields[index];
  double value = 0;

  if (field->type == FS_FIELD_OPTIONAL_NUMBER && JSON_NODE_HOLDS_NULL (node))
    value = NAN;
  else if (!holds_number (node, &value) || !isfinite (value) ||
           value < field->min || value > field->max)
    return fail_field (reader, path, field, FALSE);
  fs_record_set_number (record, index, value);
  return TRUE;
}

static gboolean
read_field (Reader     *reader,
            FsRecord   *record,
            guint       index,
            JsonNode   *node,
            const Path *path)
{
  const FsField *field = &fs_record_get_schema (record)->fields[index];

  switch (field->type)
    {
    case FS_FIELD_TEXT:
    case FS_FIELD_CHOICE:
      return read_text (reader, record, index, node, path);
    case FS_FIELD_TEXT_LIST:
      return read_text_list (reader, record, index, node, path);
    case FS_FIELD_VOTES:
      {
        g_autofree char *votes = NULL;

        if (!fs_votes_from_json (node, &votes))
          return fail_field (reader, path, field, FALSE);
        fs_record_set_text (record, index, votes);
        return TRUE;
      }
    case FS_FIELD_BOOLEAN:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return fail_field (reader, path, field, FALSE);
      fs_record_set_boolean (record, index, json_node_get_boolean (node));
      return TRUE;
    case FS_FIELD_NUMBER:
    case FS_FIELD_OPTIONAL_NUMBER:
    default:
      return read_number (reader, record, index, node, path);
    }
}

static Section *
find_section (Reader     *reader,
              Members    *members,
              const Path *path,
              const char *name)
{
  Section *section;
  JsonNode *node;

  for (guint i = 0; i < members->n_sections; i++)
    if (members->sections[i].name == name || g_str_equal (members->sections[i].name, name))
      return &members->sections[i];

  g_assert (members->n_sections < FS_EXCHANGE_MAX_SECTIONS);
  node = json_object_get_member (members->object, name);
  if (node != NULL && !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (reader, path, name, _("expected an object"));
      return NULL;
    }
  section = &members->sections[members->n_sections++];
  *section = (Section) { name, node != NULL ? json_node_get_object (node) : NULL, 0 };
  members->n_read += node != NULL;
  return section;
}

/* The member named by SECTION and MEMBER, or NULL in *NODE when it is absent;
 * FALSE when its section is there but not an object. */
static gboolean
lookup (Reader      *reader,
        Members     *members,
        const Path  *path,
        const char  *section_name,
        const char  *member,
        JsonNode   **node)
{
  Section *section;

  *node = NULL;
  if (section_name == NULL)
    {
      *node = json_object_get_member (members->object, member);
      members->n_read += *node != NULL;
      return TRUE;
    }
  section = find_section (reader, members, path, section_name);
  if (section == NULL)
    return FALSE;
  if (section->object != NULL)
    {
      *node = json_object_get_member (section->object, member);
      section->n_read += *node != NULL;
    }
  return TRUE;
}

static gboolean
read_fields (Reader     *reader,
             FsRecord   *record,
             Members    *members,
             const Path *path)
{
  const FsSchema *schema = fs_record_get_schema (record);
  gboolean given = FALSE;

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const FsField *field = &schema->fields[i];
      JsonNode *node;

      if (!fs_field_applies_to (field, reader->kind))
        continue;
      if (field->flags & FS_FIELD_PRESENCE)
        {
          fs_record_set_boolean (record, i, given);
          continue;
        }
      if (!lookup (reader, members, path, field->section, field->member, &node))
        return FALSE;
      if (node == NULL && (field->flags & FS_FIELD_REQUIRED))
        return fail_field (reader, path, field, TRUE);
      if (node != NULL && !read_field (reader, record, i, node, path))
        return FALSE;
      given = node != NULL;
    }
  return TRUE;
}

static gboolean read_record (Reader     *reader,
                             FsRecord   *record,
                             JsonObject *object,
                             const Path *path);

static gboolean
read_items (Reader         *reader,
            FsDocument     *document,
            FsDocumentList  list,
            JsonNode       *node,
            const Path     *path)
{
  const FsDocumentListInfo *info = fs_document_list_info (list);
  Path section = { path, info->section, -1 };
  Path list_path = { info->section != NULL ? &section : path, info->member, -1 };
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (reader, &list_path, NULL, _("expected a list of objects"));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Path at = { &list_path, NULL, (int) i };
      FsRecord *item;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (reader, &at, NULL, _("expected an object"));
      item = g_object_new (info->item_type (), NULL);
      g_ptr_array_add (items, item);
      if (!read_record (reader, item, json_node_get_object (element), &at))
        return FALSE;
    }
  /* One change for the whole list rather than one a record. */
  g_list_store_splice (fs_document_get_list (document, list), 0, 0, items->pdata, items->len);
  return TRUE;
}

static gboolean
read_lists (Reader     *reader,
            FsDocument *document,
            Members    *members,
            const Path *path)
{
  for (guint l = 0; l < FS_DOCUMENT_N_LISTS; l++)
    {
      const FsDocumentListInfo *info = fs_document_list_info (l);
      JsonNode *node;

      if (!fs_document_list_applies (l, reader->kind))
        continue;
      if (!lookup (reader, members, path, info->section, info->member, &node))
        return FALSE;
      if (node != NULL && !read_items (reader, document, l, node, path))
        return FALSE;
    }
  return TRUE;
}

static gboolean
append_unknown (Reader     *reader,
                GString    *text,
                JsonObject *object,
                const char *name,
                const Path *path)
{
  if (text->len > 1)
    g_string_append_c (text, ',');
  fs_exchange_append_string (text, name);
  g_string_append_c (text, ':');
  if (fs_exchange_append_node (text, json_object_get_member (object, name), -1))
    return TRUE;
  return fail (reader, path, name, _("a number too large to keep"));
}

/* The unknown members of one section, as a JSON object in TEXT. */
static gboolean
append_unknown_section (Reader     *reader,
                        GString    *text,
                        FsRecord   *record,
                        Section    *section,
                        const Path *path)
{
  g_autoptr(GString) inner = g_string_new ("{");
  g_autoptr(GList) names = json_object_get_members (section->object);
  Path at = { path, section->name, -1 };

  for (GList *l = names; l != NULL; l = l->next)
    if (!fs_exchange_is_known_member (record, reader->kind, section->name, l->data) &&
        !append_unknown (reader, inner, section->object, l->data, &at))
      return FALSE;
  g_string_append_c (inner, '}');

  if (text->len > 1)
    g_string_append_c (text, ',');
  fs_exchange_append_string (text, section->name);
  g_string_append_printf (text, ":%s", inner->str);
  return TRUE;
}

static gboolean
has_unknown (Members *members)
{
  if (json_object_get_size (members->object) > members->n_read)
    return TRUE;
  for (guint i = 0; i < members->n_sections; i++)
    {
      Section *section = &members->sections[i];

      if (section->object != NULL && json_object_get_size (section->object) > section->n_read)
        return TRUE;
    }
  return FALSE;
}

static Section *
get_section (Members    *members,
             const char *name)
{
  for (guint i = 0; i < members->n_sections; i++)
    if (members->sections[i].object != NULL && g_str_equal (members->sections[i].name, name))
      return &members->sections[i];
  return NULL;
}

/* Members this version does not know, and those that do not apply to the
 * document's kind, are kept for the next export; unknown members of a known
 * section stay nested under the section's name. */
static gboolean
keep_unknown (Reader     *reader,
              FsRecord   *record,
              Members    *members,
              const Path *path)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(GList) names = NULL;

  if (!has_unknown (members))
    return TRUE;
  text = g_string_new ("{");
  names = json_object_get_members (members->object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      Section *section = get_section (members, l->data);

      if (section != NULL && json_object_get_size (section->object) > section->n_read)
        {
          if (!append_unknown_section (reader, text, record, section, path))
            return FALSE;
        }
      else if (section == NULL &&
               !fs_exchange_is_known_member (record, reader->kind, NULL, l->data) &&
               !append_unknown (reader, text, members->object, l->data, path))
        return FALSE;
    }
  g_string_append_c (text, '}');
  fs_record_set_extra (record, text->len > 2 ? text->str : NULL);
  return TRUE;
}

static gboolean
read_record (Reader     *reader,
             FsRecord   *record,
             JsonObject *object,
             const Path *path)
{
  Members members = { object, 0, { { NULL } }, 0 };
  gboolean read;

  fs_record_set_filling (record, TRUE);
  read = read_fields (reader, record, &members, path) &&
         (!FS_IS_DOCUMENT (record) || read_lists (reader, FS_DOCUMENT (record), &members, path)) &&
         keep_unknown (reader, record, &members, path);
  fs_record_set_filling (record, FALSE);
  return read;
}

/* The kind decides which members apply, so it is read before the others. */
static gboolean
read_kind (Reader     *reader,
           FsDocument *document,
           JsonObject *object,
           const Path *path)
{
  const FsField *field = &fs_record_get_schema (FS_RECORD (document))->fields[FS_DOCUMENT_KIND];
  JsonNode *node = json_object_get_member (object, field->member);

  if (node == NULL)
    return fail_field (reader, path, field, TRUE);
  if (!read_field (reader, FS_RECORD (document), FS_DOCUMENT_KIND, node, path))
    return FALSE;
  reader->kind = fs_document_get_kind (document);
  return TRUE;
}

static FsDocument *
read_document (Reader     *reader,
               JsonNode   *node,
               const Path *path)
{
  g_autoptr(FsDocument) document = NULL;
  g_autofree char *now = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (reader, path, NULL, _("expected an object"));
      return NULL;
    }
  object = json_node_get_object (node);
  document = g_object_new (FS_TYPE_DOCUMENT, NULL);
  if (!read_kind (reader, document, object, path) ||
      !read_record (reader, FS_RECORD (document), object, path))
    return NULL;
  if (fs_document_get_id (document)[0] == '\0')
    {
      fail (reader, path, "id", _("must not be empty"));
      return NULL;
    }
  /* Earlier versions wrote an empty "anticipated" beside no link at all:
   * without a pre-mortem nothing was asked. */
  if (fs_record_is_empty (FS_RECORD (document), FS_DOCUMENT_PREMORTEM))
    fs_record_set_boolean (FS_RECORD (document), FS_DOCUMENT_ANTICIPATED_ASKED, FALSE);

  now = fs_timestamp_now ();
  if (fs_record_is_empty (FS_RECORD (document), FS_DOCUMENT_CREATED))
    fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_CREATED, now);
  if (fs_record_is_empty (FS_RECORD (document), FS_DOCUMENT_MODIFIED))
    fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_MODIFIED, now);
  return g_steal_pointer (&document);
}

/* One element of "documents"; IDS maps each id read before to its index + 1. */
static FsDocument *
read_one (Reader     *reader,
          JsonNode   *node,
          guint       index,
          GHashTable *ids)
{
  Path documents_path = { NULL, "documents", -1 };
  Path path = { &documents_path, NULL, (int) index };
  g_autoptr(FsDocument) document = read_document (reader, node, &path);
  gpointer earlier;

  if (document == NULL)
    return NULL;
  if (g_hash_table_lookup_extended (ids, fs_document_get_id (document), NULL, &earlier))
    {
      fail (reader, &path, "id", _("the same id as documents[%u]"),
            GPOINTER_TO_UINT (earlier) - 1);
      return NULL;
    }
  g_hash_table_insert (ids, g_strdup (fs_document_get_id (document)),
                       GUINT_TO_POINTER (index + 1));
  return g_steal_pointer (&document);
}

FsDocument *
fs_exchange_read_document (JsonNode    *node,
                           const char  *name,
                           guint        index,
                           GHashTable  *ids,
                           GError     **error)
{
  Reader reader = { name, FS_DOCUMENT_KIND_PREMORTEM, error };

  return read_one (&reader, node, index, ids);
}

static GPtrArray *
read_documents (Reader    *reader,
                JsonArray *array)
{
  guint n = json_array_get_length (array);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      FsDocument *document = read_one (reader, json_array_get_element (array, 0), i, ids);

      if (document == NULL)
        return NULL;
      /* Each document's JSON goes as soon as it is read: this halves the
       * memory an import of a big file needs, at the price of a memmove. */
      json_array_remove_element (array, 0);
      g_ptr_array_add (documents, document);
    }
  return g_steal_pointer (&documents);
}

static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

/* The envelope: {"format": "foresight", "version": 1, "documents": [...]}. */
static JsonArray *
read_envelope (JsonNode    *root,
               const char  *name,
               GError     **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *format = get_member (object, "format");
  JsonNode *version = get_member (object, "version");
  JsonNode *documents = get_member (object, "documents");

  if (format == NULL || !holds_string (format) ||
      !g_str_equal (json_node_get_string (format), FS_EXCHANGE_FORMAT))
    g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_NOT_OURS,
                 _("%s: not a Foresight file: expected an object with "
                   "“format”: “%s”"), name, FS_EXCHANGE_FORMAT);
  else if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
           json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_INVALID,
                 _("%s: version: expected a whole number such as %d"), name, FS_EXCHANGE_VERSION);
  else if (json_node_get_int (version) > FS_EXCHANGE_VERSION)
    g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_TOO_NEW,
                 _("%s: written by a newer Foresight in format version %" G_GINT64_FORMAT
                   "; this version reads format version %d"),
                 name, json_node_get_int (version), FS_EXCHANGE_VERSION);
  else if (documents == NULL || !JSON_NODE_HOLDS_ARRAY (documents))
    g_set_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_INVALID,
                 _("%s: documents: expected a list of documents"), name);
  else
    return json_node_get_array (documents);
  return NULL;
}

gboolean
fs_exchange_read_envelope (JsonNode    *root,
                           const char  *name,
                           GError     **error)
{
  return read_envelope (root, name, error) != NULL;
}

GPtrArray *
fs_exchange_read_data (const char  *data,
                       gsize        length,
                       const char  *name,
                       GError     **error)
{
  Reader reader = { name != NULL ? name : "JSON", FS_DOCUMENT_KIND_PREMORTEM, error };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *documents;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > FS_EXCHANGE_MAX_SIZE)
    {
      fs_exchange_set_too_large (reader.name, length, error);
      return NULL;
    }
  root = fs_exchange_parse (data != NULL ? data : "", length, reader.name, error);
  if (root == NULL)
    return NULL;
  documents = read_envelope (root, reader.name, error);
  if (documents == NULL)
    return NULL;
  return read_documents (&reader, documents);
}
