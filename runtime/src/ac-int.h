/*
 * ac-int.h: libac's internal header. One section per .c file; every name here
 * is `ac__`-prefixed and hidden from users (they only see ac.h).
 *
 * The three ideas everything else rests on:
 *
 *  - Handles (coroutine objects, tasks, futures) share one 64-byte header,
 *    struct ac_task. A coroutine's frame follows it in the same allocation; a
 *    future's value follows it likewise.
 *  - The loop's ready queue and every handle's waiter list are intrusive
 *    singly linked lists of ac__item: a task (its header starts with one) or
 *    a callback node (ac__cb). Waking waiters is moving items from one list to
 *    the other, in order, without allocating.
 *  - Time is one uv_timer_t per loop and a binary min-heap whose entries are
 *    the sleeping tasks themselves and callbacks' timers; a sleeping task
 *    costs no libuv handle and nothing beyond its block but an 8-byte heap
 *    slot (80 bytes and 8 for bench/spawn_sleep.ac's sleeper).
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#ifndef AC_INT_H
#define AC_INT_H

#include "ac.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ac__container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))

/* A circular doubly linked list link; a list's head is one too (a sentinel). */
typedef struct ac__dlink ac__dlink;
struct ac__dlink {
    ac__dlink *prev, *next;
};
static inline void ac__dlink_init(ac__dlink *d) { d->prev = d->next = d; }
static inline bool ac__dlink_empty(const ac__dlink *d) { return d->next == d; }
static inline void ac__dlink_remove(ac__dlink *d) {
    d->prev->next = d->next;
    d->next->prev = d->prev;
    d->prev = d->next = d;
}
static inline void ac__dlink_append(ac__dlink *head, ac__dlink *d) {
    d->prev = head->prev;
    d->next = head;
    head->prev->next = d;
    head->prev = d;
}

/* ========================================================================= */
/* task.c: handles, references, spawn, the trampoline, cancel, names         */
/* ========================================================================= */

/* Anything the ready queue or a waiter list holds. A task's header starts with
 * one; so does a callback node, whose desc is &ac__cb_desc. */
typedef struct ac__item ac__item;
struct ac__item {
    ac__item *next;
    const ac__desc *desc;
};

typedef struct ac__ext ac__ext;

/* The header of every handle. Exactly AC__HDR_SIZE bytes: the frame of a
 * coroutine (or the value of a future) starts right after it.
 *
 *    0 q.next     ready queue / waiter list link     8 q.desc   the function
 *      (tq.seq, tq.slot: a sleeping task's timer in the heap, timer.c)
 *   16 u.co.link  innermost / parent                24 u.co.wait  the leaf it waits on
 *      (u.fut.link: a future's place in its loop's list of futures with waiters)
 *   32 waiters    last of a circular list           40 ext      rare data
 *   48 refs  52 err  56 id  60 kind  61 state  62 flags
 *
 * Nothing else is allocated per task outside debug mode: a sleeping task is
 * this header, its frame, and one slot in its loop's timer heap. */
struct ac_task {
    union {
        ac__item q;      /* ready queue / waiter list link; the desc */
        /* A sleeping task (the heap entry of its ac_sleep leaf, timer.c) is in
         * no list: its timer's sequence number and heap slot take q.next's
         * place until the timer is taken out of the heap, which is always
         * before the task is queued again. */
        struct {
            uint32_t seq, slot;
        } tq;
    };
    union {
        struct {         /* coroutine objects and tasks */
            ac_task *link;    /* task: its innermost coroutine; nested: parent */
            ac__waiter *wait; /* task: the leaf it is suspended on, or NULL */
        } co;
        struct {         /* futures: link in the loop's list of futures with waiters */
            ac__dlink link;
        } fut;
    } u;
    ac__item *waiters;   /* circular list of waiters; points at the LAST one */
    ac__ext *ext;        /* rare data (name, debug origin, error message), or NULL */
    uint32_t refs;
    int32_t err;         /* the error once failed; for a running task the error in flight */
    uint32_t id;         /* task: its number (Task-N); future: the size of its value */
    union {
        struct {
            uint8_t kind;  /* AC__K_* */
            uint8_t state; /* AC__S_* */
        };
        uint16_t ks;       /* both, for one test of the pair: AC__KS */
    };
    uint16_t flags;      /* AC__F_* */
};
_Static_assert(sizeof(struct ac_task) == AC__HDR_SIZE, "the handle header must be 64 bytes");
_Static_assert(offsetof(struct ac_task, ext) == AC__HDR_EXT, "ac__origin (ac/internal.h) reads ext there");

enum { /* kind */
    AC__K_CORO = 0,   /* coroutine object (maybe a task: AC__F_TASK) */
    AC__K_FUTURE,     /* plain future */
    AC__K_GATHER      /* ac_gather's future */
};

enum { /* state */
    AC__S_NEW = 0,    /* coroutine object that has not started */
    AC__S_PENDING,    /* running or waiting; a future not yet completed */
    AC__S_DONE,       /* completed with a result */
    AC__S_FAILED      /* completed with err (AC_ECANCELED: cancelled) */
};

