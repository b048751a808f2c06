/*
 * ac.h: the Async C runtime, libac.
 *
 * The API, one prefix: `ac_` (and `AC_`) names are what programs use. The
 * runtime's async functions are declared as `AC_ASYNC(T) name(params);`, read
 * `async T name(params)` (see "Async functions" below). What the code acc
 * generates needs besides (frame layouts, descriptors, `ac__*` calls) is in
 * <ac/internal.h>, which this header includes at its end; programs never use
 * those names. The language: docs/language.md; every name: docs/api/.
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
/* Frame i (0: the outermost) of the traceback of that same error: the frames
 * it crossed up to the one handling it (which is not included), as
 * traceback.extract_tb(e.__traceback__)[1:] in Python. Sets *func, *file and
 * *line (each may be NULL) and returns 1, or returns 0 when there is no frame i. */
int ac_error_frame(int i, const char **func, const char **file, int *line);

/* ------------------------------------------------------------------------- */
/* Handles: coroutine objects, tasks and futures share one type               */
/* ------------------------------------------------------------------------- */

typedef struct ac_task ac_task;
typedef struct ac_task ac_future;
/* Generators are handles too; `ac_gen(T)` names a generator function's type. */
typedef struct ac_task ac_gen;
#define ac_gen(T) ac_gen *

typedef struct ac_loop ac_loop;

/* ------------------------------------------------------------------------- */
/* Async functions                                                            */
/* ------------------------------------------------------------------------- */

/* The runtime's async functions are declared in this header as
 *
 *     AC_ASYNC(int) ac_read(ac_stream *s, void *buf, size_t n);
 *
 * read as `async int ac_read(ac_stream *s, void *buf, size_t n);`, the way a
 * .ah header declares an async function. In an async function, `await
 * ac_read(s, buf, n)` runs it (its frame lives inside the awaiting frame: no
 * allocation) and gives its int result; its errors are raised at the await.
 * Called without await, ac_read(s, buf, n) makes a coroutine object, an
 * ac_task * to spawn, gather or await later: that constructor is what the C
 * compiler sees, so AC_ASYNC(T) is `ac_task *`. acc reads these declarations
 * (each on one line) as its table of the runtime's async functions.
 *
 * An await of an async function of another file builds its frame inside the
 * awaiting frame when it fits in AC_INLINE_FRAME bytes (default 256), else
 * allocates it: compile with -DAC_INLINE_FRAME=N to trade frame size for
 * fewer allocations. */
#define AC_ASYNC(T) ac_task *

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

/* Async generators (`async ac_gen(T)`), driven from an async function (what
 * `for await` does): the next value of g copied into *out (sizeof T bytes)
 * and 1, or 0 once g has ended (its error, if any, is raised). */
AC_ASYNC(int) ac_anext(ac_gen *g, void *out);
/* Closes an async generator, awaiting its finally blocks. */
AC_ASYNC(void) ac_aclose(ac_gen *g);
/* (ac_close(g), with the streams in "I/O" below.) */

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

/* Suspends the calling task for `seconds` (asyncio.sleep); ac_sleep(0) lets
 * every task that is ready run once. */
AC_ASYNC(void) ac_sleep(double seconds);

/* ========================================================================= */
/* BEGIN I/O (runtime engineer: stream.c tcp.c pipe.c dns.c signal.c         */
/* process.c fs.c io.h): streams, servers, DNS, signals, processes, files.    */
/* Errors are raised at the await as negative libuv codes; docs/semantics.md, */
/* "I/O", has the choices.                                                   */
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
/* The same with the program's data: `async void handle(ac_stream *conn, void
 * *arg)`, given the arg passed to ac_tcp_serve_arg / ac_unix_serve_arg. */
typedef ac_task *(*ac_handler_arg)(ac_stream *conn, void *arg);

/* Connections and servers. The stream a connect gives and the stream each
 * handler receives belong to the program: ac_close them. */
/* A TCP connection (host: a name or an IPv4/IPv6 literal; the addresses are
 * tried in the resolver's order). */
AC_ASYNC(ac_stream *) ac_tcp_connect(const char *host, int port);
/* A Unix-domain socket connection to path. */
AC_ASYNC(ac_stream *) ac_unix_connect(const char *path);
/* A listening TCP server running one task handler(conn) per connection (host
 * NULL or "": every interface); port 0 picks a free port (ac_server_port). */
