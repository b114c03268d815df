/* mizan-corpus.h - libmizan-corpus: text in, tokens and counts out */
#pragma once

#define MZ_CORPUS_INSIDE

#include "corpus/corpus-error.h"
#include "corpus/decode.h"
#include "corpus/normalize.h"
#include "corpus/tokenize.h"
#include "corpus/vocab.h"
#include "corpus/stem.h"
#include "corpus/stopwords.h"
#include "corpus/translit.h"
#include "corpus/source.h"
#include "corpus/analyze.h"
#include "corpus/counts.h"
#include "corpus/counter.h"
#include "corpus/countfile.h"
#include "corpus/cooc.h"
#include "corpus/csv.h"
#include "corpus/kwic.h"
#include "corpus/reflist.h"
#include "corpus/syllables.h"

#undef MZ_CORPUS_INSIDE
