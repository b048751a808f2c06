/*
 * file.c: files with a position, on libuv's thread pool (fs.c has the
 * whole-file calls). `await ac_file_open(path, "r+")` gives an ac_file *;
 * ac_file_read / ac_file_write work at the position the file keeps (and
 * advance it), ac_file_pread / ac_file_pwrite at an offset, ac_file_seek
 * moves the position, ac_file_stat and ac_stat tell a file's size, mode and
 * times, and `await ac_file_close(f)` closes and frees it. Layer: leaves
 * (primitive: each call is one thread-pool request, one callback).
 *
 * The position lives in the ac_file, not in the descriptor: every read and
 * write is a pread/pwrite at it, so a read cancelled on a thread cannot
 * move it (in "a" modes, O_APPEND puts the writes at the end). One read or
 * write at a time per file: two at once would use the same position.
 *
 * The threads only touch memory of the request record (struct
 * ac__fcall_req): a read lands in the record and is copied out when the
 * task resumes, a write is copied into it (one chunk: ac__file_write_some;
 * fs.ac's ac_file_write and ac_file_pwrite write all the bytes, a chunk at a
 * time). Cancelling
 * detaches the record, and its callback frees it (closing the descriptor of
 * an open that nobody waits for). Each record counts as "in flight" on its
 * file: closing a file with requests still on the pool (cancelled ones)
 * closes it once the last one is back, and ac_file_close returns at once.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

/* The most one read or write request moves. */
#define AC__FILE_CHUNK (1024 * 1024)

struct ac_file {
    ac__obj obj;
    ac_loop *loop;
    uv_file fd;
    int64_t pos;
    bool append;               /* O_APPEND: writes go at the end, not at pos */
    bool closed;               /* ac_file_close or the loop's end: no new calls */
    bool orphan;               /* freed by the last request back from the pool */
    unsigned inflight;         /* request records that point at it */
};

typedef struct ac__fcall_req {
    uv_fs_t req;
    ac__fcall *c;              /* NULL once detached */
    ac_file *file;             /* counted in file->inflight; open: the one to fill */
    bool done;                 /* the callback has run (and r->result holds) */
    int64_t result;            /* bytes, fd, or a negative error */
    size_t cap;                /* bytes of data[] */
    char data[];
} ac__fcall_req;

static void ac__fcall_step(uv_fs_t *req);
static void ac__fcall_orphan(struct ac__fcall_req *r);

/* ------------------------------------------------------------------------- */
/* Files and records                                                          */
/* ------------------------------------------------------------------------- */

/* Closes fd now (on this thread) and frees the file. */
static void ac__file_destroy(ac_file *file) {
    uv_fs_t req;
    if (file->fd >= 0) {
        uv_fs_close(&file->loop->uv, &req, file->fd, NULL); /* synchronous: no callback */
        uv_fs_req_cleanup(&req);
    }
    free(file);
}

static void ac__file_kill(ac__obj *o) {
    ac_file *file = ac__container_of(o, ac_file, obj);
    ac__dlink_remove(&file->obj.link);
    file->closed = true;
    if (file->inflight > 0)
        file->orphan = true;
    else
        ac__file_destroy(file);
}

static void ac__fcall_req_free(ac__fcall_req *r) {
    ac_file *file = r->file;
    if (file != NULL && --file->inflight == 0 && file->orphan)
        ac__file_destroy(file);
    free(r);
}

static ac__fcall_req *ac__fcall_req_new(ac__fcall *c, ac_file *file, size_t cap) {
    ac__fcall_req *r = malloc(sizeof *r + cap);
    if (r == NULL)
        return NULL;
    memset(r, 0, sizeof *r);
    r->c = c;
    r->cap = cap;
    r->file = file;
    if (file != NULL)
        file->inflight++;
    return r;
}

/* ------------------------------------------------------------------------- */
/* Requests                                                                   */
/* ------------------------------------------------------------------------- */

/* Starts a write of the r->cap bytes at c->src (copied into r). 0 or an error. */
static int ac__fcall_write(ac__fcall_req *r) {
    ac__fcall *c = r->c;
    uv_buf_t b;
    memcpy(r->data, c->src, r->cap);
    b = uv_buf_init(r->data, (unsigned)r->cap);
    return uv_fs_write(&r->file->loop->uv, &r->req, r->file->fd, &b, 1, c->off, ac__fcall_step);
}