AC_ASYNC(ac_server *) ac_tcp_serve(const char *host, int port, ac_handler handler);
/* As ac_tcp_serve, each task running handler(conn, arg): arg is the
 * program's, passed as is (it must outlive the server's handlers). */
AC_ASYNC(ac_server *) ac_tcp_serve_arg(const char *host, int port, ac_handler_arg handler, void *arg);
/* The same over a Unix-domain socket at path (a stale socket file there is
 * replaced; the file is removed when the server closes). */
AC_ASYNC(ac_server *) ac_unix_serve(const char *path, ac_handler handler);
AC_ASYNC(ac_server *) ac_unix_serve_arg(const char *path, ac_handler_arg handler, void *arg);
/* Stops accepting; cancel != 0 cancels the running handlers; waits until every
 * handler has ended, then frees srv. */
AC_ASYNC(void) ac_server_shutdown(ac_server *srv, int cancel);

/* Reading and writing. The reads return the number of bytes stored in buf. */
/* Up to n bytes as soon as some are there; 0 at end of stream. */
AC_ASYNC(int) ac_read(ac_stream *s, void *buf, size_t n);
/* Exactly n bytes; AC_EOF if the stream ends first (what came stays buffered). */
AC_ASYNC(int) ac_read_exactly(ac_stream *s, void *buf, size_t n);
/* One line, newline included (the last line may lack it); 0 at end of stream;
 * AC_ENOBUFS if no newline is within n bytes (the bytes stay buffered). */
AC_ASYNC(int) ac_read_line(ac_stream *s, void *buf, size_t n);
/* Returns once all n bytes are written to the system (back-pressure). */
AC_ASYNC(void) ac_write(ac_stream *s, const void *buf, size_t n);
/* Half-close (asyncio's write_eof): once the writes queued are sent, the peer
 * reads the end of the stream; reading goes on. AC_ENOTCONN if done already. */
AC_ASYNC(void) ac_write_eof(ac_stream *s);

/* ac_close(x): closes a stream (ac_stream *) or a generator (ac_gen *).
 * Streams: stops reading, wakes a task waiting in a read of it (its read
 * returns 0), abandons writes still queued by other tasks (their awaits raise
 * AC_EPIPE) and frees s once libuv has closed it. Returns 0 (AC_EINVAL for
 * NULL). Generators: raises AC_EGENEXIT at the suspended yield so that its
 * finally blocks run; returns 0, or the error the generator ended with while
 * closing. A generator that has not started is marked ended without running.
 * int ac_close(ac_stream *s);  int ac_close(ac_gen *g); */
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

/* libuv's resolver (service: a port number or a name, may be NULL); hints
 * NULL: any family, SOCK_STREAM. Free the answer with ac_addrinfo_free. */
AC_ASYNC(ac_addrinfo *) ac_getaddrinfo(const char *host, const char *service, const ac_addrinfo *hints);
/* Frees a resolver answer (NULL-safe). */
void ac_addrinfo_free(ac_addrinfo *ai);

/* Waits for one delivery of signal signum; returns signum. */
AC_ASYNC(int) ac_signal(int signum);

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
/* Starts argv[0] (searched in PATH) with argv (NULL-terminated); opts NULL:
 * inherit stdio. Free the result with ac_process_free. */
AC_ASYNC(ac_process *) ac_process_spawn(char *const argv[], const ac_process_options *opts);
/* The exit status (0..255), or -N when signal N killed the child. */
AC_ASYNC(int) ac_process_wait(ac_process *p);

/* Files, on libuv's thread pool. */
/* A whole file: *data (malloc'd, NUL-terminated, the caller frees it), *len. */
AC_ASYNC(void) ac_read_file(const char *path, char **data, size_t *len);
/* Creates or truncates path and writes len bytes. */
AC_ASYNC(void) ac_write_file(const char *path, const void *data, size_t len);

