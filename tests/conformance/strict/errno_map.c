/* errno_map.c: ac.h's copy of libuv's error list (AC_ERRNO_MAP) names the same
 * codes with the same values as the installed <uv.h> (UV_ERRNO_MAP), in both
 * directions: a code missing on either side fails to compile. Compiled in GNU
 * mode, where <uv.h> can be included. */
#include <uv.h>
#include <ac.h>

#define SAME_AS_UV(name, msg) _Static_assert((int)AC_##name == (int)UV_##name, "AC_" #name);
UV_ERRNO_MAP(SAME_AS_UV)
AC_ERRNO_MAP(SAME_AS_UV)

int main(void) { return 0; }
