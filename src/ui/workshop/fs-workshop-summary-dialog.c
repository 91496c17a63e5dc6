/* fs-workshop-summary-dialog.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-items.h"
#include "fs-voting.h"
#include "fs-workshop-summary-dialog.h"
#include "fs-workshop-summary.h"

/* The end of a workshop: what the room produced, what it ranked highest,
 * and what still needs an owner, with the way back to the Guide's step
 * where the work goes on. "Continue in the Guide" emits "continue" and
 * closes; the window shows the step. */
struct _FsWorkshopSummaryDialog
{
  AdwWindow   parent_instance;

  FsDocument *document;
};

G_DEFINE_FINAL_TYPE (FsWorkshopSummaryDialog, fs_workshop_summary_dialog, ADW_TYPE_WINDOW)

enum {
  CONTINUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_premortem (FsWorkshopSummaryDialog *self)
{
  return fs_document_get_kind (self->document) == FS_DOCUMENT_KIND_PREMORTEM;
}

static const char *
title_of (FsRecord *record)
{
  if (FS_IS_RISK (record))
    return fs_record_get_text (record, FS_RISK_TITLE);
  if (FS_IS_CAUSE (record))
    return fs_record_get_text (record, FS_CAUSE_TEXT);
  return fs_record_get_text (record, FS_ACTION_ITEM_TEXT);
}

static GtkWidget *
row_new (const char *title,
         const char *figure)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] != '\0' ? title : _("Untitled"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (figure != NULL)
    {
      GtkWidget *label = gtk_label_new (figure);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  return row;
}

static GtkWidget *
empty_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static GtkWidget *
group_new (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

static char *
count (const char *one,
       const char *many,
       guint       n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, one, many, n), n);
}

static GtkWidget *
votes_group (FsWorkshopSummary *summary)
{
  GtkWidget *group = group_new (_("Most Votes"));

  for (guint i = 0; i < summary->by_votes->len; i++)
    {
      FsRecord *card = g_ptr_array_index (summary->by_votes, i);
      guint votes = fs_voting_count (card);
      g_autofree char *figure = count (N_("%u vote"), N_("%u votes"), votes);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row_new (title_of (card), figure));
    }
  if (summary->by_votes->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), empty_row (_("No votes were given")));
  return group;
}

static GtkWidget *
score_group (FsWorkshopSummary *summary)
{
  GtkWidget *group = group_new (_("Highest Scores"));

  for (guint i = 0; i < summary->by_score->len; i++)
    {
      FsRisk *risk = g_ptr_array_index (summary->by_score, i);
      g_autofree char *figure = g_strdup_printf ("%g", fs_risk_get_score (risk));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row_new (title_of (FS_RECORD (risk)), figure));
    }
  if (summary->by_score->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), empty_row (_("No risk is rated yet")));
  return group;
}

static GtkWidget *
owner_group (FsWorkshopSummaryDialog *self,
             FsWorkshopSummary       *summary)
{
  GtkWidget *group = group_new (_("No Owner Yet"));

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         is_premortem (self)
                                         ? _("Risks nobody has taken on")
                                         : _("Action items nobody has taken on"));
  for (guint i = 0; i < summary->no_owner->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               row_new (title_of (g_ptr_array_index (summary->no_owner, i)), NULL));
  if (summary->no_owner->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               empty_row (is_premortem (self) ? _("Every risk has an owner")
                                                              : _("Every action item has an owner")));
  return group;
}

/* "30 risks · 6 clusters · 18 votes · 6 voters": each fact a phrase of
 * its own, so that each number agrees with its word. */
