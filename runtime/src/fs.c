/*
 * fs.c: whole files on libuv's thread pool. `await ac_read_file(path, &data,
 * &len)` gives a malloc'd buffer (NUL-terminated, the terminator not counted
 * in len) that the caller frees with free(); `await ac_write_file(path, data,
 * len)` creates or truncates path (mode 0666 less the umask) and writes it.
 *
 * Each call is one operation record that its libuv callbacks drive through
 * open, (fstat,) read or write, close. The thread pool only ever touches the
 * record's own memory: a write copies the caller's bytes into the record a
 * chunk at a time, so cancelling never leaves a thread reading the caller's
 * buffer. Cancelling calls uv_cancel on the request in flight and detaches
 * the record; its callback then closes the file if it is open and frees it.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#define AC__FS_CHUNK (256 * 1024)

enum { AC__FS_OPEN, AC__FS_STAT, AC__FS_READ, AC__FS_WRITE, AC__FS_CLOSE, AC__FS_DONE };

typedef struct ac__fs_op {
    uv_fs_t req;
    ac__file__frame *f;        /* NULL once detached */
    ac_loop *loop;
    bool writing;
    int stage;
    uv_file fd;
    int err;
    char *data;                /* read: what came; write: the chunk */
    size_t len, cap;
    size_t done;               /* write: bytes written */
} ac__fs_op;

static void ac__fs_step(uv_fs_t *req);

static void ac__fs_free(ac__fs_op *op) {
    free(op->data);
    free(op);
}

/* Closes the file (if open), then finishes. */
static void ac__fs_finish(ac__fs_op *op) {
    int rc;
    if (op->fd >= 0) {
        op->stage = AC__FS_CLOSE;
        rc = uv_fs_close(&op->loop->uv, &op->req, op->fd, ac__fs_step);
        op->fd = -1;
        if (rc == 0)
            return;
    }
    op->stage = AC__FS_DONE;
    if (op->f == NULL) {
        ac__fs_free(op);
        return;
    }
    ac__io_wake(&op->f->io, op->err);
}

/* Starts the next request of op; false when there is none (finished). */
static void ac__fs_next(ac__fs_op *op) {
    uv_loop_t *uv = &op->loop->uv;
    uv_buf_t b;
    int rc;

    if (op->f == NULL || op->err != 0) {
        ac__fs_finish(op);
        return;
    }
    switch (op->stage) {
    case AC__FS_STAT:
        rc = uv_fs_fstat(uv, &op->req, op->fd, ac__fs_step);
        break;
    case AC__FS_READ:
        if (op->cap - op->len < 4096 + 1) { /* room for a chunk and the NUL */
            size_t cap = op->cap * 2 > op->len + AC__FS_CHUNK ? op->cap * 2 : op->len + AC__FS_CHUNK;
            char *nd = realloc(op->data, cap);
            if (nd == NULL) {
                op->err = AC_ENOMEM;
                ac__fs_finish(op);
                return;
            }
            op->data = nd;
            op->cap = cap;
        }
        b = uv_buf_init(op->data + op->len, (unsigned)(op->cap - op->len - 1));
        rc = uv_fs_read(uv, &op->req, op->fd, &b, 1, -1, ac__fs_step);
        break;
    case AC__FS_WRITE: {
        size_t k = op->f->len - op->done;
        if (k == 0) {
            ac__fs_finish(op);
            return;
        }
        if (k > AC__FS_CHUNK)
            k = AC__FS_CHUNK;
        memcpy(op->data, (const char *)op->f->src + op->done, k);
        b = uv_buf_init(op->data, (unsigned)k);
        rc = uv_fs_write(uv, &op->req, op->fd, &b, 1, -1, ac__fs_step);
        break;
    }
    default:
        ac__fs_finish(op);
        return;
    }
    if (rc != 0) {
        op->err = rc;
        ac__fs_finish(op);
    }
}