enum { /* flags */
    AC__F_TASK = 1u << 0,       /* spawned: runs as a task, holds a self-reference */
    AC__F_STARTED = 1u << 1,    /* its first step has run */
    AC__F_QUEUED = 1u << 2,     /* its own link is in the ready queue */
    AC__F_WAKE = 1u << 3,       /* ...as a timer's wake item (see loop.c) */
    AC__F_PROXY = 1u << 4,      /* a proxy node steps it; its wake item is void */
    AC__F_CANCEL = 1u << 5,     /* cancellation to deliver at the next await */
    AC__F_CANCEL_REQ = 1u << 6, /* gather: cancel was requested */
    AC__F_LISTED = 1u << 7,     /* future: in the loop's list of futures with waiters */
    AC__F_VISIT = 1u << 8,      /* mark while enumerating pending tasks */
    AC__F_FWD = 1u << 9,        /* cancel being forwarded through it (cycle guard) */
    AC__F_DETACHED = 1u << 10,  /* nobody will read its result */
    AC__F_SETTLED = 1u << 11,   /* gather: never fails (return_exceptions) */
    AC__F_READ = 1u << 12,      /* its error was read (awaited, ac_error_of, ...) */
    AC__F_GEN = 1u << 13,       /* generator: its resume function is running (gen.c) */
    AC__F_POOLED = 1u << 14,    /* its block is from the handle cache (task.c) */
    AC__F_DOOMED = 1u << 15     /* cancelled by the loop's end (loop.c, out of memory) */
};

/* The value of ac_task.ks for a kind and a state. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define AC__KS(kind, state) ((uint16_t)((kind) << 8 | (state)))
#else
#define AC__KS(kind, state) ((uint16_t)((kind) | (state) << 8))
#endif

static inline bool ac__is_task_item(const ac__item *it);
static inline bool ac__done(const ac_task *h) { return h->state >= AC__S_DONE; }

/* Sets a waiter's kind and state with one store of an immediate (as two
 * fields, gcc stores two halves or loads the pair from .rodata first). */
_Static_assert(sizeof(ac__waiter) == 4, "ac__waiter is two 16-bit fields");
static inline __attribute__((always_inline)) void ac__waiter_set(ac__waiter *w, uint16_t kind,
                                                                 uint16_t state) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    uint32_t v = (uint32_t)kind << 16 | state;
#else
    uint32_t v = (uint32_t)state << 16 | kind;
#endif
    __builtin_memcpy(w, &v, sizeof v);
}

/* The thread-locals the hot paths read (the current loop, the handle cache)
 * are initial-exec in the static library (AC_STATIC_TLS, runtime/CMakeLists):
 * one %fs-relative load, where the default model of PIC code is a call to
 * __tls_get_addr as far as the compiler knows (the linker relaxes it, but
 * the caller has saved its registers by then). The shared library keeps the
 * default, so that it can be dlopen'ed. */
#if defined(AC_STATIC_TLS) && defined(__GNUC__) && defined(__ELF__)
#define AC__TLS_HOT __attribute__((tls_model("initial-exec")))
#else
#define AC__TLS_HOT
#endif

/* The loop the current thread runs (or would run) tasks on. */
extern _Thread_local ac_loop *ac__cur AC__TLS_HOT;

/* States of the handle-wait leaf (ac__wait__frame.w.state) beyond 0, fresh: */
enum {
    AC__WS_NESTED = 1, /* started the awaited coroutine object in this task */
    AC__WS_JOINED = 2, /* in the awaited handle's waiter list, holding a reference */
    AC__WS_OVER = 3
};

/* Appends it to h's waiter list (FIFO). A future with waiters joins the loop's
 * list so that the loop can find the tasks waiting on it. */
void ac__waiters_add(ac_loop *l, ac_task *h, ac__item *it);
/* Completes h: state, error, and its waiters appended to the ready queue. */
void ac__complete(ac_task *h, int err);
/* ac__complete's second half: h's waiters to the ready queue. */
void ac__wake_waiters(ac_task *h);
static inline __attribute__((always_inline)) void ac__complete_inline(ac_task *h, int err) {
    h->state = err != 0 ? AC__S_FAILED : AC__S_DONE;
    h->err = err;
    if (h->waiters != NULL)
        ac__wake_waiters(h);
}
/* A zeroed block for a handle with value_size bytes after its header (a
 * future), from the handle cache when it is small (AC__F_POOLED is then set:
 * ac__free computes the size again from kind and id). */
ac_task *ac__handle_alloc(size_t value_size);
/* The handle cache (pool.c): per thread, one free list per size class (8-byte
 * steps up to AC__POOL_MAX bytes, header included). */
#define AC__POOL_MAX 1024
typedef struct ac__pool_t {
    void *free[AC__POOL_MAX / 8 + 1];
    char *bump, *end;
    struct ac__pool_chunk *chunks;
    size_t carved;         /* blocks carved from the chunks so far */
} ac__pool_t;
extern _Thread_local ac__pool_t ac__pool AC__TLS_HOT;
/* A chunk of the cache: AC__POOL_CHUNK bytes aligned to AC__POOL_CHUNK, this
 * header first. owner is the cache of the thread that carved it. */
#define AC__POOL_CHUNK (1u << 20) /* 1 MiB: aligned, from mmap: its alignment slack is never touched */
typedef struct ac__pool_chunk {
    struct ac__pool_chunk *next;
    ac__pool_t *owner; /* also keeps the blocks 16-aligned */
} ac__pool_chunk;
/* Whether h belongs to another thread's loop (issue 15): a cached block's
 * chunk says which thread carved it, and a block goes back to the cache of
 * the thread that frees it, which is its loop's thread (a handle's
 * reference count is not atomic: only its loop touches it; pool.c's trim
 * counts on the same). Each thread runs at most one loop at a time, so
 * another thread is another loop. Handles from malloc (frames over
 * AC__POOL_MAX bytes) are not checked. Checked in ac__wait_slow: every await
 * of a pending task, gather or coroutine object; a pending plain future's
 * await takes the fast path unless the loop has AC_DEBUG. */
