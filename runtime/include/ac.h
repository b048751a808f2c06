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

/* Strict ISO C (-std=c11/-std=c17 -Wpedantic) must work with no magic define.
 * libuv's <uv.h> needs POSIX types (pthread_rwlock_t, ...) that strict modes
 * hide, so this header needs nothing from it: the error codes come from
 * <uv/errno.h> (plain ISO C), and the system types it names (struct addrinfo,
 * struct sockaddr, libuv's struct uv_loop_s) are only pointed to, as
 * incomplete struct types. For the programs that use libuv or POSIX through
 * this header, <uv.h> is still included whenever the POSIX interfaces are
 * visible: GNU modes (the compilers' default), or _POSIX_C_SOURCE >= 200112L
 * / _XOPEN_SOURCE >= 600 defined by the user. The declarations below are the
 * same either way. <stdint.h> comes first: on glibc it settles the feature
 * macros (<features.h>) that the test reads. */
#include <stddef.h>
#include <stdint.h>
#include <uv/errno.h>

/* ------------------------------------------------------------------------- */
/* Errors (before <uv.h>, see AC__ERRNO_ENUM)                                */
/* ------------------------------------------------------------------------- */

/* The error list is libuv's UV_ERRNO_MAP (libuv 1.44), copied so that <uv.h>
 * is not needed: AC_EAGAIN == UV_EAGAIN == -EAGAIN on Linux, and so on. The
 * values are libuv's own UV__E* (<uv/errno.h>). tests/conformance checks at
 * compile time that both lists name the same codes with the same values. */
#define AC_ERRNO_MAP(XX) \
    XX(E2BIG, "argument list too long") \
    XX(EACCES, "permission denied") \
    XX(EADDRINUSE, "address already in use") \
    XX(EADDRNOTAVAIL, "address not available") \
    XX(EAFNOSUPPORT, "address family not supported") \
    XX(EAGAIN, "resource temporarily unavailable") \
    XX(EAI_ADDRFAMILY, "address family not supported") \
    XX(EAI_AGAIN, "temporary failure") \
    XX(EAI_BADFLAGS, "bad ai_flags value") \
    XX(EAI_BADHINTS, "invalid value for hints") \
    XX(EAI_CANCELED, "request canceled") \
    XX(EAI_FAIL, "permanent failure") \
    XX(EAI_FAMILY, "ai_family not supported") \
    XX(EAI_MEMORY, "out of memory") \
    XX(EAI_NODATA, "no address") \
    XX(EAI_NONAME, "unknown node or service") \
    XX(EAI_OVERFLOW, "argument buffer overflow") \
    XX(EAI_PROTOCOL, "resolved protocol is unknown") \
    XX(EAI_SERVICE, "service not available for socket type") \
    XX(EAI_SOCKTYPE, "socket type not supported") \
    XX(EALREADY, "connection already in progress") \
    XX(EBADF, "bad file descriptor") \
    XX(EBUSY, "resource busy or locked") \
    XX(ECANCELED, "operation canceled") \
    XX(ECHARSET, "invalid Unicode character") \
    XX(ECONNABORTED, "software caused connection abort") \
    XX(ECONNREFUSED, "connection refused") \
    XX(ECONNRESET, "connection reset by peer") \
    XX(EDESTADDRREQ, "destination address required") \
    XX(EEXIST, "file already exists") \
    XX(EFAULT, "bad address in system call argument") \
    XX(EFBIG, "file too large") \
    XX(EHOSTUNREACH, "host is unreachable") \
    XX(EINTR, "interrupted system call") \
    XX(EINVAL, "invalid argument") \
    XX(EIO, "i/o error") \
    XX(EISCONN, "socket is already connected") \
    XX(EISDIR, "illegal operation on a directory") \
    XX(ELOOP, "too many symbolic links encountered") \
    XX(EMFILE, "too many open files") \
    XX(EMSGSIZE, "message too long") \
    XX(ENAMETOOLONG, "name too long") \
    XX(ENETDOWN, "network is down") \
    XX(ENETUNREACH, "network is unreachable") \
    XX(ENFILE, "file table overflow") \
    XX(ENOBUFS, "no buffer space available") \
    XX(ENODEV, "no such device") \
    XX(ENOENT, "no such file or directory") \
    XX(ENOMEM, "not enough memory") \
    XX(ENONET, "machine is not on the network") \
    XX(ENOPROTOOPT, "protocol not available") \
    XX(ENOSPC, "no space left on device") \
    XX(ENOSYS, "function not implemented") \
    XX(ENOTCONN, "socket is not connected") \
    XX(ENOTDIR, "not a directory") \
    XX(ENOTEMPTY, "directory not empty") \
    XX(ENOTSOCK, "socket operation on non-socket") \
    XX(ENOTSUP, "operation not supported on socket") \
    XX(EOVERFLOW, "value too large for defined data type") \
    XX(EPERM, "operation not permitted") \
    XX(EPIPE, "broken pipe") \
    XX(EPROTO, "protocol error") \
    XX(EPROTONOSUPPORT, "protocol not supported") \
    XX(EPROTOTYPE, "protocol wrong type for socket") \
    XX(ERANGE, "result too large") \
    XX(EROFS, "read-only file system") \
    XX(ESHUTDOWN, "cannot send after transport endpoint shutdown") \
    XX(ESPIPE, "invalid seek") \
    XX(ESRCH, "no such process") \
    XX(ETIMEDOUT, "connection timed out") \
    XX(ETXTBSY, "text file is busy") \
    XX(EXDEV, "cross-device link not permitted") \
    XX(UNKNOWN, "unknown error") \
    XX(EOF, "end of file") \
    XX(ENXIO, "no such device or address") \
    XX(EMLINK, "too many links") \
    XX(EHOSTDOWN, "host is down") \
    XX(EREMOTEIO, "remote I/O error") \
    XX(ENOTTY, "inappropriate ioctl for device") \
    XX(EFTYPE, "inappropriate file type or format") \
    XX(EILSEQ, "illegal byte sequence") \
    XX(ESOCKTNOSUPPORT, "socket type not supported") \

