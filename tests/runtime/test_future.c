#include <criterion/criterion.h>
Test(future, placeholder) {}
