/*
 * ac/internal.h: the contract between the code acc generates and libac.
 *
 * ac.h includes this file at its end; never include it yourself, and never
 * use its names: everything here is spelled `ac__*` or NAME__* (the frame
 * layouts of the runtime's async functions, their initialisers and resume
 * functions, the descriptors of generated functions) and may change between
 * versions without notice. The API is ac.h.
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#ifndef AC_INTERNAL_H
#define AC_INTERNAL_H
#ifndef AC_H
#error "include <ac.h>, not <ac/internal.h>"
#endif

/* ------------------------------------------------------------------------- */
/* What ac.h's macros expand to                                               */
/* ------------------------------------------------------------------------- */

/* ac_close(x) on a stream / on a generator. */
int ac__stream_close(ac_stream *s);
int ac__gen_close(ac_gen *g);
/* ac_shield(h) recording the calling line. */
ac_task *ac__shield_at(ac_task *h, const char *file, int line);
/* ac_queue_new(T, maxsize). */
ac_queue *ac__queue_new(size_t item_size, size_t maxsize);
/* ac_priority_queue_new / ac_lifo_queue_new (cmp NULL: LIFO). */
ac_pqueue *ac__pqueue_new(size_t item_size, size_t maxsize,
                          int (*cmp)(const void *a, const void *b));


#if defined(__GNUC__) || defined(__clang__)
#define AC__UNUSED __attribute__((unused))
#else
#define AC__UNUSED
#endif

/* A frame awaiting an async function of another file keeps a buffer of this
 * many bytes in its union of callee frames: the callee's frame is built there
 * when it fits (its desc's frame_size), else the await makes a coroutine object.
 * Define it (-DAC_INLINE_FRAME=N) to trade frame size for fewer allocations. */
#ifndef AC_INLINE_FRAME
#define AC_INLINE_FRAME 256
#endif

/* What a resume function returns. */
enum { AC__DONE = 0, AC__SUSPEND = 1, AC__FAIL = 2, AC__YIELD = 3 };

/* resume(frame, task): runs the frame from its saved state until it ends
 * (AC__DONE, result in the frame), suspends (AC__SUSPEND) or fails (AC__FAIL,
 * the error is the task's error in flight, see ac__raise). */
typedef int (*ac__resume_fn)(void *frame, ac_task *task);

/* One per async function: static, in the generated file. */
typedef struct ac__desc {
    ac__resume_fn resume;
    const char *name;     /* the function's name */
    const char *file;     /* the .ac file and line of its definition */
    int line;
    uint32_t frame_size;  /* sizeof its frame struct */
    uint32_t ret_offset;  /* offsetof(frame, ac__ret), 0 when void */
    uint32_t ret_size;    /* sizeof the result, 0 when void */
    uint32_t flags;       /* AC__DESC_GEN, AC__DESC_ASYNC */
    uint32_t value_offset; /* generators: offsetof(frame, ac__value), the yielded
                              and sent value (ret_size bytes) */
    const struct ac__point *points; /* indexed by ac__state: where it is suspended */
    uint32_t npoints;
    uint32_t frame_align; /* _Alignof its frame struct; 0: that of max_align_t.
                             ac__coro_new allocates the frame at this alignment;
                             a frame built in another frame's buffer (ac__ext,
                             aligned for max_align_t) must not need more */
} ac__desc;

/* A resume point of a generated frame: its .ac line, and the frame embedded
 * there (sub != NULL: a user function's, at sub_offset), or the name of what
 * it waits on ("ac_sleep", "await", "yield", ...). ac_print_stack walks these. */
typedef struct ac__point {
    int line;
    uint32_t sub_offset;
    const struct ac__desc *sub;
    const char *what;
} ac__point;
enum { AC__DESC_GEN = 1, AC__DESC_ASYNC = 2 };
/* A composite operation of libac (acc --libac, the .ac files of runtime/src): ac_dump
 * names it as the runtime call that was awaited, without its inside.
 * (1u << 8 is ac-int.h's AC__DESC_RT.) */
enum { AC__DESC_LIBAC = 1u << 9 };

/* Every handle starts with a header of this size; a coroutine's frame follows. */
#define AC__HDR_SIZE 64
static inline void *ac__frame(ac_task *t) { return (char *)t + AC__HDR_SIZE; }

