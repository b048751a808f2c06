/*
 * xthread.h: what xthread.c (the inbox, ac_remote, ac_xfuture) and workers.c
 * share. Internal. (ac_loop_close reaches the inbox through l->xq_part.)
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#ifndef AC_XTHREAD_H
#define AC_XTHREAD_H

#include "ac-int.h"

typedef struct ac__xwait ac__xwait;

/* Any thread: appends cb to r's inbox and wakes its loop: cb->run(l, cb,
 * AC__CB_RUN) on that loop's thread, in the order posted, or AC__CB_DROP if
 * the loop closes first. AC_ESHUTDOWN once the loop has closed (cb stays the
 * caller's). */
int ac__remote_post(ac_remote *r, ac__cb *cb);
/* A pending ac_xfuture with no loop behind it (one reference). */
ac_xfuture *ac__xfuture_new(void);
/* Any thread: completes x with err, or with a copy of size bytes at value.
 * Only the first call counts. */
void ac__xfuture_complete(ac_xfuture *x, int err, const void *value, size_t size);

/* tcp.c, for ac_workers_serve (workers.c), on l's thread. A listening
 * server on the bound socket fd (which it owns from then on, also on
 * failure); handoff(ctx, fd), when not NULL, is offered each connection's
 * socket first. */
int ac__server_open_fd(ac_loop *l, int fd, ac_handler_arg handler, void *arg,
                       bool (*handoff)(void *ctx, int fd), void *ctx, ac_server **out);
/* A server without a listening socket, for connections handed over. */
int ac__server_idle(ac_loop *l, ac_handler_arg handler, void *arg, ac_server **out);
/* Runs srv's handler on the connected socket fd (owned from then on). */
int ac__server_take_fd(ac_server *srv, int fd);

#endif /* AC_XTHREAD_H */
