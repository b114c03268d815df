/* test-source.c - work in progress */
#include <criterion/criterion.h>