static void ac__fs_step(uv_fs_t *req) {
    ac__fs_op *op = ac__container_of(req, ac__fs_op, req);
    ssize_t r = req->result;
    int stage = op->stage;

    if (stage == AC__FS_STAT && r == 0) {
        uint64_t size = req->statbuf.st_size;
        /* The size it has now, plus room to see the end; files that grow or
         * report 0 (/proc) are read on until read() gives 0. */
        if (size < SIZE_MAX / 2 && size + 4097 > op->cap) {
            char *nd = realloc(op->data, (size_t)size + 4097);
            if (nd != NULL) {
                op->data = nd;
                op->cap = (size_t)size + 4097;
            }
        }
    }
    uv_fs_req_cleanup(req);
    if (stage == AC__FS_CLOSE) {
        if (r < 0 && op->err == 0)
            op->err = (int)r;
        op->stage = AC__FS_DONE;
        if (op->f == NULL)
            ac__fs_free(op);
        else
            ac__io_wake(&op->f->io, op->err);
        return;
    }
    if (r < 0) {
        op->err = (int)r; /* UV_ECANCELED after uv_cancel: nobody waits */
        ac__fs_finish(op);
        return;
    }
    switch (stage) {
    case AC__FS_OPEN:
        op->fd = (uv_file)r;
        op->stage = op->writing ? AC__FS_WRITE : AC__FS_STAT;
        break;
    case AC__FS_STAT:
        op->stage = AC__FS_READ;
        break;
    case AC__FS_READ:
        if (r == 0) { /* the end */
            op->data[op->len] = '\0';
            ac__fs_finish(op);
            return;
        }
        op->len += (size_t)r;
        break;
    case AC__FS_WRITE:
        op->done += (size_t)r;
        break;
    }
    ac__fs_next(op);
}

static void ac__fs_detach(ac__file__frame *f) {
    ac__fs_op *op = f->op;
    if (op == NULL)
        return;
    f->op = NULL;
    if (op->stage == AC__FS_DONE) { /* finished, not taken */
        ac__fs_free(op);
        return;
    }
    op->f = NULL;
    /* Stops it while it waits for a thread; otherwise its callback sees that
     * nobody waits, closes the file and frees op. A close is let run. */
    if (op->stage != AC__FS_CLOSE)
        uv_cancel((uv_req_t *)&op->req);
}

static void ac__fs_cancel(ac__waiter_ex *x, ac_task *task) {
    ac__file__frame *f = (ac__file__frame *)(void *)x;
    (void)task;
    ac__iolink_remove(&f->io.link);
    ac__fs_detach(f);
    ac__io_wake(&f->io, AC_ECANCELED);
}

static int ac__file_resume(void *frame, ac_task *task, bool writing) {
    ac__file__frame *f = frame;
    ac_loop *l = ac__cur;
    ac__fs_op *op;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || f->path == NULL ||
            (writing ? (f->src == NULL && f->len != 0) : (f->data == NULL || f->lenp == NULL)))
            return ac__raise(task, AC_EINVAL);
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        if (ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        op = calloc(1, sizeof *op);
        if (op != NULL)
            op->data = malloc(writing ? AC__FS_CHUNK : 4096 + 1);
        if (op == NULL || op->data == NULL) {
            free(op);
            return ac__raise(task, AC_ENOMEM);
        }
        op->cap = writing ? AC__FS_CHUNK : 4096 + 1;
        op->f = f;
        op->loop = l;
        op->writing = writing;
        op->fd = -1;
        op->stage = AC__FS_OPEN;
        rc = uv_fs_open(&l->uv, &op->req, f->path,
                        writing ? O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC : O_RDONLY | O_CLOEXEC,
                        0666, ac__fs_step);
        if (rc != 0) {
            ac__fs_free(op);
            return ac__raise(task, rc);
        }
        f->op = op;
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__fs_cancel);
    case AC__IO_WAITING:
        f->io.w.w.state = AC__IO_OVER;
        if (ac__io_resumed(&f->io, task)) {
            ac__fs_detach(f);
            return ac__raise(task, AC_ECANCELED);
        }
        op = f->op;
        f->op = NULL;
        rc = op->err;
        if (rc == 0 && !writing) {
            *f->data = op->data; /* the caller's now */
            *f->lenp = op->len;
            op->data = NULL;
        }
        ac__fs_free(op);
        return rc != 0 ? ac__raise(task, rc) : AC__DONE;
    default:
        return AC__DONE;
    }
}

int ac_read_file__resume(void *frame, ac_task *task) { return ac__file_resume(frame, task, false); }
int ac_write_file__resume(void *frame, ac_task *task) { return ac__file_resume(frame, task, true); }

AC__IO_DESC(ac_read_file, ac__file__frame);
AC__IO_DESC(ac_write_file, ac__file__frame);

ac_task *ac_read_file(const char *path, char **data, size_t *len) {
    ac_task *t = ac__coro_new(&ac_read_file__desc);
    if (t != NULL)
        ac_read_file__init(ac__frame(t), path, data, len);
    return t;
}

ac_task *ac_write_file(const char *path, const void *data, size_t len) {
    ac_task *t = ac__coro_new(&ac_write_file__desc);
    if (t != NULL)
        ac_write_file__init(ac__frame(t), path, data, len);
    return t;
}
