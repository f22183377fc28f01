/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-error.h: Hearth's error domain, shared by the core, the CLI and the window. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HEARTH_ERROR (hearth_error_quark ())

typedef enum
{
  HEARTH_ERROR_FAILED,
  HEARTH_ERROR_NOT_SQLITE,         /* the file is not a SQLite database at all */
  HEARTH_ERROR_NOT_HEARTH,         /* a SQLite database, but not a Hearth scheme */
  HEARTH_ERROR_TOO_NEW,            /* written by a newer Hearth */
  HEARTH_ERROR_DAMAGED,            /* the file is damaged */
  HEARTH_ERROR_EXISTS,             /* creating a scheme where a file already is */
  HEARTH_ERROR_NOT_FOUND,          /* no such record or file */
  HEARTH_ERROR_READ_ONLY,          /* the scheme or its folder cannot be written */
  HEARTH_ERROR_DISK_FULL,
  HEARTH_ERROR_BUSY,               /* another program holds the scheme */
  HEARTH_ERROR_IO,
  HEARTH_ERROR_INVALID,            /* a value is missing or malformed */
  HEARTH_ERROR_TOO_YOUNG,          /* a person under 16 at referral */
  HEARTH_ERROR_RISK_REVIEW_DATE,   /* a risk assessment without a later next review date */
  HEARTH_ERROR_NOT_APPROVED,       /* the carer is not approved */
  HEARTH_ERROR_NOT_APPROVED_FOR_TYPE,
  HEARTH_ERROR_NOT_EMERGENCY_APPROVED,
  HEARTH_ERROR_NO_PLACE_FREE,      /* the carer is at capacity on overlapping dates */
  HEARTH_ERROR_APPROVAL_TERMS,     /* approval terms out of range */
  HEARTH_ERROR_TRIAL_NOT_AGREED,   /* a trial without both yeses */
  HEARTH_ERROR_TRIAL_STATE,        /* a transition the trial cannot make */
  HEARTH_ERROR_STAGE,              /* a recruitment move the carer cannot make */
  HEARTH_ERROR_REVIEW_VIEWS,       /* a review without the person's own views */
  HEARTH_ERROR_REVIEW_ADVOCATE,    /* a review without an advocate when it needs one */
  HEARTH_ERROR_ARCHIVE_REASON,     /* archiving or ending without a reason */
  HEARTH_ERROR_ARRANGEMENT_STATE,  /* ending an arrangement that has ended, etc. */
  HEARTH_ERROR_ONE_HOME,           /* a second long-term or emergency arrangement at once */
} HearthError;

GQuark hearth_error_quark (void);

G_END_DECLS
