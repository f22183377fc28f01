/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-print.c: printed pen portraits, read back from the PDF: the version for introductions
 * leaves out every identifying field (alone, or a person's and a carer's together), and long
 * text flows on to the next page, never cut. */

#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include "hearth-portrait-document.h"
#include "hearth-report-document.h"
#include "hearth-test-util.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
pdf_pages (const char *text)
{
  guint pages = 0;

  /* pdftotext ends every page with a form feed. */
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\f')
      pages++;

  return pages;
}

static HearthPerson *
person_with_portrait (HearthScheme *scheme,
                      guint         repeat)
{
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autoptr(GString) about = g_string_new ("I grew up in Millbrook and I love the sea. ");
  g_autoptr(GError) error = NULL;
  HearthPerson *person = hearth_person_new ();

  g_object_set (person, "first-name", "Mariam", "last-name", "Haddadine",
                "preferred-name", "Mimi", "pronouns", "she/her",
                "date-of-birth", "1994-07-19", "referral-date", "2026-03-03",
                "address", "12 Quayside Row", "postcode", "QX4 2LB", "phone", "01632 960123",
                NULL);
  hearth_scheme_add_person (scheme, person, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < repeat; i++)
    g_string_append (about, "On Sundays I walk along the front with my sister and we get chips. ");
  g_string_append (about, "Lighthouse.");
  g_object_set (portrait, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "about-me", about->str,
                "what-matters", "My cat Biscuit, my sister Nadia, and my Friday drama group.",
                "how-to-support", "Tell me plans the day before; I like to know what is coming.",
                NULL);
  hearth_scheme_insert (scheme, HEARTH_RECORD (portrait), &error);
  g_assert_no_error (error);
  return person;
}

static char *
write_and_read (SchemeFixture *f,
                HearthPerson  *person,
                gboolean       introductions)
{
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, introductions ? "intro.pdf" : "full.pdf", NULL);

  doc = hearth_pen_portrait_document_new (f->scheme, HEARTH_RECORD (person), introductions, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  return pdf_text (path);
}

static void
test_full_and_introductions (SchemeFixture *f,
                             gconstpointer  data)
{
  g_autoptr(HearthPerson) person = person_with_portrait (f->scheme, 1);
  g_autofree char *full = write_and_read (f, person, FALSE);
  g_autofree char *intro = write_and_read (f, person, TRUE);
  const char *identifying[] = { "Haddadine", "Mariam", "1994", "19 July", "Quayside", "QX4",
                                "01632" };

  /* The full portrait has everything, on one A4 page. */
  g_assert_nonnull (strstr (full, "Mimi Haddadine"));
  g_assert_nonnull (strstr (full, "19 July 1994"));
  g_assert_nonnull (strstr (full, "12 Quayside Row"));
  g_assert_nonnull (strstr (full, "Test scheme"));
  g_assert_nonnull (strstr (full, "What matters to me"));
  g_assert_cmpuint (pdf_pages (full), ==, 1);

  /* The one for introductions has the preferred name and the words, nothing to find them by. */
  g_assert_nonnull (strstr (intro, "Mimi"));
  g_assert_nonnull (strstr (intro, "my Friday drama group"));
  g_assert_nonnull (strstr (intro, "she/her"));
  for (guint i = 0; i < G_N_ELEMENTS (identifying); i++)
    {
      g_test_message ("looking for %s", identifying[i]);
      g_assert_null (strstr (intro, identifying[i]));
    }
}

static HearthCarer *
carer_with_portrait (HearthScheme *scheme)
{
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autoptr(GError) error = NULL;
  HearthCarer *carer = hearth_carer_new ();

  g_object_set (carer, "first-name", "Bronwen", "last-name", "Tregothnan",
                "date-of-birth", "1968-02-11", "enquiry-date", "2026-01-05",
                "address", "3 Orchard Lane", "postcode", "QX9 7TT", "phone", "01632 960999",
                NULL);
  hearth_scheme_add_carer (scheme, carer, &error);
  g_assert_no_error (error);

  g_object_set (portrait, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "about-me", "We keep bees and the kettle is always on.", NULL);
  hearth_scheme_insert (scheme, HEARTH_RECORD (portrait), &error);
  g_assert_no_error (error);
  return carer;
}

/* Both portraits for an introduction in one PDF: each from the top of a page, neither
 * with anything that identifies or locates them. */
static void
test_introductions (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthPerson) person = person_with_portrait (f->scheme, 1);
  g_autoptr(HearthCarer) carer = carer_with_portrait (f->scheme);
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "introductions.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  const char *identifying[] = { "Haddadine", "Mariam", "1994", "19 July", "Quayside", "QX4",
                                "01632", "Tregothnan", "1968", "11 February", "Orchard",
                                "QX9" };

  doc = hearth_introductions_document_new (f->scheme, person, carer, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);

  g_assert_cmpuint (pdf_pages (text), ==, 2);
  pages = g_strsplit (text, "\f", -1);
  g_assert_nonnull (strstr (pages[0], "Mimi"));
  g_assert_nonnull (strstr (pages[0], "my Friday drama group"));
  g_assert_null (strstr (pages[0], "Bronwen"));
  g_assert_nonnull (strstr (pages[1], "Bronwen"));
  g_assert_nonnull (strstr (pages[1], "We keep bees"));
  g_assert_nonnull (strstr (pages[1], "page 2 of 2"));
  for (guint i = 0; i < G_N_ELEMENTS (identifying); i++)
    {
      g_test_message ("looking for %s", identifying[i]);
      g_assert_null (strstr (text, identifying[i]));
    }
}