/* A new coroutine object for d, frame uninitialised; NULL on out-of-memory. */
ac_task *ac__coro_new(const ac__desc *d);
/* Records where h was made (debug builds report leaked handles with it). Returns h. */
ac_task *ac__origin_set(ac_task *h, const char *file, int line);
/* The offset of a handle header's pointer to its rare data (ac-int.h checks
 * it): NULL unless debug tracking made a record, which is the one case
 * ac__origin has anything to do, so the test is inline (every spawn and
 * coroutine object the translator makes passes through it). */
#define AC__HDR_EXT 40
static inline ac_task *ac__origin(ac_task *h, const char *file, int line) {
#if defined(__GNUC__) || defined(__clang__)
    void *ext = NULL;
    if (h != NULL)
        __builtin_memcpy(&ext, (const char *)h + AC__HDR_EXT, sizeof ext);
    return ext != NULL ? ac__origin_set(h, file, line) : h;
#else
    return ac__origin_set(h, file, line);
#endif
}
#define AC__AT(h) ac__origin((h), __FILE__, __LINE__)
/* acc's named argument calls and their adapters (translator/src/check.c):
 * -Wshadow quietened for the one declaration that shadows a function. */
#define AC__SHADOW_OK _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wshadow\"")
#define AC__SHADOW_END _Pragma("GCC diagnostic pop")
/* A frame member's array size counted from a copy of its initialiser
 * (`char *v[sizeof((char *[]){"a"}) / ...]`): what the copy warns about
 * (-Wwrite-strings' discarded const) is said once, at the initialiser itself. */
#if defined(__clang__)
#define AC__COUNT_OK _Pragma("clang diagnostic push") \
    _Pragma("clang diagnostic ignored \"-Wincompatible-pointer-types-discards-qualifiers\"")
#define AC__COUNT_END _Pragma("clang diagnostic pop")
#elif defined(__GNUC__)
#define AC__COUNT_OK _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wdiscarded-qualifiers\"")
#define AC__COUNT_END _Pragma("GCC diagnostic pop")
#else
#define AC__COUNT_OK
#define AC__COUNT_END
#endif

/* Sets code as task's error in flight; returns AC__FAIL. */
int ac__raise(ac_task *task, int code);
/* ac__raise of the task the loop is running (ac_current): a `throw` in
 * libac's own composites (acc --libac), which run in their task and need not
 * keep it live until the throw. */
int ac__raise_here(int code);
/* The task's error in flight. */
int ac__error(ac_task *task);
/* The error in flight is caught (`catch (int e)` binds the result): returns its
 * code and forgets its traceback; its message stays readable through
 * ac_error_message() while the catch runs. */
int ac__caught(ac_task *task);
/* A catch block begins, or a finally block that an error entered (slot: the
 * frame's ac__err_N of that try statement): the error in flight, with its
 * message and traceback, becomes an error being handled (ac_error_message
 * reads the innermost). Returns its code. */
int ac__catch(ac_task *task, int *slot);
/* `throw;`, or the end of a finally block that an error entered: the error
 * that block handles is in flight again, message and traceback included.
 * Returns AC__FAIL. */
int ac__reraise(ac_task *task, int *slot);
/* The catch or finally block of slot is left another way: its error is no
 * longer being handled. */
void ac__handled(ac_task *task, int *slot);
/* The error in flight leaves the frame of d at .ac line `line`: one line of the
 * async traceback. Returns AC__FAIL. */
int ac__unwind(ac_task *task, const ac__desc *d, int line);
/* ac__why_N in generated frames: why a finally block runs (0: falling in). */
enum { AC__WHY_ERROR = 1 };

void *ac__result(ac_task *h, size_t size);
ac_task *ac__future_new(size_t size, const char *file, int line);
int ac__future_set(ac_future *f, const void *value, size_t size);
/* ac__future_set of an 8-byte value, passed as its bits (ac_future_set's
 * common case: a long, a pointer, a double; no copy through memory). */
int ac__future_set8(ac_future *f, uint64_t bits);
static inline uint64_t ac__bits8(const void *p, size_t n) {
    /* n is sizeof(T): 8 where it is called (a plain load), and never more
     * than the object in the branch that is not taken */
    uint64_t v = 0;
    __builtin_memcpy(&v, p, n < sizeof v ? n : sizeof v);
    return v;
}

