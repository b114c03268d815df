/* test-decode.c - work in progress */
#include <criterion/criterion.h>
