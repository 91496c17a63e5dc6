/* test-cli.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>

#include "fs-test-util.h"

typedef struct
{
  char *dir;
  char *library;
  char *out;
  char *err;
  int   status;
} Cli;

static void
cli_setup (Cli           *cli,
           gconstpointer  data)
{
  cli->dir = fs_test_make_dir ();
  cli->library = g_build_filename (cli->dir, "library.db", NULL);
}

static void
cli_teardown (Cli           *cli,
              gconstpointer  data)
{
  g_free (cli->out);
  g_free (cli->err);
  g_free (cli->library);
  g_free (cli->dir);
}

/* Runs the built binary the way a script would: no display at all. */
static int
cli_run_env (Cli         *cli,
             const char  *library_env,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("FORESIGHT_BINARY"));
  va_start (args, library_env);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_unsetenv (env, "FORESIGHT_LIBRARY");
  if (library_env != NULL)
    env = g_environ_setenv (env, "FORESIGHT_LIBRARY", library_env, TRUE);

  g_clear_pointer (&cli->out, g_free);
  g_clear_pointer (&cli->err, g_free);
  g_spawn_sync (cli->dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &cli->out, &cli->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  cli->status = WEXITSTATUS (wait_status);
  return cli->status;
}

#define cli_run(cli, ...) cli_run_env (cli, NULL, __VA_ARGS__, NULL)

static guint
count_lines (const char *text)
{
  guint lines = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      lines++;
  return lines;
}

static void
assert_one_line_error (Cli        *cli,
                       const char *pattern)
{
  g_assert_cmpint (cli->status, !=, 0);
  g_assert_cmpuint (count_lines (cli->err), ==, 1);
  g_assert_true (g_str_has_prefix (cli->err, "foresight: "));
  if (!g_pattern_match_simple (pattern, cli->err))
    g_error ("stderr “%s” does not match “%s”", cli->err, pattern);
}

static char *
import_fixture (Cli        *cli,
                const char *name)
{
  g_autofree char *fixture = fs_test_data_path (name);

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--import", fixture), ==, 0);
  g_assert_cmpstr (cli->err, ==, "");
  g_assert_cmpuint (count_lines (cli->out), ==, 1);
  g_assert_true (g_uuid_string_is_valid (g_strchomp (cli->out)));
  return g_strdup (cli->out);
}

static void
test_version (Cli           *cli,
              gconstpointer  data)
{
  g_assert_cmpint (cli_run (cli, "--version"), ==, 0);
  g_assert_true (g_pattern_match_simple ("foresight *.*.*\n", cli->out));
}

static void
test_import_list_export (Cli           *cli,
                         gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *post = import_fixture (cli, "postmortem-rich.json");
  g_autofree char *exported = g_build_filename (cli->dir, "exported.json", NULL);
  g_autofree char *fixture = fs_test_data_path ("premortem-rich.json");
  g_autofree char *expected = fs_test_read_file (fixture);
  g_autofree char *written = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) columns = NULL;

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--list"), ==, 0);
  lines = g_strsplit (cli->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&columns, g_strfreev);
      columns = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (columns), ==, 4);
      g_assert_true (g_str_equal (columns[0], pre) || g_str_equal (columns[0], post));
      g_assert_cmpstr (columns[1], ==, g_str_equal (columns[0], pre) ? "premortem" : "postmortem");
      g_assert_true (g_strv_contains ((const char *[]) { "draft", "review", "final", NULL },
                                      columns[2]));
      g_assert_cmpstr (columns[3], !=, "");
    }

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--export", pre,
                            "--format", "json", "--output", exported), ==, 0);
  written = fs_test_read_file (exported);
  g_assert_cmpstr (written, ==, expected);
}

static void
test_list_json (Cli           *cli,
                gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *first;

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--list", "--json"), ==, 0);
  json_parser_load_from_data (parser, cli->out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  first = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, pre);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "premortem");
  g_assert_true (json_object_has_member (first, "title"));
  g_assert_true (json_object_has_member (first, "status"));
}

static void
test_reimport_updates_nothing (Cli           *cli,
                               gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *fixture = fs_test_data_path ("premortem-rich.json");

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--import", fixture), ==, 0);
  g_assert_cmpstr (cli->out, ==, "");
  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--list"), ==, 0);
  g_assert_cmpuint (count_lines (cli->out), ==, 1);
}

static void
test_bad_import_changes_nothing (Cli           *cli,
                                 gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *bad = g_build_filename (cli->dir, "broken.json", NULL);
  g_autofree char *listed = NULL;

  g_assert_true (g_file_set_contents (bad, "{\n  \"format\": \"foresight\",\n  \"version\": 1,\n"
                                      "  \"documents\": [ { \"id\": \n", -1, NULL));
  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--list"), ==, 0);
  listed = g_strdup (cli->out);

  cli_run (cli, "--library", cli->library, "--import", bad);
  assert_one_line_error (cli, "*broken.json*:*:*");
  g_assert_cmpstr (cli->out, ==, "");

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--list"), ==, 0);
  g_assert_cmpstr (cli->out, ==, listed);
}

