/* fs-board-card.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-card.h"
#include "fs-record-text.h"
#include "fs-risk-rating.h"
#include "fs-votes.h"

/* One risk (or cause) on the board: its title, for a risk the score as a
 * badge in the colour of its band and the owner's initials. It is dragged
 * as itself, and carries its record to the drop target. */
struct _FsBoardCard
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *title_label;
  GtkWidget *footer;
  GtkLabel  *score_label;
  GtkLabel  *owner_label;
  GtkLabel  *votes_label;
  GtkWidget *happened_badge;

  FsRecord  *record;
  char      *happened;    /* in words, or NULL: the incidents that proved the risk right */
  guint      title_field;
  char      *column_name;
  char      *description;
  gboolean   face_down;
  guint      reveal_id;
  int        drag_x;
  int        drag_y;
};

G_DEFINE_FINAL_TYPE (FsBoardCard, fs_board_card, GTK_TYPE_WIDGET)

static const char * const band_classes[] = { "band-low", "band-medium", "band-high", "band-critical" };

/* The style class that tints a badge or a matrix cell by band. */
const char *
fs_board_band_class (FsRiskBand band)
{
  return band_classes[MIN ((guint) band, G_N_ELEMENTS (band_classes) - 1)];
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

static char *
initials_of (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " \t-.", -1);
  GString *initials = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL && g_utf8_strlen (initials->str, -1) < 2; i++)
    if (words[i][0] != '\0')
      g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (words[i])));
  return g_string_free (initials, FALSE);
}

static guint
votes_of (FsBoardCard *self)
{
  return fs_votes_total (fs_record_get_text (self->record, FS_IS_RISK (self->record) ? FS_RISK_VOTES
                                                                                    : FS_CAUSE_VOTES));
}

static const char *
title_of (FsBoardCard *self)
{
  const char *title = fs_record_get_text (self->record, self->title_field);

  return title[0] != '\0' ? title : _("Untitled");
}

/* What a screen reader says of the card: the words for what the badge shows
 * in colour, and the column it is in. */
static char *describe_card (FsBoardCard *self);

char *
fs_board_card_describe (FsBoardCard *self)
{
  g_autofree char *described = describe_card (self);
  g_autofree char *votes = NULL;

  g_return_val_if_fail (FS_IS_BOARD_CARD (self), NULL);

  if (self->happened != NULL && !self->face_down)
    {
      /* Translators: a card's description, then the incidents that proved it right */
      char *with_happened = g_strdup_printf (_("%s, %s"), described, self->happened);

      g_free (described);
      described = with_happened;
    }
  if (self->face_down || votes_of (self) == 0)
    return g_steal_pointer (&described);
  votes = fs_votes_label (votes_of (self));
  /* Translators: a card's description, then how many votes it got */
  return g_strdup_printf (_("%s, %s"), described, votes);
}

static char *
describe_card (FsBoardCard *self)
{
  g_autofree char *score = NULL;

  g_return_val_if_fail (FS_IS_BOARD_CARD (self), NULL);

  if (self->face_down)
    /* Translators: a card hidden during silent brainstorming, then its column */
    return g_strdup_printf (_("Hidden card, in %s"), self->column_name);
  if (!FS_IS_RISK (self->record))
    /* Translators: a card on the board: its text, then its column */
    return g_strdup_printf (_("%s, in %s"), title_of (self), self->column_name);
  if (!fs_risk_is_rated (FS_RISK (self->record)))
    /* Translators: a card on the board: its title, then its column */
    return g_strdup_printf (_("%s, not rated, in %s"), title_of (self), self->column_name);
  score = g_strdup_printf ("%g", fs_risk_get_score (FS_RISK (self->record)));
  /* Translators: a card on the board: title, score, band, column */
  return g_strdup_printf (_("%s, score %s, %s, in %s"), title_of (self), score,
                          fs_risk_band_name (fs_risk_band_for_score (fs_risk_get_score (FS_RISK (self->record)))),
                          self->column_name);
}

static void
update_score (FsBoardCard *self)
{
  FsRisk *risk = FS_RISK (self->record);
  double score = fs_risk_get_score (risk);
  const char *owner = fs_record_get_text (self->record, FS_RISK_OWNER);
  g_autofree char *initials = initials_of (owner);
  g_autofree char *text = NULL;

  gboolean rated = fs_risk_is_rated (risk);

  for (guint i = 0; i < G_N_ELEMENTS (band_classes); i++)
    if (rated && i == fs_risk_band_for_score (score))
      gtk_widget_add_css_class (GTK_WIDGET (self->score_label), band_classes[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), band_classes[i]);
  text = rated ? g_strdup_printf ("%g", score) : g_strdup ("–");
  set_label (self->score_label, text);
  set_label (self->owner_label, initials);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_label), initials[0] != '\0');
  /* A risk not rated yet has no badge: "not rated" is said in words. */
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), rated);
  gtk_widget_set_visible (self->happened_badge, self->happened != NULL);
  gtk_widget_set_visible (self->footer, rated || initials[0] != '\0' || votes_of (self) > 0 ||
                                        self->happened != NULL);
}

