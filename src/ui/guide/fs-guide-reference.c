/* fs-guide-reference.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-guide-reference.h"

/* A choice among the items of another list, shown by name and kept by id.
 * The choices follow that list as it grows, shrinks and is renamed. */
typedef struct
{
  FsRecord              *record;
  guint                  field;
  FsDocument            *document;
  const FsListReference *reference;
  AdwComboRow           *row;
  GPtrArray             *ids;   /* of the choices after "none" */
  GPtrArray             *names;
  gboolean               updating;
} Reference;

static void
reference_free (Reference *self)
{
  g_clear_object (&self->record);
  g_clear_object (&self->document);
  g_ptr_array_unref (self->ids);
  g_ptr_array_unref (self->names);
  g_free (self);
}

static gboolean
strings_equal (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (a->pdata[i], b->pdata[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
show_value (Reference *self)
{
  const char *value = fs_record_get_text (self->record, self->field);
  guint selected = 0;

  for (guint i = 0; i < self->ids->len; i++)
    if (g_str_equal (self->ids->pdata[i], value))
      selected = i + 1;
  if (adw_combo_row_get_selected (self->row) == selected)
    return;
  self->updating = TRUE;
  adw_combo_row_set_selected (self->row, selected);
  self->updating = FALSE;
}

/* Reads the other list again; the choices are rebuilt only when an id or a
 * name differs, so that an open drop-down is not pulled from under a person. */
static void
show_choices (Reference *self)
{
  GListModel *targets = G_LIST_MODEL (fs_document_get_list (self->document,
                                                            self->reference->list));
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) labels = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(FsRecord) target = g_list_model_get_item (targets, i);
      const char *name = fs_record_get_text (target, self->reference->name_field);

      g_ptr_array_add (ids, g_strdup (fs_record_get_text (target, self->reference->id_field)));
      /* Translators: a cluster or cause that has no name yet */
      g_ptr_array_add (names, g_strdup (name[0] != '\0' ? name : _("Unnamed")));
    }
  if (strings_equal (ids, self->ids) && strings_equal (names, self->names))
    {
      show_value (self);
      return;
    }
  g_ptr_array_unref (self->ids);
  g_ptr_array_unref (self->names);
  self->ids = g_steal_pointer (&ids);
  self->names = g_steal_pointer (&names);
  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, self->reference->none_label);
  for (guint i = 0; i < self->names->len; i++)
    gtk_string_list_append (labels, self->names->pdata[i]);
  self->updating = TRUE;
  adw_combo_row_set_model (self->row, G_LIST_MODEL (labels));
  self->updating = FALSE;
  show_value (self);
}

static void
on_selected (Reference *self)
{
  guint selected = adw_combo_row_get_selected (self->row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  self->updating = TRUE;
  fs_record_set_text (self->record, self->field,
                      selected == 0 || selected > self->ids->len
                      ? "" : (const char *) self->ids->pdata[selected - 1]);
  self->updating = FALSE;
}

static void
on_record_notify (GtkWidget *row)
{
  Reference *self = g_object_get_data (G_OBJECT (row), "fs-reference");

  if (!self->updating)
    show_value (self);
}

static void
on_document_changed (GtkWidget *row)
{
  show_choices (g_object_get_data (G_OBJECT (row), "fs-reference"));
}

/* A row that sets FIELD of RECORD to the id of one item of the document's
 * other list, or to nothing. Named after the field, as every field editor. */
GtkWidget *
fs_guide_reference_new (FsRecord              *record,
                        guint                  field,
                        const char            *title,
                        FsDocument            *document,
                        const FsListReference *reference)
{
  Reference *self;
  const char *name;
  g_autofree char *signal = NULL;

  g_return_val_if_fail (FS_IS_RECORD (record), NULL);
  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  self = g_new0 (Reference, 1);
  self->record = g_object_ref (record);
  self->field = field;
  self->document = g_object_ref (document);
  self->reference = reference;
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
  adw_combo_row_set_use_subtitle (self->row, FALSE);
  g_object_set_data_full (G_OBJECT (self->row), "fs-reference", self,
                          (GDestroyNotify) reference_free);
  name = fs_record_get_schema (record)->fields[field].name;
  gtk_widget_set_name (GTK_WIDGET (self->row), name);
  show_choices (self);
  g_signal_connect_swapped (self->row, "notify::selected", G_CALLBACK (on_selected), self);
  signal = g_strdelimit (g_strconcat ("notify::", name, NULL), "_", '-');
  g_signal_connect_object (record, signal, G_CALLBACK (on_record_notify), self->row,
                           G_CONNECT_SWAPPED);
  fs_document_follow_items (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self->row,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self->row);
}
