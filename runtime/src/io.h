/*
 * io.h: the internals shared by libac's I/O files: stream.c (streams, reads,
 * the loop's I/O state and its hooks), write.c (ac_write), tcp.c (TCP connect and serve,
 * the server machinery), pipe.c (Unix-domain sockets), dns.c (the resolver),
 * signal.c, process.c, fs.c and tls.c (the TLS transport).
 *
 * How an I/O wait works (the leaf frames are in ac.h, "I/O leaf frames"):
 *
 *  - A leaf that must wait registers itself on its loop's list of I/O leaves
 *    (ac__io_suspend; a read is held by its stream instead, stream.c) and sets task->u.co.wait to its ac__waiter_ex, whose
 *    cancel hook undoes the wait. libuv's requests never point into a frame
 *    directly: they are small heap records (a write's unsent bytes, a
 *    connect request, a DNS or file-system request) that point back at the
 *    leaf; cancelling "detaches" the record (clears that pointer) and the
 *    callback, which owns the record from then on, frees it and anything it
 *    brought (an addrinfo list, a file descriptor, a buffer).
 *  - A callback that completes the operation stores the outcome in the leaf
 *    and schedules the task (ac__io_wake). The leaf stays on the list until
 *    its task resumes it, so that ac_loop_close can release what a woken but
 *    never resumed leaf holds.
 *  - The cancel hook is also what ac_loop_close calls for every leaf left
 *    (ac__io_loop_close), before it destroys the tasks: nothing libuv calls
 *    later touches a frame.
 *  - Open objects (streams, servers, signal watchers, processes) are on the
 *    loop's list of objects; ac_loop_close closes them with their kill
 *    function; their memory is freed by libuv's close callbacks.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#ifndef AC_IO_H
#define AC_IO_H

#include "ac-int.h"

#include <stdbool.h>
#include <stddef.h>

/* Resume states shared by the leaves: 0 is fresh. */
enum { AC__IO_WAITING = 1, AC__IO_OVER = 7 };

/* ------------------------------------------------------------------------- */
/* Lists of leaves (ac__iolink, NULL-linked when out)                         */
/* ------------------------------------------------------------------------- */

static inline void ac__iolist_init(ac__iolink *head) { head->prev = head->next = head; }
static inline bool ac__iolist_empty(const ac__iolink *head) { return head->next == head; }
static inline bool ac__iolink_on(const ac__iolink *d) { return d->next != NULL; }
static inline void ac__iolist_append(ac__iolink *head, ac__iolink *d) {
    d->prev = head->prev;
    d->next = head;
    head->prev->next = d;
    head->prev = d;
}
static inline void ac__iolink_remove(ac__iolink *d) {
    if (d->next == NULL)
        return;
    d->prev->next = d->next;
    d->next->prev = d->prev;
    d->prev = d->next = NULL;
}

/* ------------------------------------------------------------------------- */
/* The loop's I/O state                                                       */
/* ------------------------------------------------------------------------- */

typedef struct ac__obj ac__obj;
struct ac__obj {
    ac__dlink link;            /* in io->objs while open */
    void (*kill)(ac__obj *o);  /* ac_loop_close: close it; libuv's callback frees it */
};

typedef struct ac__sigw ac__sigw;

typedef struct ac__io {
    ac__dlink objs;            /* open streams, servers, signal watchers, processes */
    ac__iolink leaves;         /* suspended I/O leaves, through ac__io_leaf.link */
    ac__sigw *sigs;            /* the signal watchers (signal.c) */
} ac__io;

/* l's I/O state, made on first use; NULL on out-of-memory. */
ac__io *ac__io_get(ac_loop *l);
static inline void ac__io_add_obj(ac_loop *l, ac__obj *o) {
    ac__dlink_append(&l->io->objs, &o->link);
}

/* ------------------------------------------------------------------------- */
/* Leaves                                                                     */
/* ------------------------------------------------------------------------- */

/* Suspends task on leaf f (state already set by the caller): registers it and
 * points task->u.co.wait at it. l->io must exist. Returns AC__SUSPEND. */
static inline int ac__io_suspend(ac_loop *l, ac__io_leaf *f, ac_task *task,
                                 void (*cancel)(ac__waiter_ex *, ac_task *)) {
    f->w.w.kind = AC__WAIT_CUSTOM;
    f->w.cancel = cancel;
    f->task = task;
    f->err = 0;
    f->woken = 0;
    ac__iolink_remove(&f->link);
    ac__iolist_append(&l->io->leaves, &f->link);
    task->u.co.wait = &f->w.w;
    return AC__SUSPEND;
}

/* Completes the wait of f with err: the task runs on this or the next pass.
 * Once per suspension; later calls do nothing. */
