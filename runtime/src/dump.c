/*
 * dump.c: ac_dump_tasks, the await tree of a loop's pending tasks, issue 14;
 * the signal that prints it (AC_DUMP_SIGNAL) is set up by obs.c, which calls
 * the dump through ac__dump_hook (set by ac_loop_new, entry.c).
 *
 * What a task waits for is read from the structures the loop keeps anyway:
 * the task's chain of coroutine objects, the resume-point tables acc emits
 * (each frame's state indexes its table: the .ac line, the frame embedded
 * there, or the name of the runtime call it is suspended in) and the task's
 * wait leaf (u.co.wait), whose frame type that name tells. Nothing here runs a
 * task or changes one: the dump can be printed from a signal handle's
 * callback in the middle of a run. tools/gdb/ac-gdb.py prints the same text
 * from a core file by walking the same structures; keep the two in step.
 *
 * Also here: the per-loop setup the observability features need when a loop
 * is made (ac__obs_loop_init: environment, signal handle, the list of loops
 * the gdb extension reads) and undone when it is closed.
 *
 * Layer: tools (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"
#include "sync.h" /* the queue behind a wait, for its size */

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* Names and frames                                                           */
/* ------------------------------------------------------------------------- */

/* ac_name without its side effect (it makes an ext to format "Task-N"). */
static const char *ac__dump_name(const ac_task *h, char *buf, size_t n) {
    if (h->ext != NULL && h->ext->name != NULL)
        return h->ext->name;
    if (h->kind == AC__K_CORO && (h->flags & AC__F_TASK)) {
        snprintf(buf, n, "Task-%u", (unsigned)h->id);
        return buf;
    }
    return h->q.desc != NULL && h->q.desc->name != NULL ? h->q.desc->name : "?";
}

static bool ac__is_task(const ac_task *h) {
    return h->kind == AC__K_CORO && (h->flags & AC__F_TASK);
}

static const char *ac__fn_name(const ac_task *c) {
    const ac__desc *d = c->q.desc;
    return d != NULL && d->name != NULL ? d->name : "?";
}

/* Prints the frames of coroutine object c ("at FUNC (file.ac:LINE)"; out
 * NULL: prints nothing): its own, then those embedded in it at the resume
 * points it is suspended at.
 * Returns the name of what the innermost one waits in: a runtime call's name
 * ("ac_sleep", "ac_read", ...), "await", "yield", or the function of a
 * runtime coroutine object (no resume points: no line printed for it). */
static const char *ac__dump_frames(FILE *out, int ind, ac_task *c) {
    const ac__desc *d = c->q.desc;
    char *fr = ac__frame(c);

    for (int depth = 0; d != NULL && depth < 1000; depth++) {
        int st;
        const ac__point *p;

        if (d->points == NULL || d->npoints == 0 || (d->flags & AC__DESC_LIBAC))
            return d->name; /* the runtime's own: its name is what it waits in */
        st = *(int *)(void *)fr; /* generated frames start with ac__state */
        if (st < 0 || (uint32_t)st >= d->npoints) {
            if (out != NULL)
                fprintf(out, "%*sat %s (%s:%d)\n", ind, "", d->name, d->file, d->line);
            return NULL;
        }
        p = &d->points[st];
        if (out != NULL)
            fprintf(out, "%*sat %s (%s:%d)\n", ind, "", d->name, d->file, p->line);
        if (p->sub == NULL)
            return p->what;
        fr += p->sub_offset;
        d = p->sub;
    }
    return NULL;
}

/* The chain of task t, outermost (t) first, into v. */
static void ac__dump_chain(ac_task *t, ac__vec *v) {
    ac_task *c = t->u.co.link;
    size_t n;

    while (c != NULL && c != t && v->n < 100000) {
        (void)ac__vec_push(v, c);
        c = c->u.co.link;
    }
    (void)ac__vec_push(v, t);
    n = v->n;
    for (size_t i = 0; i < n / 2; i++) {
        void *x = v->v[i];
        v->v[i] = v->v[n - 1 - i];
        v->v[n - 1 - i] = x;
    }
}

/* ------------------------------------------------------------------------- */
/* What a task waits for                                                      */
/* ------------------------------------------------------------------------- */

/* The handles task t waits for directly, into kids: the handle of an await
 * (a gather: its children), the tasks of a group it waits for, the handle a
 * runtime coroutine of its chain (ac_wait_for, ...) stands for. */