static void
test_usage_errors (Cli           *cli,
                   gconstpointer  data)
{
  cli_run (cli, "--library", cli->library, "--json");
  assert_one_line_error (cli, "*--json*--list*");
  g_assert_cmpint (cli->status, ==, 2);

  cli_run (cli, "--library", cli->library, "--export", "x", "--output", "out.json");
  assert_one_line_error (cli, "*--format*");

  cli_run (cli, "--library", cli->library, "--export", "x", "--format", "docx",
           "--output", "out.json");
  assert_one_line_error (cli, "*docx*");

  cli_run (cli, "--library", cli->library, "--list", "--import", "file.json");
  assert_one_line_error (cli, "*combined*");
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_export_every_format (Cli           *cli,
                          gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *md = g_build_filename (cli->dir, "doc.md", NULL);
  g_autofree char *pdf = g_build_filename (cli->dir, "doc.pdf", NULL);
  g_autofree char *runbook = g_build_filename (cli->dir, "runbook.pdf", NULL);
  g_autofree char *markdown = NULL;
  g_autofree char *document_text = NULL;
  g_autofree char *runbook_text = NULL;

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--export", pre, "--format", "md",
                            "--output", md), ==, 0);
  markdown = fs_test_read_file (md);
  g_assert_true (g_str_has_prefix (markdown, "# "));
  g_assert_nonnull (strstr (markdown, "| P |"));

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--export", pre, "--format", "pdf",
                            "--output", pdf), ==, 0);
  document_text = pdf_text (pdf);
  g_assert_nonnull (strstr (document_text, "Rollback plan"));

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--export", pre,
                            "--format", "runbook", "--output", runbook), ==, 0);
  runbook_text = pdf_text (runbook);
  g_assert_nonnull (strstr (runbook_text, "☐"));
  g_assert_cmpstr (cli->err, ==, "");
}

static JsonObject *
find_listed (JsonArray  *array,
             const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return object;
    }
  g_error ("%s is not listed", id);
  return NULL;
}

static void
assert_strings (JsonObject *object,
                const char *member,
                const char *expected)
{
  JsonArray *array = json_object_get_array_member (object, member);
  GString *joined = g_string_new (NULL);

  g_assert_nonnull (array);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " " : "",
                            json_array_get_string_element (array, i));
  g_assert_cmpstr (joined->str, ==, expected);
  g_string_free (joined, TRUE);
}

/* A second incident of the same change, linked but not yet compared. */
static char *
import_unasked_postmortem (Cli        *cli,
                           const char *premortem_id)
{
  g_autofree char *path = g_build_filename (cli->dir, "second.json", NULL);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *json =
    g_strdup_printf ("{\"format\": \"foresight\", \"version\": 1, \"documents\": ["
                     "{\"id\": \"%s\", \"kind\": \"postmortem\", \"title\": \"Second incident\", "
                     "\"incident\": {\"started\": \"2027-03-01T10:00:00Z\"}, "
                     "\"premortem\": \"%s\"}]}", id, premortem_id);

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--import", path), ==, 0);
  g_assert_cmpstr (g_strchomp (cli->out), ==, id);
  return g_steal_pointer (&id);
}

static void
test_list_json_chain (Cli           *cli,
                      gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *post = import_fixture (cli, "postmortem-rich.json");
  g_autofree char *second = import_unasked_postmortem (cli, pre);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *incidents = g_strdup_printf ("%s %s", post, second);
  JsonArray *array;
  JsonObject *premortem, *postmortem, *unasked;

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--list", "--json"), ==, 0);
  json_parser_load_from_data (parser, cli->out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  premortem = find_listed (array, pre);
  postmortem = find_listed (array, post);
  unasked = find_listed (array, second);

  g_assert_cmpstr (json_object_get_string_member (postmortem, "premortem"), ==, pre);
  assert_strings (postmortem, "anticipated", "r3");
  g_assert_false (json_object_has_member (postmortem, "incidents"));
  /* Not asked yet is no answer: no list at all. */
  g_assert_cmpstr (json_object_get_string_member (unasked, "premortem"), ==, pre);
  g_assert_false (json_object_has_member (unasked, "anticipated"));
  /* In the order the incidents began. */
  assert_strings (premortem, "incidents", incidents);
  g_assert_false (json_object_has_member (premortem, "premortem"));
  g_assert_false (json_object_has_member (premortem, "anticipated"));
}

static char *
export_markdown (Cli        *cli,
                 const char *id)
{
  g_autofree char *md = g_build_filename (cli->dir, "chain.md", NULL);

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--export", id, "--format", "md",
                            "--output", md), ==, 0);
  g_assert_cmpstr (cli->err, ==, "");
  return fs_test_read_file (md);
}

