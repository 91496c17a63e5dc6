/* fs-field.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-field.h"

gboolean
fs_field_applies_to (const FsField  *field,
                     FsDocumentKind  kind)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (kind == FS_DOCUMENT_KIND_PREMORTEM)
    return (field->flags & FS_FIELD_POSTMORTEM) == 0;
  return (field->flags & FS_FIELD_PREMORTEM) == 0;
}

gboolean
fs_field_is_choice (const FsField *field,
                    const char    *value)
{
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (field->type == FS_FIELD_CHOICE, FALSE);

  if (value == NULL)
    return FALSE;
  for (guint i = 0; field->choices[i] != NULL; i++)
    if (g_str_equal (field->choices[i], value))
      return TRUE;
  return FALSE;
}

int
fs_schema_find_field (const FsSchema *schema,
                      const char     *name)
{
  g_return_val_if_fail (schema != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < schema->n_fields; i++)
    if (g_str_equal (schema->fields[i].name, name))
      return (int) i;
  return -1;
}
