/*
 * ac/io_more.h: the leaf frames of the async functions of ac.h's "more I/O"
 * block (udp.c, fdstream.c, file.c, process.c): UDP endpoints, descriptors as
 * streams, files with a position, shell commands, detached children; and the
 * primitives the composites of runtime/src (its .ac files) await (ac__spawn,
 * ac__file_write_some). Part of the contract with the code acc generates
 * (included by <ac/internal.h>), not of the API.
 * Each NAME has NAME__frame, NAME__init and NAME__resume.
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#ifndef AC_IO_MORE_H
#define AC_IO_MORE_H

int ac_udp_send__resume(void *frame, ac_task *task);
int ac_udp_recv__resume(void *frame, ac_task *task);
int ac_stream_open__resume(void *frame, ac_task *task);
int ac_serve_fd__resume(void *frame, ac_task *task);
int ac_file_open__resume(void *frame, ac_task *task);
int ac_file_read__resume(void *frame, ac_task *task);
int ac_file_pread__resume(void *frame, ac_task *task);
int ac_file_seek__resume(void *frame, ac_task *task);
int ac_file_stat__resume(void *frame, ac_task *task);
int ac_stat__resume(void *frame, ac_task *task);
int ac_file_close__resume(void *frame, ac_task *task);

/* ac_udp_send */
typedef struct ac_udp_send__frame {
    ac__io_leaf io;
    ac_udp *u;
    const void *buf;
    size_t n;
    const char *host;
    int port;
    struct ac__io_back *req;        /* the queued datagram, while waited for */
} ac_udp_send__frame;
static inline void ac_udp_send__init(ac_udp_send__frame *f, ac_udp *u, const void *buf,
                                     size_t n, const char *host, int port) {
    ac__io_leaf_init(&f->io);
    f->u = u;
    f->buf = buf;
    f->n = n;
    f->host = host;
    f->port = port;
    f->req = 0;
}

/* ac_udp_recv */
typedef struct ac_udp_recv__frame {
    ac__io_leaf io;
    int ac__ret;
    ac_udp *u;                      /* NULL once u was closed under the wait */
    void *buf;
    size_t n;
    ac_udp_addr *from;
    ac__iolink wl;                  /* in u's list of receivers */
} ac_udp_recv__frame;
static inline void ac_udp_recv__init(ac_udp_recv__frame *f, ac_udp *u, void *buf, size_t n,
                                     ac_udp_addr *from) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->u = u;
    f->buf = buf;
    f->n = n;
    f->from = from;
    f->wl.prev = f->wl.next = 0;
}

/* ac_stream_open (never suspends) */
typedef struct ac_stream_open__frame {
    ac__io_leaf io;
    ac_stream *ac__ret;
    int fd;
} ac_stream_open__frame;
static inline void ac_stream_open__init(ac_stream_open__frame *f, int fd) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->fd = fd;
}

/* ac_serve_fd (never suspends) */
typedef struct ac_serve_fd__frame {
    ac__io_leaf io;
    ac_server *ac__ret;
    int fd;
    ac_handler handler;
} ac_serve_fd__frame;
static inline void ac_serve_fd__init(ac_serve_fd__frame *f, int fd, ac_handler handler) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->fd = fd;
    f->handler = handler;
}

