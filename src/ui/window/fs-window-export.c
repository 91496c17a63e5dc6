/* fs-window-export.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-print-layout.h"
#include "fs-window-private.h"

/* Exporting and printing the open document. Both work on a snapshot of it,
 * so the person can go on typing while a long PDF is written. */

typedef struct
{
  FsDocument     *document;
  FsExportFormat  format;
  FsPageSetup     setup;
  char           *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->document);
  g_free (job->path);
  g_free (job);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (fs_export_document (job->document, job->format, &job->setup, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  FsWindow *self = FS_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      fs_window_show_error (self, _("The Document Could Not Be Exported"), error->message);
      return;
    }
  /* A toast's title is markup in libadwaita 1.2. */
  message = g_markup_printf_escaped (_("Exported “%s”"), name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  fs_window_show_toast (self, toast);
  g_object_set_data_full (G_OBJECT (self), "last-export", g_strdup (job->path), g_free);
}

void
fs_window_export_to_file (FsWindow       *self,
                          GFile          *file,
                          FsExportFormat  format)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (FS_IS_WINDOW (self));

  if (self->document == NULL || g_file_get_path (file) == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->document = fs_document_copy (self->document);
  job->format = format;
  job->path = g_file_get_path (file);
  fs_settings_get_page_setup (self->settings, &job->setup);
  task = g_task_new (self, NULL, on_exported, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_in_thread);
}

static GtkFileFilter *
filter_for (FsExportFormat format)
{
  GtkFileFilter *filter;

  if (format == FS_EXPORT_JSON)
    return fs_window_json_filter ();
  filter = gtk_file_filter_new ();
  if (format == FS_EXPORT_MARKDOWN)
    {
      gtk_file_filter_set_name (filter, _("Markdown"));
      gtk_file_filter_add_suffix (filter, "md");
    }
  else
    {
      gtk_file_filter_set_name (filter, format == FS_EXPORT_RUNBOOK ? _("Go/No-Go Runbook (PDF)")
                                                                    : _("PDF Document"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  return filter;
}

static char *
file_name_for (FsDocument     *document,
               FsExportFormat  format)
{
  g_autofree char *title = g_strdup (fs_document_get_title (document));

  g_strdelimit (title, "/\\:*?\"<>|", '-');
  if (format == FS_EXPORT_RUNBOOK)
    /* Translators: the file name of a runbook; %s is the document's title */
    return g_strdup_printf (_("%s – Runbook.pdf"), title[0] ? title : _("Untitled"));
  return g_strconcat (title[0] ? title : _("Untitled"), ".",
                      fs_export_format_extension (format), NULL);
}

static void
on_replace_response (AdwMessageDialog *dialog,
                     const char       *response,
                     FsWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  FsExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));

  if (g_str_equal (response, "replace"))
    fs_window_export_to_file (self, file, format);
}

static void
confirm_replace (FsWindow       *self,
                 GFile          *file,
                 FsExportFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Replace “%s”?"), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("A file with this name already exists. "
                                                "Replacing it overwrites its contents."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The chosen filter says the format; a name typed without its extension
 * gets it. */
static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    FsWindow        *self)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
  FsExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  const char *extension;

  if (filter != NULL && g_object_get_data (G_OBJECT (filter), "format") != NULL)
    format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "format")) - 1;
  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      extension = fs_export_format_extension (format);
      if (path != NULL && !g_str_has_suffix (path, extension))
        {
          g_autofree char *named = NULL;
          char *dot = strrchr (path, '.');

          /* "Title.pdf" saved as Markdown becomes "Title.md", not "Title.pdf.md". */
          if (dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL &&
              (g_str_equal (dot, ".pdf") || g_str_equal (dot, ".md") || g_str_equal (dot, ".json")))
            *dot = '\0';
          named = g_strconcat (path, ".", extension, NULL);

          g_clear_object (&file);
          file = g_file_new_for_path (named);
          /* The chooser asked about the name typed, not this one. */
          if (g_file_query_exists (file, NULL))
            {
              confirm_replace (self, file, format);
              g_object_unref (dialog);
              return;
            }
        }
      fs_window_export_to_file (self, file, format);
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  FsExportFormat format = FS_EXPORT_PDF;
  static const FsExportFormat offered[] = { FS_EXPORT_PDF, FS_EXPORT_RUNBOOK,
                                            FS_EXPORT_MARKDOWN, FS_EXPORT_JSON };
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->document == NULL)
    {
      fs_window_show_toast (self, adw_toast_new (_("Open a document to export it")));
      return;
    }
  if (parameter != NULL)
    fs_export_format_from_name (g_variant_get_string (parameter, NULL), &format);
  if (format == FS_EXPORT_RUNBOOK &&
      fs_document_get_kind (self->document) != FS_DOCUMENT_KIND_PREMORTEM)
    {
      fs_window_show_toast (self, adw_toast_new (_("The go/no-go runbook is made from a "
                                                   "pre-mortem")));
      return;
    }

  name = file_name_for (self->document, format);
  chooser = gtk_file_chooser_native_new (_("Export Document"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    {
      g_autoptr(GtkFileFilter) choice = NULL;
      FsExportFormat each = offered[i];

      /* Export… offers every format that fits the document; Export as… only
       * the one asked for. */
      if ((parameter != NULL && each != format) ||
          (each == FS_EXPORT_RUNBOOK &&
           fs_document_get_kind (self->document) != FS_DOCUMENT_KIND_PREMORTEM))
        continue;
      choice = filter_for (each);
      g_object_set_data (G_OBJECT (choice), "format", GINT_TO_POINTER (each + 1));
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), choice);
      if (each == format)
        gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), choice);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_uri (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                FsPrintLayout    **layout)
{
  FsPrintKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (operation), "kind"));
  FsDocument *document = g_object_get_data (G_OBJECT (operation), "document");
  FsPageSetup setup;

  fs_page_setup_init_a4 (&setup);
  setup.width = gtk_print_context_get_width (context);
  setup.height = gtk_print_context_get_height (context);
  if (!fs_page_setup_is_valid (&setup))
    fs_page_setup_init_default (&setup);
  g_clear_object (layout);
  *layout = fs_print_layout_new (document, kind, &setup);
  gtk_print_operation_set_n_pages (operation, fs_print_layout_get_n_pages (*layout));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              FsPrintLayout    **layout)
{
  fs_print_layout_draw_page (*layout, gtk_print_context_get_cairo_context (context), page);
}

