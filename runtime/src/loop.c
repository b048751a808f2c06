/*
 * loop.c: the event loop. Passes, the ready queue, call_soon/later/at, time,
 * ac__loop_new, ac_loop_run and the end of a run (cancelling what is left, as
 * asyncio.run does) and of a loop (ac_loop_close frees everything). The
 * public ac_loop_new, ac_run and ac__main are entry.c's (they attach the
 * tools above the loop).
 *
 * One pass, as asyncio's BaseEventLoop._run_once:
 *   1. poll I/O: without blocking when items are ready, else blocking until the
 *      earliest timer (libuv runs I/O callbacks, which queue more items);
 *   2. move the due timers, in (deadline, set order) order, to the ready queue;
 *   3. run exactly the items queued at that moment, FIFO. What they queue runs
 *      on the next pass.
 * A pass with items ready makes no call into libuv when libuv has no work of
 * its own (no syscall either), and reads the clock only when a timer is armed:
 * a task switch costs one short pass (ac_loop_run has it inline).
 *
 * The extra pass of timers: asyncio runs a due timer's callback in step 3, and
 * that callback (the sleep future's set_result) only schedules the task, which
 * therefore steps on the NEXT pass. A due sleep timer here enters the ready
 * queue as its task flagged AC__F_WAKE; running a wake item just appends the
 * task again at the tail. No allocation, same order.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double ac_time(void) {
    /* uv_hrtime is CLOCK_MONOTONIC: its origin is fixed (boot), shared by every
     * loop and thread, so ac_call_at deadlines mean the same everywhere (plus
     * the jumps of the current loop's virtual time, vtime.c). */
    return (double)ac__now() / 1e9;
}

/* ------------------------------------------------------------------------- */
/* The loop object                                                            */
/* ------------------------------------------------------------------------- */

ac_loop *ac__loop_new(void) {
    ac_loop *l;

    ac__uv_allocator(); /* uvalloc.c: libuv gets a reserve instead of aborting */
    l = calloc(1, sizeof *l);
    if (l == NULL)
        return NULL;
    if (uv_loop_init(&l->uv) != 0) {
        free(l);
        return NULL;
    }
    ac__ready_reset(l);
    uv_timer_init(&l->uv, &l->timer);
    /* Our timer must not keep uv_run going, nor count as "live I/O" when we
     * ask libuv whether polling is worth a syscall. */
    uv_unref((uv_handle_t *)&l->timer);
    l->timer.data = l;
    ac__dlink_init(&l->futures);
    ac__dlink_init(&l->debug_list);
    l->debug = ac__debug_env();
    ac__trace_loop_new(l); /* trace.c: AC_TRACE */
    ac__obs_loop_init(l); /* dump.c: AC_VIRTUAL_TIME, AC_SLOW_STEP, AC_DUMP_SIGNAL */
    return l;
}


void ac_loop_set(ac_loop *l) { ac__cur = l; }

ac_loop *ac_loop_get(void) { return ac__cur; }

uv_loop_t *ac_loop_uv(ac_loop *l) { return l != NULL ? &l->uv : NULL; }

/* ------------------------------------------------------------------------- */
/* A pass                                                                     */
/* ------------------------------------------------------------------------- */

static void ac__on_uv_timer(uv_timer_t *timer) {
    (void)timer; /* it only wakes uv_run; the pass then reads the heap */
}

/* Nothing is ready: sleeps in libuv until the earliest timer or I/O. Returns
 * false when nothing could ever wake us. */
