/* source.c - paths to documents: files, directories (recursive, sorted), standard input.
 *
 * mz_source_new() finds the files (and reads the --metadata CSV); mz_source_next() opens them one
 * at a time, decodes each as a whole with mz_decode(), chooses its format and lets the format's
 * parser (format-*.c, behind source-private.h) cut the next document out of the decoded text.
 */
#include "corpus/source-private.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MZ_STDIN_PATH "-"
#define MZ_READ_CHUNK (64 * 1024)

typedef struct {
  char *path; /* to open; "-" is standard input */
  char *id;   /* the file id */
  guint64 size;
} SourceFile;

typedef struct {
  dev_t dev;
  ino_t ino;
} DirKey;

struct _MzSource {
  MzSourceOptions opts; /* strings borrowed */
  GPtrArray *files;     /* SourceFile */
  guint next_file;      /* the next file to open */
  guint64 total_bytes;
  guint64 bytes_done;
  MzMetadata *metadata; /* or NULL */
  MzNotifyFunc notify;
  gpointer notify_data;
  gboolean open; /* cur holds a file */
  MzCursor cur;
  MzFormatNextFunc next;
  MzInputFormat format; /* of the open file */
  const char *encoding; /* of the open file */
  guint64 cur_size;     /* of the open file */
};

static const char *const format_names[] = {"auto", "text", "trec", "jsonl", "conllu", "vertical"};

/**
 * mz_source_options_init:
 * @opts: options to fill
 *
 * The defaults: format auto, default decoding, JSONL members "text" and "id", TREC text from
 * the TEXT field, no metadata, no Buckwalter input.
 */
void
mz_source_options_init(MzSourceOptions *opts)
{
  g_return_if_fail(opts != NULL);
  opts->format = MZ_FORMAT_AUTO;
  mz_decode_options_init(&opts->decode);
  opts->text_field = "text";
  opts->id_field = "id";
  opts->trec_fields = MZ_TREC_TEXT;
  opts->metadata_path = NULL;
  opts->buckwalter_input = FALSE;
}

/**
 * mz_input_format_parse:
 * @name: auto, text, trec, jsonl, conllu or vertical (ASCII case ignored)
 * @format: (out): the format
 * @error: return location for a %MZ_CORPUS_ERROR_INVALID_ARGUMENT error
 */
gboolean
mz_input_format_parse(const char *name, MzInputFormat *format, GError **error)
{
  g_return_val_if_fail(name != NULL && format != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS(format_names); i++)
    if (g_ascii_strcasecmp(name, format_names[i]) == 0) {
      *format = (MzInputFormat)i;
      return TRUE;
    }
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "unknown input format '%s' (choose from auto, text, trec, jsonl, conllu, vertical)",
              name);
  return FALSE;
}

/**
 * mz_input_format_name:
 * @format: a format
 *
 * Returns: (transfer none): its name, as mz_input_format_parse() accepts it.
 */
const char *
mz_input_format_name(MzInputFormat format)
{
  g_return_val_if_fail((guint)format < G_N_ELEMENTS(format_names), "auto");
  return format_names[format];
}

static void
source_file_free(gpointer data)
{
  SourceFile *f = data;
  g_free(f->path);
  g_free(f->id);
  g_free(f);
}

static void
add_file(MzSource *src, const char *path, const char *id, guint64 size)
{
  SourceFile *f = g_new(SourceFile, 1);
  f->path = g_strdup(path);
  f->id = g_strdup(id);
  f->size = size;
  g_ptr_array_add(src->files, f);
  src->total_bytes += size;
}

