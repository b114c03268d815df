/* corpus-error.c - the error domain of libmizan-corpus */
#include "corpus/mizan-corpus.h"

G_DEFINE_QUARK(mz - corpus - error - quark, mz_corpus_error)
