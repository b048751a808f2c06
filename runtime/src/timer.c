/*
 * timer.c: the loop's timers, and ac_sleep.
 *
 * Every timer of a loop (sleeps, call_later) sits in one binary min-heap
 * ordered by (deadline, sequence number); the timer stores its own slot so
 * that removing it is O(log n). An entry is the sleeping task itself (its
 * timer is the ac_sleep leaf it waits on) or a callback's timer, tagged
 * (ac-int.h: ac__hent_timer): a sleep's leaf needs no task pointer. The loop arms its single
 * uv_timer_t for the top only when it has nothing else to do (loop.c), so a
 * million sleeping tasks cost a million heap slots and no libuv handle.
 */
#include "ac-int.h"

#include <stdlib.h>

#define AC__HEAP_MIN 64

/* Deadline order; equal deadlines in the order they were set. The sequence
 * numbers wrap: compare their difference, as TCP does. */
static inline bool ac__timer_before(const ac__timer *a, const ac__timer *b) {
    uint64_t wa = ac__timer_when(a), wb = ac__timer_when(b);
    if (wa != wb)
        return wa < wb;
    return (int32_t)(a->seq - b->seq) < 0;
}

static inline void ac__heap_put(ac_loop *l, uint32_t i, uintptr_t e, ac__timer *t) {
    l->heap[i] = e;
    t->slot = i;
}

static void ac__sift_up(ac_loop *l, uint32_t i) {
    uintptr_t e = l->heap[i];
    ac__timer *t = ac__hent_timer(e);
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        ac__timer *pt = ac__hent_timer(l->heap[parent]);
        if (!ac__timer_before(t, pt))
            break;
        ac__heap_put(l, i, l->heap[parent], pt);
        i = parent;
    }
    ac__heap_put(l, i, e, t);
}

static void ac__sift_down(ac_loop *l, uint32_t i) {
    uintptr_t e = l->heap[i];
    ac__timer *t = ac__hent_timer(e);
    uint32_t n = l->heap_len;
    for (;;) {
        uint32_t c = 2 * i + 1;
        ac__timer *ct;
        if (c >= n)
            break;
        ct = ac__hent_timer(l->heap[c]);
        if (c + 1 < n) {
            ac__timer *rt = ac__hent_timer(l->heap[c + 1]);
            if (ac__timer_before(rt, ct)) {
                c++;
                ct = rt;
            }
        }
        if (!ac__timer_before(ct, t))
            break;
        ac__heap_put(l, i, l->heap[c], ct);
        i = c;
    }
    ac__heap_put(l, i, e, t);
}

static int ac__heap_resize(ac_loop *l, uint32_t cap) {
    uintptr_t *heap = realloc(l->heap, (size_t)cap * sizeof *heap);
    if (heap == NULL)
        return AC_ENOMEM;
    l->heap = heap;
    l->heap_cap = cap;
    return 0;
}

static int ac__heap_add(ac_loop *l, uintptr_t e, ac__timer *t) {
    if (l->heap_len == l->heap_cap) {
        /* Geometric growth: amortised O(1), at most twice the peak. */
        uint32_t cap = l->heap_cap != 0 ? l->heap_cap * 2 : AC__HEAP_MIN;
        if (l->heap_cap >= UINT32_MAX / 4 || ac__heap_resize(l, cap) != 0)
            return AC_ENOMEM;
    }
    t->seq = l->seq++;
    ac__heap_put(l, l->heap_len++, e, t);
    ac__sift_up(l, t->slot);
    return 0;
}

int ac__heap_insert(ac_loop *l, ac__timer *t) {
    return ac__heap_add(l, (uintptr_t)t + AC__HENT_TIMER, t);
}

int ac__heap_insert_task(ac_loop *l, ac__timer *t, ac_task *task) {
    return ac__heap_add(l, (uintptr_t)task, t);
}

void ac__heap_remove(ac_loop *l, ac__timer *t) {
    uint32_t i = t->slot;
    uintptr_t last;

    if (i >= l->heap_len || ac__hent_timer(l->heap[i]) != t)
        return; /* not armed */
    t->slot = AC__NOT_ARMED;
    last = l->heap[--l->heap_len];
    if (i < l->heap_len) {
        ac__timer *lt = ac__hent_timer(last);
        ac__heap_put(l, i, last, lt);
        if (i > 0 && ac__timer_before(lt, ac__hent_timer(l->heap[(i - 1) / 2])))
            ac__sift_up(l, i);
        else
            ac__sift_down(l, i);
    }
    /* Give memory back after a burst, with hysteresis (shrink at a quarter). */
    if (l->heap_cap > AC__HEAP_MIN && l->heap_len < l->heap_cap / 4)
        (void)ac__heap_resize(l, l->heap_cap / 2);
}