/* Runs an async main: ac_run plus the report of an escaped error on stderr.
 * Returns the exit status: main's result, or 1 when an error escaped. */
int ac__main(ac_task *coro);

/* What a suspended task waits on, so ac_cancel can undo the wait. It is the first
 * member of every runtime leaf frame. */
typedef struct ac__waiter {
    uint16_t kind;  /* AC__WAIT_* */
    uint16_t state; /* the leaf frame's own resume state */
} ac__waiter;
enum { AC__WAIT_NONE = 0, AC__WAIT_TIMER, AC__WAIT_HANDLE, AC__WAIT_SOON, AC__WAIT_CUSTOM };

/* A leaf that waits on something of its own (an I/O request, a queue, a lock)
 * starts its frame with this, kind AC__WAIT_CUSTOM, and sets task->wait to it
 * while suspended. ac_cancel calls cancel(self, task): it must undo the wait
 * (stop the request, leave the queue) and make the task runnable; the leaf's
 * resume then raises AC_ECANCELED. */
typedef struct ac__waiter_ex ac__waiter_ex;
struct ac__waiter_ex {
    ac__waiter w;
    void (*cancel)(ac__waiter_ex *self, ac_task *task);
};

/* A timer in the loop's heap; it lives in what waits on it (a callback's
 * node: call_later, the deadline of a combinator). 16 bytes, 4-byte aligned
 * (the deadline in two halves). A sleep's leaf keeps only the deadline: its
 * sequence number and heap slot are kept in the sleeping task's header (see
 * ac_sleep__frame). */
typedef struct ac__timer {
    uint32_t when_lo, when_hi; /* deadline, ns on the loop clock */
    uint32_t seq;   /* order it was set in, breaks ties */
    uint32_t slot;  /* its index in the heap; UINT32_MAX when not armed */
} ac__timer;
static inline uint64_t ac__timer_when(const ac__timer *t) {
    return (uint64_t)t->when_hi << 32 | t->when_lo;
}
static inline void ac__timer_set_when(ac__timer *t, uint64_t when) {
    t->when_lo = (uint32_t)when;
    t->when_hi = (uint32_t)(when >> 32);
}
/* A sleep's deadline: the first half of an ac__timer. */
typedef struct ac__deadline {
    uint32_t when_lo, when_hi; /* deadline, ns on the loop clock */
} ac__deadline;
static inline uint64_t ac__deadline_when(const ac__deadline *d) {
    return (uint64_t)d->when_hi << 32 | d->when_lo;
}
static inline void ac__deadline_set(ac__deadline *d, uint64_t when) {
    d->when_lo = (uint32_t)when;
    d->when_hi = (uint32_t)(when >> 32);
}

/* The runtime's async functions (ac.h's AC_ASYNC declarations): each NAME has
 * its leaf frame type NAME__frame and initialiser NAME__init(frame, args...)
 * below, and this resume function. `await NAME(args)` embeds the frame in the
 * awaiting frame like a user function's; NAME(args) without await allocates a
 * coroutine object holding one. runtime/src/async_table.c checks that every
 * declaration has all three. */
int ac_sleep__resume(void *frame, ac_task *task);
int ac_anext__resume(void *frame, ac_task *task);
int ac_aclose__resume(void *frame, ac_task *task);
int ac_unix_serve__resume(void *frame, ac_task *task);
int ac_unix_serve_arg__resume(void *frame, ac_task *task);
int ac_server_shutdown__resume(void *frame, ac_task *task);
int ac_read__resume(void *frame, ac_task *task);
int ac_write__resume(void *frame, ac_task *task);
int ac_write_eof__resume(void *frame, ac_task *task);
int ac_getaddrinfo__resume(void *frame, ac_task *task);
int ac_signal__resume(void *frame, ac_task *task);
int ac_process_spawn__resume(void *frame, ac_task *task);
int ac_process_wait__resume(void *frame, ac_task *task);
int ac_start_tls__resume(void *frame, ac_task *task);
int ac_to_thread__resume(void *frame, ac_task *task);

/* Leaf frame of ac_sleep: embedded in the awaiting frame, 12 bytes (4-byte
 * aligned), so that a frame holding it and a resume state is 16. The heap
 * entry of a sleep is the sleeping task, which keeps the timer's sequence
 * number and heap slot in its header while it sleeps (timer.c). */
