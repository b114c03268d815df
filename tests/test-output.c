/* test-output.c - MzOutput: atomic files, devices, FIFOs, standard output, errors
 *
 * Expected behaviour is the task's contract for -o FILE (DESIGN.md, "Command-line contract"):
 * a regular file is written beside the path and renamed on commit; anything else is written
 * directly. File modes follow POSIX creat(): 0666 & ~umask for a new file, the old mode kept
 * for a file that is replaced. Error texts are those of the task ("cannot create 'out/x.csv':
 * No such file or directory"), with strerror() as glibc spells it in the C locale.
 */
#include <criterion/criterion.h>
#include <criterion/redirect.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "reports/mizan-reports.h"
#include "tests/helpers/test-helpers.h"

TestSuite(output, .init = mz_test_tmpdir_setup, .fini = mz_test_tmpdir_teardown);

static gint
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in the test directory, sorted and joined with spaces ("" if it is empty). */
static char *
dir_listing(void)
{
  GDir *dir = g_dir_open(mz_test_tmpdir, 0, NULL);
  cr_assert_not_null(dir);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(dir)) != NULL)
    g_ptr_array_add(names, g_strdup(name));
  g_dir_close(dir);
  g_ptr_array_sort(names, compare_names);
  g_ptr_array_add(names, NULL);
  return g_strjoinv(" ", (char **)names->pdata);
}

static mode_t
file_mode(const char *path)
{
  GStatBuf st;
  cr_assert_eq(g_stat(path, &st), 0, "cannot stat %s", path);
  return st.st_mode;
}

static MzOutput *
open_ok(const char *path)
{
  GError *error = NULL;
  MzOutput *out = mz_output_open(path, &error);
  cr_assert_not_null(out, "mz_output_open(%s): %s", path, error ? error->message : "?");
  cr_assert_not_null(mz_output_stream(out));
  return out;
}

static void
commit_ok(MzOutput *out)
{
  GError *error = NULL;
  cr_assert(mz_output_commit(out, &error), "commit: %s", error ? error->message : "?");
}

Test(output, commit_creates_the_file_with_umask_permissions)
{
  static const struct {
    mode_t umask;
    mode_t mode; /* 0666 & ~umask */
  } cases[] = {{022, 0644}, {077, 0600}, {002, 0664}, {027, 0640}};
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *name = g_strdup_printf("out%u.csv", i);
    g_autofree char *path = g_build_filename(mz_test_tmpdir, name, NULL);
    umask(cases[i].umask);
    g_autoptr(MzOutput) out = open_ok(path);
    cr_assert_str_eq(mz_output_path(out), path);
    fputs("a,b\n1,2\n", mz_output_stream(out));
    cr_expect_not(g_file_test(path, G_FILE_TEST_EXISTS), "%s exists before commit", path);
    commit_ok(out);
    g_autofree char *text = mz_test_read_file(path, NULL);
    cr_expect_str_eq(text, "a,b\n1,2\n");
    cr_expect(S_ISREG(file_mode(path)));
    cr_expect_eq(file_mode(path) & 07777, cases[i].mode, "umask %03o: mode %03o", cases[i].umask,
                 file_mode(path) & 07777);
  }
  g_autofree char *names = dir_listing();
  cr_expect_str_eq(names, "out0.csv out1.csv out2.csv out3.csv", "left behind: %s", names);
}

Test(output, the_temporary_file_is_hidden_beside_the_path)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "report.csv", NULL);
  g_autoptr(MzOutput) out = open_ok(path);
  g_autofree char *names = dir_listing();
  g_auto(GStrv) parts = g_strsplit(names, " ", -1);
  cr_assert_eq(g_strv_length(parts), 1, "expected one temporary file, found '%s'", names);
  /* ".<basename>." and the six characters of the mkstemp template */
  cr_expect(g_str_has_prefix(parts[0], ".report.csv."), "%s", parts[0]);
  cr_expect_eq(strlen(parts[0]), strlen(".report.csv.XXXXXX"), "%s", parts[0]);
  commit_ok(out);
}

Test(output, replacing_a_file_keeps_its_mode)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "old.csv", NULL);
  mz_test_write_file(path, "old\n", -1);
  cr_assert_eq(g_chmod(path, 0640), 0);
  umask(022); /* creat() on an existing file keeps its mode, whatever the umask */
  g_autoptr(MzOutput) out = open_ok(path);
  fputs("new\n", mz_output_stream(out));
  commit_ok(out);
  g_autofree char *text = mz_test_read_file(path, NULL);
  cr_expect_str_eq(text, "new\n");
  cr_expect_eq(file_mode(path) & 07777, 0640, "mode %03o", file_mode(path) & 07777);
}

