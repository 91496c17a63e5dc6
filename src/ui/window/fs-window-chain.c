/* fs-window-chain.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-chain.h"
#include "fs-premortem-chooser.h"
#include "fs-window-private.h"

/* The open document's chain — a post-mortem's pre-mortem, a pre-mortem's
 * incidents — read from the library when it opens and again after others
 * changed the library; and the actions that link and unlink. The window's
 * own saves change nothing the open document's chain shows. */

void
fs_window_load_chain (FsWindow *self)
{
  g_autoptr(FsChain) chain = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->chain_load_id, g_source_remove);
  if (self->document == NULL || self->store == NULL)
    return;
  chain = fs_store_load_chain (self->store, self->document, &error);
  if (chain == NULL)
    {
      g_message ("The linked documents could not be read: %s", error->message);
      return;
    }
  /* Read again after every change of the library: shown again only when it
   * says something new, so that the boxes being ticked keep the focus. */
  if (!fs_chain_same (chain, fs_document_get_chain (self->document)))
    fs_document_set_chain (self->document, chain);
}

static gboolean
load_chain_later (gpointer data)
{
  FsWindow *self = data;

  self->chain_load_id = 0;
  fs_window_load_chain (self);
  return G_SOURCE_REMOVE;
}

void
fs_window_queue_chain_load (FsWindow *self)
{
  if (self->saving || self->document == NULL || self->chain_load_id != 0)
    return;
  self->chain_load_id = g_idle_add (load_chain_later, self);
}

static FsDocument *
open_postmortem (FsWindow *self)
{
  if (self->document == NULL || self->store == NULL ||
      fs_document_get_kind (self->document) != FS_DOCUMENT_KIND_POSTMORTEM)
    return NULL;
  return self->document;
}

/* Linked, and shown, at once: the library's counts follow with the save. */
static void
link_and_show (FsWindow   *self,
               const char *premortem_id)
{
  FsDocument *postmortem = open_postmortem (self);

  if (postmortem == NULL)
    return;
  fs_document_link_premortem (postmortem, premortem_id);
  fs_window_load_chain (self);
  fs_window_save_pending (self);
}

static void
on_chosen (FsWindow   *self,
           const char *premortem_id)
{
  g_clear_pointer (&self->unlinked, fs_window_link_free);
  link_and_show (self, premortem_id);
}

static void
link_premortem (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  FsDocument *postmortem = open_postmortem (self);
  GtkWidget *chooser;

  if (postmortem == NULL)
    return;
  chooser = fs_premortem_chooser_new (GTK_WINDOW (self), self->store,
                                      fs_document_get_premortem_id (postmortem));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_chosen), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

struct _FsWindowLink
{
  char     *premortem_id;
  GStrv     anticipated;
  gboolean  asked;
};

void
fs_window_link_free (FsWindowLink *link)
{
  g_free (link->premortem_id);
  g_strfreev (link->anticipated);
  g_free (link);
}

/* Unlinking forgets which risks were ticked: the toast can bring them back. */
static void
unlink_premortem (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  FsDocument *postmortem = open_postmortem (self);
  FsRecord *record = FS_RECORD (postmortem);
  FsWindowLink *link;
  AdwToast *toast;

  if (postmortem == NULL || fs_document_get_premortem_id (postmortem)[0] == '\0')
    return;
  link = g_new0 (FsWindowLink, 1);
  link->premortem_id = g_strdup (fs_document_get_premortem_id (postmortem));
  link->anticipated = g_strdupv ((GStrv) fs_record_get_list (record, FS_DOCUMENT_ANTICIPATED));
  link->asked = fs_document_anticipated_asked (postmortem);
  g_clear_pointer (&self->unlinked, fs_window_link_free);
  self->unlinked = link;
  link_and_show (self, NULL);

  toast = adw_toast_new (_("Pre-mortem unlinked"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-unlink-premortem");
  fs_window_show_toast (self, toast);
}

static void
undo_unlink_premortem (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  FsDocument *postmortem = open_postmortem (self);
  FsWindowLink *link = self->unlinked;

  if (postmortem == NULL || link == NULL ||
      fs_document_get_premortem_id (postmortem)[0] != '\0')
    return;
  self->unlinked = NULL;
  fs_document_link_premortem (postmortem, link->premortem_id);
  fs_record_set_list (FS_RECORD (postmortem), FS_DOCUMENT_ANTICIPATED,
                      (const char * const *) link->anticipated);
  fs_record_set_boolean (FS_RECORD (postmortem), FS_DOCUMENT_ANTICIPATED_ASKED, link->asked);
  fs_window_link_free (link);
  fs_window_load_chain (self);
  fs_window_save_pending (self);
}

void
fs_window_class_add_chain_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.link-premortem", NULL, link_premortem);
  gtk_widget_class_install_action (widget_class, "win.unlink-premortem", NULL, unlink_premortem);
  gtk_widget_class_install_action (widget_class, "win.undo-unlink-premortem", NULL,
                                   undo_unlink_premortem);
}
