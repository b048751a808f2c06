/*
 * trace.c: AC_TRACE=file.json, the loop's trace in the Chrome trace-event
 * format (the JSON array form), which Perfetto (ui.perfetto.dev) and
 * chrome://tracing open, and which `acc trace` draws as a timeline page.
 *
 * What a trace holds (pid: the process; tid: a task's number, or one track
 * per loop for callbacks):
 *   - thread_name metadata: a track per task, named "Task-N (function)" or by
 *     ac_set_name, and one "loop" track per loop;
 *   - a complete slice ("X", cat "step") per task step, resume to suspend,
 *     named by the function it suspended in, with args: at (the .ac
 *     file:line where it suspended), waits (what on), end (suspended, done,
 *     failed: ERR, cancelled);
 *   - a slice per wait between two steps (cat "io" for the I/O calls, else
 *     "wait"), named by what it waited on;
 *   - a slice per callback the loop runs (cat "callback", the loop track);
 *   - flow events ("s" then "f", cat "wake") from the step or callback that
 *     woke a task (completed what it waited for, spawned it) to the step it
 *     woke for; from a task to the callback its end ran (ac_gather's), too;
 *   - instants ("i", cat spawn, cancel, error, timer) for spawns, cancel
 *     requests, tasks ending with an error, and timers firing.
 *
 * Cost when off: nothing on the hot paths. The task step's hook shares the
 * branch AC_DEBUG already had in loop.c (l->watch: debug or trace); wakes
 * and spawns have no hook: ac__trace_step and ac__trace_callback look at what
 * was queued behind the ready queue's tail while they ran (ac__woken). The
 * other hooks (a due timer, ac_cancel, a proxy step) test l->trace off the
 * hot paths. When on: events go through a 64 KiB stdio buffer; memory is that
 * buffer and one table slot per task (or callback) with a wake or wait in
 * progress. A task woken by no step or callback was woken by libuv (I/O, a
 * thread-pool job) during the pass's poll: its arrow starts on the loop
 * track, at a zero-length "I/O" slice, when its step begins.
 *
 * The file is valid JSON whenever no loop runs: the last tracing loop's close
 * writes the closing "]" and closes the file (a later loop opens it again and
 * writes over the "]"; a loop closing while others run writes the "]" and
 * flushes); an exit() in the middle of a run closes it from an atexit handler. A process killed by a
 * signal leaves it without its "]", which both viewers accept.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------------------- */
/* The file: one per process, shared by the loops that trace                  */
/* ------------------------------------------------------------------------- */

static struct {
    pthread_mutex_t mu;
    FILE *f;
    char *buf;
    bool tried;       /* AC_TRACE was read */
    char *path;       /* its value, to open the file again for a later loop */
    uint32_t live;    /* loops tracing now: the file is closed when none is */
    bool footer;      /* the closing "]" is written, at footer_at */
    long footer_at;
    uint64_t t0;      /* the clock at the start: ts 0 */
    uint64_t flows;   /* last flow id */
    uint32_t loops;   /* loops made with tracing, for their track ids */
    int pid;
} ac__tw = {.mu = PTHREAD_MUTEX_INITIALIZER};

#define AC__TRACE_BUF 65536
/* Loop tracks get tids above every task number. */
#define AC__TRACE_LOOP_TID 2000000000u

static void ac__tw_close(void);

static void ac__tw_footer(void) {
    if (ac__tw.f == NULL || ac__tw.footer)
        return;
    ac__tw.footer_at = ftell(ac__tw.f);
    fputs("\n]\n", ac__tw.f);
    fflush(ac__tw.f);
    ac__tw.footer = true;
}

/* ns as microseconds with three decimals ("1234.567"), without printf's
 * floating point (half of the cost of an event when it did). In a ring of
 * buffers, so that one fprintf can take a few. */
static const char *ac__us(uint64_t ns) {
    static _Thread_local char ring[8][32];
    static _Thread_local unsigned next;
    char *buf = ring[next++ & 7], tmp[24];
    uint64_t us = ns / 1000;
    unsigned frac = (unsigned)(ns % 1000), n = 0, i = 0;
    do {
        tmp[n++] = (char)('0' + us % 10);
        us /= 10;
    } while (us != 0);
    while (n > 0)
        buf[i++] = tmp[--n];
    buf[i++] = '.';
    buf[i++] = (char)('0' + frac / 100);
    buf[i++] = (char)('0' + frac / 10 % 10);
    buf[i++] = (char)('0' + frac % 10);
    buf[i] = '\0';
    return buf;
}

