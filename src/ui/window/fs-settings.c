/* fs-settings.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fs-settings.h"

/* The application's settings as properties, so that widgets bind to them
 * with g_object_bind_property() and never see GSettings keys. */
struct _FsSettings
{
  GObject    parent_instance;

  GSettings *settings;
  int        window_width;
  int        window_height;
  gboolean   window_maximized;
  char      *last_document;
  char      *paper_size;
  double     page_margin;
  double     workshop_text_scale;
  gboolean   workshop_bell;
  char      *workshop_monitor;
};

G_DEFINE_FINAL_TYPE (FsSettings, fs_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WINDOW_WIDTH,
  PROP_WINDOW_HEIGHT,
  PROP_WINDOW_MAXIMIZED,
  PROP_LAST_DOCUMENT,
  PROP_PAPER_SIZE,
  PROP_PAGE_MARGIN,
  PROP_WORKSHOP_TEXT_SCALE,
  PROP_WORKSHOP_BELL,
  PROP_WORKSHOP_MONITOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fs_settings_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FsSettings *self = FS_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_WINDOW_WIDTH:
      g_value_set_int (value, self->window_width);
      break;
    case PROP_WINDOW_HEIGHT:
      g_value_set_int (value, self->window_height);
      break;
    case PROP_WINDOW_MAXIMIZED:
      g_value_set_boolean (value, self->window_maximized);
      break;
    case PROP_LAST_DOCUMENT:
      g_value_set_string (value, self->last_document);
      break;
    case PROP_PAPER_SIZE:
      g_value_set_string (value, self->paper_size);
      break;
    case PROP_PAGE_MARGIN:
      g_value_set_double (value, self->page_margin);
      break;
    case PROP_WORKSHOP_TEXT_SCALE:
      g_value_set_double (value, self->workshop_text_scale);
      break;
    case PROP_WORKSHOP_BELL:
      g_value_set_boolean (value, self->workshop_bell);
      break;
    case PROP_WORKSHOP_MONITOR:
      g_value_set_string (value, self->workshop_monitor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fs_settings_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FsSettings *self = FS_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_WINDOW_WIDTH:
      self->window_width = g_value_get_int (value);
      break;
    case PROP_WINDOW_HEIGHT:
      self->window_height = g_value_get_int (value);
      break;
    case PROP_WINDOW_MAXIMIZED:
      self->window_maximized = g_value_get_boolean (value);
      break;
    case PROP_LAST_DOCUMENT:
      g_free (self->last_document);
      self->last_document = g_value_dup_string (value);
      break;
    case PROP_PAPER_SIZE:
      g_free (self->paper_size);
      self->paper_size = g_value_dup_string (value);
      break;
    case PROP_PAGE_MARGIN:
      self->page_margin = g_value_get_double (value);
      break;
    case PROP_WORKSHOP_TEXT_SCALE:
      self->workshop_text_scale = g_value_get_double (value);
      break;
    case PROP_WORKSHOP_BELL:
      self->workshop_bell = g_value_get_boolean (value);
      break;
    case PROP_WORKSHOP_MONITOR:
      g_free (self->workshop_monitor);
      self->workshop_monitor = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fs_settings_finalize (GObject *object)
{
  FsSettings *self = FS_SETTINGS (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_document, g_free);
  g_clear_pointer (&self->paper_size, g_free);
  g_clear_pointer (&self->workshop_monitor, g_free);

  G_OBJECT_CLASS (fs_settings_parent_class)->finalize (object);
}

static void
fs_settings_class_init (FsSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fs_settings_finalize;
  object_class->get_property = fs_settings_get_property;
  object_class->set_property = fs_settings_set_property;

  properties[PROP_WINDOW_WIDTH] =
    g_param_spec_int ("window-width", NULL, NULL, 0, G_MAXINT, 960, flags);
  properties[PROP_WINDOW_HEIGHT] =
    g_param_spec_int ("window-height", NULL, NULL, 0, G_MAXINT, 680, flags);
  properties[PROP_WINDOW_MAXIMIZED] =
    g_param_spec_boolean ("window-maximized", NULL, NULL, FALSE, flags);
  properties[PROP_LAST_DOCUMENT] =
    g_param_spec_string ("last-document", NULL, NULL, "", flags);
  properties[PROP_PAPER_SIZE] =
    g_param_spec_string ("paper-size", NULL, NULL, "auto", flags);
  properties[PROP_PAGE_MARGIN] =
    g_param_spec_double ("page-margin", NULL, NULL, 10, 40, 18, flags);
  properties[PROP_WORKSHOP_TEXT_SCALE] =
    g_param_spec_double ("workshop-text-scale", NULL, NULL,
                         FS_WORKSHOP_TEXT_SCALE_MIN, FS_WORKSHOP_TEXT_SCALE_MAX, 1.5, flags);
  properties[PROP_WORKSHOP_BELL] =
    g_param_spec_boolean ("workshop-bell", NULL, NULL, TRUE, flags);
  properties[PROP_WORKSHOP_MONITOR] =
    g_param_spec_string ("workshop-monitor", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fs_settings_init (FsSettings *self)
{
  static const char *keys[] = { "window-width", "window-height", "window-maximized",
                                "last-document", "paper-size", "page-margin",
                                "workshop-text-scale", "workshop-bell", "workshop-monitor" };

  self->settings = g_settings_new (APP_ID);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_bind (self->settings, keys[i], self, keys[i], G_SETTINGS_BIND_DEFAULT);
}

FsSettings *
fs_settings_new (void)
{
  return g_object_new (FS_TYPE_SETTINGS, NULL);
}

const char *
fs_settings_get_last_document (FsSettings *self)
{
  g_return_val_if_fail (FS_IS_SETTINGS (self), NULL);

  return self->last_document;
}

void
fs_settings_set_last_document (FsSettings *self,
                               const char *id)
{
  g_return_if_fail (FS_IS_SETTINGS (self));

  g_object_set (self, "last-document", id ? id : "", NULL);
}

char *
fs_settings_dup_library_path (FsSettings *self)
{
  g_return_val_if_fail (FS_IS_SETTINGS (self), NULL);

  return g_settings_get_string (self->settings, "library-path");
}

void
fs_settings_set_library_path (FsSettings *self,
                              const char *path)
{
  g_return_if_fail (FS_IS_SETTINGS (self));

  g_settings_set_string (self->settings, "library-path", path ? path : "");
}

void
fs_settings_get_page_setup (FsSettings  *self,
                            FsPageSetup *setup)
{
  g_return_if_fail (FS_IS_SETTINGS (self));

  fs_page_setup_init_from_settings (setup, self->paper_size, self->page_margin);
}
