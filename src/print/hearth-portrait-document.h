/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-portrait-document.h: the printable documents about one person or carer: a pen
 * portrait (in full, or for introductions) and a subject access report; and both pen
 * portraits of a person and a carer about to be introduced. */

#pragma once

#include "hearth-document.h"
#include "hearth-carer.h"
#include "hearth-person.h"
#include "hearth-scheme.h"

G_BEGIN_DECLS

HearthDocument *hearth_pen_portrait_document_new    (HearthScheme  *scheme,
                                                     HearthRecord  *subject,
                                                     gboolean       for_introductions,
                                                     GError       **error);
HearthDocument *hearth_subject_access_document_new  (HearthScheme  *scheme,
                                                     HearthRecord  *person,
                                                     GError       **error);
HearthDocument *hearth_introductions_document_new   (HearthScheme  *scheme,
                                                     HearthPerson  *person,
                                                     HearthCarer   *carer,
                                                     GError       **error);

G_END_DECLS