static char *
counts_text (FsWorkshopSummaryDialog *self,
             FsWorkshopSummary       *summary)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  char *text;

  if (is_premortem (self))
    {
      g_ptr_array_add (facts, count (N_("%u risk"), N_("%u risks"), summary->n_cards));
      g_ptr_array_add (facts, count (N_("%u cluster"), N_("%u clusters"), summary->n_clusters));
    }
  else
    g_ptr_array_add (facts, count (N_("%u cause"), N_("%u causes"), summary->n_cards));
  g_ptr_array_add (facts, count (N_("%u vote"), N_("%u votes"), summary->n_votes));
  if (summary->n_voters > 0)
    g_ptr_array_add (facts, count (N_("%u voter"), N_("%u voters"), summary->n_voters));
  text = g_strdup (g_ptr_array_index (facts, 0));
  for (guint i = 1; i < facts->len; i++)
    {
      /* Translators: a list of a workshop's counts, e.g. "30 risks · 6 clusters" */
      char *longer = g_strdup_printf (_("%s · %s"), text, (char *) g_ptr_array_index (facts, i));

      g_free (text);
      text = longer;
    }
  return text;
}

static void
on_continue (FsWorkshopSummaryDialog *self)
{
  g_signal_emit (self, signals[CONTINUE], 0, fs_workshop_summary_dialog_get_next_step (self));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
build (FsWorkshopSummaryDialog *self)
{
  g_autoptr(FsWorkshopSummary) summary = fs_workshop_summary_new (self->document);
  g_autofree char *counts = counts_text (self, summary);
  GtkWidget *view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *top = adw_preferences_group_new ();
  GtkWidget *heading = gtk_label_new (_("Workshop Done"));
  GtkWidget *counts_label = gtk_label_new (counts);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Continue in the Guide"));
  GtkWidget *top_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Workshop Summary"), NULL));
  gtk_box_append (GTK_BOX (view), header);
  gtk_widget_add_css_class (heading, "title-1");
  gtk_label_set_wrap (GTK_LABEL (counts_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (counts_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (counts_label, "dim-label");
  gtk_widget_add_css_class (counts_label, "numeric");
  gtk_box_append (GTK_BOX (top_box), heading);
  gtk_box_append (GTK_BOX (top_box), counts_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (top), top_box);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (top));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (votes_group (summary)));
  if (is_premortem (self))
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (score_group (summary)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (owner_group (self, summary)));

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_tooltip_text (button, is_premortem (self)
                                       ? _("Give the risks owners and actions in What Can Go Wrong")
                                       : _("Write the action items in How"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_continue), self);
  /* Below the lists, always in sight however long they are. */
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_set_margin_bottom (button, 18);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (view), page);
  gtk_box_append (GTK_BOX (view), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (view), button);
  adw_window_set_content (ADW_WINDOW (self), view);
  gtk_window_set_default_widget (GTK_WINDOW (self), button);
  gtk_window_set_focus (GTK_WINDOW (self), button);
}

static void
fs_workshop_summary_dialog_dispose (GObject *object)
{
  FsWorkshopSummaryDialog *self = FS_WORKSHOP_SUMMARY_DIALOG (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (fs_workshop_summary_dialog_parent_class)->dispose (object);
}

static void
fs_workshop_summary_dialog_class_init (FsWorkshopSummaryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_workshop_summary_dialog_dispose;
  signals[CONTINUE] = g_signal_new ("continue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fs_workshop_summary_dialog_init (FsWorkshopSummaryDialog *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 640);
  gtk_window_set_title (GTK_WINDOW (self), _("Workshop Summary"));
}

GtkWidget *
fs_workshop_summary_dialog_new (GtkWindow  *parent,
                                FsDocument *document)
{
  FsWorkshopSummaryDialog *self;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  self = g_object_new (FS_TYPE_WORKSHOP_SUMMARY_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  build (self);
  return GTK_WIDGET (self);
}

/* The id of the Guide's step where the work of the workshop goes on:
 * owners and actions for the risks, or the action items. */
const char *
fs_workshop_summary_dialog_get_next_step (FsWorkshopSummaryDialog *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP_SUMMARY_DIALOG (self), NULL);

  return is_premortem (self) ? "risks" : "how";
}
