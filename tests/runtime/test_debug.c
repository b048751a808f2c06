#include <criterion/criterion.h>
Test(debug, placeholder) {}
