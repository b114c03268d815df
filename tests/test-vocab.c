/* test-vocab.c - work in progress */
#include <criterion/criterion.h>
