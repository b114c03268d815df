/* test-stem.c - work in progress */
#include <criterion/criterion.h>
