/* test-table.c - work in progress */
#include <criterion/criterion.h>