/* ns on the loop clock -> the trace's microseconds */
static const char *ac__ts(uint64_t ns) { return ac__us(ns >= ac__tw.t0 ? ns - ac__tw.t0 : 0); }

/* A JSON string: quotes, backslashes and control characters escaped. */
static void ac__json_str(FILE *f, const char *s) {
    fputc('"', f);
    for (; s != NULL && *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

/* The step being traced on this thread, for an exit() inside it. */
static _Thread_local struct {
    ac_task *t;
    uint64_t t0;
} ac__open_step;

static void ac__tw_atexit(void) {
    ac_task *t = ac__open_step.t;
    char at[512];
    pthread_mutex_lock(&ac__tw.mu);
    if (ac__tw.f != NULL && t != NULL) {
        /* exit() inside a step: its slice ends here (its wake arrow ends in it) */
        if (ac__tw.footer) {
            fseek(ac__tw.f, ac__tw.footer_at, SEEK_SET);
            ac__tw.footer = false;
        }
        fprintf(ac__tw.f, ",\n{\"name\":");
        ac__json_str(ac__tw.f, t->q.desc != NULL ? t->q.desc->name : "step");
        fprintf(ac__tw.f, ",\"cat\":\"step\",\"ph\":\"X\",\"ts\":%s,\"dur\":%s,\"pid\":%d,"
                          "\"tid\":%u,\"args\":{\"at\":",
                ac__ts(ac__open_step.t0), ac__us(ac__now() - ac__open_step.t0),
                ac__tw.pid, (unsigned)t->id);
        /* where: its function's definition (the step is cut, not suspended) */
        snprintf(at, sizeof at, "%s:%d", t->q.desc != NULL && t->q.desc->file != NULL ?
                 t->q.desc->file : "?", t->q.desc != NULL ? t->q.desc->line : 0);
        ac__json_str(ac__tw.f, at);
        fputs(",\"end\":\"exit() in this step\"}}", ac__tw.f);
    }
    ac__tw_close();
    free(ac__tw.path);
    ac__tw.path = NULL;
    pthread_mutex_unlock(&ac__tw.mu);
}

static void ac__tw_buffer(void) {
    ac__tw.buf = malloc(AC__TRACE_BUF);
    if (ac__tw.buf != NULL)
        setvbuf(ac__tw.f, ac__tw.buf, _IOFBF, AC__TRACE_BUF);
}

/* Closes the file (its closing "]" written); a later loop opens it again. */
static void ac__tw_close(void) {
    if (ac__tw.f == NULL)
        return;
    ac__tw_footer();
    if (fclose(ac__tw.f) != 0)
        fputs("ac: warning: AC_TRACE: the trace could not be written in full\n", stderr);
    ac__tw.f = NULL;
    free(ac__tw.buf);
    ac__tw.buf = NULL;
}

/* Opens the file named by AC_TRACE (read once per process), or again for a
 * loop made after the others closed it. Under the lock. */
static bool ac__tw_open(void) {
    const char *path;

    if (ac__tw.tried && (ac__tw.f != NULL || ac__tw.path == NULL))
        return ac__tw.f != NULL;
    if (ac__tw.tried) {
        /* a loop after the others closed the file: on from its closing "]" */
        ac__tw.f = fopen(ac__tw.path, "r+");
        if (ac__tw.f == NULL) {
            fprintf(stderr, "ac: warning: AC_TRACE: cannot write '%s' again\n", ac__tw.path);
            free(ac__tw.path);
            ac__tw.path = NULL;
            return false;
        }
        ac__tw_buffer();
        return true;
    }
    ac__tw.tried = true;
    path = getenv("AC_TRACE");
    if (path == NULL || *path == '\0' || strcmp(path, "0") == 0)
        return false;
    ac__tw.f = fopen(path, "w");
    if (ac__tw.f == NULL) {
        fprintf(stderr, "ac: warning: AC_TRACE: cannot write '%s'\n", path);
        return false;
    }
    ac__tw.path = malloc(strlen(path) + 1);
    if (ac__tw.path != NULL)
        strcpy(ac__tw.path, path);
    ac__tw_buffer();
    ac__tw.t0 = ac__now();
    ac__tw.pid = (int)getpid();
    fprintf(ac__tw.f, "[\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":0,"
                      "\"args\":{\"name\":\"Async C\"}}", ac__tw.pid);
    atexit(ac__tw_atexit);
    return true;
}

/* Starts an event: takes the lock, steps back over the closing "]" if a
 * loop's close wrote it, writes the separator. Returns the file, or NULL
 * (then nothing is locked) when it is closed. */
static FILE *ac__ev_begin(void) {
    pthread_mutex_lock(&ac__tw.mu);
    if (ac__tw.f == NULL) {
        pthread_mutex_unlock(&ac__tw.mu);
        return NULL;
    }
    if (ac__tw.footer) {
        fseek(ac__tw.f, ac__tw.footer_at, SEEK_SET);
        ac__tw.footer = false;
    }
    fputs(",\n", ac__tw.f);
    return ac__tw.f;
}

static void ac__ev_end(void) { pthread_mutex_unlock(&ac__tw.mu); }

/* ------------------------------------------------------------------------- */
/* Per loop: the tasks and callbacks with a wake or a wait in progress         */
/* ------------------------------------------------------------------------- */

/* A slot, by the address of a task or callback node. A task's slot lives from
 * its first wake or step to its end; a callback's from its wake to its run. */
typedef struct ac__tslot {
    uintptr_t key;           /* 0: free */
    uint64_t flow;           /* the flow ending at its next step, or 0 */
    uint64_t wait_since;     /* its last suspension, ns, or 0 */
    const char *wait_what;   /* what it waits on */
    bool wait_timer;         /* ...in ac_sleep: its timer wakes it (no arrow) */
    bool named;              /* its thread_name is written */
} ac__tslot;

struct ac__trace {
    uint32_t tid;            /* the loop's track */
    uint32_t cap, used;      /* the table: open addressing, linear probing */
    ac__tslot *slots;
    ac_task *stepping;       /* the task whose step is being traced, or NULL */
    bool in_cb;              /* a callback is running */
};

static size_t ac__hash(uintptr_t k, uint32_t cap) {
    k ^= k >> 17;
    k *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(k >> 7) & (cap - 1);
}

static ac__tslot *ac__slot_find(ac__trace *tr, uintptr_t key) {
    size_t i;
    if (tr->cap == 0)
        return NULL;
    for (i = ac__hash(key, tr->cap); tr->slots[i].key != 0; i = (i + 1) & (tr->cap - 1))
        if (tr->slots[i].key == key)
            return &tr->slots[i];
    return NULL;
}

static bool ac__slot_grow(ac__trace *tr) {
    uint32_t cap = tr->cap != 0 ? tr->cap * 2 : 64, i;
    ac__tslot *old = tr->slots, *s = calloc(cap, sizeof *s);
    if (s == NULL)
        return false;
    tr->slots = s;
    for (i = 0; i < tr->cap; i++) {
        if (old[i].key != 0) {
            size_t j = ac__hash(old[i].key, cap);
            while (s[j].key != 0)
                j = (j + 1) & (cap - 1);
            s[j] = old[i];
        }
    }
    tr->cap = cap;
    free(old);
    return true;
}

/* The slot of key, made when missing; NULL when out of memory (the trace
 * then lacks that wake arrow or wait slice). */
static ac__tslot *ac__slot_get(ac__trace *tr, uintptr_t key) {
    ac__tslot *s = ac__slot_find(tr, key);
    size_t i;
    if (s != NULL)
        return s;
    if ((tr->used + 1) * 4 > tr->cap * 3 && !ac__slot_grow(tr))
        return NULL;
    for (i = ac__hash(key, tr->cap); tr->slots[i].key != 0; i = (i + 1) & (tr->cap - 1)) {
    }
    tr->used++;
    tr->slots[i] = (ac__tslot){.key = key};
    return &tr->slots[i];
}

/* Frees slot s, moving back the entries of its probe run (no tombstones). */
static void ac__slot_del(ac__trace *tr, ac__tslot *s) {
    size_t i = (size_t)(s - tr->slots), j = i, mask = tr->cap - 1;
    tr->slots[i].key = 0;
    tr->used--;
    for (;;) {
        size_t home;
        j = (j + 1) & mask;
        if (tr->slots[j].key == 0)
            return;
        home = ac__hash(tr->slots[j].key, tr->cap);
        /* entry j may move to i if i lies cyclically in [home, j) */
        if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
            tr->slots[i] = tr->slots[j];
            tr->slots[j].key = 0;
            i = j;
        }
    }
}

/* ------------------------------------------------------------------------- */
/* Names and places                                                           */
/* ------------------------------------------------------------------------- */

/* A task's name without ac_name's side effect (it allocates the ext). */
static void ac__task_label(ac_task *t, char *buf, size_t n) {
    const char *fn = t->q.desc != NULL && t->q.desc->name != NULL ? t->q.desc->name : "?";
    if (t->ext != NULL && t->ext->name != NULL && strcmp(t->ext->name, fn) == 0)
        snprintf(buf, n, "%s", fn);
    else if (t->ext != NULL && t->ext->name != NULL)
        snprintf(buf, n, "%s (%s)", t->ext->name, fn);
    else
        snprintf(buf, n, "Task-%u (%s)", (unsigned)t->id, fn);
}

/* Where a suspended task is: the innermost resume point of its chain. */
typedef struct ac__tplace {
    const char *file, *fn, *what;
    int line;
} ac__tplace;

static void ac__place_coro(ac_task *c, ac__tplace *p) {
    const ac__desc *d = c->q.desc;
    char *fr = ac__frame(c);
    for (int depth = 0; d != NULL && depth < 10000; depth++) {
        p->file = d->file;
        p->fn = d->name;
        p->line = d->line;
        p->what = NULL;
        if (d->points == NULL || d->npoints == 0 || (d->flags & AC__DESC_RT))
            return;
        int st = *(int *)(void *)fr; /* generated frames start with ac__state */
        if (st < 0 || (uint32_t)st >= d->npoints)
            return;
        p->line = d->points[st].line;
        p->what = d->points[st].what;
        /* libac's composites (AC__DESC_LIBAC): the await of the runtime call */
        if (d->points[st].sub == NULL || (d->points[st].sub->flags & AC__DESC_LIBAC))
            return;
        fr += d->points[st].sub_offset;
        d = d->points[st].sub;
    }
}

static ac__tplace ac__place(ac_task *t) {
    ac__tplace p = {t->q.desc->file, t->q.desc->name, NULL, t->q.desc->line};
    /* the innermost coroutine object of the chain is t->u.co.link */
    if (!ac__done(t) && t->u.co.link != NULL)
        ac__place_coro(t->u.co.link, &p);
    return p;
}

/* The I/O calls, whose waits get cat "io". */
static bool ac__is_io(const char *what) {
    static const char *const io[] = {"ac_read", "ac_write", "ac_tcp", "ac_unix", "ac_accept",
                                     "ac_connect", "ac_getaddrinfo", "ac_resolve", "ac_open",
                                     "ac_file", "ac_fs", "ac_process", "ac_pipe", "ac_signal",
                                     "ac_serve", "ac_stream", "ac_drain", "ac_to_thread",
                                     "ac_run_in_thread", "ac_wait_process"};
    if (what == NULL)
        return false;
    for (size_t i = 0; i < sizeof io / sizeof io[0]; i++)
        if (strncmp(what, io[i], strlen(io[i])) == 0)
            return true;
    return false;
}

/* The track of whoever runs now: the task being stepped, else the loop. */
static uint32_t ac__waker_tid(ac__trace *tr) {
    return tr->stepping != NULL ? tr->stepping->id : tr->tid;
}

static void ac__write_name(ac_task *t) {
    char label[160];
    FILE *f;
    ac__task_label(t, label, sizeof label);
    if ((f = ac__ev_begin()) == NULL)
        return;
    fprintf(f, "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":%u,\"args\":{\"name\":",
            ac__tw.pid, (unsigned)t->id);
    ac__json_str(f, label);
    fprintf(f, "}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":%d,\"tid\":%u,"
               "\"args\":{\"sort_index\":%u}}", ac__tw.pid, (unsigned)t->id, (unsigned)t->id);
    ac__ev_end();
}

static void ac__instant_at(uint32_t tid, uint64_t at, const char *cat, const char *name,
                           const char *argk, const char *argv) {
    FILE *f = ac__ev_begin();
    if (f == NULL)
        return;
    fprintf(f, "{\"name\":");
    ac__json_str(f, name);
    fprintf(f, ",\"cat\":\"%s\",\"ph\":\"i\",\"s\":\"t\",\"ts\":%s,\"pid\":%d,\"tid\":%u", cat,
            ac__ts(at), ac__tw.pid, (unsigned)tid);
    if (argk != NULL) {
        fprintf(f, ",\"args\":{\"%s\":", argk);
        ac__json_str(f, argv);
        fputc('}', f);
    }
    fputc('}', f);
    ac__ev_end();
}

static void ac__instant(uint32_t tid, const char *cat, const char *name, const char *argk,
                        const char *argv) {
    ac__instant_at(tid, ac__now(), cat, name, argk, argv);
}

/* A flow from track tid at `at` (inside the step or callback that woke key,
 * or, with marker, at a zero-length "wake" slice made for it on the loop
 * track) to key's next run. */
static void ac__flow_start(ac__trace *tr, uintptr_t key, uint32_t tid, uint64_t at, bool marker,
                           const char *why) {
    ac__tslot *s = ac__slot_get(tr, key);
    FILE *f;
    if (s == NULL || s->flow != 0)
        return; /* already woken: the first waker's arrow stands */
    if ((f = ac__ev_begin()) == NULL)
        return;
    s->flow = ++ac__tw.flows;
    if (marker)
        fprintf(f, "{\"name\":\"%s\",\"cat\":\"callback\",\"ph\":\"X\",\"ts\":%s,\"dur\":0,"
                   "\"pid\":%d,\"tid\":%u},\n", why, ac__ts(at), ac__tw.pid, (unsigned)tid);
    fprintf(f, "{\"name\":\"wake\",\"cat\":\"wake\",\"ph\":\"s\",\"id\":%llu,\"ts\":%s,"
               "\"pid\":%d,\"tid\":%u}", (unsigned long long)s->flow, ac__ts(at), ac__tw.pid,
            (unsigned)tid);
    ac__ev_end();
}

/* The end of key's pending flow, at ts on track tid (the start of its run). */
static void ac__flow_end(ac__tslot *s, uint32_t tid, uint64_t at) {
    FILE *f;
    if (s->flow == 0 || (f = ac__ev_begin()) == NULL)
        return;
    fprintf(f, "{\"name\":\"wake\",\"cat\":\"wake\",\"ph\":\"f\",\"bp\":\"e\",\"id\":%llu,"
               "\"ts\":%s,\"pid\":%d,\"tid\":%u}", (unsigned long long)s->flow, ac__ts(at),
            ac__tw.pid, (unsigned)tid);
    s->flow = 0;
    ac__ev_end();
}

/* ------------------------------------------------------------------------- */
/* The hooks                                                                  */
/* ------------------------------------------------------------------------- */

void ac__trace_loop_new(ac_loop *l) {
    ac__trace *tr;
    pthread_mutex_lock(&ac__tw.mu);
    if (!ac__tw_open()) {
        pthread_mutex_unlock(&ac__tw.mu);
        ac__loop_rewatch(l);
        return;
    }
    tr = calloc(1, sizeof *tr);
    if (tr != NULL) {
        tr->tid = AC__TRACE_LOOP_TID + ++ac__tw.loops;
        ac__tw.live++;
    } else if (ac__tw.live == 0) {
        ac__tw_close();
    }
    pthread_mutex_unlock(&ac__tw.mu);
    l->trace = tr;
    ac__loop_rewatch(l);
    if (tr == NULL)
        return;
    FILE *f = ac__ev_begin();
    if (f == NULL)
        return;
    fprintf(f, "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":%u,"
               "\"args\":{\"name\":\"loop %u (callbacks)\"}},\n"
               "{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":%d,\"tid\":%u,"
               "\"args\":{\"sort_index\":0}}",
            ac__tw.pid, (unsigned)tr->tid, (unsigned)(tr->tid - AC__TRACE_LOOP_TID), ac__tw.pid,
            (unsigned)tr->tid);
    ac__ev_end();
}

void ac__trace_loop_close(ac_loop *l) {
    if (l->trace == NULL)
        return;
    free(l->trace->slots);
    free(l->trace);
    l->trace = NULL;
    ac__loop_rewatch(l);
    pthread_mutex_lock(&ac__tw.mu);
    /* valid JSON from here on; the next loop's events overwrite the "]" */
    if (--ac__tw.live == 0)
        ac__tw_close();
    else
        ac__tw_footer();
    pthread_mutex_unlock(&ac__tw.mu);
}

/* The end of a step: the step slice, the end's instants, the wait that starts. */
static void ac__trace_step_done(ac__trace *tr, ac_task *t, uint64_t t0, uint64_t t1) {
    ac__tplace p = ac__place(t);
    const char *end = "suspended";
    char endbuf[64], at[512];
    ac__tslot *s;
    FILE *f;

    if (t->state == AC__S_DONE) {
        end = "done";
    } else if (t->state == AC__S_FAILED && t->err == AC_ECANCELED) {
        end = "cancelled";
    } else if (t->state == AC__S_FAILED) {
        snprintf(endbuf, sizeof endbuf, "failed: %s", ac_err_name(t->err));
        end = endbuf;
    }
    snprintf(at, sizeof at, "%s:%d", p.file != NULL ? p.file : "?", p.line);
    if ((f = ac__ev_begin()) != NULL) {
        fprintf(f, "{\"name\":");
        ac__json_str(f, p.fn != NULL ? p.fn : "step");
        fprintf(f, ",\"cat\":\"step\",\"ph\":\"X\",\"ts\":%s,\"dur\":%s,\"pid\":%d,\"tid\":%u,"
                   "\"args\":{\"at\":",
                ac__ts(t0), ac__us(t1 - t0), ac__tw.pid, (unsigned)t->id);
        ac__json_str(f, at);
        fprintf(f, ",\"end\":");
        ac__json_str(f, end);
        if (!ac__done(t) && p.what != NULL) {
            fprintf(f, ",\"waits\":");
            ac__json_str(f, p.what);
        }
        fputs("}}", f);
        ac__ev_end();
    }
    s = ac__slot_find(tr, (uintptr_t)t);
    if (ac__done(t)) {
        if (t->state == AC__S_FAILED && t->err == AC_ECANCELED)
            ac__instant(t->id, "cancel", "cancelled", NULL, NULL);
        else if (t->state == AC__S_FAILED)
            ac__instant(t->id, "error", "error", "error", ac_err_name(t->err));
        ac__write_name(t); /* again: ac_set_name may have come after its first step */
        if (s != NULL)
            ac__slot_del(tr, s);
        return;
    }
    if (s == NULL)
        s = ac__slot_get(tr, (uintptr_t)t);
    if (s != NULL) {
        s->wait_since = t1;
        s->wait_what = p.what;
        s->wait_timer = t->u.co.wait != NULL && t->u.co.wait->kind == AC__WAIT_TIMER;
    }
}

/* What the step or callback that just ran on track tid made ready: the items
 * queued after mark (the queue's tail link before it ran).
 * Each gets a wake arrow from it; a task not started yet, a spawn instant.
 * Found here, after the fact, so that the wake paths need no hook. */
static void ac__woken(ac_loop *l, ac__item **mark, uint32_t tid, uint64_t at) {
    ac__trace *tr = l->trace;
    ac__item *it = *mark;
    char label[160];

    for (; it != NULL; it = it->next) {
        if (!ac__is_task_item(it)) {
            ac__flow_start(tr, (uintptr_t)it, tid, at, false, NULL);
            continue;
        }
        ac_task *t = (ac_task *)it;
        if (t->kind != AC__K_CORO || !(t->flags & AC__F_TASK) || ac__done(t))
            continue;
        if (!(t->flags & AC__F_STARTED) && ac__slot_find(tr, (uintptr_t)it) == NULL) {
            ac__task_label(t, label, sizeof label);
            ac__instant_at(tid, at, "spawn", "spawn", "task", label);
        }
        ac__flow_start(tr, (uintptr_t)it, tid, at, false, NULL);
    }
}

/* The wait that ends as task t steps again: a slice from its suspension. */
static void ac__wait_done(ac__tslot *s, ac_task *t, uint64_t now) {
    const char *what = s->wait_what != NULL ? s->wait_what : "wait";
    FILE *f;
    if (s->wait_since == 0 || (f = ac__ev_begin()) == NULL)
        return;
    fprintf(f, "{\"name\":");
    ac__json_str(f, what);
    fprintf(f, ",\"cat\":\"%s\",\"ph\":\"X\",\"ts\":%s,\"dur\":%s,\"pid\":%d,\"tid\":%u}",
            ac__is_io(what) ? "io" : "wait", ac__ts(s->wait_since),
            ac__us(now - s->wait_since), ac__tw.pid, (unsigned)t->id);
    s->wait_since = 0;
    ac__ev_end();
}

void ac__trace_step(ac_loop *l, ac_task *t) {
    ac__trace *tr = l->trace;
    ac_task *outer = tr->stepping;
    bool outer_cb = tr->in_cb;
    ac__item **mark;
    ac__tslot *s;
    ac_task *outer_open;
    uint64_t t0, t1, outer_t0;

    if (ac__done(t)) { /* nothing to run: ac__step returns at once */
        ac__step(l, t);
        return;
    }
    t0 = ac__now();
    s = ac__slot_get(tr, (uintptr_t)t);
    if (s != NULL) {
        if (!s->named) {
            ac__write_name(t);
            s->named = true;
        }
        if (s->flow == 0 && !(t->flags & AC__F_STARTED)) {
            /* spawned outside any step (ac_loop_run's main task) */
            ac__instant_at(tr->tid, t0, "spawn", "spawn", "task", NULL);
        } else if (s->flow == 0 && s->wait_since != 0 && !s->wait_timer) {
            /* woken by no step or callback: by libuv (I/O, a thread-pool
             * job) during this pass's poll */
            ac__flow_start(tr, (uintptr_t)t, tr->tid, t0, true, "I/O");
        }
        ac__wait_done(s, t, t0);
        ac__flow_end(s, t->id, t0);
    }
    tr->stepping = t;
    tr->in_cb = false;
    mark = l->tail;
    ac_retain(t); /* its end may free it: the slice still reads it */
    outer_open = ac__open_step.t;
    outer_t0 = ac__open_step.t0;
    ac__open_step.t = t;
    ac__open_step.t0 = t0;
    ac__step(l, t);
    ac__open_step.t = outer_open;
    ac__open_step.t0 = outer_t0;
    t1 = ac__now();
    ac__woken(l, mark, t->id, t1);
    ac__trace_step_done(tr, t, t0, t1);
    ac_release(t);
    tr->stepping = outer;
    tr->in_cb = outer_cb;
}

void ac__trace_callback(ac_loop *l, ac__cb *cb) {
    ac__trace *tr = l->trace;
    ac__tslot *s = ac__slot_find(tr, (uintptr_t)cb);
    uint64_t t0 = ac__now(), t1;
    ac_task *outer = tr->stepping;
    ac__item **mark;
    FILE *f;

    if (s != NULL) {
        ac__flow_end(s, tr->tid, t0);
        ac__slot_del(tr, s);
    }
    tr->stepping = NULL;
    tr->in_cb = true;
    mark = l->tail;
    cb->run(l, cb, AC__CB_RUN); /* frees cb */
    t1 = ac__now();
    ac__woken(l, mark, tr->tid, t1);
    tr->in_cb = false;
    tr->stepping = outer;
    if ((f = ac__ev_begin()) != NULL) {
        fprintf(f, "{\"name\":\"callback\",\"cat\":\"callback\",\"ph\":\"X\",\"ts\":%s,"
                   "\"dur\":%s,\"pid\":%d,\"tid\":%u}",
                ac__ts(t0), ac__us(t1 - t0), ac__tw.pid, (unsigned)tr->tid);
        ac__ev_end();
    }
}

void ac__trace_cancel(ac_loop *l, ac_task *h) {
    char label[160];
    ac_task *by = l->trace->stepping;
    if (by != NULL)
        ac__task_label(by, label, sizeof label);
    else
        snprintf(label, sizeof label, "a callback");
    if (h->kind == AC__K_CORO && (h->flags & AC__F_TASK))
        ac__instant(h->id, "cancel", "cancel", "by", label);
    else
        ac__instant(ac__waker_tid(l->trace), "cancel", "cancel", "handle",
                    h->q.desc != NULL && h->q.desc->name != NULL ? h->q.desc->name : "?");
}

void ac__trace_timer(ac_loop *l, ac_task *task) {
    if (task != NULL)
        ac__instant(task->id, "timer", "timer", NULL, NULL);
    else
        ac__instant(l->trace->tid, "timer", "timer", NULL, NULL);
}
