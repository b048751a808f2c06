#include <criterion/criterion.h>
Test(error, placeholder) {}
