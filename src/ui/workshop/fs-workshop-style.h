/* fs-workshop-style.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *fs_workshop_style_css   (double      text_scale);
void  fs_workshop_style_apply (GdkDisplay *display,
                               double      text_scale);

G_END_DECLS
