/* fs-guide.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-guide.h"
#include "fs-toast.h"
#include "fs-guide-step.h"
#include "fs-guide-steps.h"
#include "fs-method.h"

/* How long the marks wait after an edit before they are worked out again. */
#define MARKS_DELAY_MS 150

/* The frame of a guided document: the list of steps with their marks, and
 * the form of the step being answered. It knows the steps only as the
 * method lists them: what each step holds is the step's business. */
struct _FsGuide
{
  GtkWidget          parent_instance;

  AdwFlap           *flap;
  AdwToastOverlay   *toast_overlay;
  AdwToast          *removed_toast;
  GtkListBox        *step_list;
  GtkScrolledWindow *scroller;
  AdwBin            *header_bin;
  GtkStack          *step_stack;
  GtkButton         *next_button;
  GtkLabel          *next_label;
  GtkLabel          *position_label;

  FsDocument        *document;
  FsEditHistory     *history;
  guint              n_steps;
  guint              step;
  guint              marks_id;
  /* The step each document was left at, for this session: document id → index. */
  GHashTable        *last_steps;
};

G_DEFINE_FINAL_TYPE (FsGuide, fs_guide, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HEADER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const FsMethodStep *
method_steps (FsGuide *self,
              guint   *n_steps)
{
  return fs_method_get_steps (fs_document_get_kind (self->document), n_steps);
}

static GtkWidget *
step_row (FsGuide *self,
          guint    index)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->step_list, (int) index));
}

static void
show_marks (FsGuide *self)
{
  for (guint i = 0; i < self->n_steps; i++)
    {
      GtkWidget *row = step_row (self, i);
      GtkImage *mark = g_object_get_data (G_OBJECT (row), "fs-mark");
      FsMethodProgress progress = fs_method_get_progress (self->document, i);

      gtk_image_set_from_icon_name (mark, fs_guide_progress_icon_name (progress));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      fs_guide_progress_label (progress), -1);
      g_object_set_data (G_OBJECT (row), "fs-progress", GINT_TO_POINTER (progress));
      if (progress == FS_METHOD_PROGRESS_COMPLETE)
        gtk_widget_add_css_class (GTK_WIDGET (mark), "complete");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (mark), "complete");
    }
}

static gboolean
update_marks (gpointer data)
{
  FsGuide *self = data;

  self->marks_id = 0;
  show_marks (self);
  return G_SOURCE_REMOVE;
}

/* The toast offering to take back a removal stays only while its Undo would
 * take back that removal and nothing else. */
static void
dismiss_removed_toast (FsGuide *self)
{
  if (self->removed_toast != NULL)
    fs_toast_dismiss_soon (self->removed_toast);
  g_clear_weak_pointer (&self->removed_toast);
}

/* The toast of a removal goes with the next change: after it, Undo would
 * no longer mean that removal. */
static void
on_document_changed (FsGuide *self)
{
  dismiss_removed_toast (self);
  if (self->marks_id == 0)
    self->marks_id = g_timeout_add (MARKS_DELAY_MS, update_marks, self);
}

static GtkWidget *
new_step_row (const FsMethodStep *step,
              guint               index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *mark = gtk_image_new ();
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *title = gtk_label_new (_(step->title));
  g_autofree char *name = g_strconcat ("step-", step->id, NULL);

  gtk_widget_set_name (row, name);
  gtk_widget_add_css_class (mark, "fs-step-mark");
  gtk_widget_add_css_class (number_label, "dim-label");
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), number_label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), mark);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(step->title), -1);
  g_object_set_data (G_OBJECT (row), "fs-mark", mark);
  return row;
}

static void
update_navigation (FsGuide *self)
{
  const FsMethodStep *steps;
  guint n_steps;
  g_autofree char *position = NULL;
  g_autofree char *next = NULL;
  gboolean has_next;

  if (self->document == NULL)
    return;
  steps = method_steps (self, &n_steps);
  has_next = self->step + 1 < n_steps;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.previous", self->step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.next", has_next);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), has_next);
  /* Translators: the step shown, of how many, e.g. "Step 2 of 7" */
  position = g_strdup_printf (_("Step %u of %u"), self->step + 1, n_steps);
  gtk_label_set_text (self->position_label, position);
  if (has_next)
    {
      /* Translators: the button to the next step, followed by its title */
      next = g_strdup_printf (_("_Next: %s"), _(steps[self->step + 1].title));
      gtk_label_set_text_with_mnemonic (self->next_label, next);
    }
}