/* <uv.h> #undefs UV__ERR, which the UV__E* macros use: when the program
 * included it before this header, its enum UV_E* has the same values. */
#ifdef UV_ERRNO_MAP
#define AC__ERRNO_ENUM(name, msg) AC_##name = UV_##name,
#else
#define AC__ERRNO_ENUM(name, msg) AC_##name = UV__##name,
#endif
typedef enum {
    AC_ERRNO_MAP(AC__ERRNO_ENUM)
    AC__ERRNO_MAX = 0
} ac_errno_t;
#undef AC__ERRNO_ENUM

#if !defined(__STRICT_ANSI__) || (defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE >= 200112L) || \
    (defined(_XOPEN_SOURCE) && _XOPEN_SOURCE >= 600)
#include <uv.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------- */
/* Errors: messages                                                           */
/* ------------------------------------------------------------------------- */

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
int ac__gen_close(ac_gen *g); /* ac_close(g): a macro, see "I/O" below (I/O engineer) */

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
/* The libuv loop under l: a uv_loop_t * (struct uv_loop_s is libuv's uv_loop_t). */
struct uv_loop_s *ac_loop_uv(ac_loop *l);

/* ac_loop_new + ac_loop_set + ac_loop_run + ac_loop_close, restoring the
 * previous current loop. Takes ownership of coro. */
int ac_run(ac_task *coro, void *result_out);

/* Callbacks on the current loop. Return 0, AC_ENOMEM, or AC_EINVAL (no loop). */
int ac_call_soon(void (*cb)(void *arg), void *arg);
int ac_call_later(double seconds, void (*cb)(void *arg), void *arg);
int ac_call_at(double when, void (*cb)(void *arg), void *arg);
/* The loop clock in seconds (monotonic). */
double ac_time(void);

/* ========================================================================= */
/* BEGIN I/O (runtime engineer: stream.c tcp.c pipe.c dns.c signal.c         */
/* process.c fs.c io.h): streams, servers, DNS, signals, processes, files.    */
/* The awaitable calls are in ac_async.def; docs/semantics.md, "I/O", has     */
/* the choices.                                                              */
/* ========================================================================= */