static void
free_layout_slot (FsPrintLayout **layout)
{
  g_clear_object (layout);
  g_free (layout);
}

/* The same pages as the PDF and the Preview: the print context is used whole,
 * in points, and the layout keeps its own margins. */
GtkPrintOperation *
fs_window_new_print_operation (FsWindow    *self,
                               FsPrintKind  kind)
{
  GtkPrintOperation *operation;
  FsPrintLayout **layout = g_new0 (FsPrintLayout *, 1);
  g_autofree char *job = NULL;

  g_return_val_if_fail (FS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  operation = gtk_print_operation_new ();
  /* Translators: the print job of a runbook; %s is the document's title */
  job = kind == FS_PRINT_RUNBOOK ? g_strdup_printf (_("%s – Runbook"),
                                                    fs_document_get_title (self->document))
                                 : g_strdup (fs_document_get_title (self->document));
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "document", fs_document_copy (self->document),
                          g_object_unref);
  g_object_set_data (G_OBJECT (operation), "kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (operation), "layout", layout,
                          (GDestroyNotify) free_layout_slot);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), layout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), layout);
  return operation;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               FsWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      fs_window_show_error (self, _("The Document Could Not Be Printed"),
                            error ? error->message : "");
    }
  g_object_unref (operation);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FsWindow *self = FS_WINDOW (widget);
  GtkPrintOperation *operation;
  FsPrintKind kind = g_str_equal (action_name, "win.print-runbook") ? FS_PRINT_RUNBOOK
                                                                    : FS_PRINT_DOCUMENT;

  if (self->document == NULL)
    {
      fs_window_show_toast (self, adw_toast_new (_("Open a document to print it")));
      return;
    }
  if (kind == FS_PRINT_RUNBOOK &&
      fs_document_get_kind (self->document) != FS_DOCUMENT_KIND_PREMORTEM)
    {
      fs_window_show_toast (self, adw_toast_new (_("The go/no-go runbook is made from a "
                                                   "pre-mortem")));
      return;
    }
  operation = fs_window_new_print_operation (self, kind);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), NULL) != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    on_print_done (operation, GTK_PRINT_OPERATION_RESULT_APPLY, self);
}

void
fs_window_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-as", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-runbook", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.print-runbook", NULL);
}
