/* test-tokenize.c - work in progress */
#include <criterion/criterion.h>
