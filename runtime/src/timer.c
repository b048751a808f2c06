/*
 * timer.c: the loop's timers, and ac_sleep.
 *
 * Every timer of a loop (sleeps, call_later) sits in one binary min-heap
 * ordered by (deadline, sequence number); each entry's slot is stored with it
 * so that removing it is O(log n). An entry is the sleeping task itself (its
 * deadline is in the ac_sleep leaf it waits on, its sequence number and slot
 * in its header: ac_task.tq) or a callback's timer, tagged (ac-int.h:
 * ac__hent_timer): a sleep's leaf is its deadline alone. The loop arms its single
 * uv_timer_t for the top only when it has nothing else to do (loop.c), so a
 * million sleeping tasks cost a million heap slots and no libuv handle.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>

#define AC__HEAP_MIN 64

/* An entry's sequence number and slot: in the callback's timer, or in the
 * sleeping task's header (tq: its q.next is unused while it sleeps). */
static inline uint32_t ac__hent_seq(uintptr_t e) {
    return (e & AC__HENT_TIMER) ? ac__hent_timer(e)->seq : ((ac_task *)e)->tq.seq;
}
static inline uint32_t ac__hent_slot(uintptr_t e) {
    return (e & AC__HENT_TIMER) ? ac__hent_timer(e)->slot : ((ac_task *)e)->tq.slot;
}
static inline void ac__hent_set_slot(uintptr_t e, uint32_t i) {
    if (e & AC__HENT_TIMER)
        ac__hent_timer(e)->slot = i;
    else
        ((ac_task *)e)->tq.slot = i;
}

/* A place in the order: an entry's deadline and sequence number, read once. */
typedef struct ac__hkey {
    uint64_t when;
    uint32_t seq;
} ac__hkey;
static inline ac__hkey ac__hent_key(uintptr_t e) {
    ac__hkey k = {ac__hent_when(e), ac__hent_seq(e)};
    return k;
}

/* Deadline order; equal deadlines in the order they were set. The sequence
 * numbers wrap: compare their difference, as TCP does. */
static inline bool ac__key_before(ac__hkey a, ac__hkey b) {
    if (a.when != b.when)
        return a.when < b.when;
    return (int32_t)(a.seq - b.seq) < 0;
}

static inline void ac__heap_put(ac_loop *l, uint32_t i, uintptr_t e) {
    l->heap[i] = e;
    ac__hent_set_slot(e, i);
}

static void ac__sift_up(ac_loop *l, uint32_t i) {
    uintptr_t e = l->heap[i];
    ac__hkey k = ac__hent_key(e);
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        uintptr_t pe = l->heap[parent];
        if (!ac__key_before(k, ac__hent_key(pe)))
            break;
        ac__heap_put(l, i, pe);
        i = parent;
    }
    ac__heap_put(l, i, e);
}

static void ac__sift_down(ac_loop *l, uint32_t i) {
    uintptr_t e = l->heap[i];
    ac__hkey k = ac__hent_key(e);
    uint32_t n = l->heap_len;
    for (;;) {
        uint32_t c = 2 * i + 1;
        uintptr_t ce;
        ac__hkey ck;
        if (c >= n)
            break;
        ce = l->heap[c];
        ck = ac__hent_key(ce);
        if (c + 1 < n) {
            uintptr_t re = l->heap[c + 1];
            ac__hkey rk = ac__hent_key(re);
            if (ac__key_before(rk, ck)) {
                c++;
                ce = re;
                ck = rk;
            }
        }
        if (!ac__key_before(ck, k))
            break;
        ac__heap_put(l, i, ce);
        i = c;
    }
    ac__heap_put(l, i, e);
}

static int ac__heap_resize(ac_loop *l, uint32_t cap) {
    uintptr_t *heap = realloc(l->heap, (size_t)cap * sizeof *heap);
    if (heap == NULL)
        return AC_ENOMEM;
    l->heap = heap;
    l->heap_cap = cap;
    return 0;
}

/* Adds entry e with the next sequence number. A task's tq is written only
 * once the entry is in (until then its link is the task's own). */
static int ac__heap_add(ac_loop *l, uintptr_t e) {
    uint32_t i;
    if (l->heap_len == l->heap_cap) {
        /* Geometric growth: amortised O(1), at most twice the peak. */
        uint32_t cap = l->heap_cap != 0 ? l->heap_cap * 2 : AC__HEAP_MIN;
        if (l->heap_cap >= UINT32_MAX / 4 || ac__heap_resize(l, cap) != 0)
            return AC_ENOMEM;
    }
    if (e & AC__HENT_TIMER)
        ac__hent_timer(e)->seq = l->seq++;
    else
        ((ac_task *)e)->tq.seq = l->seq++;
    i = l->heap_len++;
    ac__heap_put(l, i, e);
    ac__sift_up(l, i);
    return 0;
}

int ac__heap_insert(ac_loop *l, ac__timer *t) { return ac__heap_add(l, (uintptr_t)t + AC__HENT_TIMER); }

int ac__heap_insert_task(ac_loop *l, ac_task *task) { return ac__heap_add(l, (uintptr_t)task); }

/* Takes entry e out of the heap, if its slot says where it is (a slot that is
 * not e's place, NOT_ARMED or a task's stale tq, means it is not in). */
static void ac__heap_remove_entry(ac_loop *l, uintptr_t e) {
    uint32_t i = ac__hent_slot(e);
    uintptr_t last;

    if (i >= l->heap_len || l->heap[i] != e)
        return; /* not armed */
    ac__hent_set_slot(e, AC__NOT_ARMED);
    last = l->heap[--l->heap_len];
    if (i < l->heap_len) {
        ac__heap_put(l, i, last);
        if (i > 0 && ac__key_before(ac__hent_key(last), ac__hent_key(l->heap[(i - 1) / 2])))
            ac__sift_up(l, i);
        else
            ac__sift_down(l, i);
    }
    /* Give memory back after a burst, with hysteresis (shrink at a quarter). */
    if (l->heap_cap > AC__HEAP_MIN && l->heap_len < l->heap_cap / 4)
        (void)ac__heap_resize(l, l->heap_cap / 2);
}

void ac__heap_remove(ac_loop *l, ac__timer *t) { ac__heap_remove_entry(l, (uintptr_t)t + AC__HENT_TIMER); }

void ac__heap_remove_task(ac_loop *l, ac_task *task) { ac__heap_remove_entry(l, (uintptr_t)task); }

uintptr_t ac__heap_pop(ac_loop *l) {
    uintptr_t e = ac__heap_top(l);
    if (e != 0)
        ac__heap_remove_entry(l, e);
    return e;
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
    ac__deadline_set(&f->timer, ac__seconds_to_ns(seconds)); /* the duration until armed */
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
        ac__deadline_set(&f->timer, ac__deadline_when(&f->timer) + ac__loop_now(l));
        if (ac__heap_insert_task(l, task) != 0) {
            f->w.state = AC__SS_OVER;
            task->u.co.wait = NULL;
            return ac__raise(task, AC_ENOMEM);
        }
        f->w.kind = AC__WAIT_TIMER;
        return AC__SUSPEND;
    case AC__SS_ARMED:
        /* Still in the heap when resumed another way (a cancellation, the
         * loop's end): out of it. ac__heap_remove_task checks that the task
         * is where its tq says; once the timer fired, tq is stale. */
        if (f->w.kind == AC__WAIT_TIMER && l != NULL) {
            task->u.co.wait = &f->w; /* the heap finds the deadline through it */
            ac__heap_remove_task(l, task);
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
