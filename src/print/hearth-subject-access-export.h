/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-subject-access-export.h: writing a subject access request's answer to a folder. */

#pragma once

#include "hearth.h"

G_BEGIN_DECLS

gboolean hearth_subject_access_export (HearthScheme  *scheme,
                                       HearthPerson  *person,
                                       const char    *folder,
                                       char         **pdf_path,
                                       char         **json_path,
                                       GError       **error);

G_END_DECLS