static void ac__dump_kids(ac_task *t, const char *what, ac__vec *chain, ac__vec *kids) {
    ac__waiter *w = t->u.co.wait;

    for (size_t i = 0; i < chain->n; i++) {
        ac_task *c = chain->v[i];
        const ac__rt_desc *rt = ac__rt_of(c);
        if (rt != NULL && rt->mirror != NULL && rt->mirror(c) != NULL)
            (void)ac__vec_push(kids, rt->mirror(c));
    }
    if (w != NULL && w->kind == AC__WAIT_HANDLE) {
        ac_task *h = ((ac__wait__frame *)(void *)w)->h;
        if (h != NULL && h->kind == AC__K_GATHER) {
            size_t n = ac__gather_children(h, NULL, 0);
            if (n > 0) {
                ac_task **all = malloc(n * sizeof *all);
                if (all != NULL) {
                    (void)ac__gather_children(h, all, n);
                    for (size_t i = 0; i < n; i++)
                        (void)ac__vec_push(kids, all[i]);
                    free(all);
                }
            }
        } else if (h != NULL) {
            const ac__rt_desc *rt = ac__rt_of(h);
            if (rt != NULL && rt->mirror != NULL && rt->mirror(h) != NULL)
                (void)ac__vec_push(kids, rt->mirror(h));
            else if (ac__is_task(h))
                (void)ac__vec_push(kids, h); /* a plain future: the wait line says it all */
        }
    } else if (w != NULL && w->kind == AC__WAIT_CUSTOM && what != NULL &&
               strcmp(what, "ac_group_wait") == 0) {
        ac_group *g = ((ac__group_idle__frame *)(void *)w)->g; /* group.ac's leaf */
        size_t n = g != NULL ? ac__group_tasks(g, NULL, 0) : 0;
        if (n > 0) {
            ac_task **all = malloc(n * sizeof *all);
            if (all != NULL) {
                (void)ac__group_tasks(g, all, n);
                for (size_t i = 0; i < n; i++)
                    (void)ac__vec_push(kids, all[i]);
                free(all);
            }
        }
    }
}

static bool ac__is_read(const char *what) {
    return strcmp(what, "ac_read") == 0 || strcmp(what, "ac__read_wait") == 0;
}

