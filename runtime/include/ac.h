/*
 * ac.h: the Async C runtime, libac.
 *
 * One public header, one prefix: `ac_` is the API users program against (the names
 * of ../docs/dialect surface), `ac__` is the contract between the code that `acc`
 * generates and the runtime. Users never call `ac__` names themselves.
 *
 * Model: Python's asyncio. One event loop per thread runs tasks; a task runs a chain
 * of coroutine frames; every suspension goes through the loop's FIFO ready queue or
 * its timer heap; I/O is libuv.
 *
 * Ownership: every handle-returning call gives the caller one reference, released
 * with ac_release() (NULL-safe). A running task holds one more reference on itself
 * until it ends. Errors are int codes: negative codes are libuv's (AC_E* == UV_E*),
 * positive codes belong to the program.
 */
#ifndef AC_H
#define AC_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------- */
/* Errors                                                                     */
/* ------------------------------------------------------------------------- */

/* The error list is libuv's: AC_EAGAIN == UV_EAGAIN == -EAGAIN on Linux, and so on. */
#define AC_ERRNO_MAP(XX) UV_ERRNO_MAP(XX)

typedef enum {
#define AC__ERRNO_ENUM(name, msg) AC_##name = UV_##name,
    AC_ERRNO_MAP(AC__ERRNO_ENUM)
#undef AC__ERRNO_ENUM
    AC__ERRNO_MAX = 0
} ac_errno_t;

/* The message of a code: libuv's text for negative codes, "error N" for the
 * program's own positive codes, "success" for 0. Never NULL; static storage. */
const char *ac_strerror(int code);
/* The symbolic name of a code: "ECANCELED", "ETIMEDOUT", ...; "E<n>" for others
 * ("E42"), "OK" for 0. */
const char *ac_err_name(int code);

/* `throw ac_error(code, "fmt", ...)`: records a message for the error about to be
 * raised by the current task and returns code. */
