/* fs-app-fixture.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-application.h"
#include "fs-board-view.h"
#include "fs-window-private.h"

G_BEGIN_DECLS

/* The application run as a person starts it, on a library of its own. */
typedef struct
{
  char          *dir;
  char          *library;
  FsApplication *app;
  FsWindow      *window;
} Fixture;

typedef void (*Body) (Fixture *fixture);

void           reset_settings      (void);
void           run_app             (Fixture       *fixture,
                                    Body           body);
void           setup               (Fixture       *fixture,
                                    gconstpointer  data);
void           teardown            (Fixture       *fixture,
                                    gconstpointer  data);
void           test_in_app         (Fixture       *fixture,
                                    gconstpointer  data);
GListModel    *library_rows        (Fixture       *fixture);
char          *buffer_text         (GtkTextBuffer *buffer);
FsDocument    *load_open_document  (Fixture       *fixture);
FsBoardView   *open_board          (Fixture       *fixture);
FsRecord      *open_risk           (Fixture       *fixture,
                                    guint          position);
void           wait_for_stored     (Fixture       *fixture,
                                    guint          field,
                                    const char    *want);
void           wait_past_autosave  (Fixture       *fixture);

G_END_DECLS