static void
set_open_error(const char *path, int errsv, GError **error)
{
  g_set_error(error, MZ_CORPUS_ERROR,
              errsv == ENOENT || errsv == ENOTDIR ? MZ_CORPUS_ERROR_NOT_FOUND : MZ_CORPUS_ERROR_IO,
              "cannot open '%s': %s", path, g_strerror(errsv));
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of @dir not starting with '.', sorted by strcmp. */
static GPtrArray *
list_dir(const char *dir, GError **error)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  GPtrArray *names;
  if (d == NULL) {
    int errsv = errno;
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_IO, "cannot read directory '%s': %s", dir,
                g_strerror(errsv));
    return NULL;
  }
  names = g_ptr_array_new_with_free_func(g_free);
  while ((e = readdir(d)) != NULL)
    if (e->d_name[0] != '.')
      g_ptr_array_add(names, g_strdup(e->d_name));
  closedir(d);
  g_ptr_array_sort(names, compare_names);
  return names;
}

static gboolean
dir_is_ancestor(const GArray *ancestors, const struct stat *st)
{
  for (guint i = 0; i < ancestors->len; i++) {
    const DirKey *k = &g_array_index(ancestors, DirKey, i);
    if (k->dev == st->st_dev && k->ino == st->st_ino)
      return TRUE;
  }
  return FALSE;
}

/* Adds the regular files under @dir (symlinks followed, loops avoided), ids @prefix/relative. */
static gboolean
walk_dir(MzSource *src, const char *dir, const char *prefix, GArray *ancestors, GError **error)
{
  g_autoptr(GPtrArray) names = list_dir(dir, error);
  if (names == NULL)
    return FALSE;
  for (guint i = 0; i < names->len; i++) {
    const char *name = g_ptr_array_index(names, i);
    g_autofree char *path = g_build_filename(dir, name, NULL);
    g_autofree char *id = prefix != NULL ? g_strconcat(prefix, "/", name, NULL) : g_strdup(name);
    struct stat st;
    if (stat(path, &st) != 0) /* a dangling symlink, or gone */
      continue;
    if (S_ISREG(st.st_mode)) {
      add_file(src, path, id, (guint64)st.st_size);
    } else if (S_ISDIR(st.st_mode) && !dir_is_ancestor(ancestors, &st)) {
      DirKey key = {st.st_dev, st.st_ino};
      g_array_append_val(ancestors, key);
      if (!walk_dir(src, path, id, ancestors, error))
        return FALSE;
      g_array_set_size(ancestors, ancestors->len - 1);
    }
  }
  return TRUE;
}

/* The id prefix of files found in directory argument @dir: its name, or NULL for "." and "/". */
static char *
dir_prefix(const char *dir)
{
  g_autofree char *copy = g_strdup(dir);
  gsize n = strlen(copy);
  while (n > 1 && copy[n - 1] == '/')
    copy[--n] = '\0';
  char *base = g_path_get_basename(copy);
  if (strcmp(base, ".") == 0 || strcmp(base, "/") == 0)
    g_clear_pointer(&base, g_free);
  return base;
}

static gboolean
add_directory(MzSource *src, const char *dir, const struct stat *st, GError **error)
{
  g_autoptr(GArray) ancestors = g_array_new(FALSE, FALSE, sizeof(DirKey));
  g_autofree char *prefix = dir_prefix(dir);
  DirKey key = {st->st_dev, st->st_ino};
  guint before = src->files->len;
  g_array_append_val(ancestors, key);
  if (!walk_dir(src, dir, prefix, ancestors, error))
    return FALSE;
  if (src->files->len > before)
    return TRUE;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_EMPTY,
              "'%s': no documents (no files in the directory)", dir);
  return FALSE;
}

static gboolean
add_path(MzSource *src, const char *path, GError **error)
{
  struct stat st;
  const char *id = path;
  if (strcmp(path, MZ_STDIN_PATH) == 0) {
    add_file(src, path, path, 0);
    return TRUE;
  }
  if (stat(path, &st) != 0) {
    set_open_error(path, errno, error);
    return FALSE;
  }
  if (S_ISDIR(st.st_mode))
    return add_directory(src, path, &st, error);
  while (g_str_has_prefix(id, "./") && id[2] != '\0')
    id += 2;
  add_file(src, path, id, S_ISREG(st.st_mode) ? (guint64)st.st_size : 0);
  return TRUE;
}