static bool ac__block(ac_loop *l) {
    uintptr_t e = ac__heap_top(l);
    uint64_t now, ms, when;

    if (e == 0) {
        if (!uv_loop_alive(&l->uv))
            return false;
        uv_run(&l->uv, UV_RUN_ONCE);
        return true;
    }
    if (l->vtime && ac__vtime_jump(l))
        return true; /* vtime.c: the clock jumped to the top's deadline */
    now = ac__loop_now(l);
    when = ac__hent_when(e);
    if (when <= now) {
        if (uv_loop_alive(&l->uv))
            uv_run(&l->uv, UV_RUN_NOWAIT);
        return true;
    }
    /* Round up: libuv counts in ms, and waking early only costs an empty pass. */
    ms = (when - now + 999999) / 1000000;
    uv_update_time(&l->uv); /* the timer starts from now, not the last poll */
    uv_timer_start(&l->timer, ac__on_uv_timer, ms, 0);
    uv_ref((uv_handle_t *)&l->timer);
    uv_run(&l->uv, UV_RUN_ONCE);
    uv_unref((uv_handle_t *)&l->timer);
    uv_timer_stop(&l->timer);
    return true;
}

/* Moves the timers due at `now` to the ready queue, after what is there. */
static void ac__move_due(ac_loop *l, uint64_t now) {
    uintptr_t e;
    while ((e = ac__heap_top(l)) != 0 && ac__hent_when(e) <= now) {
        ac_task *task = ac__hent_task(e);
        ac__heap_pop(l);
        if (AC__UNLIKELY(l->trace != NULL))
            ac__trace_timer(l, task);
        l->lag_ns = now - ac__hent_when(e); /* ac_loop_stats' loop lag */
        if (task != NULL) {
            task->flags |= AC__F_QUEUED | AC__F_WAKE;
            ac__ready_push(l, &task->q);
        } else {
            ac__later *s = ac__container_of(ac__hent_timer(e), ac__later, timer);
            ac__ready_push(l, &s->s.cb.q);
        }
    }
}

static inline __attribute__((always_inline)) void ac__run_item(ac_loop *l, ac__item *it) {
    ac_task *t;
    uint64_t t0;

    if (!ac__is_task_item(it)) {
        ac__cb *cb = (ac__cb *)it;
        if (!l->watch) {
            cb->run(l, cb, AC__CB_RUN);
            return;
        }
        /* AC_DEBUG: a callback that blocks the loop (debug.c); AC_TRACE (trace.c) */
        t0 = ac__now();
        if (l->trace != NULL)
            ac__trace_callback(l, cb);
        else
            cb->run(l, cb, AC__CB_RUN);
        if (l->debug)
            ac__debug_slow(NULL, ac__now() - t0);
        return;
    }
    t = (ac_task *)it;
    if (t->flags & AC__F_WAKE) {
        /* The timer's callback: the task steps on the next pass. */
        t->flags &= ~AC__F_WAKE;
        if (t->flags & AC__F_PROXY)
            t->flags &= ~AC__F_QUEUED; /* cancelled meanwhile: the proxy steps it */
        else
            ac__ready_push(l, it);
        return;
    }
    l->steps++; /* ac_loop_stats */
    if (!l->watch) {
        ac__step(l, t);
        return;
    }
    /* AC_DEBUG: a task step that blocks the loop (debug.c); AC_TRACE (trace.c) */
    t0 = ac__now();
    ac_retain(t);
    if (l->trace != NULL)
        ac__trace_step(l, t);
    else
        ac__step(l, t);
    if (l->debug)
        ac__debug_slow(t, ac__now() - t0);
    ac_release(t);
}

/* uv_loop_alive, inline: whether libuv has work of its own (active handles
 * or requests, callbacks pending, handles closing; our timer is unref'd), or
 * `also` is not 0 (the pass: a timer armed, in the same branch). The fields
 * are uv.h's public ones. A pass of pure tasks asks this and nothing else of
 * libuv. */
