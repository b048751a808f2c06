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
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
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
#include <stdio.h> /* FILE, for ac_dump_tasks */
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
        if (sizeof(T) == 8) /* the value's bits in a register */            \
            (void)ac__future_set8((f), ac__bits8(&ac__value, sizeof(T)));   \
        else                                                                \
            (void)ac__future_set((f), &ac__value, sizeof(T));               \
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

/* TLS (tls.c, on OpenSSL; link -lssl -lcrypto). A TLS stream is an
 * ac_stream: ac_read, ac_read_exactly, ac_read_line, ac_write, ac_write_eof
 * (sends close_notify, then half-closes) and ac_close work on it. */
/* TLS failures (tls.c), raised at the await with OpenSSL's reason as the
 * error's message (ac_error_message()). */
#define AC_ETLS (-5100)          /* a TLS protocol error on an open connection */
#define AC_ETLSHANDSHAKE (-5101) /* the handshake failed (an alert, no shared cipher...) */
#define AC_ETLSVERIFY (-5102)    /* the peer's certificate was refused */
#define AC_ETLSCONFIG (-5103)    /* a certificate, key or CA file is unusable */
/* A TLS configuration (OpenSSL's SSL_CTX): made once, used by any number of
 * connections (each keeps what it needs: free it when you like). */
typedef struct ac_tls ac_tls;
enum { AC_TLS_CLIENT = 0, AC_TLS_SERVER = 1 };
typedef struct ac_tls_options {
    const char *ca_file;     /* client: PEM file of the CAs to trust; NULL: the system's */
    const char *cert_file;   /* server: PEM certificate chain (required) */
    const char *key_file;    /* server: PEM private key of cert_file */
    const char *server_name; /* client: the name sent (SNI) and verified; NULL: the host */
    int no_verify;           /* client: 1 turns certificate verification off (insecure) */
} ac_tls_options;
/* Makes a configuration for role AC_TLS_CLIENT or AC_TLS_SERVER (opts NULL:
 * defaults, a client that verifies against the system's CAs). 0 and *out, or
 * a negative error (AC_ETLSCONFIG, AC_ENOENT, AC_ENOMEM, AC_EINVAL) with
 * OpenSSL's reason in msg (msg_len bytes, NUL-terminated; msg may be NULL). */
int ac_tls_new(ac_tls **out, int role, const ac_tls_options *opts, char *msg, size_t msg_len);
/* Frees a configuration (NULL-safe); streams using it are not affected. */
void ac_tls_free(ac_tls *tls);
/* The TLS version of s ("TLSv1.3"), or NULL when s is not a TLS stream. */
const char *ac_stream_tls_version(const ac_stream *s);
/* A TCP connection to host:port, then a TLS handshake as a client (tls NULL:
 * the defaults): the certificate is verified against the host name (or
 * tls's server_name), which is also sent as SNI. */
AC_ASYNC(ac_stream *) ac_tls_connect(const char *host, int port, ac_tls *tls);
/* Upgrades an open stream to TLS (asyncio's start_tls): a handshake as tls's
 * role. A client verifies the certificate against server_name (NULL:
 * tls's server_name; one of them is needed unless no_verify). */
AC_ASYNC(void) ac_start_tls(ac_stream *s, ac_tls *tls, const char *server_name);

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
/* 0; AC_EOVERFLOW when s is bounded (ac_semaphore_new_bounded) and the count
 * is at its bound already (nothing changes); AC_EINVAL for NULL. */
int ac_semaphore_release(ac_semaphore *s);
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

/* ========================================================================= */
/* BEGIN issue 13: deadlines, more synchronisation, introspection (cond.c     */
/* barrier.c pqueue.c join.c deadline.c tasks.c; docs/api/deadlines.md,       */
/* docs/api/sync.md, docs/api/tasks.md)                                       */
/* ========================================================================= */

