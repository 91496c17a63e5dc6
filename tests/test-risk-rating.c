/* test-risk-rating.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-risk-rating.h"
#include "fs-test-util.h"

static FsRisk *
rated (double probability,
       double impact)
{
  FsRisk *risk = g_object_new (FS_TYPE_RISK, NULL);

  fs_record_set_number (FS_RECORD (risk), FS_RISK_PROBABILITY, probability);
  fs_record_set_number (FS_RECORD (risk), FS_RISK_IMPACT, impact);
  return risk;
}

static void
test_band_edges (void)
{
  static const struct { double score; FsRiskBand band; const char *id; } edges[] = {
    { 0, FS_RISK_BAND_LOW, "low" },
    { 4.99, FS_RISK_BAND_LOW, "low" },
    { 5, FS_RISK_BAND_MEDIUM, "medium" },
    { 9.99, FS_RISK_BAND_MEDIUM, "medium" },
    { 10, FS_RISK_BAND_HIGH, "high" },
    { 14.99, FS_RISK_BAND_HIGH, "high" },
    { 15, FS_RISK_BAND_CRITICAL, "critical" },
    { 25, FS_RISK_BAND_CRITICAL, "critical" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      FsRiskBand band = fs_risk_band_for_score (edges[i].score);

      g_assert_cmpint (band, ==, edges[i].band);
      g_assert_cmpstr (fs_risk_band_id (band), ==, edges[i].id);
    }
}

static void
test_names_and_tints (void)
{
  g_assert_cmpstr (fs_risk_band_name (FS_RISK_BAND_LOW), ==, "Low");
  g_assert_cmpstr (fs_risk_band_name (FS_RISK_BAND_MEDIUM), ==, "Medium");
  g_assert_cmpstr (fs_risk_band_name (FS_RISK_BAND_HIGH), ==, "High");
  g_assert_cmpstr (fs_risk_band_name (FS_RISK_BAND_CRITICAL), ==, "Critical");

  g_assert_cmphex (fs_risk_band_tint (FS_RISK_BAND_LOW), ==, 0xe3f4e6);
  g_assert_cmphex (fs_risk_band_tint (FS_RISK_BAND_MEDIUM), ==, 0xf9e79f);
  g_assert_cmphex (fs_risk_band_tint (FS_RISK_BAND_HIGH), ==, 0xfbc28f);
  g_assert_cmphex (fs_risk_band_tint (FS_RISK_BAND_CRITICAL), ==, 0xf1958b);
}

/* Each tint is darker than the one before, for greyscale printers. */
static void
test_tints_darken (void)
{
  double last = G_MAXDOUBLE;

  for (FsRiskBand band = FS_RISK_BAND_LOW; band <= FS_RISK_BAND_CRITICAL; band++)
    {
      guint32 tint = fs_risk_band_tint (band);
      double lightness = 0.299 * (tint >> 16) + 0.587 * (tint >> 8 & 0xff) +
                         0.114 * (tint & 0xff);

      g_assert_cmpfloat (lightness, <, last);
      last = lightness;
    }
}

static void
test_unrated (void)
{
  g_autoptr(FsRisk) fresh = g_object_new (FS_TYPE_RISK, NULL);
  g_autoptr(FsRisk) no_impact = rated (3, 0);
  g_autoptr(FsRisk) below_one = rated (0.5, 4);
  g_autoptr(FsRisk) lowest = rated (1, 1);
  guint probability = 7;
  guint impact = 7;

  g_assert_false (fs_risk_is_rated (fresh));
  g_assert_false (fs_risk_is_rated (no_impact));
  g_assert_false (fs_risk_is_rated (below_one));
  g_assert_false (fs_risk_matrix_cell (no_impact, &probability, &impact));
  g_assert_cmpuint (probability, ==, 7);
  g_assert_cmpuint (impact, ==, 7);

  g_assert_true (fs_risk_is_rated (lowest));
  g_assert_true (fs_risk_matrix_cell (lowest, &probability, &impact));
  g_assert_cmpuint (probability, ==, 0);
  g_assert_cmpuint (impact, ==, 0);
}

/* The board and the PDF's matrix place a half rating with the number above. */
static void
test_matrix_cells (void)
{
  static const struct { double probability, impact; guint cell_p, cell_i; } cells[] = {
    { 2.5, 1.5, 2, 1 },
    { 1.5, 2.5, 1, 2 },
    { 1.4, 4.6, 0, 4 },
    { 5, 5, 4, 4 },
    { 3, 2, 2, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_autoptr(FsRisk) risk = rated (cells[i].probability, cells[i].impact);
      guint probability;
      guint impact;

      g_assert_true (fs_risk_matrix_cell (risk, &probability, &impact));
      g_assert_cmpuint (probability, ==, cells[i].cell_p);
      g_assert_cmpuint (impact, ==, cells[i].cell_i);
    }
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/risk-rating/band-edges", test_band_edges);
  g_test_add_func ("/risk-rating/names-and-tints", test_names_and_tints);
  g_test_add_func ("/risk-rating/tints-darken", test_tints_darken);
  g_test_add_func ("/risk-rating/unrated", test_unrated);
  g_test_add_func ("/risk-rating/matrix-cells", test_matrix_cells);

  return g_test_run ();
}
