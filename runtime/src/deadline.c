/*
 * deadline.c: ac_deadline, a deadline over a block of awaits (issue 13):
 * asyncio's timeout()/timeout_at() (asyncio.Timeout, 3.11), trio's cancel
 * scopes with a deadline. Layer: core (an alarm and its callback, and the
 * task's count of cancellation requests; nothing here waits, so nothing to
 * write in Async C).
 *
 *     ac_deadline d;
 *     ac_deadline_enter(&d, 0.5);
 *     try {
 *         await ...;                 // cancelled when the deadline passes
 *     } finally {
 *         ac_deadline_leave(&d);     // that cancellation leaves as AC_ETIMEDOUT
 *     }
 *
 * Entering arms an alarm on the loop (combine.c's ac__alarm). When it goes
 * off the deadline cancels its task (ac_cancel, so the await the task is
 * suspended at raises AC_ECANCELED, and a task or future it awaits is
 * cancelled too), as asyncio's Timeout does. Leaving disarms the alarm; if
 * the deadline went off, it withdraws its own cancellation request, and when
 * no other request came (the task's count of cancellation requests, asyncio's
 * cancelling()/uncancel(), is back to what it was at the entry) the
 * AC_ECANCELED in flight becomes AC_ETIMEDOUT: leave rewrites the error that
 * the finally (or catch) block it is called from handles, which that block
 * raises again at its end. So nested deadlines work out as asyncio's: the
 * innermost that went off turns the cancellation into a timeout at its own
 * end; an outer one that went off counts one request more, which the inner
 * scope sees and lets through as a cancellation; a cancellation from
 * outside the task stays a cancellation.
 *
 * The count of requests lives in the task's ext (ac__ext.cancel_requests,
 * counted by ac_cancel, task.c), which entering makes if needed. Entering
 * allocates everything leaving needs: the ext, room for the record of the
 * error the finally block handles (ac__deadline_reserve) and the alarm; any
 * failing makes enter return AC_ENOMEM with no deadline set.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <math.h>
#include <stdlib.h>

enum { D_OFF = 0, D_ENTERED, D_EXPIRING, D_EXPIRED, D_LEFT };

/* The alarm went off (or the loop closed first: then the frame holding d may
 * be gone already, and nothing is touched). */
static void ac__deadline_fire(void *owner, int how) {
    ac_deadline *d = owner;
    if (how != AC__CB_RUN)
        return;
    d->ac__alarm = NULL; /* freed by combine.c after this call */
    if (d->ac__state != D_ENTERED)
        return;
    d->ac__state = D_EXPIRING;
    ac_cancel(d->ac__task);
}

/* Arms d's alarm for `when` (seconds, loop clock); INFINITY or NaN: none. */
static int ac__deadline_arm(ac_deadline *d, double when) {
    struct ac__alarm *a = NULL;
    if (when == when && when != INFINITY) {
        uint64_t ns = when <= 0 ? 0 : ac__seconds_to_ns(when);
        if ((a = ac__alarm_new(ac__cur, ns, ac__deadline_fire, d)) == NULL)
            return AC_ENOMEM;
    }
    if (d->ac__alarm != NULL)
        ac__alarm_cancel(ac__cur, d->ac__alarm);
    d->ac__alarm = a;
    d->ac__when = when == when ? when : INFINITY;
    return 0;
}

/* Room for the record of the error that the scope's finally block will
 * handle (error.c's stack of errors being handled, which never shrinks): when
 * that block is entered, the records of the blocks inside the scope are gone,
 * so one slot beyond those of the entry is enough. Without it, out of memory
 * there, the cancellation could not be turned into a timeout. */
static int ac__deadline_reserve(ac__ext *e) {
    uint32_t cap = e->hs_cap;
    ac__handled_err *hs;
    if (cap > e->hs_len)
        return 0;
    cap = cap != 0 ? cap * 2 : 4;
    if ((hs = realloc(e->hs, cap * sizeof *hs)) == NULL)
        return AC_ENOMEM;
    e->hs = hs;
    e->hs_cap = cap;
    return 0;
}

int ac_deadline_enter_at(ac_deadline *d, double when) {
    ac_task *t = ac_current();
    ac__ext *e;
    int err;

    if (d == NULL)
        return AC_EINVAL;
    d->ac__state = D_OFF;
    d->ac__alarm = NULL;
    d->ac__task = NULL;
    d->ac__when = INFINITY;
    if (t == NULL)
        return AC_EINVAL;
    if ((e = ac__ext_get(t)) == NULL || ac__deadline_reserve(e) != 0)
        return AC_ENOMEM;
    d->ac__task = t;
    d->ac__base = e->cancel_requests;
    d->ac__depth = e->hs_len;
    if ((err = ac__deadline_arm(d, when)) != 0)
        return err;
    d->ac__state = D_ENTERED;
    return 0;
}

int ac_deadline_enter(ac_deadline *d, double seconds) {
    if (seconds != seconds || seconds == INFINITY)
        return ac_deadline_enter_at(d, INFINITY);
    return ac_deadline_enter_at(d, ac_time() + seconds);
}

int ac_deadline_reschedule(ac_deadline *d, double when) {
    if (d == NULL || d->ac__state != D_ENTERED)
        return AC_EINVAL; /* asyncio: RuntimeError, expiring or left */
    return ac__deadline_arm(d, when);
}

double ac_deadline_when(const ac_deadline *d) { return d != NULL ? d->ac__when : INFINITY; }

int ac_deadline_expired(const ac_deadline *d) {
    return d != NULL && (d->ac__state == D_EXPIRING || d->ac__state == D_EXPIRED);
}

/* The deadline went off and its request was the last one: the cancellation
 * it caused becomes a timeout. Returns AC_ETIMEDOUT, or 0 when the block
 * ended another way (it swallowed the cancellation). */
static int ac__deadline_convert(ac_deadline *d, ac_task *t, ac__ext *e) {
    if (e->hs_len > d->ac__depth && e->hs[e->hs_len - 1].code == AC_ECANCELED) {
        ac__handled_err *r = &e->hs[e->hs_len - 1];
        r->code = AC_ETIMEDOUT;
        if (r->msg != NULL) { /* a cancel message does not describe a timeout */
            free(r->msg);
            r->msg = NULL;
            r->msg_code = 0;
        }
        return AC_ETIMEDOUT;
    }
    /* Not delivered yet (the block ended without awaiting again): withdrawn,
     * as asyncio 3.13's uncancel() does. */
    t->flags &= ~AC__F_CANCEL;
    return 0;
}

int ac_deadline_leave(ac_deadline *d) {
    ac_task *t;
    ac__ext *e;

    if (d == NULL || d->ac__state == D_OFF || d->ac__state == D_LEFT || d->ac__state == D_EXPIRED)
        return 0;
    if (d->ac__alarm != NULL) {
        ac__alarm_cancel(ac__cur, d->ac__alarm);
        d->ac__alarm = NULL;
    }
    if (d->ac__state == D_ENTERED) {
        d->ac__state = D_LEFT;
        return 0;
    }
    d->ac__state = D_EXPIRED;
    t = d->ac__task;
    e = t->ext;
    if (e->cancel_requests > 0)
        e->cancel_requests--;
    if (e->cancel_requests > d->ac__base)
        return 0; /* someone else cancelled the task too: a cancellation */
    return ac__deadline_convert(d, t, e);
}
