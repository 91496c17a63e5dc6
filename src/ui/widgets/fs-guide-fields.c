/* fs-guide-fields.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fs-guide-fields.h"
#include "fs-incident-times.h"
#include "fs-moment.h"
#include "fs-record-text.h"

/* Answers that run to sentences get a text area; names and short phrases
 * an entry. */
static const FsDocumentField long_fields[] = {
  FS_DOCUMENT_OVERVIEW_CHANGE, FS_DOCUMENT_OVERVIEW_REASON, FS_DOCUMENT_OVERVIEW_HISTORY,
  FS_DOCUMENT_ROLLBACK_PREPARED, FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN,
  FS_DOCUMENT_INCIDENT_SUMMARY, FS_DOCUMENT_IMPACT_DESCRIPTION, FS_DOCUMENT_IMPACT_CLEANUP,
  FS_DOCUMENT_TRIGGER, FS_DOCUMENT_DETECTION, FS_DOCUMENT_RESOLUTION,
};

typedef struct _FieldEditor FieldEditor;

/* One editor of one field. `updating` is set while the editor writes to the
 * record or the record to the editor, so that neither echoes the other. */
struct _FieldEditor
{
  FsRecord   *record;
  guint       field;
  GtkWidget  *editor;
  gboolean    updating;
  gboolean    unknown;
  guint       check_id;
  FsDocument *document;  /* whose incident's day a bare time of day is on */
  char       *hint;      /* said under the field while nothing is wrong */
  void      (*show) (FieldEditor *self);
};

static void
field_editor_free (FieldEditor *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_object (&self->record);
  g_clear_object (&self->document);
  g_free (self->hint);
  g_free (self);
}

static FsRecord *
record_of (FieldEditor *self)
{
  return self->record;
}

static const FsField *
field_of (FieldEditor *self)
{
  return &fs_record_get_schema (record_of (self))->fields[self->field];
}

static gboolean
digits_at (const char *text,
           guint       start,
           guint       n,
           int        *value)
{
  *value = 0;
  for (guint i = start; i < start + n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* The incident's day, for times typed without one: when it started, else
 * NULL (today). */
static GDateTime *
incident_day (FsDocument *document,
              GTimeZone  *zone)
{
  gint64 started;
  g_autoptr(GDateTime) utc = NULL;

  if (document == NULL ||
      !fs_incident_times_parse (fs_record_get_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STARTED),
                                &started))
    return NULL;
  utc = g_date_time_new_from_unix_utc (started);
  return g_date_time_to_timezone (utc, zone);
}

/* A date (YYYY-MM-DD), or a moment as people type it in their own time
 * zone (see fs_moment_parse()), as the record keeps it; "" for nothing
 * typed, NULL with ERROR set for text that is no such moment. A time of
 * day alone is on the day DOCUMENT's incident started. */
char *
fs_guide_field_parse_moment (const char  *text,
                             gboolean     with_time,
                             FsDocument  *document,
                             GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) day = NULL;
  gsize len = strlen (clean);
  int year, month, date;
  gint64 at;

  if (len == 0)
    return g_strdup ("");
  if (with_time)
    {
      zone = g_time_zone_new_local ();
      now = g_date_time_new_now (zone);
      day = incident_day (document, zone);
      return fs_moment_parse (clean, now, day, &at, error) ? fs_moment_to_stored (at) : NULL;
    }
  if (len != 10 || !digits_at (clean, 0, 4, &year) || clean[4] != '-' ||
      !digits_at (clean, 5, 2, &month) || clean[7] != '-' || !digits_at (clean, 8, 2, &date) ||
      year < 1000 || !g_date_valid_dmy ((GDateDay) date, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, FS_MOMENT_ERROR, FS_MOMENT_ERROR_UNREADABLE,
                   /* Translators: %s is what was typed as a date */
                   _("“%s” is not a date Foresight can read. Type it as 2026-11-21."), clean);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* The text a person reads and edits for a kept moment: in their own time
 * zone and words ("30 Jun 2020, 15:58"); a date stays as it is. */
char *
fs_guide_field_format_moment (const char *stored,
                              gboolean    with_time)
{
  g_autoptr(GTimeZone) zone = NULL;
  gint64 at;

  if (stored == NULL || stored[0] == '\0' || !with_time ||
      !fs_incident_times_parse (stored, &at))
    return g_strdup (stored != NULL ? stored : "");
  zone = g_time_zone_new_local ();
  return fs_moment_format (at, zone);
}

/* Plain text entries. */

static void
show_entry (FieldEditor *self)
{
  const char *value = fs_record_get_text (record_of (self), self->field);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->editor)), value) == 0)
    return;
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->editor), value);
  self->updating = FALSE;
}

