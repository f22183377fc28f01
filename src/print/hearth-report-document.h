/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-report-document.h: the scheme report on paper, or as PDF. */

#pragma once

#include "hearth.h"
#include "hearth-document.h"

G_BEGIN_DECLS

HearthDocument *hearth_report_document_new (HearthSchemeReport *report);

G_END_DECLS
