/* header_only.c: a plain C file that includes only <ac.h>, compiled with
 * -std=c11/-std=c17 -Wpedantic -Werror: no feature macro needed. */
#include <ac.h>

int main(void) {
    /* The error codes are libuv's (negative errno on Linux), usable as constants. */
    static const int codes[] = {AC_ECANCELED, AC_ETIMEDOUT, AC_EOF, AC_EAI_NONAME};
    size_t i;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (codes[i] >= 0 || ac_err_name(codes[i])[0] != 'E')
            return 1;
    return ac_loop_get() != NULL;
}
