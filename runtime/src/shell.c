/*
 * shell.c: two ways of starting a child on top of process.c's
 * ac_process_spawn. `await ac_process_shell(cmd, &opts)` runs cmd with
 * /bin/sh -c, as asyncio.create_subprocess_shell (the command line is the
 * shell's to parse: quoting untrusted text into it is the caller's job).
 * `await ac_process_spawn_detached(argv, &opts)` starts a child in a session
 * of its own (libuv's UV_PROCESS_DETACHED, setsid(2)): signals to the
 * parent's process group or terminal do not reach it, and it outlives the
 * parent (any child does, unless it is killed: ac_process_free does not
 * kill). Both give an ac_process *
 * (pipes, ac_process_wait, ac_process_kill, ac_process_free as usual).
 */
#include "io.h"

/* Runs the spawn frame embedded in f and takes its result. */
static int ac__spawn_more(ac__spawn_more__frame *f, ac_task *task) {
    int rc = ac_process_spawn__resume(&f->sp, task); /* never suspends */
    if (rc == AC__DONE)
        f->ac__ret = f->sp.ac__ret;
    return rc;
}

int ac_process_shell__resume(void *frame, ac_task *task) {
    ac_process_shell__frame *f = frame;
    if (f->sp.io.w.w.state == 0) {
        if (f->cmd == NULL) {
            f->sp.io.w.w.state = AC__IO_OVER;
            return ac__raise(task, AC_EINVAL);
        }
        f->argv[0] = (char *)"/bin/sh";
        f->argv[1] = (char *)"-c";
        f->argv[2] = (char *)(uintptr_t)f->cmd;
        f->argv[3] = NULL;
        f->sp.argv = f->argv;
    }
    return ac__spawn_more(f, task);
}

int ac_process_spawn_detached__resume(void *frame, ac_task *task) {
    return ac__spawn_more(frame, task);
}

AC__IO_DESC_RET(ac_process_shell, ac_process_shell__frame);
AC__IO_DESC_RET(ac_process_spawn_detached, ac_process_spawn_detached__frame);

ac_task *ac_process_shell(const char *cmd, const ac_process_options *opts) {
    ac_task *t = ac__coro_new(&ac_process_shell__desc);
    if (t != NULL)
        ac_process_shell__init(ac__frame(t), cmd, opts);
    return t;
}

ac_task *ac_process_spawn_detached(char *const argv[], const ac_process_options *opts) {
    ac_task *t = ac__coro_new(&ac_process_spawn_detached__desc);
    if (t != NULL)
        ac_process_spawn_detached__init(ac__frame(t), argv, opts);
    return t;
}