/* A byte stream: a TCP or Unix-domain connection, or a pipe to a child
 * process. Not a handle: ac_close(s) closes it and frees it (once libuv has
 * closed it); s must not be used afterwards. */
typedef struct ac_stream ac_stream;
/* A listening TCP or Unix-domain server (ac_tcp_serve, ac_unix_serve). */
typedef struct ac_server ac_server;
/* A child process (ac_process_spawn). */
typedef struct ac_process ac_process;
/* The resolver's answer (ac_getaddrinfo): the system's addrinfo list, linked
 * through ai_next; freed with ac_addrinfo_free. */
struct addrinfo;
struct sockaddr;
typedef struct addrinfo ac_addrinfo;
/* A connection handler: the name of an `async void handle(ac_stream *conn)`
 * used as a value (it makes the coroutine object of one connection). */
typedef ac_task *(*ac_handler)(ac_stream *conn);

/* ac_close(x): closes a stream (ac_stream *) or a generator (ac_gen *).
 * Streams: stops reading, wakes a task waiting in a read of it (its read
 * returns 0), abandons writes still queued by other tasks (their awaits raise
 * AC_EPIPE) and frees s once libuv has closed it. Returns 0 (AC_EINVAL for
 * NULL). Generators: see ac__gen_close above. */
int ac__stream_close(ac_stream *s);
#ifndef __cplusplus
#define ac_close(h) _Generic((h), ac_stream *: ac__stream_close, default: ac__gen_close)(h)
#endif

/* Bytes received on s and not read yet. */
size_t ac_stream_buffered(const ac_stream *s);
/* The peer's address: "127.0.0.1:5000", "[::1]:5000", a Unix socket's path
 * ("" when unnamed), "" for a process pipe. Returns 0 or a negative error
 * (AC_ENOBUFS when it does not fit in n bytes with its NUL). */
int ac_stream_peer(const ac_stream *s, char *buf, size_t n);
/* Formats an IPv4/IPv6 socket address as above. 0 or a negative error. */
int ac_addr_string(const struct sockaddr *sa, char *buf, size_t n);

/* The TCP port srv listens on (the one picked for port 0); 0 for a Unix
 * server. */
int ac_server_port(const ac_server *srv);
/* The connection handlers of srv still running. */
size_t ac_server_connections(const ac_server *srv);
/* Stops accepting (asyncio's Server.close()): handlers already running go on
 * until they end, and srv is freed after the last one. srv must not be used
 * afterwards. A Unix server removes its socket file. */
void ac_server_close(ac_server *srv);

/* Frees a resolver answer (NULL-safe). */
void ac_addrinfo_free(ac_addrinfo *ai);

/* Child processes. What each of the child's stdin, stdout, stderr is: */
enum {
    AC_STDIO_INHERIT = 0, /* the parent's own descriptor (the default) */
    AC_STDIO_PIPE = 1,    /* a pipe: an ac_stream * on the parent's side */
    AC_STDIO_NULL = 2     /* /dev/null */
};
typedef struct ac_process_options {
    const char *cwd;   /* NULL: the parent's working directory */
    char *const *env;  /* NULL: the parent's environment; else "NAME=value"..., NULL */
    int stdio[3];      /* AC_STDIO_* for stdin, stdout, stderr */
} ac_process_options;
/* The parent's end of the child's stdin / stdout / stderr when it is a pipe
 * (AC_STDIO_PIPE), else NULL; NULL too once the program closed it. The
 * program owns these streams: ac_close them (closing stdin sends EOF to the
 * child); ac_process_free closes those still open. */
ac_stream *ac_process_stdin(ac_process *p);
ac_stream *ac_process_stdout(ac_process *p);
ac_stream *ac_process_stderr(ac_process *p);
int ac_process_pid(const ac_process *p);
/* Sends signum to the child. 0, or AC_ESRCH once it has exited. */
int ac_process_kill(ac_process *p, int signum);
/* Frees p and closes its streams still open. A child still running is not
 * killed: it is reaped when it exits (while the loop runs). NULL-safe. */
