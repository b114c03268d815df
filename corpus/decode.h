/* decode.h - bytes on disk to valid UTF-8 */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* Below this ucsdet confidence (0-100) a legacy-encoding guess is refused. */
#define MZ_DECODE_MIN_CONFIDENCE 30

typedef enum {
  MZ_ON_INVALID_ERROR,   /* invalid UTF-8 is an error naming line and byte offset */
  MZ_ON_INVALID_REPLACE, /* each invalid sequence becomes U+FFFD and is counted */
} MzOnInvalid;

/**
 * MzDecodeOptions:
 * @encoding: %NULL or "auto" to detect; otherwise an ICU converter name
 *   ("UTF-8", "windows-1256", "ISO-8859-6", "UTF-16LE", ...) that overrides
 *   detection (a BOM is still stripped when it matches)
 * @on_invalid: what to do with invalid sequences in UTF-8 input
 * @min_confidence: ucsdet confidence below which detection fails
 */
typedef struct {
  const char *encoding;
  MzOnInvalid on_invalid;
  int min_confidence;
} MzDecodeOptions;

/**
 * MzDecodeInfo:
 * @encoding: the encoding used, an interned string ("UTF-8", "UTF-16LE",
 *   "windows-1256", "ISO-8859-6", ...)
 * @how: how it was chosen: "bom", "utf-8", "override", "detected"
 * @confidence: the ucsdet confidence when @how is "detected", else 100
 * @n_replaced: invalid sequences replaced by U+FFFD (MZ_ON_INVALID_REPLACE)
 */
typedef struct {
  const char *encoding;
  const char *how;
  int confidence;
  gsize n_replaced;
} MzDecodeInfo;

void mz_decode_options_init(MzDecodeOptions *opts);

gboolean mz_decode_encoding_is_known(const char *name, GError **error);

GBytes *mz_decode(const guint8 *data, gsize len, const MzDecodeOptions *opts, MzDecodeInfo *info,
                  GError **error);

gboolean mz_utf8_find_invalid(const char *data, gsize len, gsize *offset);
void mz_text_position(const char *data, gsize offset, gsize *line, gsize *column);

G_END_DECLS