/* The votes of a dot vote as dots, and their number. */
static void
update_votes (FsBoardCard *self)
{
  guint votes = votes_of (self);
  GString *dots = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < MIN (votes, 5); i++)
    g_string_append (dots, "●");
  g_string_append_printf (dots, " %u", votes);
  text = g_string_free (dots, FALSE);
  set_label (self->votes_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->votes_label), votes > 0 && !self->face_down);
}

void
fs_board_card_update (FsBoardCard *self)
{
  g_autofree char *description = NULL;

  g_return_if_fail (FS_IS_BOARD_CARD (self));

  set_label (self->title_label, self->face_down ? "" : title_of (self));
  update_votes (self);
  if (FS_IS_RISK (self->record) && !self->face_down)
    update_score (self);
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->score_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->owner_label), FALSE);
      gtk_widget_set_visible (self->happened_badge, FALSE);
      gtk_widget_set_visible (self->footer, !self->face_down && votes_of (self) > 0);
    }
  description = fs_board_card_describe (self);
  if (g_strcmp0 (description, self->description) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
      g_free (self->description);
      self->description = g_steal_pointer (&description);
    }
}

/* What the badge or the initials under the pointer stand for. The board
 * asks, for all its cards at once: a tooltip set on each widget would look
 * the pointer up on the display every time. */
char *
fs_board_card_query_tooltip (FsBoardCard *self,
                             GtkWidget   *picked)
{
  g_return_val_if_fail (FS_IS_BOARD_CARD (self), NULL);

  if (!FS_IS_RISK (self->record) || picked == NULL)
    return NULL;
  if (picked == GTK_WIDGET (self->score_label) || gtk_widget_is_ancestor (picked, GTK_WIDGET (self->score_label)))
    {
      FsRisk *risk = FS_RISK (self->record);

      if (!fs_risk_is_rated (risk))
        return g_strdup (_("Not rated yet"));
      /* Translators: the tooltip of a card's score: its band, then how it is made */
      return g_strdup_printf (_("%s: probability %g × impact %g"),
                              fs_risk_band_name (fs_risk_band_for_score (fs_risk_get_score (risk))),
                              fs_record_get_number (self->record, FS_RISK_PROBABILITY),
                              fs_record_get_number (self->record, FS_RISK_IMPACT));
    }
  if (picked == GTK_WIDGET (self->owner_label) || gtk_widget_is_ancestor (picked, GTK_WIDGET (self->owner_label)))
    return g_strdup (fs_record_get_text (self->record, FS_RISK_OWNER));
  if (picked == self->happened_badge || gtk_widget_is_ancestor (picked, self->happened_badge))
    return g_strdup (self->happened);
  return NULL;
}

static GdkContentProvider *
on_drag_prepare (FsBoardCard   *self,
                 double         x,
                 double         y,
                 GtkDragSource *source)
{
  self->drag_x = (int) x;
  self->drag_y = (int) y;
  return gdk_content_provider_new_typed (G_OBJECT_TYPE (self->record), self->record);
}

/* The icon is a still of the card as it was, taken before the card itself
 * fades to show where it came from. */
static void
on_drag_begin (FsBoardCard   *self,
               GdkDrag       *drag,
               GtkDragSource *source)
{
  g_autoptr(GdkPaintable) live = gtk_widget_paintable_new (GTK_WIDGET (self));
  g_autoptr(GdkPaintable) still = gdk_paintable_get_current_image (live);

  gtk_drag_source_set_icon (source, still, self->drag_x, self->drag_y);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_drag_end (FsBoardCard   *self,
             GdkDrag       *drag,
             gboolean       delete_data,
             GtkDragSource *source)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_pressed (FsBoardCard     *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (button == GDK_BUTTON_SECONDARY)
    gtk_widget_activate_action (GTK_WIDGET (self), "board.card-menu", NULL);
  else if (n_press == 1)
    gtk_widget_activate_action (GTK_WIDGET (self), "board.card-clicked", NULL);
  else if (n_press == 2)
    gtk_widget_activate_action (GTK_WIDGET (self), "board.open-card", NULL);
}

static void
fs_board_card_dispose (GObject *object)
{
  FsBoardCard *self = FS_BOARD_CARD (object);
  GtkWidget *child;

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->record);
  g_clear_pointer (&self->column_name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->happened, g_free);
  g_clear_handle_id (&self->reveal_id, g_source_remove);

  G_OBJECT_CLASS (fs_board_card_parent_class)->dispose (object);
}

