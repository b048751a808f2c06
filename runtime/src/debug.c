/*
 * debug.c: the rare per-handle data (ac__ext), names (ac_name, ac_set_name:
 * a task's name lives there) and AC_DEBUG.
 *
 * With AC_DEBUG=1 in the environment (or the runtime built with
 * -DAC_DEBUG_DEFAULT=1), every handle made on a loop gets an ext record with
 * its origin (the definition of its function, until ac__origin gives the call
 * site) on that loop's debug list. A handle leaves the list when it is freed;
 * what is still on it when the loop closes is reported as a leak. Without
 * AC_DEBUG nothing here allocates, except ac_set_name and ac_name on a task.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
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
    ac__handled_free(e);
    free(e);
    h->ext = NULL;
}

void ac__debug_track(ac_task *h, const char *file, int line) {
    ac__ext *e = ac__ext_get(h);
    if (e == NULL)
        return;
    e->file = file != NULL ? file : "?";
    e->line = line;
    e->born = ac__now(); /* ac_dump_tasks' age */
    if (ac__cur != NULL)
        ac__dlink_append(&ac__cur->debug_list, &e->dbg);
}

void ac__debug_adopt(ac_loop *l, ac_task *h) {
    ac__ext *e = h->ext;
    if (e != NULL && e->file != NULL && ac__dlink_empty(&e->dbg) && l->debug)
        ac__dlink_append(&l->debug_list, &e->dbg);
}

