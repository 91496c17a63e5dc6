/* fs-advice-row.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-advice-row.h"
#include "fs-coach.h"

/* A row placed under the editor of one field that shows the coach's advice
 * about that field, and hides while there is none. LIST is -1 for a field of
 * the document itself. Rows are named "advice-<field>" for tests to find. */
GtkWidget *
fs_advice_row_new (int list,
                   int field)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *name = g_strdup_printf ("advice-%d", field);

  gtk_widget_set_name (row, name);
  gtk_widget_add_css_class (row, "fs-advice");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Advice"), -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "fs-advice-label", label);
  g_object_set_data (G_OBJECT (row), "fs-advice-list", GINT_TO_POINTER (list));
  g_object_set_data (G_OBJECT (row), "fs-advice-field", GINT_TO_POINTER (field));
  gtk_widget_set_visible (row, FALSE);
  return row;
}

/* Shows what ADVICE (FsAdvice, as the coach returns it) says about the row's
 * field of item ITEM of its list (-1 for the document). */
void
fs_advice_row_update (GtkWidget *row,
                      GPtrArray *advice,
                      int        item)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "fs-advice-label");
  int list = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fs-advice-list"));
  int field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fs-advice-field"));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; advice != NULL && i < advice->len; i++)
    {
      FsAdvice *piece = g_ptr_array_index (advice, i);

      if (piece->list != list || piece->field != field || (list >= 0 && piece->item != item))
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", piece->message);
      g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "", piece->id);
    }
  if (g_strcmp0 (gtk_label_get_text (label), text->str) != 0)
    gtk_label_set_text (label, text->str);
  g_object_set_data_full (G_OBJECT (row), "fs-advice-ids", g_strdup (ids->str), g_free);
  gtk_widget_set_visible (row, text->len > 0);
}

/* The advice shown under a field is read out with the field. */
void
fs_advice_row_describe (GtkWidget *row,
                        GtkWidget *field)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "fs-advice-label");

  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  label, NULL, -1);
}