static void ac__fcall_step(uv_fs_t *req) {
    ac__fcall_req *r = ac__container_of(req, ac__fcall_req, req);
    ssize_t res = req->result;
    ac__fcall *c = r->c;

    if (req->fs_type != UV_FS_STAT && req->fs_type != UV_FS_FSTAT)
        uv_fs_req_cleanup(req); /* stat: the resume reads statbuf, then cleans up */
    r->done = true;
    r->result = (int64_t)res;
    if (req->fs_type == UV_FS_CLOSE && res != UV_ECANCELED)
        r->file->fd = -1; /* released, even when close(2) reports an error */
    if (c != NULL)
        ac__io_wake(&c->io, 0);
    else
        ac__fcall_orphan(r);
}

/* A record nobody waits for any more, its callback run: an open's
 * descriptor is closed (the file it made is destroyed with the record). */
static void ac__fcall_orphan(ac__fcall_req *r) {
    if (r->req.fs_type == UV_FS_OPEN) {
        if (r->result >= 0)
            r->file->fd = (uv_file)r->result;
        r->file->orphan = true;
    } else if (r->req.fs_type == UV_FS_STAT || r->req.fs_type == UV_FS_FSTAT) {
        uv_fs_req_cleanup(&r->req);
    }
    ac__fcall_req_free(r);
}

/* The open flags of an fopen mode; -1 for a bad one. */
static int ac__file_flags(const char *mode) {
    int acc, flags;
    const char *p;
    bool plus = false, excl = false;

    if (mode == NULL)
        return -1;
    switch (mode[0]) {
    case 'r': acc = O_RDONLY; flags = 0; break;
    case 'w': acc = O_WRONLY; flags = O_CREAT | O_TRUNC; break;
    case 'a': acc = O_WRONLY; flags = O_CREAT | O_APPEND; break;
    case 'x': acc = O_WRONLY; flags = O_CREAT | O_EXCL; break;
    default: return -1;
    }
    for (p = mode + 1; *p != '\0'; p++) {
        if (*p == '+' && !plus)
            plus = true;
        else if (*p == 'x' && !excl && mode[0] != 'r' && mode[0] != 'x')
            excl = true;
        else if (*p != 'b' && *p != 'e')
            return -1;
    }
    return (plus ? O_RDWR : acc) | flags | (excl ? O_EXCL : 0) | O_CLOEXEC;
}

static void ac__fcall_cancel(ac__waiter_ex *x, ac_task *task) {
    ac__fcall *c = (ac__fcall *)(void *)x;
    (void)task;
    ac__iolink_remove(&c->io.link);
    if (c->req != NULL) { /* the record is its callback's now */
        c->req->c = NULL;
        if (!c->req->done)
            uv_cancel((uv_req_t *)&c->req->req);
        else /* done, not taken: nobody else will free it */
            ac__fcall_orphan(c->req);
        c->req = NULL;
    }
    ac__io_wake(&c->io, AC_ECANCELED);
}

/* Starts the request of c. 0, an error (nothing left behind), or 1: done
 * without a request (a close without the memory for one). */
