/* fs-toast.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *fs_toast_new_removed (const char      *name,
                                const char      *action);
void fs_toast_add           (AdwToastOverlay *overlay,
                             AdwToast        *toast);
void fs_toast_dismiss_soon  (AdwToast        *toast);

G_END_DECLS
