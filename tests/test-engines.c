/* test-engines.c - work in progress */
#include <criterion/criterion.h>