uintptr_t ac__heap_pop(ac_loop *l) {
    uintptr_t e = ac__heap_top(l);
    if (e != 0)
        ac__heap_remove(l, ac__hent_timer(e));
    return e;
}

void ac__heap_free(ac_loop *l) {
    while (l->heap_len > 0)
        ac__hent_timer(l->heap[--l->heap_len])->slot = AC__NOT_ARMED;
    free(l->heap);
    l->heap = NULL;
    l->heap_cap = 0;
}

/* ------------------------------------------------------------------------- */
/* ac_sleep                                                                   */
/* ------------------------------------------------------------------------- */

uint64_t ac__seconds_to_ns(double seconds) {
    double ns;
    if (!(seconds > 0)) /* zero, negative, NaN */
        return 0;
    ns = seconds * 1e9;
    if (ns >= 9e18) /* ~285 years: "forever" without overflowing when added to now */
        return (uint64_t)9e18;
    /* Round to the nearest ns, but a positive delay stays positive: sleep(1e-12)
     * is a timer, not sleep(0). */
    return ns < 1 ? 1 : (uint64_t)(ns + 0.5);
}

enum { AC__SS_ARMED = 1, AC__SS_OVER = 2 };

void ac_sleep__init(ac_sleep__frame *f, double seconds) {
    f->w.kind = AC__WAIT_NONE;
    f->w.state = 0;
    ac__timer_set_when(&f->timer, ac__seconds_to_ns(seconds)); /* the duration until armed */
    f->timer.seq = 0;
    f->timer.slot = AC__NOT_ARMED;
}

int ac_sleep__resume(void *frame, ac_task *task) {
    ac_sleep__frame *f = frame;
    ac_loop *l = ac__cur;

    switch (f->w.state) {
    case 0:
        if (task == NULL || l == NULL)
            return ac__raise(task, AC_EINVAL);
        f->w.state = AC__SS_ARMED;
        task->u.co.wait = &f->w;
        if ((f->timer.when_lo | f->timer.when_hi) == 0 || (task->flags & AC__F_CANCEL)) {
            /* sleep(0) is a bare yield: back of the queue, one pass. A pending
             * cancel also arrives one pass later, as in asyncio (the sleep
             * future is cancelled and wakes the task through call_soon). */
            f->w.kind = AC__WAIT_SOON;
            ac__schedule(l, task);
            return AC__SUSPEND;
        }
        /* A fresh clock reading: the sleep is never shorter than asked. */
        ac__timer_set_when(&f->timer, ac__timer_when(&f->timer) + ac__loop_now(l));
        if (ac__heap_insert_task(l, &f->timer, task) != 0) {
            f->w.state = AC__SS_OVER;
            task->u.co.wait = NULL;
            return ac__raise(task, AC_ENOMEM);
        }
        f->w.kind = AC__WAIT_TIMER;
        return AC__SUSPEND;
    case AC__SS_ARMED:
        if (f->timer.slot != AC__NOT_ARMED && l != NULL) {
            task->u.co.wait = &f->w; /* the heap finds the timer through it */
            ac__heap_remove(l, &f->timer);
        }
        f->w.kind = AC__WAIT_NONE;
        f->w.state = AC__SS_OVER;
        if (task->flags & AC__F_CANCEL) {
            task->flags &= ~AC__F_CANCEL;
            return ac__raise(task, AC_ECANCELED);
        }
        return AC__DONE;
    default:
        return AC__DONE;
    }
}

static const ac__desc ac_sleep__desc = {
    .resume = ac_sleep__resume,
    .name = "ac_sleep",
    .file = __FILE__,
    .line = __LINE__,
    .frame_size = sizeof(ac_sleep__frame),
};

ac_task *ac_sleep(double seconds) {
    ac_task *t = ac__coro_new(&ac_sleep__desc);
    if (t != NULL)
        ac_sleep__init(ac__frame(t), seconds);
    return t;
}