int ac_error(int code, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The message of the error being handled (or in flight) in the current task, or
 * its ac_strerror text when none was recorded. */
const char *ac_error_message(void);

/* ------------------------------------------------------------------------- */
/* Handles: coroutine objects, tasks and futures share one type               */
/* ------------------------------------------------------------------------- */

typedef struct ac_task ac_task;
typedef struct ac_task ac_future;
/* Generators are handles too; `ac_gen(T)` names a generator function's type. */
typedef struct ac_task ac_gen;
#define ac_gen(T) ac_gen *

typedef struct ac_loop ac_loop;

/* Schedules a coroutine object as a task on the current loop; it starts on a
 * later loop pass, in FIFO order. Returns `coro` itself: the caller's reference
 * passes through. A handle that is already a task or a future is returned as is.
 * With no current loop it releases coro and returns NULL. */
ac_task *ac_spawn(ac_task *coro);

/* State queries. A NULL handle is neither done nor cancelled. */
int ac_done(const ac_task *h);
int ac_cancelled(const ac_task *h);
/* 0 unless h failed or was cancelled; then its error code (AC_ECANCELED). */
int ac_error_of(const ac_task *h);

/* The result of a done handle, read as T. Debug builds check sizeof(T). */
#define ac_result(h, T) (*(T *)ac__result((h), sizeof(T)))

/* Takes one more reference; returns h. */
ac_task *ac_retain(ac_task *h);
/* Drops one reference; frees the handle at zero. NULL-safe. */
void ac_release(ac_task *h);
/* Gives up interest in the result and drops the caller's reference. A task keeps
 * running; if it fails, its error is reported as unread. */
void ac_detach(ac_task *h);

/* "Task-N" unless set; the string lives as long as the handle. */
const char *ac_name(ac_task *h);
/* Copies name. Returns 0 or AC_ENOMEM. */
int ac_set_name(ac_task *h, const char *name);
/* The task running now, or NULL outside a task. Borrowed. */
ac_task *ac_current(void);

/* Requests cancellation: it takes effect at the task's current or next await.
 * Returns 1 if the request was made, 0 if h was already done. A task waiting for
 * a handle passes the request on to it (asyncio cancels the awaited future); a
 * coroutine object that never started ends cancelled at once; a future ends
 * cancelled; a gather cancels its children. */
int ac_cancel(ac_task *h);

/* Futures: a handle completed by code rather than by a coroutine. */
#define ac_future_new(T) ac__future_new(sizeof(T), __FILE__, __LINE__)
#define ac_future_set(f, T, value)                                          \
    do {                                                                    \
        T ac__value = (value);                                              \
        (void)ac__future_set((f), &ac__value, sizeof(T));                   \
    } while (0)
/* Completes f with an error. Returns 0, or AC_EINVAL if f is done or no future. */
int ac_future_fail(ac_future *f, int code);

/* Calls cb(h, arg) on a later loop pass once h is done (at once-scheduled if it
 * is done already). Returns 0, AC_ENOMEM, or AC_EINVAL (no loop, NULL h or cb). */
int ac_on_done(ac_task *h, void (*cb)(ac_task *h, void *arg), void *arg);

/* ------------------------------------------------------------------------- */
/* Combinators: plain functions returning a new handle                        */
/* ------------------------------------------------------------------------- */

/* Waits for all of hs (coroutine objects among them are spawned, in order). The
 * first error propagates; the others keep running. Borrows hs (the gather takes
 * references of its own). NULL when there is no loop, an entry is NULL, or on
 * out-of-memory. */
ac_task *ac_gather(size_t n, ac_task *const hs[]);
#define ac_gather_of(...)                                                   \
    ac_gather(sizeof((ac_task *[]){__VA_ARGS__}) / sizeof(ac_task *),       \
              (ac_task *[]){__VA_ARGS__})

/* ------------------------------------------------------------------------- */
/* Generators                                                                 */
/* ------------------------------------------------------------------------- */

/* What ac_close raises at a generator's yield (Python's GeneratorExit): its
 * finally blocks run; a catch that swallows it and yields again ends the
 * generator with this error. */
#define AC_EGENEXIT (-5000)

/* Runs g to its next yield: 1 with the value in *out (sizeof T bytes), or 0
 * once it has ended: returned (ac_error_of(g) == 0, ac_result(g, T) is its
 * return value) or failed (ac_error_of(g) is the error). Errors never escape
 * into plain C: they end the generator. ac_next on an async generator, or on a
 * generator that is running, returns 0 and changes nothing. */
int ac_next(ac_gen *g, void *out);
/* As ac_next, and the suspended yield evaluates to *in. The first call starts
 * the generator: no yield receives that value (Python's send(None)). */
int ac_send(ac_gen *g, const void *in, void *out);
/* Raises code at the suspended yield; returns the next value as ac_next does.
 * Thrown into a generator that has not started, it ends it with code. */
int ac_throw(ac_gen *g, int code, void *out);
/* Raises AC_EGENEXIT at the suspended yield so that its finally blocks run.
 * Returns 0, or the error the generator ended with while closing. A generator
 * that has not started is marked ended without running. */
int ac_close(ac_gen *g);

/* ------------------------------------------------------------------------- */
/* The loop                                                                   */
/* ------------------------------------------------------------------------- */

/* A new loop; NULL on out-of-memory. */
ac_loop *ac_loop_new(void);
/* Makes l the current thread's loop (NULL clears it). */
void ac_loop_set(ac_loop *l);
/* The current thread's loop, or NULL. */
ac_loop *ac_loop_get(void);
/* Runs coro (taking ownership of it) as a task until it ends, then cancels the
 * tasks still pending and runs them until their cleanup ends. The result is
 * copied to result_out when it is not NULL. Returns 0 or the error that escaped.
 * If nothing can ever wake the main task (no ready task, timer or libuv work),
 * where asyncio would hang, it is cancelled with a warning on stderr. */
int ac_loop_run(ac_loop *l, ac_task *coro, void *result_out);
/* Closes l and frees it. Returns 0, or AC_EBUSY if it is running. */
int ac_loop_close(ac_loop *l);
uv_loop_t *ac_loop_uv(ac_loop *l);

/* ac_loop_new + ac_loop_set + ac_loop_run + ac_loop_close, restoring the
 * previous current loop. Takes ownership of coro. */
int ac_run(ac_task *coro, void *result_out);

/* Callbacks on the current loop. Return 0, AC_ENOMEM, or AC_EINVAL (no loop). */
int ac_call_soon(void (*cb)(void *arg), void *arg);
int ac_call_later(double seconds, void (*cb)(void *arg), void *arg);
int ac_call_at(double when, void (*cb)(void *arg), void *arg);
/* The loop clock in seconds (monotonic). */
double ac_time(void);

/* ------------------------------------------------------------------------- */
/* Runtime async functions (await them; called bare they make coroutine objects) */
/* ------------------------------------------------------------------------- */

/* Each line of ac_async.def declares the coroutine-object constructor NAME(params)
 * and the resume function NAME__resume. Notably:
 *   async void ac_sleep(double seconds): ac_sleep(0) lets every ready task run once. */
#define AC_ASYNC(ret, name, params)                                         \
    ac_task *name params;                                                   \
    int name##__resume(void *frame, ac_task *task);
#include "ac_async.def"
#undef AC_ASYNC

/* ========================================================================= */
/* Internal: the contract with generated code. Not for users.                */
/* ========================================================================= */

#if defined(__GNUC__) || defined(__clang__)
#define AC__UNUSED __attribute__((unused))
#else
#define AC__UNUSED
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

/* Every handle starts with a header of this size; a coroutine's frame follows. */
#define AC__HDR_SIZE 64
static inline void *ac__frame(ac_task *t) { return (char *)t + AC__HDR_SIZE; }

/* A new coroutine object for d, frame uninitialised; NULL on out-of-memory. */
ac_task *ac__coro_new(const ac__desc *d);
/* Records where h was made (debug builds report leaked handles with it). Returns h. */
ac_task *ac__origin(ac_task *h, const char *file, int line);
#define AC__AT(h) ac__origin((h), __FILE__, __LINE__)

/* Sets code as task's error in flight; returns AC__FAIL. */
int ac__raise(ac_task *task, int code);
/* The task's error in flight. */
int ac__error(ac_task *task);
/* The error in flight is caught (`catch (int e)` binds the result): returns its
 * code and forgets its traceback; its message stays readable through
 * ac_error_message() while the catch runs. */
int ac__caught(ac_task *task);
/* The error in flight leaves the frame of d at .ac line `line`: one line of the
 * async traceback. Returns AC__FAIL. */
int ac__unwind(ac_task *task, const ac__desc *d, int line);
/* ac__why_N in generated frames: why a finally block runs (0: falling in). */
enum { AC__WHY_ERROR = 1 };

void *ac__result(ac_task *h, size_t size);
ac_task *ac__future_new(size_t size, const char *file, int line);
int ac__future_set(ac_future *f, const void *value, size_t size);

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

/* A timer in the loop's heap; it lives in the frame that waits on it. */
typedef struct ac__timer {
    uint64_t when;  /* deadline, ns on the loop clock */
    uint32_t seq;   /* order it was set in, breaks ties */
    uint32_t slot;  /* its index in the heap; UINT32_MAX when not armed */
    ac_task *task;  /* the task it wakes */
} ac__timer;

/* Leaf frame of ac_sleep: embedded in the awaiting frame, 32 bytes. */
typedef struct ac_sleep__frame {
    ac__waiter w;   /* kind AC__WAIT_TIMER once armed */
    ac__timer timer; /* timer.when holds the duration in ns until armed */
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

#ifdef __cplusplus
}
#endif
#endif /* AC_H */
