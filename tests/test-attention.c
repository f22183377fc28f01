/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-attention.c: the attention map, what every row of People and Carers flags, read in a
 * worker thread: it says what hearth_scheme_dup_attention() says, and after a change it
 * announces exactly the records whose text changed. */

#define G_LOG_DOMAIN "test-attention"

#include "config.h"

#include "hearth-demo.h"
#include "hearth-test-util.h"

typedef struct
{
  SchemeFixture       base;
  HearthAttentionMap *map;
  GArray             *changed;   /* the ids ::changed named since the last wait */
} MapFixture;

static void
changed_cb (HearthAttentionMap *map,
            gint64              id,
            MapFixture         *f)
{
  g_array_append_val (f->changed, id);
}

static void
map_fixture_set_up (MapFixture    *f,
                    gconstpointer  data)
{
  scheme_fixture_set_up (&f->base, data);
  f->changed = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
map_fixture_tear_down (MapFixture    *f,
                       gconstpointer  data)
{
  g_clear_object (&f->map);
  g_clear_pointer (&f->changed, g_array_unref);
  scheme_fixture_tear_down (&f->base, data);
}

/* Lets the refresh that a change queued run to its end. */
static void
wait_for_map (HearthAttentionMap *map)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_true (hearth_attention_map_get_loading (map));
  while (hearth_attention_map_get_loading (map) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (hearth_attention_map_get_loading (map));
}

static HearthAttentionMap *
new_map (MapFixture *f,
         GType       type)
{
  f->map = hearth_attention_map_new (f->base.scheme, type);
  g_signal_connect (f->map, "changed", G_CALLBACK (changed_cb), f);
  wait_for_map (f->map);
  return f->map;
}

/* The ids announced since the last call, in order, as "1 4". */
static char *
take_changed (MapFixture *f)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < f->changed->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            g_array_index (f->changed, gint64, i));
  g_array_set_size (f->changed, 0);
  return g_string_free (ids, FALSE);
}

static char *
id_text (gpointer record)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, hearth_record_get_id (record));
}

static void
update (HearthScheme *scheme,
        gpointer      record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_scheme_update (scheme, record, &error));
  g_assert_no_error (error);
}

static void
test_people (MapFixture    *f,
             gconstpointer  data)
{
  HearthScheme *scheme = f->base.scheme;
  g_autoptr(HearthPerson) late = test_add_person (scheme, "Jac", "Morgan");
  g_autoptr(HearthPerson) other = test_add_person (scheme, "Nia", "Pryce");
  g_autofree char *late_id = id_text (late);
  g_autofree char *other_id = id_text (other);
  g_autofree char *changed = NULL;
  HearthAttentionMap *map;

  g_object_set (late, "risk-assessed-on", "2025-01-01", "risk-review-due", "2026-01-01", NULL);
  update (scheme, late);
  g_object_set (other, "risk-assessed-on", "2026-06-01", "risk-review-due", "2027-06-01", NULL);
  update (scheme, other);

  /* Filled in a worker: every record with something to say is announced once. */
  map = new_map (f, HEARTH_TYPE_PERSON);
  changed = take_changed (f);
  g_assert_cmpstr (changed, ==, late_id);
  g_assert_cmpstr (hearth_attention_map_lookup (map, hearth_record_get_id (HEARTH_RECORD (late))),
                   ==, "Risk assessment review overdue");
  g_assert_null (hearth_attention_map_lookup (map, hearth_record_get_id (HEARTH_RECORD (other))));

  /* One person's review falls overdue: only they are announced. */
  g_object_set (other, "risk-assessed-on", "2025-06-01", "risk-review-due", "2026-06-01", NULL);
  update (scheme, other);
  wait_for_map (map);
  g_clear_pointer (&changed, g_free);
  changed = take_changed (f);
  g_assert_cmpstr (changed, ==, other_id);
  g_assert_cmpstr (hearth_attention_map_lookup (map, hearth_record_get_id (HEARTH_RECORD (other))),
                   ==, "Risk assessment review overdue");

  /* A change that does not touch what the row flags announces nobody. */
  hearth_record_set_string (HEARTH_RECORD (late), "area", "Fernley");
  update (scheme, late);
  wait_for_map (map);
  g_clear_pointer (&changed, g_free);
  changed = take_changed (f);
  g_assert_cmpstr (changed, ==, "");

  /* Reviewed: the badge goes, and only that row hears of it. */
  g_object_set (late, "risk-assessed-on", "2026-11-01", "risk-review-due", "2027-11-01", NULL);
  update (scheme, late);
  wait_for_map (map);
  g_clear_pointer (&changed, g_free);
  changed = take_changed (f);
  g_assert_cmpstr (changed, ==, late_id);
  g_assert_null (hearth_attention_map_lookup (map, hearth_record_get_id (HEARTH_RECORD (late))));
}