static int ac__fcall_start(ac_loop *l, ac__fcall *c) {
    ac_file *file = c->f;
    uv_loop_t *uv = &l->uv;
    ac__fcall_req *r;
    uv_buf_t b;
    int flags = 0, rc;
    size_t cap = 0;

    switch (c->op) {
    case AC__FILE_OPEN:
        if ((flags = ac__file_flags(c->mode)) < 0)
            return AC_EINVAL;
        if ((file = calloc(1, sizeof *file)) == NULL)
            return AC_ENOMEM;
        file->fd = -1;
        file->loop = l;
        break;
    case AC__FILE_READ:
    case AC__FILE_PREAD:
        cap = c->n < AC__FILE_CHUNK ? c->n : AC__FILE_CHUNK;
        break;
    case AC__FILE_WRITE:
    case AC__FILE_PWRITE:
        cap = c->n < AC__FILE_CHUNK ? c->n : AC__FILE_CHUNK;
        break;
    default:
        break;
    }
    if ((r = ac__fcall_req_new(c, file, cap)) == NULL) {
        if (c->op == AC__FILE_OPEN)
            free(file);
        if (c->op == AC__FILE_CLOSE) { /* closed all the same, on this thread */
            ac__file_destroy(file);
            return 1;
        }
        return AC_ENOMEM;
    }
    switch (c->op) {
    case AC__FILE_OPEN:
        rc = uv_fs_open(uv, &r->req, c->path, flags, 0666, ac__fcall_step);
        break;
    case AC__FILE_READ:
    case AC__FILE_PREAD:
        b = uv_buf_init(r->data, (unsigned)cap);
        rc = uv_fs_read(uv, &r->req, file->fd, &b, 1, c->op == AC__FILE_READ ? file->pos : c->off,
                        ac__fcall_step);
        break;
    case AC__FILE_WRITE:
    case AC__FILE_PWRITE:
        rc = ac__fcall_write(r);
        break;
    case AC__FILE_SEEK:
    case AC__FILE_FSTAT:
        rc = uv_fs_fstat(uv, &r->req, file->fd, ac__fcall_step);
        break;
    case AC__FILE_STAT:
        rc = uv_fs_stat(uv, &r->req, c->path, ac__fcall_step);
        break;
    default: /* AC__FILE_CLOSE */
        rc = uv_fs_close(uv, &r->req, file->fd, ac__fcall_step);
        break;
    }
    if (rc != 0) {
        ac__fcall_req_free(r);
        if (c->op == AC__FILE_OPEN)
            free(file);
        return rc;
    }
    c->req = r;
    return 0;
}

static void ac__file_info_of(const uv_stat_t *st, ac_file_info *out) {
    memset(out, 0, sizeof *out);
    out->size = (int64_t)st->st_size;
    out->mode = (uint32_t)st->st_mode;
    out->nlink = (uint32_t)st->st_nlink;
    out->ino = st->st_ino;
    out->dev = st->st_dev;
    out->uid = (uint32_t)st->st_uid;
    out->gid = (uint32_t)st->st_gid;
    out->mtime = (double)st->st_mtim.tv_sec + (double)st->st_mtim.tv_nsec / 1e9;
}

/* The outcome of c's request, its record freed. AC__DONE or AC__FAIL. */
static int ac__fcall_finish(ac__fcall *c, ac_task *task) {
    ac__fcall_req *r = c->req;
    int64_t res = r->result;
    ac_file *file = r->file;
    int err = res < 0 ? (int)res : 0;

    c->req = NULL;
    if (err == 0) {
        switch (c->op) {
        case AC__FILE_OPEN:
            file->fd = (uv_file)res;
            file->append = (fcntl(file->fd, F_GETFL) & O_APPEND) != 0;
            file->obj.kill = ac__file_kill;
            ac__io_add_obj(file->loop, &file->obj);
            c->f = file;
            break;
        case AC__FILE_READ:
        case AC__FILE_PREAD:
            if (res > 0)
                memcpy(c->buf, r->data, (size_t)res);
            if (c->op == AC__FILE_READ)
                file->pos += res;
            c->res = res;
            break;
        case AC__FILE_WRITE:
        case AC__FILE_PWRITE:
            if (c->op == AC__FILE_WRITE && !file->append)
                file->pos += res;
            c->res = res;
            break;
        case AC__FILE_SEEK:
            if (r->req.statbuf.st_size > (uint64_t)INT64_MAX - (uint64_t)(c->off > 0 ? c->off : 0) ||
                (int64_t)r->req.statbuf.st_size + c->off < 0)
                err = AC_EINVAL;
            else
                file->pos = c->res = (int64_t)r->req.statbuf.st_size + c->off;
            break;
        case AC__FILE_FSTAT:
        case AC__FILE_STAT:
            ac__file_info_of(&r->req.statbuf, c->info);
            break;
        default:
            break;
        }
    }
    if (c->op == AC__FILE_STAT || c->op == AC__FILE_FSTAT || c->op == AC__FILE_SEEK)
        uv_fs_req_cleanup(&r->req);
    if (c->op == AC__FILE_OPEN) { /* the file is the caller's now, or freed */
        r->file = NULL;
        file->inflight--;
        if (err != 0)
            free(file);
    }
    ac__fcall_req_free(r); /* a close: destroys the file (orphan), fd released */
    return err != 0 ? ac__raise(task, err) : AC__DONE;
}