/* A deadline over a block of awaits (asyncio.timeout / timeout_at, trio's
 * cancel scopes). The program owns the object (a local), the runtime its
 * members:
 *
 *     ac_deadline d;
 *     ac_deadline_enter(&d, 0.5);
 *     try { ...awaits... } finally { ac_deadline_leave(&d); }
 *
 * When the deadline passes, the task is cancelled (AC_ECANCELED at the await
 * it is suspended at); leaving the scope turns that cancellation into
 * AC_ETIMEDOUT (the error the finally block raises again). Nestable; a
 * cancellation from outside stays AC_ECANCELED. Every scope entered must be
 * left (a finally block), in the task that entered it. */
typedef struct ac_deadline {
    ac_task *ac__task;            /* the task it cancels */
    struct ac__alarm *ac__alarm;  /* armed, or NULL */
    double ac__when;              /* loop clock, s; INFINITY: none */
    uint32_t ac__base;            /* the task's cancel requests at entry */
    uint32_t ac__depth;           /* errors it was handling at entry */
    int ac__state;
} ac_deadline;
/* Enters a scope whose deadline is `seconds` from now (<= 0: it passes on
 * the next loop pass; INFINITY or NaN: no deadline, asyncio's None). 0;
 * AC_EINVAL outside a task; AC_ENOMEM. On error no deadline is set and
 * ac_deadline_leave does nothing. */
int ac_deadline_enter(ac_deadline *d, double seconds);
/* The same with an absolute deadline on the ac_time() clock. */
int ac_deadline_enter_at(ac_deadline *d, double when);
/* Leaves the scope: disarms it; if it went off and no other cancellation
 * was requested, the AC_ECANCELED being handled (by the finally or catch
 * block calling it) becomes AC_ETIMEDOUT, and that is returned; else 0. */
int ac_deadline_leave(ac_deadline *d);
/* Moves the deadline (absolute, ac_time() clock; INFINITY: none), as
 * asyncio's Timeout.reschedule(). 0; AC_EINVAL when it went off already or
 * was left; AC_ENOMEM (the old deadline stays). */
int ac_deadline_reschedule(ac_deadline *d, double when);
/* The deadline (ac_time() clock), INFINITY when none. */
double ac_deadline_when(const ac_deadline *d);
/* Whether it went off (asyncio's Timeout.expired()). */
int ac_deadline_expired(const ac_deadline *d);

/* What a broken barrier raises (asyncio's BrokenBarrierError). */
#define AC_EBROKEN (-5001)

/* asyncio.Condition over lock (NULL: a lock of its own, freed with it).
 * NULL on out-of-memory. Freeing it while tasks wait makes them raise
 * AC_EINVAL. */
typedef struct ac_cond ac_cond;
ac_cond *ac_cond_new(ac_lock *lock);
/* Its lock: take it with ac_lock_acquire, give it back with ac_lock_release. */
ac_lock *ac_cond_lock(const ac_cond *c);
void ac_cond_free(ac_cond *c);
/* Wakes up to n waiters / every waiter; the caller must hold the lock. The
 * number woken, or AC_EINVAL when the lock is not held. */
int ac_cond_notify(ac_cond *c, size_t n);
int ac_cond_notify_all(ac_cond *c);
/* Releases the lock, waits for a notify, takes the lock again (also when
 * cancelled: AC_ECANCELED is raised with the lock held). AC_EINVAL when the
 * lock is not held. */
AC_ASYNC(void) ac_cond_wait(ac_cond *c);
/* Condition.wait_for(predicate): returns once pred(arg) is nonzero (checked
 * with the lock held: at once, then after each wake-up), the lock held. */
AC_ASYNC(void) ac_cond_wait_for(ac_cond *c, int (*pred)(void *arg), void *arg);

/* asyncio.Barrier(parties); NULL when parties < 1 or out of memory. */
typedef struct ac_barrier ac_barrier;
ac_barrier *ac_barrier_new(int parties);
/* Frees b; tasks still waiting raise AC_EINVAL. */
void ac_barrier_free(ac_barrier *b);
/* Breaks b: waiting tasks and later waits raise AC_EBROKEN (until reset). */
void ac_barrier_abort(ac_barrier *b);
/* Back to empty: waiting tasks raise AC_EBROKEN; a broken b is repaired. */
void ac_barrier_reset(ac_barrier *b);
int ac_barrier_parties(const ac_barrier *b);
/* Tasks waiting for the barrier to fill. */
int ac_barrier_n_waiting(const ac_barrier *b);
int ac_barrier_broken(const ac_barrier *b);
/* Waits until `parties` tasks wait, then all return: each its own index,
 * 0..parties-1 in arrival order. AC_EBROKEN if b is or gets broken or reset. */
