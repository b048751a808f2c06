/*
 * obs.c: a loop's observability set-up, read from the environment when the
 * loop is made (AC_VIRTUAL_TIME, AC_SLOW_STEP, AC_DUMP_SIGNAL), the pass
 * countdown that lets a loop of ready tasks see the dump signal, and the list
 * of loops the gdb extension (tools/gdb/ac-gdb.py) walks. Split from dump.c:
 * the loop calls these; the dump itself (dump.c, a layer above) is reached
 * through ac__dump_hook, which ac_loop_new (entry.c, on top) sets.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* dump.c's ac__dump_loop, set by ac_loop_new (entry.c: ac__dump_attach),
 * read only when the dump signal comes. */
_Atomic(ac__dump_fn) ac__dump_hook;

/* ------------------------------------------------------------------------- */
/* Per-loop setup: environment, the dump signal, the list of loops            */
/* ------------------------------------------------------------------------- */

/* A loop whose passes always find tasks ready, with no I/O, never polls
 * libuv (loop.c), so the dump signal's handle would not see the signal: such
 * a loop polls once every this many passes while a dump signal is watched
 * (one poll: an epoll_wait that does not wait, a few µs, against passes of
 * at least tens of ns each: under 1% of a busy loop). */
#define AC__DUMP_POLL_PASSES 1024

/* The per-loop record. Its list is what the gdb extension walks to find the
 * loops of a core file (ac__cur is thread-local: not always readable there). */
struct ac__obs {
    uv_signal_t sig;
    bool sig_init; /* sig is a libuv handle (closed with the loop) */
    ac_loop *l;
    struct ac__obs *prev, *next;
};
struct ac__obs *ac__obs_loops; /* read by tools/gdb/ac-gdb.py */
static pthread_mutex_t ac__obs_mutex = PTHREAD_MUTEX_INITIALIZER;

/* AC_DUMP_SIGNAL: "USR1", "SIGUSR1" or a number; 0 when unset or unknown. */
static int ac__signal_number(const char *s) {
    static const struct {
        const char *name;
        int num;
    } names[] = {{"USR1", SIGUSR1}, {"USR2", SIGUSR2}, {"HUP", SIGHUP},  {"QUIT", SIGQUIT},
                 {"INT", SIGINT},   {"TERM", SIGTERM}, {"WINCH", SIGWINCH}, {"PWR", SIGPWR}};
    char *end;
    long n;

    if (s == NULL || *s == '\0')
        return 0;
    if (strncmp(s, "SIG", 3) == 0)
        s += 3;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0)
            return names[i].num;
    n = strtol(s, &end, 10);
    return *end == '\0' && n > 0 && n < 65 ? (int)n : 0;
}

static void ac__on_dump_signal(uv_signal_t *h, int signum) {
    struct ac__obs *o = h->data;
    ac_loop *prev = ac__cur;
    ac__dump_fn dump = atomic_load_explicit(&ac__dump_hook, memory_order_relaxed);
    (void)signum;
    if (dump == NULL) {
        return; /* a loop made without ac_loop_new: none is */
    }
    ac__cur = o->l; /* it is already, while the loop runs */
    dump(o->l, stderr);
    ac__cur = prev;
}

static bool ac__env_on(const char *name) {
    const char *s = getenv(name);
    return s != NULL && *s != '\0' && strcmp(s, "0") != 0;
}

void ac__obs_loop_init(ac_loop *l) {
    const char *slow = getenv("AC_SLOW_STEP");
    const char *sig = getenv("AC_DUMP_SIGNAL");
    struct ac__obs *o;
    int signum;

    l->pass_left = 1; /* the first pass sets the countdown (ac__pass_rearm) */
    l->pass_end = 1;
    l->age_c = atomic_load_explicit(&ac__task_counter, memory_order_relaxed);
    l->age_t = ac__loop_now(l); /* age.c: the first checkpoint */
    l->vtime = ac__env_on("AC_VIRTUAL_TIME");
    if (slow != NULL && *slow != '\0') {
        double s = strtod(slow, NULL);
        if (s > 0)
            l->slow_ns = ac__seconds_to_ns(s);
    }
    o = calloc(1, sizeof *o);
    if (o == NULL)
        return; /* no dump signal, not on the gdb list: the loop works */
    o->l = l;
    l->obs = o;
    signum = ac__signal_number(sig);
    if (sig != NULL && *sig != '\0' && signum == 0)
        fprintf(stderr, "ac: warning: AC_DUMP_SIGNAL=%s is not a signal name or number\n", sig);
    if (signum != 0 && uv_signal_init(&l->uv, &o->sig) == 0) {
        o->sig_init = true;
        o->sig.data = o;
        if (uv_signal_start(&o->sig, ac__on_dump_signal, signum) != 0)
            fprintf(stderr, "ac: warning: AC_DUMP_SIGNAL: cannot watch signal %d\n", signum);
        /* it must not keep the loop alive, nor count as I/O (virtual time) */
        uv_unref((uv_handle_t *)&o->sig);
    }
    pthread_mutex_lock(&ac__obs_mutex);
    o->next = ac__obs_loops;
    if (o->next != NULL)
        o->next->prev = o;
    ac__obs_loops = o;
    pthread_mutex_unlock(&ac__obs_mutex);
}

static void ac__obs_free(uv_handle_t *h) { free(h->data); }

void ac__pass_rearm(ac_loop *l) {
    struct ac__obs *o = l->obs;
    bool watched = o != NULL && o->sig_init && uv_is_active((uv_handle_t *)&o->sig);
    uint32_t n = watched ? AC__DUMP_POLL_PASSES : UINT32_MAX;

    l->pass_left = n;
    l->pass_end += n;
    if (n == UINT32_MAX)
        return;
    /* uv_run does not poll a loop with nothing that keeps it alive: the
     * watcher keeps it alive for the one poll */
    uv_ref((uv_handle_t *)&o->sig);
    uv_run(&l->uv, UV_RUN_NOWAIT);
    uv_unref((uv_handle_t *)&o->sig);
    ac__age_mark(l, ac__loop_polled(l));
}

void ac__obs_loop_close(ac_loop *l) {
    struct ac__obs *o = l->obs;
    ac__age_free(l);
    if (o == NULL)
        return;
    pthread_mutex_lock(&ac__obs_mutex);
    if (o->prev != NULL)
        o->prev->next = o->next;
    else
        ac__obs_loops = o->next;
    if (o->next != NULL)
        o->next->prev = o->prev;
    pthread_mutex_unlock(&ac__obs_mutex);
    l->obs = NULL;
    if (o->sig_init)
        uv_close((uv_handle_t *)&o->sig, ac__obs_free); /* the loop's final uv_run frees it */
    else
        free(o);
}
