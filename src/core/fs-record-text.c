/* fs-record-text.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "fs-record-text.h"
#include "fs-time-format.h"

/* The words a person reads for the values of choice fields. */
const char *
fs_choice_label (const char *value)
{
  static const struct { const char *value; const char *label; } labels[] = {
    { "low", N_("Low") }, { "medium", N_("Medium") }, { "high", N_("High") },
    { "critical", N_("Critical") }, { "pending", N_("Pending") }, { "go", N_("Go") },
    { "no-go", N_("No-go") }, { "resolved", N_("Resolved") }, { "ongoing", N_("Ongoing") },
    { "avoid", N_("Avoid") }, { "detect", N_("Detect") }, { "fix", N_("Fix") },
    { "process", N_("Process") }, { "technology", N_("Technology") }, { "open", N_("Open") },
    { "done", N_("Done") }, { "dropped", N_("Dropped") }, { "draft", N_("Draft") },
    { "review", N_("In review") }, { "final", N_("Final") },
    { "premortem", N_("Pre-mortem") }, { "postmortem", N_("Post-mortem") },
  };

  for (guint i = 0; value != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].value, value))
      return _(labels[i].label);
  return value;
}

/* The line that stands for an item in a list: its first text that says
 * something, e.g. a risk's title or a timeline row's time and person. */
char *
fs_record_text_headline (FsRecord *item)
{
  const FsSchema *schema;
  g_autoptr(GString) line = g_string_new (NULL);

  g_return_val_if_fail (FS_IS_RECORD (item), NULL);

  schema = fs_record_get_schema (item);
  for (guint i = 0; i < schema->n_fields && line->len < 40; i++)
    {
      const FsField *field = &schema->fields[i];

      if (field->type != FS_FIELD_TEXT || fs_record_is_empty (item, i) ||
          ((field->flags & FS_FIELD_NOT_SEARCHED) && !(field->flags & FS_FIELD_TIMESTAMP)))
        continue;
      if (line->len > 0)
        g_string_append (line, " · ");
      g_string_append (line, fs_record_get_text (item, i));
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static char *
describe_list (FsDocument *document,
               int         list)
{
  GListModel *model = G_LIST_MODEL (fs_document_get_list (document, list));
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n && i < 8; i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (model, i);
      g_autofree char *headline = fs_record_text_headline (item);

      g_string_append_printf (text, "%s• %s", i ? "\n" : "", headline[0] ? headline : "…");
    }
  if (n > 8)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                 n - 8), n - 8);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A field's or a list's answer as plain text, for read-only views. */
char *
fs_record_text_describe_part (FsDocument *document,
                              int         field,
                              int         list)
{
  FsRecord *record = FS_RECORD (document);
  const FsField *info;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  if (list >= 0)
    return describe_list (document, list);

  info = &fs_record_get_schema (record)->fields[field];
  switch (info->type)
    {
    case FS_FIELD_CHOICE:
      return g_strdup (fs_choice_label (fs_record_get_text (record, field)));
    case FS_FIELD_BOOLEAN:
      return g_strdup (fs_record_get_boolean (record, field) ? _("Yes") : _("No"));
    case FS_FIELD_NUMBER:
    case FS_FIELD_OPTIONAL_NUMBER:
      if (isnan (fs_record_get_number (record, field)))
        return g_strdup (_("Not known"));
      return g_strdup_printf ("%g", fs_record_get_number (record, field));
    case FS_FIELD_TEXT_LIST:
      {
        g_autofree char *joined = g_strjoinv ("\n• ", (char **) fs_record_get_list (record, field));
        return g_strconcat ("• ", joined, NULL);
      }
    case FS_FIELD_TEXT:
    default:
      if (info->flags & FS_FIELD_TIMESTAMP)
        return fs_format_timestamp (fs_record_get_text (record, field));
      if (info->flags & FS_FIELD_DATE)
        return fs_format_date (fs_record_get_text (record, field));
      return g_strdup (fs_record_get_text (record, field));
    }
}
