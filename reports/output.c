/* output.c - where a report goes: stdout, a device, or a file written atomically
 *
 * A regular file (or a path that does not exist yet) is written to a hidden temporary file in
 * the same directory, ".<basename>.XXXXXX", and renamed over the path on commit, so a failed or
 * interrupted run never leaves a half-written report and an existing file is untouched until
 * then. Anything else that exists (a device such as /dev/null or /dev/stdout, a FIFO) is opened
 * and written directly, as is standard output for NULL or "-".
 */
#include "reports/mizan-reports.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* stdio buffer of a temporary file: few, large writes. */
#define MZ_OUTPUT_BUFFER_SIZE (1024 * 1024)

typedef enum {
  MZ_OUTPUT_STDOUT, /* standard output: flushed on commit, never closed */
  MZ_OUTPUT_DIRECT, /* an existing non-regular file opened as it is */
  MZ_OUTPUT_ATOMIC, /* a temporary file renamed over the path on commit */
} MzOutputKind;

struct _MzOutput {
  MzOutputKind kind;
  char *path;     /* as given; "-" for standard output */
  char *target;   /* MZ_OUTPUT_ATOMIC only: @path, or the file its symlinks lead to */
  char *tmp_path; /* MZ_OUTPUT_ATOMIC only */
  char *buffer;   /* MZ_OUTPUT_ATOMIC only: the stream's buffer */
  FILE *stream;
  gboolean done; /* committed or aborted: the stream is gone */
};

/* flush_status() when the stream's error flag is set but the errno of the failed write is gone */
#define MZ_OUTPUT_EARLIER_ERROR (-1)

/* @errsv: an errno value or MZ_OUTPUT_EARLIER_ERROR; @path: NULL for standard output */
static void
set_io_error(GError **error, const char *what, const char *path, int errsv)
{
  const char *reason =
      errsv == MZ_OUTPUT_EARLIER_ERROR ? "an earlier write failed" : g_strerror(errsv);
  if (path == NULL)
    g_set_error(error, MZ_REPORTS_ERROR, MZ_REPORTS_ERROR_IO, "cannot %s standard output: %s", what,
                reason);
  else
    g_set_error(error, MZ_REPORTS_ERROR, MZ_REPORTS_ERROR_IO, "cannot %s '%s': %s", what, path,
                reason);
}

/* Flushes @stream; returns 0, the errno of a failed write, or MZ_OUTPUT_EARLIER_ERROR when a
 * write failed before: stdio keeps the error flag, not the errno, and glibc fails the flush of
 * such a stream without trying to write. */
static int
flush_status(FILE *stream)
{
  errno = 0;
  if (fflush(stream) != 0 && errno != 0)
    return errno;
  if (ferror(stream))
    return MZ_OUTPUT_EARLIER_ERROR;
  return 0;
}

/* The mode of the file to replace, or 0666 & ~umask for a new one: what
 * creat() would leave. The temporary file is made with 0666, so open()
 * applies the umask without our reading it (umask() is not thread-safe). */