AC_ASYNC(int) ac_barrier_wait(ac_barrier *b);

/* asyncio.BoundedSemaphore(n): ac_semaphore_release above the initial n
 * returns AC_EOVERFLOW. */
ac_semaphore *ac_semaphore_new_bounded(int n);

/* Queue.task_done() / Queue.join() on ac_queue: every put counts one item
 * unfinished; task_done marks one done (AC_EOVERFLOW when none is); join
 * waits until none is unfinished. */
int ac_queue_task_done(ac_queue *q);
AC_ASYNC(void) ac_queue_join(ac_queue *q);

/* asyncio.PriorityQueue / LifoQueue: ac_queue's calls over another order.
 * Priority: cmp(a, b) < 0 when item a comes out before b (equal items: first
 * put, first out); LIFO: the newest first. maxsize 0: unbounded. */
typedef struct ac_pqueue ac_pqueue;
int ac_pqueue_put_nowait(ac_pqueue *q, const void *item);
#define ac_priority_queue_new(T, maxsize, cmp) ac__pqueue_new(sizeof(T), (maxsize), (cmp))
#define ac_lifo_queue_new(T, maxsize) ac__pqueue_new(sizeof(T), (maxsize), NULL)
int ac_pqueue_get_nowait(ac_pqueue *q, void *item);
size_t ac_pqueue_size(const ac_pqueue *q);
int ac_pqueue_task_done(ac_pqueue *q);
/* Frees q. Tasks still waiting in put, get or join raise AC_EINVAL. */
void ac_pqueue_free(ac_pqueue *q);
AC_ASYNC(void) ac_pqueue_put(ac_pqueue *q, const void *item);
AC_ASYNC(void) ac_pqueue_get(ac_pqueue *q, void *item);
AC_ASYNC(void) ac_pqueue_join(ac_pqueue *q);

/* asyncio.all_tasks(): the tasks of l (NULL: the current loop) not done yet,
 * in the order they were made, the running one included. Stores up to n of
 * them in out (borrowed: valid until the caller next awaits; ac_retain to
 * keep one) and returns how many there are (more than n: call again with a
 * larger array); AC_EINVAL with no loop; AC_ENOMEM. */
int ac_all_tasks(ac_loop *l, ac_task **out, size_t n);
/* task.cancel(msg): ac_cancel, the AC_ECANCELED it causes carrying msg (what
 * ac_error_message() reads in the cancelled task's catch and in a task that
 * awaits it; msg is copied). 1, 0 as ac_cancel; AC_ENOMEM: nothing done. */
int ac_cancel_msg(ac_task *h, const char *msg);
/* The message h was cancelled with (ac_cancel_msg), once it ended cancelled
 * or while that cancellation is on its way; NULL otherwise. */
const char *ac_cancel_message(const ac_task *h);

/* END issue 13                                                               */

/* BEGIN threads: cross-thread calls, loops on worker threads, sharded       */
/* servers (multicore engineer: xthread.c workers.c; docs/api/threads.md,    */
/* docs/threads.md). Only the calls marked "any thread" may be made from a   */
/* thread other than the loop's.                                             */
/* ========================================================================= */

/* A loop as other threads see it: reference-counted, it outlives its loop
 * (posts to a closed loop fail with AC_ESHUTDOWN). */
typedef struct ac_remote ac_remote;
/* A result crossing threads (concurrent.futures.Future): reference-counted,
 * waited on by plain threads (ac_xfuture_wait) or loops (ac_xfuture_wrap). */
typedef struct ac_xfuture ac_xfuture;
/* N threads, each running a loop (ac_workers_start). */
typedef struct ac_workers ac_workers;

/* A new reference to l's inbox, made on first use. Call it on l's thread, or
 * before l runs. NULL on out-of-memory. */
