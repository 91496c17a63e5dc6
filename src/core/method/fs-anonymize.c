/* fs-anonymize.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-anonymize.h"
#include "fs-chain.h"

/* One name to look for and what takes its place. */
typedef struct
{
  char       *name;
  gsize       length;
  const char *alias;
} Replacement;

typedef struct
{
  GPtrArray *aliases;      /* one per person, NULL for a person without a name */
  GArray    *replacements; /* full names, then first names, longest first in each */
} Names;

static void
clear_replacement (gpointer data)
{
  g_free (((Replacement *) data)->name);
}

static void
names_free (Names *names)
{
  g_ptr_array_unref (names->aliases);
  g_array_unref (names->replacements);
  g_free (names);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Names, names_free)

/* Text is compared in one normal form, so that a name typed with a combining
 * accent matches the same name typed precomposed. */
static char *
normalize (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  return g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* A name or role as compared: normalised, trimmed, and with every run of
 * white space made one space. */
static char *
person_text (FsRecord *person,
             guint     field)
{
  g_autofree char *text = normalize (fs_record_get_text (person, field));
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static guint
count_role (GListModel *people,
            const char *role)
{
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      g_autofree char *name = person_text (person, FS_PERSON_NAME);
      g_autofree char *other = person_text (person, FS_PERSON_ROLE);

      count += name[0] != '\0' && g_str_equal (role, other);
    }
  return count;
}

/* What each person is called in an export: their role; "Engineer 1", "Engineer
 * 2"… without one; and numbered when several people share a role, so that the
 * reader can still tell them apart. */
static GPtrArray *
make_aliases (GListModel *people)
{
  GPtrArray *aliases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint unnamed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      g_autofree char *name = person_text (person, FS_PERSON_NAME);
      g_autofree char *role = person_text (person, FS_PERSON_ROLE);
      guint n;

      if (name[0] == '\0')
        g_ptr_array_add (aliases, NULL);
      else if (role[0] == '\0')
        g_ptr_array_add (aliases, g_strdup_printf (_("Engineer %u"), ++unnamed));
      else if (count_role (people, role) == 1)
        g_ptr_array_add (aliases, g_steal_pointer (&role));
      else
        {
          n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, role)) + 1;
          /* Translators: a role shared by several people, numbered, such as
           * "Database engineer 2". */
          g_ptr_array_add (aliases, g_strdup_printf (C_("person", "%s %u"), role, n));
          g_hash_table_insert (seen, g_steal_pointer (&role), GUINT_TO_POINTER (n));
        }
    }
  return aliases;
}

static char *
first_name (const char *name)
{
  const char *end = name;

  while (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  if (*end == '\0' || g_utf8_strlen (name, end - name) < 2)
    return NULL;
  return g_strndup (name, end - name);
}

static void
add_replacement (GArray     *replacements,
                 char       *name,
                 const char *alias)
{
  Replacement replacement = { name, strlen (name), alias };

  g_array_append_val (replacements, replacement);
}

static int
compare_length (gconstpointer a,
                gconstpointer b)
{
  const Replacement *x = a;
  const Replacement *y = b;

  return (x->length < y->length) - (x->length > y->length);
}

/* A first name stands for a person only when nobody else could be meant. */
static gboolean
first_name_is_unique (GPtrArray  *full_names,
                      const char *first,
                      guint       owner)
{
  for (guint j = 0; j < full_names->len; j++)
    {
      const char *other = g_ptr_array_index (full_names, j);
      g_autofree char *other_first = NULL;

      /* The same person listed twice is still one person. */
      if (j == owner || other == NULL ||
          g_str_equal (other, g_ptr_array_index (full_names, owner)))
        continue;
      other_first = first_name (other);
      if (g_str_equal (other, first) || g_strcmp0 (other_first, first) == 0)
        return FALSE;
    }
  return TRUE;
}

static Names *
names_new (GListModel *people)
{
  Names *names = g_new0 (Names, 1);
  g_autoptr(GPtrArray) full_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (Replacement));

  names->aliases = make_aliases (people);
  names->replacements = g_array_new (FALSE, FALSE, sizeof (Replacement));
  g_array_set_clear_func (names->replacements, clear_replacement);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      g_autofree char *name = person_text (person, FS_PERSON_NAME);

      g_ptr_array_add (full_names, name[0] != '\0' ? g_steal_pointer (&name) : NULL);
    }
  for (guint i = 0; i < full_names->len; i++)
    {
      const char *name = g_ptr_array_index (full_names, i);
      const char *alias = g_ptr_array_index (names->aliases, i);
      char *first;

      if (name == NULL)
        continue;
      add_replacement (names->replacements, g_strdup (name), alias);
      first = first_name (name);
      if (first != NULL && first_name_is_unique (full_names, first, i))
        add_replacement (firsts, first, alias);
      else
        g_free (first);
    }
  g_array_sort (names->replacements, compare_length);
  g_array_sort (firsts, compare_length);
  g_array_append_vals (names->replacements, firsts->data, firsts->len);
  return names;
}

