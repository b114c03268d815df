/* kwic.c - concordance: matching a node and cutting its context (KWIC lines);
 * the rules of each match mode are in kwic.h */
#include "corpus/mizan-corpus.h"
#include "corpus/cptable.h"

#include <string.h>

#include <unicode/ucol.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>

#define MZ_CP_FATHATAN 0x064B
#define MZ_CP_KASRA 0x0650
#define MZ_CP_SHADDA 0x0651
#define MZ_CP_SUKUN 0x0652
#define MZ_CP_MARKS_END 0x065F
#define MZ_CP_DAGGER_ALEF 0x0670
#define MZ_CP_QURANIC_FIRST 0x06D6
#define MZ_CP_QURANIC_LAST 0x06ED
#define MZ_CP_TATWEEL 0x0640
#define MZ_CP_ALM 0x061C
#define MZ_CP_ZWSP 0x200B

/* Mark bits of one letter in form mode: vowels in the low seven, shadda on top. */
enum { MARK_SUKUN = 0x40, MARK_VOWELS = 0x7f, MARK_SHADDA = 0x80 };

/* How often (tokens) history is trimmed, and the least it drops. */
#define HISTORY_TRIM 4096

typedef enum { CP_BASE, CP_MARK, CP_SKIP } CpKind;

typedef struct { /* a UTF-16 buffer that grows, reused for every token */
  UChar *buf;
  int32_t cap;
} Buf16;

struct _MzKwicMatcher {
  MzKwicMode mode;
  char *norm; /* the normalized query (the pattern for regex) */
  char *key;  /* what tokens are compared with (norm or stem modes) */
  gsize key_len;
  guint32 *letters; /* form: code point | mark bits << 24; 0 is an empty letter in front */
  guint n_letters;
  URegularExpression *re;
  gboolean search;
  Buf16 text16; /* regex: the token, for uregex_setText() */
};

/* Returns: the length of s in UTF-16 units, now in b->buf. */
static int32_t
buf16_set(Buf16 *b, const char *s, gsize len)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t n16 = 0;
  if (b->cap < (int32_t)len + 1) { /* UTF-16 never needs more units than UTF-8 bytes */
    b->cap = MAX((int32_t)len + 1, 2 * b->cap);
    b->buf = g_renew(UChar, b->buf, b->cap);
  }
  u_strFromUTF8(b->buf, b->cap, &n16, s, (int32_t)len, &status);
  return U_SUCCESS(status) ? n16 : 0;
}

