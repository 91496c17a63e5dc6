/* fs-risk-rating.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fs-risk-rating.h"

FsRiskBand
fs_risk_band_for_score (double score)
{
  if (score >= 15)
    return FS_RISK_BAND_CRITICAL;
  if (score >= 10)
    return FS_RISK_BAND_HIGH;
  if (score >= 5)
    return FS_RISK_BAND_MEDIUM;
  return FS_RISK_BAND_LOW;
}

const char *
fs_risk_band_id (FsRiskBand band)
{
  static const char * const ids[] = { "low", "medium", "high", "critical" };

  g_return_val_if_fail (band <= FS_RISK_BAND_CRITICAL, NULL);

  return ids[band];
}

const char *
fs_risk_band_name (FsRiskBand band)
{
  static const char * const names[] = { N_("Low"), N_("Medium"), N_("High"), N_("Critical") };

  g_return_val_if_fail (band <= FS_RISK_BAND_CRITICAL, NULL);

  return _(names[band]);
}

/* Each band is also lighter than the next, for greyscale printers. */
guint32
fs_risk_band_tint (FsRiskBand band)
{
  static const guint32 tints[] = { 0xe3f4e6, 0xf9e79f, 0xfbc28f, 0xf1958b };

  g_return_val_if_fail (band <= FS_RISK_BAND_CRITICAL, 0);

  return tints[band];
}

/* Ratings run from 1 to 5; 0, the value before anyone rated, is no rating. */
gboolean
fs_risk_is_rated (FsRisk *risk)
{
  g_return_val_if_fail (FS_IS_RISK (risk), FALSE);

  return fs_record_get_number (FS_RECORD (risk), FS_RISK_PROBABILITY) >= 1 &&
         fs_record_get_number (FS_RECORD (risk), FS_RISK_IMPACT) >= 1;
}

static guint
cell_index (double rating)
{
  return (guint) CLAMP (floor (rating + 0.5), 1, 5) - 1;
}

/* The cell of the 5 × 5 matrix a rated risk falls in, from 0 to 4 on each
 * axis; a half rounds up, so 2.5 stands with the threes. */
gboolean
fs_risk_matrix_cell (FsRisk *risk,
                     guint  *probability,
                     guint  *impact)
{
  g_return_val_if_fail (FS_IS_RISK (risk), FALSE);

  if (!fs_risk_is_rated (risk))
    return FALSE;
  if (probability != NULL)
    *probability = cell_index (fs_record_get_number (FS_RECORD (risk), FS_RISK_PROBABILITY));
  if (impact != NULL)
    *impact = cell_index (fs_record_get_number (FS_RECORD (risk), FS_RISK_IMPACT));
  return TRUE;
}
