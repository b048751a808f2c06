/*
 * debug.c: the rare per-handle data (ac__ext) and AC_DEBUG.
 *
 * With AC_DEBUG=1 in the environment (or the runtime built with
 * -DAC_DEBUG_DEFAULT=1), every handle made on a loop gets an ext record with
 * its origin (the definition of its function, until ac__origin gives the call
 * site) on that loop's debug list. A handle leaves the list when it is freed;
 * what is still on it when the loop closes is reported as a leak. Without
 * AC_DEBUG nothing here allocates, except ac_set_name and ac_name on a task.
 */
#include "ac-int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef AC_DEBUG_DEFAULT
#define AC_DEBUG_DEFAULT 0
#endif

bool ac__debug_env(void) {
    const char *s = getenv("AC_DEBUG");
    if (s != NULL && *s != '\0')
        return strcmp(s, "0") != 0;
    return AC_DEBUG_DEFAULT != 0;
}

bool ac__debug_on(void) { return ac__cur != NULL ? ac__cur->debug : ac__debug_env(); }

ac__ext *ac__ext_get(ac_task *h) {
    ac__ext *e = h->ext;
    if (e != NULL)
        return e;
    e = calloc(1, sizeof *e);
    if (e == NULL)
        return NULL;
    e->h = h;
    ac__dlink_init(&e->dbg);
    h->ext = e;
    return e;
}

void ac__ext_free(ac_task *h) {
    ac__ext *e = h->ext;
    if (e == NULL)
        return;
    ac__dlink_remove(&e->dbg);
    free(e->name);
    free(e->msg);
    free(e->tb);
    free(e);
    h->ext = NULL;
}

void ac__debug_track(ac_task *h, const char *file, int line) {
    ac__ext *e = ac__ext_get(h);
    if (e == NULL)
        return;
    e->file = file != NULL ? file : "?";
    e->line = line;
    if (ac__cur != NULL)
        ac__dlink_append(&ac__cur->debug_list, &e->dbg);
}

void ac__debug_adopt(ac_loop *l, ac_task *h) {
    ac__ext *e = h->ext;
    if (e != NULL && e->file != NULL && ac__dlink_empty(&e->dbg) && l->debug)
        ac__dlink_append(&l->debug_list, &e->dbg);
}

ac_task *ac__origin(ac_task *h, const char *file, int line) {
    if (h != NULL && h->ext != NULL && h->ext->file != NULL) {
        h->ext->file = file != NULL ? file : "?";
        h->ext->line = line;
    }
    return h;
}

const char *ac__kind_name(const ac_task *h) {
    if (h->kind != AC__K_CORO)
        return "future";
    return (h->flags & AC__F_TASK) ? "task" : "coroutine";
}

void ac__debug_never_awaited(ac_task *h) {
    ac__ext *e = h->ext;
    if (e == NULL || e->file == NULL)
        return;
    fprintf(stderr, "%s:%d: warning: coroutine '%s' was never awaited\n", e->file, e->line,
            ac_name(h));
}

void ac__debug_unread(ac_task *h) {
    ac__ext *e = h->ext;
    if (e == NULL || e->file == NULL)
        return;
    fprintf(stderr, "%s:%d: warning: %s '%s' failed and its error was never read:\n", e->file,
            e->line, ac__kind_name(h), ac_name(h));
    ac__print_error(h, h->err);
}

void ac__debug_report_alive(ac_loop *l) {
    while (!ac__dlink_empty(&l->debug_list)) {
        ac__ext *e = ac__container_of(l->debug_list.next, ac__ext, dbg);
        fprintf(stderr, "%s:%d: warning: handle '%s' (%s) still alive at loop close\n", e->file,
                e->line, ac_name(e->h), ac__kind_name(e->h));
        /* Out of the list: the handle may be freed after the loop is gone. */
        ac__dlink_remove(&e->dbg);
    }
}

bool ac__debug_wanted(const ac_task *h) {
    return (h != NULL && h->ext != NULL && h->ext->file != NULL) || ac__debug_on();
}

void ac__debug_warn_(ac_task *h, const char *fmt, ...) {
    va_list ap;
    bool tracked = h != NULL && h->ext != NULL && h->ext->file != NULL;

    if (tracked)
        fprintf(stderr, "%s:%d: warning: ", h->ext->file, h->ext->line);
    else
        fputs("ac: warning: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
