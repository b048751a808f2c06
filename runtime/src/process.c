/*
 * process.c: child processes. `await ac_process_spawn(argv, &opts)` starts
 * argv[0] (searched in PATH, as execvp) and gives an ac_process *, whose
 * stdin, stdout and stderr may be pipes (ac_stream *, read and written with
 * the stream calls); `await ac_process_wait(p)` gives its exit status, or -N
 * when signal N killed it (asyncio's returncode); ac_process_free(p) frees it.
 *
 * Spawning never suspends (libuv's uv_spawn is synchronous) but is awaited,
 * so that its errors (AC_ENOENT, AC_EACCES, ...) are raised like every other
 * I/O error, as asyncio's create_subprocess_exec is awaited.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <stdlib.h>
#include <string.h>

struct ac_process {
    ac__obj obj;
    uv_process_t h;
    ac_loop *loop;
    ac_stream *stdio[3];       /* the parent's ends of pipes; NULL once closed */
    bool exited;
    bool freed;                /* ac_process_free was called: free on exit */
    int status;                /* exit status, or -signal */
    ac__iolink waiters;        /* ac_process_wait__frame.wl */
};

static void ac__process_on_close(uv_handle_t *h) { free(h->data); }

/* Closes the handle (the child no longer running, or the loop closing). */
static void ac__process_close(ac_process *p) {
    int i;
    ac__dlink_remove(&p->obj.link);
    for (i = 0; i < 3; i++) /* streams live on as objects of their own */
        if (p->stdio[i] != NULL) {
            p->stdio[i]->backref = NULL;
            p->stdio[i] = NULL;
        }
    uv_close((uv_handle_t *)&p->h, ac__process_on_close);
}

static void ac__process_kill_obj(ac__obj *o) {
    ac__process_close(ac__container_of(o, ac_process, obj));
}

static void ac__process_on_exit(uv_process_t *h, int64_t exit_status, int term_signal) {
    ac_process *p = h->data;
    p->exited = true;
    p->status = term_signal != 0 ? -term_signal : (int)exit_status;
    while (!ac__iolist_empty(&p->waiters)) {
        ac_process_wait__frame *f = ac__container_of(p->waiters.next, ac_process_wait__frame, wl);
        ac__iolink_remove(&f->wl);
        f->ac__ret = p->status;
        ac__io_wake(&f->io, 0);
    }
    if (p->freed)
        ac__process_close(p);
}

ac_stream *ac_process_stdin(ac_process *p) { return p != NULL ? p->stdio[0] : NULL; }
ac_stream *ac_process_stdout(ac_process *p) { return p != NULL ? p->stdio[1] : NULL; }
ac_stream *ac_process_stderr(ac_process *p) { return p != NULL ? p->stdio[2] : NULL; }
int ac_process_pid(const ac_process *p) { return p != NULL ? p->h.pid : 0; }

int ac_process_kill(ac_process *p, int signum) {
    if (p == NULL || p->freed)
        return AC_EINVAL;
    if (p->exited)
        return AC_ESRCH;
    return uv_process_kill(&p->h, signum);
}

void ac_process_free(ac_process *p) {
    int i;
    if (p == NULL || p->freed)
        return;
    p->freed = true;
    for (i = 0; i < 3; i++)
        if (p->stdio[i] != NULL)
            ac__stream_close(p->stdio[i]); /* clears p->stdio[i] */
    /* A task still waiting for it (a misuse) gets AC_EINVAL. */
    while (!ac__iolist_empty(&p->waiters)) {
        ac_process_wait__frame *f = ac__container_of(p->waiters.next, ac_process_wait__frame, wl);
        ac__iolink_remove(&f->wl);
        f->p = NULL;
        ac__io_wake(&f->io, AC_EINVAL);
    }
    if (p->exited)
        ac__process_close(p);
    /* else: kept until the child exits, to reap it */
}

/* ------------------------------------------------------------------------- */
/* ac_process_spawn                                                           */
/* ------------------------------------------------------------------------- */