ac_task *ac__origin_set(ac_task *h, const char *file, int line) {
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

/* Whether the default reports are on (issue 11.7): a coroutine object never
 * awaited, an error never read, a result read with the wrong size. asyncio
 * makes the first two in every mode; so does this, unless AC_DEBUG=0. Only
 * the paths that report ask (so the environment is read each time). */
bool ac__reports_on(void) {
    const char *s = getenv("AC_DEBUG");
    return s == NULL || strcmp(s, "0") != 0;
}

/* "file.ac:N: warning: " for h: where it was made (AC_DEBUG tracks that),
 * else the definition of its function, else "ac: warning: ". */
static void ac__report_prefix(const ac_task *h) {
    const ac__ext *e = h != NULL ? h->ext : NULL;
    const ac__desc *d = h != NULL && h->kind == AC__K_CORO ? h->q.desc : NULL;
    if (e != NULL && e->file != NULL)
        fprintf(stderr, "%s:%d: warning: ", e->file, e->line);
    else if (d != NULL && d->file != NULL && d->line > 0 && !(d->flags & AC__DESC_RT))
        fprintf(stderr, "%s:%d: warning: ", d->file, d->line);
    else
        fputs("ac: warning: ", stderr);
}

void ac__report_warn_(ac_task *h, const char *fmt, ...) {
    va_list ap;
    ac__report_prefix(h);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* asyncio's "coroutine ... was never awaited". Generators are not reported
 * (an async generator never iterated is not, in Python). */
void ac__debug_never_awaited(ac_task *h) {
    if (!ac__reports_on() || (h->q.desc != NULL && (h->q.desc->flags & AC__DESC_GEN)))
        return;
    ac__report_warn_(h, "coroutine '%s' was never awaited", ac_name(h));
}

/* asyncio's "Task exception was never retrieved", in every mode but
 * AC_DEBUG=0. A generator's error has already escaped into the code that
 * drove it. */
void ac__debug_unread(ac_task *h) {
    if (h->kind == AC__K_CORO && h->q.desc != NULL && (h->q.desc->flags & AC__DESC_GEN))
        return;
    if (!ac__reports_on())
        return;
    ac__report_prefix(h);
    fprintf(stderr, "%s '%s' failed and its error was never read:\n", ac__kind_name(h),
            ac_name(h));
    ac__print_error(h, h->err);
}

void ac__debug_report_alive(ac_loop *l) {
    while (!ac__dlink_empty(&l->debug_list)) {
        ac__ext *e = ac__container_of(l->debug_list.next, ac__ext, dbg);
        fprintf(stderr, "%s:%d: warning: handle '%s' (%s) still alive at loop close\n", e->file,
                e->line, ac_name(e->h), ac__kind_name(e->h));
        /* runtime engineer: and its error, if nobody read it (once) */
        if (e->h->state == AC__S_FAILED && e->h->err != AC_ECANCELED &&
            !(e->h->flags & AC__F_READ)) {
            ac__debug_unread(e->h);
            e->h->flags |= AC__F_READ;
        }
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

/* ========================================================================= */
/* BEGIN stacks and slow steps (runtime engineer)                            */
/* ========================================================================= */

/* A step or callback that runs longer than this blocks the loop (asyncio's
 * slow_callback_duration is 0.1 s); AC_SLOW_STEP=seconds sets another
 * (l->slow_ns, dump.c). */
#define AC__SLOW_NS 100000000ull

/* Walks the frames of coroutine object c (its own, then those embedded in it
 * through the resume points acc records), calling line() for each; returns
 * the `what` of the innermost resume point (what it waits on), or NULL. */
static const char *ac__walk_coro(ac_task *c, void (*line)(void *arg, const ac__desc *d, int ln),
                                 void *arg) {
    const ac__desc *d = c->q.desc;
    char *fr = ac__frame(c);

    for (int depth = 0; d != NULL && depth < 10000; depth++) {
        if (d->points != NULL && d->npoints > 0) {
            int st = *(int *)(void *)fr; /* generated frames start with ac__state */
            if (st >= 0 && (uint32_t)st < d->npoints) {
                const ac__point *p = &d->points[st];
                line(arg, d, p->line);
                if (p->sub == NULL)
                    return p->what;
                fr += p->sub_offset;
                d = p->sub;
                continue;
            }
        }
        line(arg, d, d->line);
        return NULL;
    }
    return NULL;
}

/* The chain of task t, outermost first, in v. */
static void ac__chain(ac_task *t, ac__vec *v) {
    ac_task *c = t->u.co.link;
    while (c != NULL && c != t) {
        (void)ac__vec_push(v, c);
        c = c->u.co.link;
    }
    (void)ac__vec_push(v, t);
    for (size_t i = 0; i < v->n / 2; i++) { /* innermost first -> outermost first */
        void *x = v->v[i];
        v->v[i] = v->v[v->n - 1 - i];
        v->v[v->n - 1 - i] = x;
    }
}

static void ac__print_line(void *arg, const ac__desc *d, int ln) {
    (void)arg;
    fprintf(stderr, "  File \"%s\", line %d, in %s\n", d->file != NULL ? d->file : "?", ln,
            d->name != NULL ? d->name : "?");
}

void ac_print_stack(ac_task *h) {
    ac_loop *l = ac__cur;
    ac__vec v = {0};
    const char *what = NULL;
    ac_task *t;

    if (h == NULL) {
        fputs("No stack for (null)\n", stderr);
        return;
    }
    t = h;
    if (h->kind == AC__K_CORO && !(h->flags & AC__F_TASK) && h->state == AC__S_PENDING)
        t = ac__root_of(h); /* a coroutine object running in a task: that task */
    if (t == NULL || t->kind != AC__K_CORO || !(t->flags & AC__F_TASK) || ac__done(t)) {
        fprintf(stderr, "No stack for %s '%s' (%s)\n", ac__kind_name(h), ac_name(h),
                ac__done(h) ? "done" : h->state == AC__S_NEW ? "not started" : "not a task");
        return;
    }
    fprintf(stderr, "Stack for task '%s' (most recent call last):\n", ac_name(t));
    if (!(t->flags & AC__F_STARTED)) {
        fprintf(stderr, "  File \"%s\", line %d, in %s\n    not started yet\n",
                t->q.desc->file != NULL ? t->q.desc->file : "?", t->q.desc->line,
                t->q.desc->name != NULL ? t->q.desc->name : "?");
        return;
    }
    ac__chain(t, &v);
    for (size_t i = 0; i < v.n; i++)
        what = ac__walk_coro(v.v[i], ac__print_line, NULL);
    ac__vec_free(&v);
    if (l != NULL && l->current == t) {
        fputs("    running\n", stderr);
    } else if (t->flags & (AC__F_QUEUED | AC__F_PROXY)) {
        fputs("    ready to run\n", stderr);
    } else if (t->u.co.wait != NULL && t->u.co.wait->kind == AC__WAIT_HANDLE) {
        ac_task *w = ((ac__wait__frame *)(void *)t->u.co.wait)->h;
        fprintf(stderr, "    waiting for %s '%s'\n", ac__kind_name(w), ac_name(w));
    } else if (t->u.co.wait != NULL && t->u.co.wait->kind == AC__WAIT_TIMER) {
        fputs("    waiting in ac_sleep\n", stderr);
    } else {
        fprintf(stderr, "    waiting in %s\n", what != NULL ? what : "a runtime call");
    }
}

typedef struct ac__where {
    const char *file;
    int line;
} ac__where;

static void ac__where_line(void *arg, const ac__desc *d, int ln) {
    ac__where *w = arg;
    w->file = d->file != NULL ? d->file : "?";
    w->line = ln;
}

void ac__debug_slow(ac_task *t, uint64_t ns) {
    ac__where w = {"?", 0};
    ac__vec v = {0};
    ac_loop *l = ac__cur;
    uint64_t slow = l != NULL && l->slow_ns != 0 ? l->slow_ns : AC__SLOW_NS;

    if (l != NULL && ns > l->longest_ns)
        l->longest_ns = ns; /* ac_loop_stats */
    if (ns < slow)
        return;
    if (t == NULL) {
        fprintf(stderr, "ac: warning: a callback blocked the loop for %.3f s\n", (double)ns / 1e9);
        return;
    }
    /* where the task is now: its innermost resume point (its definition once
     * it has ended) */
    if (ac__done(t)) {
        ac__where_line(&w, t->q.desc, t->q.desc->line);
    } else {
        ac__chain(t, &v);
        for (size_t i = 0; i < v.n; i++)
            (void)ac__walk_coro(v.v[i], ac__where_line, &w);
        ac__vec_free(&v);
    }
    fprintf(stderr, "%s:%d: warning: task '%s' (%s) blocked the loop for %.3f s\n", w.file, w.line,
            ac_name(t), t->q.desc->name != NULL ? t->q.desc->name : "?", (double)ns / 1e9);
}

/* END stacks and slow steps                                                  */
/* ========================================================================= */

/* ------------------------------------------------------------------------- */
/* Names (split from task.c: a task's name lives in its ext record)          */
/* ------------------------------------------------------------------------- */

const char *ac_name(ac_task *h) {
    ac__ext *e;

    if (h == NULL)
        return "(null)";
    if (h->ext != NULL && h->ext->name != NULL)
        return h->ext->name;
    if (h->kind == AC__K_CORO && (h->flags & AC__F_TASK)) {
        e = ac__ext_get(h);
        if (e == NULL)
            return "Task";
        snprintf(e->idname, sizeof e->idname, "Task-%u", (unsigned)h->id);
        return e->idname;
    }
    return h->q.desc->name != NULL ? h->q.desc->name : "?";
}

int ac_set_name(ac_task *h, const char *name) {
    ac__ext *e;
    char *copy;
    size_t n;

    if (h == NULL || name == NULL)
        return AC_EINVAL;
    n = strlen(name) + 1;
    copy = malloc(n);
    if (copy == NULL)
        return AC_ENOMEM;
    memcpy(copy, name, n);
    e = ac__ext_get(h);
    if (e == NULL) {
        free(copy);
        return AC_ENOMEM;
    }
    free(e->name);
    e->name = copy;
    return 0;
}

/* The task a coroutine object runs in (itself when it is one). */
ac_task *ac__root_of(ac_task *c) {
    while (c != NULL && !(c->flags & AC__F_TASK))
        c = c->u.co.link;
    return c;
}