/* What needs no request: checks, the position moves, a close that waits
 * for records still out. AC__DONE, AC__FAIL, or -1: start a request. */
static int ac__fcall_now(ac__fcall *c, ac_task *task) {
    ac_file *file = c->f;
    int64_t pos;

    if (c->op == AC__FILE_OPEN || c->op == AC__FILE_STAT)
        return c->path == NULL || (c->op == AC__FILE_STAT && c->info == NULL)
                   ? ac__raise(task, AC_EINVAL) : -1;
    if (file == NULL)
        return ac__raise(task, AC_EINVAL);
    if (file->closed)
        return ac__raise(task, AC_EBADF);
    switch (c->op) {
    case AC__FILE_READ:
    case AC__FILE_PREAD:
    case AC__FILE_WRITE:
    case AC__FILE_PWRITE:
        if ((c->n != 0 && (c->op == AC__FILE_READ || c->op == AC__FILE_PREAD ? c->buf == NULL
                                                                            : c->src == NULL)) ||
            ((c->op == AC__FILE_PREAD || c->op == AC__FILE_PWRITE) && c->off < 0))
            return ac__raise(task, AC_EINVAL);
        if (c->op == AC__FILE_WRITE && !file->append)
            c->off = file->pos; /* a pwrite at the position */
        return c->n == 0 ? AC__DONE : -1;
    case AC__FILE_SEEK:
        if (c->whence == SEEK_END)
            return -1;
        if (c->whence != SEEK_SET && c->whence != SEEK_CUR)
            return ac__raise(task, AC_EINVAL);
        if (c->whence == SEEK_CUR && c->off > 0 && file->pos > INT64_MAX - c->off)
            return ac__raise(task, AC_EINVAL);
        pos = c->whence == SEEK_SET ? c->off : file->pos + c->off;
        if (pos < 0)
            return ac__raise(task, AC_EINVAL);
        file->pos = c->res = pos;
        return AC__DONE;
    case AC__FILE_FSTAT:
        return c->info == NULL ? ac__raise(task, AC_EINVAL) : -1;
    case AC__FILE_CLOSE:
        file->closed = true;
        ac__dlink_remove(&file->obj.link);
        /* Freed with the last record back: the close's own, or cancelled
         * requests still on the pool (which close fd then). */
        file->orphan = true;
        return file->inflight > 0 ? AC__DONE : -1;
    default:
        return ac__raise(task, AC_EINVAL);
    }
}

static int ac__fcall_resume(ac__fcall *c, ac_task *task) {
    ac_loop *l = ac__cur;
    int rc;

    switch (c->io.w.w.state) {
    case 0:
        c->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL)
            return ac__raise(task, AC_EINVAL);
        if (ac__io_cancel_pending(task) && c->op != AC__FILE_CLOSE)
            return ac__io_cancel_soon(l, &c->io, task, AC__IO_WAITING);
        if ((rc = ac__fcall_now(c, task)) != -1)
            return rc;
        if (ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        if ((rc = ac__fcall_start(l, c)) != 0)
            return rc == 1 ? AC__DONE : ac__raise(task, rc);
        c->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &c->io, task, ac__fcall_cancel);
    case AC__IO_WAITING:
        c->io.w.w.state = AC__IO_OVER;
        if (ac__io_resumed(&c->io, task)) {
            if (c->req != NULL) { /* woken, then cancelled: the outcome is dropped */
                ac__fcall_req *r = c->req;
                c->req = NULL;
                r->c = NULL;
                ac__fcall_orphan(r);
            }
            return ac__raise(task, AC_ECANCELED);
        }
        return ac__fcall_finish(c, task);
    default:
        return AC__DONE;
    }
}

/* ------------------------------------------------------------------------- */
/* The calls                                                                  */
/* ------------------------------------------------------------------------- */

