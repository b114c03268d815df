/* test-output.c - work in progress */
#include <criterion/criterion.h>
