/* test-helpers.h - data paths, ../shared, temporary directories, file reading */
#pragma once

#include <criterion/criterion.h>
#include <glib.h>

/* tests/data in the source tree (MZ_TEST_DATA). */
char *mz_test_data_path(const char *relative);

/* ../shared beside the checkout (MZ_SHARED_DIR), or NULL when it is absent. */
const char *mz_test_shared_dir(void);
char *mz_test_shared_path(const char *relative);

/* corpus/samples in the source tree (MZ_SAMPLES_DIR). */
char *mz_test_samples_path(const char *relative);

/* Skip the calling test cleanly when ../shared is not there. */
#define MZ_TEST_REQUIRE_SHARED()                                                                   \
  do {                                                                                             \
    if (mz_test_shared_dir() == NULL)                                                              \
      cr_skip_test("../shared not found (MZ_SHARED_DIR); skipping");                               \
  } while (0)

/* Whole file contents, NUL-terminated; the test fails if it cannot be read. */
char *mz_test_read_file(const char *path, gsize *len);

/* A fresh temporary directory, and its recursive removal. */
char *mz_test_tmpdir_new(void);
void mz_test_rm_rf(const char *path);

/* A temporary directory for each test of a suite:
 * TestSuite(x, .init = mz_test_tmpdir_setup, .fini = mz_test_tmpdir_teardown)
 * (Criterion runs each test in its own process, so one global is enough). */
extern char *mz_test_tmpdir;
void mz_test_tmpdir_setup(void);
void mz_test_tmpdir_teardown(void);

/* Write a file (creating it) for a test; the test fails on error. */
void mz_test_write_file(const char *path, const void *data, gssize len);