int ac_file_open__resume(void *frame, ac_task *task) {
    ac_file_open__frame *f = frame;
    int rc = ac__fcall_resume(&f->c, task);
    if (rc == AC__DONE)
        f->ac__ret = f->c.f;
    return rc;
}

static int ac__fcall_size_resume(void *frame, ac_task *task) {
    ac__fcall_size__frame *f = frame;
    int rc = ac__fcall_resume(&f->c, task);
    if (rc == AC__DONE)
        f->ac__ret = (size_t)f->c.res;
    return rc;
}

int ac_file_read__resume(void *frame, ac_task *task) { return ac__fcall_size_resume(frame, task); }
int ac_file_pread__resume(void *frame, ac_task *task) { return ac__fcall_size_resume(frame, task); }
int ac__file_write_some__resume(void *frame, ac_task *task) {
    return ac__fcall_size_resume(frame, task);
}

int ac_file_seek__resume(void *frame, ac_task *task) {
    ac_file_seek__frame *f = frame;
    int rc = ac__fcall_resume(&f->c, task);
    if (rc == AC__DONE)
        f->ac__ret = f->c.res;
    return rc;
}

int ac_file_stat__resume(void *frame, ac_task *task) { return ac__fcall_resume(frame, task); }
int ac_stat__resume(void *frame, ac_task *task) { return ac__fcall_resume(frame, task); }
int ac_file_close__resume(void *frame, ac_task *task) { return ac__fcall_resume(frame, task); }

AC__IO_DESC_RET(ac_file_open, ac_file_open__frame);
AC__IO_DESC_RET(ac_file_read, ac_file_read__frame);
AC__IO_DESC_RET(ac_file_pread, ac_file_pread__frame);
AC__IO_DESC_RET(ac_file_seek, ac_file_seek__frame);
AC__IO_DESC_RET(ac__file_write_some, ac__file_write_some__frame);
AC__IO_DESC(ac_file_stat, ac_file_stat__frame);
AC__IO_DESC(ac_stat, ac_stat__frame);
AC__IO_DESC(ac_file_close, ac_file_close__frame);

ac_task *ac_file_open(const char *path, const char *mode) {
    ac_task *t = ac__coro_new(&ac_file_open__desc);
    if (t != NULL)
        ac_file_open__init(ac__frame(t), path, mode);
    return t;
}
ac_task *ac_file_read(ac_file *f, void *buf, size_t n) {
    ac_task *t = ac__coro_new(&ac_file_read__desc);
    if (t != NULL)
        ac_file_read__init(ac__frame(t), f, buf, n);
    return t;
}
ac_task *ac_file_pread(ac_file *f, void *buf, size_t n, int64_t off) {
    ac_task *t = ac__coro_new(&ac_file_pread__desc);
    if (t != NULL)
        ac_file_pread__init(ac__frame(t), f, buf, n, off);
    return t;
}
ac_task *ac__file_write_some(ac_file *f, int op, const void *buf, size_t n, int64_t off) {
    ac_task *t = ac__coro_new(&ac__file_write_some__desc);
    if (t != NULL)
        ac__file_write_some__init(ac__frame(t), f, op, buf, n, off);
    return t;
}
ac_task *ac_file_seek(ac_file *f, int64_t off, int whence) {
    ac_task *t = ac__coro_new(&ac_file_seek__desc);
    if (t != NULL)
        ac_file_seek__init(ac__frame(t), f, off, whence);
    return t;
}
ac_task *ac_file_stat(ac_file *f, ac_file_info *out) {
    ac_task *t = ac__coro_new(&ac_file_stat__desc);
    if (t != NULL)
        ac_file_stat__init(ac__frame(t), f, out);
    return t;
}
ac_task *ac_stat(const char *path, ac_file_info *out) {
    ac_task *t = ac__coro_new(&ac_stat__desc);
    if (t != NULL)
        ac_stat__init(ac__frame(t), path, out);
    return t;
}
ac_task *ac_file_close(ac_file *f) {
    ac_task *t = ac__coro_new(&ac_file_close__desc);
    if (t != NULL)
        ac_file_close__init(ac__frame(t), f);
    return t;
}
