/* fs-document-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-summary.h"
#include "fs-document-view.h"
#include "fs-guide-fields.h"
#include "fs-library-row.h"
#include "fs-menu-button.h"
#include "fs-method.h"
#include "fs-preview-view.h"
#include "fs-record-text.h"

struct _FsDocumentView
{
  GtkWidget             parent_instance;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkText              *title_text;
  GtkStack             *title_stack;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkBox               *guide_box;
  GtkBox               *board_box;
  FsPreviewView        *preview_view;
  GtkMenuButton        *menu_button;
  GMenuModel           *document_menu;

  FsDocument           *document;
  gboolean              folded;
  gboolean              showing_title;
  /* Owned by guide_box: the step groups and the rows of lists, which a
   * refresh updates in place so that no editor is ever taken away. */
  GPtrArray            *step_groups;
  GPtrArray            *list_rows;
};

G_DEFINE_FINAL_TYPE (FsDocumentView, fs_document_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_STATUS,
  PROP_ANONYMIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
describe_list_row (GtkWidget  *row,
                   FsDocument *document)
{
  const FsMethodPart *part = g_object_get_data (G_OBJECT (row), "fs-part");
  g_autofree char *value = fs_record_text_describe_part (document, part->field, part->list);
  gboolean answered = fs_method_part_is_answered (part, document);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), answered ? value : _("Not answered yet"));
  if (answered)
    gtk_widget_remove_css_class (row, "unanswered");
  else
    gtk_widget_add_css_class (row, "unanswered");
}

/* Lists are edited on the board; the guide shows what they hold. */
static GtkWidget *
make_list_row (const FsMethodPart *part,
               FsDocument         *document)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(part->label));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  g_object_set_data (G_OBJECT (row), "fs-part", (gpointer) part);
  describe_list_row (row, document);
  return row;
}

static void
describe_step (GtkWidget  *group,
               FsDocument *document)
{
  const FsMethodStep *step = g_object_get_data (G_OBJECT (group), "fs-step");
  guint answered = fs_method_count_answered (step, document);
  /* A group's description is markup. */
  g_autofree char *progress = g_markup_printf_escaped (_("%u of %u answered — %s"), answered,
                                                       step->n_parts, _(step->questions));

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), progress);
}

static void
refresh_guide (FsDocumentView *self)
{
  if (self->document == NULL)
    return;
  for (guint i = 0; i < self->step_groups->len; i++)
    describe_step (g_ptr_array_index (self->step_groups, i), self->document);
  for (guint i = 0; i < self->list_rows->len; i++)
    describe_list_row (g_ptr_array_index (self->list_rows, i), self->document);
}

static void
build_guide (FsDocumentView *self)
{
  const FsMethodStep *steps;
  guint n_steps;

  clear_box (self->guide_box);
  g_ptr_array_set_size (self->step_groups, 0);
  g_ptr_array_set_size (self->list_rows, 0);
  if (self->document == NULL)
    return;

  steps = fs_method_get_steps (fs_document_get_kind (self->document), &n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      /* A group's title is markup. */
      g_autofree char *title = g_markup_printf_escaped ("%u. %s", i + 1, _(steps[i].title));

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      g_object_set_data (G_OBJECT (group), "fs-step", (gpointer) &steps[i]);
      describe_step (group, self->document);
      g_ptr_array_add (self->step_groups, group);
      for (guint j = 0; j < steps[i].n_parts; j++)
        {
          const FsMethodPart *part = &steps[i].parts[j];
          GtkWidget *row;

          if (part->list >= 0)
            {
              row = make_list_row (part, self->document);
              g_ptr_array_add (self->list_rows, row);
            }
          else
            row = fs_guide_field_new (FS_RECORD (self->document), part->field, _(part->label));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (self->guide_box, group);
    }
}

/* The title is typed in place; a title of nothing but blanks is not taken. */
static void
on_title_changed (FsDocumentView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_text));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (self->document == NULL || self->showing_title)
    return;
  if (stripped[0] != '\0')
    fs_document_set_title (self->document, text);
}

static void
show_title (FsDocumentView *self)
{
  const char *title = fs_document_get_title (self->document);

  gtk_label_set_text (self->title_label, title);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_text)), title) == 0)
    return;
  self->showing_title = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_text), title);
  self->showing_title = FALSE;
}

/* At rest the title wraps like the heading it is; a click (or Enter on it)
 * turns it into a line to type in. */
static void
on_title_clicked (FsDocumentView *self)
{
  gtk_stack_set_visible_child_name (self->title_stack, "editing");
  gtk_widget_grab_focus (GTK_WIDGET (self->title_text));
  gtk_editable_set_position (GTK_EDITABLE (self->title_text), -1);
}

static void
on_title_done (FsDocumentView *self)
{
  if (self->document != NULL)
    show_title (self);
  gtk_stack_set_visible_child_name (self->title_stack, "shown");
}