ac_remote *ac_loop_remote(ac_loop *l);
/* Any thread. */
ac_remote *ac_remote_retain(ac_remote *r);
void ac_remote_release(ac_remote *r);
/* Any thread: asyncio's call_soon_threadsafe. fn(arg) runs on r's loop
 * thread, in the order of the posts. 0, AC_ENOMEM, or AC_ESHUTDOWN when the
 * loop has closed (a loop that closes before running it drops it: fn is
 * never called). */
int ac_remote_call(ac_remote *r, void (*fn)(void *arg), void *arg);
/* Any thread: asyncio's run_coroutine_threadsafe. make(arg) runs on r's loop
 * thread and its coroutine object is spawned there (handles belong to the
 * thread that makes them: an async function's name is such a make). The
 * ac_xfuture (a new reference) gets its result or error; AC_ESHUTDOWN when
 * the loop has closed or closes before the task ends. NULL only on
 * out-of-memory or a NULL argument. */
ac_xfuture *ac_remote_submit(ac_remote *r, ac_task *(*make)(void *arg), void *arg);
/* Any thread: asyncio's loop.stop: completes r's ac_loop_stopped future. */
int ac_remote_stop(ac_remote *r);
/* A future (new reference) of the current loop, done once ac_remote_stop
 * was called for it; while it is pending the loop stays alive waiting for
 * other threads' calls. NULL without a loop or on out-of-memory. */
ac_task *ac_loop_stopped(void);

/* On h's loop thread: an ac_xfuture (new reference) completed when h ends,
 * with its result or error; a handle for other threads to wait on. */
ac_xfuture *ac_xfuture_of(ac_task *h);
/* Any thread: blocks until x is done (0) or timeout seconds have passed
 * (AC_ETIMEDOUT; timeout < 0: no limit). AC_EBUSY from the thread of x's own
 * running loop (it could never complete). */
int ac_xfuture_wait(ac_xfuture *x, double timeout);
/* Any thread: 1 once x is done. */
int ac_xfuture_done(ac_xfuture *x);
/* Any thread: 0, x's error (AC_ECANCELED, AC_ESHUTDOWN, ...), or AC_EAGAIN
 * while it is pending. */
int ac_xfuture_error(ac_xfuture *x);
/* Any thread: the result of a done x read as T (zero when it failed). */
#define ac_xfuture_result(x, T) (*(const T *)ac__xfuture_result((x), sizeof(T)))
const void *ac__xfuture_result(ac_xfuture *x, size_t size);
/* Any thread: cancels the task behind x (on its loop). 1 if requested; 0
 * when x is done or has no task (ac_workers_future). */
int ac_xfuture_cancel(ac_xfuture *x);
ac_xfuture *ac_xfuture_retain(ac_xfuture *x);
void ac_xfuture_release(ac_xfuture *x);
/* asyncio.wrap_future: a future (new reference) of the current loop that
 * gets x's result (T bytes) or error, the wake crossing threads through this
 * loop's inbox; `(T) await ac_xfuture_wrap(x, T)`. Cancelling it cancels
 * x's task. */
#define ac_xfuture_wrap(x, T) ac__xfuture_wrap((x), sizeof(T), __FILE__, __LINE__)
ac_task *ac__xfuture_wrap(ac_xfuture *x, size_t size, const char *file, int line);

/* ac_workers_start flags. */
enum {
    AC_WORKERS_PIN = 1 /* pin worker i to CPU i (modulo the CPUs allowed) */
};
/* Starts n threads, each with its own loop running main(i, arg) as its main
 * task (an `async T main(int i, void *arg)` named as a value). Returns once
 * every loop exists; NULL when n < 1 or on failure. */
ac_workers *ac_workers_start(int n, ac_task *(*main)(int i, void *arg), void *arg, int flags);
/* Any thread. */
int ac_workers_count(const ac_workers *w);
/* Any thread: worker i's loop (borrowed; valid until ac_workers_free). */
ac_remote *ac_workers_remote(ac_workers *w, int i);
/* Any thread: worker i's outcome (borrowed): done once its main task has
 * ended and its loop has closed, with main's result or error. */