static void
test_carers (MapFixture    *f,
             gconstpointer  data)
{
  HearthScheme *scheme = f->base.scheme;
  g_autoptr(HearthCarer) carer = test_approved_carer (scheme, "Gwen", "Ellis", 2, FALSE);
  g_autoptr(HearthCarer) other = test_approved_carer (scheme, "Fran", "Lloyd", 1, FALSE);
  g_autoptr(HearthTraining) training = hearth_training_new ();
  g_autofree char *carer_id = id_text (carer);
  g_autofree char *changed = NULL;
  g_autoptr(GError) error = NULL;
  HearthAttentionMap *map = new_map (f, HEARTH_TYPE_CARER);

  changed = take_changed (f);
  g_assert_cmpstr (changed, ==, "");

  /* Training running out within sixty days, for one carer: their row alone changes. */
  g_object_set (training, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "course", "First aid", "completed-on", "2024-01-10", "expires-on", "2027-01-10",
                NULL);
  g_assert_true (hearth_scheme_insert (scheme, HEARTH_RECORD (training), &error));
  g_assert_no_error (error);
  wait_for_map (map);
  g_clear_pointer (&changed, g_free);
  changed = take_changed (f);
  g_assert_cmpstr (changed, ==, carer_id);
  g_assert_cmpstr (hearth_attention_map_lookup (map, hearth_record_get_id (HEARTH_RECORD (carer))),
                   ==, "Training due for renewal: First aid");
  g_assert_null (hearth_attention_map_lookup (map, hearth_record_get_id (HEARTH_RECORD (other))));
}

/* On the demo scheme, the map says for every person and carer what the one-record question
 * does. */
static void
test_same_as_each_record (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  GType types[] = { HEARTH_TYPE_PERSON, HEARTH_TYPE_CARER };
  guint flagged = 0;

  hearth_date_set_today (HEARTH_TEST_TODAY);
  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(HearthAttentionMap) map = hearth_attention_map_new (scheme, types[t]);
      g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, types[t], &error);

      g_assert_no_error (error);
      wait_for_map (map);
      for (guint i = 0; i < all->len; i++)
        {
          HearthRecord *record = g_ptr_array_index (all, i);
          g_autofree char *expected = hearth_scheme_dup_attention (scheme, record,
                                                                   HEARTH_TEST_TODAY);

          g_assert_cmpstr (hearth_attention_map_lookup (map, hearth_record_get_id (record)), ==,
                           expected);
          flagged += expected != NULL;
        }
    }
  g_assert_cmpuint (flagged, >, 0);

  g_clear_object (&scheme);
  test_remove_dir (dir);
}

#define ADD(path, func) \
  g_test_add (path, MapFixture, NULL, map_fixture_set_up, func, map_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_date_set_today (HEARTH_TEST_TODAY);

  ADD ("/attention-map/people", test_people);
  ADD ("/attention-map/carers", test_carers);
  g_test_add_func ("/attention-map/same-as-each-record", test_same_as_each_record);

  return g_test_run ();
}
