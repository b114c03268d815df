/* test-stopwords.c - work in progress */
#include <criterion/criterion.h>