ac_xfuture *ac_workers_future(ac_workers *w, int i);
/* Any thread: ac_remote_stop on every worker's loop. */
void ac_workers_stop(ac_workers *w);
/* Blocks until every worker has ended; 0 or the first worker's error. From
 * a plain thread (a loop thread would block its loop: await the workers'
 * futures there). */
int ac_workers_join(ac_workers *w);
/* Joins and frees w. NULL-safe. */
void ac_workers_free(ac_workers *w);

/* ac_workers_serve modes. */
enum {
    AC_SERVE_REUSEPORT = 1, /* every worker listens on the port (SO_REUSEPORT) */
    AC_SERVE_HANDOFF = 2    /* worker 0 accepts, hands connections round-robin */
};
/* Any thread but a worker's: serves TCP on every worker of w, each
 * connection running handler(conn, arg) on one worker's loop. Blocks until
 * every worker listens; returns the port (the one picked for port 0) or a
 * negative error. The servers close when their loops close. */
int ac_workers_serve(ac_workers *w, const char *host, int port, ac_handler_arg handler, void *arg,
                     int mode);

/* END threads                                                               */
/* BEGIN observability (dump engineer, issue 14): task dumps, loop metrics,  */
/* virtual time. docs/debugging.md has the whole story.                      */
/* ========================================================================= */

/* Options of ac_loop_new_opts; all zero: what ac_loop_new does (the
 * environment decides). */
typedef struct ac_loop_options {
    /* > 0: virtual time (when nothing is ready and libuv has no work, the
     * clock jumps to the next timer); < 0: real time; 0: AC_VIRTUAL_TIME=1
     * in the environment turns it on. */
    int virtual_time;
    /* AC_DEBUG's slow-step threshold in seconds (a step or callback running
     * longer is reported); 0: AC_SLOW_STEP from the environment, else 0.1. */
    double slow_step;
    /* > 0: debug mode (AC_DEBUG's tracking and reports, the ages in
     * ac_dump_tasks); < 0: off; 0: as AC_DEBUG says. */
    int debug;
} ac_loop_options;
/* A new loop with options (NULL: ac_loop_new()); NULL on out-of-memory. */
ac_loop *ac_loop_new_opts(const ac_loop_options *opts);

/* Prints every pending task of the current loop to out as an await tree:
 * name, function, state, age (AC_DEBUG), where it is suspended (each frame's
 * function and .ac line, outermost first), what it waits for (a task, a
 * future, a sleep and the time left, a read, a lock, a queue, a thread-pool
 * job, ...) and, under it, the tasks it waits for (an awaited task, the
 * children of a gather or a group). Allocates nothing that stays; runs no
 * task. With AC_DUMP_SIGNAL=USR1 (or another signal name or number) in the
 * environment, that signal prints the dump on stderr while the program runs. */
void ac_dump_tasks(FILE *out);

/* Loop metrics (ac_loop_stats). */
typedef struct ac_stats {
    size_t tasks;         /* pending tasks (spawned, not ended) */
    size_t ready;         /* items in the ready queue now */
    size_t timers;        /* timers armed (sleeps, call_later, timeouts) */
    uint64_t steps;       /* task steps run so far */
    uint64_t passes;      /* loop passes so far */
    double longest_step;  /* the longest step or callback, s (measured with AC_DEBUG only; else 0) */
    double lag;           /* how late the last due timer ran, s (loop lag) */
    double virtual_skew;  /* how far virtual time has jumped ahead of the real clock, s */
} ac_stats;
/* Fills *out with l's metrics (l NULL: the current loop). 0, or AC_EINVAL
 * (no loop, out NULL), or AC_ENOMEM (tasks could not all be counted). */
int ac_loop_stats(ac_loop *l, ac_stats *out);

/* END observability                                                          */
/* ========================================================================= */

/* The contract with the code acc generates (frame layouts, descriptors, the
 * ac__* calls): not part of the API. */
#include "ac/internal.h"

#ifdef __cplusplus
}
#endif
#endif /* AC_H */
