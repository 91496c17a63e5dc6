/* fs-toast.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void fs_toast_add           (AdwToastOverlay *overlay,
                             AdwToast        *toast);
void fs_toast_dismiss_soon  (AdwToast        *toast);

G_END_DECLS