void ac_process_free(ac_process *p);

/* END I/O                                                                    */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN combinators, groups, synchronisation, threads (runtime engineer:     */
/* combine.c group.c sync.c thread.c; leaf frames at the end of this file,    */
/* choices in docs/semantics.md, "Runtime: cancellation, combinators, ...").  */
/* ========================================================================= */

/* The objects of the synchronisation calls (not handles: each *_new has its
 * *_free). Their awaitable operations are in ac_async.def. */
typedef struct ac_queue ac_queue;
typedef struct ac_event ac_event;
typedef struct ac_lock ac_lock;
typedef struct ac_semaphore ac_semaphore;
typedef struct ac_group ac_group;

/* Each of these combinators returns a new handle (the caller releases it;
 * generated code releases one made and used in a single statement). They
 * borrow the handles they are given and keep references of their own; a
 * coroutine object given to them is spawned as a task (asyncio's
 * ensure_future). They return NULL when there is no current loop, a handle is
 * NULL or memory runs out (awaiting NULL raises AC_EINVAL). Each is a macro
 * over the function of the same name that records the calling line for
 * AC_DEBUG's reports (variadic, so that compound literals pass through). */

/* asyncio.wait_for. A coroutine that runs in the task that awaits it. Done
 * when h is: its result is h's (ac_result(w, T), (T) await w), its error h's.
 * When `seconds` pass first, h is cancelled, waited for until it has ended,
 * and AC_ETIMEDOUT is raised (unless h ignored the cancellation and
 * returned: then its result). seconds < 0 (or NaN): no limit, `await h`
 * itself; seconds == 0: only an h that is already done is not cancelled.
 * Cancelling the task that awaits it cancels h too, waits for it to end and
 * raises AC_ECANCELED. */
ac_task *ac_wait_for(ac_task *h, double seconds);
#define ac_wait_for(...) ac__origin((ac_wait_for)(__VA_ARGS__), __FILE__, __LINE__)

/* asyncio.shield: a new handle done when h is, with h's result or error;
 * cancelling it (or a task awaiting it) cancels only it, not h. An h that is
 * already done is returned itself (with a new reference). */
ac_task *ac_shield(ac_task *h);
ac_task *ac__shield_at(ac_task *h, const char *file, int line);
#define ac_shield(...) ac__shield_at(__VA_ARGS__, __FILE__, __LINE__)

/* asyncio.gather(*hs, return_exceptions=True): waits for all of hs and never
 * fails (each result or error is read from its own handle), unless it is
 * cancelled itself: then its children are cancelled, and it ends cancelled. */
ac_task *ac_gather_settled(size_t n, ac_task *const hs[]);
#define ac_gather_settled(...)                                                \
    ac__origin((ac_gather_settled)(__VA_ARGS__), __FILE__, __LINE__)
#define ac_gather_settled_of(...)                                             \
    ac_gather_settled(sizeof((ac_task *[]){__VA_ARGS__}) / sizeof(ac_task *), \
                      (ac_task *[]){__VA_ARGS__})

/* asyncio.wait's return_when. */
enum { AC_FIRST_COMPLETED = 1, AC_FIRST_EXCEPTION = 2, AC_ALL_COMPLETED = 3 };
/* asyncio.wait: a coroutine handle done once the condition holds for hs (one
 * of them done; one failed with an error other than AC_ECANCELED, or all done;
 * all done) or once `seconds` have passed (seconds < 0: no limit). Its result
 * is an int, the number of hs done at that moment; which ones are done is read
 * with ac_done(hs[i]). It never raises a timeout and never cancels hs; only
 * its own cancellation raises (AC_ECANCELED). n == 0: done at once with 0. An
 * unknown `when` gives NULL. */
ac_task *ac_wait(size_t n, ac_task *const hs[], double seconds, int when);
#define ac_wait(...) ac__origin((ac_wait)(__VA_ARGS__), __FILE__, __LINE__)

/* asyncio.as_completed as an async generator of handles: `for await (ac_task
 * *h : ac_as_completed(n, hs))` gives each of hs once it is done, in the order
 * they completed (read each with ac_result / ac_error_of; the handles are
 * borrowed: valid while the generator lives). Release the generator: store
 * it in a variable, loop over the variable, then ac_release it (acc releases
 * one made in the for await itself once its table of runtime calls knows that
 * ac_as_completed makes a new handle). */
ac_gen *ac_as_completed(size_t n, ac_task *const hs[]);
#define ac_as_completed(...) ac__origin((ac_as_completed)(__VA_ARGS__), __FILE__, __LINE__)

/* A task group (asyncio.TaskGroup). ac_group_spawn takes over the reference to
 * coro (spawning it) and returns the task, borrowed: the group keeps it until
 * ac_group_free. `await ac_group_wait(g)` waits until every task of the group
 * has ended. The first task that fails (with an error other than AC_ECANCELED)
 * makes the group cancel the others, and once all have ended ac_group_wait
 * raises that first error (its traceback included). Cancelling the task in
 * ac_group_wait cancels the group's tasks, waits for them, and raises
 * AC_ECANCELED (the first error instead, if a task failed). A task spawned
 * into a group that is cancelling its tasks is cancelled at once (it never
 * runs). A group can be awaited again after more spawns. ac_group_free
 * cancels the tasks still running (they end on later passes) and drops the
 * group's references. */
ac_group *ac_group_new(void);
ac_task *ac_group_spawn(ac_group *g, ac_task *coro);
void ac_group_free(ac_group *g);

/* asyncio.Queue: FIFO of items of one size. maxsize 0: unbounded. put and get
 * (awaitable, in ac_async.def) copy one item; a waiter cancelled while waiting
 * loses nothing and takes nothing (asyncio's rules: a wake-up it received is
 * passed on to the next waiter). The *_nowait calls return 0, or AC_EAGAIN
 * when the queue is full / empty. */
#define ac_queue_new(T, maxsize) ac__queue_new(sizeof(T), (maxsize))
ac_queue *ac__queue_new(size_t item_size, size_t maxsize);
int ac_queue_put_nowait(ac_queue *q, const void *item);
int ac_queue_get_nowait(ac_queue *q, void *item);
size_t ac_queue_size(const ac_queue *q);
/* Frees q. Tasks still waiting in put or get raise AC_EINVAL. */
void ac_queue_free(ac_queue *q);

/* asyncio.Event. */
ac_event *ac_event_new(void);
/* Sets the flag and wakes every waiter (in the order they began waiting). */
void ac_event_set(ac_event *e);
void ac_event_clear(ac_event *e);
int ac_event_is_set(const ac_event *e);
void ac_event_free(ac_event *e);

/* asyncio.Lock: FIFO and fair (no barging while a woken waiter has not run). */
ac_lock *ac_lock_new(void);
/* 0, or AC_EINVAL when l is not locked (asyncio's RuntimeError). */
int ac_lock_release(ac_lock *l);
int ac_lock_locked(const ac_lock *l);
void ac_lock_free(ac_lock *l);

/* asyncio.Semaphore(n); NULL when n < 0. */
ac_semaphore *ac_semaphore_new(int n);
void ac_semaphore_release(ac_semaphore *s);
/* Whether an acquire would wait now. */
int ac_semaphore_locked(const ac_semaphore *s);
void ac_semaphore_free(ac_semaphore *s);

/* Prints on stderr where task h is suspended now, outermost frame first, as
 * Python's task.print_stack() does: one line per frame, .ac file, line and
 * function, then what the innermost one waits on. */
void ac_print_stack(ac_task *h);

/* END combinators, groups, synchronisation, threads                          */
/* ========================================================================= */

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

/* Every handle starts with a header of this size; a coroutine's frame follows. */
#define AC__HDR_SIZE 64
static inline void *ac__frame(ac_task *t) { return (char *)t + AC__HDR_SIZE; }

/* A new coroutine object for d, frame uninitialised; NULL on out-of-memory. */
ac_task *ac__coro_new(const ac__desc *d);
/* Records where h was made (debug builds report leaked handles with it). Returns h. */
ac_task *ac__origin(ac_task *h, const char *file, int line);
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

/* ac_tcp_connect, ac_unix_connect */
typedef struct ac__connect__frame {
    ac__io_leaf io;
    ac_stream *ac__ret;
    const char *host;               /* the host, or the socket's path */
    int port;                       /* -1: a Unix socket */
    int last_err;                   /* the error of the last address tried */
    int numeric;                    /* host is an IP address literal: no DNS */
    struct ac__dns_op *dns;         /* the query in progress */
    struct addrinfo *ai, *cur;      /* the addresses, the one being tried */
    ac_stream *s;                   /* the connection being made */
    struct ac__connect_req *req;    /* its libuv request */
} ac__connect__frame;
typedef ac__connect__frame ac_tcp_connect__frame;
typedef ac__connect__frame ac_unix_connect__frame;
static inline void ac_tcp_connect__init(ac_tcp_connect__frame *f, const char *host, int port) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->host = host;
    f->port = port;
    f->last_err = 0;
    f->numeric = 0;
    f->dns = 0;
    f->ai = f->cur = 0;
    f->s = 0;
    f->req = 0;
}
static inline void ac_unix_connect__init(ac_unix_connect__frame *f, const char *path) {
    ac_tcp_connect__init(f, path, -1);
}

