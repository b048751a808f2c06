/*
 * thread.c: ac_to_thread, asyncio.to_thread on libuv's thread pool.
 *
 * The libuv request lives in a small heap record (ac__job), never in the
 * frame: the frame belongs to the awaiting task and may be gone (cancelled,
 * its task destroyed) before the job ends. While the leaf waits, job->f points
 * back at it; cancelling the wait detaches the record (job->f = NULL) and
 * tries uv_cancel, which succeeds only for a job that has not started (it then
 * never runs, as a cancelled concurrent.futures job). Either way the
 * after-work callback runs later on the loop thread, owns the record, and
 * frees it; the result of a detached job is dropped. ac_loop_close runs libuv
 * until the jobs still running have finished.
 *
 * Layer: leaves (one wait: the job's after-work callback; docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>

typedef struct ac__job ac__job;
struct ac__job {
    uv_work_t req;
    void *(*fn)(void *);
    void *arg;
    void *result;
    ac_to_thread__frame *f; /* NULL once detached */
    ac_task *task;
};

enum { TT_START = 0, TT_WAIT = 1, TT_OVER = 2 };

static void ac__job_work(uv_work_t *req) {
    ac__job *job = req->data;
    job->result = job->fn(job->arg);
}

static void ac__job_done(uv_work_t *req, int status) {
    ac__job *job = req->data;
    ac_to_thread__frame *f = job->f;

    if (f != NULL) {
        f->ac__ret = status == 0 ? job->result : NULL;
        f->job = NULL;
        ac__wake(job->task);
    }
    free(job);
}

/* Detaches the job from its leaf; a job not started yet is called off. */
static void ac__job_detach(ac_to_thread__frame *f) {
    ac__job *job = f->job;
    if (job == NULL)
        return;
    job->f = NULL;
    f->job = NULL;
    (void)uv_cancel((uv_req_t *)&job->req);
}

static void ac__to_thread_hook(ac__waiter_ex *x, ac_task *task) {
    ac_to_thread__frame *f = (ac_to_thread__frame *)(void *)x;
    ac__unpark(&f->lf.pk);
    ac__job_detach(f);
    ac__wake(task);
}

int ac_to_thread__resume(void *frame, ac_task *task) {
    ac_to_thread__frame *f = frame;
    ac_loop *l = ac__cur;
    ac__job *job;
    int err;

    switch (f->lf.w.w.state) {
    case TT_START:
        if (f->fn == NULL || task == NULL || l == NULL)
            return ac__raise(task, AC_EINVAL);
        job = malloc(sizeof *job);
        if (job == NULL)
            return ac__raise(task, AC_ENOMEM);
        job->req.data = job;
        job->fn = f->fn;
        job->arg = f->arg;
        job->result = NULL;
        job->f = f;
        job->task = task;
        err = uv_queue_work(&l->uv, &job->req, ac__job_work, ac__job_done);
        if (err != 0) {
            free(job);
            return ac__raise(task, err);
        }
        f->job = job;
        f->lf.w.w.state = TT_WAIT;
        return ac__suspend_custom(task, &f->lf.w, ac__to_thread_hook, &f->lf.pk);
    case TT_WAIT:
        f->lf.w.w.state = TT_OVER;
        if (ac__resumed_custom(&f->lf.w, &f->lf.pk, task)) {
            /* cancelled, or its result came and the task was cancelled before
             * it ran: the result is dropped */
            ac__job_detach(f);
            f->ac__ret = NULL;
            return ac__raise(task, AC_ECANCELED);
        }
        if (f->job != NULL) { /* woken early: cannot happen */
            ac__job_detach(f);
            return ac__raise(task, AC_EINVAL);
        }
        return AC__DONE;
    default:
        return ac__raise(task, AC_EINVAL);
    }
}

static const ac__desc ac_to_thread__desc = {
    .resume = ac_to_thread__resume,
    .name = "ac_to_thread",
    .file = __FILE__,
    .line = __LINE__,
    .frame_size = sizeof(ac_to_thread__frame),
    .ret_offset = offsetof(ac_to_thread__frame, ac__ret),
    .ret_size = sizeof(void *),
};

ac_task *ac_to_thread(void *(*fn)(void *), void *arg) {
    ac_task *t = ac__coro_new(&ac_to_thread__desc);
    if (t != NULL)
        ac_to_thread__init(ac__frame(t), fn, arg);
    return t;
}