typedef struct ac_sleep__frame {
    ac__waiter w;   /* kind AC__WAIT_TIMER while armed */
    ac__deadline timer; /* the duration in ns until armed, then the deadline */
} ac_sleep__frame;
void ac_sleep__init(ac_sleep__frame *f, double seconds);

/* Leaf frame of `await <handle>`: waits until h is done. The awaiter reads the
 * result with ac__result; the generated code releases temporary handles. */
typedef struct ac__wait__frame {
    ac__waiter w;
    ac_task *h;
} ac__wait__frame;
static inline void ac__wait__init(ac__wait__frame *f, ac_task *h) {
    f->w.kind = AC__WAIT_NONE;
    f->w.state = 0;
    f->h = h;
}
int ac__wait__resume(void *frame, ac_task *task);

/* `yield from g` in a generator: one step of g with the mode and sent value of
 * the yield from (mode: 0, an error to throw, or AC_EGENEXIT), the value
 * yielded copied back into *value. Returns AC__YIELD, AC__DONE (g returned:
 * its result is ac_result(g, T)) or AC__FAIL (g's error raised in task). */
int ac__gen_step(ac_gen *g, int mode, void *value, ac_task *task);

/* A range loop over a generator of the same file drives its resume function
 * itself: ac__gen_started before the first resume, ac__gen_finished(g, rc)
 * with the last resume's result after the loop (returns g's error). */
void ac__gen_started(ac_gen *g);
int ac__gen_finished(ac_gen *g, int rc);

/* Leaf frames of ac_anext and ac_aclose (async generators). */
typedef struct ac_anext__frame {
    ac__waiter w;
    int ac__ret;  /* 1: a value was stored in *out; 0: the generator has ended */
    ac_gen *g;
    void *out;
} ac_anext__frame;
static inline void ac_anext__init(ac_anext__frame *f, ac_gen *g, void *out) {
    f->w.kind = AC__WAIT_NONE;
    f->w.state = 0;
    f->ac__ret = 0;
    f->g = g;
    f->out = out;
}
typedef struct ac_aclose__frame {
    ac__waiter w;
    ac_gen *g;
} ac_aclose__frame;
static inline void ac_aclose__init(ac_aclose__frame *f, ac_gen *g) {
    f->w.kind = AC__WAIT_NONE;
    f->w.state = 0;
    f->g = g;
}

/* ========================================================================= */
/* BEGIN I/O leaf frames (runtime engineer; see io.h)                         */
/* ========================================================================= */

/* Every I/O leaf frame starts with this. While the leaf is suspended it is on
 * its loop's list of I/O leaves (link), so that the loop can find and cancel
 * the task (asyncio.run's final cancel, ac_loop_close). A libuv callback that
 * completes the operation stores err and makes the task runnable (woken). */
typedef struct ac__iolink {
    struct ac__iolink *prev, *next; /* NULL when not on a list */
} ac__iolink;
typedef struct ac__io_leaf {
    ac__waiter_ex w;  /* kind AC__WAIT_CUSTOM while suspended */
    ac__iolink link;
    ac_task *task;    /* the task suspended on it */
    int err;          /* what completed it: 0 or a negative error */
    int woken;        /* the task has been made runnable */
} ac__io_leaf;
static inline void ac__io_leaf_init(ac__io_leaf *f) {
    f->w.w.kind = AC__WAIT_NONE;
    f->w.w.state = 0;
    f->w.cancel = 0;
    f->link.prev = f->link.next = 0;
    f->task = 0;
    f->err = 0;
    f->woken = 0;
}

/* ac_unix_serve, its _arg form, and io_more.h's ac__listen (under serve.ac's
 * ac_tcp_serve): one of handler and handler_arg is set */
typedef struct ac__serve__frame {
    ac__io_leaf io;
    ac_server *ac__ret;
    const char *host;               /* the host, or the socket's path */
    int port;                       /* -1: a Unix socket */
    ac_handler handler;
    ac_handler_arg handler_arg;
    void *arg;
    const struct sockaddr *sa;      /* ac__listen's address (NULL: host's) */
} ac__serve__frame;
typedef ac__serve__frame ac_unix_serve__frame;
typedef ac__serve__frame ac_unix_serve_arg__frame;
static inline void ac__serve_init(ac__serve__frame *f, const char *host, int port,
                                  ac_handler handler, ac_handler_arg handler_arg, void *arg) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->host = host;
    f->port = port;
    f->handler = handler;
    f->handler_arg = handler_arg;
    f->arg = arg;
    f->sa = 0;
}
static inline void ac_unix_serve__init(ac_unix_serve__frame *f, const char *path,
                                       ac_handler handler) {
    ac__serve_init(f, path, -1, handler, 0, 0);
}
static inline void ac_unix_serve_arg__init(ac_unix_serve_arg__frame *f, const char *path,
                                           ac_handler_arg handler, void *arg) {
    ac__serve_init(f, path, -1, 0, handler, arg);
}