/* An export from the library says what the library knows of the chain. */
static void
test_export_chain (Cli           *cli,
                   gconstpointer  data)
{
  g_autofree char *post = import_fixture (cli, "postmortem-rich.json");
  g_autofree char *absent = export_markdown (cli, post);
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *found = export_markdown (cli, post);
  g_autofree char *premortem = export_markdown (cli, pre);
  g_autofree char *pdf = g_build_filename (cli->dir, "chain.pdf", NULL);
  g_autofree char *pdf_lines = NULL;

  g_assert_nonnull (strstr (absent, "### Anticipated by the pre-mortem\n\n"
                                    "The linked pre-mortem is not in this library.\n"));
  g_assert_nonnull (strstr (found, "### Anticipated by the pre-mortem\n\n"
                                   "**Pre-mortem:** Move the payments ledger database to managed "
                                   "PostgreSQL\n\nThe incident was an instance of this risk:\n\n"
                                   "- The managed instance's connection limit is lower than the "
                                   "pools the ledger pods open — score 14\n"));
  g_assert_nonnull (strstr (premortem, "**Happened:** Failed card payments after the ledger "
                                       "database move\n"));
  g_assert_nonnull (strstr (premortem, "## Linked incidents\n"));

  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--export", post, "--format", "pdf",
                            "--output", pdf), ==, 0);
  pdf_lines = pdf_text (pdf);
  g_assert_nonnull (strstr (pdf_lines, "Anticipated by the pre-mortem"));
  g_assert_nonnull (strstr (pdf_lines, "The incident was an instance of this risk:"));
}

static void
test_export_into_missing_folder (Cli           *cli,
                                 gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *output = g_build_filename (cli->dir, "no-such-folder", "doc.pdf", NULL);

  cli_run (cli, "--library", cli->library, "--export", pre, "--format", "pdf",
           "--output", output);
  assert_one_line_error (cli, "*no-such-folder*");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

static void
test_unknown_document (Cli           *cli,
                       gconstpointer  data)
{
  g_autofree char *pre = import_fixture (cli, "premortem-rich.json");
  g_autofree char *output = g_build_filename (cli->dir, "out.json", NULL);

  cli_run (cli, "--library", cli->library, "--export", "no-such-id", "--format", "json",
           "--output", output);
  assert_one_line_error (cli, "*no-such-id*");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

static void
test_missing_library_not_created (Cli           *cli,
                                  gconstpointer  data)
{
  cli_run (cli, "--library", cli->library, "--list");
  assert_one_line_error (cli, "*library.db*");
  g_assert_false (g_file_test (cli->library, G_FILE_TEST_EXISTS));

  cli_run (cli, "--library", cli->library, "--import", "no-such-file.json");
  assert_one_line_error (cli, "*no-such-file.json*");
  g_assert_false (g_file_test (cli->library, G_FILE_TEST_EXISTS));
}

static void
test_damaged_library_untouched (Cli           *cli,
                                gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *fixture = fs_test_data_path ("premortem-rich.json");
  g_autofree char *wal = g_strconcat (cli->library, "-wal", NULL);

  g_assert_true (g_file_set_contents (cli->library, "These are not the bytes of a database, "
                                      "but a note somebody saved here.\n", -1, NULL));
  before = fs_test_file_digest (cli->library);

  cli_run (cli, "--library", cli->library, "--list");
  assert_one_line_error (cli, "*library.db*");
  cli_run (cli, "--library", cli->library, "--import", fixture);
  assert_one_line_error (cli, "*library.db*");

  after = fs_test_file_digest (cli->library);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_library_from_environment (Cli           *cli,
                               gconstpointer  data)
{
  g_autofree char *fixture = fs_test_data_path ("postmortem-rich.json");

  g_assert_cmpint (cli_run_env (cli, cli->library, "--import", fixture, NULL), ==, 0);
  g_assert_true (g_file_test (cli->library, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (cli_run (cli, "--library", cli->library, "--list"), ==, 0);
  g_assert_cmpuint (count_lines (cli->out), ==, 1);
  g_assert_nonnull (strstr (cli->out, "\tpostmortem\t"));
}

static void
test_default_library_path (Cli           *cli,
                           gconstpointer  data)
{
  g_autofree char *fixture = fs_test_data_path ("postmortem-rich.json");
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "foresight",
                                                "library.db", NULL);

  g_assert_cmpint (cli_run (cli, "--import", fixture), ==, 0);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Cli, NULL, cli_setup, func, cli_teardown)
  ADD ("/cli/version", test_version);
  ADD ("/cli/import-list-export", test_import_list_export);
  ADD ("/cli/list-json", test_list_json);
  ADD ("/cli/reimport-updates-nothing", test_reimport_updates_nothing);
  ADD ("/cli/bad-import-changes-nothing", test_bad_import_changes_nothing);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/export-every-format", test_export_every_format);
  ADD ("/cli/export-into-missing-folder", test_export_into_missing_folder);
  ADD ("/cli/chain/list-json", test_list_json_chain);
  ADD ("/cli/chain/export", test_export_chain);
  ADD ("/cli/unknown-document", test_unknown_document);
  ADD ("/cli/missing-library-not-created", test_missing_library_not_created);
  ADD ("/cli/damaged-library-untouched", test_damaged_library_untouched);
  ADD ("/cli/library-from-environment", test_library_from_environment);
  ADD ("/cli/default-library-path", test_default_library_path);
#undef ADD

  return g_test_run ();
}