/* END I/O                                                                    */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN more I/O (udpfd engineer: udp.c fdstream.c file.c shell.c; leaf     */
/* frames in <ac/io_more.h>): UDP endpoints, descriptors as streams, files   */
/* with a position, shell commands and detached children.                    */
/* ========================================================================= */

/* UDP endpoints. Not a handle: ac_udp_close(u) closes and frees it. */
typedef struct ac_udp ac_udp;
/* An IPv4 or IPv6 address as text and a port: where a datagram came from,
 * and what ac_udp_send takes back (host "127.0.0.1", "::1"; no scope id). */
typedef struct ac_udp_addr {
    char host[64];
    int port;
} ac_udp_addr;
/* An endpoint bound to host:port (host: an IPv4/IPv6 literal or a name, the
 * resolver's first address; NULL or "": 0.0.0.0); port 0 picks a free port. */
AC_ASYNC(ac_udp *) ac_udp_bind(const char *host, int port);
/* An endpoint connected to host:port (a literal or a name), bound to a free
 * port: ac_udp_send(u, buf, n, NULL, 0) sends there, and only datagrams from
 * there are received. */
AC_ASYNC(ac_udp *) ac_udp_connect(const char *host, int port);
/* Sends one datagram of n bytes to host:port (an IP literal), or to the
 * connected peer when host is NULL. Returns once the system has taken it. */
AC_ASYNC(void) ac_udp_send(ac_udp *u, const void *buf, size_t n, const char *host, int port);
/* The next datagram: its first n bytes stored in buf, its length returned,
 * the sender in *from (may be NULL). A longer datagram raises AC_EMSGSIZE
 * (its first n bytes are in buf; it is consumed). */
AC_ASYNC(int) ac_udp_recv(ac_udp *u, void *buf, size_t n, ac_udp_addr *from);
/* The address u is bound to (the port picked for port 0). 0 or an error. */
int ac_udp_local(const ac_udp *u, ac_udp_addr *out);
/* Datagrams received and not taken yet. */
size_t ac_udp_pending(const ac_udp *u);
/* Closes u: waiting receives raise AC_EBADF, datagrams queued are dropped;
 * frees u once libuv has closed it. 0, or AC_EINVAL for NULL. */
int ac_udp_close(ac_udp *u);

/* An existing descriptor as a stream (stdin, stdout, a pipe, a TTY, a
 * connected TCP or Unix socket, e.g. inherited from systemd): the read and
 * write calls, ac_write_eof and ac_close work on it; ac_close closes fd. A
 * regular file or a UDP socket raises AC_EINVAL; on an error fd stays open. */
AC_ASYNC(ac_stream *) ac_stream_open(int fd);
/* systemd socket activation: how many descriptors systemd passed (from
 * SD_LISTEN_FDS_START, 3), 0 when LISTEN_PID is not this process. */
int ac_listen_fds(void);
/* A server on an inherited listening socket fd (TCP or Unix; from
 * ac_listen_fds), as ac_tcp_serve: one task handler(conn) per connection. */
AC_ASYNC(ac_server *) ac_serve_fd(int fd, ac_handler handler);

/* Files with a position, on libuv's thread pool. Not a handle:
 * ac_file_close(f) closes and frees it. */
typedef struct ac_file ac_file;
/* What stat tells of a file. */
typedef struct ac_file_info {
    int64_t size;
    uint32_t mode;        /* type and permission bits (S_IFREG | 0644, ...) */
    uint32_t nlink;
    uint64_t ino, dev;
    uint32_t uid, gid;
    double mtime;         /* seconds since the epoch */
} ac_file_info;
/* Opens path with an fopen mode: "r", "w", "a", "r+", "w+", "a+", an "x"
 * after the first letter for "fail if it exists" (AC_EEXIST); files are
 * made with mode 0666 less the umask. */
AC_ASYNC(ac_file *) ac_file_open(const char *path, const char *mode);
/* Up to n bytes at the position, which advances; 0 at the end. */
AC_ASYNC(size_t) ac_file_read(ac_file *f, void *buf, size_t n);
/* All n bytes at the position (at the end in "a" modes); it advances. */
AC_ASYNC(void) ac_file_write(ac_file *f, const void *buf, size_t n);
/* As ac_file_read / ac_file_write at offset off; the position stays. */
AC_ASYNC(size_t) ac_file_pread(ac_file *f, void *buf, size_t n, int64_t off);
AC_ASYNC(void) ac_file_pwrite(ac_file *f, const void *buf, size_t n, int64_t off);
/* Moves the position (whence: SEEK_SET, SEEK_CUR, SEEK_END); the new one. */
AC_ASYNC(int64_t) ac_file_seek(ac_file *f, int64_t off, int whence);
AC_ASYNC(void) ac_file_stat(ac_file *f, ac_file_info *out);
/* stat(2) of a path (follows symbolic links). */
AC_ASYNC(void) ac_stat(const char *path, ac_file_info *out);
/* Closes f and frees it; its error (AC_EIO, ...) is raised. */
AC_ASYNC(void) ac_file_close(ac_file *f);

/* Runs cmd with /bin/sh -c (asyncio.create_subprocess_shell); opts as for
 * ac_process_spawn. Free the result with ac_process_free. */
AC_ASYNC(ac_process *) ac_process_shell(const char *cmd, const ac_process_options *opts);
/* As ac_process_spawn, the child in a session of its own (setsid: libuv's
 * UV_PROCESS_DETACHED): the signals of the parent's terminal and process
 * group do not reach it, and it runs on after the parent has exited. */
AC_ASYNC(ac_process *) ac_process_spawn_detached(char *const argv[], const ac_process_options *opts);

/* END more I/O                                                               */
/* ========================================================================= */

/* ========================================================================= */
/* BEGIN combinators, groups, synchronisation, threads (runtime engineer:     */
/* combine.c group.c sync.c thread.c; leaf frames at the end of this file,    */
/* choices in docs/semantics.md, "Runtime: cancellation, combinators, ...").  */
/* ========================================================================= */

/* The objects of the synchronisation calls (not handles: each *_new has its
 * *_free). */
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
/* Waits until every task of g has ended; raises the first error. */
AC_ASYNC(void) ac_group_wait(ac_group *g);

/* asyncio.Queue: FIFO of items of one size. maxsize 0: unbounded. put and get
 * copy one item; a waiter cancelled while waiting
 * loses nothing and takes nothing (asyncio's rules: a wake-up it received is
 * passed on to the next waiter). The *_nowait calls return 0, or AC_EAGAIN
 * when the queue is full / empty. */
#define ac_queue_new(T, maxsize) ac__queue_new(sizeof(T), (maxsize))
int ac_queue_put_nowait(ac_queue *q, const void *item);
int ac_queue_get_nowait(ac_queue *q, void *item);
size_t ac_queue_size(const ac_queue *q);
/* Frees q. Tasks still waiting in put or get raise AC_EINVAL. */
void ac_queue_free(ac_queue *q);
/* Copies one item into q, waiting while it is full. */
AC_ASYNC(void) ac_queue_put(ac_queue *q, const void *item);
/* Copies the oldest item of q out into *item, waiting while it is empty. */
AC_ASYNC(void) ac_queue_get(ac_queue *q, void *item);

/* asyncio.Event. */
ac_event *ac_event_new(void);
/* Sets the flag and wakes every waiter (in the order they began waiting). */
void ac_event_set(ac_event *e);
void ac_event_clear(ac_event *e);
int ac_event_is_set(const ac_event *e);
void ac_event_free(ac_event *e);
/* Returns at once if e is set, else when it is set. */
AC_ASYNC(void) ac_event_wait(ac_event *e);

/* asyncio.Lock: FIFO and fair (no barging while a woken waiter has not run). */
ac_lock *ac_lock_new(void);
/* 0, or AC_EINVAL when l is not locked (asyncio's RuntimeError). */
int ac_lock_release(ac_lock *l);
int ac_lock_locked(const ac_lock *l);
void ac_lock_free(ac_lock *l);
/* Waits until l is free and takes it. */
AC_ASYNC(void) ac_lock_acquire(ac_lock *l);

/* asyncio.Semaphore(n); NULL when n < 0. */
ac_semaphore *ac_semaphore_new(int n);
void ac_semaphore_release(ac_semaphore *s);
/* Whether an acquire would wait now. */
int ac_semaphore_locked(const ac_semaphore *s);
void ac_semaphore_free(ac_semaphore *s);
/* Waits until s's count is above 0 and decrements it. */
AC_ASYNC(void) ac_semaphore_acquire(ac_semaphore *s);

/* Runs fn(arg) on libuv's thread pool; its result. Cancelled, the awaiter
 * raises AC_ECANCELED at once: a job that has not started never runs, one
 * that is running finishes on its thread and its result is dropped. */
AC_ASYNC(void *) ac_to_thread(void *(*fn)(void *), void *arg);

/* Prints on stderr where task h is suspended now, outermost frame first, as
 * Python's task.print_stack() does: one line per frame, .ac file, line and
 * function, then what the innermost one waits on. */
void ac_print_stack(ac_task *h);

/* END combinators, groups, synchronisation, threads                          */
/* ========================================================================= */

/* The contract with the code acc generates (frame layouts, descriptors, the
 * ac__* calls): not part of the API. */
#include "ac/internal.h"

#ifdef __cplusplus
}
#endif
#endif /* AC_H */