/* ac_server_shutdown */
typedef struct ac_server_shutdown__frame {
    ac__io_leaf io;
    ac_server *srv;
    int cancel;
} ac_server_shutdown__frame;
static inline void ac_server_shutdown__init(ac_server_shutdown__frame *f, ac_server *srv,
                                            int cancel) {
    ac__io_leaf_init(&f->io);
    f->srv = srv;
    f->cancel = cancel;
}

/* ac_read, and ac__read_wait: the primitive under read.ac's ac_read_exactly
 * and ac_read_line (asyncio's StreamReader._wait_for_data) */
typedef struct ac__read__frame {
    ac__io_leaf io;
    int ac__ret;
    int mode;                       /* AC__READ_SOME (ac_read), AC__READ_WAIT */
    ac_stream *s;                   /* NULL once s was closed under the wait */
    void *buf;                      /* ac_read: where the bytes go */
    size_t n;                       /* ac_read: at most n; the wait: until n are buffered */
} ac__read__frame;
enum { AC__READ_SOME = 0, AC__READ_WAIT = 1 };
typedef ac__read__frame ac_read__frame;
/* The read and write initialisers write only what is read before the leaf
 * first suspends (the rest of f->io is set when it does: stream.c). */
static inline void ac__read__init(ac__read__frame *f, int mode, ac_stream *s, void *buf,
                                  size_t n) {
    f->io.w.w.kind = AC__WAIT_NONE;
    f->io.w.w.state = 0;
    f->mode = mode;
    f->s = s;
    f->buf = buf;
    f->n = n;
}
static inline void ac_read__init(ac_read__frame *f, ac_stream *s, void *buf, size_t n) {
    ac__read__init(f, AC__READ_SOME, s, buf, n);
}
/* Waits until s buffers at least `want` bytes, or has ended or failed
 * (s's sticky error); reads nothing. 1, or 0 when s was closed under the
 * wait (s may be freed: not to be touched again). One waiter per stream
 * (AC_EBUSY), as for ac_read. */
AC_ASYNC(int) ac__read_wait(ac_stream *s, size_t want);
typedef ac__read__frame ac__read_wait__frame;
static inline void ac__read_wait__init(ac__read_wait__frame *f, ac_stream *s, size_t want) {
    ac__read__init(f, AC__READ_WAIT, s, 0, want);
}
int ac__read_wait__resume(void *frame, ac_task *task);
/* read.ac's non-blocking steps (stream.c). Whether a read of s into buf may
 * start: 0, AC_EINVAL (NULL, closing), AC_EBUSY (a task waits in a read). */
int ac__read_check(const ac_stream *s, const void *buf);
/* s's sticky end: 0 while open, AC_EOF at the end, else the read error. */
int ac__read_end(const ac_stream *s);
/* Moves the first k bytes that s buffers (k <= what it buffers) into buf. */
void ac__read_take(ac_stream *s, void *buf, size_t k);
/* The length of the first line of s within its first n bytes, newline
 * included; 0 if there is no newline there. *seen: how many bytes were
 * searched already (0 at first; updated), so each byte is searched once. */
size_t ac__read_find_line(const ac_stream *s, size_t n, size_t *seen);

/* ac_write */
typedef struct ac_write__frame {
    ac__io_leaf io;
    ac_stream *s;
    const void *buf;
    size_t n;
    struct ac__io_back *req;        /* the queued rest, while waited for */
} ac_write__frame;
static inline void ac_write__init(ac_write__frame *f, ac_stream *s, const void *buf, size_t n) {
    f->io.w.w.kind = AC__WAIT_NONE;
    f->io.w.w.state = 0;
    f->s = s;
    f->buf = buf;
    f->n = n;
}