static gboolean
existing_mode(const char *path, mode_t *mode)
{
  GStatBuf st;
  if (g_stat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return FALSE;
  *mode = st.st_mode & 07777;
  return TRUE;
}

/* The file to replace: a symlink is followed, as the shell's > does, so the link stays and
 * what it points to is replaced; anything else (a dangling link too) is @path itself. */
static char *
resolve_target(const char *path)
{
  GStatBuf st;
  if (g_lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
    return g_strdup(path);
  char *real = realpath(path, NULL);
  if (real == NULL)
    return g_strdup(path);
  char *target = g_strdup(real);
  free(real); /* malloc'd by realpath() */
  return target;
}

static gboolean
open_atomic(MzOutput *out, GError **error)
{
  out->target = resolve_target(out->path);
  g_autofree char *dir = g_path_get_dirname(out->target);
  g_autofree char *base = g_path_get_basename(out->target);
  g_autofree char *name = g_strdup_printf(".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename(dir, name, NULL);
  mode_t mode = 0;

  int fd = g_mkstemp_full(tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0) {
    set_io_error(error, "create", out->path, errno);
    return FALSE;
  }
  if (existing_mode(out->target, &mode))
    (void)fchmod(fd, mode); /* best effort: the content matters more */
  out->stream = fdopen(fd, "w");
  if (out->stream == NULL) {
    int errsv = errno;
    close(fd);
    g_unlink(tmp_path);
    set_io_error(error, "create", out->path, errsv);
    return FALSE;
  }
  out->buffer = g_malloc(MZ_OUTPUT_BUFFER_SIZE);
  setvbuf(out->stream, out->buffer, _IOFBF, MZ_OUTPUT_BUFFER_SIZE);
  out->tmp_path = g_steal_pointer(&tmp_path);
  return TRUE;
}

static gboolean
open_direct(MzOutput *out, GError **error)
{
  out->stream = fopen(out->path, "we");
  if (out->stream == NULL) {
    set_io_error(error, "open", out->path, errno);
    return FALSE;
  }
  return TRUE;
}

/**
 * mz_output_open:
 * @path: (nullable): the file to write, or NULL or "-" for standard output
 * @error: return location for a MZ_REPORTS_ERROR_IO error
 *
 * Opens a report output. Standard output is used as it is and never closed.
 * A path that exists and is not a regular file (a device such as /dev/null
 * or /dev/stdout, a FIFO) is opened and written directly. Otherwise the
 * report goes to a temporary file ".<basename>.XXXXXX" beside @path, with a
 * 1 MiB buffer, which mz_output_commit() renames over @path; until then an
 * existing file at @path is untouched. The new file gets the mode that
 * creat() would leave: that of the file it replaces, or 0666 & ~umask. If
 * @path is a symbolic link, the file it leads to is replaced and the link
 * kept, as the shell's > would.
 *
 * Returns: (transfer full): the output, or NULL with @error set
 */
MzOutput *
mz_output_open(const char *path, GError **error)
{
  g_return_val_if_fail(error == NULL || *error == NULL, NULL);

  g_autoptr(MzOutput) out = g_new0(MzOutput, 1);
  GStatBuf st;

  if (path == NULL || strcmp(path, "-") == 0) {
    out->kind = MZ_OUTPUT_STDOUT;
    out->path = g_strdup("-");
    out->stream = stdout;
    return g_steal_pointer(&out);
  }
  out->path = g_strdup(path);
  if (*path == '\0') {
    set_io_error(error, "create", path, ENOENT);
    return NULL;
  }
  if (g_stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    out->kind = MZ_OUTPUT_DIRECT;
    if (!open_direct(out, error))
      return NULL;
  } else {
    out->kind = MZ_OUTPUT_ATOMIC;
    if (!open_atomic(out, error))
      return NULL;
  }
  return g_steal_pointer(&out);
}

/**
 * mz_output_stream:
 * @out: an output that is neither committed nor aborted
 *
 * Returns: (transfer none): the stream to write the report to
 */
FILE *
mz_output_stream(MzOutput *out)
{
  g_return_val_if_fail(out != NULL, NULL);
  g_return_val_if_fail(!out->done, NULL);
  return out->stream;
}

/**
 * mz_output_path:
 * @out: an output
 *
 * Returns: (transfer none): the path given to mz_output_open(), or "-" for
 * standard output
 */
const char *
mz_output_path(const MzOutput *out)
{
  g_return_val_if_fail(out != NULL, NULL);
  return out->path;
}

static const char *
error_path(const MzOutput *out)
{
  return out->kind == MZ_OUTPUT_STDOUT ? NULL : out->path;
}

/* Closes the stream of a direct or atomic output, returning 0 or an errno. */
static int
close_stream(MzOutput *out)
{
  int status = flush_status(out->stream);
  errno = 0;
  if (fclose(out->stream) != 0 && status == 0)
    status = errno != 0 ? errno : EIO;
  out->stream = NULL;
  g_clear_pointer(&out->buffer, g_free);
  return status;
}

static gboolean
commit_atomic(MzOutput *out, GError **error)
{
  int status = close_stream(out);
  if (status == 0 && g_rename(out->tmp_path, out->target) != 0)
    status = errno;
  if (status != 0) {
    g_unlink(out->tmp_path);
    set_io_error(error, "write", out->path, status);
    return FALSE;
  }
  return TRUE;
}

/**
 * mz_output_commit:
 * @out: an output that is neither committed nor aborted
 * @error: return location for a MZ_REPORTS_ERROR_IO error
 *
 * Finishes the report: flushes the stream and checks it for write errors;
 * closes it unless it is standard output; renames a temporary file over the
 * path. On failure the temporary file is removed, and an existing file at
 * the path is left as it was. Either way the stream is no longer usable;
 * free @out with mz_output_free().
 *
 * Returns: TRUE on success, FALSE with @error set (naming the path and the
 * system's reason)
 */
gboolean
mz_output_commit(MzOutput *out, GError **error)
{
  g_return_val_if_fail(out != NULL, FALSE);
  g_return_val_if_fail(!out->done, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

  int status = 0;
  out->done = TRUE;
  switch (out->kind) {
  case MZ_OUTPUT_STDOUT:
    status = flush_status(out->stream);
    break;
  case MZ_OUTPUT_DIRECT:
    status = close_stream(out);
    break;
  case MZ_OUTPUT_ATOMIC:
    return commit_atomic(out, error);
  }
  if (status != 0) {
    set_io_error(error, "write", error_path(out), status);
    return FALSE;
  }
  return TRUE;
}

/**
 * mz_output_abort:
 * @out: an output
 *
 * Gives the report up: a temporary file is closed and removed, leaving
 * nothing behind and an existing file at the path untouched; a device is
 * closed; standard output is left open, and what is still in its buffer is
 * dropped (what was flushed is out already). Does nothing after a commit
 * or an earlier abort.
 */
void
mz_output_abort(MzOutput *out)
{
  g_return_if_fail(out != NULL);

  if (out->done)
    return;
  out->done = TRUE;
  if (out->stream == NULL) /* mz_output_open() failed */
    return;
  if (out->kind == MZ_OUTPUT_STDOUT) {
    __fpurge(out->stream);
    return;
  }
  (void)close_stream(out);
  if (out->kind == MZ_OUTPUT_ATOMIC)
    g_unlink(out->tmp_path);
}

/**
 * mz_output_free:
 * @out: (nullable): an output
 *
 * Frees @out, aborting it first if it was not committed.
 */
void
mz_output_free(MzOutput *out)
{
  if (out == NULL)
    return;
  mz_output_abort(out);
  g_free(out->path);
  g_free(out->target);
  g_free(out->tmp_path);
  g_free(out);
}