static void
on_entry_changed (GtkEditable *editable,
                  FieldEditor *self)
{
  if (self->updating)
    return;
  self->updating = TRUE;
  fs_record_set_text (record_of (self), self->field, gtk_editable_get_text (editable));
  self->updating = FALSE;
}

/* Dates and timestamps: what does not parse stays out of the record. */

static gboolean
is_timestamp (FieldEditor *self)
{
  return (field_of (self)->flags & FS_FIELD_TIMESTAMP) != 0;
}

/* What was not understood, said under the field; the text stays as typed. */
static void
explain_moment (FieldEditor  *self,
                const GError *error)
{
  GtkWidget *row = gtk_widget_get_ancestor (self->editor, ADW_TYPE_ACTION_ROW);

  if (error != NULL)
    gtk_widget_add_css_class (self->editor, "error");
  else
    gtk_widget_remove_css_class (self->editor, "error");
  if (row != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error != NULL ? error->message
                                                       : self->hint != NULL ? self->hint : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  error != NULL ? error->message : "", -1);
}

static void
show_moment (FieldEditor *self)
{
  const char *value = fs_record_get_text (record_of (self), self->field);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->editor));
  g_autofree char *typed = fs_guide_field_parse_moment (text, is_timestamp (self), self->document, NULL);
  g_autofree char *shown = NULL;

  if (typed != NULL && g_str_equal (typed, value))
    return;
  shown = fs_guide_field_format_moment (value, is_timestamp (self));
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->editor), shown);
  explain_moment (self, NULL);
  self->updating = FALSE;
}

static gboolean
check_moment (gpointer data)
{
  FieldEditor *self = data;
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;

  self->check_id = 0;
  value = fs_guide_field_parse_moment (gtk_editable_get_text (GTK_EDITABLE (self->editor)),
                                       is_timestamp (self), self->document, &error);
  explain_moment (self, error);
  if (value == NULL)
    return G_SOURCE_REMOVE;
  self->updating = TRUE;
  fs_record_set_text (record_of (self), self->field, value);
  self->updating = FALSE;
  return G_SOURCE_REMOVE;
}

/* Replacing the text passes through an empty entry, which would mean "no
 * date" and lose the one kept: an empty or unreadable text is judged once
 * the change is over. A readable date is kept at once, so that nothing
 * waits to be written when the window closes. */
static void
on_moment_changed (GtkEditable *editable,
                   FieldEditor *self)
{
  g_autofree char *value = NULL;

  if (self->updating)
    return;
  value = fs_guide_field_parse_moment (gtk_editable_get_text (editable), is_timestamp (self),
                                       self->document, NULL);
  if (value != NULL && value[0] != '\0')
    {
      explain_moment (self, NULL);
      self->updating = TRUE;
      fs_record_set_text (record_of (self), self->field, value);
      self->updating = FALSE;
      return;
    }
  if (self->check_id == 0)
    self->check_id = g_idle_add (check_moment, self);
}

/* Choices. */

static void
show_choice (FieldEditor *self)
{
  const char *value = fs_record_get_text (record_of (self), self->field);
  const char * const *choices = field_of (self)->choices;

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], value) &&
        adw_combo_row_get_selected (ADW_COMBO_ROW (self->editor)) != i)
      {
        self->updating = TRUE;
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->editor), i);
        self->updating = FALSE;
      }
}

static void
on_choice_selected (FieldEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->editor));
  const char * const *choices = field_of (self)->choices;

  if (self->updating || selected >= g_strv_length ((char **) choices))
    return;
  self->updating = TRUE;
  fs_record_set_text (record_of (self), self->field, choices[selected]);
  self->updating = FALSE;
}