static inline bool ac__uv_busy_or(const ac_loop *l, uintptr_t also) {
#if defined(_WIN32)
    return also != 0 || uv_loop_alive(&l->uv);
#else
    /* pending_queue is `void *[2]` before libuv 1.46 and `struct uv__queue`
     * after: either way its first word points at itself when it is empty. */
    /* one test for the three counts and pointers (or'ed: no branch each) */
    return ((uintptr_t)l->uv.active_handles | (uintptr_t)l->uv.active_reqs.count |
            (uintptr_t)l->uv.closing_handles | also) != 0 ||
           *(void *const *)(const void *)&l->uv.pending_queue != (const void *)&l->uv.pending_queue;
#endif
}
static inline bool ac__uv_busy(const ac_loop *l) { return ac__uv_busy_or(l, 0); }

/* The clock is read once per pass, and only when a timer is armed. */
static inline __attribute__((always_inline)) void ac__pass_timers(ac_loop *l) {
    if (l->heap_len != 0) {
        uint64_t now = ac__loop_now(l);
        ac__age_note(l, now);
        ac__move_due(l, now);
    }
}

/* A pass with items ready and libuv work or a timer: the poll without
 * blocking, then the due timers (out of line: the pass of pure tasks keeps
 * its registers). */
static __attribute__((noinline)) void ac__pass_poll(ac_loop *l) {
    if (ac__uv_busy(l)) {
        uv_run(&l->uv, UV_RUN_NOWAIT);
        ac__age_note_polled(l); /* age.c: tasks' ages */
    }
    ac__pass_timers(l);
}

static inline __attribute__((always_inline)) bool ac__pass_inline(ac_loop *l) {
    ac__item *it;

    /* The pass counter counts down: every AC__DUMP_POLL_PASSES passes when
     * AC_DUMP_SIGNAL is set, dump.c polls for it (a loop of ready tasks only
     * never polls below), at the cost of one branch on the counter. */
    if (AC__UNLIKELY(--l->pass_left == 0))
        ac__pass_rearm(l);
    if (__builtin_expect(l->head != NULL, 1)) {
        /* Poll without blocking, but only when libuv has live work of its own:
         * a pass of pure tasks makes no syscall and no call into libuv. The
         * timer test shares the branch (a pass of pure tasks takes one). */
        if (AC__UNLIKELY(ac__uv_busy_or(l, l->heap_len)))
            ac__pass_poll(l);
    } else if (!ac__block(l)) {
        return false;
    } else {
        ac__age_note_polled(l);
        ac__pass_timers(l);
    }
    it = l->head;
    if (it == NULL)
        return true;
    ac__ready_reset(l);
    do {
        /* it->next is left as it is: nothing reads the link of an item out of
         * the ready queue (every push sets it, a future's waiter ring and a
         * sleeping task's timer fields write it before use) */
        ac__item *next = it->next;
        ac__run_item(l, it);
        it = next;
    } while (it != NULL);
    return true;
}

bool ac__pass(ac_loop *l) { return ac__pass_inline(l); }

/* Proxy nodes (ac__proxy_new, ac__proxy_task): cancel.c, their one maker. */

/* ------------------------------------------------------------------------- */
/* call_soon / call_later / call_at                                           */
/* ------------------------------------------------------------------------- */

static void ac__soon_run(ac_loop *l, ac__cb *cb, int how) {
    ac__soon *s = (ac__soon *)cb;
    (void)l;
    if (how == AC__CB_RUN)
        s->fn(s->arg);
    free(s); /* an ac__later starts with its ac__soon: same block */
}

static void ac__soon_init(ac__soon *s, void (*fn)(void *), void *arg) {
    s->cb.q.desc = &ac__cb_desc;
    s->cb.run = ac__soon_run;
    s->fn = fn;
    s->arg = arg;
}

int ac_call_soon(void (*cb)(void *arg), void *arg) {
    ac_loop *l = ac__cur;
    ac__soon *s;

    if (l == NULL || cb == NULL)
        return AC_EINVAL;
    s = malloc(sizeof *s);
    if (s == NULL)
        return AC_ENOMEM;
    ac__soon_init(s, cb, arg);
    ac__ready_push(l, &s->cb.q);
    return 0;
}

