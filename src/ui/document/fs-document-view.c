/* fs-document-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-view.h"
#include "fs-workshop-bar.h"
#include "fs-document-view.h"
#include "fs-guide.h"
#include "fs-method.h"
#include "fs-menu-button.h"
#include "fs-preview-view.h"
#include "fs-record-text.h"

struct _FsDocumentView
{
  GtkWidget             parent_instance;

  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  FsWorkshopBar        *workshop_bar;
  AdwViewStack         *view_stack;
  GtkText              *title_text;
  GtkStack             *title_stack;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  FsGuide              *guide;
  FsBoardView          *board_view;
  FsPreviewView        *preview_view;
  GtkMenuButton        *menu_button;
  GMenuModel           *document_menu;

  FsDocument           *document;
  FsEditHistory        *history;
  gboolean              folded;
  gboolean              showing_title;
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
show_title (FsDocumentView *self,
            gboolean        over_typing)
{
  const char *title = fs_document_get_title (self->document);

  gtk_label_set_text (self->title_label, title);
  /* A title being typed, blank for a moment perhaps, is left as it is. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_text)), title) == 0 ||
      (!over_typing && gtk_widget_has_focus (GTK_WIDGET (self->title_text))))
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
    show_title (self, TRUE);
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
                              fs_choice_label (fs_record_get_text (record, FS_DOCUMENT_STATUS)));
  adw_view_switcher_title_set_title (self->switcher_title, fs_document_get_title (self->document));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  show_title (self, FALSE);
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
  g_clear_object (&self->switcher_title);
  g_clear_object (&self->workshop_bar);
  g_clear_object (&self->document);
  g_clear_object (&self->history);

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

  g_type_ensure (FS_TYPE_BOARD_VIEW);
  g_type_ensure (FS_TYPE_GUIDE);
  g_type_ensure (FS_TYPE_PREVIEW_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-document-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, title_text);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, guide);
  gtk_widget_class_bind_template_child (widget_class, FsDocumentView, board_view);
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

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The title gives way to the workshop's bar, and comes back after it. */
  g_object_ref (self->switcher_title);
  fs_menu_button_set_menu_model_lazily (self->menu_button, self->document_menu);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_title_focus_left), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_text), focus);
}

/* A workshop on the open document: the Board alone, the timer in the
 * header; NULL goes back to the three pages. */
void
fs_document_view_set_workshop (FsDocumentView *self,
                               FsWorkshop     *workshop)
{
  g_return_if_fail (FS_IS_DOCUMENT_VIEW (self));

  if (workshop != NULL && self->workshop_bar == NULL)
    self->workshop_bar = g_object_ref_sink (FS_WORKSHOP_BAR (fs_workshop_bar_new ()));
  if (self->workshop_bar != NULL)
    fs_workshop_bar_set_workshop (self->workshop_bar, workshop);
  adw_header_bar_set_title_widget (self->header_bar, workshop != NULL
                                                     ? GTK_WIDGET (self->workshop_bar)
                                                     : GTK_WIDGET (self->switcher_title));
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), workshop == NULL);
  if (workshop != NULL)
    fs_document_view_show_page (self, "board");
  fs_board_view_set_workshop (self->board_view, workshop);
  if (workshop != NULL)
    fs_board_view_focus_capture (self->board_view);
}

/* The workshop's header bar, once a workshop was begun; NULL before. */
FsWorkshopBar *
fs_document_view_get_workshop_bar (FsDocumentView *self)
{
  g_return_val_if_fail (FS_IS_DOCUMENT_VIEW (self), NULL);

  return self->workshop_bar;
}

FsBoardView *
fs_document_view_get_board (FsDocumentView *self)
{
  g_return_val_if_fail (FS_IS_DOCUMENT_VIEW (self), NULL);

  return self->board_view;
}

FsDocument *
fs_document_view_get_document (FsDocumentView *self)
{
  g_return_val_if_fail (FS_IS_DOCUMENT_VIEW (self), NULL);

  return self->document;
}

static void
on_chain_changed (FsDocumentView *self)
{
  fs_preview_view_set_document (self->preview_view, self->document);
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
      return;
    }
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_chain_changed, self);
  g_set_object (&self->document, document);
  /* What the exports say of the linked documents changes with the chain. */
  if (document != NULL)
    g_signal_connect_object (document, "chain-changed", G_CALLBACK (on_chain_changed), self,
                             G_CONNECT_SWAPPED);
  /* One history a document: what the Guide and the Board do undoes alike. */
  g_clear_object (&self->history);
  if (document != NULL)
    self->history = fs_edit_history_new ();
  update_titles (self);
  fs_guide_set_document (self->guide, document, self->history);
  fs_board_view_set_document (self->board_view, document, self->history);
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

/* The Guide at the step with this id, e.g. "risks". */
void
fs_document_view_show_guide_step (FsDocumentView *self,
                                  const char     *step_id)
{
  int index;

  g_return_if_fail (FS_IS_DOCUMENT_VIEW (self));

  if (self->document == NULL)
    return;
  index = fs_method_find_step (fs_document_get_kind (self->document), step_id);
  if (index >= 0)
    fs_guide_show_step (self->guide, index);
  fs_document_view_show_page (self, "guide");
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
