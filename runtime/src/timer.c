/*
 * timer.c: the loop's timers, and ac_sleep.
 *
 * Every timer of a loop (sleeps, call_later) sits in one binary min-heap of
 * ac__timer pointers ordered by (deadline, sequence number); the timer stores
 * its own slot so that removing it is O(log n). The loop arms its single
 * uv_timer_t for the top only when it has nothing else to do (loop.c), so a
 * million sleeping tasks cost a million heap slots and no libuv handle.
 */
#include "ac-int.h"

#include <stdlib.h>

#define AC__HEAP_MIN 64

/* Deadline order; equal deadlines in the order they were set. The sequence
 * numbers wrap: compare their difference, as TCP does. */
static inline bool ac__timer_before(const ac__timer *a, const ac__timer *b) {
    if (a->when != b->when)
        return a->when < b->when;
    return (int32_t)(a->seq - b->seq) < 0;
}

static inline void ac__heap_put(ac_loop *l, uint32_t i, ac__timer *t) {
    l->heap[i] = t;
    t->slot = i;
}

static void ac__sift_up(ac_loop *l, uint32_t i) {
    ac__timer *t = l->heap[i];
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        if (!ac__timer_before(t, l->heap[parent]))
            break;
        ac__heap_put(l, i, l->heap[parent]);
        i = parent;
    }
    ac__heap_put(l, i, t);
}

static void ac__sift_down(ac_loop *l, uint32_t i) {
    ac__timer *t = l->heap[i];
    uint32_t n = l->heap_len;
    for (;;) {
        uint32_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && ac__timer_before(l->heap[c + 1], l->heap[c]))
            c++;
        if (!ac__timer_before(l->heap[c], t))
            break;
        ac__heap_put(l, i, l->heap[c]);
        i = c;
    }
    ac__heap_put(l, i, t);
}

static int ac__heap_resize(ac_loop *l, uint32_t cap) {
    ac__timer **heap = realloc(l->heap, (size_t)cap * sizeof *heap);
    if (heap == NULL)
        return AC_ENOMEM;
    l->heap = heap;
    l->heap_cap = cap;
    return 0;
}

int ac__heap_insert(ac_loop *l, ac__timer *t) {
    if (l->heap_len == l->heap_cap) {
        /* Geometric growth: amortised O(1), at most twice the peak. */
        uint32_t cap = l->heap_cap != 0 ? l->heap_cap * 2 : AC__HEAP_MIN;
        if (l->heap_cap >= UINT32_MAX / 4 || ac__heap_resize(l, cap) != 0)
            return AC_ENOMEM;
    }
    t->seq = l->seq++;
    ac__heap_put(l, l->heap_len++, t);
    ac__sift_up(l, t->slot);
    return 0;
}

void ac__heap_remove(ac_loop *l, ac__timer *t) {
    uint32_t i = t->slot;
    ac__timer *last;

    if (i >= l->heap_len || l->heap[i] != t)
        return; /* not armed */
    t->slot = AC__NOT_ARMED;
    last = l->heap[--l->heap_len];
    if (i < l->heap_len) {
        ac__heap_put(l, i, last);
        if (i > 0 && ac__timer_before(last, l->heap[(i - 1) / 2]))
            ac__sift_up(l, i);
        else
            ac__sift_down(l, i);
    }
    /* Give memory back after a burst, with hysteresis (shrink at a quarter). */
    if (l->heap_cap > AC__HEAP_MIN && l->heap_len < l->heap_cap / 4)
        (void)ac__heap_resize(l, l->heap_cap / 2);
}

ac__timer *ac__heap_pop(ac_loop *l) {
    ac__timer *t = ac__heap_top(l);
    if (t != NULL)
        ac__heap_remove(l, t);
    return t;
}

void ac__heap_free(ac_loop *l) {
    while (l->heap_len > 0)
        l->heap[--l->heap_len]->slot = AC__NOT_ARMED;
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
    f->timer.when = ac__seconds_to_ns(seconds); /* the duration until armed */
    f->timer.seq = 0;
    f->timer.slot = AC__NOT_ARMED;
    f->timer.task = NULL;
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
        if (f->timer.when == 0 || (task->flags & AC__F_CANCEL)) {
            /* sleep(0) is a bare yield: back of the queue, one pass. A pending
             * cancel also arrives one pass later, as in asyncio (the sleep
             * future is cancelled and wakes the task through call_soon). */
            f->w.kind = AC__WAIT_SOON;
            ac__schedule(l, task);
            return AC__SUSPEND;
        }
        /* A fresh clock reading: the sleep is never shorter than asked. */
        f->timer.when += ac__loop_now(l);
        f->timer.task = task;
        if (ac__heap_insert(l, &f->timer) != 0) {
            f->w.state = AC__SS_OVER;
            task->u.co.wait = NULL;
            return ac__raise(task, AC_ENOMEM);
        }
        f->w.kind = AC__WAIT_TIMER;
        return AC__SUSPEND;
    case AC__SS_ARMED:
        if (f->timer.slot != AC__NOT_ARMED && l != NULL)
            ac__heap_remove(l, &f->timer);
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