/* All of a file descriptor (standard input, a pipe, a device); a GString, whose length is a
 * gsize (GByteArray's is a guint: 4 GiB). */
static GBytes *
read_fd(int fd, const char *path, GError **error)
{
  g_autoptr(GString) buf = g_string_sized_new(MZ_READ_CHUNK);
  for (;;) {
    gsize old = buf->len;
    g_string_set_size(buf, old + MZ_READ_CHUNK);
    gssize n = read(fd, buf->str + old, MZ_READ_CHUNK);
    int errsv = errno;
    g_string_set_size(buf, old + (n > 0 ? (gsize)n : 0));
    if (n == 0)
      break;
    if (n < 0 && errsv != EINTR) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_IO, "cannot read '%s': %s", path,
                  g_strerror(errsv));
      return NULL;
    }
  }
  return g_string_free_to_bytes(g_steal_pointer(&buf));
}

/* The bytes of @path (mapped when it is a regular file; "-" is standard input). */
static GBytes *
read_file(const char *path, GError **error)
{
  g_autoptr(GError) local = NULL;
  struct stat st;
  GBytes *bytes = NULL;
  GMappedFile *map;
  int fd;
  if (strcmp(path, MZ_STDIN_PATH) == 0)
    return read_fd(STDIN_FILENO, "standard input", error);
  if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
    set_open_error(path, errno, error);
    return NULL;
  }
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    if ((map = g_mapped_file_new_from_fd(fd, FALSE, &local)) != NULL) {
      bytes = g_mapped_file_get_bytes(map);
      g_mapped_file_unref(map);
    } else {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_IO, "cannot read '%s': %s", path,
                  local->message);
    }
  } else {
    bytes = read_fd(fd, path, error);
  }
  close(fd);
  return bytes;
}

/* The decoded text of @path, or NULL with @error set (naming @path). */
static GBytes *
read_decoded(const char *path, const MzDecodeOptions *decode, MzDecodeInfo *info, gsize *raw_len,
             GError **error)
{
  g_autoptr(GBytes) raw = read_file(path, error);
  GBytes *text;
  gsize len = 0;
  const guint8 *data = raw != NULL ? g_bytes_get_data(raw, &len) : NULL;
  *raw_len = len;
  if (raw == NULL)
    return NULL;
  if ((text = mz_decode(data, len, decode, info, error)) == NULL)
    g_prefix_error(error, "%s: ", path);
  return text;
}

static MzMetadata *
load_metadata(const char *path, const MzDecodeOptions *decode, GError **error)
{
  MzDecodeInfo info;
  gsize raw_len, len;
  g_autoptr(GBytes) text = read_decoded(path, decode, &info, &raw_len, error);
  MzMetadata *md = NULL;
  if (text != NULL) {
    const char *data = g_bytes_get_data(text, &len);
    if ((md = mz_metadata_parse(data != NULL ? data : "", len, error)) == NULL)
      g_prefix_error(error, "%s: ", path);
  }
  return md;
}

/**
 * mz_source_new:
 * @paths: a non-empty, %NULL-terminated list of files, directories and "-" (standard input)
 * @opts: (nullable): options (copied; the strings they point to are borrowed); %NULL for the
 *   defaults of mz_source_options_init()
 * @error: return location for a #MZ_CORPUS_ERROR
 *
 * Finds the files: each argument in order, directories walked recursively with the entries of
 * each level sorted by strcmp, names starting with '.' skipped, symbolic links followed (but not
 * around a loop), only regular files kept. A file argument's id is its path minus a leading
 * "./"; a file found in directory D has the id "basename(D)/relative path" (just the relative
 * path when D is "."). Also reads @opts->metadata_path. Files are read by mz_source_next().
 *
 * Returns: (transfer full): the source, or %NULL with @error set (%MZ_CORPUS_ERROR_NOT_FOUND
 *   for a missing path, %MZ_CORPUS_ERROR_EMPTY for a directory without files,
 *   %MZ_CORPUS_ERROR_FORMAT for a bad metadata file ...).
 */
