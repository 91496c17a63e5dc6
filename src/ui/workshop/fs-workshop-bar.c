/* fs-workshop-bar.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-workshop-agenda.h"
#include "fs-workshop-bar.h"

#define TICK_MS 250

/* The header of a workshop: the step at hand, its time large enough to
 * read from the back of the room, and the facilitator's controls. When the
 * time is up the clock turns and the bell rings once; nothing pops up. */
struct _FsWorkshopBar
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkLabel   *step_label;
  GtkLabel   *time_label;
  GtkButton  *timer_button;
  GtkButton  *next_button;
  GtkMenuButton *agenda_button;
  FsWorkshopAgenda *agenda;
  GtkMenuButton *screen_button;
  GtkToggleButton *hide_button;
  GtkButton  *reveal_button;
  GtkButton  *finish_button;

  FsWorkshop *workshop;
  guint       tick_id;
  gboolean    rang;
  gboolean    bell;
};

G_DEFINE_FINAL_TYPE (FsWorkshopBar, fs_workshop_bar, GTK_TYPE_WIDGET)

/* "12:05" left, or "+1:30" past the time box. */
char *
fs_workshop_format_remaining (gint64 remaining)
{
  gboolean over = remaining <= 0 && remaining != 0;
  gint64 seconds = (ABS (remaining) + (over ? 0 : G_USEC_PER_SEC - 1)) / G_USEC_PER_SEC;

  return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, over ? "+" : "",
                          seconds / 60, seconds % 60);
}

static void
update_hiding (FsWorkshopBar *self)
{
  guint hidden = fs_workshop_get_n_hidden (self->workshop);
  g_autofree char *reveal = NULL;

  if (gtk_toggle_button_get_active (self->hide_button) != fs_workshop_get_hiding (self->workshop))
    gtk_toggle_button_set_active (self->hide_button, fs_workshop_get_hiding (self->workshop));
  /* Translators: the button that turns over the cards hidden so far */
  reveal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reveal %u Card", "Reveal %u Cards", hidden),
                            hidden);
  gtk_button_set_label (self->reveal_button, reveal);
  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), hidden > 0);
}

static void
on_hide_toggled (FsWorkshopBar *self)
{
  if (self->workshop != NULL &&
      gtk_toggle_button_get_active (self->hide_button) != fs_workshop_get_hiding (self->workshop))
    fs_workshop_set_hiding (self->workshop, gtk_toggle_button_get_active (self->hide_button));
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  fs_workshop_reveal (FS_WORKSHOP_BAR (widget)->workshop);
}

static void
update (FsWorkshopBar *self)
{
  FsWorkshopState state;
  guint step;
  g_autofree char *time = NULL;
  g_autofree char *where = NULL;
  gboolean over;

  if (self->workshop == NULL)
    return;
  state = fs_workshop_get_state (self->workshop);
  step = fs_workshop_get_current_step (self->workshop);
  over = fs_workshop_is_overtime (self->workshop);
  if (state == FS_WORKSHOP_FINISHED)
    {
      gtk_label_set_text (self->step_label, _("Agenda Done"));
      time = g_strdup ("0:00");
    }
  else
    {
      /* Translators: the step of a workshop at hand, e.g. "Cluster · 2 of 5" */
      where = g_strdup_printf (_("%s · %u of %u"), fs_workshop_get_step_title (self->workshop, step),
                               step + 1, fs_workshop_get_n_steps (self->workshop));
      gtk_label_set_text (self->step_label, where);
      time = fs_workshop_format_remaining (fs_workshop_get_remaining (self->workshop));
    }
  if (g_strcmp0 (gtk_label_get_text (self->time_label), time) != 0)
    gtk_label_set_text (self->time_label, time);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "overtime");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_label), "overtime");
  if (over && !self->rang && state == FS_WORKSHOP_RUNNING && self->bell)
    gtk_widget_error_bell (GTK_WIDGET (self));
  self->rang = over;
  gtk_button_set_icon_name (self->timer_button, state == FS_WORKSHOP_RUNNING
                                                ? "media-playback-pause-symbolic"
                                                : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->timer_button),
                               state == FS_WORKSHOP_RUNNING ? _("Pause the Timer") : _("Start the Timer"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workshop.toggle-timer",
                                 state != FS_WORKSHOP_FINISHED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workshop.add-minute",
                                 state != FS_WORKSHOP_FINISHED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workshop.next", state != FS_WORKSHOP_FINISHED);
  if (state == FS_WORKSHOP_FINISHED)
    gtk_widget_add_css_class (GTK_WIDGET (self->finish_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->finish_button), "suggested-action");
  update_hiding (self);
}

