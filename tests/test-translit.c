/* test-translit.c - work in progress */
#include <criterion/criterion.h>