/* ac_write_eof */
typedef struct ac_write_eof__frame {
    ac__io_leaf io;
    ac_stream *s;
    struct ac__io_back *req;        /* the shutdown request, while waited for */
} ac_write_eof__frame;
static inline void ac_write_eof__init(ac_write_eof__frame *f, ac_stream *s) {
    ac__io_leaf_init(&f->io);
    f->s = s;
    f->req = 0;
}

/* ac_getaddrinfo */
typedef struct ac_getaddrinfo__frame {
    ac__io_leaf io;
    ac_addrinfo *ac__ret;
    const char *host, *service;
    const ac_addrinfo *hints;
    struct ac__dns_op *dns;
} ac_getaddrinfo__frame;
static inline void ac_getaddrinfo__init(ac_getaddrinfo__frame *f, const char *host,
                                        const char *service, const ac_addrinfo *hints) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->host = host;
    f->service = service;
    f->hints = hints;
    f->dns = 0;
}

/* ac_signal */
typedef struct ac_signal__frame {
    ac__io_leaf io;
    int ac__ret;
    int signum;
    ac__iolink wl;                  /* in its watcher's list of waiters */
    struct ac__sigw *sw;
} ac_signal__frame;
static inline void ac_signal__init(ac_signal__frame *f, int signum) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->signum = signum;
    f->wl.prev = f->wl.next = 0;
    f->sw = 0;
}

/* ac_process_spawn (never suspends), ac_process_wait */
typedef struct ac_process_spawn__frame {
    ac__io_leaf io;
    ac_process *ac__ret;
    char *const *argv;
    const ac_process_options *opts;
    int detached;                   /* UV_PROCESS_DETACHED (ac_process_spawn_detached) */
} ac_process_spawn__frame;
static inline void ac_process_spawn__init(ac_process_spawn__frame *f, char *const *argv,
                                          const ac_process_options *opts) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->argv = argv;
    f->opts = opts;
    f->detached = 0;
}
typedef struct ac_process_wait__frame {
    ac__io_leaf io;
    int ac__ret;
    ac_process *p;
    ac__iolink wl;                  /* in p's list of waiters */
} ac_process_wait__frame;
static inline void ac_process_wait__init(ac_process_wait__frame *f, ac_process *p) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->p = p;
    f->wl.prev = f->wl.next = 0;
}

/* ac_start_tls (tls.c) */
typedef struct ac_start_tls__frame {
    ac__io_leaf io;
    ac_stream *s;                   /* NULL once s was closed under the wait */
    ac_tls *tls;
    const char *server_name;
} ac_start_tls__frame;
static inline void ac_start_tls__init(ac_start_tls__frame *f, ac_stream *s, ac_tls *tls,
                                      const char *server_name) {
    ac__io_leaf_init(&f->io);
    f->s = s;
    f->tls = tls;
    f->server_name = server_name;
}
/* The frames of ac.h's "more I/O" block (udp.c fdstream.c file.c shell.c). */
#include "io_more.h"