/* as the shell's > does: the link stays, what it points to gets the report */
Test(output, a_symlink_is_followed_and_kept)
{
  g_autofree char *real = g_build_filename(mz_test_tmpdir, "real.csv", NULL);
  g_autofree char *link = g_build_filename(mz_test_tmpdir, "link.csv", NULL);
  mz_test_write_file(real, "old\n", -1);
  cr_assert_eq(symlink("real.csv", link), 0, "symlink: %s", g_strerror(errno));
  g_autoptr(MzOutput) out = open_ok(link);
  fputs("new\n", mz_output_stream(out));
  commit_ok(out);
  cr_expect(g_file_test(link, G_FILE_TEST_IS_SYMLINK), "the link was replaced");
  g_autofree char *text = mz_test_read_file(real, NULL);
  cr_expect_str_eq(text, "new\n");
  g_autofree char *names = dir_listing();
  cr_expect_str_eq(names, "link.csv real.csv", "left behind: %s", names);
}

typedef enum { END_ABORT, END_FREE } EndHow;

static void
write_then_give_up(const char *path, EndHow how)
{
  MzOutput *out = open_ok(path);
  FILE *f = mz_output_stream(out);
  for (int i = 0; i < 100000; i++) /* more than the 1 MiB buffer: some of it reaches the disk */
    fputs("0123456789abcdef\n", f);
  if (how == END_ABORT)
    mz_output_abort(out);
  mz_output_free(out);
}

Test(output, abort_and_free_without_commit_leave_nothing)
{
  for (EndHow how = END_ABORT; how <= END_FREE; how++) {
    g_autofree char *path = g_build_filename(mz_test_tmpdir, "gone.csv", NULL);
    write_then_give_up(path, how);
    g_autofree char *names = dir_listing();
    cr_expect_str_eq(names, "", "how=%d left '%s'", how, names);
  }
}

Test(output, an_existing_file_is_unchanged_until_commit)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "keep.csv", NULL);
  mz_test_write_file(path, "precious\n", -1);

  write_then_give_up(path, END_ABORT);
  g_autofree char *after_abort = mz_test_read_file(path, NULL);
  cr_expect_str_eq(after_abort, "precious\n");
  g_autofree char *names = dir_listing();
  cr_expect_str_eq(names, "keep.csv", "left behind: %s", names);

  g_autoptr(MzOutput) out = open_ok(path);
  fputs("replaced\n", mz_output_stream(out));
  fflush(mz_output_stream(out));
  g_autofree char *before_commit = mz_test_read_file(path, NULL);
  cr_expect_str_eq(before_commit, "precious\n");
  commit_ok(out);
  g_autofree char *after_commit = mz_test_read_file(path, NULL);
  cr_expect_str_eq(after_commit, "replaced\n");
}

Test(output, dev_null_is_written_directly)
{
  g_autoptr(MzOutput) out = open_ok("/dev/null");
  for (int i = 0; i < 1000; i++)
    fputs("discarded\n", mz_output_stream(out));
  commit_ok(out);
  cr_expect(S_ISCHR(file_mode("/dev/null")), "/dev/null is no longer a device");
}

static gpointer
read_fifo(gpointer path)
{
  char *data = NULL;
  if (!g_file_get_contents(path, &data, NULL, NULL))
    return NULL;
  return data;
}

Test(output, a_fifo_is_written_directly)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "pipe", NULL);
  cr_assert_eq(mkfifo(path, 0600), 0, "mkfifo: %s", g_strerror(errno));
  GThread *reader = g_thread_new("fifo-reader", read_fifo, path);
  g_autoptr(MzOutput) out = open_ok(path); /* blocks until the reader opens it */
  fputs("through the pipe\n", mz_output_stream(out));
  commit_ok(out);
  g_autofree char *got = g_thread_join(reader);
  cr_expect_str_eq(got, "through the pipe\n");
  cr_expect(S_ISFIFO(file_mode(path)), "the FIFO was replaced");
  g_autofree char *names = dir_listing();
  cr_expect_str_eq(names, "pipe", "left behind: %s", names);
}

Test(output, stdout_is_used_for_null_and_dash_and_stays_open, .init = cr_redirect_stdout)
{
  const char *paths[] = {NULL, "-"};
  for (guint i = 0; i < G_N_ELEMENTS(paths); i++) {
    g_autoptr(MzOutput) out = open_ok(paths[i]);
    cr_expect_eq(mz_output_stream(out), stdout);
    cr_expect_str_eq(mz_output_path(out), "-");
    fputs(i == 0 ? "first\n" : "second\n", mz_output_stream(out));
    commit_ok(out);
  }
  cr_expect_neq(fcntl(STDOUT_FILENO, F_GETFD), -1, "standard output was closed");
  fputs("after\n", stdout);
  fflush(stdout);
  cr_expect_stdout_eq_str("first\nsecond\nafter\n");
}

