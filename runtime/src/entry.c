/*
 * entry.c: what programs make and run loops with: ac_loop_new and
 * ac_loop_new_opts, ac_run (asyncio.run: a loop made, run until the coroutine
 * ends, closed) and ac__main (the main() acc writes for an async main: ac_run,
 * printing the error that escaped, the exit status). Split from loop.c, on
 * top of the layers, so that the tools the environment can switch on are
 * part of every program that makes a loop: they attach their hooks here
 * (ac__dump_attach: AC_DUMP_SIGNAL's dump, dump.c). The runtime's own loops
 * (workers.c) are the core's, ac__loop_new: the hooks are process-wide.
 *
 * Layer: tools (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdio.h>
#include <stdlib.h>

/* The loops programs make: the core's (loop.c: ac__loop_new), with the tools
 * the environment can switch on attached (AC_DUMP_SIGNAL's dump: dump.c).
 * Naming ac__dump_attach here is also what links dump.c into a program. */
ac_loop *ac_loop_new(void) {
    ac__dump_attach();
    return ac__loop_new();
}

/* A loop with options (vtime.c: virtual time; debug.c: AC_DEBUG; slow steps). */
ac_loop *ac_loop_new_opts(const ac_loop_options *opts) {
    ac_loop *l = ac_loop_new();

    if (l == NULL || opts == NULL)
        return l;
    if (opts->virtual_time != 0)
        l->vtime = opts->virtual_time > 0;
    if (opts->debug != 0) {
        l->debug = opts->debug > 0;
        ac__loop_rewatch(l);
    }
    if (opts->slow_step > 0)
        l->slow_ns = ac__seconds_to_ns(opts->slow_step);
    return l;
}

int ac_run(ac_task *coro, void *result_out) {
    ac_loop *prev = ac__cur, *l;
    int err;

    l = ac_loop_new();
    if (l == NULL) {
        ac_release(coro);
        return AC_ENOMEM;
    }
    ac__cur = l;
    err = ac_loop_run(l, coro, result_out);
    ac_loop_close(l);
    ac__cur = prev;
    return err;
}

int ac__main(ac_task *coro) {
    ac_loop *prev = ac__cur, *l;
    int status = 0, err;
    void *out = NULL;
    size_t size;

    if (coro == NULL) {
        ac__print_error(NULL, AC_ENOMEM);
        return 1;
    }
    size = ac__result_size(coro);
    if (size == sizeof status)
        out = &status;
    else if (size != 0 && (out = calloc(1, size)) == NULL) {
        ac_release(coro);
        ac__print_error(NULL, AC_ENOMEM);
        return 1;
    }
    l = ac_loop_new();
    if (l == NULL) {
        ac_release(coro);
        ac__print_error(NULL, AC_ENOMEM);
        err = AC_ENOMEM;
    } else {
        /* ac_run, keeping the main task long enough to print its error. */
        ac__cur = l;
        ac_retain(coro);
        err = ac_loop_run(l, coro, out);
        if (err != 0)
            ac__print_error(coro, err);
        ac_release(coro);
        ac_loop_close(l);
        ac__cur = prev;
    }
    if (out != &status)
        free(out);
    return err != 0 ? 1 : status;
}
