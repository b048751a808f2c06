#include <criterion/criterion.h>
Test(gather, placeholder) {}
