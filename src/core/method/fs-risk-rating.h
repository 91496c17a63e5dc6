/* fs-risk-rating.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

/* How serious a risk's score (probability × impact) is. The board's badges
 * and the PDF's risk matrix take their bands, words and tints from here. */
typedef enum
{
  FS_RISK_BAND_LOW,       /* under 5 */
  FS_RISK_BAND_MEDIUM,    /* 5 to under 10 */
  FS_RISK_BAND_HIGH,      /* 10 to under 15 */
  FS_RISK_BAND_CRITICAL,  /* 15 or more */
} FsRiskBand;

FsRiskBand  fs_risk_band_for_score (double      score);
const char *fs_risk_band_id        (FsRiskBand  band);   /* "low", "medium", "high", "critical" */
const char *fs_risk_band_name      (FsRiskBand  band);   /* translated: "Low" … "Critical" */
guint32     fs_risk_band_tint      (FsRiskBand  band);   /* 0xRRGGBB, lighter for lower bands */

gboolean    fs_risk_is_rated       (FsRisk     *risk);
gboolean    fs_risk_matrix_cell    (FsRisk     *risk,
                                    guint      *probability,
                                    guint      *impact);

G_END_DECLS