/* Bidi controls: LRM, RLM, ALM, U+202A-202E, U+2066-2069, and U+FEFF. */
static gboolean
is_bidi_control(gunichar c)
{
  return c == 0x200E || c == 0x200F || c == MZ_CP_ALM || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* Marks are the diacritics of --normalize=diacritics: U+064B-065F, U+0670, U+06D6-06ED. */
static CpKind
classify(gunichar c, guint8 *bit)
{
  *bit = 0;
  if (c == MZ_CP_TATWEEL || is_bidi_control(c))
    return CP_SKIP;
  if (c >= MZ_CP_FATHATAN && c <= MZ_CP_KASRA)
    *bit = (guint8)(1u << (c - MZ_CP_FATHATAN));
  else if (c == MZ_CP_SUKUN || c == MZ_CP_SHADDA)
    *bit = c == MZ_CP_SUKUN ? MARK_SUKUN : MARK_SHADDA;
  else if (c < MZ_CP_FATHATAN || (c > MZ_CP_MARKS_END && c != MZ_CP_DAGGER_ALEF &&
                                  (c < MZ_CP_QURANIC_FIRST || c > MZ_CP_QURANIC_LAST)))
    return CP_BASE;
  return CP_MARK;
}

/* Rules (1) and (2) of MZ_KWIC_MATCH_FORM (kwic.h). */
static gboolean
contradicts(guint8 q, guint8 t)
{
  guint qv = q & MARK_VOWELS, tv = t & MARK_VOWELS;
  return (qv != 0 && tv != 0 && qv != tv) || ((q & MARK_SHADDA) && (tv & MARK_SUKUN)) ||
         ((t & MARK_SHADDA) && (qv & MARK_SUKUN));
}

void
mz_kwic_matcher_free(MzKwicMatcher *m)
{
  if (m == NULL)
    return;
  g_free(m->norm);
  g_free(m->key);
  g_free(m->letters);
  g_clear_pointer(&m->re, uregex_close);
  g_free(m->text16.buf);
  g_free(m);
}

/* Form mode: the query in NFC/NFKC, like the text, as letters and marks. */
static gboolean
build_form(MzKwicMatcher *m, MzNormalizer *norm, const char *query, GError **error)
{
  g_autoptr(GBytes) in = g_bytes_new(query, strlen(query));
  g_autoptr(GBytes) q = mz_normalizer_prepare_text(norm, in, error);
  gsize len = 0;
  const guchar *u = q != NULL ? g_bytes_get_data(q, &len) : NULL;
  if (q == NULL)
    return FALSE;
  m->letters = g_new0(guint32, len + 1);
  m->n_letters = 1;
  for (gsize i = 0; i < len;) {
    gunichar c;
    guint8 bit;
    CpKind kind;
    i += mz_utf8_decode(u + i, &c);
    kind = classify(c, &bit);
    if (kind == CP_MARK)
      m->letters[m->n_letters - 1] |= (guint32)bit << 24;
    else if (kind == CP_BASE)
      m->letters[m->n_letters++] = c;
  }
  return TRUE;
}

static gboolean
build_regex(MzKwicMatcher *m, const char *query, guint flags, GError **error)
{
  UErrorCode status = U_ZERO_ERROR;
  UParseError pe = {0};
  Buf16 pat = {0};
  int32_t n16 = buf16_set(&pat, m->norm, strlen(m->norm));
  g_autofree UChar *pattern = pat.buf;
  m->re = uregex_open(pat.buf, n16, (flags & MZ_KWIC_IGNORE_CASE) ? UREGEX_CASE_INSENSITIVE : 0,
                      &pe, &status);
  if (U_FAILURE(status)) {
    /* ICU's offset is in UTF-16 units: say which character, from 1 */
    g_autofree char *place =
        pe.offset >= 0 && pe.offset < n16
            ? g_strdup_printf("at character %d", (int)u_countChar32(pat.buf, pe.offset) + 1)
            : g_strdup("at the end of the pattern");
    g_autofree char *shown = strcmp(query, m->norm) == 0
                                 ? g_strdup_printf("'%s'", query)
                                 : g_strdup_printf("'%s' (normalized: '%s')", query, m->norm);
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "bad regular expression %s: %s %s", shown, u_errorName(status), place);
    return FALSE;
  }
  m->search = (flags & MZ_KWIC_REGEX_SEARCH) != 0;
  return TRUE;
}

/* Valid UTF-8, not empty, and one word (outside regex mode). */
static gboolean
check_query(const char *query, MzKwicMode mode, GError **error)
{
  const char *why = g_utf8_validate(query, -1, NULL) ? NULL : "the query is not valid UTF-8";
  for (const char *p = query; why == NULL && mode != MZ_KWIC_MATCH_REGEX && *p != '\0';
       p = g_utf8_next_char(p))
    if (g_unichar_isspace(g_utf8_get_char(p)))
      why = "the query is more than one word (a node is one token)";
  if (why == NULL && *query == '\0')
    why = "the query is empty";
  if (why != NULL)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT, "%s", why);
  return why == NULL;
}

/**
 * mz_kwic_matcher_new:
 * @query: one token, or an ICU regular expression (valid UTF-8)
 * @mode: how tokens are compared with it (#MzKwicMode)
 * @norm: the analyzer's normalizer (mz_analyzer_get_normalizer()), whose
 *   NFC/NFKC and token-level flags the query goes through (borrowed)
 * @stemmer: the analyzer's stemmer (stem mode)
 * @flags: #MzKwicFlags
 *
 * A query that is not valid UTF-8, empty, more than one word (outside
 * regex mode), empty after normalization, or a bad pattern (the message
 * names it, ICU's error and where) is %MZ_CORPUS_ERROR_INVALID_ARGUMENT.
 *
 * Returns: (transfer full): a matcher (one per thread), or %NULL on error.
 */
