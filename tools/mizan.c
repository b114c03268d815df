/* mizan - the dispatcher: `mizan freq ...` runs mizan-freq (like git) */
#include "tools/common.h"
#include "mizan-programs.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void
usage(FILE *out)
{
  fputs("Usage: mizan PROGRAM [OPTION...] [ARGUMENT...]\n"
        "       mizan help PROGRAM\n\n"
        "Mizan: Arabic corpus statistics. Each program is also installed as mizan-PROGRAM.\n\n"
        "Programs:\n",
        out);
  for (gsize i = 0; i < G_N_ELEMENTS(mizan_programs); i++)
    fprintf(out, "  %-12s %s\n", mizan_programs[i].name, mizan_programs[i].summary);
  fputs("\nOptions:\n"
        "  -h, --help     Show this help\n"
        "  --version      Print the versions of Mizan, ICU, GLib, GSL and json-glib\n\n"
        "Example:\n"
        "  mizan tokenize --mode=sentences corpus/samples\n",
        out);
}

static gboolean
is_program(const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS(mizan_programs); i++)
    if (strcmp(name, mizan_programs[i].name) == 0)
      return TRUE;
  return FALSE;
}

/* mizan-NAME beside this executable, else found on PATH by execvp. */
static int
run_program(const char *name, char **argv)
{
  g_autofree char *self = g_file_read_link("/proc/self/exe", NULL);
  g_autofree char *prog = g_strconcat("mizan-", name, NULL);
  argv[0] = prog;
  if (self != NULL) {
    g_autofree char *dir = g_path_get_dirname(self);
    g_autofree char *path = g_build_filename(dir, prog, NULL);
    if (g_file_test(path, G_FILE_TEST_IS_EXECUTABLE))
      execv(path, argv);
  }
  execvp(prog, argv);
  fprintf(stderr, "mizan: cannot run %s: %s\n", prog, g_strerror(errno));
  return MZ_EXIT_DATA;
}

int
main(int argc, char **argv)
{
  char *help_argv[] = {NULL, (char *)"--help", NULL};
  if (argc < 2) {
    usage(stderr);
    return MZ_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    usage(stdout);
    return MZ_EXIT_OK;
  }
  if (strcmp(argv[1], "--version") == 0) {
    mz_tool_print_version("mizan");
    return MZ_EXIT_OK;
  }
  if (strcmp(argv[1], "help") == 0 && argc == 3 && is_program(argv[2]))
    return run_program(argv[2], help_argv);
  if (!is_program(argv[1])) {
    fprintf(stderr, "mizan: '%s' is not a Mizan program. See \"mizan --help\".\n", argv[1]);
    return MZ_EXIT_USAGE;
  }
  return run_program(argv[1], argv + 1);
}
