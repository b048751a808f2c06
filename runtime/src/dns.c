/*
 * dns.c: the resolver (libuv's getaddrinfo, on its thread pool): the leaf
 * ac_getaddrinfo (one query; connect.ac, serve.ac and udp.ac await it), and
 * what the composites ask of addresses (ac__is_ip, ac__hints).
 *
 * A query record is the callback's: the leaf that waits only points at it.
 * Cancelling the wait calls uv_cancel (which works while the query waits for
 * a thread) and detaches the record; whichever way the callback then runs
 * (UV_EAI_CANCELED or an answer), it frees the answer and the record.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool ac__parse_ip(const char *host, int port, struct sockaddr_storage *ss) {
    memset(ss, 0, sizeof *ss);
    if (host == NULL)
        return false;
    if (uv_ip4_addr(host, port, (struct sockaddr_in *)ss) == 0)
        return true;
    /* uv_ip6_addr accepts "fe80::1%eth0" (a scope) too. */
    if (strchr(host, ':') != NULL && uv_ip6_addr(host, port, (struct sockaddr_in6 *)ss) == 0)
        return true;
    return false;
}

/* A query: the callback's record; the leaf that waits only points at it. */
typedef struct ac__dns_op {
    uv_getaddrinfo_t req;
    ac__io_leaf *leaf;         /* who waits; NULL once detached */
    int status;
    bool done;
    struct addrinfo *res;
} ac__dns_op;

int ac__is_ip(const char *host) {
    struct sockaddr_storage ss;
    return ac__parse_ip(host, 0, &ss);
}

const ac_addrinfo *ac__hints(int socktype, int passive) {
    static const struct addrinfo stream = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM};
    static const struct addrinfo stream_passive = {
        .ai_flags = AI_PASSIVE, .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM};
    static const struct addrinfo dgram = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM};
    static const struct addrinfo dgram_passive = {
        .ai_flags = AI_PASSIVE, .ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM};
    if (socktype == SOCK_DGRAM)
        return passive ? &dgram_passive : &dgram;
    return passive ? &stream_passive : &stream;
}

static void ac__dns_on_done(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
    ac__dns_op *op = ac__container_of(req, ac__dns_op, req);
    if (op->leaf == NULL) { /* nobody waits any more */
        if (res != NULL)
            uv_freeaddrinfo(res);
        free(op);
        return;
    }
    op->done = true;
    op->status = status;
    op->res = res;
    if (status == 0 && res == NULL)
        op->status = UV_EAI_NONAME;
    ac__io_wake(op->leaf, op->status);
}

/* Starts a query whose answer wakes leaf f. hints NULL: any family,
 * SOCK_STREAM. Returns 0 or a negative error. */
static int ac__dns_start(ac_loop *l, ac__io_leaf *f, const char *host, const char *service,
                         const struct addrinfo *hints, ac__dns_op **out) {
    struct addrinfo h;
    ac__dns_op *op;
    int rc;

    if (hints == NULL) {
        memset(&h, 0, sizeof h);
        h.ai_family = AF_UNSPEC;
        h.ai_socktype = SOCK_STREAM;
        hints = &h;
    }
    op = calloc(1, sizeof *op);
    if (op == NULL)
        return AC_ENOMEM;
    op->leaf = f;
    /* libuv copies host, service and hints. */
    rc = uv_getaddrinfo(&l->uv, &op->req, ac__dns_on_done, host, service, hints);
    if (rc != 0) {
        free(op);
        return rc;
    }
    *out = op;
    return 0;
}

/* The answer of a completed query (the op is freed); *status its error. */
static struct addrinfo *ac__dns_take(ac__dns_op *op, int *status) {
    struct addrinfo *res = op->res;
    *status = op->status;
    free(op);
    if (*status != 0 && res != NULL) {
        uv_freeaddrinfo(res);
        res = NULL;
    }
    return res;
}

/* Gives up a query: cancels it if libuv still can; its callback frees it. */
static void ac__dns_detach(ac__dns_op *op) {
    if (op->done) { /* answered, not taken: ours to free */
        if (op->res != NULL)
            uv_freeaddrinfo(op->res);
        free(op);
        return;
    }
    op->leaf = NULL;
    /* Succeeds while the query waits for a thread; otherwise the answer comes
     * and the callback drops it. Either way the callback frees op. */
    uv_cancel((uv_req_t *)&op->req);
}

/* A leaf woken from its wait on query *op: 0 and the answer in *res, or an
 * error (AC_ECANCELED when the leaf was cancelled; the query is then dropped).
 * Either way *op is consumed and set to NULL. */
static int ac__dns_answer(ac__io_leaf *f, ac_task *task, ac__dns_op **op, struct addrinfo **res) {
    int rc;
    *res = NULL;
    if (ac__io_resumed(f, task)) {
        if (*op != NULL)
            ac__dns_detach(*op);
        *op = NULL;
        return AC_ECANCELED;
    }
    *res = ac__dns_take(*op, &rc);
    *op = NULL;
    return rc;
}

void ac_addrinfo_free(ac_addrinfo *ai) {
    if (ai != NULL)
        uv_freeaddrinfo(ai);
}

/* ------------------------------------------------------------------------- */
/* ac_getaddrinfo                                                             */
/* ------------------------------------------------------------------------- */

static void ac__gai_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_getaddrinfo__frame *f = (ac_getaddrinfo__frame *)(void *)x;
    (void)task;
    ac__iolink_remove(&f->io.link);
    if (f->dns != NULL) {
        ac__dns_detach(f->dns);
        f->dns = NULL;
    }
    ac__io_wake(&f->io, AC_ECANCELED);
}

int ac_getaddrinfo__resume(void *frame, ac_task *task) {
    ac_getaddrinfo__frame *f = frame;
    ac_loop *l = ac__cur;
    struct addrinfo *res;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL)
            return ac__raise(task, AC_EINVAL);
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        if (ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        rc = ac__dns_start(l, &f->io, f->host, f->service, f->hints, &f->dns);
        if (rc != 0)
            return ac__raise(task, rc);
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__gai_cancel);
    case AC__IO_WAITING:
        f->io.w.w.state = AC__IO_OVER;
        rc = ac__dns_answer(&f->io, task, &f->dns, &res);
        if (rc != 0)
            return ac__raise(task, rc);
        f->ac__ret = res;
        return AC__DONE;
    default:
        return AC__DONE;
    }
}

AC__IO_DESC_RET(ac_getaddrinfo, ac_getaddrinfo__frame);

ac_task *ac_getaddrinfo(const char *host, const char *service, const ac_addrinfo *hints) {
    ac_task *t = ac__coro_new(&ac_getaddrinfo__desc);
    if (t != NULL)
        ac_getaddrinfo__init(ac__frame(t), host, service, hints);
    return t;
}
