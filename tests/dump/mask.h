/* mask.h: the tests of tests/dump print a dump with every "N.NNN s" (an age,
 * the time left of a sleep) replaced by "T s": times vary from run to run. */
#ifndef DUMP_MASK_H
#define DUMP_MASK_H
#include <ac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void print_masked_text(const char *text) {
    for (const char *p = text; *p; p++) {
        const char *q = p;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q > p && *q == '.' && q[1] >= '0' && q[1] <= '9') {
            const char *r = q + 1;
            while (*r >= '0' && *r <= '9')
                r++;
            if (strncmp(r, " s", 2) == 0) {
                fputc('T', stdout);
                p = r - 1;
                continue;
            }
        }
        fputc(*p, stdout);
    }
}

/* ac_dump_tasks of the current loop, masked, on stdout. */
static inline void print_masked(void) {
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (m == NULL)
        return;
    ac_dump_tasks(m);
    fclose(m);
    print_masked_text(text);
    free(text);
}
#endif
