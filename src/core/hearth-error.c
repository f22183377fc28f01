/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-error.c: the error domain. */

#define G_LOG_DOMAIN "hearth-error"

#include "config.h"

#include "hearth-error.h"

G_DEFINE_QUARK (hearth-error-quark, hearth_error)