/* ac_tcp_serve, ac_unix_serve */
typedef struct ac__serve__frame {
    ac__io_leaf io;
    ac_server *ac__ret;
    const char *host;               /* the host, or the socket's path */
    int port;                       /* -1: a Unix socket */
    ac_handler handler;
    struct ac__dns_op *dns;
} ac__serve__frame;
typedef ac__serve__frame ac_tcp_serve__frame;
typedef ac__serve__frame ac_unix_serve__frame;
static inline void ac_tcp_serve__init(ac_tcp_serve__frame *f, const char *host, int port,
                                      ac_handler handler) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->host = host;
    f->port = port;
    f->handler = handler;
    f->dns = 0;
}
static inline void ac_unix_serve__init(ac_unix_serve__frame *f, const char *path,
                                       ac_handler handler) {
    ac_tcp_serve__init(f, path, -1, handler);
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

/* ac_read, ac_read_exactly, ac_read_line */
typedef struct ac__read__frame {
    ac__io_leaf io;
    int ac__ret;
    int mode;                       /* AC__READ_SOME, _EXACTLY, _LINE */
    ac_stream *s;                   /* NULL once s was closed under the wait */
    void *buf;
    size_t n;
} ac__read__frame;
enum { AC__READ_SOME = 0, AC__READ_EXACTLY = 1, AC__READ_LINE = 2 };
typedef ac__read__frame ac_read__frame;
typedef ac__read__frame ac_read_exactly__frame;
typedef ac__read__frame ac_read_line__frame;
static inline void ac__read__init(ac__read__frame *f, int mode, ac_stream *s, void *buf,
                                  size_t n) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->mode = mode;
    f->s = s;
    f->buf = buf;
    f->n = n;
}
static inline void ac_read__init(ac_read__frame *f, ac_stream *s, void *buf, size_t n) {
    ac__read__init(f, AC__READ_SOME, s, buf, n);
}
static inline void ac_read_exactly__init(ac_read_exactly__frame *f, ac_stream *s, void *buf,
                                         size_t n) {
    ac__read__init(f, AC__READ_EXACTLY, s, buf, n);
}
static inline void ac_read_line__init(ac_read_line__frame *f, ac_stream *s, void *buf,
                                      size_t n) {
    ac__read__init(f, AC__READ_LINE, s, buf, n);
}

