/*
 * failmalloc.c: fault injection for the out-of-memory tests (tests/faults).
 *
 * Linked into a test program with -Wl,--wrap=malloc,--wrap=calloc,
 * --wrap=realloc,--wrap=aligned_alloc,--wrap=posix_memalign,--wrap=mmap (the
 * handle cache maps its chunks, runtime/src/pool.c): every allocation
 * made by the program and by libac (the static library is linked in) goes
 * through here; libuv's and libc's own allocations do not (they are in shared
 * libraries; see docs/reliability.md for what happens when those fail).
 *
 *   AC_FAIL_AT=N     the Nth allocation (1-based) fails...
 *   AC_FAIL_MODE     ...and every one after it ("from", the default), or only
 *                    that one ("once")
 *   AC_FAIL_COUNT=F  at exit, write the number of allocations made to file F
 *   AC_FAIL_TRACE=1  print the call stack of the first failed allocation
 *
 * A failed allocation returns NULL with errno ENOMEM, as malloc does.
 */
#include <errno.h>
#include <execinfo.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void *__real_aligned_alloc(size_t align, size_t n);
int __real_posix_memalign(void **out, size_t align, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);
void *__wrap_aligned_alloc(size_t align, size_t n);
int __wrap_posix_memalign(void **out, size_t align, size_t n);
void *__real_mmap(void *addr, size_t n, int prot, int flags, int fd, off_t off);
void *__wrap_mmap(void *addr, size_t n, int prot, int flags, int fd, off_t off);

static atomic_ulong calls;
static unsigned long fail_at;   /* 0: never */
static int fail_once, trace;
static const char *count_file;

static void report_count(void) {
    FILE *f = count_file != NULL ? fopen(count_file, "w") : NULL;
    if (f != NULL) {
        fprintf(f, "%lu\n", (unsigned long)atomic_load(&calls));
        fclose(f);
    }
}

__attribute__((constructor)) static void failmalloc_init(void) {
    const char *at = getenv("AC_FAIL_AT"), *mode = getenv("AC_FAIL_MODE");
    fail_at = at != NULL ? strtoul(at, NULL, 10) : 0;
    fail_once = mode != NULL && strcmp(mode, "once") == 0;
    count_file = getenv("AC_FAIL_COUNT");
    trace = getenv("AC_FAIL_TRACE") != NULL;
    if (count_file != NULL)
        atexit(report_count);
}

/* Whether this allocation fails. */
static int fails(void) {
    unsigned long k = atomic_fetch_add(&calls, 1) + 1;
    if (fail_at == 0 || k < fail_at || (fail_once && k != fail_at))
        return 0;
    if (trace && k == fail_at) { /* backtrace allocates nothing once loaded */
        void *frames[32];
        backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
    }
    errno = ENOMEM;
    return 1;
}

void *__wrap_malloc(size_t n) { return fails() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t k, size_t n) { return fails() ? NULL : __real_calloc(k, n); }
void *__wrap_realloc(void *p, size_t n) { return fails() ? NULL : __real_realloc(p, n); }
void *__wrap_aligned_alloc(size_t align, size_t n) {
    return fails() ? NULL : __real_aligned_alloc(align, n);
}
int __wrap_posix_memalign(void **out, size_t align, size_t n) {
    return fails() ? ENOMEM : __real_posix_memalign(out, align, n);
}
void *__wrap_mmap(void *addr, size_t n, int prot, int flags, int fd, off_t off) {
    return fails() ? MAP_FAILED : __real_mmap(addr, n, prot, flags, fd, off);
}
