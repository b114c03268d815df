/* test-formats.c - work in progress */
#include <criterion/criterion.h>
