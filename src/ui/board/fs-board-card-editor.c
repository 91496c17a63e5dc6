/* fs-board-card-editor.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-card-editor.h"
#include "fs-guide-fields.h"
#include "fs-happened.h"

/* The fields of a card, in a popover beside it, made of the rows the Guide
 * edits them with: a change here is the same change there. */

static const struct { guint field; const char *label; } risk_fields[] = {
  { FS_RISK_TITLE, N_("What happens") },
  { FS_RISK_PROBABILITY, N_("Probability") },
  { FS_RISK_IMPACT, N_("Impact") },
  { FS_RISK_OWNER, N_("Owner") },
  { FS_RISK_SYMPTOMS, N_("Symptoms: how we will know") },
  { FS_RISK_USER_EFFECTS, N_("Effect on users") },
  { FS_RISK_DATA_AFFECTED, N_("Data is affected") },
  { FS_RISK_ACTIONS, N_("Actions that avoid or fix it") },
  { FS_RISK_FIX_WITHOUT_DEPLOY, N_("Can be fixed without a deployment") },
  { FS_RISK_CLEANUP, N_("Cleanup afterwards") },
};

static const struct { guint field; const char *label; } cause_fields[] = {
  { FS_CAUSE_TEXT, N_("Cause") },
};

/* The incidents that proved the risk right, each a way to its post-mortem. */
static void
add_happened (GtkWidget *group,
              GPtrArray *happened)
{
  GtkWidget *row;

  if (happened == NULL || happened->len == 0)
    return;
  row = adw_action_row_new ();
  gtk_widget_set_name (row, "happened-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 ngettext ("An incident proved this risk right",
                                           "Incidents proved this risk right", happened->len));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), fs_happened_button_new (happened));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* HAPPENED holds the links (FsLinkEntry) of the incidents that proved a
 * risk right; NULL or empty for none. */
GtkWidget *
fs_board_card_editor_new (FsRecord  *record,
                          GPtrArray *happened)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *group = adw_preferences_group_new ();

  g_return_val_if_fail (FS_IS_RISK (record) || FS_IS_CAUSE (record), NULL);

  add_happened (group, happened);
  if (FS_IS_RISK (record))
    for (guint i = 0; i < G_N_ELEMENTS (risk_fields); i++)
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 fs_guide_field_new (record, risk_fields[i].field,
                                                     _(risk_fields[i].label)));
  else
    for (guint i = 0; i < G_N_ELEMENTS (cause_fields); i++)
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 fs_guide_field_new (record, cause_fields[i].field,
                                                     _(cause_fields[i].label)));
  gtk_widget_set_margin_top (group, 6);
  gtk_widget_set_margin_bottom (group, 6);
  gtk_widget_set_margin_start (group, 6);
  gtk_widget_set_margin_end (group, 6);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 520);
  gtk_widget_set_size_request (scroller, 380, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), group);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_widget_add_css_class (popover, "card-editor");
  return popover;
}