/* The file calls share one state (file.c); which call it is: */
enum {
    AC__FILE_OPEN = 1, AC__FILE_READ, AC__FILE_WRITE, AC__FILE_PREAD, AC__FILE_PWRITE,
    AC__FILE_SEEK, AC__FILE_FSTAT, AC__FILE_STAT, AC__FILE_CLOSE
};
typedef struct ac__fcall {
    ac__io_leaf io;
    int op;                         /* AC__FILE_* */
    int whence;
    ac_file *f;                     /* the file; ac_file_open: the one made */
    const char *path, *mode;
    void *buf;                      /* reads: where the bytes go */
    const void *src;                /* writes: the bytes */
    size_t n;
    int64_t off;                    /* -1: at the position */
    int64_t res;                    /* bytes read, the new position */
    ac_file_info *info;
    struct ac__fcall_req *req;      /* the request in flight */
} ac__fcall;
static inline void ac__fcall_init(ac__fcall *c, int op, ac_file *file, const char *path,
                                  void *buf, const void *src, size_t n, int64_t off) {
    ac__io_leaf_init(&c->io);
    c->op = op;
    c->whence = 0;
    c->f = file;
    c->path = path;
    c->mode = 0;
    c->buf = buf;
    c->src = src;
    c->n = n;
    c->off = off;
    c->res = 0;
    c->info = 0;
    c->req = 0;
}
typedef struct ac_file_open__frame {
    ac__fcall c;
    ac_file *ac__ret;
} ac_file_open__frame;
typedef struct ac__fcall_size__frame {
    ac__fcall c;
    size_t ac__ret;
} ac__fcall_size__frame;
typedef ac__fcall_size__frame ac_file_read__frame;
typedef ac__fcall_size__frame ac_file_pread__frame;
typedef struct ac_file_seek__frame {
    ac__fcall c;
    int64_t ac__ret;
} ac_file_seek__frame;
typedef ac__fcall ac_file_stat__frame;
typedef ac__fcall ac_stat__frame;
typedef ac__fcall ac_file_close__frame;
static inline void ac_file_open__init(ac_file_open__frame *f, const char *path, const char *mode) {
    ac__fcall_init(&f->c, AC__FILE_OPEN, 0, path, 0, 0, 0, 0);
    f->c.mode = mode;
    f->ac__ret = 0;
}
static inline void ac_file_read__init(ac_file_read__frame *f, ac_file *file, void *buf, size_t n) {
    ac__fcall_init(&f->c, AC__FILE_READ, file, 0, buf, 0, n, -1);
    f->ac__ret = 0;
}
static inline void ac_file_pread__init(ac_file_pread__frame *f, ac_file *file, void *buf, size_t n,
                                       int64_t off) {
    ac__fcall_init(&f->c, AC__FILE_PREAD, file, 0, buf, 0, n, off);
    f->ac__ret = 0;
}
static inline void ac_file_seek__init(ac_file_seek__frame *f, ac_file *file, int64_t off,
                                      int whence) {
    ac__fcall_init(&f->c, AC__FILE_SEEK, file, 0, 0, 0, 0, off);
    f->c.whence = whence;
    f->ac__ret = 0;
}
static inline void ac_file_stat__init(ac_file_stat__frame *f, ac_file *file, ac_file_info *out) {
    ac__fcall_init(f, AC__FILE_FSTAT, file, 0, 0, 0, 0, 0);
    f->info = out;
}
static inline void ac_stat__init(ac_stat__frame *f, const char *path, ac_file_info *out) {
    ac__fcall_init(f, AC__FILE_STAT, 0, path, 0, 0, 0, 0);
    f->info = out;
}
static inline void ac_file_close__init(ac_file_close__frame *f, ac_file *file) {
    ac__fcall_init(f, AC__FILE_CLOSE, file, 0, 0, 0, 0, 0);
}

/* ac__file_write_some: one write request of at most one chunk (1 MiB) of
 * the n bytes at buf: op AC__FILE_WRITE at the position, which advances (at
 * the end in "a" modes), or AC__FILE_PWRITE at off; the bytes written. The
 * primitive under fs.ac's ac_file_write and ac_file_pwrite, which write all n. */
AC_ASYNC(size_t) ac__file_write_some(ac_file *f, int op, const void *buf, size_t n, int64_t off);
typedef ac__fcall_size__frame ac__file_write_some__frame;
static inline void ac__file_write_some__init(ac__file_write_some__frame *f, ac_file *file, int op,
                                             const void *buf, size_t n, int64_t off) {
    ac__fcall_init(&f->c, op == AC__FILE_PWRITE ? AC__FILE_PWRITE : AC__FILE_WRITE, file, 0, 0,
                   buf, n, op == AC__FILE_PWRITE ? off : -1);
    f->ac__ret = 0;
}
int ac__file_write_some__resume(void *frame, ac_task *task);