static gboolean
tick (gpointer data)
{
  update (data);
  return G_SOURCE_CONTINUE;
}

static void
on_changed (FsWorkshopBar *self)
{
  gboolean running = fs_workshop_get_state (self->workshop) == FS_WORKSHOP_RUNNING;

  if (running && self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_MS, tick, self);
  else if (!running)
    g_clear_handle_id (&self->tick_id, g_source_remove);
  update (self);
}

static void
toggle_timer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FsWorkshopBar *self = FS_WORKSHOP_BAR (widget);

  switch (fs_workshop_get_state (self->workshop))
    {
    case FS_WORKSHOP_NOT_STARTED:
      fs_workshop_start (self->workshop);
      break;
    case FS_WORKSHOP_RUNNING:
      fs_workshop_pause (self->workshop);
      break;
    case FS_WORKSHOP_PAUSED:
      fs_workshop_resume (self->workshop);
      break;
    case FS_WORKSHOP_FINISHED:
    default:
      break;
    }
}

static void
add_minute_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  fs_workshop_add_minute (FS_WORKSHOP_BAR (widget)->workshop);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fs_workshop_next (FS_WORKSHOP_BAR (widget)->workshop);
}

static void
fs_workshop_bar_dispose (GObject *object)
{
  FsWorkshopBar *self = FS_WORKSHOP_BAR (object);

  fs_workshop_bar_set_workshop (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (fs_workshop_bar_parent_class)->dispose (object);
}

static void
fs_workshop_bar_class_init (FsWorkshopBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_workshop_bar_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "workshopbar");
  gtk_widget_class_install_action (widget_class, "workshop.toggle-timer", NULL, toggle_timer_action);
  gtk_widget_class_install_action (widget_class, "workshop.add-minute", NULL, add_minute_action);
  gtk_widget_class_install_action (widget_class, "workshop.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "workshop.reveal", NULL, reveal_action);
}

static GtkWidget *
control (const char *icon,
         const char *label,
         const char *tooltip,
         const char *action)
{
  GtkWidget *button = icon != NULL ? gtk_button_new_from_icon_name (icon) : gtk_button_new_with_label (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
fs_workshop_bar_init (FsWorkshopBar *self)
{
  self->bell = TRUE;
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *add = control (NULL, _("+1"), _("Add a Minute"), "workshop.add-minute");

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->time_label = GTK_LABEL (gtk_label_new ("0:00"));
  gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "workshop-time");
  gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "numeric");
  self->step_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->step_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->step_label), "caption-heading");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->time_label));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->step_label));
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);

  self->timer_button = GTK_BUTTON (control ("media-playback-start-symbolic", NULL,
                                            _("Start the Timer"), "workshop.toggle-timer"));
  gtk_widget_add_css_class (GTK_WIDGET (self->timer_button), "circular");
  self->next_button = GTK_BUTTON (control ("media-skip-forward-symbolic", NULL, _("Next Step"),
                                           "workshop.next"));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->next_button), "flat");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->timer_button));
  gtk_box_append (GTK_BOX (self->box), texts);
  gtk_box_append (GTK_BOX (self->box), add);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->next_button));

  self->agenda = FS_WORKSHOP_AGENDA (fs_workshop_agenda_new ());
  self->agenda_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->agenda_button, "view-list-bullet-symbolic");
  gtk_menu_button_set_popover (self->agenda_button, GTK_WIDGET (self->agenda));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->agenda_button), _("Agenda"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->agenda_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Agenda"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->agenda_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->agenda_button), "flat");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->agenda_button));

  self->screen_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->screen_button, "video-display-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->screen_button), _("Screen to Fill"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->screen_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Screen to fill"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->screen_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->screen_button), "flat");
  gtk_widget_set_visible (GTK_WIDGET (self->screen_button), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->screen_button));

  self->hide_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_widget_set_name (GTK_WIDGET (self->hide_button), "hide-new-cards");
  gtk_button_set_icon_name (GTK_BUTTON (self->hide_button), "view-conceal-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->hide_button), _("Hide New Cards"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hide_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hide new cards"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->hide_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->hide_button), "flat");
  g_signal_connect_swapped (self->hide_button, "toggled", G_CALLBACK (on_hide_toggled), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->hide_button));
  self->reveal_button = GTK_BUTTON (gtk_button_new ());
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reveal_button), "workshop.reveal");
  gtk_widget_add_css_class (GTK_WIDGET (self->reveal_button), "suggested-action");
  gtk_widget_set_valign (GTK_WIDGET (self->reveal_button), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->reveal_button));

  self->finish_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Finish")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->finish_button), "win.finish-workshop");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->finish_button), _("Finish the Workshop and Show Its Summary"));
  gtk_widget_set_valign (GTK_WIDGET (self->finish_button), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->finish_button));
}

