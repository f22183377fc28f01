/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-enquiry-source.h: Where a carer heard of the scheme; the scheme can add its own. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ENQUIRY_SOURCE (hearth_enquiry_source_get_type ())

G_DECLARE_FINAL_TYPE (HearthEnquirySource, hearth_enquiry_source, HEARTH, ENQUIRY_SOURCE, HearthRecord)

HearthEnquirySource *hearth_enquiry_source_new (void);

const char *hearth_enquiry_source_get_name (HearthEnquirySource *self);

G_END_DECLS
