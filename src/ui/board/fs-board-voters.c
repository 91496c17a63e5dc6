/* fs-board-voters.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-voters.h"
#include "fs-vote-rules.h"
#include "fs-voting.h"

/* The row above the board while the room votes: one button per voter, the
 * one pressed is who votes now, each with the votes left; and the rules of
 * the vote beside them. In a room with one laptop the facilitator presses
 * the voter and then the cards. */
struct _FsBoardVoters
{
  GtkBox         parent_instance;

  GtkWidget     *buttons_box;
  GtkWidget     *rules_button;
  FsVoteRules   *rules;
  GPtrArray     *buttons;

  FsDocument    *document;
  FsEditHistory *history;
  FsWorkshop    *workshop;
  FsVoting      *voting;
  GStrv          voters;
  guint          voter;
  guint          shown_anonymous;  /* the rule the buttons were built for */
};

G_DEFINE_FINAL_TYPE (FsBoardVoters, fs_board_voters, GTK_TYPE_BOX)

static guint
count_people (FsDocument *document)
{
  g_auto(GStrv) people = fs_voting_default_voters (document, 0);

  return g_strv_length (people);
}

static GStrv
voters_for (FsBoardVoters *self)
{
  guint anonymous = fs_workshop_get_anonymous_voters (self->workshop);

  if (anonymous > 0)
    return fs_voting_anonymous_voters (anonymous);
  return fs_voting_default_voters (self->document, FS_WORKSHOP_ANONYMOUS_DEFAULT);
}

/* Who votes now, with how many votes left; voters with none left are
 * shown as done. */
void
fs_board_voters_refresh (FsBoardVoters *self)
{
  g_return_if_fail (FS_IS_BOARD_VOTERS (self));

  for (guint i = 0; self->voting != NULL && i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      guint left = fs_voting_get_left (self->voting, self->voters[i]);
      g_autofree char *label = NULL;

      /* Translators: a voter and how many votes they have left, e.g. "Ana · 2" */
      label = left > 0 ? g_strdup_printf (_("%s · %u"), self->voters[i], left)
                       : g_strdup_printf (_("%s · done"), self->voters[i]);
      gtk_button_set_label (GTK_BUTTON (button), label);
      if (left == 0)
        gtk_widget_add_css_class (button, "dim-label");
      else
        gtk_widget_remove_css_class (button, "dim-label");
    }
}

static void
on_voter_toggled (GtkToggleButton *button,
                  FsBoardVoters   *self)
{
  guint index;

  if (gtk_toggle_button_get_active (button) && g_ptr_array_find (self->buttons, button, &index))
    self->voter = index;
}

static void
clear_buttons (FsBoardVoters *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_box_remove (GTK_BOX (self->buttons_box), g_ptr_array_index (self->buttons, i));
  g_ptr_array_set_size (self->buttons, 0);
  g_clear_pointer (&self->voters, g_strfreev);
}

/* The voter pressed stays pressed when the room changes around them. */
static void
build_buttons (FsBoardVoters *self)
{
  GtkToggleButton *first = NULL;
  guint voter = self->voter;

  clear_buttons (self);
  self->voters = voters_for (self);
  self->shown_anonymous = fs_workshop_get_anonymous_voters (self->workshop);
  for (guint i = 0; self->voters[i] != NULL; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();

      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      g_signal_connect (button, "toggled", G_CALLBACK (on_voter_toggled), self);
      gtk_box_append (GTK_BOX (self->buttons_box), button);
      g_ptr_array_add (self->buttons, button);
    }
  self->voter = voter < self->buttons->len ? voter : 0;
  if (self->buttons->len > 0)
    gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, self->voter), TRUE);
  fs_board_voters_refresh (self);
}

static void
on_rules_changed (FsBoardVoters *self)
{
  fs_voting_set_allowance (self->voting, fs_workshop_get_votes_each (self->workshop));
  if (self->shown_anonymous != fs_workshop_get_anonymous_voters (self->workshop))
    build_buttons (self);
  else
    fs_board_voters_refresh (self);
}

static void
fs_board_voters_dispose (GObject *object)
{
  FsBoardVoters *self = FS_BOARD_VOTERS (object);

  fs_board_voters_stop (self);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (fs_board_voters_parent_class)->dispose (object);
}

static void
fs_board_voters_class_init (FsBoardVotersClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fs_board_voters_dispose;
}

static void
fs_board_voters_init (FsBoardVoters *self)
{
  GtkWidget *heading = gtk_label_new (_("Voting:"));

  self->buttons = g_ptr_array_new ();
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (self), heading);

  self->buttons_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self), self->buttons_box);

  self->rules = FS_VOTE_RULES (fs_vote_rules_new ());
  self->rules_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->rules_button), "emblem-system-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->rules_button), GTK_WIDGET (self->rules));
  gtk_widget_set_tooltip_text (self->rules_button, _("Vote Settings"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rules_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Vote settings: votes each and anonymous voters"), -1);
  gtk_widget_add_css_class (self->rules_button, "flat");
  gtk_box_append (GTK_BOX (self), self->rules_button);
}

GtkWidget *
fs_board_voters_new (void)
{
  return g_object_new (FS_TYPE_BOARD_VOTERS, NULL);
}

/* The vote begins on DOCUMENT's cards, by the rules of WORKSHOP. */
void
fs_board_voters_start (FsBoardVoters *self,
                       FsDocument    *document,
                       FsEditHistory *history,
                       FsWorkshop    *workshop)
{
  g_return_if_fail (FS_IS_BOARD_VOTERS (self));
  g_return_if_fail (FS_IS_DOCUMENT (document));
  g_return_if_fail (FS_IS_WORKSHOP (workshop));

  fs_board_voters_stop (self);
  g_set_object (&self->document, document);
  g_set_object (&self->history, history);
  g_set_object (&self->workshop, workshop);
  self->voting = fs_voting_new (document, history);
  fs_voting_set_allowance (self->voting, fs_workshop_get_votes_each (workshop));
  fs_vote_rules_set_workshop (self->rules, workshop, count_people (document));
  g_signal_connect_swapped (workshop, "changed", G_CALLBACK (on_rules_changed), self);
  self->voter = 0;
  build_buttons (self);
}

void
fs_board_voters_stop (FsBoardVoters *self)
{
  g_return_if_fail (FS_IS_BOARD_VOTERS (self));

  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  if (self->rules != NULL)
    fs_vote_rules_set_workshop (self->rules, NULL, 0);
  clear_buttons (self);
  g_clear_object (&self->voting);
  g_clear_object (&self->workshop);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
}

/* A vote given to CARD (or, unless CAST, taken back) by the voter pressed;
 * FALSE when it could not be, out of votes or with none to take back. */
gboolean
fs_board_voters_vote (FsBoardVoters *self,
                      FsRecord      *card,
                      gboolean       cast)
{
  const char *voter;
  gboolean done;

  g_return_val_if_fail (FS_IS_BOARD_VOTERS (self), FALSE);

  if (self->voting == NULL || self->voters == NULL || self->voters[0] == NULL)
    return FALSE;
  voter = self->voters[self->voter];
  done = cast ? fs_voting_cast (self->voting, card, voter)
              : fs_voting_take_back (self->voting, card, voter);
  fs_board_voters_refresh (self);
  return done;
}

GtkWidget *
fs_board_voters_get_rules_button (FsBoardVoters *self)
{
  g_return_val_if_fail (FS_IS_BOARD_VOTERS (self), NULL);

  return self->rules_button;
}