int ac_process_spawn__resume(void *frame, ac_task *task) {
    ac_process_spawn__frame *f = frame;
    ac_loop *l = ac__cur;
    uv_process_options_t o;
    uv_stdio_container_t stdio[3];
    ac_process *p;
    int i, rc;

    if (f->io.w.w.state != 0)
        return AC__DONE;
    f->io.w.w.state = AC__IO_OVER;
    if (task == NULL || l == NULL || f->argv == NULL || f->argv[0] == NULL)
        return ac__raise(task, AC_EINVAL);
    if (ac__io_get(l) == NULL)
        return ac__raise(task, AC_ENOMEM);
    p = calloc(1, sizeof *p);
    if (p == NULL)
        return ac__raise(task, AC_ENOMEM);
    p->loop = l;
    ac__iolist_init(&p->waiters);
    ac__dlink_init(&p->obj.link);
    p->obj.kill = ac__process_kill_obj;
    memset(stdio, 0, sizeof stdio);
    rc = 0;
    for (i = 0; i < 3 && rc == 0; i++) {
        int mode = f->opts != NULL ? f->opts->stdio[i] : AC_STDIO_INHERIT;
        ac_stream *s;
        switch (mode) {
        case AC_STDIO_INHERIT:
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = i;
            break;
        case AC_STDIO_NULL:
            stdio[i].flags = UV_IGNORE; /* libuv opens /dev/null */
            break;
        case AC_STDIO_PIPE:
            s = ac__stream_new(l, AC__STREAM_PIPE, &rc);
            if (s == NULL)
                break;
            p->stdio[i] = s;
            s->backref = &p->stdio[i];
            /* The child's point of view: it reads its stdin, writes the others. */
            stdio[i].flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
            stdio[i].data.stream = &s->u.s;
            break;
        default:
            rc = AC_EINVAL;
            break;
        }
    }
    if (rc == 0) {
        memset(&o, 0, sizeof o);
        o.exit_cb = ac__process_on_exit;
        o.file = f->argv[0];
        o.args = (char **)f->argv;
        o.env = f->opts != NULL ? (char **)f->opts->env : NULL;
        o.cwd = f->opts != NULL ? f->opts->cwd : NULL;
        o.stdio_count = 3;
        o.stdio = stdio;
        o.flags = f->detached ? UV_PROCESS_DETACHED : 0; /* ac__spawn's (shell.ac) */
        rc = uv_spawn(&l->uv, &p->h, &o);
        p->h.data = p;
        if (rc != 0) {
            for (i = 0; i < 3; i++)
                if (p->stdio[i] != NULL)
                    ac__stream_close(p->stdio[i]);
            /* uv_spawn initialised the handle before it failed: close it. */
            uv_close((uv_handle_t *)&p->h, ac__process_on_close);
            return ac__raise(task, rc);
        }
    } else {
        for (i = 0; i < 3; i++)
            if (p->stdio[i] != NULL)
                ac__stream_close(p->stdio[i]);
        free(p);
        return ac__raise(task, rc);
    }
    ac__io_add_obj(l, &p->obj);
    f->ac__ret = p;
    return AC__DONE;
}

AC__IO_DESC_RET(ac_process_spawn, ac_process_spawn__frame);

ac_task *ac_process_spawn(char *const argv[], const ac_process_options *opts) {
    ac_task *t = ac__coro_new(&ac_process_spawn__desc);
    if (t != NULL)
        ac_process_spawn__init(ac__frame(t), argv, opts);
    return t;
}

/* ------------------------------------------------------------------------- */
/* ac_process_wait                                                            */
/* ------------------------------------------------------------------------- */

static void ac__pwait_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_process_wait__frame *f = (ac_process_wait__frame *)(void *)x;
    (void)task;
    ac__io_cancel_wait(&f->io, NULL, &f->wl);
}

int ac_process_wait__resume(void *frame, ac_task *task) {
    ac_process_wait__frame *f = frame;
    ac_loop *l = ac__cur;
    ac_process *p = f->p;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || p == NULL || p->freed)
            return ac__raise(task, AC_EINVAL);
        if (p->exited) {
            f->ac__ret = p->status;
            return AC__DONE;
        }
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        if (ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        ac__iolist_append(&p->waiters, &f->wl);
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__pwait_cancel);
    case AC__IO_WAITING:
        return ac__io_end_wait(&f->io, task, NULL, &f->wl);
    default:
        return AC__DONE;
    }
}

AC__IO_DESC_RET(ac_process_wait, ac_process_wait__frame);

int ac__spawn__resume(void *frame, ac_task *task) { return ac_process_spawn__resume(frame, task); }
AC__IO_DESC_RET(ac__spawn, ac__spawn__frame);

ac_task *ac__spawn(char *const argv[], const ac_process_options *opts, int detached) {
    ac_task *t = ac__coro_new(&ac__spawn__desc);
    if (t != NULL)
        ac__spawn__init(ac__frame(t), argv, opts, detached);
    return t;
}

ac_task *ac_process_wait(ac_process *p) {
    ac_task *t = ac__coro_new(&ac_process_wait__desc);
    if (t != NULL)
        ac_process_wait__init(ac__frame(t), p);
    return t;
}
