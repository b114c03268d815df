/* test-sentences.c - work in progress */
#include <criterion/criterion.h>