static void
test_long_text_flows (SchemeFixture *f,
                      gconstpointer  data)
{
  g_autoptr(HearthPerson) person = person_with_portrait (f->scheme, 120);
  g_autofree char *full = write_and_read (f, person, FALSE);
  guint walks = 0;

  /* Every sentence is there, over more than one page, and the last word too. */
  g_assert_cmpuint (pdf_pages (full), >=, 2);
  for (const char *p = full; (p = strstr (p, "Sundays")) != NULL; p++)
    walks++;
  g_assert_cmpuint (walks, ==, 120);
  g_assert_nonnull (strstr (full, "Lighthouse."));
  g_assert_nonnull (strstr (full, "page 2 of"));
}

static void
test_subject_access_pdf (SchemeFixture *f,
                         gconstpointer  data)
{
  g_autoptr(HearthPerson) person = person_with_portrait (f->scheme, 1);
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "sar.pdf", NULL);
  g_autofree char *text = NULL;

  doc = hearth_subject_access_document_new (f->scheme, HEARTH_RECORD (person), &error);
  g_assert_no_error (error);
  g_assert_true (hearth_document_write_pdf (doc, path, &error));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Records held about"));
  g_assert_nonnull (strstr (text, "Haddadine"));
  g_assert_nonnull (strstr (text, "Quayside"));
  g_assert_nonnull (strstr (text, "Biscuit"));
}

/* The scheme report on paper: its figures, counted by hand, are in the PDF's text. */
static void
test_scheme_report_pdf (SchemeFixture *f,
                        gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Sam", "Carter", 3, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Zoë", "Øster");
  g_autoptr(HearthTrial) trial = test_agreed_trial (f->scheme, person, carer, "long-term");
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HearthSchemeReport) report = NULL;
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  HearthReviewOutcome *outcome = hearth_review_outcome_new ();
  HearthReview *review;

  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-07-01", &arrangement, &error));
  reviews = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                        hearth_record_get_id (HEARTH_RECORD (arrangement)), &error);
  review = g_ptr_array_index (reviews, 0);
  g_object_set (outcome, "area", "friends", "answer", "better", NULL);
  g_ptr_array_add (outcomes, outcome);
  /* Due 2026-08-12, held on 2026-08-10: on time. */
  g_object_set (review, "held-on", "2026-08-10", "reviewer", "Hana Ito",
                "reviewer-is-care-manager", TRUE, "person-views", "I love it here.", NULL);
  g_assert_true (hearth_scheme_record_review (f->scheme, review, outcomes, NULL, &error));

  report = hearth_scheme_report_new (f->scheme, "2026-01-01", "2026-11-22", &error);
  g_assert_no_error (error);
  doc = hearth_report_document_new (report);
  g_assert_true (hearth_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);

  g_assert_nonnull (strstr (text, "Scheme report, 1 January 2026 to 22 November 2026"));
  g_assert_nonnull (strstr (text, "Held on time: 1"));
  g_assert_nonnull (strstr (text, "Held late: 0"));
  g_assert_nonnull (strstr (text, "Enquiries: 1"));
  g_assert_nonnull (strstr (text, "Approved by panel: 1"));
  g_assert_nonnull (strstr (text, "Started: 1"));
  g_assert_nonnull (strstr (text, "Weekly fees of current arrangements: £650.00"));
  g_assert_nonnull (strstr (text, "Friends and relationships: 100% better (1 of 1"));
  g_assert_nonnull (strstr (text, "Physical health: No answers"));
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* What the window saves (a PDF, a list as CSV) is owner-only whatever the umask, even where
 * a file that others could read was before: the window's exports are written through here. */
static void
test_files_private (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthPerson) person = person_with_portrait (f->scheme, 1);
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "portrait.pdf", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "people.csv", NULL);
  g_autofree char *old = g_build_filename (f->dir, "old.csv", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "people.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GFile) old_file = g_file_new_for_path (old);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;
  mode_t saved = umask (022);

  g_assert_true (g_file_set_contents_full (old, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  g_assert_cmpuint (mode_of (old), ==, 0644);

  doc = hearth_subject_access_document_new (f->scheme, HEARTH_RECORD (person), &error);
  g_assert_no_error (error);
  g_assert_true (hearth_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (pdf), ==, 0600);
  g_assert_true (hearth_document_write_pdf (doc, old, &error));
  g_assert_cmpuint (mode_of (old), ==, 0600);

  people = hearth_export_load_list (f->scheme, HEARTH_TYPE_PERSON, FALSE, &error);
  g_assert_true (hearth_export_csv_to_file (f->scheme, HEARTH_TYPE_PERSON, people, csv_file,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (csv), ==, 0600);
  g_assert_true (g_file_set_contents_full (old, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  g_assert_true (hearth_export_csv_to_file (f->scheme, HEARTH_TYPE_PERSON, people, old_file,
                                            &error));
  g_assert_cmpuint (mode_of (old), ==, 0600);
  g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Haddadine"));

  g_assert_false (hearth_export_csv_to_file (f->scheme, HEARTH_TYPE_PERSON, people, missing_file,
                                             &error));
  g_assert_nonnull (error);
  umask (saved);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/print/pen-portrait", test_full_and_introductions);
  ADD ("/print/files-private", test_files_private);
  ADD ("/print/introductions", test_introductions);
  ADD ("/print/long-text-flows", test_long_text_flows);
  ADD ("/print/subject-access", test_subject_access_pdf);
  ADD ("/print/scheme-report", test_scheme_report_pdf);

  return g_test_run ();
}
