/* fs-guide-step.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-advice-row.h"
#include "fs-coach.h"
#include "fs-guide-fields.h"
#include "fs-guide-lists.h"
#include "fs-guide-step.h"
#include "fs-guide-steps.h"

/* How long the coach waits after an edit before it looks again. */
#define ADVICE_DELAY_MS 250

/* One step of the guide: its questions, then the fields that answer them.
 * Its list edits go into the document's history, which Ctrl+Z undoes. */
struct _FsGuideStep
{
  GtkWidget           parent_instance;

  GtkBox             *box;
  FsDocument         *document;
  guint               index;
  const FsMethodStep *method_step;
  FsEditHistory      *history;
  /* Owned by their groups: the advice rows under the document's fields. */
  GPtrArray          *advice_rows;
  guint               advice_id;
};

G_DEFINE_FINAL_TYPE (FsGuideStep, fs_guide_step, GTK_TYPE_WIDGET)

typedef void (*BuildFunc) (FsGuideStep *self);

static const struct
{
  const char *id;
  BuildFunc   build;
} builders[] = {
  { "overview", fs_guide_step_build_overview },
  { "risks", fs_guide_step_build_risks },
  { "review", fs_guide_step_build_review },
  { "incident", fs_guide_step_build_incident },
};

static void
fs_guide_step_dispose (GObject *object)
{
  FsGuideStep *self = FS_GUIDE_STEP (object);

  g_clear_handle_id (&self->advice_id, g_source_remove);
  /* What a step's builder attached goes before the widgets it points at. */
  g_object_set_data (object, "fs-review", NULL);
  if (self->box != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->box));
  self->box = NULL;
  g_clear_pointer (&self->advice_rows, g_ptr_array_unref);
  g_clear_object (&self->history);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (fs_guide_step_parent_class)->dispose (object);
}

static void
fs_guide_step_class_init (FsGuideStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_guide_step_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "guidestep");
}

static void
fs_guide_step_init (FsGuideStep *self)
{
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));
  self->advice_rows = g_ptr_array_new ();
}

static gboolean
update_advice (gpointer data)
{
  FsGuideStep *self = data;
  g_autoptr(GPtrArray) advice = NULL;

  self->advice_id = 0;
  if (self->advice_rows->len == 0)
    return G_SOURCE_REMOVE;
  advice = fs_coach_check_document (self->document);
  for (guint i = 0; i < self->advice_rows->len; i++)
    fs_advice_row_update (g_ptr_array_index (self->advice_rows, i), advice, -1);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (FsGuideStep *self)
{
  g_clear_handle_id (&self->advice_id, g_source_remove);
  self->advice_id = g_timeout_add (ADVICE_DELAY_MS, update_advice, self);
}

static void
add_header (FsGuideStep *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL, "label", _(self->method_step->title),
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  GtkWidget *questions = gtk_label_new (_(self->method_step->questions));

  gtk_widget_add_css_class (header, "fs-step-header");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_label_set_xalign (GTK_LABEL (questions), 0);
  gtk_label_set_wrap (GTK_LABEL (questions), TRUE);
  gtk_widget_set_name (questions, "questions");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), questions);
  gtk_box_append (self->box, header);
}

GtkWidget *
fs_guide_step_new (FsDocument    *document,
                   FsEditHistory *history,
                   guint          index)
{
  FsGuideStep *self;
  const FsMethodStep *steps;
  guint n_steps;
  BuildFunc build = fs_guide_step_add_parts;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (history), NULL);

  steps = fs_method_get_steps (fs_document_get_kind (document), &n_steps);
  g_return_val_if_fail (index < n_steps, NULL);

  self = g_object_new (FS_TYPE_GUIDE_STEP, NULL);
  self->document = g_object_ref (document);
  self->history = g_object_ref (history);
  self->index = index;
  self->method_step = &steps[index];
  gtk_widget_set_name (GTK_WIDGET (self), self->method_step->id);
  add_header (self);
  for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
    if (g_str_equal (builders[i].id, self->method_step->id))
      build = builders[i].build;
  build (self);
  fs_document_follow_items (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  /* Some advice weighs the document against the library's others. */
  g_signal_connect_object (document, "chain-changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  update_advice (self);
  return GTK_WIDGET (self);
}

FsDocument *
fs_guide_step_get_document (FsGuideStep *self)
{
  g_return_val_if_fail (FS_IS_GUIDE_STEP (self), NULL);

  return self->document;
}

guint
fs_guide_step_get_index (FsGuideStep *self)
{
  g_return_val_if_fail (FS_IS_GUIDE_STEP (self), 0);

  return self->index;
}

const FsMethodStep *
fs_guide_step_get_method_step (FsGuideStep *self)
{
  g_return_val_if_fail (FS_IS_GUIDE_STEP (self), NULL);

  return self->method_step;
}

FsEditHistory *
fs_guide_step_get_history (FsGuideStep *self)
{
  g_return_val_if_fail (FS_IS_GUIDE_STEP (self), NULL);

  return self->history;
}

void
fs_guide_step_append (FsGuideStep *self,
                      GtkWidget   *widget)
{
  g_return_if_fail (FS_IS_GUIDE_STEP (self));

  gtk_box_append (self->box, widget);
}

/* The editor of one field of the document with, under it, what the coach
 * has to say about that field. */
GtkWidget *
fs_guide_step_add_field (FsGuideStep         *self,
                         AdwPreferencesGroup *group,
                         guint                field,
                         const char          *label)
{
  GtkWidget *row = fs_guide_field_new (FS_RECORD (self->document), field, label);
  GtkWidget *advice = fs_advice_row_new (-1, field);

  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, advice);
  fs_advice_row_describe (advice, row);
  g_ptr_array_add (self->advice_rows, advice);
  return row;
}

/* The answers of the step in the method's order: fields next to each other
 * share a group, each list is a group of its own. */
void
fs_guide_step_add_parts (FsGuideStep *self)
{
  AdwPreferencesGroup *fields = NULL;

  g_return_if_fail (FS_IS_GUIDE_STEP (self));

  for (guint i = 0; i < self->method_step->n_parts; i++)
    {
      const FsMethodPart *part = &self->method_step->parts[i];

      if (part->list >= 0)
        {
          GtkWidget *editor = fs_guide_list_editor_new (self->document, part->list,
                                                        self->history);
          /* Advice about the list as a whole, such as a single root cause,
           * in a box of its own under the list, there only while it speaks. */
          GtkWidget *advice = fs_advice_row_new (part->list, -1);
          GtkWidget *advice_box = gtk_list_box_new ();

          gtk_list_box_set_selection_mode (GTK_LIST_BOX (advice_box), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (advice_box, "boxed-list");
          gtk_widget_set_margin_top (advice_box, 12);
          gtk_list_box_append (GTK_LIST_BOX (advice_box), advice);
          g_object_bind_property (advice, "visible", advice_box, "visible", G_BINDING_SYNC_CREATE);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (editor), advice_box);
          g_ptr_array_add (self->advice_rows, advice);
          gtk_box_append (self->box, editor);
          if (part->list == FS_DOCUMENT_EVENTS)
            gtk_box_append (self->box, fs_guide_timeline_new (self->document));
          fields = NULL;
          continue;
        }
      if (fields == NULL)
        {
          fields = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          gtk_box_append (self->box, GTK_WIDGET (fields));
        }
      fs_guide_step_add_field (self, fields, part->field, _(part->label));
    }
}