/* END I/O leaf frames                                                        */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN sync, group and thread leaf frames (runtime engineer: sync.c        */
/* group.c thread.c combine.c)                                               */
/* ========================================================================= */

/* While one of these leaves is suspended it is on its loop's list of parked
 * leaves (pk), so that the loop can find and cancel its task (asyncio.run's
 * final cancel, ac_loop_close); a waiter of a queue, lock, semaphore, event
 * or group is also in that object's FIFO (node). NULL-linked when out. A
 * queue's getters and putters are not parked one by one: the queue's FIFOs
 * are, as a group (sync.c), and the loop finds them through their nodes. */
typedef struct ac__parking {
    struct ac__parking *prev, *next;
    ac_task *task;
} ac__parking;
typedef struct ac__wnode {
    struct ac__wnode *prev, *next;
    ac_task *task;
    uint32_t state; /* 0 idle; waitq.h's AC__WQ_* while it waits */
} ac__wnode;
typedef struct ac__sync_leaf {
    ac__waiter_ex w; /* kind AC__WAIT_CUSTOM while suspended */
    ac__parking pk;
    ac__wnode node;
} ac__sync_leaf;
static inline void ac__sync_leaf_init(ac__sync_leaf *f) {
    /* Only what is read before the leaf first suspends: the rest (cancel
     * hook, parking, FIFO node) is set when it does. */
    f->w.w.kind = AC__WAIT_NONE;
    f->w.w.state = 0;
    f->pk.next = 0;
}

/* A FIFO of waiters of a sync object (waitq.h), with what the leaf below
 * needs to know of the object: pass (or NULL), what a cancelled waiter gives
 * back, called with the FIFO and how the wait ended (waitq.h's AC__WQ_SET:
 * it had been woken, or AC__WQ_CANCEL) as asyncio's `except: ... if not
 * getter.cancelled(): _wakeup_next` blocks do; group, the object's parked
 * group (a queue's: its waiters are not parked one by one), or NULL. Kept in
 * the object, not in each waiter's frame (frames stay small). */
struct ac__park_group;
typedef struct ac__wq {
    ac__wnode head;
    void (*pass)(struct ac__wq *wq, int how);
    struct ac__park_group *group;
} ac__wq;

/* ac__wq_wait: the primitive leaf under every wait of the sync objects
 * (runtime/src/waits.ac: queues, locks, semaphores, events, conditions,
 * barriers, joins): one wait for one wake-up in a FIFO of waiters (asyncio's
 * `fut = create_future(); waiters.append(fut); await fut`). It raises
 * AC_ECANCELED when its task is cancelled, having called the FIFO's pass-on
 * (the composites over it need no catch for it), AC_EINVAL when the object
 * is freed under it. */
AC_ASYNC(void) ac__wq_wait(ac__wq *wq);
typedef struct ac__wq_wait__frame {
    ac__sync_leaf lf;
    ac__wq *wq;
} ac__wq_wait__frame;
static inline void ac__wq_wait__init(ac__wq_wait__frame *f, ac__wq *wq) {
    /* ac__sync_leaf_init but pk: set when the leaf suspends */
    f->lf.w.w.kind = AC__WAIT_NONE;
    f->lf.w.w.state = 0;
    f->wq = wq;
}
int ac__wq_wait__resume(void *frame, ac_task *task);
/* ac__wq_wait_cond: ac__wq_wait for ac_cond_wait, which must tell a wait on a
 * condition freed under it (its own lock may be freed with it: AC_EINVAL,
 * the lock not taken again) from a cancelled one (AC_ECANCELED: the lock is
 * taken again), even when the task was cancelled before the free. */
AC_ASYNC(void) ac__wq_wait_cond(ac__wq *wq);
typedef ac__wq_wait__frame ac__wq_wait_cond__frame;
static inline void ac__wq_wait_cond__init(ac__wq_wait_cond__frame *f, ac__wq *wq) {
    ac__wq_wait__init(f, wq);
}
int ac__wq_wait_cond__resume(void *frame, ac_task *task);
/* ac__group_idle: the primitive leaf under ac_group_wait (group.ac): one
 * wakeup, when the done callbacks of all of g's tasks have run (at once if
 * they have). Raises AC_ECANCELED if its task is cancelled meanwhile. The
 * caller holds a reference on g (ac__group_hold); if the loop closes while
 * the leaf sleeps, the task is destroyed without resuming, and the leaf
 * drops that reference itself. */
AC_ASYNC(void) ac__group_idle(ac_group *g);
typedef struct ac__group_idle__frame {
    ac__sync_leaf lf;
    ac_group *g;
} ac__group_idle__frame;
static inline void ac__group_idle__init(ac__group_idle__frame *f, ac_group *g) {
    ac__sync_leaf_init(&f->lf);
    f->g = g;
}
int ac__group_idle__resume(void *frame, ac_task *task);
/* Plain calls of group.ac: a reference on g for a wait, dropped by
 * ac__group_unhold; the number of tasks whose done callback has not run;
 * cancels g's tasks unless it is aborting already (returns 1 if it did);
 * the task that failed first, borrowed, or NULL. */
void ac__group_hold(ac_group *g);
void ac__group_unhold(ac_group *g);
size_t ac__group_pending(const ac_group *g);
int ac__group_abort_once(ac_group *g);
ac_task *ac__group_failed(const ac_group *g);
/* The custom leaf of combine.c: a task asleep until a done callback or an
 * alarm makes it runnable (asyncio's `await waiter`). */
typedef struct ac__cleaf {
    ac__waiter_ex w; /* w.w.state: the resume state of the leaf holding it */
    ac__parking pk;
    ac_task *task;   /* the task sleeping on it */
    int woken;       /* made runnable since it went to sleep */
} ac__cleaf;
/* ac__done_wait: the primitive leaf under ac_wait_for (combine.ac): one
 * wakeup, on the loop pass after h's done callback runs, or once `seconds`
 * have passed (seconds < 0: no timer); cancel != 0: h is cancelled once the
 * callback is in place (asyncio's _cancel_and_wait). Whether h is done is for
 * the caller to look at. Raises AC_ECANCELED if its task is cancelled
 * meanwhile (the callback and timer are gone by then). h is borrowed. */
AC_ASYNC(void) ac__done_wait(ac_task *h, double seconds, int cancel);
typedef struct ac__done_wait__frame {
    ac__cleaf c;
    int cancel;
    double seconds;
    ac_task *h;
    struct ac__watch *cb;    /* the done callback on h */
    struct ac__alarm *timer; /* the timeout */
} ac__done_wait__frame;
static inline void ac__done_wait__init(ac__done_wait__frame *f, ac_task *h, double seconds,
                                       int cancel) {
    f->c.w.w.kind = AC__WAIT_NONE;
    f->c.w.w.state = 0;
    f->c.pk.next = 0;
    f->cancel = cancel;
    f->seconds = seconds;
    f->h = h;
}
int ac__done_wait__resume(void *frame, ac_task *task);
/* ac__wait_for: the body of ac_wait_for (combine.ac), whose thin constructor
 * (combine.c) gives the handle h's result. Plain calls of combine.ac:
 * whether done handle h was cancelled, its cancellation then counting as
 * read (wait_for turns it into AC_ETIMEDOUT). */
AC_ASYNC(void) ac__wait_for(ac_task *h, double seconds);
int ac__took_cancel(ac_task *h);
/* ac_as_completed (combine.c) gathers the completions of its handles in an
 * ac__ascomp, from done callbacks registered when it is called; its handle
 * is the generator ac__as_completed (combine.ac), which takes them out one by
 * one through the primitive leaf ac__ascomp_next: the next handle that has
 * completed, in completion order, at once if there is one, else one wakeup
 * (the next done callback). Raises AC_ECANCELED if its task is cancelled
 * meanwhile. ac__ascomp_count: how many handles s has; ac__ascomp_unhook:
 * removes the done callbacks still pending (the generator ends). */
struct ac__ascomp;
/* (ac__ascomp_new: NULL without a loop, with a NULL entry in hs or out of
 * memory; coroutine objects among hs are spawned, in order.) */
struct ac__ascomp *ac__ascomp_new(size_t n, ac_task *const hs[]);
void ac__ascomp_free(struct ac__ascomp *s);
size_t ac__ascomp_count(const struct ac__ascomp *s);
void ac__ascomp_unhook(struct ac__ascomp *s);
AC_ASYNC(ac_task *) ac__ascomp_next(struct ac__ascomp *s);
typedef struct ac__ascomp_next__frame {
    ac__cleaf c;
    ac_task *ac__ret;
    struct ac__ascomp *s;
} ac__ascomp_next__frame;
static inline void ac__ascomp_next__init(ac__ascomp_next__frame *f, struct ac__ascomp *s) {
    f->c.w.w.kind = AC__WAIT_NONE;
    f->c.w.w.state = 0;
    f->c.pk.next = 0;
    f->s = s;
}
int ac__ascomp_next__resume(void *frame, ac_task *task);
/* ac_to_thread: the job is a heap record that libuv's after-work callback
 * owns once the leaf lets go of it (cancellation), so the frame may vanish. */
typedef struct ac_to_thread__frame {
    ac__sync_leaf lf;
    void *ac__ret;
    void *(*fn)(void *);
    void *arg;
    struct ac__job *job;
} ac_to_thread__frame;
static inline void ac_to_thread__init(ac_to_thread__frame *f, void *(*fn)(void *), void *arg) {
    ac__sync_leaf_init(&f->lf);
    f->ac__ret = 0;
    f->fn = fn;
    f->arg = arg;
    f->job = 0;
}

/* END sync, group and thread leaf frames                                     */
/* ========================================================================= */



/* The frames of the composite operations, written in Async C (runtime/src/
 * *.ac), as acc generated them: the frames above are theirs to embed. */
#include "frames.h"

#endif /* AC_INTERNAL_H */