/* ac__spawn: ac_process_spawn, the child detached or not, the primitive under
 * shell.ac's ac_process_shell and ac_process_spawn_detached (never suspends) */
AC_ASYNC(ac_process *) ac__spawn(char *const argv[], const ac_process_options *opts, int detached);
typedef ac_process_spawn__frame ac__spawn__frame;
static inline void ac__spawn__init(ac__spawn__frame *f, char *const *argv,
                                   const ac_process_options *opts, int detached) {
    ac_process_spawn__init(f, argv, opts);
    f->detached = detached;
}
int ac__spawn__resume(void *frame, ac_task *task);

/* ac__connect_one: one connection attempt, to sa, or (sa NULL) to host, an
 * IP literal, or a Unix socket's path when port is -1 (tcp.c); the
 * primitive under connect.ac's ac_tcp_connect, ac_unix_connect and
 * ac_tls_connect */
AC_ASYNC(ac_stream *) ac__connect_one(const char *host, int port, const struct sockaddr *sa);
typedef struct ac__connect_one__frame {
    ac__io_leaf io;
    ac_stream *ac__ret;             /* the connection, from the attempt's start */
    const char *host;
    int port;
    const struct sockaddr *sa;
    struct ac__io_back *req;        /* its libuv request */
} ac__connect_one__frame;
static inline void ac__connect_one__init(ac__connect_one__frame *f, const char *host, int port,
                                         const struct sockaddr *sa) {
    ac__io_leaf_init(&f->io);
    f->ac__ret = 0;
    f->host = host;
    f->port = port;
    f->sa = sa;
    f->req = 0;
}
int ac__connect_one__resume(void *frame, ac_task *task);
/* What connect.ac asks of the leaf layer: whether host is an IP literal
 * (dns.c), whether sa is an IPv4 or IPv6 address (tcp.c), the name a TLS
 * client verifies (tls.c: the configuration's, else host). */
int ac__is_ip(const char *host);
int ac__is_inet(const struct sockaddr *sa);
const char *ac__tls_name(const ac_tls *tls, const char *host);

/* ac__listen: a TCP server on sa, or (sa NULL) on host, an IP literal, or
 * every interface when host is NULL or "" (tcp.c; never suspends). ac__tcp_serve:
 * resolve, then the first address that listens (serve.ac, under ac_tcp_serve
 * and ac_tcp_serve_arg). One of handler and handler_arg is set. */
AC_ASYNC(ac_server *) ac__listen(const char *host, int port, const struct sockaddr *sa, ac_handler handler, ac_handler_arg handler_arg, void *arg);
typedef ac__serve__frame ac__listen__frame;
static inline void ac__listen__init(ac__listen__frame *f, const char *host, int port,
                                    const struct sockaddr *sa, ac_handler handler,
                                    ac_handler_arg handler_arg, void *arg) {
    ac__serve_init(f, host, port, handler, handler_arg, arg);
    f->sa = sa;
}
int ac__listen__resume(void *frame, ac_task *task);
AC_ASYNC(ac_server *) ac__tcp_serve(const char *host, int port, ac_handler handler, ac_handler_arg handler_arg, void *arg);
/* The hints of a query for sockets of socktype (SOCK_STREAM, SOCK_DGRAM),
 * any family, AI_PASSIVE when passive (to bind): dns.c. */
const ac_addrinfo *ac__hints(int socktype, int passive);
/* ac__udp_open: resolve, then the first address that binds (connect 0) or
 * connects (udp.ac, under ac_udp_bind and ac_udp_connect). ac__udp_open_at:
 * the endpoint on sa, or (sa NULL) on host, an IP literal (udp.c, never
 * waits): 0 and *out, or the error. */
AC_ASYNC(ac_udp *) ac__udp_open(const char *host, int port, int connect);
int ac__udp_open_at(const char *host, int port, const struct sockaddr *sa, int connect,
                    ac_udp **out);

#endif /* AC_IO_MORE_H */
