/* fs-workshop-style.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fs-workshop-style.h"

#define PROVIDER_KEY "fs-workshop-style"

/* The type of workshop mode, as large as the facilitator set it. Entries
 * grow less than cards: a capture bar at twice the size would crowd the
 * board it is there to fill. Whole percents, so that no locale's decimal
 * comma reaches the CSS parser. */
char *
fs_workshop_style_css (double text_scale)
{
  int cards = (int) (text_scale * 100 + 0.5);
  int entries = (int) ((1 + (text_scale - 1) * 0.6) * 100 + 0.5);

  return g_strdup_printf (".workshop boardcard { font-size: %d%%; }\n"
                          ".workshop boardcolumn .heading { font-size: %d%%; }\n"
                          ".workshop entry { font-size: %d%%; }\n",
                          cards, cards, entries);
}

void
fs_workshop_style_apply (GdkDisplay *display,
                         double      text_scale)
{
  GtkCssProvider *provider = g_object_get_data (G_OBJECT (display), PROVIDER_KEY);
  g_autofree char *css = fs_workshop_style_css (text_scale);

  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_set_data_full (G_OBJECT (display), PROVIDER_KEY, provider, g_object_unref);
    }
  gtk_css_provider_load_from_data (provider, css, -1);
}
