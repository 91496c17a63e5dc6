/* fs-application.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fs-application.h"
#include "fs-command-line.h"
#include "fs-window.h"

struct _FsApplication
{
  AdwApplication  parent_instance;

  FsCommandLine   options;
  FsStore        *store;
  char           *library_error;
};

G_DEFINE_FINAL_TYPE (FsApplication, fs_application, ADW_TYPE_APPLICATION)

static void
fs_application_add_options (FsApplication *self)
{
  const GOptionEntry entries[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &self->options.library,
      N_("Use the library at PATH instead of the default one"), N_("PATH") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &self->options.list,
      N_("List the documents of the library"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &self->options.json,
      N_("With --list, print JSON instead of tab-separated lines"), NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &self->options.import,
      N_("Import the documents of a Foresight JSON file"), N_("FILE") },
    { "export", 0, 0, G_OPTION_ARG_STRING, &self->options.export_id,
      N_("Export the document with this id"), N_("ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &self->options.format,
      N_("Export format: md, pdf, json or runbook"), N_("FORMAT") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &self->options.output,
      N_("File to export to"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &self->options.version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

static int
fs_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  FsApplication *self = FS_APPLICATION (app);

  if (self->options.version)
    {
      g_print ("foresight %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (fs_command_line_is_batch (&self->options))
    return fs_command_line_run (&self->options);

  /* Another library than the default one is a window of its own. */
  if (self->options.library != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  return -1;
}

static void
fs_application_open_store (FsApplication *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL || self->library_error != NULL)
    return;

  path = self->options.library ? g_strdup (self->options.library) : fs_store_default_path ();
  self->store = fs_store_open (path, &error);
  if (self->store == NULL)
    self->library_error = g_strdup (error->message);
}

static void
fs_application_activate (GApplication *app)
{
  FsApplication *self = FS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  fs_application_open_store (self);
  if (window == NULL)
    window = GTK_WINDOW (fs_window_new (self));
  gtk_window_present (window);
}

static void
fs_application_quit (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", fs_application_quit },
};

static void
fs_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (fs_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
fs_application_finalize (GObject *object)
{
  FsApplication *self = FS_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->library_error, g_free);
  fs_command_line_clear (&self->options);

  G_OBJECT_CLASS (fs_application_parent_class)->finalize (object);
}

static void
fs_application_class_init (FsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fs_application_finalize;
  app_class->handle_local_options = fs_application_handle_local_options;
  app_class->startup = fs_application_startup;
  app_class->activate = fs_application_activate;
}

static void
fs_application_init (FsApplication *self)
{
  fs_application_add_options (self);
}

FsApplication *
fs_application_new (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return g_object_new (FS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

FsStore *
fs_application_get_store (FsApplication *self)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  return self->store;
}

const char *
fs_application_get_library_error (FsApplication *self)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  return self->library_error;
}