GtkWidget *
fs_workshop_bar_new (void)
{
  return g_object_new (FS_TYPE_WORKSHOP_BAR, NULL);
}

void
fs_workshop_bar_set_workshop (FsWorkshopBar *self,
                              FsWorkshop    *workshop)
{
  g_return_if_fail (FS_IS_WORKSHOP_BAR (self));

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_set_object (&self->workshop, workshop);
  fs_workshop_agenda_set_workshop (self->agenda, workshop);
  self->rang = FALSE;
  if (workshop == NULL)
    return;
  g_signal_connect_swapped (workshop, "changed", G_CALLBACK (on_changed), self);
  /* Restored past its time box, it does not ring again. */
  self->rang = fs_workshop_is_overtime (workshop);
  on_changed (self);
}

/* Whether the end of a time box rings the bell, or only shows. */
void
fs_workshop_bar_set_bell (FsWorkshopBar *self,
                          gboolean       bell)
{
  g_return_if_fail (FS_IS_WORKSHOP_BAR (self));

  self->bell = bell;
}

gboolean
fs_workshop_bar_get_bell (FsWorkshopBar *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP_BAR (self), FALSE);

  return self->bell;
}

/* The monitors a workshop can fill; with one monitor there is no choice
 * to offer, and the button stays out of the way. */
void
fs_workshop_bar_set_screens (FsWorkshopBar *self,
                             GMenuModel    *screens)
{
  g_return_if_fail (FS_IS_WORKSHOP_BAR (self));

  gtk_menu_button_set_menu_model (self->screen_button, screens);
  gtk_widget_set_visible (GTK_WIDGET (self->screen_button),
                          screens != NULL && g_menu_model_get_n_items (screens) > 1);
}

GtkWidget *
fs_workshop_bar_get_agenda (FsWorkshopBar *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP_BAR (self), NULL);

  return GTK_WIDGET (self->agenda);
}

GtkMenuButton *
fs_workshop_bar_get_screen_button (FsWorkshopBar *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP_BAR (self), NULL);

  return self->screen_button;
}

const char *
fs_workshop_bar_get_time (FsWorkshopBar *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP_BAR (self), NULL);

  return gtk_label_get_text (self->time_label);
}
