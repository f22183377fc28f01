/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-test-util.h: small fixtures the core's tests share: a scheme in a temporary folder,
 * an approved carer, a referred person, an agreed trial. */

#pragma once

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TEST_TODAY "2026-11-22"

typedef struct
{
  char         *dir;
  GFile        *file;
  HearthScheme *scheme;
} SchemeFixture;

void          scheme_fixture_set_up    (SchemeFixture  *fixture,
                                        gconstpointer   data);
void          scheme_fixture_tear_down (SchemeFixture  *fixture,
                                        gconstpointer   data);
char         *test_temp_dir            (void);
void          test_remove_dir          (const char     *dir);
HearthCarer  *test_add_carer           (HearthScheme   *scheme,
                                        const char     *first,
                                        const char     *last);
void          test_complete_checklist  (HearthScheme   *scheme,
                                        HearthCarer    *carer);
HearthCarer  *test_approved_carer      (HearthScheme   *scheme,
                                        const char     *first,
                                        const char     *last,
                                        gint64          places,
                                        gboolean        emergency);
HearthPerson *test_add_person          (HearthScheme   *scheme,
                                        const char     *first,
                                        const char     *last);
HearthTrial  *test_agreed_trial        (HearthScheme   *scheme,
                                        HearthPerson   *person,
                                        HearthCarer    *carer,
                                        const char     *type);
gboolean      test_start_from_trial    (HearthScheme   *scheme,
                                        HearthTrial    *trial,
                                        const char     *start,
                                        HearthArrangement **out,
                                        GError        **error);
gint64        test_count_rows          (HearthScheme   *scheme,
                                        GType           type);

G_END_DECLS
