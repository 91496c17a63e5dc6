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
#include "fs-preferences-window.h"
#include "fs-window.h"

struct _FsApplication
{
  AdwApplication  parent_instance;

  FsCommandLine   options;
  FsSettings     *settings;
  FsStore        *store;
  GError         *library_error;
  char           *library_path;
  gboolean        loading;
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

/* The library is the one named on the command line or in the environment,
 * else the one the user started after a damaged one, else the default. */
static char *
fs_application_library_path (FsApplication *self)
{
  g_autofree char *remembered = NULL;
  const char *env = g_getenv ("FORESIGHT_LIBRARY");

  if (self->options.library != NULL)
    return g_strdup (self->options.library);
  if (env == NULL || env[0] == '\0')
    {
      remembered = fs_settings_dup_library_path (self->settings);
      if (remembered != NULL && remembered[0] != '\0')
        return g_steal_pointer (&remembered);
    }
  return fs_store_default_path ();
}

static void
open_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  FsStore *store = fs_store_open (data, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
on_store_opened (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  FsApplication *self = FS_APPLICATION (source);

  self->store = g_task_propagate_pointer (G_TASK (result), &self->library_error);
  self->loading = FALSE;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (FS_IS_WINDOW (l->data))
      fs_window_library_ready (l->data);
}

static void
start_opening (GdkFrameClock *clock,
               FsApplication *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_store_opened, NULL);

  if (clock != NULL)
    g_signal_handlers_disconnect_by_func (clock, start_opening, self);
  g_task_set_task_data (task, g_strdup (self->library_path), g_free);
  g_task_run_in_thread (task, open_in_thread);
}

/* Checking a large library takes a moment: the window appears at once, in
 * its loading state, and the library arrives when it has been checked. The
 * check starts once the window has been drawn, so as not to compete with
 * drawing it on a busy machine. */
static void
fs_application_activate (GApplication *app)
{
  FsApplication *self = FS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gboolean open = self->store == NULL && self->library_error == NULL && !self->loading;
  GdkFrameClock *clock;

  if (open)
    {
      self->loading = TRUE;
      self->library_path = fs_application_library_path (self);
    }
  if (window == NULL)
    window = GTK_WINDOW (fs_window_new (self));
  gtk_window_present (window);
  if (!open)
    return;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (start_opening), self);
  else
    start_opening (NULL, self);
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

  gtk_window_present (GTK_WINDOW (fs_preferences_window_new (parent, self->settings)));
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

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_error (&self->library_error);
  g_clear_pointer (&self->library_path, g_free);
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

/* A library that could not be opened stays where it is, untouched; the new
 * one goes beside it under a free name and is remembered for next time. */
FsStore *
fs_application_start_new_library (FsApplication  *self,
                                  GError        **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  FsStore *store;

  g_return_val_if_fail (FS_IS_APPLICATION (self), NULL);

  dir = g_path_get_dirname (self->library_path ? self->library_path : "library.db");
  for (guint n = 2; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = g_strdup_printf ("library-%u.db", n);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }

  store = fs_store_open (path, error);
  if (store == NULL)
    return NULL;
  g_clear_object (&self->store);
  g_clear_error (&self->library_error);
  self->store = store;
  g_free (self->library_path);
  self->library_path = g_steal_pointer (&path);
  if (self->options.library == NULL)
    fs_settings_set_library_path (self->settings, self->library_path);
  return store;
}