MzKwicMatcher *
mz_kwic_matcher_new(const char *query, MzKwicMode mode, MzNormalizer *norm, MzStemmer stemmer,
                    guint flags, GError **error)
{
  g_autoptr(MzKwicMatcher) m = g_new0(MzKwicMatcher, 1);
  gsize start = 0, len;
  g_return_val_if_fail(query != NULL && norm != NULL, NULL);
  m->mode = mode;
  if (!check_query(query, mode, error) ||
      (m->norm = mz_normalizer_normalize_string(norm, query, -1, error)) == NULL)
    return NULL;
  if (m->norm[0] == '\0') {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "the query '%s' is empty after normalization", query);
    return NULL;
  }
  if (mode == MZ_KWIC_MATCH_FORM)
    return build_form(m, norm, query, error) ? g_steal_pointer(&m) : NULL;
  if (mode == MZ_KWIC_MATCH_REGEX)
    return build_regex(m, query, flags, error) ? g_steal_pointer(&m) : NULL;
  len = strlen(m->norm);
  if (mode == MZ_KWIC_MATCH_STEM && stemmer != MZ_STEM_NONE)
    mz_stem(stemmer, m->norm, len, &start, &len);
  m->key = g_strndup(m->norm + start, len);
  m->key_len = len;
  return g_steal_pointer(&m);
}

static gboolean
match_form(const MzKwicMatcher *m, const char *s, gsize len)
{
  const guchar *u = (const guchar *)s;
  guint pos = 0;
  guint8 marks = 0, bit;
  for (gsize i = 0; i < len;) {
    gunichar c;
    CpKind kind;
    i += mz_utf8_decode(u + i, &c);
    kind = classify(c, &bit);
    marks |= bit;
    if (kind != CP_BASE)
      continue;
    if (contradicts(m->letters[pos] >> 24, marks) || ++pos >= m->n_letters ||
        (m->letters[pos] & 0xffffff) != c)
      return FALSE;
    marks = 0;
  }
  return pos + 1 == m->n_letters && !contradicts(m->letters[pos] >> 24, marks);
}

static gboolean
match_regex(const MzKwicMatcher *m, const char *s, gsize len)
{
  Buf16 *text16 = (Buf16 *)&m->text16; /* scratch: the matcher itself is not changed */
  UErrorCode status = U_ZERO_ERROR;
  int32_t n16 = buf16_set(text16, s, len);
  uregex_setText(m->re, text16->buf, n16, &status); /* on failure, find/matches say no */
  return m->search ? uregex_find(m->re, 0, &status) : uregex_matches(m->re, 0, &status);
}

/**
 * mz_kwic_matcher_match:
 * @info: a token from mz_analyzer_next()
 *
 * Returns: whether @info is the node. No allocation (regex mode reuses one
 * buffer: a matcher is not shared between threads).
 */
gboolean
mz_kwic_matcher_match(const MzKwicMatcher *m, const MzTokenInfo *info)
{
  switch (m->mode) {
  case MZ_KWIC_MATCH_NORM:
    return info->norm_len == m->key_len && memcmp(info->norm, m->key, m->key_len) == 0;
  case MZ_KWIC_MATCH_STEM:
    return info->stem_len == m->key_len && memcmp(info->stem, m->key, m->key_len) == 0;
  case MZ_KWIC_MATCH_FORM:
    return match_form(m, info->surface, info->surface_len);
  case MZ_KWIC_MATCH_REGEX:
    return match_regex(m, info->norm, info->norm_len);
  }
  return FALSE;
}

/**
 * mz_kwic_append_clean:
 * @out: where to append
 * @s: valid UTF-8; @len: its length in bytes
 *
 * Appends @s with whitespace runs (White_Space, and ZWSP, a space for the
 * tokenizer) made one space, whitespace at both ends dropped, and bidi
 * controls (LRM, RLM, ALM, U+202A-202E, U+2066-2069, U+FEFF) dropped: a
 * cell cut inside an embedding or isolate must not reorder a CSV row.
 */