static int ac__call_at_ns(uint64_t when, void (*cb)(void *), void *arg) {
    ac_loop *l = ac__cur;
    ac__later *s;

    if (l == NULL || cb == NULL)
        return AC_EINVAL;
    s = malloc(sizeof *s);
    if (s == NULL)
        return AC_ENOMEM;
    ac__soon_init(&s->s, cb, arg);
    ac__timer_set_when(&s->timer, when);
    s->timer.slot = AC__NOT_ARMED;
    if (ac__heap_insert(l, &s->timer) != 0) {
        free(s);
        return AC_ENOMEM;
    }
    return 0;
}

int ac_call_later(double seconds, void (*cb)(void *arg), void *arg) {
    return ac__call_at_ns(ac__now() + ac__seconds_to_ns(seconds), cb, arg);
}

int ac_call_at(double when, void (*cb)(void *arg), void *arg) {
    return ac__call_at_ns(ac__seconds_to_ns(when), cb, arg);
}

/* ------------------------------------------------------------------------- */
/* Finding the pending tasks                                                  */
/* ------------------------------------------------------------------------- */

static void ac__visit(ac__vec *v, ac_task *t) {
    if (t == NULL || t->kind != AC__K_CORO || !(t->flags & AC__F_TASK) || ac__done(t) ||
        (t->flags & AC__F_VISIT))
        return;
    if (ac__vec_push(v, t) == 0)
        t->flags |= AC__F_VISIT;
}

static void ac__visit_item(ac__vec *v, ac__item *it) {
    if (ac__is_task_item(it))
        ac__visit(v, (ac_task *)it);
    else
        ac__visit(v, ac__proxy_task((ac__cb *)it));
}

static void ac__visit_waiters(ac__vec *v, ac_task *h) {
    ac__item *it = h->waiters;
    if (it == NULL)
        return;
    do {
        it = it->next;
        ac__visit_item(v, it);
    } while (it != h->waiters);
}

