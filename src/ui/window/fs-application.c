/* fs-application.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fs-application-private.h"
#include "fs-preferences-window.h"
#include "fs-window.h"

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
fs_application_activate (GApplication *app)
{
  FsApplication *self = FS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gboolean open = self->store == NULL && self->library_error == NULL && !self->loading;

  /* A window made now starts in its loading state. */
  if (open)
    self->loading = TRUE;
  if (window == NULL)
    window = GTK_WINDOW (fs_window_new (self));
  gtk_window_present (window);
  if (open)
    fs_application_open_library (self, window);
}

static void
fs_application_quit (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
fs_application_about (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Foresight authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Foresight"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Foresight authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Pre-mortems and blameless post-mortems, "
                                       "drafted, run and printed offline"),
                         "website", "https://github.com/foresight-app/foresight",
                         "issue-url", "https://github.com/foresight-app/foresight/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Foresight authors",
                         "developers", developers,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
fs_application_help (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  gtk_show_uri (gtk_application_get_active_window (app), "help:" APP_ID, GDK_CURRENT_TIME);
}

static void
fs_application_preferences (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  FsApplication *self = FS_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (fs_preferences_window_new (parent, self)));
}

static const GActionEntry app_actions[] = {
  { "preferences", fs_application_preferences },
  { "quit", fs_application_quit },
  { "about", fs_application_about },
  { "help", fs_application_help },
};

/* What GtkApplication and AdwApplication would load from the resource base
 * path, less the shortcuts window: they would build one with every new
 * window, before its first frame. FsWindow builds it when it is asked for. */
static void
fs_application_load_resources (GApplication *app)
{
  static const char *overlay_accels[] = { "<Control>question", NULL };
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         overlay_accels);
  if (display == NULL)
    return;
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    RESOURCE_BASE "/icons");
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
fs_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  /* Named for a moment, the application's icon keeps GTK from reading the
   * icon theme before our icons are in it (and so reading it twice). The
   * window names it for good once it has drawn: on X11, realizing a window
   * with an icon renders that icon first. */
  gtk_window_set_default_icon_name (APP_ID);
  g_application_set_resource_base_path (app, NULL);
  G_APPLICATION_CLASS (fs_application_parent_class)->startup (app);
  g_application_set_resource_base_path (app, RESOURCE_BASE);
  gtk_window_set_default_icon_name (NULL);
  fs_application_load_resources (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);

  FS_APPLICATION (app)->settings = fs_settings_new ();
}

static void
fs_application_finalize (GObject *object)
{
  FsApplication *self = FS_APPLICATION (object);

  fs_application_clear_library (self);
  g_clear_object (&self->settings);
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

FsSettings *
fs_application_get_settings (FsApplication *self)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  return self->settings;
}

gboolean
fs_application_is_loading (FsApplication *self)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), FALSE);

  return self->loading;
}

const GError *
fs_application_get_library_error (FsApplication *self)
{
  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  return self->library_error;
}