Test(output, abort_drops_what_stdout_has_not_flushed, .init = cr_redirect_stdout)
{
  g_autoptr(MzOutput) out = open_ok("-");
  fputs("flushed\n", mz_output_stream(out));
  fflush(stdout);
  fputs("buffered\n", mz_output_stream(out));
  mz_output_abort(out);
  fputs("after\n", stdout);
  fflush(stdout);
  cr_expect_stdout_eq_str("flushed\nafter\n");
}

static void
expect_io_error(GError *error, const char *message)
{
  cr_assert_not_null(error);
  cr_expect(g_error_matches(error, MZ_REPORTS_ERROR, MZ_REPORTS_ERROR_IO), "%s", error->message);
  cr_expect_str_eq(error->message, message);
}

Test(output, a_missing_directory_is_an_error_naming_the_path)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "no-such-dir", "x.csv", NULL);
  g_autofree char *want = g_strdup_printf("cannot create '%s': No such file or directory", path);
  GError *error = NULL;
  MzOutput *out = mz_output_open(path, &error);
  cr_expect_null(out);
  expect_io_error(error, want);
  g_error_free(error);
}

Test(output, an_empty_path_is_an_error)
{
  GError *error = NULL;
  cr_expect_null(mz_output_open("", &error));
  expect_io_error(error, "cannot create '': No such file or directory");
  g_error_free(error);
}

Test(output, a_directory_is_an_error_naming_the_path)
{
  GError *error = NULL;
  g_autofree char *want = g_strdup_printf("cannot open '%s': Is a directory", mz_test_tmpdir);
  MzOutput *out = mz_output_open(mz_test_tmpdir, &error);
  cr_expect_null(out);
  expect_io_error(error, want);
  g_error_free(error);
}

Test(output, dev_full_fails_at_commit)
{
  if (!g_file_test("/dev/full", G_FILE_TEST_EXISTS))
    cr_skip_test("/dev/full is not available");
  GError *error = NULL;
  g_autoptr(MzOutput) out = open_ok("/dev/full");
  fputs("a,b\n", mz_output_stream(out));
  cr_expect_not(mz_output_commit(out, &error));
  expect_io_error(error, "cannot write '/dev/full': No space left on device");
  g_error_free(error);
}

Test(output, dev_full_fails_at_finish_of_a_table)
{
  if (!g_file_test("/dev/full", G_FILE_TEST_EXISTS))
    cr_skip_test("/dev/full is not available");
  static const MzColumn cols[] = {{"n", MZ_COLUMN_INT}};
  GError *error = NULL;
  g_autoptr(MzOutput) out = open_ok("/dev/full");
  MzTableWriter *w = mz_table_writer_new(mz_output_stream(out), MZ_TABLE_CSV, cols, 1, FALSE);
  for (int i = 0; i < 10000; i++) {
    mz_table_writer_add_int(w, i);
    mz_table_writer_end_row(w);
  }
  cr_expect_not(mz_table_writer_finish(w, &error));
  expect_io_error(error, "cannot write the table: No space left on device");
  g_clear_error(&error);
  mz_table_writer_free(w);
  /* the failed write is still on the stream, but its errno is gone */
  cr_expect_not(mz_output_commit(out, &error));
  expect_io_error(error, "cannot write '/dev/full': an earlier write failed");
  g_error_free(error);
}

/* stdout is redirected first, so what stays in its buffer never reaches the test log */
Test(output, stdout_write_errors_are_reported_at_commit, .init = cr_redirect_stdout)
{
  int full = open("/dev/full", O_WRONLY);
  if (full < 0)
    cr_skip_test("/dev/full is not available");
  int saved = dup(STDOUT_FILENO);
  fflush(stdout);
  cr_assert_geq(dup2(full, STDOUT_FILENO), 0);
  GError *error = NULL;
  g_autoptr(MzOutput) out = open_ok("-");
  fputs("lost\n", mz_output_stream(out));
  gboolean ok = mz_output_commit(out, &error);
  clearerr(stdout);
  dup2(saved, STDOUT_FILENO);
  close(saved);
  close(full);
  cr_expect_not(ok);
  expect_io_error(error, "cannot write standard output: No space left on device");
  g_error_free(error);
}
