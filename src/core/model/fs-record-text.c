/* fs-record-text.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-record-text.h"

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

/* How many votes a card got, in words: "3 votes". */
char *
fs_votes_label (guint count)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes", count), count);
}
