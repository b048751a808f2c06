/*
 * gather.c: ac_gather and ac_gather_settled, asyncio.gather (without and with
 * return_exceptions). Layer: leaves. A gather is a future that
 * done callbacks complete, not a state machine: nothing here waits (its
 * awaiter waits on it as on any handle), so there is nothing to write in
 * Async C.
 *
 * One allocation: the future's header, then one callback node per child. A
 * child's node sits in the child's waiter list, so a child's completion
 * schedules it like any done callback (a later pass); the node that sees the
 * last child (or, unless settled, the first failure) completes the gather,
 * whose awaiter then wakes on the pass after: asyncio's order exactly.
 *
 * The gather keeps a reference on itself until every node has run, because
 * its nodes stay in the children's lists after a first failure completed it.
 *
 * Layer: composite (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>
#include <string.h>

static int ac__gather_cancel(ac_task *gh);
static void ac__gather_free(ac_task *gh);

/* An ac__rt_desc: what ac__free and ac_cancel do to a gather (task.c and
 * future.c call these hooks, below gather.c's layer). */
static const ac__rt_desc ac__gather_desc = {
    .d = {.name = "gather", .file = __FILE__, .line = __LINE__, .flags = AC__DESC_RT},
    .free = ac__gather_free,
    .cancel = ac__gather_cancel};

typedef struct ac__gather ac__gather;

typedef struct ac__gather_kid {
    ac__cb cb;
    ac__gather *g;
    ac_task *h; /* a reference, dropped when the gather is freed */
} ac__gather_kid;

struct ac__gather {
    ac_task hdr;
    uint32_t n, left; /* children, and children whose node has not run */
    ac__gather_kid kids[];
};

static void ac__gather_kid_run(ac_loop *l, ac__cb *cb, int how) {
    ac__gather_kid *kid = (ac__gather_kid *)cb;
    ac__gather *g = kid->g;
    ac_task *h = kid->h;
    (void)l;

    if (how == AC__CB_RUN && h->state == AC__S_FAILED)
        h->flags |= AC__F_READ; /* the gather took it (or had ended: ignored, as asyncio) */
    if (how == AC__CB_RUN && !ac__done(&g->hdr)) {
        if (h->state == AC__S_FAILED && !(g->hdr.flags & AC__F_SETTLED)) {
            if (h->err != AC_ECANCELED) /* its message and traceback come along */
                (void)ac__raise_from(&g->hdr, h);
            ac__complete(&g->hdr, h->err);
        }
        else if (g->left == 1)
            ac__complete(&g->hdr, (g->hdr.flags & AC__F_CANCEL_REQ) ? AC_ECANCELED : 0);
    }
    if (--g->left == 0)
        ac_release(&g->hdr); /* its reference to itself */
}

/* A gather over n handles on l; settled: never fails, waits for all. */
static ac_task *ac__gather_new(ac_loop *l, size_t n, ac_task *const hs[], bool settled) {
    ac__gather *g;
    size_t i;

    if (l == NULL || (n != 0 && hs == NULL) || n > UINT32_MAX / 2)
        return NULL;
    for (i = 0; i < n; i++)
        if (hs[i] == NULL)
            return NULL;
    g = malloc(sizeof *g + n * sizeof g->kids[0]);
    if (g == NULL) {
        ac__oom = true;
        return NULL;
    }
    memset(&g->hdr, 0, sizeof g->hdr);
    g->hdr.q.desc = &ac__gather_desc.d;
    g->hdr.refs = 1;
    g->hdr.kind = AC__K_GATHER;
    g->hdr.state = AC__S_PENDING;
    g->hdr.flags = settled ? AC__F_SETTLED : 0;
    ac__dlink_init(&g->hdr.u.fut.link);
    g->n = g->left = (uint32_t)n;
    if (ac__debug_on())
        ac__debug_track(&g->hdr, "ac_gather", 0);
    if (n == 0) {
        ac__complete(&g->hdr, 0);
        return &g->hdr;
    }
    g->hdr.refs++;
    for (i = 0; i < n; i++) {
        ac__gather_kid *kid = &g->kids[i];
        ac_task *h = ac_spawn(hs[i]); /* coroutine objects become tasks, in order */
        kid->cb.q.desc = &ac__cb_desc;
        kid->cb.run = ac__gather_kid_run;
        kid->g = g;
        kid->h = ac_retain(h);
        if (ac__done(h))
            ac__ready_push(l, &kid->cb.q); /* add_done_callback on a done future */
        else
            ac__waiters_add(l, h, &kid->cb.q);
    }
    return &g->hdr;
}

ac_task *ac_gather(size_t n, ac_task *const hs[]) {
    return ac__gather_new(ac__cur, n, hs, false);
}

ac_task *(ac_gather_settled)(size_t n, ac_task *const hs[]) {
    return ac__gather_new(ac__cur, n, hs, true);
}

/* asyncio's _GatheringFuture.cancel: cancels the children; only if one of
 * them took it does the gather end cancelled whatever they do. */
static int ac__gather_cancel(ac_task *gh) {
    ac__gather *g = (ac__gather *)gh;
    int r = 0;
    uint32_t i;

    if (ac__done(gh))
        return 0;
    for (i = 0; i < g->n; i++)
        if (!ac__done(g->kids[i].h) && ac_cancel(g->kids[i].h))
            r = 1;
    if (r)
        gh->flags |= AC__F_CANCEL_REQ;
    return r;
}

static void ac__gather_free(ac_task *gh) {
    ac__gather *g = (ac__gather *)gh;
    uint32_t i;
    for (i = 0; i < g->n; i++)
        ac_release(g->kids[i].h);
}

/* dump.c (issue 14): the children of gather g, up to cap of them in out;
 * returns how many it has. */
size_t ac__gather_children(ac_task *g, ac_task **out, size_t cap) {
    ac__gather *gg = (ac__gather *)g;
    for (size_t i = 0; i < gg->n && i < cap; i++)
        out[i] = gg->kids[i].h;
    return gg->n;
}