/* Switches. */

static void
show_switch (FieldEditor *self)
{
  gboolean value = fs_record_get_boolean (record_of (self), self->field);

  if (gtk_switch_get_active (GTK_SWITCH (self->editor)) == value)
    return;
  self->updating = TRUE;
  gtk_switch_set_active (GTK_SWITCH (self->editor), value);
  self->updating = FALSE;
}

static void
on_switch_active (FieldEditor *self)
{
  if (self->updating)
    return;
  self->updating = TRUE;
  fs_record_set_boolean (record_of (self), self->field,
                         gtk_switch_get_active (GTK_SWITCH (self->editor)));
  self->updating = FALSE;
}

/* Amounts that may be unknown: an empty spin button stands for "not known". */

static void
show_number (FieldEditor *self)
{
  double value = fs_record_get_number (record_of (self), self->field);

  self->updating = TRUE;
  self->unknown = isnan (value);
  if (!self->unknown)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->editor), value);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->editor), "");
  self->updating = FALSE;
}

static void
write_number (FieldEditor *self,
              double       value)
{
  if (self->updating)
    return;
  self->updating = TRUE;
  fs_record_set_number (record_of (self), self->field, value);
  self->updating = FALSE;
}

static int
on_number_input (GtkSpinButton *spin,
                 double        *new_value,
                 FieldEditor   *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  const FsField *field = field_of (self);
  char *end = NULL;
  double value;

  if (text[0] == '\0')
    {
      self->unknown = TRUE;
      *new_value = gtk_spin_button_get_value (spin);
      write_number (self, NAN);
      return TRUE;
    }
  value = g_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value))
    return GTK_INPUT_ERROR;
  self->unknown = FALSE;
  *new_value = CLAMP (value, field->min, field->max);
  write_number (self, *new_value);
  return TRUE;
}

static gboolean
on_number_output (GtkSpinButton *spin,
                  FieldEditor   *self)
{
  if (!self->unknown)
    return FALSE;
  if (gtk_editable_get_text (GTK_EDITABLE (spin))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static void
on_number_changed (GtkSpinButton *spin,
                   FieldEditor   *self)
{
  gboolean was_unknown = self->unknown;

  if (self->updating)
    return;
  self->unknown = FALSE;
  /* The value was written while the text still said "not known": a click
   * on + in an empty field shows what it gave. */
  if (was_unknown)
    {
      g_autofree char *shown = g_strdup_printf ("%.*f", gtk_spin_button_get_digits (spin),
                                                gtk_spin_button_get_value (spin));

      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (spin), shown);
      self->updating = FALSE;
    }
  write_number (self, gtk_spin_button_get_value (spin));
}

/* Text areas: long text, and lists of texts one a line. */

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The entries of a list typed one a line; blank lines are no entries. */
static char **
lines_of (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (lines[i]));

      if (stripped[0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

static gboolean
is_list (FieldEditor *self)
{
  return field_of (self)->type == FS_FIELD_TEXT_LIST;
}

static void
show_text_area (FieldEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  g_autofree char *current = buffer_text (buffer);
  g_autofree char *wanted = NULL;

  if (is_list (self))
    {
      g_auto(GStrv) typed = lines_of (current);
      const char * const *value = fs_record_get_list (record_of (self), self->field);

      if (g_strv_equal ((const char * const *) typed, value))
        return;
      wanted = g_strjoinv ("\n", (char **) value);
    }
  else
    {
      wanted = g_strdup (fs_record_get_text (record_of (self), self->field));
      if (g_str_equal (current, wanted))
        return;
    }
  self->updating = TRUE;
  gtk_text_buffer_set_text (buffer, wanted, -1);
  self->updating = FALSE;
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   FieldEditor   *self)
{
  g_autofree char *text = NULL;

  if (self->updating)
    return;
  text = buffer_text (buffer);
  self->updating = TRUE;
  if (is_list (self))
    fs_record_take_list (record_of (self), self->field, lines_of (text));
  else
    fs_record_set_text (record_of (self), self->field, text);
  self->updating = FALSE;
}

/* Building the rows. */

/* A check waiting for the text to settle goes with the editor. */
static void
on_row_destroy (GtkWidget   *row,
                FieldEditor *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
}

static void
on_record_notify (GtkWidget *row)
{
  FieldEditor *self = g_object_get_data (G_OBJECT (row), "fs-field-editor");

  if (!self->updating)
    self->show (self);
}

static GtkWidget *
new_action_row (const char *title,
                GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (suffix),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  return row;
}

static GtkWidget *
new_text_area_row (FieldEditor *self,
                   const char  *title)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "fs-text-area-row");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (is_list (self))
    {
      GtkWidget *hint = gtk_label_new (_("One entry a line"));

      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_widget_add_css_class (hint, "caption");
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_box_append (GTK_BOX (box), hint);
    }
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 56);
  gtk_widget_add_css_class (view, "fs-text-area");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  self->editor = view;
  self->show = show_text_area;
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                    G_CALLBACK (on_buffer_changed), self);
  return row;
}

