/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-private.h: what the files of hearth-cli share: the command table's shape, option
 * parsing, opening a scheme, reporting refusals, and table and JSON output. */

#pragma once

#include <json-glib/json-glib.h>

#include "hearth.h"
#include "hearth-demo.h"

G_BEGIN_DECLS

/* hearth-cli's exit statuses; scripts rely on them. */
typedef enum
{
  HEARTH_CLI_OK = 0,
  HEARTH_CLI_REFUSED = 1,      /* a rule or a value refused the change */
  HEARTH_CLI_USAGE = 2,        /* the command line itself is wrong */
  HEARTH_CLI_CANNOT_OPEN = 3,  /* the file is not a scheme Hearth can open; left untouched */
} HearthCliStatus;

typedef struct _HearthCliCommand HearthCliCommand;

typedef int (*HearthCliRun) (const HearthCliCommand *command,
                             int                     argc,
                             char                  **argv);

struct _HearthCliCommand
{
  const char   *name;
  const char   *parameters;   /* N_(): what follows the options, such as "FILE" */
  const char   *summary;      /* N_(): one line, for hearth-cli --help */
  const char   *description;  /* N_(): more, for hearth-cli COMMAND --help; nullable */
  HearthCliRun  run;
};

/* hearth-cli-common.c: the user, parsing, opening and values */
const char   *hearth_cli_get_user            (void);
void          hearth_cli_set_user            (const char              *user);
GOptionGroup *hearth_cli_option_group_new    (const GOptionEntry      *entries,
                                              const GOptionEntry      *more);
int           hearth_cli_parse               (const HearthCliCommand  *command,
                                              const GOptionEntry      *entries,
                                              int                     *argc,
                                              char                  ***argv,
                                              int                      n_args);
int           hearth_cli_usage_error         (const HearthCliCommand  *command,
                                              const char              *format,
                                              ...) G_GNUC_PRINTF (2, 3);
int           hearth_cli_require             (const HearthCliCommand  *command,
                                              const char              *value,
                                              const char              *option);
int           hearth_cli_require_id          (const HearthCliCommand  *command,
                                              gint64                   id,
                                              const char              *option);
int           hearth_cli_refused             (const GError            *error);
int           hearth_cli_refuse              (const char              *format,
                                              ...) G_GNUC_PRINTF (1, 2);
HearthScheme *hearth_cli_open                (const char              *path,
                                              int                     *status);
HearthRecord *hearth_cli_load                (HearthScheme            *scheme,
                                              GType                    type,
                                              gint64                   id,
                                              GError                 **error);
gboolean      hearth_cli_check_date          (const char              *text,
                                              GError                 **error);
const char   *hearth_cli_dates_help          (void);
gboolean      hearth_cli_parse_yes_no        (const char              *text,
                                              gboolean                *yes,
                                              GError                 **error);
gboolean      hearth_cli_check_value         (HearthValueSet           set,
                                              const char              *value,
                                              const char              *what,
                                              GError                 **error);
gboolean      hearth_cli_apply_sets          (HearthRecord            *record,
                                              char                   **sets,
                                              GError                 **error);
int           hearth_cli_update              (const HearthCliCommand  *command,
                                              int                      argc,
                                              char                   **argv,
                                              GType                    type,
                                              const char              *option);
char         *hearth_cli_dup_name            (HearthRecord            *record);
char         *hearth_cli_dup_name_of         (HearthScheme            *scheme,
                                              GType                    type,
                                              gint64                   id);

/* hearth-cli-output.c */
void          hearth_cli_output_init         (void);
typedef struct _HearthCliTable HearthCliTable;

HearthCliTable *hearth_cli_table_new         (const char              *first_heading,
                                              ...) G_GNUC_NULL_TERMINATED;
HearthCliTable *hearth_cli_table_newv        (const char * const      *headings,
                                              guint                    n_headings);
void          hearth_cli_table_add_row       (HearthCliTable          *table,
                                              const char              *first_cell,
                                              ...) G_GNUC_NULL_TERMINATED;
void          hearth_cli_table_add_rowv      (HearthCliTable          *table,
                                              const char * const      *cells);
guint         hearth_cli_table_get_n_rows    (HearthCliTable          *table);
void          hearth_cli_table_print         (HearthCliTable          *table);
void          hearth_cli_table_free          (HearthCliTable          *table);
JsonNode     *hearth_cli_record_to_json      (HearthRecord            *record);
JsonNode     *hearth_cli_records_to_json     (GPtrArray               *records);
void          hearth_cli_print_json          (JsonNode                *node);
void          hearth_cli_print_record        (HearthRecord            *record);
char         *hearth_cli_dup_column_text     (HearthRecord            *record,
                                              GParamSpec              *pspec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthCliTable, hearth_cli_table_free)

/* hearth-cli-lists.c: names looked up once, and tables of records */
typedef struct _HearthCliNames HearthCliNames;

HearthCliNames *hearth_cli_names_new         (HearthScheme            *scheme);
const char   *hearth_cli_names_get           (HearthCliNames          *names,
                                              GType                    type,
                                              gint64                   id);
void          hearth_cli_names_free          (HearthCliNames          *names);
HearthCliTable *hearth_cli_build_table       (HearthCliNames          *names,
                                              GType                    type,
                                              GPtrArray               *records);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthCliNames, hearth_cli_names_free)

/* The commands, one group per file. */
int hearth_cli_new                (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_demo               (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_info               (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_settings           (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_check              (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_add_carer          (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_update_carer       (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_move_carer         (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_add_check          (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_approve_carer      (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_recruitment        (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_add_panel          (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_add_to_panel       (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_decide_panel       (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_review_approval    (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_stage_target       (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_carer_dues         (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_add_person         (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_update_person      (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_set_status         (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_archive            (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_unarchive          (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_suggest            (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_shortlist          (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_suggest_again      (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_match_weights      (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_propose_trial      (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_advance_trial      (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_decide_trial       (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_withdraw_trial     (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_start_arrangement  (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_end_arrangement    (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_record_review      (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_list               (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_show               (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_search             (const HearthCliCommand *command, int argc, char **argv);

/* hearth-cli-report.c */
int hearth_cli_export             (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_report             (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_dashboard          (const HearthCliCommand *command, int argc, char **argv);

/* hearth-cli-safety.c */
int hearth_cli_backup         (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_restore        (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_subject_access (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_pen_portrait (const HearthCliCommand *command, int argc, char **argv);
int hearth_cli_history        (const HearthCliCommand *command, int argc, char **argv);

G_END_DECLS
