/* fs-preferences-window.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fs-backups-group.h"
#include "fs-preferences-window.h"

struct _FsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *paper_row;
  GtkSpinButton        *margin_spin;
  GtkSpinButton        *text_scale_spin;
  GtkSwitch            *bell_switch;
  AdwActionRow         *location_row;
  FsBackupsGroup       *backups_group;
};

G_DEFINE_FINAL_TYPE (FsPreferencesWindow, fs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char * const papers[] = { "auto", "a4", "letter" };

static gboolean
paper_to_position (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_strcmp0 (papers[i], g_value_get_string (from)) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  g_value_set_uint (to, 0);
  return TRUE;
}

static gboolean
position_to_paper (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position >= G_N_ELEMENTS (papers))
    return FALSE;
  g_value_set_string (to, papers[position]);
  return TRUE;
}

static gboolean
scale_to_percent (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_double (to, g_value_get_double (from) * 100);
  return TRUE;
}

static gboolean
percent_to_scale (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_double (to, g_value_get_double (from) / 100);
  return TRUE;
}

static void
fs_preferences_window_class_init (FsPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FsPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, FsPreferencesWindow, margin_spin);
  gtk_widget_class_bind_template_child (widget_class, FsPreferencesWindow, text_scale_spin);
  gtk_widget_class_bind_template_child (widget_class, FsPreferencesWindow, bell_switch);
  gtk_widget_class_bind_template_child (widget_class, FsPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, FsPreferencesWindow, backups_group);
}

static void
fs_preferences_window_init (FsPreferencesWindow *self)
{
  g_type_ensure (FS_TYPE_BACKUPS_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fs_preferences_window_new (GtkWindow     *parent,
                           FsApplication *application)
{
  FsPreferencesWindow *self = g_object_new (FS_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent, NULL);
  FsSettings *settings = fs_application_get_settings (application);
  const char *library = fs_application_get_library_path (application);

  adw_action_row_set_subtitle (self->location_row, library ? library : "");
  fs_backups_group_set_application (self->backups_group, application);

  g_object_bind_property_full (settings, "paper-size", self->paper_row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               paper_to_position, position_to_paper, NULL, NULL);
  g_object_bind_property (settings, "page-margin",
                          gtk_spin_button_get_adjustment (self->margin_spin), "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property_full (settings, "workshop-text-scale",
                               gtk_spin_button_get_adjustment (self->text_scale_spin), "value",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               scale_to_percent, percent_to_scale, NULL, NULL);
  g_object_bind_property (settings, "workshop-bell", self->bell_switch, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  return GTK_WIDGET (self);
}
