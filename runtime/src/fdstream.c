/*
 * fdstream.c: descriptors the program already has, as streams and servers.
 * `await ac_stream_open(fd)` wraps stdin, stdout, a pipe, a TTY or a
 * connected socket (one inherited from systemd socket activation, or one
 * end of a socketpair) as an ac_stream, read and written with the stream
 * calls; `await ac_serve_fd(fd, handler)` serves connections on an inherited
 * listening socket; ac_listen_fds() reads systemd's LISTEN_PID/LISTEN_FDS.
 *
 * What libuv handle wraps the descriptor follows uv_guess_handle: a TCP
 * socket is a uv_tcp_t (uv_tcp_open); pipes, FIFOs, Unix sockets and TTYs
 * are a uv_pipe_t (uv_pipe_open). A TTY is not a uv_tty_t because the
 * stream's handle union has no room for one (uv_tty_t is the largest
 * handle, and every connection would pay for it); what uv_tty_init adds
 * that matters here is that it reopens the terminal, so that making the
 * descriptor non-blocking does not change it for the other processes that
 * share the terminal (the shell): that is done here the same way (the
 * reopened terminal is dup2'ed over fd). Raw mode (uv_tty_set_mode) is
 * not offered.
 *
 * Never suspends, but is awaited so that its errors are raised like every
 * other I/O error. The stream owns fd from then on: ac_close closes it. On
 * an error fd is left open.
 *
 * Layer: leaves (neither call ever waits; docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

/* The first descriptor systemd passes (sd_listen_fds(3)). */
#define AC__LISTEN_FDS_START 3

/* A TTY reopened by its name over fd, as uv_tty_init does: a file
 * description of its own. Failing that, fd is used as it is. */
static void ac__tty_reopen(int fd) {
    char path[256];
    int mode, fdflags, nfd;

#ifdef TIOCGPTN
    int ptn;
    if (ioctl(fd, TIOCGPTN, &ptn) == 0)
        return; /* a pseudo-terminal's master: reopening /dev/ptmx makes a new one */
#endif
    if (ttyname_r(fd, path, sizeof path) != 0)
        return;
    if ((mode = fcntl(fd, F_GETFL)) == -1 || (fdflags = fcntl(fd, F_GETFD)) == -1)
        return;
    if ((nfd = open(path, (mode & O_ACCMODE) | O_NOCTTY | O_CLOEXEC)) < 0)
        return;
    if (dup2(nfd, fd) >= 0)
        (void)fcntl(fd, F_SETFD, fdflags); /* fd's close-on-exec flag as it was */
    close(nfd);
}

/* ac_write_eof on a descriptor that is not a socket (a pipe, a FIFO, a
 * TTY): shutdown(2) does not apply (AC_ENOTSOCK), and what ends the stream
 * for the reader is closing this end, as asyncio's write_eof() on a pipe
 * does. The descriptor cannot be closed under libuv's handle, so a
 * read-only /dev/null is put in its place (dup2): the pipe's end is
 * released, and a write after the half-close fails (AC_EBADF). eof.c calls
 * this once the writes queued before the half-close are done. */
int ac__fd_stream_eof(ac_stream *s) {
    uv_os_fd_t fd;
    int nul, rc = 0;
    if (uv_fileno(&s->u.h, &fd) != 0)
        return AC_EBADF;
    if ((nul = open("/dev/null", O_RDONLY | O_CLOEXEC)) < 0)
        return -errno;
    if (dup2(nul, fd) < 0)
        rc = -errno;
    close(nul);
    return rc;
}

/* The stream type of fd: AC__STREAM_TCP or _PIPE, or a negative error. */
static int ac__fd_stream_type(int fd) {
    switch (uv_guess_handle(fd)) {
    case UV_TCP:
        return AC__STREAM_TCP;
    case UV_NAMED_PIPE:
        return AC__STREAM_PIPE;
    case UV_TTY:
        ac__tty_reopen(fd);
        return AC__STREAM_PIPE;
    default: /* a regular file, a UDP socket, a closed descriptor */
        return fcntl(fd, F_GETFD) == -1 ? AC_EBADF : AC_EINVAL;
    }
}

