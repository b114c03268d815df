/* test-analyze.c - work in progress */
#include <criterion/criterion.h>