static inline bool ac__foreign(const ac_task *h) {
    return (h->flags & AC__F_POOLED) &&
           ((const ac__pool_chunk *)((uintptr_t)h & ~(uintptr_t)(AC__POOL_CHUNK - 1)))->owner != &ac__pool;
}
/* A cached block of `size` bytes (a class), or NULL when its list is empty. */
static inline void *ac__pool_pop(size_t size) {
    void **head = &ac__pool.free[size >> 3];
    void *p = *head;
    if (p != NULL)
        *head = *(void **)p;
    return p;
}
/* A block of `size` bytes: from its list, else carved (pool.c); NULL when
 * malloc fails (ac__oom is then set). */
void *ac__pool_get(size_t size);
/* Gives block p of class `size` back to its list. */
static inline void ac__pool_put(void *p, size_t size) {
    void **head = &ac__pool.free[size >> 3];
    *(void **)p = *head;
    *head = p;
}
/* Set when making a handle failed for lack of memory (pool.c). */
extern _Thread_local bool ac__oom AC__TLS_HOT;
/* ac_loop_close: gives the cache's memory back when no cached block is in use. */
void ac__pool_trim(void);
/* Frees h now (refs reached 0). */
void ac__free(ac_task *h);
/* Runs one step of task t (the ready queue popped it): inline, for the loop's
 * pass; the rare parts are ac__step_first (a task cancelled before its first
 * step: ends it, returns false) and ac__step_more (task.c). */
bool ac__step_first(ac_loop *l, ac_task *t);
void ac__step_more(ac_loop *l, ac_task *t, ac_task *top, int rc);
/* The common end of a step: task t's own resume returned AC__DONE (its
 * innermost is itself: u.co.link is t), and no cancellation is pending.
 * Completes it: ac__task_end(l, t, 0), inline in the loop's pass when nobody
 * waits on t yet and someone besides t holds a reference; else
 * ac__step_done_rest (task.c). */
void ac__step_done_rest(ac_task *t);
/* Appends task t to the ready queue as a step item. */
void ac__schedule(ac_loop *l, ac_task *t);
/* Makes coroutine object h (its frame ready to resume) the innermost of task's
 * chain, holding a reference on it: the trampoline resumes it as soon as the
 * current resume returns AC__SUSPEND, and when it returns AC__DONE/AC__FAIL
 * (completing it) or AC__YIELD (a generator at a yield: left pending), pops it
 * and resumes its parent at once. The leaf that pushed it then reads the
 * outcome. Not for the task itself. */
void ac__push(ac_task *task, ac_task *h);
/* Walks from a running nested coroutine object up to its task. */
ac_task *ac__root_of(ac_task *c);

/* A hand-written leaf's descriptor and constructor (the coroutine object of
 * NAME(args) without await): NAME__desc, NAME(params) building its frame FT
 * with NAME__init(frame, args...); RO, RS: the result's offset and size
 * (0, 0: void). */
