/* fs-workshop.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fs-document.h"

G_BEGIN_DECLS

/* A workshop on a document: the method's steps as an agenda, each with a
 * time box the facilitator can change or skip, and a timer for the step at
 * hand. Time comes from a clock given at creation (the wall clock in the
 * app, a counter in tests), in microseconds, so that a workshop saved while
 * its timer runs goes on counting after a restart. */

#define FS_TYPE_WORKSHOP (fs_workshop_get_type ())

G_DECLARE_FINAL_TYPE (FsWorkshop, fs_workshop, FS, WORKSHOP, GObject)

typedef gint64 (*FsClockFunc) (gpointer user_data);

typedef enum
{
  FS_WORKSHOP_NOT_STARTED, /* the agenda can still be changed */
  FS_WORKSHOP_RUNNING,
  FS_WORKSHOP_PAUSED,
  FS_WORKSHOP_FINISHED,
} FsWorkshopState;

#define FS_WORKSHOP_ERROR (fs_workshop_error_quark ())

typedef enum
{
  FS_WORKSHOP_ERROR_INVALID,
} FsWorkshopError;

/* The dot vote's rules: votes each voter gives, and whether the room votes
 * as the document's people (0) or as so many anonymous voters. */
#define FS_WORKSHOP_VOTES_EACH_DEFAULT 3
#define FS_WORKSHOP_VOTES_EACH_MAX     10
#define FS_WORKSHOP_ANONYMOUS_MAX      30
#define FS_WORKSHOP_ANONYMOUS_DEFAULT  6  /* a room whose document names no one */

GQuark           fs_workshop_error_quark       (void);

FsWorkshop      *fs_workshop_new               (FsDocumentKind  kind,
                                                FsClockFunc     clock,
                                                gpointer        clock_data);
FsWorkshop      *fs_workshop_new_from_json     (FsDocumentKind  kind,
                                                JsonNode       *node,
                                                FsClockFunc     clock,
                                                gpointer        clock_data,
                                                GError        **error);
JsonNode        *fs_workshop_to_json           (FsWorkshop     *self);

guint            fs_workshop_get_n_steps       (FsWorkshop     *self);
const char      *fs_workshop_get_step_id       (FsWorkshop     *self,
                                                guint           step);
const char      *fs_workshop_get_step_title    (FsWorkshop     *self,
                                                guint           step);
guint            fs_workshop_get_step_minutes  (FsWorkshop     *self,
                                                guint           step);
void             fs_workshop_set_step_minutes  (FsWorkshop     *self,
                                                guint           step,
                                                guint           minutes);
gboolean         fs_workshop_get_step_skipped  (FsWorkshop     *self,
                                                guint           step);
void             fs_workshop_set_step_skipped  (FsWorkshop     *self,
                                                guint           step,
                                                gboolean        skipped);

FsWorkshopState  fs_workshop_get_state         (FsWorkshop     *self);
guint            fs_workshop_get_current_step  (FsWorkshop     *self);
gint64           fs_workshop_get_remaining     (FsWorkshop     *self);
gboolean         fs_workshop_is_overtime       (FsWorkshop     *self);

void             fs_workshop_start             (FsWorkshop     *self);
void             fs_workshop_pause             (FsWorkshop     *self);
void             fs_workshop_resume            (FsWorkshop     *self);
void             fs_workshop_add_minute        (FsWorkshop     *self);
void             fs_workshop_next              (FsWorkshop     *self);
void             fs_workshop_finish            (FsWorkshop     *self);

gboolean         fs_workshop_get_hiding        (FsWorkshop     *self);
void             fs_workshop_set_hiding        (FsWorkshop     *self,
                                                gboolean        hiding);
void             fs_workshop_add_card          (FsWorkshop     *self,
                                                const char     *card_id);
gboolean         fs_workshop_is_hidden         (FsWorkshop     *self,
                                                const char     *card_id);
guint            fs_workshop_get_n_hidden      (FsWorkshop     *self);
void             fs_workshop_reveal            (FsWorkshop     *self);

guint            fs_workshop_get_votes_each    (FsWorkshop     *self);
void             fs_workshop_set_votes_each    (FsWorkshop     *self,
                                                guint           votes);
guint            fs_workshop_get_anonymous_voters (FsWorkshop  *self);
void             fs_workshop_set_anonymous_voters (FsWorkshop  *self,
                                                guint           voters);

G_END_DECLS
