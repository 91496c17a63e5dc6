/* fs-workshop-agenda.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-workshop-agenda.h"

#define MAX_MINUTES 240

/* The agenda of a workshop, to plan before it starts: each step with its
 * minutes and whether the room does it at all. Once the timer has started,
 * the steps done and the one at hand are history and only later steps can
 * still change. The rows are built once a workshop and then only follow,
 * so that a spin button being typed in stays where it is. */
struct _FsWorkshopAgenda
{
  GtkPopover   parent_instance;

  GtkListBox  *list;
  GtkLabel    *total_label;
  GPtrArray   *rows;

  FsWorkshop  *workshop;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (FsWorkshopAgenda, fs_workshop_agenda, GTK_TYPE_POPOVER)

#define STEP_KEY "fs-agenda-step"
#define CHECK_KEY "fs-agenda-check"
#define SPIN_KEY "fs-agenda-spin"

static guint
step_of (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), STEP_KEY));
}

static gboolean
step_is_past (FsWorkshop *workshop,
              guint       step)
{
  return fs_workshop_get_state (workshop) != FS_WORKSHOP_NOT_STARTED &&
         step <= fs_workshop_get_current_step (workshop);
}

static const char *
step_status (FsWorkshop *workshop,
             guint       step)
{
  FsWorkshopState state = fs_workshop_get_state (workshop);
  guint current = fs_workshop_get_current_step (workshop);

  if (state == FS_WORKSHOP_FINISHED || (state != FS_WORKSHOP_NOT_STARTED && step < current))
    return fs_workshop_get_step_skipped (workshop, step) ? _("Skipped") : _("Done");
  if (state != FS_WORKSHOP_NOT_STARTED && step == current)
    return _("Now");
  return fs_workshop_get_step_skipped (workshop, step) ? _("Skipped") : NULL;
}

static void
update (FsWorkshopAgenda *self)
{
  guint total = 0;
  g_autofree char *total_text = NULL;

  if (self->workshop == NULL)
    return;
  self->updating = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), CHECK_KEY);
      GtkSpinButton *spin = g_object_get_data (G_OBJECT (row), SPIN_KEY);
      gboolean skipped = fs_workshop_get_step_skipped (self->workshop, i);
      guint minutes = fs_workshop_get_step_minutes (self->workshop, i);
      gboolean past = step_is_past (self->workshop, i) ||
                      fs_workshop_get_state (self->workshop) == FS_WORKSHOP_FINISHED;

      if (gtk_check_button_get_active (check) == skipped)
        gtk_check_button_set_active (check, !skipped);
      if ((guint) gtk_spin_button_get_value_as_int (spin) != minutes)
        gtk_spin_button_set_value (spin, minutes);
      gtk_widget_set_sensitive (GTK_WIDGET (check), !past);
      gtk_widget_set_sensitive (GTK_WIDGET (spin), !past && !skipped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), step_status (self->workshop, i));
      if (!skipped)
        total += minutes;
    }
  self->updating = FALSE;
  /* Translators: the length of a workshop's agenda, the steps it skips left out */
  total_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute in all", "%u minutes in all", total),
                                total);
  gtk_label_set_text (self->total_label, total_text);
}

static void
on_check_toggled (GtkCheckButton   *check,
                  FsWorkshopAgenda *self)
{
  if (!self->updating && self->workshop != NULL)
    fs_workshop_set_step_skipped (self->workshop, step_of (GTK_WIDGET (check)),
                                  !gtk_check_button_get_active (check));
}

static void
on_minutes_changed (GtkSpinButton    *spin,
                    FsWorkshopAgenda *self)
{
  if (!self->updating && self->workshop != NULL)
    fs_workshop_set_step_minutes (self->workshop, step_of (GTK_WIDGET (spin)),
                                  gtk_spin_button_get_value_as_int (spin));
}

static GtkWidget *
step_row (FsWorkshopAgenda *self,
          guint             step)
{
  const char *title = fs_workshop_get_step_title (self->workshop, step);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, MAX_MINUTES, 1);
  GtkWidget *unit = gtk_label_new (_("min"));
  g_autofree char *include = g_strdup_printf (_("Include “%s”"), title);
  g_autofree char *minutes = g_strdup_printf (_("Minutes for “%s”"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, include, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, minutes, -1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_add_css_class (unit, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unit);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (check), STEP_KEY, GUINT_TO_POINTER (step));
  g_object_set_data (G_OBJECT (spin), STEP_KEY, GUINT_TO_POINTER (step));
  g_object_set_data (G_OBJECT (row), CHECK_KEY, check);
  g_object_set_data (G_OBJECT (row), SPIN_KEY, spin);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_minutes_changed), self);
  return row;
}

static void
rebuild (FsWorkshopAgenda *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; self->workshop != NULL && i < fs_workshop_get_n_steps (self->workshop); i++)
    {
      GtkWidget *row = step_row (self, i);

      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }
  update (self);
}

static void
fs_workshop_agenda_dispose (GObject *object)
{
  FsWorkshopAgenda *self = FS_WORKSHOP_AGENDA (object);

  fs_workshop_agenda_set_workshop (self, NULL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fs_workshop_agenda_parent_class)->dispose (object);
}

static void
fs_workshop_agenda_class_init (FsWorkshopAgendaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fs_workshop_agenda_dispose;
}

static void
fs_workshop_agenda_init (FsWorkshopAgenda *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Agenda"));
  GtkWidget *hint = gtk_label_new (_("Change the minutes or leave out steps. "
                                     "Once a step has begun, its time is kept."));

  self->rows = g_ptr_array_new ();
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 36);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Agenda"), -1);
  self->total_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->total_label, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "numeric");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->total_label));
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_popover_set_child (GTK_POPOVER (self), box);
}

GtkWidget *
fs_workshop_agenda_new (void)
{
  return g_object_new (FS_TYPE_WORKSHOP_AGENDA, NULL);
}

void
fs_workshop_agenda_set_workshop (FsWorkshopAgenda *self,
                                 FsWorkshop       *workshop)
{
  g_return_if_fail (FS_IS_WORKSHOP_AGENDA (self));

  if (self->workshop == workshop)
    return;
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_set_object (&self->workshop, workshop);
  if (workshop != NULL)
    g_signal_connect_swapped (workshop, "changed", G_CALLBACK (update), self);
  rebuild (self);
}

GtkWidget *
fs_workshop_agenda_get_row (FsWorkshopAgenda *self,
                            guint             step)
{
  g_return_val_if_fail (FS_IS_WORKSHOP_AGENDA (self), NULL);

  return step < self->rows->len ? g_ptr_array_index (self->rows, step) : NULL;
}
