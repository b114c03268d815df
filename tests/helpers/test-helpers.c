/* test-helpers.c - data paths, ../shared, temporary directories, file reading */
#include "tests/helpers/test-helpers.h"

#include <glib/gstdio.h>

static char *
env_path(const char *var, const char *relative)
{
  const char *dir = g_getenv(var);
  cr_assert_not_null(dir, "%s is not set; run the tests through meson test", var);
  return g_build_filename(dir, relative, NULL);
}

char *
mz_test_data_path(const char *relative)
{
  return env_path("MZ_TEST_DATA", relative);
}

char *
mz_test_samples_path(const char *relative)
{
  return env_path("MZ_SAMPLES_DIR", relative);
}

const char *
mz_test_shared_dir(void)
{
  const char *dir = g_getenv("MZ_SHARED_DIR");
  if (dir == NULL || !g_file_test(dir, G_FILE_TEST_IS_DIR))
    return NULL;
  return dir;
}

char *
mz_test_shared_path(const char *relative)
{
  const char *dir = mz_test_shared_dir();
  cr_assert_not_null(dir, "../shared is required by this test");
  return g_build_filename(dir, relative, NULL);
}

char *
mz_test_read_file(const char *path, gsize *len)
{
  char *data = NULL;
  GError *error = NULL;
  gsize n = 0;
  gboolean ok = g_file_get_contents(path, &data, &n, &error);
  cr_assert(ok, "cannot read %s: %s", path, error ? error->message : "?");
  if (len != NULL)
    *len = n;
  return data;
}

char *
mz_test_tmpdir_new(void)
{
  GError *error = NULL;
  char *dir = g_dir_make_tmp("mizan-test-XXXXXX", &error);
  cr_assert_not_null(dir, "cannot make a temporary directory: %s", error ? error->message : "?");
  return dir;
}

char *mz_test_tmpdir;

void
mz_test_tmpdir_setup(void)
{
  mz_test_tmpdir = mz_test_tmpdir_new();
}

void
mz_test_tmpdir_teardown(void)
{
  if (mz_test_tmpdir == NULL) /* a test with an .init of its own */
    return;
  mz_test_rm_rf(mz_test_tmpdir);
  g_clear_pointer(&mz_test_tmpdir, g_free);
}

void
mz_test_rm_rf(const char *path)
{
  if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
    GDir *dir = g_dir_open(path, 0, NULL);
    const char *name;
    while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
      g_autofree char *child = g_build_filename(path, name, NULL);
      mz_test_rm_rf(child);
    }
    if (dir != NULL)
      g_dir_close(dir);
    g_rmdir(path);
  } else {
    g_unlink(path);
  }
}

void
mz_test_write_file(const char *path, const void *data, gssize len)
{
  GError *error = NULL;
  gboolean ok = g_file_set_contents(path, data, len, &error);
  cr_assert(ok, "cannot write %s: %s", path, error ? error->message : "?");
}