/* How many bytes at TEXT spell NAME, or 0. A space in the name stands for
 * any run of white space, so that a name broken across lines still matches. */
static gsize
match_name (const char *text,
            const char *name)
{
  const char *t = text;

  for (const char *n = name; *n != '\0'; n++)
    {
      if (*n != ' ')
        {
          if (*t++ != *n)
            return 0;
          continue;
        }
      if (!g_unichar_isspace (g_utf8_get_char (t)))
        return 0;
      while (g_unichar_isspace (g_utf8_get_char (t)))
        t = g_utf8_next_char (t);
    }
  return is_word_char (g_utf8_get_char (t)) ? 0 : t - text;
}

static const Replacement *
match_at (const Names *names,
          const char  *text,
          gsize       *length)
{
  for (guint i = 0; i < names->replacements->len; i++)
    {
      const Replacement *r = &g_array_index (names->replacements, Replacement, i);

      *length = match_name (text, r->name);
      if (*length > 0)
        return r;
    }
  return NULL;
}

/* One pass from left to right, so that a role put in never gets replaced in
 * turn, and names are only matched as whole words: "Ann" leaves "Annual" and
 * "Hannah" alone, while "Ann's" becomes the role followed by "'s". */
static char *
replace_names (const Names *names,
               const char  *text)
{
  g_autofree char *normal = normalize (text);
  GString *out = g_string_sized_new (strlen (normal));
  gunichar previous = ' ';
  const char *p = normal;

  while (*p != '\0')
    {
      gsize length = 0;
      const Replacement *r = is_word_char (previous) ? NULL : match_at (names, p, &length);
      const char *next = r != NULL ? p + length : g_utf8_next_char (p);

      if (r != NULL)
        g_string_append (out, r->alias);
      else
        g_string_append_len (out, p, next - p);
      previous = g_utf8_get_char (g_utf8_prev_char (next));
      p = next;
    }
  return g_string_free (out, FALSE);
}

static void
anonymize_list_field (FsRecord    *record,
                      guint        field,
                      const Names *names)
{
  const char * const *values = fs_record_get_list (record, field);
  GPtrArray *replaced = g_ptr_array_new ();

  for (guint i = 0; values[i] != NULL; i++)
    g_ptr_array_add (replaced, replace_names (names, values[i]));
  g_ptr_array_add (replaced, NULL);
  fs_record_take_list (record, field, (char **) g_ptr_array_free (replaced, FALSE));
}

/* Every field that holds what people wrote; ids, choices, dates and colours
 * (the fields kept out of the search index) cannot hold a name. */