/* One line: what task t (suspended in `what`) waits for. */
static void ac__dump_wait(FILE *out, int ind, ac_loop *l, ac_task *t, const char *what,
                          size_t nkids) {
    ac__waiter *w = t->u.co.wait;
    char nb[32];

    fprintf(out, "%*s", ind, "");
    if (l->current == t) {
        fputs("running\n", out);
        return;
    }
    if (!(t->flags & AC__F_STARTED) || (t->flags & (AC__F_QUEUED | AC__F_PROXY)) ||
        (w != NULL && w->kind == AC__WAIT_SOON)) {
        fputs("ready to run\n", out);
        return;
    }
    if (w != NULL && w->kind == AC__WAIT_TIMER) {
        const ac_sleep__frame *f = (const ac_sleep__frame *)(const void *)w;
        uint64_t now = ac__now();
        uint64_t when = ac__deadline_when(&f->timer);
        uint64_t left = when > now ? when - now : 0;
        fprintf(out, "sleeping in ac_sleep, %.3f s left\n", (double)left / 1e9);
        return;
    }
    if (w != NULL && w->kind == AC__WAIT_HANDLE) {
        ac_task *h = ((ac__wait__frame *)(void *)w)->h;
        if (h == NULL)
            fputs("waiting for (null)\n", out);
        else if (h->kind == AC__K_GATHER)
            fprintf(out, "waiting for a gather of %zu:\n", nkids);
        else if (ac__is_task(h))
            fprintf(out, "waiting for task '%s':\n", ac__dump_name(h, nb, sizeof nb));
        else if (h->kind == AC__K_CORO)
            fprintf(out, "waiting for coroutine %s\n", ac__fn_name(h));
        else if (nkids > 0 && h->kind == AC__K_RT)
            fprintf(out, "waiting for %s of:\n", ac__dump_name(h, nb, sizeof nb));
        else
            fprintf(out, "waiting for future '%s'\n", ac__dump_name(h, nb, sizeof nb));
        return;
    }
    if (what == NULL) {
        fputs("waiting\n", out);
    } else if (w != NULL && w->kind == AC__WAIT_CUSTOM && ac__is_read(what)) {
        const ac__read__frame *f = (const ac__read__frame *)(const void *)w;
        fprintf(out, "reading a stream in %s (%zu bytes buffered)\n", what,
                f->s != NULL ? ac_stream_buffered(f->s) : (size_t)0);
    } else if (strcmp(what, "ac_write") == 0 || strcmp(what, "ac_write_eof") == 0) {
        fprintf(out, "writing a stream in %s\n", what);
    } else if (strcmp(what, "ac_to_thread") == 0) {
        fputs("waiting for a thread-pool job (ac_to_thread)\n", out);
    } else if (strncmp(what, "ac_file_", 8) == 0 || strncmp(what, "ac__file_", 9) == 0 ||
               strcmp(what, "ac_stat") == 0) {
        fprintf(out, "waiting for a thread-pool file job (%s)\n", what);
    } else if (w != NULL && (strcmp(what, "ac_queue_get") == 0 || strcmp(what, "ac_queue_put") == 0)) {
        /* w: the ac__wq_wait leaf under the composite (waits.ac), whose
         * FIFO's group is its queue's */
        const ac__wq_wait__frame *f = (const ac__wq_wait__frame *)(const void *)w;
        const ac_queue *q = f->wq != NULL && f->wq->group != NULL
                                ? ac__container_of(f->wq->group, ac_queue, reg) : NULL;
        fprintf(out, "waiting for %s in %s (queue of %zu items)\n",
                what[9] == 'g' ? "an item" : "room", what, ac_queue_size(q));
    } else if (strcmp(what, "ac_lock_acquire") == 0) {
        fputs("waiting for a lock (ac_lock_acquire)\n", out);
    } else if (strcmp(what, "ac_semaphore_acquire") == 0) {
        fputs("waiting for a semaphore (ac_semaphore_acquire)\n", out);
    } else if (strcmp(what, "ac_event_wait") == 0) {
        fputs("waiting for an event (ac_event_wait)\n", out);
    } else if (strcmp(what, "ac_group_wait") == 0) {
        fprintf(out, "waiting for a group of %zu:\n", nkids);
    } else if (w != NULL && strcmp(what, "ac_signal") == 0) {
        fprintf(out, "waiting for signal %d (ac_signal)\n",
                ((const ac_signal__frame *)(const void *)w)->signum);
    } else if (strcmp(what, "ac_process_wait") == 0) {
        fputs("waiting for a child process (ac_process_wait)\n", out);
    } else if (nkids > 0) {
        fprintf(out, "waiting in %s for:\n", what);
    } else {
        fprintf(out, "waiting in %s\n", what);
    }
}

/* ------------------------------------------------------------------------- */
/* The tree                                                                   */
/* ------------------------------------------------------------------------- */

typedef struct ac__dump {
    FILE *out;
    ac_loop *l;
    ac__vec tasks;  /* the pending tasks, by id */
    bool *shown;    /* parallel to tasks; NULL when it could not be made */
    uint64_t now;   /* the loop clock when the dump began: every age from it */
} ac__dump;

static int ac__dump_cmp(const void *key, const void *elt) {
    const ac_task *a = key, *b = *(ac_task *const *)elt;
    return a->id < b->id ? -1 : a->id > b->id;
}

/* t's index in the list of pending tasks, or -1. */
static long ac__dump_index(ac__dump *d, const ac_task *t) {
    ac_task *const *p;
    if (!ac__is_task(t) || d->tasks.n == 0)
        return -1;
    p = bsearch(t, d->tasks.v, d->tasks.n, sizeof *d->tasks.v, ac__dump_cmp);
    return p != NULL && *p == t ? (long)(p - (ac_task *const *)d->tasks.v) : -1;
}

static void ac__dump_task(ac__dump *d, ac_task *t, int ind, int depth);

/* A handle a task waits for: a pending task's subtree, else one line. */
static void ac__dump_kid(ac__dump *d, ac_task *h, int ind, int depth) {
    char nb[32];
    long i = ac__dump_index(d, h);

    if (i >= 0 && !(d->shown != NULL && d->shown[i])) {
        ac__dump_task(d, h, ind, depth + 1);
        return;
    }
    fprintf(d->out, "%*s%s '%s'", ind, "", ac__is_task(h) ? "Task" : "future",
            ac__dump_name(h, nb, sizeof nb));
    if (i >= 0)
        fputs(" (shown above)\n", d->out);
    else if (h->state == AC__S_DONE)
        fputs(" done\n", d->out);
    else if (h->state == AC__S_FAILED)
        fprintf(d->out, " failed (%s)\n", ac_err_name(h->err));
    else
        fputs(" pending\n", d->out);
}