MzSource *
mz_source_new(const char *const *paths, const MzSourceOptions *opts, GError **error)
{
  g_return_val_if_fail(paths != NULL && paths[0] != NULL, NULL);
  g_return_val_if_fail(error == NULL || *error == NULL, NULL);
  g_autoptr(MzSource) src = g_new0(MzSource, 1);
  if (opts != NULL)
    src->opts = *opts;
  else
    mz_source_options_init(&src->opts);
  src->files = g_ptr_array_new_with_free_func(source_file_free);
  for (guint i = 0; paths[i] != NULL; i++)
    if (!add_path(src, paths[i], error))
      return NULL;
  if (src->opts.metadata_path != NULL &&
      (src->metadata = load_metadata(src->opts.metadata_path, &src->opts.decode, error)) == NULL)
    return NULL;
  return g_steal_pointer(&src);
}

static void
close_file(MzSource *src)
{
  if (!src->open)
    return;
  if (src->cur.state_free != NULL)
    src->cur.state_free(src->cur.state);
  g_bytes_unref(src->cur.bytes);
  memset(&src->cur, 0, sizeof src->cur);
  src->bytes_done += src->cur_size;
  src->open = FALSE;
}

/**
 * mz_source_free:
 * @src: (nullable): a source
 */
void
mz_source_free(MzSource *src)
{
  if (src == NULL)
    return;
  close_file(src);
  g_ptr_array_unref(src->files);
  mz_metadata_free(src->metadata);
  g_free(src);
}

/**
 * mz_source_set_notify:
 * @src: a source
 * @func: (nullable): called with what the user may want to know (encodings and formats chosen,
 *   bytes replaced); %NULL for silence
 * @user_data: passed to @func
 */
void
mz_source_set_notify(MzSource *src, MzNotifyFunc func, gpointer user_data)
{
  g_return_if_fail(src != NULL);
  src->notify = func;
  src->notify_data = user_data;
}

G_GNUC_PRINTF(3, 4)
static void
notify(MzSource *src, MzNotifyLevel level, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;
  if (src->notify == NULL)
    return;
  va_start(args, format);
  message = g_strdup_vprintf(format, args);
  va_end(args);
  src->notify(level, message, src->notify_data);
}

static void
notify_encoding(MzSource *src, const char *path, const MzDecodeInfo *info)
{
  if (strcmp(info->how, "detected") == 0)
    notify(src, MZ_NOTIFY_INFO, "%s: encoding %s (detected, confidence %d)", path, info->encoding,
           info->confidence);
  else if (strcmp(info->encoding, "UTF-8") != 0 || strcmp(info->how, "bom") == 0)
    notify(src, MZ_NOTIFY_INFO, "%s: encoding %s (%s)", path, info->encoding,
           strcmp(info->how, "bom") == 0 ? "byte order mark" : "as requested");
  if (info->n_replaced > 0)
    notify(src, MZ_NOTIFY_WARNING, "%s: replaced %zu invalid byte sequences with U+FFFD", path,
           info->n_replaced);
}

static MzDocument *
format_text_next(MzCursor *cur, GError **error)
{
  if (cur->n_docs++ > 0)
    return NULL;
  cur->pos = cur->len;
  return mz_document_new(cur->file_id, cur->path, cur->bytes);
}

