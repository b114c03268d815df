/* format-jsonl.c - work in progress */
#include "corpus/mizan-corpus.h"
