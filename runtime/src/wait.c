/*
 * wait.c: the handle-wait leaf, `await <handle>` (ac__wait__resume): a task
 * waits for a task or a future to end, or runs a coroutine object in place
 * ("awaiting a coroutine object runs it in the current task"). Split from
 * task.c: passing a pending cancellation on to the awaited handle (asyncio's
 * _must_cancel) calls ac_cancel (cancel.c), which itself calls task.c.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

/* ------------------------------------------------------------------------- */
/* await <handle>                                                             */
/* ------------------------------------------------------------------------- */

static int ac__wait_outcome(ac_task *h, ac_task *task) {
    if (h->state == AC__S_FAILED) {
        h->flags |= AC__F_READ;
        return ac__raise_from(task, h);
    }
    return AC__DONE;
}

/* Whether c is the task itself or one of the coroutine objects its chain runs:
 * waiting for it would wait forever. */
static bool ac__in_chain(ac_task *task, ac_task *c) {
    ac_task *x = task->u.co.link;
    if (c == task)
        return true;
    if (c->kind != AC__K_CORO) /* a future is in no chain */
        return false;
    while (x != NULL && x != task) {
        if (x == c)
            return true;
        x = x->u.co.link;
    }
    return false;
}

static __attribute__((noinline)) int ac__wait_slow(ac__wait__frame *f, ac_task *task);

int ac__wait__resume(void *frame, ac_task *task) {
    ac__wait__frame *f = frame;
    ac_task *h = f->h;
    ac_loop *l;

    /* The common cases: woken by h's completion with a result; or h done
     * before the await (no suspension at all). */
    if (f->w.state == AC__WS_JOINED) {
        if (!(task->flags & AC__F_CANCEL) && h->state == AC__S_DONE) {
            ac__waiter_set(&f->w, AC__WAIT_NONE, AC__WS_OVER);
            if (--h->refs == 0) /* ac_release: the wait's reference */
                ac__free(h);
            return AC__DONE;
        }
    } else if (f->w.state == 0 && h != NULL && task != NULL && (l = ac__cur) != NULL) {
        if (h->state == AC__S_DONE)
            return AC__DONE;
        /* A plain future, pending, and no cancellation to pass on: wait. (With
         * AC_DEBUG, the slow path, which checks that h is of this loop.) */
        if (h->kind == AC__K_FUTURE && h->state == AC__S_PENDING && !(task->flags & AC__F_CANCEL) &&
            !l->debug) {
            h->refs++; /* whatever the awaiting code does, h outlives the wait */
            /* ac__waiters_add (task.c) inline, h known to be a future */
            if (h->waiters != NULL) {
                task->q.next = h->waiters->next;
                h->waiters->next = &task->q;
                if (!(h->flags & AC__F_LISTED))
                    ac__futures_link(l, h);
            } else {
                /* the first waiter: not listed (a listed future has waiters) */
                task->q.next = &task->q;
                ac__futures_link(l, h);
            }
            h->waiters = &task->q;
            ac__waiter_set(&f->w, AC__WAIT_HANDLE, AC__WS_JOINED);
            task->u.co.wait = &f->w;
            return AC__SUSPEND;
        }
    }
    return ac__wait_slow(f, task);
}

static int ac__wait_slow(ac__wait__frame *f, ac_task *task) {
    ac_task *h = f->h;
    ac_loop *l = ac__cur;
    int rc;

    switch (f->w.state) {
    case 0:
        if (h == NULL && task != NULL && ac__oom) {
            /* the handle awaited could not be made: report why */
            ac__oom = false;
            return ac__raise(task, AC_ENOMEM);
        }
        if (h == NULL || task == NULL || l == NULL)
            return ac__raise(task, AC_EINVAL);
        if (ac__done(h)) /* no suspension at all */
            return ac__wait_outcome(h, task);
        if (ac__foreign(h)) /* its waiter list and references are another thread's */
            return ac__raise(task, ac_error(AC_EINVAL, "awaited a handle of another loop: "
                                                       "use ac_xfuture_of/ac_xfuture_wrap"));
        if (h->kind == AC__K_CORO && h->state == AC__S_NEW) {
            /* Runs it in this task, now: the trampoline sees the new innermost
             * coroutine object and resumes it before returning to the loop. */
            h->state = AC__S_PENDING;
            ac__push(task, h);
            f->w.kind = AC__WAIT_HANDLE;
            f->w.state = AC__WS_NESTED;
            return AC__SUSPEND;
        }
        if (ac__in_chain(task, h)) {
            ac__debug_warn(h, "task '%s' awaits '%s', which can only end after it",
                           ac_name(task), ac_name(h));
            return ac__raise(task, AC_EINVAL);
        }
        h->refs++; /* whatever the awaiting code does, h outlives the wait */
        ac__waiters_add(l, h, &task->q);
        f->w.kind = AC__WAIT_HANDLE;
        f->w.state = AC__WS_JOINED;
        task->u.co.wait = &f->w;
        if ((task->flags & AC__F_CANCEL) && ac_cancel(h))
            task->flags &= ~AC__F_CANCEL; /* asyncio: _must_cancel moves to the awaited */
        return AC__SUSPEND;
    case AC__WS_NESTED:
        f->w.kind = AC__WAIT_NONE;
        f->w.state = AC__WS_OVER;
        return ac__wait_outcome(h, task);
    case AC__WS_JOINED:
        f->w.kind = AC__WAIT_NONE;
        f->w.state = AC__WS_OVER;
        if (task->flags & AC__F_CANCEL) {
            /* h ended (woke us), then we were cancelled: the cancel wins, and
             * h's error counts as read, as asyncio's __wakeup reads it
             * (future.result()) before __step throws CancelledError. */
            if (h->state == AC__S_FAILED)
                h->flags |= AC__F_READ;
            task->flags &= ~AC__F_CANCEL;
            rc = ac__raise(task, AC_ECANCELED);
        } else if (!ac__done(h)) {
            rc = ac__raise(task, AC_EINVAL); /* woken early: cannot happen */
        } else {
            rc = ac__wait_outcome(h, task);
        }
        if (--h->refs == 0) /* ac_release: the wait's reference */
            ac__free(h);
        return rc;
    default:
        return ac__wait_outcome(h, task);
    }
}