static void
choose_format(MzSource *src, const char *path)
{
  static const MzFormatNextFunc next[] = {format_text_next,      format_text_next,
                                          mz_format_trec_next,   mz_format_jsonl_next,
                                          mz_format_conllu_next, mz_format_vertical_next};
  const char *why = NULL, *ext = NULL;
  src->format = src->opts.format;
  if (src->format == MZ_FORMAT_AUTO) {
    src->format = mz_format_guess(path, src->cur.data, src->cur.len, &ext, &why);
    notify(src, MZ_NOTIFY_INFO, "%s: format %s (auto: %s%s)", path,
           mz_input_format_name(src->format), ext != NULL ? "extension " : "",
           ext != NULL ? ext : why);
  }
  src->next = next[src->format];
}

/* Opens the next file: read, decode, choose the format. Returns: %FALSE on error (the file is
 * then skipped). */
static gboolean
open_next_file(MzSource *src, GError **error)
{
  SourceFile *f = g_ptr_array_index(src->files, src->next_file++);
  MzDecodeInfo info;
  gsize raw_len = 0;
  GBytes *text = read_decoded(f->path, &src->opts.decode, &info, &raw_len, error);
  if (strcmp(f->path, MZ_STDIN_PATH) == 0) {
    f->size = raw_len;
    src->total_bytes += raw_len;
  }
  if (text == NULL) {
    src->bytes_done += f->size;
    return FALSE;
  }
  notify_encoding(src, f->path, &info);
  src->cur = (MzCursor){.path = f->path, .file_id = f->id, .bytes = text, .line = 1};
  src->cur.data = g_bytes_get_data(text, &src->cur.len);
  src->cur.data = src->cur.data != NULL ? src->cur.data : "";
  src->cur.opts = &src->opts;
  src->encoding = info.encoding;
  src->cur_size = f->size;
  src->open = TRUE;
  choose_format(src, f->path);
  return TRUE;
}

static MzDocument *
finish_document(MzSource *src, MzDocument *doc)
{
  doc->format = src->format;
  doc->encoding = src->encoding;
  if (src->opts.buckwalter_input)
    mz_document_convert_buckwalter(doc);
  if (src->metadata != NULL)
    mz_metadata_apply(src->metadata, doc);
  return doc;
}

/**
 * mz_source_next:
 * @src: a source
 * @error: return location for a #MZ_CORPUS_ERROR naming the file (and line)
 *
 * Reads the next document, lazily: a file is read and decoded when its turn comes and its
 * documents are cut from it one per call. After an error the source is positioned after the bad
 * part (the next JSONL line or CoNLL-U sentence, the next TREC <DOC> or the next file), so
 * calling again goes on with the rest (--keep-going).
 *
 * Returns: (transfer full) (nullable): the next document; %NULL with @error unset at the end,
 *   or with @error set for a document or file that cannot be read.
 */
MzDocument *
mz_source_next(MzSource *src, GError **error)
{
  g_return_val_if_fail(src != NULL, NULL);
  g_return_val_if_fail(error == NULL || *error == NULL, NULL);
  for (;;) {
    g_autoptr(GError) local = NULL;
    MzDocument *doc;
    if (!src->open && src->next_file >= src->files->len)
      return NULL;
    if (!src->open && !open_next_file(src, error))
      return NULL;
    if ((doc = src->next(&src->cur, &local)) != NULL)
      return finish_document(src, doc);
    if (local != NULL) {
      g_propagate_prefixed_error(error, g_steal_pointer(&local), "%s: ", src->cur.path);
      return NULL;
    }
    close_file(src);
  }
}

/* Returns: the number of files found (standard input counts as one). */
guint
mz_source_n_files(const MzSource *src)
{
  g_return_val_if_fail(src != NULL, 0);
  return src->files->len;
}

/* Returns: the sum of the sizes of the files found by mz_source_new() (plus the size of
 * standard input once it has been read). */
guint64
mz_source_total_bytes(const MzSource *src)
{
  g_return_val_if_fail(src != NULL, 0);
  return src->total_bytes;
}

/* Returns: the sizes of the files already read to their end (or skipped after an error). */
guint64
mz_source_bytes_done(const MzSource *src)
{
  g_return_val_if_fail(src != NULL, 0);
  return src->bytes_done;
}