void
fs_guide_show_step (FsGuide *self,
                    guint    index)
{
  const FsMethodStep *steps;
  guint n_steps;
  GtkWidget *page;

  g_return_if_fail (FS_IS_GUIDE (self));

  if (self->document == NULL)
    return;
  steps = method_steps (self, &n_steps);
  index = MIN (index, n_steps - 1);
  page = gtk_stack_get_child_by_name (self->step_stack, steps[index].id);
  if (page == NULL)
    {
      page = fs_guide_step_new (self->document, self->history, index);
      gtk_stack_add_named (self->step_stack, page, steps[index].id);
    }
  /* Its Undo would reach into another step. */
  if (self->step != index)
    dismiss_removed_toast (self);
  self->step = index;
  gtk_stack_set_visible_child (self->step_stack, page);
  gtk_list_box_select_row (self->step_list, GTK_LIST_BOX_ROW (step_row (self, index)));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  g_hash_table_replace (self->last_steps, g_strdup (fs_document_get_id (self->document)),
                        GUINT_TO_POINTER (index));
  update_navigation (self);
}

guint
fs_guide_get_step (FsGuide *self)
{
  g_return_val_if_fail (FS_IS_GUIDE (self), 0);

  return self->step;
}

static void
on_step_activated (FsGuide       *self,
                   GtkListBoxRow *row)
{
  fs_guide_show_step (self, (guint) gtk_list_box_row_get_index (row));
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static FsGuideStep *
visible_step (FsGuide *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->step_stack);

  return page != NULL ? FS_GUIDE_STEP (page) : NULL;
}

GtkWidget *
fs_guide_get_visible_step (FsGuide *self)
{
  g_return_val_if_fail (FS_IS_GUIDE (self), NULL);

  return GTK_WIDGET (visible_step (self));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FsGuide *self = FS_GUIDE (widget);

  if (self->step > 0)
    fs_guide_show_step (self, self->step - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsGuide *self = FS_GUIDE (widget);

  if (self->step + 1 < self->n_steps)
    fs_guide_show_step (self, self->step + 1);
}

/* At the first or last step the arrows stop there: they never leave the
 * document for the library behind it. */
static gboolean
walk_steps (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  FsGuide *self = FS_GUIDE (widget);
  int direction = g_variant_get_int32 (args);

  /* In a right-to-left language the previous step lies to the right. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    direction = -direction;

  if (direction < 0 && self->step > 0)
    fs_guide_show_step (self, self->step - 1);
  else if (direction > 0 && self->step + 1 < self->n_steps)
    fs_guide_show_step (self, self->step + 1);
  return TRUE;
}

static void
show_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  fs_guide_show_step (FS_GUIDE (widget), g_variant_get_uint32 (parameter));
}

/* Text fields undo their own typing first; what reaches the guide undoes the
 * last list edit of the document, made here or on the board. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsGuide *self = FS_GUIDE (widget);

  dismiss_removed_toast (self);
  if (self->history != NULL)
    fs_edit_history_undo (self->history);
}

/* A removed entry can be had back from the toast, as with Ctrl+Z. */
static void
item_removed_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsGuide *self = FS_GUIDE (widget);
  /* Its Undo takes back that removal, and only while nothing came after:
   * the history is the Board's too. */
  AdwToast *toast = fs_toast_new_removed (g_variant_get_string (parameter, NULL),
                                          "guide.undo-removal");

  if (self->history != NULL)
    adw_toast_set_action_target (toast, "u", fs_edit_history_get_serial (self->history));

  dismiss_removed_toast (self);
  g_set_weak_pointer (&self->removed_toast, toast);
  fs_toast_add (self->toast_overlay, toast);
}

static void
undo_removal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsGuide *self = FS_GUIDE (widget);

  if (self->history != NULL &&
      fs_edit_history_get_serial (self->history) == g_variant_get_uint32 (parameter))
    undo_action (widget, "guide.undo", NULL);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsGuide *self = FS_GUIDE (widget);

  dismiss_removed_toast (self);
  if (self->history != NULL)
    fs_edit_history_redo (self->history);
}

