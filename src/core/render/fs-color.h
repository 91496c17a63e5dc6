/* fs-color.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

/* Colours from the GNOME palette, used sparingly: the page is mostly ink on
 * paper, and every colour also differs in lightness so that it survives a
 * greyscale printer. */
typedef struct
{
  double red;
  double green;
  double blue;
} FsColor;

#define FS_RGB(hex) ((FsColor) { ((hex) >> 16 & 0xff) / 255.0, \
                                 ((hex) >> 8 & 0xff) / 255.0,  \
                                 ((hex) & 0xff) / 255.0 })

static inline void
fs_color_set_source (cairo_t *cr,
                     FsColor  color)
{
  cairo_set_source_rgb (cr, color.red, color.green, color.blue);
}