static GtkWidget *
new_moment_row (FieldEditor *self,
                const char  *title)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *row = new_action_row (title, entry);

  if (is_timestamp (self))
    /* Translators: the form a date and time is typed in */
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD HH:MM"));
  else
    /* Translators: the form a date is typed in */
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 19);
  gtk_widget_set_tooltip_text (entry, is_timestamp (self)
                               ? _("A date and time in your time zone, such as 2026-11-21 14:30, "
                                   "or 14:30 for the day the incident started, or yesterday 14:30")
                               : _("A date such as 2026-11-21"));
  /* The zone is named once, at the first moment of the incident. */
  if (FS_IS_DOCUMENT (self->record) && self->field == FS_DOCUMENT_INCIDENT_STARTED)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
      g_autofree char *name = fs_moment_zone_name (g_get_real_time () / G_USEC_PER_SEC, zone);

      /* Translators: %s names a time zone, e.g. "CET" */
      self->hint = g_strdup_printf (_("Times are in your time zone, %s"), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), self->hint);
    }
  self->editor = entry;
  self->show = show_moment;
  g_signal_connect (entry, "changed", G_CALLBACK (on_moment_changed), self);
  return row;
}

static GtkWidget *
new_number_row (FieldEditor *self,
                const char  *title)
{
  const FsField *field = field_of (self);
  /* Ratings from 1 to 5 take half steps, a team's average for instance. */
  double step = field->max <= 5 ? 0.5 : 1;
  GtkWidget *spin = gtk_spin_button_new_with_range (MAX (field->min, 0), field->max, step);
  GtkWidget *row = new_action_row (title, spin);

  if (self->field == FS_DOCUMENT_IMPACT_DURATION_MINUTES && FS_IS_DOCUMENT (self->record))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Leave empty to take it from the incident’s times"));
  else if (field->type == FS_FIELD_OPTIONAL_NUMBER)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Leave empty when not known"));
  else if (field->max <= 5)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("From 1 to 5, in half steps; 0 until it is rated"));
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), field->max <= 100 ? 1 : 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  self->editor = spin;
  self->show = show_number;
  g_signal_connect (spin, "input", G_CALLBACK (on_number_input), self);
  g_signal_connect (spin, "output", G_CALLBACK (on_number_output), self);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_number_changed), self);
  return row;
}

static GtkWidget *
new_choice_row (FieldEditor *self,
                const char  *title)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *choices = field_of (self)->choices;

  for (guint i = 0; choices[i] != NULL; i++)
    gtk_string_list_append (labels, fs_choice_label (choices[i]));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  self->editor = row;
  self->show = show_choice;
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_choice_selected), self);
  return row;
}

static gboolean
is_long (FieldEditor *self)
{
  if (!FS_IS_DOCUMENT (self->record))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (long_fields); i++)
    if (long_fields[i] == self->field)
      return TRUE;
  return FALSE;
}