/* ac_write */
typedef struct ac_write__frame {
    ac__io_leaf io;
    ac_stream *s;
    const void *buf;
    size_t n;
    struct ac__write_req *req;      /* the queued rest, while waited for */
} ac_write__frame;
static inline void ac_write__init(ac_write__frame *f, ac_stream *s, const void *buf, size_t n) {
    ac__io_leaf_init(&f->io);
    f->s = s;
    f->buf = buf;
    f->n = n;
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
} ac_process_spawn__frame;
static inline void ac_process_spawn__init(ac_process_spawn__frame *f, char *const *argv,
                                          const ac_process_options *opts) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->argv = argv;
    f->opts = opts;
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

/* ac_read_file, ac_write_file */
typedef struct ac__file__frame {
    ac__io_leaf io;
    const char *path;
    char **data;                    /* read: where the buffer goes */
    size_t *lenp;                   /* read: where its length goes */
    const void *src;                /* write: the bytes */
    size_t len;                     /* write: how many */
    struct ac__fs_op *op;
} ac__file__frame;
typedef ac__file__frame ac_read_file__frame;
typedef ac__file__frame ac_write_file__frame;
static inline void ac_read_file__init(ac_read_file__frame *f, const char *path, char **data,
                                      size_t *len) {
    ac__io_leaf_init(&f->io);
    f->path = path;
    f->data = data;
    f->lenp = len;
    f->src = 0;
    f->len = 0;
    f->op = 0;
}
static inline void ac_write_file__init(ac_write_file__frame *f, const char *path,
                                       const void *data, size_t len) {
    ac__io_leaf_init(&f->io);
    f->path = path;
    f->data = 0;
    f->lenp = 0;
    f->src = data;
    f->len = len;
    f->op = 0;
}

