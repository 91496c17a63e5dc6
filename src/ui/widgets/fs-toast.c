/* fs-toast.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-toast.h"

/* libadwaita 1.2 frees a toast twice when it is dismissed while it still
 * slides in, and crashes later: a toast leaves only once it is fully in. */
#define SHOW_ANIMATION_MS 500

void
fs_toast_add (AdwToastOverlay *overlay,
              AdwToast        *toast)
{
  gint64 *shown_at = g_new (gint64, 1);

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  *shown_at = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (toast), "fs-shown-at", shown_at, g_free);
  adw_toast_overlay_add_toast (overlay, toast);
}

static gboolean
dismiss_later (gpointer data)
{
  adw_toast_dismiss (ADW_TOAST (data));
  return G_SOURCE_REMOVE;
}

void
fs_toast_dismiss_soon (AdwToast *toast)
{
  gint64 *shown_at;
  gint64 shown_ms;

  g_return_if_fail (ADW_IS_TOAST (toast));

  shown_at = g_object_get_data (G_OBJECT (toast), "fs-shown-at");
  shown_ms = shown_at != NULL ? (g_get_monotonic_time () - *shown_at) / 1000 : SHOW_ANIMATION_MS;
  if (shown_ms >= SHOW_ANIMATION_MS)
    adw_toast_dismiss (toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, SHOW_ANIMATION_MS - shown_ms, dismiss_later,
                        g_object_ref (toast), g_object_unref);
}

/* The toast that tells of a removal and offers to take it back with ACTION. */
AdwToast *
fs_toast_new_removed (const char *name,
                      const char *action)
{
  /* A toast's title is markup in libadwaita 1.2. */
  g_autofree char *title = g_markup_printf_escaped (_("“%s” removed"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, action);
  return toast;
}