static GtkWidget *
new_row (FieldEditor *self,
         const char  *title)
{
  const FsField *field = field_of (self);
  GtkWidget *row;

  switch (field->type)
    {
    case FS_FIELD_CHOICE:
      return new_choice_row (self, title);
    case FS_FIELD_BOOLEAN:
      self->editor = gtk_switch_new ();
      self->show = show_switch;
      g_signal_connect_swapped (self->editor, "notify::active",
                                G_CALLBACK (on_switch_active), self);
      return new_action_row (title, self->editor);
    case FS_FIELD_NUMBER:
    case FS_FIELD_OPTIONAL_NUMBER:
      return new_number_row (self, title);
    case FS_FIELD_TEXT_LIST:
      return new_text_area_row (self, title);
    case FS_FIELD_TEXT:
    default:
      if (field->flags & (FS_FIELD_DATE | FS_FIELD_TIMESTAMP))
        return new_moment_row (self, title);
      if (is_long (self))
        return new_text_area_row (self, title);
      row = adw_entry_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      self->editor = row;
      self->show = show_entry;
      g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed), self);
      return row;
    }
}

/* An incident's duration left empty reads as the one its times give. */
static void
show_derived_duration (GtkWidget *spin)
{
  FieldEditor *self = g_object_get_data (G_OBJECT (spin), "fs-duration-editor");
  FsIncidentTimes times;
  g_autofree char *derived = NULL;
  GtkWidget *text;

  fs_incident_times_compute (self->document, &times);
  for (text = gtk_widget_get_first_child (spin); text != NULL; text = gtk_widget_get_next_sibling (text))
    if (GTK_IS_TEXT (text))
      break;
  if (text == NULL)
    return;
  if (times.time_to_resolve >= 0)
    derived = g_strdup_printf ("%" G_GINT64_FORMAT, (times.time_to_resolve + 30) / 60);
  gtk_text_set_placeholder_text (GTK_TEXT (text), derived);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER,
                                  derived != NULL ? derived : "", -1);
}

static void
follow_incident_times (FieldEditor *self)
{
  static const char * const moments[] = { "notify::incident-started", "notify::incident-resolved" };

  if (self->document == NULL || self->field != FS_DOCUMENT_IMPACT_DURATION_MINUTES)
    return;
  g_object_set_data (G_OBJECT (self->editor), "fs-duration-editor", self);
  for (guint i = 0; i < G_N_ELEMENTS (moments); i++)
    g_signal_connect_object (self->document, moments[i], G_CALLBACK (show_derived_duration),
                             self->editor, G_CONNECT_SWAPPED);
  show_derived_duration (self->editor);
}

/* A row that edits one field of a record (a document or an item of one of
 * its lists) and follows the record when something else changes it. The row
 * is named after the field. */
GtkWidget *
fs_guide_field_new (FsRecord   *record,
                    guint       field,
                    const char *title)
{
  FieldEditor *self;
  GtkWidget *row;
  g_autofree char *signal = NULL;
  const char *name;

  g_return_val_if_fail (FS_IS_RECORD (record), NULL);
  g_return_val_if_fail (field < fs_record_get_schema (record)->n_fields, NULL);

  self = g_new0 (FieldEditor, 1);
  self->record = g_object_ref (record);
  self->field = field;
  if (FS_IS_DOCUMENT (record))
    self->document = g_object_ref (FS_DOCUMENT (record));
  row = new_row (self, title);
  g_object_set_data_full (G_OBJECT (row), "fs-field-editor", self,
                          (GDestroyNotify) field_editor_free);
  g_signal_connect (row, "destroy", G_CALLBACK (on_row_destroy), self);
  name = fs_record_get_schema (record)->fields[field].name;
  gtk_widget_set_name (row, name);
  signal = g_strdelimit (g_strconcat ("notify::", name, NULL), "_", '-');
  g_signal_connect_object (record, signal, G_CALLBACK (on_record_notify), row,
                           G_CONNECT_SWAPPED);
  follow_incident_times (self);
  self->show (self);
  return row;
}

/* The document whose incident's day a time typed alone (14:05) is on, for
 * the moments of an item of its lists, such as an event. */
void
fs_guide_field_set_document (GtkWidget  *row,
                             FsDocument *document)
{
  FieldEditor *self = g_object_get_data (G_OBJECT (row), "fs-field-editor");

  g_return_if_fail (self != NULL);
  g_return_if_fail (FS_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
}