void
mz_kwic_append_clean(GString *out, const char *s, gsize len)
{
  const guchar *u = (const guchar *)s;
  gsize start = out->len;
  gboolean space = FALSE;
  for (gsize i = 0; i < len;) {
    gunichar c;
    guint n = mz_utf8_decode(u + i, &c);
    if (g_unichar_isspace(c) || c == MZ_CP_ZWSP) {
      space = TRUE;
    } else if (!is_bidi_control(c)) {
      if (space && out->len > start)
        g_string_append_c(out, ' ');
      space = FALSE;
      g_string_append_len(out, s + i, n);
    }
    i += n;
  }
}

/* ---- context ---- */

typedef struct {
  gsize start, end;
  guint sentence;
} HistTok;

typedef struct {
  MzKwicLine line; /* strings in the chunk */
  const char *key; /* sorted concordances: the levels' collation keys */
  gsize key_len;
  guint64 seq;
} Rec;

struct _MzKwic {
  MzKwicOptions opts;
  guint depth; /* tokens looked at on each side: width, at least 1 for sort keys */
  const MzKwicMatcher *matcher;
  MzNormalizer *norm;
  UCollator *coll;
  const char *text, *doc;
  char *doc_id;
  /* hist: HistTok of the tokens base, base + 1 ...; pending: guint64 indices
   * of nodes waiting for their right context, from pending_head; recs: Rec */
  GArray *hist, *pending, *recs;
  guint64 base, n_tokens, n_lines;
  guint pending_head;
  GStringChunk *chunk;
  GString *scratch;
  guint next_out;
  gboolean finished;
  Buf16 u16;
};

void
mz_kwic_options_init(MzKwicOptions *opts)
{
  *opts = (MzKwicOptions){.width = 5, .sort = MZ_KWIC_SORT_DOC, .norm_flags = MZ_NORM_LIGHT};
}

/**
 * mz_kwic_new:
 * @opts: the options (copied)
 * @matcher: (transfer none): finds the nodes; must outlive the #MzKwic
 *
 * Sorting compares normalized forms with the ICU collator of the "ar"
 * locale (CLDR Arabic alphabetical order).
 *
 * Returns: (transfer full): a concordancer, or %NULL if the collator fails.
 */
MzKwic *
mz_kwic_new(const MzKwicOptions *opts, const MzKwicMatcher *matcher, GError **error)
{
  g_autoptr(MzKwic) k = g_new0(MzKwic, 1);
  UErrorCode status = U_ZERO_ERROR;
  g_return_val_if_fail(opts != NULL && matcher != NULL, NULL);
  k->opts = *opts;
  k->matcher = matcher;
  k->depth = opts->sort == MZ_KWIC_SORT_DOC ? opts->width : MAX(opts->width, 1);
  k->hist = g_array_new(FALSE, FALSE, sizeof(HistTok));
  k->pending = g_array_new(FALSE, FALSE, sizeof(guint64));
  k->recs = g_array_new(FALSE, FALSE, sizeof(Rec));
  k->chunk = g_string_chunk_new(4096);
  k->scratch = g_string_new(NULL);
  if (opts->sort == MZ_KWIC_SORT_DOC)
    return g_steal_pointer(&k);
  k->norm = mz_normalizer_new(opts->norm_flags);
  k->coll = ucol_open("ar", &status);
  if (U_SUCCESS(status))
    return g_steal_pointer(&k);
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
              "cannot open the ICU collator for 'ar': %s", u_errorName(status));
  return NULL;
}

void
mz_kwic_free(MzKwic *k)
{
  if (k == NULL)
    return;
  g_clear_pointer(&k->coll, ucol_close);
  mz_normalizer_free(k->norm);
  g_free(k->doc_id);
  g_clear_pointer(&k->hist, g_array_unref);
  g_clear_pointer(&k->pending, g_array_unref);
  g_clear_pointer(&k->recs, g_array_unref);
  g_clear_pointer(&k->chunk, g_string_chunk_free);
  g_string_free(k->scratch, TRUE);
  g_free(k->u16.buf);
  g_free(k);
}

