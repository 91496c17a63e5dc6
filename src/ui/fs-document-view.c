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
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkBox               *guide_box;
  GtkBox               *board_box;
  FsPreviewView        *preview_view;
  GtkMenuButton        *menu_button;
  GMenuModel           *document_menu;

  FsDocument           *document;
  gboolean              folded;
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

static GtkWidget *
make_part_row (const FsMethodPart *part,
               FsDocument       *document)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *value = fs_record_text_describe_part (document, part->field, part->list);
  gboolean answered = fs_method_part_is_answered (part, document);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(part->label));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), answered ? value : _("Not answered yet"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (!answered)
    gtk_widget_add_css_class (row, "unanswered");
  return row;
}

static void
build_guide (FsDocumentView *self)
{
  const FsMethodStep *steps;
  guint n_steps;

  clear_box (self->guide_box);
  if (self->document == NULL)
    return;

  steps = fs_method_get_steps (fs_document_get_kind (self->document), &n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      guint answered = fs_method_count_answered (&steps[i], self->document);
      /* A group's title and description are markup. */
      g_autofree char *title = g_markup_printf_escaped ("%u. %s", i + 1, _(steps[i].title));
      g_autofree char *progress = g_markup_printf_escaped (_("%u of %u answered — %s"), answered,
                                                           steps[i].n_parts,
                                                           _(steps[i].questions));

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), progress);
      for (guint j = 0; j < steps[i].n_parts; j++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   make_part_row (&steps[i].parts[j], self->document));
      gtk_box_append (self->guide_box, group);
    }
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
  gtk_label_set_text (self->title_label, fs_document_get_title (self->document));
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
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, title_label);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, guide_box);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, board_box);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, preview_view);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, document_menu);

  gtk_widget_class_install_property_action (widget_class, "document.status", "status");
  gtk_widget_class_install_property_action (widget_class, "document.anonymize", "anonymize");
  gtk_widget_class_install_action (widget_class, "document.show-page", "s", show_page_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_document_view_init (FsDocumentView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fs_menu_button_set_menu_model_lazily (self->menu_button, self->document_menu);
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

  g_set_object (&self->document, document);
  update_titles (self);
  build_guide (self);
  fs_board_summary_fill (self->board_box, document);
  fs_preview_view_set_document (self->preview_view, document);
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