static void
clear_steps (FsGuide *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->step_stack))) != NULL)
    gtk_stack_remove (self->step_stack, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->step_list))) != NULL)
    gtk_list_box_remove (self->step_list, child);
  self->n_steps = 0;
}

void
fs_guide_set_document (FsGuide       *self,
                       FsDocument    *document,
                       FsEditHistory *history)
{
  const FsMethodStep *steps;
  gpointer last = NULL;

  g_return_if_fail (FS_IS_GUIDE (self));
  g_return_if_fail (document == NULL || FS_IS_EDIT_HISTORY (history));

  if (self->document == document)
    return;
  g_clear_handle_id (&self->marks_id, g_source_remove);
  dismiss_removed_toast (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  clear_steps (self);
  g_set_object (&self->document, document);
  g_set_object (&self->history, (document != NULL ? history : NULL));
  if (document == NULL)
    return;

  steps = method_steps (self, &self->n_steps);
  for (guint i = 0; i < self->n_steps; i++)
    gtk_list_box_append (self->step_list, new_step_row (&steps[i], i));
  show_marks (self);
  fs_document_follow_items (document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  g_hash_table_lookup_extended (self->last_steps, fs_document_get_id (document), NULL, &last);
  fs_guide_show_step (self, GPOINTER_TO_UINT (last));
}

GtkWidget *
fs_guide_get_header (FsGuide *self)
{
  g_return_val_if_fail (FS_IS_GUIDE (self), NULL);

  return adw_bin_get_child (self->header_bin);
}

/* What stands above every step: the document's title, for one. */
void
fs_guide_set_header (FsGuide   *self,
                     GtkWidget *header)
{
  g_return_if_fail (FS_IS_GUIDE (self));

  adw_bin_set_child (self->header_bin, header);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADER]);
}

static void
fs_guide_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_HEADER:
      g_value_set_object (value, fs_guide_get_header (FS_GUIDE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fs_guide_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_HEADER:
      fs_guide_set_header (FS_GUIDE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fs_guide_dispose (GObject *object)
{
  FsGuide *self = FS_GUIDE (object);

  g_clear_handle_id (&self->marks_id, g_source_remove);
  g_clear_weak_pointer (&self->removed_toast);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_GUIDE);
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  g_clear_pointer (&self->last_steps, g_hash_table_unref);

  G_OBJECT_CLASS (fs_guide_parent_class)->dispose (object);
}

static void
fs_guide_class_init (FsGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_guide_dispose;
  object_class->get_property = fs_guide_get_property;
  object_class->set_property = fs_guide_set_property;

  properties[PROP_HEADER] =
    g_param_spec_object ("header", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fs-guide.ui");
  gtk_widget_class_bind_template_child (widget_class, FsGuide, flap);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, step_list);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, scroller);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, header_bin);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, step_stack);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, next_button);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, next_label);
  gtk_widget_class_bind_template_child (widget_class, FsGuide, position_label);
  gtk_widget_class_bind_template_callback (widget_class, on_step_activated);

  gtk_widget_class_install_action (widget_class, "guide.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "guide.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "guide.show-step", "u", show_step_action);
  gtk_widget_class_install_action (widget_class, "guide.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "guide.undo-removal", "u", undo_removal_action);
  gtk_widget_class_install_action (widget_class, "guide.item-removed", "s", item_removed_action);
  gtk_widget_class_install_action (widget_class, "guide.redo", NULL, redo_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, walk_steps, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, walk_steps, "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "guide.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "guide.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "guide.redo", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_guide_init (FsGuide *self)
{
  self->last_steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}