/**
 * mz_kwic_begin:
 * @doc_id: the document id (copied)
 * @text: (transfer none): mz_analyzer_text() of the document, valid until
 *   mz_kwic_end(); context never crosses documents
 */
void
mz_kwic_begin(MzKwic *k, const char *doc_id, const char *text)
{
  g_return_if_fail(!k->finished && text != NULL);
  g_free(k->doc_id);
  k->doc_id = g_strdup(doc_id);
  k->doc = NULL;
  k->text = text;
  g_array_set_size(k->hist, 0);
  g_array_set_size(k->pending, 0);
  k->pending_head = 0;
  k->base = k->n_tokens = 0;
}

static const HistTok *
tok_at(const MzKwic *k, guint64 i)
{
  return &g_array_index(k->hist, HistTok, i - k->base);
}

/* Can token i be context of a node in sentence s? */
static gboolean
in_reach(const MzKwic *k, guint64 i, guint s)
{
  return !k->opts.within_sentence || tok_at(k, i)->sentence == s;
}

/* The cleaned text from offset a to b, copied into the chunk. */
static const char *
cell(MzKwic *k, gsize a, gsize b, gsize *len)
{
  g_string_truncate(k->scratch, 0);
  mz_kwic_append_clean(k->scratch, k->text + a, b - a);
  *len = k->scratch->len;
  return g_string_chunk_insert_len(k->chunk, k->scratch->str, (gssize)k->scratch->len);
}

/* Appends the collation key of token i's normalized form, NUL included. */
static void
append_key(MzKwic *k, guint64 i)
{
  const HistTok *t = tok_at(k, i);
  gsize n8 = 0, at = k->scratch->len;
  const char *s = mz_normalizer_apply(k->norm, k->text + t->start, t->end - t->start, &n8);
  int32_t n16, nk = 64;
  if (n8 == 0) /* the analyzer keeps the surface when the norm would be empty */
    s = k->text + t->start, n8 = t->end - t->start;
  n16 = buf16_set(&k->u16, s, n8);
  do {
    g_string_set_size(k->scratch, at + (gsize)nk);
    nk = ucol_getSortKey(k->coll, k->u16.buf, n16, (uint8_t *)k->scratch->str + at, nk);
  } while (at + (gsize)nk > k->scratch->len);
  g_string_set_size(k->scratch, at + (gsize)nk);
}

/* The sort key: one collation key per level (L1, L2 ... or R1, R2 ...); a
 * level without a token is a lone NUL, which sorts before every key. */
static void
set_key(MzKwic *k, Rec *r, guint64 n, guint64 lo, guint64 hi)
{
  gboolean left = k->opts.sort == MZ_KWIC_SORT_L1;
  g_string_truncate(k->scratch, 0);
  for (guint level = 1; level <= k->depth; level++) {
    if (left ? n - lo >= level : hi - n >= level)
      append_key(k, left ? n - level : n + level);
    else
      g_string_append_c(k->scratch, '\0');
  }
  r->key_len = k->scratch->len;
  r->key = g_string_chunk_insert_len(k->chunk, k->scratch->str, (gssize)k->scratch->len);
}

/* Records the line of node n; the tokens up to last (inclusive) are known. */
static void
complete(MzKwic *k, guint64 n, guint64 last)
{
  const HistTok *node = tok_at(k, n);
  Rec r = {.seq = k->n_lines++};
  guint64 lo = n, hi = n, cl, ch;
  while (lo > k->base && n - lo < k->depth && in_reach(k, lo - 1, node->sentence))
    lo--;
  while (hi < last && hi - n < k->depth && in_reach(k, hi + 1, node->sentence))
    hi++;
  cl = n - MIN(n - lo, k->opts.width); /* the cells show width tokens, keys may go further */
  ch = n + MIN(hi - n, k->opts.width);
  if (k->doc == NULL)
    k->doc = g_string_chunk_insert(k->chunk, k->doc_id);
  r.line.doc = k->doc;
  r.line.sentence = node->sentence + 1;
  r.line.position = n + 1;
  r.line.left = cell(k, tok_at(k, cl)->start, node->start, &r.line.left_len);
  r.line.node = cell(k, node->start, node->end, &r.line.node_len);
  r.line.right = cell(k, node->end, tok_at(k, ch)->end, &r.line.right_len);
  if (k->coll != NULL)
    set_key(k, &r, n, lo, hi);
  g_array_append_val(k->recs, r);
}