static void
on_title_focus_left (FsDocumentView *self)
{
  on_title_done (self);
}

static void
update_titles (FsDocumentView *self)
{
  FsRecord *record = FS_RECORD (self->document);
  g_autofree char *subtitle = NULL;
  const char *kind;

  if (self->document == NULL)
    return;
  kind = fs_document_get_kind (self->document) == FS_DOCUMENT_KIND_PREMORTEM
         ? _("Pre-mortem") : _("Post-mortem");
  subtitle = g_strdup_printf ("%s · %s", kind,
                              fs_library_status_label (fs_record_get_text (record,
                                                                           FS_DOCUMENT_STATUS)));
  adw_view_switcher_title_set_title (self->switcher_title, fs_document_get_title (self->document));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  show_title (self);
  gtk_label_set_text (self->subtitle_label, subtitle);
}

static void
fs_document_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FsDocumentView *self = FS_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->document
                          ? fs_record_get_text (FS_RECORD (self->document), FS_DOCUMENT_STATUS)
                          : "draft");
      break;
    case PROP_ANONYMIZE:
      g_value_set_boolean (value, self->document &&
                           fs_record_get_boolean (FS_RECORD (self->document),
                                                  FS_DOCUMENT_ANONYMIZE));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fs_document_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FsDocumentView *self = FS_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      self->folded = g_value_get_boolean (value);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_STATUS:
      if (self->document != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.set-document-status", "(ss)",
                                    fs_document_get_id (self->document),
                                    g_value_get_string (value));
      break;
    case PROP_ANONYMIZE:
      if (self->document != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.set-anonymize", "b",
                                    g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fs_document_view_dispose (GObject *object)
{
  FsDocumentView *self = FS_DOCUMENT_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_DOCUMENT_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_pointer (&self->step_groups, g_ptr_array_unref);
  g_clear_pointer (&self->list_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fs_document_view_parent_class)->dispose (object);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  fs_document_view_show_page (FS_DOCUMENT_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
fs_document_view_class_init (FsDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_document_view_dispose;
  object_class->get_property = fs_document_view_get_property;
  object_class->set_property = fs_document_view_set_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "draft",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANONYMIZE] =
    g_param_spec_boolean ("anonymize", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FS_TYPE_PREVIEW_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-document-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, title_text);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, guide_box);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, board_box);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, preview_view);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, document_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_title_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_title_done);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, title_stack);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, title_label);

  gtk_widget_class_install_property_action (widget_class, "document.status", "status");
  gtk_widget_class_install_property_action (widget_class, "document.anonymize", "anonymize");
  gtk_widget_class_install_action (widget_class, "document.show-page", "s", show_page_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_document_view_init (FsDocumentView *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->step_groups = g_ptr_array_new ();
  self->list_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  fs_menu_button_set_menu_model_lazily (self->menu_button, self->document_menu);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_title_focus_left), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_text), focus);
}

FsDocument *
fs_document_view_get_document (FsDocumentView *self)
{
  g_return_val_if_fail (FS_IS_DOCUMENT_VIEW (self), NULL);

  return self->document;
}

void
fs_document_view_set_document (FsDocumentView *self,
                               FsDocument     *document)
{
  g_return_if_fail (FS_IS_DOCUMENT_VIEW (self));

  /* The same document again, e.g. after a save: refresh in place, so that
   * the editor a person is typing in stays where it is. */
  if (document != NULL && document == self->document)
    {
      fs_document_view_refresh (self);
      fs_board_summary_fill (self->board_box, document);
      return;
    }
  g_set_object (&self->document, document);
  update_titles (self);
  build_guide (self);
  fs_board_summary_fill (self->board_box, document);
  fs_preview_view_set_document (self->preview_view, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMIZE]);
}

/* After the open document was saved: the titles, the progress of each step
 * and the preview follow; no widget is rebuilt. */
void
fs_document_view_refresh (FsDocumentView *self)
{
  g_return_if_fail (FS_IS_DOCUMENT_VIEW (self));

  if (self->document == NULL)
    return;
  update_titles (self);
  refresh_guide (self);
  fs_preview_view_set_document (self->preview_view, self->document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMIZE]);
}

void
fs_document_view_show_page (FsDocumentView *self,
                            const char     *name)
{
  g_return_if_fail (FS_IS_DOCUMENT_VIEW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
fs_document_view_get_page (FsDocumentView *self)
{
  g_return_val_if_fail (FS_IS_DOCUMENT_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
fs_document_view_set_page_setup (FsDocumentView    *self,
                                 const FsPageSetup *setup)
{
  g_return_if_fail (FS_IS_DOCUMENT_VIEW (self));

  fs_preview_view_set_page_setup (self->preview_view, setup);
}
