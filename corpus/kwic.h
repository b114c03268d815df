/* kwic.h - concordance: matching a node and cutting its context (KWIC lines) */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/analyze.h"
#include "corpus/normalize.h"
#include "corpus/stem.h"

G_BEGIN_DECLS

/**
 * MzKwicMode:
 * @MZ_KWIC_MATCH_NORM: the query normalized like the tokens (NFC/NFKC, then
 *   the token-level flags), compared with the token's normalized form (the
 *   default)
 * @MZ_KWIC_MATCH_FORM: the letters as written, diacritics optional (below)
 * @MZ_KWIC_MATCH_STEM: the query normalized and stemmed like the tokens,
 *   compared with the token's stem
 * @MZ_KWIC_MATCH_REGEX: an ICU regular expression, itself normalized like
 *   the tokens, over the normalized token (the whole token unless
 *   %MZ_KWIC_REGEX_SEARCH)
 *
 * Form: the query (in NFC/NFKC like the text) and the token's surface are
 * read as letters, each with the marks written after it (marks before the
 * first letter go to an empty letter in front); tatweel and bidi controls
 * are skipped. The letters must be the same code points: no alef, hamza,
 * teh marbuta or alef maksura folding. A query letter and a token letter
 * contradict only when
 *   (1) both carry vowel marks (fatha, damma, kasra, the three tanwin,
 *       sukun: U+064B-0650, U+0652) and the sets differ, or
 *   (2) one carries shadda (U+0651) and the other sukun.
 * A mark missing on either side never contradicts (a bare query matches
 * every diacritization; a missing shadda is not a contradiction), and
 * other marks (U+0653-065F, U+0670, U+06D6-06ED) are ignored.
 */
typedef enum {
  MZ_KWIC_MATCH_NORM,
  MZ_KWIC_MATCH_FORM,
  MZ_KWIC_MATCH_STEM,
  MZ_KWIC_MATCH_REGEX,
} MzKwicMode;

/**
 * MzKwicFlags:
 * @MZ_KWIC_REGEX_SEARCH: regex: a match anywhere in the token is enough
 *   (uregex_find) instead of the whole token (uregex_matches)
 * @MZ_KWIC_IGNORE_CASE: regex: UREGEX_CASE_INSENSITIVE
 */
typedef enum {
  MZ_KWIC_REGEX_SEARCH = 1 << 0,
  MZ_KWIC_IGNORE_CASE = 1 << 1,
} MzKwicFlags;

typedef struct _MzKwicMatcher MzKwicMatcher;

MzKwicMatcher *mz_kwic_matcher_new(const char *query, MzKwicMode mode, MzNormalizer *norm,
                                   MzStemmer stemmer, guint flags, GError **error);
void mz_kwic_matcher_free(MzKwicMatcher *m);
gboolean mz_kwic_matcher_match(const MzKwicMatcher *m, const MzTokenInfo *info);
gboolean mz_kwic_matcher_check(const MzKwicMatcher *m, GError **error);

/* The time limit of one regular-expression match, in ICU's steps (ICU: "on the order of
 * milliseconds"; 1000 steps were 0.2 s on the machine that set it). */
#define MZ_KWIC_REGEX_STEPS 1000

/**
 * MzKwicSort:
 * @MZ_KWIC_SORT_DOC: corpus order (lines stream out as they are found)
 * @MZ_KWIC_SORT_L1: on the first counted token before the node, then the
 *   second ..., then corpus order
 * @MZ_KWIC_SORT_R1: on the first counted token after the node, then the
 *   second ..., then corpus order
 */
typedef enum {
  MZ_KWIC_SORT_DOC,
  MZ_KWIC_SORT_L1,
  MZ_KWIC_SORT_R1,
} MzKwicSort;

/**
 * MzKwicOptions:
 * @width: counted tokens of context on each side (default 5)
 * @within_sentence: context stops at the node's sentence boundaries
 * @sort: the order of the lines
 * @norm_flags: the #MzNormFlags of the analyzer (sort keys are normalized forms)
 */
typedef struct {
  guint width;
  gboolean within_sentence;
  MzKwicSort sort;
  guint norm_flags;
} MzKwicOptions;

void mz_kwic_options_init(MzKwicOptions *opts);

/**
 * MzKwicLine:
 * @doc: the document id
 * @sentence: the node's 1-based sentence number in its document
 * @position: the node's 1-based index among its document's counted tokens
 * @left, @node, @right: the cells (see mz_kwic_add()); @left_len ... their
 *   lengths in bytes; each is also NUL-terminated
 *
 * Everything belongs to the #MzKwic and is valid until its next call.
 */
typedef struct {
  const char *doc;
  guint sentence;
  guint64 position;
  const char *left;
  gsize left_len;
  const char *node;
  gsize node_len;
  const char *right;
  gsize right_len;
} MzKwicLine;

/* A concordancer: per document mz_kwic_begin(), mz_kwic_add() for each token
 * of the analyzer, mz_kwic_end(); after the last, mz_kwic_finish(). Lines are
 * taken with mz_kwic_next_line() whenever it has one (in corpus order: after
 * any call; sorted: after mz_kwic_finish()). */
typedef struct _MzKwic MzKwic;

MzKwic *mz_kwic_new(const MzKwicOptions *opts, const MzKwicMatcher *matcher, GError **error);
void mz_kwic_free(MzKwic *kwic);
void mz_kwic_begin(MzKwic *kwic, const char *doc_id, const char *text);
void mz_kwic_add(MzKwic *kwic, const MzTokenInfo *info);
void mz_kwic_end(MzKwic *kwic);
void mz_kwic_finish(MzKwic *kwic);
gboolean mz_kwic_next_line(MzKwic *kwic, MzKwicLine *line);

void mz_kwic_append_clean(GString *out, const char *s, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzKwicMatcher, mz_kwic_matcher_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzKwic, mz_kwic_free)

G_END_DECLS
