/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-dialogs.h: what the Recruitment view's questions share: the stages in
 * order, the terms of an approval, how a refusal is said, and the summary's export. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

/* The rows of an approval's terms, in a question's template. */
typedef struct
{
  GtkCheckButton *long_term;
  GtkCheckButton *short_breaks;
  GtkCheckButton *day_support;
  GtkCheckButton *emergency;
  GtkSpinButton  *places;
} HearthTermsFields;

GStrv                hearth_recruitment_back_or_out_stages (const char        *stage);
char                *hearth_recruitment_dup_moved          (HearthCarer       *carer);
const char          *hearth_recruitment_entry_text         (AdwEntryRow       *row);

void                 hearth_recruitment_terms_bind         (GtkWidgetClass    *widget_class,
                                                            gssize             offset);
void                 hearth_recruitment_terms_name         (HearthTermsFields *terms);
void                 hearth_recruitment_terms_set          (HearthTermsFields *terms,
                                                            HearthCarer       *carer);
HearthApprovalTerms  hearth_recruitment_terms_read         (HearthTermsFields *terms);

void                 hearth_recruitment_show_error         (GtkWindow         *parent,
                                                            const GError      *error);
void                 hearth_recruitment_ask_export         (HearthPage        *page,
                                                            const HearthRecruitmentSummary
                                                                              *summary);

G_END_DECLS