static inline void ac__io_wake(ac__io_leaf *f, int err) {
    if (f->woken)
        return;
    f->woken = 1;
    f->err = err;
    ac__schedule(ac__cur, f->task);
}

/* A leaf resumed after its wait: off the list. Returns true (and clears the
 * request) when the task is being cancelled: the leaf raises AC_ECANCELED. */
static inline bool ac__io_resumed(ac__io_leaf *f, ac_task *task) {
    ac__iolink_remove(&f->link);
    f->w.w.kind = AC__WAIT_NONE;
    f->woken = 0;
    if (task->flags & AC__F_CANCEL) {
        task->flags &= ~AC__F_CANCEL;
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------------- */
/* A leaf waiting on a libuv request record, or in a list of waiters          */
/* ------------------------------------------------------------------------- */

/* A libuv request record (a write's unsent bytes, a shutdown, a connect, a
 * datagram) embeds this link with the leaf that waits on it; the leaf's
 * `req` field points at the link while it waits. The record is its
 * callback's: the leaf only ever detaches from it. */
typedef struct ac__io_back {
    ac__io_leaf *leaf;          /* who waits; NULL once detached */
    struct ac__io_back **slot;  /* the leaf's `req`, cleared when the record ends */
} ac__io_back;

/* Links record b with leaf f, whose `req` field is *slot. */
static inline void ac__io_back_link(ac__io_back *b, ac__io_leaf *f, ac__io_back **slot) {
    b->leaf = f;
    b->slot = slot;
    *slot = b;
}

/* The record's callback: wakes the leaf still waiting with err (its `req`
 * cleared: the caller frees the record next). */
static inline void ac__io_back_done(ac__io_back *b, int err) {
    if (b->leaf != NULL) {
        *b->slot = NULL;
        ac__io_wake(b->leaf, err);
    }
}

/* The leaf gives up the record in *slot, if any: the request goes on and its
 * callback frees the record. */
static inline void ac__io_detach(ac__io_back **slot) {
    if (*slot != NULL) {
        (*slot)->leaf = NULL;
        *slot = NULL;
    }
}

/* The cancel hook of a leaf waiting on a record (req) or in a list of
 * waiters (wl), either may be NULL: off the loop's list, the record detached,
 * out of the waiters, woken with AC_ECANCELED. */
static inline void ac__io_cancel_wait(ac__io_leaf *f, ac__io_back **req, ac__iolink *wl) {
    ac__iolink_remove(&f->link);
    if (req != NULL)
        ac__io_detach(req);
    if (wl != NULL)
        ac__iolink_remove(wl);
    ac__io_wake(f, AC_ECANCELED);
}

/* The end of such a wait, the leaf resumed in AC__IO_WAITING: AC__DONE, or
 * the error that woke it raised, or AC_ECANCELED when the task is being
 * cancelled (the record detached, out of the waiters). */
static inline int ac__io_end_wait(ac__io_leaf *f, ac_task *task, ac__io_back **req,
                                  ac__iolink *wl) {
    f->w.w.state = AC__IO_OVER;
    if (ac__io_resumed(f, task)) {
        if (req != NULL)
            ac__io_detach(req);
        if (wl != NULL)
            ac__iolink_remove(wl);
        return ac__raise(task, AC_ECANCELED);
    }
    return f->err != 0 ? ac__raise(task, f->err) : AC__DONE;
}

/* A cancellation is pending on task before the leaf started anything: the
 * leaf suspends for one pass (as ac_sleep does) and raises AC_ECANCELED when
 * resumed in `state`. */
static inline bool ac__io_cancel_pending(ac_task *task) {
    return (task->flags & AC__F_CANCEL) != 0;
}
static inline int ac__io_cancel_soon(ac_loop *l, ac__io_leaf *f, ac_task *task,
                                     uint16_t state) {
    f->w.w.kind = AC__WAIT_SOON;
    f->w.w.state = state;
    f->task = task;
    f->woken = 1;
    task->u.co.wait = &f->w.w;
    ac__schedule(l, task);
    return AC__SUSPEND;
}

/* The coroutine-object constructor of a runtime async function whose leaf
 * frame is FT, initialised by NAME__init. */
#define AC__IO_DESC(fn, FT)                                                   \
    static const ac__desc fn##__desc = {.resume = fn##__resume,             \
                                          .name = #fn,                        \
                                          .file = __FILE__,                     \
                                          .line = __LINE__,                     \
                                          .frame_size = sizeof(FT)}
#define AC__IO_DESC_RET(fn, FT)                                               \
    static const ac__desc fn##__desc = {.resume = fn##__resume,             \
                                          .name = #fn,                        \
                                          .file = __FILE__,                     \
                                          .line = __LINE__,                     \
                                          .frame_size = sizeof(FT),             \
                                          .ret_offset = offsetof(FT, ac__ret),  \
                                          .ret_size = sizeof(((FT *)0)->ac__ret)}