#define AC__LEAF_CTOR(fn, FT, RO, RS, params, ...)                               \
    static const ac__desc fn##__desc = {                                         \
        .resume = fn##__resume,                                                  \
        .name = #fn,                                                             \
        .file = __FILE__,                                                        \
        .line = __LINE__,                                                        \
        .frame_size = sizeof(FT),                                                \
        .ret_offset = (RO),                                                      \
        .ret_size = (RS),                                                        \
    };                                                                           \
    ac_task *fn params {                                                         \
        ac_task *t = ac__coro_new(&fn##__desc);                                  \
        if (t != NULL)                                                           \
            fn##__init(ac__frame(t), __VA_ARGS__);                               \
        return t;                                                                \
    }

/* ========================================================================= */
/* loop.c: the loop, passes, the ready queue, callbacks, time                */
/* ========================================================================= */

/* A callback node: a ready-queue or waiter-list item that runs a function
 * instead of a task step. run(l, cb, AC__CB_DROP) is called instead of
 * AC__CB_RUN when the loop closes before it ran: it must only free. */
typedef struct ac__cb ac__cb;
enum { AC__CB_RUN = 0, AC__CB_DROP = 1 };
struct ac__cb {
    ac__item q;   /* q.desc == &ac__cb_desc */
    void (*run)(ac_loop *l, ac__cb *cb, int how);
};
extern const ac__desc ac__cb_desc;

static inline bool ac__is_task_item(const ac__item *it) {
    return it->desc != &ac__cb_desc;
}

/* uvalloc.c: gives libuv the runtime's allocator (malloc, then a reserve),
 * once per process. */
void ac__uv_allocator(void);

/* A growable array of pointers, for the rare paths that collect things. With
 * fixed set, v is the caller's buffer of cap entries and never grows (the
 * out-of-memory paths); full records that a push did not fit. */
typedef struct ac__vec {
    void **v;
    size_t n, cap;
    bool fixed, full;
} ac__vec;
int ac__vec_push(ac__vec *v, void *p);
void ac__vec_free(ac__vec *v);

struct ac_loop {
    /* the ready queue; tail: the link the next push sets (&head: empty).
     * First: &l->head is l, and a pass empties the queue with two stores
     * (bench/hot.sh's ping-pong, one item per pass) */
    ac__item *head, **tail;
    uv_loop_t uv;
    uv_timer_t timer;      /* the one libuv timer: wakes the loop for the heap's top */
    uintptr_t *heap;       /* binary min-heap by (when, seq) of entries (timer.c) */
    uint32_t heap_len, heap_cap;
    uint32_t seq;          /* next timer sequence number */
    ac_task *current;      /* the task being stepped, or NULL */
    ac__dlink futures;     /* futures with waiters, through u.fut.link */
    ac__dlink debug_list;  /* debug: the ext of every handle made on this loop */
    uint64_t pass_end;     /* passes run = pass_end - pass_left (obs.c: ac__pass_rearm) */
    uint32_t pass_left;    /* passes before ac__pass_rearm: AC_DUMP_SIGNAL's poll */
    bool running;
    bool debug;            /* AC_DEBUG was on when the loop was made */
    struct ac__io *io;     /* I/O (io.h): open streams, servers, ...; NULL until used */
    /* The parts higher layers attach to a loop (ac__loop_part, below): the
     * I/O state's (stream.c) and the inbox's (xthread.c), NULL until made. */
    const struct ac__loop_part *io_part;
    const struct ac__loop_part *xq_part;
    /* park.c: parked leaves (sentinel, set up on first
     * use), and whether ac_loop_close is calling their hooks. */
    ac__parking parked;
    bool rt_closing;
    /* xthread.c (multicore engineer): the inbox of calls from other threads,
     * made on first use; NULL for a loop that never crossed threads. */
    struct ac_remote *xq;
    /* trace.c: AC_TRACE's per-loop state, or NULL; watch: debug || trace
     * (the one branch a task step pays for both) */
    struct ac__trace *trace;
    bool watch;
    /* observability (dump.c, stats.c, vtime.c): what they keep per loop.
     * steps and lag_ns are the only fields the hot path writes (a counter per
     * step, a subtraction per timer that comes due). */
    uint64_t steps;        /* task steps run */
    uint64_t lag_ns;       /* how late the last timer due was moved to the ready queue */
    uint64_t longest_ns;   /* the longest step or callback measured (AC_DEBUG times them) */
    uint64_t slow_ns;      /* AC_DEBUG's slow-step threshold (AC_SLOW_STEP) */
    uint64_t vt_skew;      /* virtual time: how far the clock has jumped ahead, ns */
    uint64_t vt_jumps;     /* virtual time: how many jumps */
    bool vtime;            /* virtual time is on */
    struct ac__obs *obs;   /* obs.c: the dump signal handle, the list of loops */
    /* age.c: the newest age checkpoint (task counter, loop clock), the older
     * ones (NULL until there are some) */
    uint32_t age_c;
    uint64_t age_t;
    struct ac__ages *ages;
};

/* watch is derived: a loop watches its steps (one branch per step) while
 * AC_DEBUG or AC_TRACE is on. Called wherever either changes. */
static inline void ac__loop_rewatch(ac_loop *l) { l->watch = l->debug || l->trace != NULL; }

/* Appends an item at the tail of the ready queue (through the tail link: no
 * branch on an empty queue, a ping-pong's every wake-up). */
static inline void ac__ready_push(ac_loop *l, ac__item *it) {
    it->next = NULL;
    *l->tail = it;
    l->tail = &it->next;
}
/* Empties the ready queue (its items taken, or dropped). */
static inline void ac__ready_reset(ac_loop *l) {
    l->head = NULL;
    l->tail = &l->head;
}

/* debug.c: whether handles made now get debug tracking: the current loop's
 * setting, or the environment's when there is no loop. */
bool ac__debug_env(void);
static inline bool ac__debug_on(void) { return ac__cur != NULL ? ac__cur->debug : ac__debug_env(); }

static inline __attribute__((always_inline)) void ac__step_done(ac_loop *l, ac_task *t) {
    l->current = NULL;
    t->u.co.wait = NULL;
    t->state = AC__S_DONE;
    t->err = 0;
    if (t->waiters == NULL && t->refs > 1) {
        t->refs--; /* ac_release: its reference to itself */
        return;
    }
    ac__step_done_rest(t);
}

/* ac__step (task.c section) */
static inline void ac__step(ac_loop *l, ac_task *t) {
    ac_task *top;
    int rc;

    uint16_t f = t->flags & ~AC__F_QUEUED;

    if (ac__done(t)) {
        t->flags = f;
        return;
    }
    t->u.co.wait = NULL;
    if (!(f & AC__F_STARTED)) {
        if (f & AC__F_CANCEL) {
            t->flags = f;
            if (!ac__step_first(l, t))
                return;
            f = t->flags;
        }
        f |= AC__F_STARTED;
    }
    t->flags = f; /* (one store: not queued, started) */
    l->current = t;
    top = t->u.co.link;
    rc = top->q.desc->resume(ac__frame(top), t);
    if (rc == AC__SUSPEND && t->u.co.link == top) {
        l->current = NULL;
        return;
    }
    if (rc == AC__DONE && top == t && !(t->flags & AC__F_CANCEL)) {
        ac__step_done(l, t);
        return;
    }
    ac__step_more(l, t, top, rc);
}

/* A callback node that calls a plain function with an argument (call_soon);
 * ac__later adds the timer of call_later/call_at, whose heap entry finds the
 * node back by container_of (its heap entry is the timer, tagged: timer.c). */
typedef struct ac__soon {
    ac__cb cb;
    void (*fn)(void *arg);
    void *arg;
} ac__soon;
typedef struct ac__later {
    ac__soon s;
    ac__timer timer;
} ac__later;

/* One loop pass: poll I/O (blocking when nothing is ready), move due timers to
 * the ready queue, run the items that were queued at that moment. Returns false
 * when nothing could ever become ready (no items, timers or live libuv work). */
bool ac__pass(ac_loop *l);
/* Collects the tasks that are pending on l (reachable from the ready queue,
 * the timer heap and the waiter lists of pending handles). 0, or AC_ENOMEM
 * when some did not fit (out->full): the list is then partial. */
int ac__pending_tasks(ac_loop *l, ac__vec *out);
/* A proxy node: steps t when run (cancel.c, which makes them). */
ac__cb *ac__proxy_new(ac_task *t);
ac_task *ac__proxy_task(ac__cb *cb);
/* The loop clock, ns: the monotonic clock, plus the jumps of virtual time
 * (vtime.c) of loop l (0 unless it is on); ac__now: of the current loop. */
static inline uint64_t ac__loop_now(const ac_loop *l) { return uv_hrtime() + l->vt_skew; }
static inline uint64_t ac__now(void) {
    ac_loop *l = ac__cur;
    return l != NULL ? ac__loop_now(l) : uv_hrtime();
}
uint64_t ac__seconds_to_ns(double seconds);

/* ========================================================================= */
/* timer.c: the min-heap of timers, and ac_sleep                             */
/* ========================================================================= */

#define AC__NOT_ARMED UINT32_MAX

/* A heap entry is either a sleeping task, whose deadline is in the ac_sleep
 * leaf it waits on (task->u.co.wait while the timer is armed) and whose
 * sequence number and slot are in its header (tq), or a callback's timer
 * (ac__later, ac__alarm) with its low bit set. The task pointer is what a
 * sleep would otherwise store in its frame: 8 bytes per sleeping task. */
#define AC__HENT_TIMER ((uintptr_t)1)
static inline ac_task *ac__hent_task(uintptr_t e) {
    return (e & AC__HENT_TIMER) ? NULL : (ac_task *)e;
}
/* The callback timer of entry e (not a task's). */
static inline ac__timer *ac__hent_timer(uintptr_t e) { return (ac__timer *)(e - AC__HENT_TIMER); }
/* The deadline of entry e. */
static inline uint64_t ac__hent_when(uintptr_t e) {
    if (e & AC__HENT_TIMER)
        return ac__timer_when(ac__hent_timer(e));
    return ac__deadline_when(&((const ac_sleep__frame *)(const void *)((ac_task *)e)->u.co.wait)->timer);
}
/* Inserts callback timer t (its deadline set) with the next sequence number.
 * 0 or AC_ENOMEM. */
int ac__heap_insert(ac_loop *l, ac__timer *t);
/* The same for the ac_sleep leaf task waits on (u.co.wait, its deadline set). */
int ac__heap_insert_task(ac_loop *l, ac_task *task);
/* Takes callback timer t / task's sleep out of the heap; nothing when it is
 * not in it. */
void ac__heap_remove(ac_loop *l, ac__timer *t);
void ac__heap_remove_task(ac_loop *l, ac_task *task);
/* The entry at the top (0 when empty) and its deadline. */
static inline uintptr_t ac__heap_top(ac_loop *l) { return l->heap_len ? l->heap[0] : 0; }
/* Removes the top; returns its entry (0 when empty). */
uintptr_t ac__heap_pop(ac_loop *l);

/* ========================================================================= */
/* future.c: futures                                                         */
/* ========================================================================= */

extern const ac__desc ac__future_desc;
/* Links f into l's list of futures that have waiters / unlinks it. */
static inline void ac__futures_link(ac_loop *l, ac_task *f) {
    ac__dlink_append(&l->futures, &f->u.fut.link);
    f->flags |= AC__F_LISTED;
}
static inline void ac__futures_unlink(ac_task *f) {
    if (!(f->flags & AC__F_LISTED))
        return;
    /* out of the list, the link left as it was: it is read only while
     * listed (LISTED), and the next ac__futures_link writes it */
    ac__dlink *prev = f->u.fut.link.prev, *next = f->u.fut.link.next;
    prev->next = next;
    next->prev = prev;
    f->flags &= ~AC__F_LISTED;
}
/* ac_cancel on a future of any kind. */
int ac__future_cancel(ac_task *f);

/* ========================================================================= */
/* gather.c: ac_gather                                                       */
/* ========================================================================= */

/* (the gather's desc is an ac__rt_desc: ac__free and ac__future_cancel call
 * its hooks without naming gather.c, a layer above) */

/* ========================================================================= */
/* error.c: error names and messages                                         */
/* ========================================================================= */

/* One line of an async traceback: the frame of d, left at .ac line `line`. */
typedef struct ac__tb_line {
    const ac__desc *d;
    int line;
} ac__tb_line;

/* The error data that travels with an error in flight (stored in the task's
 * ext, so only failing tasks pay for it): its message and traceback. A new
 * error `code` starts afresh: empty traceback, no message unless it is code's. */
void ac__error_clear(ac_task *h, int code);
/* task raises h's error (the wait leaf): takes over h's message and traceback. */
int ac__raise_from(ac_task *task, ac_task *h);
/* Frees the records of the errors h was handling (ac__ext_free). */
void ac__handled_free(ac__ext *e);
/* Prints h's error on stderr: traceback (outermost first), then
 * "Error: NAME: message". */
void ac__print_error(ac_task *h, int err);

/* ========================================================================= */
/* debug.c: rare per-handle data, AC_DEBUG tracking and reports              */
/* ========================================================================= */

/* An error being handled (error.c): by a catch, or by a finally that an
 * error entered. key is the frame's ac__err_N slot of that try statement. */
typedef struct ac__handled_err {
    const int *key;
    int code;
    int msg_code;
    char *msg;
    ac__tb_line *tb;
    uint32_t tb_len, tb_cap;
} ac__handled_err;

struct ac__ext {
    ac_task *h;          /* back pointer, for reports */
    char *name;          /* set by ac_set_name (owned), or NULL */
    const char *file;    /* debug: where the handle was made; NULL when not tracked */
    int line;
    ac__dlink dbg;       /* debug: link in the loop's debug_list (self-linked when out) */
    char idname[24];     /* "Task-N", formatted on demand */
    char *msg;           /* ac_error's message, for the error msg_code */
    int msg_code;
    uint32_t tb_len, tb_cap;
    ac__tb_line *tb;     /* the error in flight's traceback, innermost first */
    ac__handled_err *hs; /* the errors being handled, innermost last */
    uint32_t hs_len, hs_cap;
    uint32_t cancel_requests; /* ac_cancel's requests on it (asyncio's cancelling()),
                                 counted once it has an ext (deadline.c makes one) */
    uint64_t born;       /* debug: the loop clock when it was made (the dump's age) */
};

/* Whether handles made now get debug tracking: the current loop's setting, or
 * the environment's when there is no loop. */
bool ac__debug_env(void);
/* The ext of h, made on demand. NULL on out-of-memory. */
ac__ext *ac__ext_get(ac_task *h);
/* Debug tracking of a new handle: origin, and the current loop's list. */
void ac__debug_track(ac_task *h, const char *file, int line);
/* Puts a tracked handle made off-loop on l's list (at spawn). */
void ac__debug_adopt(ac_loop *l, ac_task *h);
/* Frees h's ext (and unlinks it from its debug list). */
void ac__ext_free(ac_task *h);
/* Whether the default reports are on: AC_DEBUG unset, or not "0". */
bool ac__reports_on(void);
/* A default report about h: "file.ac:N: warning: ..." (N where h was made
 * with AC_DEBUG, else its function's definition). */
void ac__report_warn_(ac_task *h, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Report for a coroutine object freed without ever running. */
void ac__debug_never_awaited(ac_task *h);
/* Report for a handle freed with an error nobody read. */
void ac__debug_unread(ac_task *h);
/* Prints the handles still alive on l's debug list and empties the list. */
void ac__debug_report_alive(ac_loop *l);
/* A debug-mode complaint about a user error, with the handle's origin. A macro,
 * so that its arguments (ac_name...) are not even computed outside debug mode. */
bool ac__debug_wanted(const ac_task *h);
void ac__debug_warn_(ac_task *h, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
#define ac__debug_warn(h, ...)                                                  \
    do {                                                                        \
        if (ac__debug_wanted(h))                                                \
            ac__debug_warn_((h), __VA_ARGS__);                                  \
    } while (0)
const char *ac__kind_name(const ac_task *h);


/* ========================================================================= */
/* BEGIN trace.c: AC_TRACE (issue 14)                                        */
/* ========================================================================= */

#ifndef AC__UNLIKELY
#define AC__UNLIKELY(x) __builtin_expect(!!(x), 0)
#define AC__LIKELY(x) __builtin_expect(!!(x), 1)
#endif
typedef struct ac__trace ac__trace;
/* ac_loop_new: opens the trace when AC_TRACE names a file (once per process)
 * and sets l->trace and l->watch; ac_loop_close: frees l's part and leaves
 * the file valid JSON. */
void ac__trace_loop_new(ac_loop *l);
void ac__trace_loop_close(ac_loop *l);
/* Instead of ac__step / cb->run when l->trace is set: the same, recorded. */
void ac__trace_step(ac_loop *l, ac_task *t);
void ac__trace_callback(ac_loop *l, ac__cb *cb);
/* Instants: a cancel request, a timer firing. (Wakes and spawns need no
 * hook: ac__trace_step finds what a step queued.) */
void ac__trace_cancel(ac_loop *l, ac_task *h);
void ac__trace_timer(ac_loop *l, ac_task *task); /* task: NULL for a callback's timer */

/* END trace.c                                                               */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN loop parts (the I/O state: stream.c and io.h; the inbox: xthread.c) */
/* ========================================================================= */

/* A part of a loop that a layer above the core attaches to it when first
 * used (the I/O state: stream.c, l->io_part; the inbox of other threads'
 * calls: xthread.c, l->xq_part), so that the loop, below them, reaches it
 * without naming it (docs/pipeline.md, "The runtime's layers"). Set once when
 * the part is made; called only while listing pending tasks or closing, never
 * on a pass. */
typedef struct ac__loop_part {
    /* ac__pending_tasks: visits (with visit) every task suspended in the part
     * (they are on no ready queue, heap or waiter list); may be NULL. */
    void (*pending_tasks)(ac_loop *l, ac__vec *v, void (*visit)(ac__vec *v, ac_task *t));
    /* ac_loop_close, before it destroys the tasks: the I/O state cancels
     * every I/O leaf still suspended (releasing what it holds), closes every
     * stream, server, signal watcher and process left open (their memory is
     * freed by libuv's close callbacks, which the rest of ac_loop_close runs);
     * the inbox closes (posts fail from then on) and hands what was posted
     * to the ready queue, to be dropped. Sets its l->..._part back to NULL. */
    void (*close)(ac_loop *l);
} ac__loop_part;

/* END loop parts                                                            */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN combinators, groups, synchronisation, threads (runtime engineer:   */
/* park.c combine.c group.c sync.c thread.c)                               */
/* ========================================================================= */

/* Handles with behaviour of their own: coroutine objects whose resume
 * function is the runtime's (ac_wait, hand-written; ac_wait_for and
 * ac_as_completed, generated from combine.ac, their descs made in combine.c
 * for the free and mirror hooks), futures of kind AC__K_RT (ac_shield) and
 * gathers (AC__K_GATHER). Their desc has AC__DESC_RT and is the first member
 * of an ac__rt_desc: its hooks let the core free and cancel them without
 * calling up into their files. */
enum { AC__K_RT = AC__K_GATHER + 1 };
enum { AC__DESC_RT = 1u << 8 };
typedef struct ac__rt_desc {
    ac__desc d;
    void (*free)(ac_task *h);       /* ac__free calls it first; NULL: nothing */
    int (*cancel)(ac_task *h);      /* a future's: what ac_cancel does (0 or 1) */
    ac_task *(*mirror)(ac_task *h); /* whose result is h's (ac__result), or NULL */
} ac__rt_desc;
static inline const ac__rt_desc *ac__rt_of(const ac_task *h) {
    const ac__desc *d = h->q.desc;
    return d != NULL && (d->flags & AC__DESC_RT) ? (const ac__rt_desc *)(const void *)d : NULL;
}

/* A watch: a done callback on h (asyncio's add_done_callback) that calls
 * fn(owner, w, how) once, on the loop pass after h completes (how ==
 * AC__CB_RUN), or when the loop closes first (AC__CB_DROP); w is freed right
 * after. ac__watch_cancel before that (remove_done_callback) makes sure fn is
 * never called. The watch holds a reference on h. */
typedef struct ac__watch ac__watch;
typedef void (*ac__watch_fn)(void *owner, ac__watch *w, int how);
struct ac__watch {
    ac__cb cb;
    ac_task *h;
    ac__watch_fn fn;
    void *owner; /* NULL once cancelled */
    size_t tag;  /* the owner's */
};
ac__watch *ac__watch_new(ac_loop *l, ac_task *h, ac__watch_fn fn, void *owner, size_t tag);
void ac__watch_cancel(ac__watch *w);

/* An alarm: fn(owner, how) once `when` (ns, loop clock) has come (asyncio's
 * call_at), or with AC__CB_DROP when the loop closes first; cancellable. */
typedef struct ac__alarm ac__alarm;
ac__alarm *ac__alarm_new(ac_loop *l, uint64_t when, void (*fn)(void *owner, int how),
                         void *owner);
void ac__alarm_cancel(ac_loop *l, ac__alarm *a);

/* Parked leaves (ac.h, ac__parking): the tasks suspended on the leaves of
 * combine.c, group.c, sync.c and thread.c are on no ready queue, heap or
 * waiter list; the loop finds them here. */
static inline void ac__unpark(ac__parking *p) {
    if (p->next == NULL)
        return;
    p->prev->next = p->next;
    p->next->prev = p->prev;
    p->prev = p->next = NULL;
}
static inline void ac__park(ac_loop *l, ac__parking *p, ac_task *task) {
    ac__parking *head = &l->parked;
    if (head->next == NULL) /* the sentinel is set up on first use */
        head->prev = head->next = head;
    ac__unpark(p);
    p->task = task;
    p->prev = head->prev;
    p->next = head;
    head->prev->next = p;
    head->prev = p;
}
/* A parked group (issue 10): an object's FIFOs of waiters on the loop's
 * parked list in place of each waiter's own parking, so that a wait costs
 * no parking and its wake-up no unparking (sync.c's queues). Its pk.task is
 * NULL; its tasks are those of the nodes still waiting (state 1, AC__WN_WAIT)
 * in fifo[0] and fifo[1] (park.c visits and cancels them; the gdb
 * extension reads them). It stays parked until the object is freed or the
 * loop closes; a wait on another loop moves it there. */
typedef struct ac__park_group {
    ac__parking pk;
    ac_loop *loop;          /* the loop it is parked on; NULL when not parked */
    ac__wnode *fifo[2];
} ac__park_group;
/* Parks g on l (out of line: once per object and loop). */
void ac__group_park(ac_loop *l, ac__park_group *g);
static inline void ac__group_unpark(ac__park_group *g) {
    ac__unpark(&g->pk);
    g->loop = NULL;
}
/* Suspends task on custom leaf x (hook: its cancel hook), parked at p. A
 * cancellation already pending is delivered at once, as asyncio's task step
 * cancels the future a task yields when _must_cancel is set: the hook runs
 * now. Returns AC__SUSPEND. */
static inline int ac__suspend_custom(ac_task *task, ac__waiter_ex *x,
                                     void (*hook)(ac__waiter_ex *, ac_task *),
                                     ac__parking *p) {
    x->w.kind = AC__WAIT_CUSTOM;
    x->cancel = hook;
    task->u.co.wait = &x->w;
    ac__park(ac__cur, p, task);
    if (task->flags & AC__F_CANCEL)
        hook(x, task);
    return AC__SUSPEND;
}
/* The custom leaf x resumes: off the loop's list. Returns true (clearing the
 * request) when the task is being cancelled. */
static inline bool ac__resumed_custom(ac__waiter_ex *x, ac__parking *p, ac_task *task) {
    ac__unpark(p);
    x->w.kind = AC__WAIT_NONE;
    if (task->flags & AC__F_CANCEL) {
        task->flags &= ~AC__F_CANCEL;
        return true;
    }
    return false;
}
/* ac__pending_tasks: visits the tasks parked on l. */
void ac__rt_pending_tasks(ac_loop *l, ac__vec *v, void (*visit)(ac__vec *v, ac_task *t));
/* First thing in ac_loop_close: calls the cancel hook of every parked leaf,
 * with ac__rt_closing() true (the hooks then leave every list they are on). */
void ac__rt_loop_close(ac_loop *l);
bool ac__rt_closing(void);
/* Makes task runnable (it steps on the next pass) unless it is queued. */
static inline void ac__wake(ac_task *task) {
    ac_loop *l = ac__cur;
    if (task == NULL || l == NULL || (task->flags & AC__F_QUEUED) || ac__done(task))
        return;
    task->flags |= AC__F_QUEUED;
    ac__ready_push(l, &task->q);
}

/* task.c: takes it out of h's waiter list; false when it is not there. */
bool ac__waiters_remove(ac_task *h, ac__item *it);
/* debug.c: reports a task step (t) or a callback (t NULL) that blocked the
 * loop for ns, if that is over the slow-step threshold (AC_DEBUG; 100 ms unless AC_SLOW_STEP says), and keeps the longest for ac_loop_stats. */
void ac__debug_slow(ac_task *t, uint64_t ns);

/* END combinators, groups, synchronisation, threads                         */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN issue 13: deadlines, more synchronisation, introspection (cond.c   */
/* barrier.c pqueue.c join.c deadline.c tasks.c; waitq.h)                    */
/* ========================================================================= */

/* join.c: what a queue needs for join/task_done: the items put and not yet
 * marked done, and the tasks waiting in join. */
typedef struct ac__joinable {
    size_t unfinished;
    ac__wq waiters;
} ac__joinable;
void ac__join_init(ac__joinable *j);
/* The queue is freed: its joiners raise AC_EINVAL. */
void ac__join_gone(ac__joinable *j);
/* task_done: 0, or AC_EOVERFLOW when no item is unfinished. */
int ac__join_done(ac__joinable *j);
/* sync.c: ac_queue's (NULL for NULL). */
ac__joinable *ac__queue_joinable(ac_queue *q);

/* END issue 13                                                               */
/* BEGIN observability (dump engineer: dump.c stats.c vtime.c, issue 14)     */
/* ========================================================================= */

/* ac_loop_new: reads the environment (AC_VIRTUAL_TIME, AC_SLOW_STEP,
 * AC_DUMP_SIGNAL) into l, starts the dump signal's handle (unref'd), puts l
 * on the list of loops the gdb extension reads. Never fails: a dump signal
 * that cannot be set up is said on stderr once. */
void ac__obs_loop_init(ac_loop *l);
/* ac_loop_close: closes the signal handle (before the final uv_run) and takes
 * l off the list. */
void ac__obs_loop_close(ac_loop *l);
/* obs.c: what the dump signal calls (dump.c's ac__dump_loop), NULL until
 * ac_loop_new (entry.c) calls ac__dump_attach (dump.c). */
typedef void (*ac__dump_fn)(ac_loop *l, FILE *out);
extern _Atomic(ac__dump_fn) ac__dump_hook;
void ac__dump_attach(void);
/* loop.c: a new loop, without the tools' hooks (ac_loop_new, entry.c, is
 * this and them). */
ac_loop *ac__loop_new(void);
/* vtime.c: nothing is ready, the heap's top is in the future: when l's time
 * is virtual and libuv has no work (no active handle or request: no I/O, no
 * thread-pool job), the clock jumps to the top's deadline. True if it did. */
bool ac__vtime_jump(ac_loop *l);
/* obs.c: l->pass_left came down to 0 (loop.c, at the start of a pass):
 * counts the passes into l->pass_end and restarts the countdown. With a dump
 * signal watched, the countdown is AC__DUMP_POLL_PASSES and this polls libuv
 * once without waiting, so that the signal is seen by a loop whose passes
 * always find tasks ready (they do not poll); else it is 2^32 - 1 passes. */
void ac__pass_rearm(ac_loop *l);
/* The size of what handle h returns (ac_loop_run, ac__main: main.c). */
static inline size_t ac__result_size(const ac_task *h) {
    if (h->kind == AC__K_CORO)
        return h->q.desc->ret_size;
    return h->kind == AC__K_FUTURE ? h->id : 0;
}
/* The passes l has run (ac_loop_stats). */
static inline uint64_t ac__passes(const ac_loop *l) { return l->pass_end - l->pass_left; }

/* age.c: a task's age without a byte per task. Task ids come from one
 * counter (task.c) in spawn order, so a loop that notes now and then which
 * ids had been given out at what time (a checkpoint) can tell when any of
 * its tasks was made: after the last checkpoint older than its id. The loop
 * notes one where it reads the time anyway: a pass with a timer armed, a
 * poll of libuv (uv_now: a load, no syscall), the dump. */
#if defined(__GNUC__) && defined(__ELF__)
/* hidden: read PC-relative, not through the GOT (ac_spawn's increment would
 * cost a load more than when it was static to task.c) */
__attribute__((visibility("hidden")))
#endif
extern _Atomic uint32_t ac__task_counter;
void ac__age_push(ac_loop *l, uint32_t c, uint64_t now);
static inline void ac__age_mark(ac_loop *l, uint64_t now) {
    uint32_t c = atomic_load_explicit(&ac__task_counter, memory_order_relaxed);
    if (c == l->age_c) {
        /* no task since: the newest checkpoint moves on (the later of two
         * times is the closer bound: uv_now's lags the clock by up to a tick) */
        if (now > l->age_t)
            l->age_t = now;
    } else
        ac__age_push(l, c, now);
}
/* The loop clock at the last libuv poll, floored to libuv's ms (uv_now, read
 * from uv.h's field: a load, not a call). */
static inline uint64_t ac__loop_polled(const ac_loop *l) {
#if defined(_WIN32)
    return uv_now(&l->uv) * 1000000u + l->vt_skew;
#else
    return l->uv.time * 1000000u + l->vt_skew;
#endif
}
/* ac__age_mark out of line (loop.c: keeps the pass's inline code small),
 * with the time of the last poll (ac__loop_polled) or with now. */
void ac__age_note_polled(ac_loop *l);
void ac__age_note(ac_loop *l, uint64_t now);
/* When task t of loop l was made, at the earliest (0: unknown); ac_loop_close
 * frees the checkpoints with ac__age_free. */
uint64_t ac__age_born(ac_loop *l, const ac_task *t);
void ac__age_free(ac_loop *l);
/* gather.c / group.c: the children of a gather, the tasks of a group
 * (borrowed), for the dump. */
size_t ac__gather_children(ac_task *g, ac_task **out, size_t cap);
size_t ac__group_tasks(const ac_group *g, ac_task **out, size_t cap);

/* END observability                                                          */
/* ========================================================================= */

#endif /* AC_INT_H */
