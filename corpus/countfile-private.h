/* countfile-private.h - what the count-file reader (countfile.c, which documents
 * the format) and writer (countfile-write.c) share */
#pragma once

#include "corpus/countfile.h"

#define MZ_COUNTFILE_MAGIC "MIZAN-COUNTS"
#define MZ_COUNTFILE_HEAD_LEN 16 /* magic and version */
#define MZ_COUNTFILE_END "COUNTEND"
#define MZ_COUNTFILE_SHA_LEN 32
#define MZ_COUNTFILE_TAIL_LEN (MZ_COUNTFILE_SHA_LEN + 8) /* SHA-256 and end marker */

/* The settings, in the order they are written and compared. */
enum {
  MZ_SET_NORM,
  MZ_SET_STEMMER,
  MZ_SET_UNIT,
  MZ_SET_TYPES,
  MZ_SET_STOPWORDS,
  MZ_SET_CROSS,
  MZ_N_SETTINGS
};
/* Their keys in the header: "normalization", "stemmer", ... */
extern const char *const mz_count_setting_keys[MZ_N_SETTINGS];

char *mz_count_setting_to_string(const MzCountSettings *s, guint k);