/* ", N.NNN s old": from AC_DEBUG's birth time when there is one, else from
 * the loop's checkpoints (age.c: at most that old, to within the pass that
 * made it when the loop polled or had a timer armed then). */
static void ac__dump_age(ac__dump *d, const ac_task *t) {
    uint64_t born = t->ext != NULL && t->ext->born != 0 ? t->ext->born : ac__age_born(d->l, t);
    if (born != 0)
        fprintf(d->out, ", %.3f s old", d->now > born ? (double)(d->now - born) / 1e9 : 0.0);
}

static void ac__dump_task(ac__dump *d, ac_task *t, int ind, int depth) {
    ac__vec chain = {0}, kids = {0};
    const char *what = NULL;
    long i = ac__dump_index(d, t);
    char nb[32];

    if (i >= 0 && d->shown != NULL)
        d->shown[i] = true;
    fprintf(d->out, "%*sTask '%s' %s()", ind, "", ac__dump_name(t, nb, sizeof nb),
            ac__fn_name(t));
    ac__dump_age(d, t);
    fputc('\n', d->out);
    ac__dump_chain(t, &chain);
    for (size_t k = 0; k < chain.n; k++)
        what = ac__dump_frames(d->out, ind + 2, chain.v[k]);
    ac__dump_kids(t, what, &chain, &kids);
    ac__dump_wait(d->out, ind + 2, d->l, t, what, kids.n);
    if (depth >= 64) {
        if (kids.n > 0)
            fprintf(d->out, "%*s...\n", ind + 4, "");
    } else {
        for (size_t k = 0; k < kids.n; k++)
            ac__dump_kid(d, kids.v[k], ind + 4, depth);
    }
    ac__vec_free(&chain);
    ac__vec_free(&kids);
}

/* Whether t is a handle some other pending task waits for (not a root). */
static void ac__dump_mark_kids(ac__dump *d, bool *is_kid) {
    for (size_t i = 0; i < d->tasks.n; i++) {
        ac_task *t = d->tasks.v[i];
        ac__vec chain = {0}, kids = {0};
        const char *what = NULL;

        ac__dump_chain(t, &chain);
        for (size_t k = 0; k < chain.n; k++)
            what = ac__dump_frames(NULL, 0, chain.v[k]); /* the innermost's */
        ac__dump_kids(t, what, &chain, &kids);
        for (size_t k = 0; k < kids.n; k++) {
            long j = ac__dump_index(d, kids.v[k]);
            if (j >= 0 && (size_t)j != i)
                is_kid[j] = true;
        }
        ac__vec_free(&chain);
        ac__vec_free(&kids);
    }
}

static void ac__dump_loop(ac_loop *l, FILE *out) {
    ac__dump d = {.out = out, .l = l};
    bool *is_kid;
    int rc;

    if (out == NULL)
        return;
    if (l == NULL) {
        fputs("ac_dump_tasks: no loop on this thread\n", out);
        return;
    }
    d.now = ac__loop_now(l);
    rc = ac__pending_tasks(l, &d.tasks);
    fprintf(out, "%zu pending task%s%s\n", d.tasks.n, d.tasks.n == 1 ? "" : "s",
            rc != 0 ? " (out of memory: some are missing)" : "");
    d.shown = calloc(d.tasks.n + 1, sizeof *d.shown);
    is_kid = calloc(d.tasks.n + 1, sizeof *is_kid);
    if (is_kid != NULL)
        ac__dump_mark_kids(&d, is_kid);
    /* the roots (no pending task waits for them), then what only cycles reach */
    for (size_t i = 0; i < d.tasks.n; i++)
        if ((is_kid == NULL || !is_kid[i]) && !(d.shown != NULL && d.shown[i]))
            ac__dump_task(&d, d.tasks.v[i], 0, 0);
    for (size_t i = 0; d.shown != NULL && i < d.tasks.n; i++)
        if (!d.shown[i])
            ac__dump_task(&d, d.tasks.v[i], 0, 0);
    free(is_kid);
    free(d.shown);
    ac__vec_free(&d.tasks);
    fflush(out);
}

void ac_dump_tasks(FILE *out) { ac__dump_loop(ac__cur, out); }

/* The dump signal (obs.c) prints through this hook, which ac_loop_new
 * (entry.c) sets: any thread may, at any time, hence atomic. */
void ac__dump_attach(void) {
    atomic_store_explicit(&ac__dump_hook, ac__dump_loop, memory_order_relaxed);
}
