/* fs-vote-rules.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-vote-rules.h"

/* The rules of a dot vote, set by the facilitator: how many votes each
 * voter gives, and whether the room votes as the people the document names
 * or as a number of anonymous voters. A document that names no one always
 * votes anonymously. The rules are the workshop's, saved with it. */
struct _FsVoteRules
{
  GtkPopover     parent_instance;

  GtkSpinButton *each_spin;
  GtkSwitch     *anonymous_switch;
  GtkWidget     *anonymous_row;
  GtkSpinButton *voters_spin;
  GtkWidget     *voters_row;

  FsWorkshop    *workshop;
  guint          n_people;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (FsVoteRules, fs_vote_rules, GTK_TYPE_POPOVER)

static gboolean
votes_anonymously (FsVoteRules *self)
{
  return self->n_people == 0 || fs_workshop_get_anonymous_voters (self->workshop) > 0;
}

static void
update (FsVoteRules *self)
{
  guint anonymous;
  g_autofree char *people = NULL;

  if (self->workshop == NULL)
    return;
  self->updating = TRUE;
  anonymous = fs_workshop_get_anonymous_voters (self->workshop);
  gtk_spin_button_set_value (self->each_spin, fs_workshop_get_votes_each (self->workshop));
  gtk_switch_set_active (self->anonymous_switch, votes_anonymously (self));
  gtk_widget_set_sensitive (self->anonymous_row, self->n_people > 0);
  if (self->n_people == 0)
    people = g_strdup (_("The document names no people"));
  else
    people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Instead of the person the document names",
                                           "Instead of the %u people the document names",
                                           self->n_people),
                              self->n_people);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->anonymous_row), people);
  gtk_spin_button_set_value (self->voters_spin, anonymous > 0 ? anonymous : FS_WORKSHOP_ANONYMOUS_DEFAULT);
  gtk_widget_set_sensitive (self->voters_row, votes_anonymously (self));
  self->updating = FALSE;
}

static void
on_each_changed (FsVoteRules *self)
{
  if (!self->updating && self->workshop != NULL)
    fs_workshop_set_votes_each (self->workshop, gtk_spin_button_get_value_as_int (self->each_spin));
}

static void
on_anonymous_switched (FsVoteRules *self)
{
  gboolean on = gtk_switch_get_active (self->anonymous_switch);

  if (self->updating || self->workshop == NULL)
    return;
  fs_workshop_set_anonymous_voters (self->workshop,
                                    on ? gtk_spin_button_get_value_as_int (self->voters_spin) : 0);
}

static void
on_voters_changed (FsVoteRules *self)
{
  if (!self->updating && self->workshop != NULL && votes_anonymously (self))
    fs_workshop_set_anonymous_voters (self->workshop,
                                      gtk_spin_button_get_value_as_int (self->voters_spin));
}

static GtkWidget *
spin_row (const char     *title,
          guint           max,
          GtkSpinButton **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, max, 1));
  gtk_spin_button_set_numeric (*spin, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (*spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  return row;
}

static void
fs_vote_rules_dispose (GObject *object)
{
  fs_vote_rules_set_workshop (FS_VOTE_RULES (object), NULL, 0);

  G_OBJECT_CLASS (fs_vote_rules_parent_class)->dispose (object);
}

static void
fs_vote_rules_class_init (FsVoteRulesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fs_vote_rules_dispose;
}

static void
fs_vote_rules_init (FsVoteRules *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Vote Settings"));
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *hint = gtk_label_new (_("Votes already given stay on the cards."));

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Vote Settings"), -1);

  gtk_list_box_append (GTK_LIST_BOX (list),
                       spin_row (_("Votes Each"), FS_WORKSHOP_VOTES_EACH_MAX, &self->each_spin));

  self->anonymous_row = adw_action_row_new ();
  self->anonymous_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->anonymous_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->anonymous_row), _("Anonymous Voters"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->anonymous_row), GTK_WIDGET (self->anonymous_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->anonymous_row),
                                         GTK_WIDGET (self->anonymous_switch));
  gtk_list_box_append (GTK_LIST_BOX (list), self->anonymous_row);

  self->voters_row = spin_row (_("Number of Voters"), FS_WORKSHOP_ANONYMOUS_MAX, &self->voters_spin);
  gtk_list_box_append (GTK_LIST_BOX (list), self->voters_row);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 36);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect_swapped (self->each_spin, "value-changed", G_CALLBACK (on_each_changed), self);
  g_signal_connect_swapped (self->anonymous_switch, "notify::active",
                            G_CALLBACK (on_anonymous_switched), self);
  g_signal_connect_swapped (self->voters_spin, "value-changed", G_CALLBACK (on_voters_changed), self);
}

GtkWidget *
fs_vote_rules_new (void)
{
  return g_object_new (FS_TYPE_VOTE_RULES, NULL);
}

void
fs_vote_rules_set_workshop (FsVoteRules *self,
                            FsWorkshop  *workshop,
                            guint        n_people)
{
  g_return_if_fail (FS_IS_VOTE_RULES (self));

  self->n_people = n_people;
  if (self->workshop != workshop)
    {
      if (self->workshop != NULL)
        g_signal_handlers_disconnect_by_data (self->workshop, self);
      g_set_object (&self->workshop, workshop);
      if (workshop != NULL)
        g_signal_connect_swapped (workshop, "changed", G_CALLBACK (update), self);
    }
  update (self);
}
