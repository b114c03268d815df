/* common.h - what every Mizan program shares: option groups, input, output, exits */
#pragma once

#include "corpus/mizan-corpus.h"
#include "reports/mizan-reports.h"
#include "stats/mizan-stats.h"
#include "tools/freqlist.h"

G_BEGIN_DECLS

/* Exit statuses (DESIGN.md "Command-line contract"). */
typedef enum {
  MZ_EXIT_OK = 0,
  MZ_EXIT_DATA = 1,  /* bad input data or an I/O failure */
  MZ_EXIT_USAGE = 2, /* bad usage */
  MZ_EXIT_SIGINT = 130,
  MZ_EXIT_SIGTERM = 143,
} MzExit;

/* GOptionEntry.arg_data is a gpointer and ISO C has no conversion from a
 * function pointer to it, so callbacks go through a union (entry tables
 * are automatic variables, where a compound literal is allowed). */
#define MZ_OPTION_CALLBACK(f)                                                                      \
  (((union {                                                                                       \
     GOptionArgFunc func;                                                                          \
     gpointer data;                                                                                \
   }){.func = (f)})                                                                                \
       .data)

/* Which shared option groups a program takes. */
typedef enum {
  MZ_TOOL_INPUT = 1 << 0,  /* FILE/DIR arguments, formats, encodings, metadata */
  MZ_TOOL_TEXT = 1 << 1,   /* normalization, stemming, stop list, engine, types */
  MZ_TOOL_OUTPUT = 1 << 2, /* -o, --format, --bom, --translit */
  MZ_TOOL_COUNT = 1 << 3,  /* -j, --progress, --unit, --save-counts, --from-counts */
  MZ_TOOL_LIST = 1 << 4,   /* --min-freq, --top, --parts, --group-by, --by-doc */
} MzToolGroups;

typedef struct {
  const char *prog;
  guint groups;
  /* input */
  char **paths;
  gboolean paths_optional; /* no FILE/DIR argument is not stdin (the program has other inputs) */
  MzSourceOptions source;
  char *encoding, *text_field, *id_field, *metadata;
  /* text */
  MzAnalyzerOptions analyzer;
  char *stopwords_spec;
  MzStopwords *stopwords;
  gboolean types_given;
  /* output */
  char *output;
  MzTableFormat format;
  gboolean format_given;
  gboolean bom;
  MzTranslit translit;
  /* counting */
  int n_threads;
  int progress; /* -1: when stderr is a terminal */
  MzUnit unit;
  gboolean unit_given, normalize_given, stem_given;
  char *save_counts, *from_counts;
  /* lists */
  MzFreqOptions list;
  char *group_by;
  /* run */
  gboolean keep_going;
  gboolean verbose;
  gboolean help, version;
  /* state */
  guint n_documents, n_failed;
  GString *scratch;
  char **argv;        /* the arguments as parsed (short option values split off) */
  char **arg_strings; /* the strings argv points to, owned */
} MzTool;

void mz_tool_init(MzTool *tool, const char *prog, guint groups);
void mz_tool_clear(MzTool *tool);
int mz_tool_parse(MzTool *tool, gpointer data, int *argc, char ***argv, const GOptionEntry *entries,
                  const char *params, const char *summary, const char *description);
int mz_tool_fail(MzTool *tool, GError *error);
void mz_tool_print_version(const char *prog);
void mz_tool_warn(MzTool *tool, const char *format, ...) G_GNUC_PRINTF(2, 3);
void mz_tool_notify(MzNotifyLevel level, const char *message, gpointer user_data);

gboolean mz_tool_default_input(MzTool *tool, GError **error);
MzSource *mz_tool_open_source(MzTool *tool, GError **error);
MzDocument *mz_tool_next_document(MzTool *tool, MzSource *src, GError **error);
gboolean mz_tool_finish_input(MzTool *tool, GError **error);
int mz_tool_exit_status(MzTool *tool);

MzOutput *mz_tool_open_output(MzTool *tool, GError **error);
const char *mz_tool_form(MzTool *tool, const char *s, gsize len, gsize *out_len);

char *mz_tool_query_form(MzTool *tool, const char *query, GError **error);
MzCountFile *mz_tool_count(MzTool *tool, guint n_min, guint n_max, gboolean cross_given,
                           gboolean cross_sentences, GError **error);
int mz_tool_write_list(MzTool *tool, MzCountFile *file);

/* SIGINT and SIGTERM set a flag that long loops test; the program then exits
 * with 130 or 143 and leaves no output file behind. */
void mz_tool_install_signals(void);
int mz_tool_interrupted(void);

G_END_DECLS
