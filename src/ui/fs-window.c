/* fs-window.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-window.h"

struct _FsWindow
{
  AdwApplicationWindow  parent_instance;

  AdwStatusPage        *status_page;
};

G_DEFINE_FINAL_TYPE (FsWindow, fs_window, ADW_TYPE_APPLICATION_WINDOW)

static void
fs_window_show_library (FsWindow      *self,
                        FsApplication *application)
{
  FsStore *store = fs_application_get_store (application);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  guint count;

  if (store == NULL)
    {
      adw_status_page_set_title (self->status_page, _("The Library Could Not Be Opened"));
      adw_status_page_set_description (self->status_page,
                                       fs_application_get_library_error (application));
      return;
    }

  count = fs_store_count (store, &error);
  if (error != NULL)
    {
      adw_status_page_set_title (self->status_page, _("The Library Could Not Be Read"));
      adw_status_page_set_description (self->status_page, error->message);
      return;
    }
  if (count == 0)
    {
      adw_status_page_set_title (self->status_page, _("Your Library Is Empty"));
      adw_status_page_set_description (self->status_page,
                                       _("Import pre-mortems and post-mortems with "
                                         "“foresight --import FILE.json”."));
      return;
    }
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents",
                                              count),
                                 count);
  adw_status_page_set_title (self->status_page, _("Your Library"));
  adw_status_page_set_description (self->status_page, description);
}

static void
fs_window_class_init (FsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FsWindow, status_page);
}

static void
fs_window_init (FsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FsWindow *
fs_window_new (FsApplication *application)
{
  FsWindow *self = g_object_new (FS_TYPE_WINDOW, "application", application, NULL);

  fs_window_show_library (self, application);
  return self;
}