static void
fs_board_card_class_init (FsBoardCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_board_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "board.open-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "board.open-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "board.open-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "board.card-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "board.card-menu", NULL);
}

static void
fs_board_card_init (FsBoardCard *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->title_label, 3);
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->title_label, 28);
  gtk_label_set_width_chars (self->title_label, 20);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "card-title");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->title_label));

  self->footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->score_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "score-badge");
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "numeric");
  gtk_box_append (GTK_BOX (self->footer), GTK_WIDGET (self->score_label));
  self->votes_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->votes_label), "votes-badge");
  gtk_widget_set_visible (GTK_WIDGET (self->votes_label), FALSE);
  gtk_box_append (GTK_BOX (self->footer), GTK_WIDGET (self->votes_label));
  self->happened_badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (self->happened_badge, "happened-badge");
  gtk_box_append (GTK_BOX (self->happened_badge), gtk_image_new_from_icon_name ("fs-postmortem-symbolic"));
  gtk_box_append (GTK_BOX (self->happened_badge), gtk_label_new (_("Happened")));
  gtk_widget_set_visible (self->happened_badge, FALSE);
  gtk_box_append (GTK_BOX (self->footer), self->happened_badge);
  self->owner_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->owner_label), "owner-initials");
  gtk_widget_set_hexpand (GTK_WIDGET (self->owner_label), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->owner_label), GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (self->footer), GTK_WIDGET (self->owner_label));
  gtk_box_append (GTK_BOX (self->box), self->footer);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect_swapped (source, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

static gboolean
end_reveal (gpointer data)
{
  FsBoardCard *self = data;

  self->reveal_id = 0;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "revealing");
  return G_SOURCE_REMOVE;
}

/* Face down while a workshop hides new cards: a blank card, so that early
 * ideas do not steer the room. Turned over, it shows itself with a short
 * animation. */
void
fs_board_card_set_face_down (FsBoardCard *self,
                             gboolean     face_down)
{
  g_return_if_fail (FS_IS_BOARD_CARD (self));

  if (self->face_down == face_down)
    return;
  self->face_down = face_down;
  if (face_down)
    gtk_widget_add_css_class (GTK_WIDGET (self), "face-down");
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "face-down");
      gtk_widget_add_css_class (GTK_WIDGET (self), "revealing");
      g_clear_handle_id (&self->reveal_id, g_source_remove);
      self->reveal_id = g_timeout_add (600, end_reveal, self);
    }
  fs_board_card_update (self);
}

gboolean
fs_board_card_get_face_down (FsBoardCard *self)
{
  g_return_val_if_fail (FS_IS_BOARD_CARD (self), FALSE);

  return self->face_down;
}

/* The incidents that proved the card's risk right, in words (see
 * fs_happened_describe()), or NULL; the card shows a mark. */
void
fs_board_card_set_happened (FsBoardCard *self,
                            const char  *happened)
{
  g_return_if_fail (FS_IS_BOARD_CARD (self));

  if (g_strcmp0 (self->happened, happened) == 0)
    return;
  g_free (self->happened);
  self->happened = g_strdup (happened);
  fs_board_card_update (self);
}

/* For the matrix's cells: two lines of title in a narrower card. */
void
fs_board_card_set_compact (FsBoardCard *self,
                           gboolean     compact)
{
  g_return_if_fail (FS_IS_BOARD_CARD (self));

  gtk_label_set_lines (self->title_label, compact ? 2 : 3);
  gtk_label_set_width_chars (self->title_label, compact ? 10 : 20);
  gtk_label_set_max_width_chars (self->title_label, compact ? 18 : 28);
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
}

GtkWidget *
fs_board_card_new (FsRecord   *record,
                   guint       title_field,
                   const char *column_name)
{
  FsBoardCard *self;

  g_return_val_if_fail (FS_IS_RECORD (record), NULL);

  self = g_object_new (FS_TYPE_BOARD_CARD, NULL);
  self->record = g_object_ref (record);
  self->title_field = title_field;
  self->column_name = g_strdup (column_name);
  g_signal_connect_swapped (record, "notify", G_CALLBACK (fs_board_card_update), self);
  fs_board_card_update (self);
  return GTK_WIDGET (self);
}

FsRecord *
fs_board_card_get_record (FsBoardCard *self)
{
  g_return_val_if_fail (FS_IS_BOARD_CARD (self), NULL);

  return self->record;
}

void
fs_board_card_set_column_name (FsBoardCard *self,
                               const char  *name)
{
  g_return_if_fail (FS_IS_BOARD_CARD (self));

  if (g_strcmp0 (self->column_name, name) == 0)
    return;
  g_free (self->column_name);
  self->column_name = g_strdup (name);
  fs_board_card_update (self);
}
