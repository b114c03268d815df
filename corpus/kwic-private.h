/* kwic-private.h - what the node matcher (kwic-match.c) and the concordance (kwic.c) share */
#pragma once

#include <glib.h>
#include <unicode/utypes.h>

typedef struct { /* a UTF-16 buffer that grows, reused for every token */
  UChar *buf;
  int32_t cap;
} MzBuf16;

int32_t mz_buf16_set(MzBuf16 *b, const char *s, gsize len);