/* Drops the history that no waiting node can reach any more. */
static void
trim_history(MzKwic *k)
{
  guint64 keep = k->pending_head < k->pending->len
                     ? g_array_index(k->pending, guint64, k->pending_head)
                     : k->n_tokens;
  keep = keep > k->depth ? keep - k->depth : 0;
  if (keep < k->base + HISTORY_TRIM)
    return;
  g_array_remove_range(k->hist, 0, (guint)(keep - k->base));
  k->base = keep;
  g_array_remove_range(k->pending, 0, k->pending_head);
  k->pending_head = 0;
}

/**
 * mz_kwic_add:
 * @info: the document's next token from mz_analyzer_next() (each counts)
 *
 * Completes the lines whose right context is now known. Cells are cut from
 * the text: left from the first of the @width tokens before the node to
 * the node, right from the node to the last of the @width tokens after it
 * (tokens of the node's sentence only, with @within_sentence), node the
 * token as written; each cleaned by mz_kwic_append_clean().
 */
void
mz_kwic_add(MzKwic *k, const MzTokenInfo *info)
{
  g_return_if_fail(k->text != NULL);
  HistTok t = {info->token.start, info->token.start + info->token.len, info->token.sentence};
  guint64 i = k->n_tokens++;
  g_array_append_val(k->hist, t);
  if (mz_kwic_matcher_match(k->matcher, info))
    g_array_append_val(k->pending, i);
  while (k->pending_head < k->pending->len) {
    guint64 n = g_array_index(k->pending, guint64, k->pending_head);
    if (i - n < k->depth && in_reach(k, i, tok_at(k, n)->sentence))
      break;
    complete(k, n, i);
    k->pending_head++;
  }
  if ((i & (HISTORY_TRIM - 1)) == 0)
    trim_history(k);
}

/* Ends the document: the nodes still waiting get the context there is. */
void
mz_kwic_end(MzKwic *k)
{
  for (; k->pending_head < k->pending->len; k->pending_head++)
    complete(k, g_array_index(k->pending, guint64, k->pending_head), k->n_tokens - 1);
  k->text = NULL;
}

/* Keys, then corpus order. Every key holds depth NULs, one per level, so
 * neither of two keys is a proper prefix of the other. */
static gint
compare_recs(gconstpointer a, gconstpointer b)
{
  const Rec *x = a, *y = b;
  int c = memcmp(x->key, y->key, MIN(x->key_len, y->key_len));
  return c != 0 ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* After the last document: sorts the lines (L1, R1), which a sorted
 * concordance gives only after this; in corpus order they come as found. */
void
mz_kwic_finish(MzKwic *k)
{
  if (k->coll != NULL)
    g_array_sort(k->recs, compare_recs);
  k->finished = TRUE;
}

/**
 * mz_kwic_next_line:
 * @line: (out): the next line, valid until the next call on @k
 *
 * Returns: %FALSE when no line is ready (call again after more tokens, or
 * after mz_kwic_finish()).
 */
gboolean
mz_kwic_next_line(MzKwic *k, MzKwicLine *line)
{
  if (k->coll != NULL && !k->finished)
    return FALSE;
  if (k->next_out < k->recs->len) {
    *line = g_array_index(k->recs, Rec, k->next_out++).line;
    return TRUE;
  }
  g_array_set_size(k->recs, 0); /* everything was read: reuse the memory */
  g_string_chunk_clear(k->chunk);
  k->doc = NULL;
  k->next_out = 0;
  return FALSE;
}
