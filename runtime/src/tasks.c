/*
 * tasks.c: introspection of a loop's tasks (issue 13): asyncio's
 * all_tasks(), and cancel with a message (asyncio's task.cancel(msg)).
 * Layer: tools (plain calls over the core; nothing here waits).
 *
 * A message travels as the message of the error AC_ECANCELED: it is recorded
 * on the handle (its ext's msg, for the code AC_ECANCELED) before the
 * cancellation is requested, and the runtime's error machinery does the rest
 * (error.c): raising AC_ECANCELED at the task's await keeps a message
 * recorded for that code, a catch makes it what ac_error_message() reads,
 * and a task that awaits the cancelled one raises its error with its message
 * (ac__raise_from). As asyncio's cancel(msg) passes msg on to the future the
 * task waits for, the message is recorded on each handle of the chain the
 * cancellation is forwarded along (a task waiting for a task waiting for a
 * future...).
 *
 * Layer: tools (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>
#include <string.h>

int ac_all_tasks(ac_loop *l, ac_task **out, size_t n) {
    ac__vec v = {0};
    size_t i;
    int err;

    if (l == NULL)
        l = ac__cur;
    if (l == NULL || (out == NULL && n > 0))
        return AC_EINVAL;
    if ((err = ac__pending_tasks(l, &v)) != 0) {
        ac__vec_free(&v);
        return err;
    }
    if (v.n > INT32_MAX) {
        ac__vec_free(&v);
        return AC_EOVERFLOW;
    }
    for (i = 0; i < v.n && i < n; i++)
        out[i] = v.v[i];
    err = (int)v.n;
    ac__vec_free(&v);
    return err;
}

/* The handle a pending task waits for (the cancellation goes on to it), or
 * NULL: as task.c's ac__waited_handle, a task woken already (queued) or
 * running waits for nothing. */
static ac_task *ac__awaited(ac_task *t) {
    ac__waiter *w;
    if (t->kind != AC__K_CORO || ac__done(t) || (t->flags & AC__F_QUEUED) ||
        (ac__cur != NULL && ac__cur->current == t))
        return NULL;
    w = t->u.co.wait;
    if (w == NULL || w->kind != AC__WAIT_HANDLE)
        return NULL;
    return ((ac__wait__frame *)(void *)w)->h;
}

/* A nested coroutine object stands for the task that runs it. */
static ac_task *ac__msg_target(ac_task *h) {
    if (h->kind == AC__K_CORO && h->state != AC__S_NEW && !(h->flags & AC__F_TASK))
        return ac__root_of(h);
    return h;
}

enum { AC__MSG_CHAIN = 32 }; /* handles a message is recorded on, at most */

int ac_cancel_msg(ac_task *h, const char *msg) {
    ac_task *chain[AC__MSG_CHAIN];
    char *copies[AC__MSG_CHAIN];
    size_t n = 0, i, len;
    ac_task *t;

    if (msg == NULL || h == NULL || ac__done(h))
        return ac_cancel(h);
    for (t = ac__msg_target(h); t != NULL && !ac__done(t) && n < AC__MSG_CHAIN;
         t = ac__awaited(t)) {
        for (i = 0; i < n && chain[i] != t; i++)
            ;
        if (i < n) /* a cycle of tasks waiting for each other */
            break;
        t = ac__msg_target(t);
        chain[n++] = t;
    }
    /* Everything that can fail first: out of memory, nothing is changed. */
    len = strlen(msg) + 1;
    for (i = 0; i < n; i++) {
        if ((copies[i] = malloc(len)) == NULL || ac__ext_get(chain[i]) == NULL) {
            free(copies[i]);
            while (i-- > 0)
                free(copies[i]);
            return AC_ENOMEM;
        }
        memcpy(copies[i], msg, len);
    }
    for (i = 0; i < n; i++) {
        ac__ext *e = chain[i]->ext;
        free(e->msg);
        e->msg = copies[i];
        e->msg_code = AC_ECANCELED;
    }
    return ac_cancel(h);
}

const char *ac_cancel_message(const ac_task *h) {
    if (h == NULL || h->ext == NULL || h->ext->msg == NULL || h->ext->msg_code != AC_ECANCELED)
        return NULL;
    return h->ext->msg;
}