static int ac__by_id(const void *a, const void *b) {
    const ac_task *x = *(ac_task *const *)a, *y = *(ac_task *const *)b;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* A pending task is ready (or a wake/proxy item), sleeping in the heap, or
 * waits for a pending handle: a future (those with waiters are on l->futures)
 * or a coroutine object in the chain of another pending task. Tasks waiting
 * for each other in a cycle are not found (asyncio would hang on them). */
int ac__pending_tasks(ac_loop *l, ac__vec *v) {
    ac__item *it;
    ac__dlink *d;
    size_t i;

    if (l->current != NULL)
        ac__visit(v, l->current);
    for (it = l->head; it != NULL; it = it->next)
        ac__visit_item(v, it);
    for (i = 0; i < l->heap_len; i++)
        ac__visit(v, ac__hent_task(l->heap[i]));
    /* I/O (io.h): tasks suspended on I/O leaves. */
    if (l->io_part != NULL && l->io_part->pending_tasks != NULL)
        l->io_part->pending_tasks(l, v, ac__visit);
    /* park.c: tasks parked on sync, group, thread and combinator leaves. */
    ac__rt_pending_tasks(l, v, ac__visit);
    for (d = l->futures.next; d != &l->futures; d = d->next)
        ac__visit_waiters(v, ac__container_of(d, ac_task, u.fut.link));
    for (i = 0; i < v->n; i++) {
        ac_task *t = v->v[i], *c = t->u.co.link;
        while (c != NULL) {
            ac__visit_waiters(v, c);
            if (c == t)
                break;
            c = c->u.co.link;
        }
    }
    for (i = 0; i < v->n; i++)
        ((ac_task *)v->v[i])->flags &= ~AC__F_VISIT;
    /* Spawn order, as asyncio's all_tasks() mostly gives. */
    if (v->n > 1)
        qsort(v->v, v->n, sizeof *v->v, ac__by_id);
    return v->full ? AC_ENOMEM : 0;
}

/* ------------------------------------------------------------------------- */
/* Running                                                                    */
/* ------------------------------------------------------------------------- */

/* ac__cancel_all when the list of pending tasks cannot be made (out of
 * memory): batches of a fixed buffer on the stack. Each round cancels the
 * pending tasks it finds that were not cancelled yet (AC__F_DOOMED); a round
 * that finds only those runs a pass. Tasks a full batch hid, and those found
 * only once what they wait for ends, are cancelled in a later round. */
static void ac__cancel_all_slow(ac_loop *l) {
    void *buf[64];

    for (;;) {
        ac__vec v = {.v = buf, .cap = sizeof buf / sizeof buf[0], .fixed = true};
        bool fresh = false;
        size_t i;

        (void)ac__pending_tasks(l, &v);
        if (v.n == 0)
            break;
        for (i = 0; i < v.n; i++) {
            ac_task *t = v.v[i];
            if (!(t->flags & AC__F_DOOMED)) {
                t->flags |= AC__F_DOOMED;
                ac_cancel(t);
                fresh = true;
            }
        }
        if (!fresh && !ac__pass(l))
            break; /* they wait for what can never happen; ac_loop_close frees them */
    }
}

/* asyncio.run's _cancel_all_tasks: cancel every task still pending, then run
 * until each of them has ended. Tasks spawned meanwhile are not waited for. */
static void ac__cancel_all(ac_loop *l) {
    ac__vec v = {0};
    size_t i;

    if (ac__pending_tasks(l, &v) != 0) {
        ac__vec_free(&v);
        ac__cancel_all_slow(l);
        return;
    }
    for (i = 0; i < v.n; i++)
        ac_retain(v.v[i]);
    for (i = 0; i < v.n; i++)
        ac_cancel(v.v[i]);
    i = 0;
    while (i < v.n) {
        if (ac__done(v.v[i]))
            i++;
        else if (!ac__pass(l))
            break; /* they wait for what can never happen; ac_loop_close frees them */
    }
    for (i = 0; i < v.n; i++)
        ac_release(v.v[i]);
    ac__vec_free(&v);
}

int ac_loop_run(ac_loop *l, ac_task *coro, void *result_out) {
    ac_loop *prev;
    ac_task *main;
    bool nudged = false;
    int err;

    if (l == NULL || coro == NULL) {
        ac_release(coro);
        return AC_EINVAL;
    }
    if (l->running) {
        ac_release(coro);
        return AC_EBUSY;
    }
    prev = ac__cur;
    ac__cur = l;
    l->running = true;
    main = ac_spawn(coro); /* coro itself: our reference is the caller's */
    while (!ac__done(main)) {
        if (ac__pass_inline(l))
            continue;
        /* Nothing is ready, no timer, no I/O: asyncio would hang forever. */
        if (nudged)
            break;
        fprintf(stderr,
                "ac: warning: deadlock: '%s' waits for something that can never "
                "happen; cancelling it\n",
                ac_name(main));
        ac_cancel(main);
        nudged = true;
    }
    err = ac__done(main) ? ac_error_of(main) : AC_ECANCELED;
    if (err == 0 && result_out != NULL) {
        size_t size = ac__result_size(main);
        if (size != 0)
            memcpy(result_out, ac__result(main, size), size);
    }
    ac__cancel_all(l);
    l->running = false;
    ac__cur = prev;
    ac_release(main);
    return err;
}

/* ac_run and ac__main (a program's entry): main.c. */

/* ------------------------------------------------------------------------- */
/* Closing                                                                    */
/* ------------------------------------------------------------------------- */

static void ac__drop_item(ac_loop *l, ac__item *it) {
    if (ac__is_task_item(it))
        ((ac_task *)it)->flags &= ~(AC__F_QUEUED | AC__F_WAKE | AC__F_PROXY);
    else
        ((ac__cb *)it)->run(l, (ac__cb *)it, AC__CB_DROP);
}

/* Empties h's waiter list without waking anyone: the tasks in it are being
 * destroyed too, the callbacks are freed without running. */
static void ac__drop_waiters(ac_loop *l, ac_task *h) {
    ac__item *last = h->waiters, *it;
    if (last == NULL)
        return;
    it = last->next;
    last->next = NULL;
    h->waiters = NULL;
    while (it != NULL) {
        ac__item *next = it->next;
        it->next = NULL;
        ac__drop_item(l, it);
        it = next;
    }
}

/* A task still pending when its loop closes ends cancelled without running
 * again (what asyncio reports as "Task was destroyed but it is pending!"). */
static void ac__destroy_task(ac_loop *l, ac_task *t) {
    ac__waiter *w = t->u.co.wait;
    ac_task *c;

    if (ac__done(t))
        return;
    if (w != NULL && w->kind == AC__WAIT_HANDLE) {
        ac__wait__frame *wf = (ac__wait__frame *)(void *)w;
        if (wf->w.state == AC__WS_JOINED) { /* it holds a reference on the handle */
            wf->w.state = AC__WS_OVER;
            ac_release(wf->h);
        }
        wf->w.kind = AC__WAIT_NONE;
    }
    t->u.co.wait = NULL;
    c = t->u.co.link;
    while (c != NULL && c != t) {
        ac_task *parent = c->u.co.link;
        c->u.co.link = NULL;
        ac__drop_waiters(l, c);
        c->state = AC__S_FAILED;
        c->err = AC_ECANCELED;
        ac_release(c); /* the chain's reference */
        c = parent;
    }
    t->u.co.link = t;
    ac__drop_waiters(l, t);
    t->state = AC__S_FAILED;
    t->err = AC_ECANCELED;
    ac_release(t); /* its reference to itself */
}

static void ac__close_walk(uv_handle_t *h, void *arg) {
    (void)arg;
    if (!uv_is_closing(h))
        uv_close(h, NULL);
}

/* Moves h's waiters to the tail of the ready queue. */
static void ac__splice_waiters(ac_loop *l, ac_task *h) {
    ac__item *last = h->waiters;
    if (last == NULL)
        return;
    h->waiters = NULL;
    *l->tail = last->next;
    last->next = NULL;
    l->tail = &last->next;
}

/* ac_loop_close, without allocating: every pending task is gathered in the
 * ready queue, which is the work list. Sleeping tasks (their own link is
 * free) join it; then the waiter lists of the futures and of every queued
 * task's chain are spliced onto its tail, so that the tasks they hold are
 * reached in turn. A task's own link is in at most one list, so each task is
 * queued at most once. */
static void ac__gather_pending(ac_loop *l) {
    ac__item *it;
    uintptr_t *heap = l->heap;
    uint32_t i, n = l->heap_len;

    /* The heap is emptied first: a sleeping task's link holds its timer's
     * place in the heap (ac_task.tq) until it is queued. */
    l->heap = NULL;
    l->heap_len = l->heap_cap = 0;
    for (i = 0; i < n; i++) {
        ac_task *t = ac__hent_task(heap[i]);
        if (t != NULL && !ac__done(t) && !(t->flags & AC__F_QUEUED)) {
            t->flags |= AC__F_QUEUED;
            ac__ready_push(l, &t->q);
        }
    }
    for (i = 0; i < n; i++) {
        if (ac__hent_task(heap[i]) == NULL) {
            ac__later *s = ac__container_of(ac__hent_timer(heap[i]), ac__later, timer);
            s->timer.slot = AC__NOT_ARMED;
            s->s.cb.run(l, &s->s.cb, AC__CB_DROP);
        }
    }
    free(heap);
    while (!ac__dlink_empty(&l->futures)) {
        ac_task *f = ac__container_of(l->futures.next, ac_task, u.fut.link);
        ac__futures_unlink(f);
        ac__splice_waiters(l, f);
    }
    for (it = l->head; it != NULL; it = it->next) {
        ac_task *t, *c;
        if (ac__is_task_item(it)) {
            t = (ac_task *)it;
        } else {
            /* a proxy whose task's wake item already ran: the task's link is free */
            t = ac__proxy_task((ac__cb *)it);
            if (t == NULL || ac__done(t) || (t->flags & AC__F_QUEUED))
                continue;
            t->flags |= AC__F_QUEUED;
            ac__ready_push(l, &t->q);
            continue;
        }
        if (ac__done(t) || t->kind != AC__K_CORO || !(t->flags & AC__F_TASK))
            continue;
        for (c = t->u.co.link; c != NULL; c = c->u.co.link) {
            ac__splice_waiters(l, c);
            if (c == t)
                break;
        }
        if (t->u.co.link == NULL)
            ac__splice_waiters(l, t);
    }
}

/* Destroys the tasks gathered in the ready queue, frees the callbacks there.
 * The callbacks go first (a proxy node touches its task), and the pending
 * tasks are kept in a list of their own: a pending task stays alive until it
 * is destroyed (it holds a reference to itself), an item of another kind
 * might not. */
static void ac__destroy_queued(ac_loop *l) {
    ac__item *it = l->head, *keep = NULL, **tail = &keep;
    ac__ready_reset(l);
    while (it != NULL) {
        ac__item *next = it->next;
        it->next = NULL;
        if (ac__is_task_item(it)) {
            ac_task *t = (ac_task *)it;
            t->flags &= ~(AC__F_QUEUED | AC__F_WAKE | AC__F_PROXY);
            if (t->kind == AC__K_CORO && (t->flags & AC__F_TASK) && !ac__done(t)) {
                *tail = it;
                tail = &it->next;
            }
        } else {
            ((ac__cb *)it)->run(l, (ac__cb *)it, AC__CB_DROP);
        }
        it = next;
    }
    while (keep != NULL) {
        ac__item *next = keep->next;
        keep->next = NULL;
        ac__destroy_task(l, (ac_task *)keep);
        keep = next;
    }
}

int ac_loop_close(ac_loop *l) {
    ac_loop *prev = ac__cur;

    if (l == NULL)
        return AC_EINVAL;
    if (l->running)
        return AC_EBUSY;
    ac__cur = l;
    /* xthread.c: other threads' posts fail from now on; what they posted is
     * dropped below with the ready queue. */
    if (l->xq_part != NULL)
        l->xq_part->close(l);
    /* I/O (io.h): cancel the I/O waits left, close the streams, servers,
     * signal watchers and processes left open (uv_run below frees them). */
    if (l->io_part != NULL)
        l->io_part->close(l);
    /* park.c: the same for the parked sync, group, thread and combinator
     * leaves (their tasks become ready: gathered and destroyed below). */
    ac__rt_loop_close(l);
    ac__gather_pending(l);
    ac__destroy_queued(l);
    ac__debug_report_alive(l);
    ac__trace_loop_close(l); /* trace.c: the file stays valid JSON */

    ac__obs_loop_close(l); /* dump.c: the dump signal's handle */
    uv_close((uv_handle_t *)&l->timer, NULL);
    uv_run(&l->uv, UV_RUN_DEFAULT);
    if (uv_loop_close(&l->uv) == UV_EBUSY) {
        /* Handles the program left open on ac_loop_uv(l). */
        uv_walk(&l->uv, ac__close_walk, NULL);
        uv_run(&l->uv, UV_RUN_DEFAULT);
        uv_loop_close(&l->uv);
    }
    ac__cur = prev == l ? NULL : prev;
    free(l);
    ac__pool_trim();
    return 0;
}