int ac_stream_open__resume(void *frame, ac_task *task) {
    ac_stream_open__frame *f = frame;
    ac_loop *l = ac__cur;
    ac_stream *s;
    int type, rc;

    if (f->io.w.w.state != 0)
        return AC__DONE;
    f->io.w.w.state = AC__IO_OVER;
    if (task == NULL || l == NULL || f->fd < 0)
        return ac__raise(task, f->fd < 0 ? AC_EBADF : AC_EINVAL);
    if ((type = ac__fd_stream_type(f->fd)) < 0)
        return ac__raise(task, type);
    if ((s = ac__stream_new(l, type, &rc)) == NULL)
        return ac__raise(task, rc);
    rc = type == AC__STREAM_TCP ? uv_tcp_open(&s->u.tcp, f->fd) : uv_pipe_open(&s->u.pipe, f->fd);
    if (rc != 0) { /* not adopted: closing the handle leaves fd open */
        ac__stream_close(s);
        return ac__raise(task, rc);
    }
    f->ac__ret = s;
    return AC__DONE;
}

AC__IO_DESC_RET(ac_stream_open, ac_stream_open__frame);

ac_task *ac_stream_open(int fd) {
    ac_task *t = ac__coro_new(&ac_stream_open__desc);
    if (t != NULL)
        ac_stream_open__init(ac__frame(t), fd);
    return t;
}

/* ------------------------------------------------------------------------- */
/* systemd socket activation                                                  */
/* ------------------------------------------------------------------------- */

/* A decimal number that is all of s, in [0, INT_MAX]; -1 otherwise. */
static long ac__env_number(const char *s) {
    char *end;
    long v;
    if (s == NULL || *s < '0' || *s > '9')
        return -1;
    v = strtol(s, &end, 10);
    return *end != '\0' || v > INT_MAX ? -1 : v;
}

int ac_listen_fds(void) {
    long pid = ac__env_number(getenv("LISTEN_PID"));
    long n = ac__env_number(getenv("LISTEN_FDS"));
    /* LISTEN_PID says the descriptors are for this process, not for a child
     * that inherited the environment. */
    if (pid != (long)getpid() || n <= 0 || n > INT_MAX - AC__LISTEN_FDS_START)
        return 0;
    return (int)n;
}

int ac_serve_fd__resume(void *frame, ac_task *task) {
    ac_serve_fd__frame *f = frame;
    ac_loop *l = ac__cur;
    ac__serve__frame sf;
    int type, listening = 0, rc;
    socklen_t len = sizeof listening;

    if (f->io.w.w.state != 0)
        return AC__DONE;
    f->io.w.w.state = AC__IO_OVER;
    if (task == NULL || l == NULL || f->handler == NULL)
        return ac__raise(task, AC_EINVAL);
    if (f->fd < 0)
        return ac__raise(task, AC_EBADF);
    if (getsockopt(f->fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0)
        return ac__raise(task, errno == ENOTSOCK ? AC_ENOTSOCK : AC_EBADF);
    if (!listening)
        return ac__raise(task, AC_EINVAL);
    if ((type = ac__fd_stream_type(f->fd)) < 0)
        return ac__raise(task, type);
    memset(&sf, 0, sizeof sf);
    sf.handler = f->handler;
    rc = ac__server_listen_fd(l, type, NULL, NULL, f->fd, &sf, &f->ac__ret);
    return rc != 0 ? ac__raise(task, rc) : AC__DONE;
}

AC__IO_DESC_RET(ac_serve_fd, ac_serve_fd__frame);

ac_task *ac_serve_fd(int fd, ac_handler handler) {
    ac_task *t = ac__coro_new(&ac_serve_fd__desc);
    if (t != NULL)
        ac_serve_fd__init(ac__frame(t), fd, handler);
    return t;
}