/* ------------------------------------------------------------------------- */
/* Streams (stream.c)                                                         */
/* ------------------------------------------------------------------------- */

enum { AC__STREAM_TCP = 1, AC__STREAM_PIPE = 2 };

/* Reading stops once this much is buffered and no reader wants more. */
#define AC__STREAM_HIGH (64 * 1024)

/* The libuv handle of a stream or a server (tcp.c), by each of its names. */
typedef union ac__sock {
    uv_handle_t h;
    uv_stream_t s;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
} ac__sock;

struct ac_stream {
    ac__obj obj;
    ac__sock u;
    ac_loop *loop;
    char *buf;                 /* received, not read yet: buf[start .. start+len) */
    size_t start, len, cap;
    int err;                   /* sticky: UV_EOF, or the read error */
    uint8_t type;              /* AC__STREAM_* */
    bool reading;              /* uv_read_start is on */
    bool rd_plain;             /* reading, no transport, no error, not closing:
                                  ac_read's fast path tests this alone (stream.c) */
    bool closing;              /* ac_close was called */
    ac__read__frame *reader;   /* the task waiting in a read, or NULL */
    /* While the reader waits in ac_read with nothing buffered: its buffer,
     * where libuv reads straight into (stream.c: ac__stream_alloc); else NULL. */
    char *direct;
    size_t direct_len;
    /* ac_write's fast path: the descriptor + 1 that write(2) may be called on
     * while libuv has no write queued (a TCP stream without a transport, not
     * shut down nor closing); 0 not known yet, -1 never (stream.c). */
    int wfd;
    ac_stream **backref;       /* cleared on close: a server's or a process's slot */
    const struct ac__transport *tx; /* NULL: the wire's bytes are the stream's; else TLS */
    void *tx_state;            /* the transport's per-stream state */
};

/* A new stream on l of the given type, its handle initialised (uv_tcp_init
 * or uv_pipe_init), on the loop's list of objects. NULL on error (*err). */
ac_stream *ac__stream_new(ac_loop *l, int type, int *err);

/* ------------------------------------------------------------------------- */
/* Transports (tls.c): a stream whose bytes on the wire are not the bytes its */
/* reads and writes see. The stream layer calls through these hooks.          */
/* ------------------------------------------------------------------------- */

typedef struct ac__transport {
    /* What the wire gave: nread > 0 bytes at p, or UV_EOF / a read error.
     * Decodes into s's buffer (ac__stream_deliver) and sets s->err once the
     * stream has ended or failed. */
    void (*on_read)(ac_stream *s, ssize_t nread, const char *p);
    /* ac_write: turns the *n bytes at *p into the bytes to send, put back in
     * *p and *n (valid until the next call on s). 0 or a negative error. */
    int (*encode)(ac_stream *s, const char **p, size_t *n);
    /* ac_write_eof: queues what ends the sending side, before the shutdown. */
    int (*shutdown)(ac_stream *s);
    /* ac_close: last words (best effort), then frees the transport's state. */
    void (*close)(ac_stream *s);
} ac__transport;

/* For transports (stream.c): appends k decoded bytes to s's buffer (0 or
 * AC_ENOMEM); makes sure s reads from the wire. */
int ac__stream_deliver(ac_stream *s, const char *p, size_t k);
void ac__stream_read_on(ac_stream *s);

/* ------------------------------------------------------------------------- */
/* Servers (tcp.c; pipe.c uses them)                                         */
/* ------------------------------------------------------------------------- */

/* Makes a listening server of `type` on sa (TCP) or path (Unix), running f's
 * handler (f->handler, or f->handler_arg with f->arg) per connection. */
int ac__server_listen(ac_loop *l, int type, const struct sockaddr *sa, const char *path,
                      const ac__serve__frame *f, ac_server **out);
/* fdstream.c: ac_write_eof on a stream over a pipe, FIFO or TTY, once its
 * writes are done. 0 or an error. */
int ac__fd_stream_eof(ac_stream *s);
/* The same on fd, a socket listening already (fd -1: bind sa or path). */
int ac__server_listen_fd(ac_loop *l, int type, const struct sockaddr *sa, const char *path,
                         int fd, const ac__serve__frame *f, ac_server **out);

/* ------------------------------------------------------------------------- */
/* The resolver (dns.c)                                                       */
/* ------------------------------------------------------------------------- */

/* Whether host is an IPv4 or IPv6 literal; fills *ss with it and port. */
bool ac__parse_ip(const char *host, int port, struct sockaddr_storage *ss);

#endif /* AC_IO_H */