static void
anonymize_record (FsRecord    *record,
                  const Names *names)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const FsField *field = &schema->fields[i];

      if (field->flags & FS_FIELD_NOT_SEARCHED)
        continue;
      if (field->type == FS_FIELD_TEXT)
        {
          g_autofree char *text = replace_names (names, fs_record_get_text (record, i));

          fs_record_set_text (record, i, text);
        }
      else if (field->type == FS_FIELD_TEXT_LIST)
        anonymize_list_field (record, i, names);
    }
  /* Members this version does not know were never read, so they may hold
   * names: an export leaves them out. */
  fs_record_set_extra (record, NULL);
}

static void
copy_list (FsDocument     *document,
           FsDocument     *copy,
           FsDocumentList  list,
           const Names    *names)
{
  GListModel *source = G_LIST_MODEL (fs_document_get_list (document, list));
  GListStore *target = fs_document_get_list (copy, list);

  for (guint i = 0; i < g_list_model_get_n_items (source); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (source, i);
      g_autoptr(FsRecord) item_copy = fs_record_copy (item);

      anonymize_record (item_copy, names);
      /* Set the name outright: whatever spacing it was typed with, it goes. */
      if (list == FS_DOCUMENT_PEOPLE && g_ptr_array_index (names->aliases, i) != NULL)
        fs_record_set_text (item_copy, FS_PERSON_NAME, g_ptr_array_index (names->aliases, i));
      g_list_store_append (target, item_copy);
    }
}

/* The pre-mortem as the exports show it: its title and its risks. */
static FsDocument *
anonymize_premortem (FsDocument  *premortem,
                     const Names *names)
{
  FsDocument *copy = FS_DOCUMENT (fs_record_copy (FS_RECORD (premortem)));

  anonymize_record (FS_RECORD (copy), names);
  copy_list (premortem, copy, FS_DOCUMENT_RISKS, names);
  return copy;
}

static GListModel *
anonymize_links (GListModel  *links,
                 const Names *names)
{
  GListStore *copies = g_list_store_new (FS_TYPE_LINK_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FsRecord) link = g_list_model_get_item (links, i);
      g_autoptr(FsRecord) copy = fs_record_copy (link);
      const char *title = fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_TITLE);
      g_autofree char *shown = replace_names (names, title);

      fs_record_set_text (copy, FS_LINK_ENTRY_POSTMORTEM_TITLE, shown);
      g_list_store_append (copies, copy);
    }
  return G_LIST_MODEL (copies);
}

/* The exports print texts of the other documents of the chain: they lose
 * this document's names too. */
static FsChain *
anonymize_chain (FsChain     *chain,
                 const Names *names)
{
  FsDocument *premortem;
  g_autoptr(GListModel) links = NULL;

  if (chain == NULL)
    return NULL;
  premortem = fs_chain_get_premortem (chain);
  if (premortem != NULL)
    {
      g_autoptr(FsDocument) shown = anonymize_premortem (premortem, names);
      FsChain *copy = fs_chain_new_for_postmortem (fs_chain_get_state (chain), shown);

      fs_chain_set_team_levels (copy, fs_chain_get_team_levels (chain));
      return copy;
    }
  if (g_list_model_get_n_items (fs_chain_get_links (chain)) == 0)
    return g_object_ref (chain);
  links = anonymize_links (fs_chain_get_links (chain), names);
  return fs_chain_new_for_premortem (links);
}

FsDocument *
fs_anonymize_for_export (FsDocument *document)
{
  g_autoptr(Names) names = NULL;
  g_autoptr(FsDocument) copy = NULL;
  g_autoptr(FsChain) chain = NULL;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  if (!fs_record_get_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE))
    return g_object_ref (document);

  names = names_new (G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_PEOPLE)));
  /* Unlike a duplicate, the copy keeps the id and dates: it is the same
   * document, only shown differently. */
  copy = FS_DOCUMENT (fs_record_copy (FS_RECORD (document)));
  anonymize_record (FS_RECORD (copy), names);
  chain = anonymize_chain (fs_document_get_chain (document), names);
  fs_document_set_chain (copy, chain);
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    copy_list (document, copy, list, names);
  return g_steal_pointer (&copy);
}
