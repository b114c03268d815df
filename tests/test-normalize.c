/* test-normalize.c - work in progress */
#include <criterion/criterion.h>