/* END I/O leaf frames                                                        */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN sync, group and thread leaf frames (runtime engineer: sync.c        */
/* group.c thread.c combine.c)                                               */
/* ========================================================================= */

/* While one of these leaves is suspended it is on its loop's list of parked
 * leaves (pk), so that the loop can find and cancel its task (asyncio.run's
 * final cancel, ac_loop_close); a waiter of a queue, lock, semaphore, event
 * or group is also in that object's FIFO (node). NULL-linked when out. */
typedef struct ac__parking {
    struct ac__parking *prev, *next;
    ac_task *task;
} ac__parking;
typedef struct ac__wnode {
    struct ac__wnode *prev, *next;
    ac_task *task;
    uint32_t state; /* 0 idle; sync.c's AC__WN_* while it waits */
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

typedef struct ac_queue_put__frame {
    ac__sync_leaf lf;
    ac_queue *q;
    const void *item;
} ac_queue_put__frame;
static inline void ac_queue_put__init(ac_queue_put__frame *f, ac_queue *q, const void *item) {
    ac__sync_leaf_init(&f->lf);
    f->q = q;
    f->item = item;
}
typedef struct ac_queue_get__frame {
    ac__sync_leaf lf;
    ac_queue *q;
    void *item;
} ac_queue_get__frame;
static inline void ac_queue_get__init(ac_queue_get__frame *f, ac_queue *q, void *item) {
    ac__sync_leaf_init(&f->lf);
    f->q = q;
    f->item = item;
}
typedef struct ac_event_wait__frame {
    ac__sync_leaf lf;
    ac_event *e;
} ac_event_wait__frame;
static inline void ac_event_wait__init(ac_event_wait__frame *f, ac_event *e) {
    ac__sync_leaf_init(&f->lf);
    f->e = e;
}
typedef struct ac_lock_acquire__frame {
    ac__sync_leaf lf;
    ac_lock *l;
} ac_lock_acquire__frame;
static inline void ac_lock_acquire__init(ac_lock_acquire__frame *f, ac_lock *l) {
    ac__sync_leaf_init(&f->lf);
    f->l = l;
}
typedef struct ac_semaphore_acquire__frame {
    ac__sync_leaf lf;
    ac_semaphore *s;
} ac_semaphore_acquire__frame;
static inline void ac_semaphore_acquire__init(ac_semaphore_acquire__frame *f, ac_semaphore *s) {
    ac__sync_leaf_init(&f->lf);
    f->s = s;
}
typedef struct ac_group_wait__frame {
    ac__sync_leaf lf;
    ac_group *g;
    int cancelled; /* its task was cancelled while it waited */
} ac_group_wait__frame;
static inline void ac_group_wait__init(ac_group_wait__frame *f, ac_group *g) {
    ac__sync_leaf_init(&f->lf);
    f->g = g;
    f->cancelled = 0;
}
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

#ifdef __cplusplus
}
#endif
#endif /* AC_H */
