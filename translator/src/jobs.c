/* jobs.c: the checks and the async functions of a large unit, in several
 * processes at once.
 *
 * Lowering one function reads the whole unit (its declarations, the other
 * functions' signatures) but writes only its Lowered texts, with one
 * exception: whether a callee's frame is embedded or allocated
 * (alloc_callees), which emit.c decides in callee-first order from the
 * lowered callees. It is almost always "embedded", so every function is
 * lowered ahead as if so, a share of the functions by each of N child
 * processes: fork(2) gives every child the parent's memory as it is (the
 * tree, the analysis) and its own copy of every cache, so the lowering code
 * needs no locks, and the parent's state stays as if nothing had been done.
 * A child writes its Lowered texts into a shared mapping; the parent uses
 * them in place (the output is assembled from there, lower_ahead_release
 * unmaps them). emit.c then walks the functions in order as before and
 * takes the lowering made ahead where the assumption held, lowering again
 * where it did not. The checks of the unit (check.c), which only report,
 * are shared out the same way: each process checks a run of top-level items.
 *
 * Diagnostics must come out once and in order: during the lowering ahead
 * they are not printed (diag_trial); if any came up, every lowering made
 * ahead is dropped and emit.c checks and lowers everything in order,
 * reporting them as always. tests/robustness/pieces.py runs every .ac file of the repository
 * with ACC_JOBS=1, 2 and 3 and requires the same bytes. */
#include "acc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

/* Smaller units are lowered in one process: fork and copy cost more. */
enum { JOBS_MIN_BYTES = 512 * 1024, JOBS_MAX = 8 };

/* ---- the shared mapping a child writes ------------------------------------ */

typedef struct Shared {
    char *base;
    size_t size, used;
    bool overflow;
} Shared;

typedef struct SharedHead {
    int done;     /* 1: the share is checked and every function written */
    int hit;      /* a diagnostic came up */
    size_t used;  /* bytes of records after the head */
} SharedHead;

static void put(Shared *m, const void *data, size_t n) {
    if (m->overflow || m->used + n > m->size) {
        m->overflow = true;
        return;
    }
    memcpy(m->base + m->used, data, n);
    m->used += n;
}

static void put_str(Shared *m, const char *s) {
    uint64_t n = s ? strlen(s) + 1 : 0; /* 0: NULL */
    put(m, &n, sizeof n);
    if (n) put(m, s, (size_t)n);
}

static const char *take(const char **at, size_t n) {
    const char *p = *at;
    *at += n;
    return p;
}

/* A text in place: the mapping stays until lower_ahead_release. */
static char *take_str(const char **at) {
    uint64_t n;
    memcpy(&n, take(at, sizeof n), sizeof n);
    return n ? (char *)take(at, (size_t)n) : NULL;
}

/* One lowering as a record: the function (the same address in every
 * process: a child is a copy of the parent), the guard depth, the texts and
 * the embedded callees. */
static void put_lowered(Shared *m, const Lowered *L) {
    put(m, &L->af, sizeof L->af);
    put(m, &L->guard_depth, sizeof L->guard_depth);
    put(m, &L->own_need, sizeof L->own_need);
    put_str(m, L->guard);
    put_str(m, L->frame_struct);
    put_str(m, L->frame_own);
    put_str(m, L->definition);
    put_str(m, L->types);
    put(m, &L->embeds.len, sizeof L->embeds.len);
    for (int i = 0; i < L->embeds.len; i++) put(m, &L->embeds.items[i], sizeof L->embeds.items[i]);
}

static Lowered *take_lowered(const char **at) {
    Lowered *L = xcalloc(1, sizeof *L);
    L->borrowed = true;
    memcpy(&L->af, take(at, sizeof L->af), sizeof L->af);
    L->def = L->af->def;
    memcpy(&L->guard_depth, take(at, sizeof L->guard_depth), sizeof L->guard_depth);
    memcpy(&L->own_need, take(at, sizeof L->own_need), sizeof L->own_need);
    L->own_need_known = true;
    L->guard = take_str(at);
    L->frame_struct = take_str(at);
    L->frame_own = take_str(at);
    L->definition = take_str(at);
    L->types = take_str(at);
    int n;
    memcpy(&n, take(at, sizeof n), sizeof n);
    for (int i = 0; i < n; i++) {
        void *g;
        memcpy(&g, take(at, sizeof g), sizeof g);
        vec_push(&L->embeds, g);
    }
    return L;
}

/* The mappings the lowerings made ahead point into, until the output is
 * assembled: their texts are written out from there, never copied. */
static struct {
    Shared maps[JOBS_MAX];
    int len;
} kept;

void lower_ahead_release(void) {
    for (int k = 0; k < kept.len; k++) munmap(kept.maps[k].base, kept.maps[k].size);
    kept.len = 0;
}

/* ---- shares --------------------------------------------------------------- */

static uint32_t def_bytes(const AsyncFn *f) { return ts_node_end_byte(f->def) - ts_node_start_byte(f->def); }

/* The functions lowered ahead, and where each share starts: shares of about
 * equal source size, in order. */
static int make_shares(Program *p, Vec *fns, int jobs, int *starts) {
    uint64_t total = 0;
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        if (f->kind != FN_USER || !f->defined || f->alloc_callees.len) continue;
        vec_push(fns, f);
        total += def_bytes(f);
    }
    if (fns->len < jobs) jobs = fns->len;
    int n = 0;
    uint64_t sum = 0;
    for (int i = 0; i < fns->len && n < jobs; i++) {
        if (sum >= total * (uint64_t)n / (uint64_t)jobs) starts[n++] = i;
        sum += def_bytes(fns->items[i]);
    }
    starts[n] = fns->len;
    return n;
}

/* The unit's top-level items in n runs of about equal node counts: run k's
 * nodes are the preorder indexes [at[k], at[k + 1]). */
static void make_check_runs(Program *p, int n, uint32_t *at) {
    Preorder o;
    if (!node_preorder(p->unit->root, &o)) {
        for (int k = 0; k <= n; k++) at[k] = 0;
        return;
    }
    uint32_t total = o.last - o.first, i = o.first + 1;
    at[0] = o.first;
    for (int k = 1; k < n; k++) {
        uint32_t target = o.first + (uint32_t)((uint64_t)total * (uint64_t)k / (uint64_t)n);
        while (i < o.last && i < target) i = o.end[i]; /* the next top-level item */
        at[k] = i;
    }
    at[n] = o.last;
}

/* The child's life: lower its share into the mapping, say so, exit without
 * cleaning up (its memory goes with it). */
static void run_child(Program *p, const Options *opt, Vec *fns, int from, int to, const uint32_t *run,
                      Shared *m) {
    SharedHead head = {0};
    m->used = sizeof head;
    check_unit_part(p, run[0], run[1]);
    for (int i = from; i < to && !m->overflow; i++) {
        AsyncFn *f = fns->items[i];
        Lowered *L = lower_function(p, f, opt);
        lowered_own_need(L); /* (emit.c would scan its texts in order) */
        put_lowered(m, L);
    }
    head.done = !m->overflow;
    head.hit = diag_trial_hit;
    head.used = m->used - sizeof head;
    memcpy(m->base, &head, sizeof head);
    _exit(0);
}

/* Reads a child's lowerings back; false when it did not finish. */
static bool read_child(Shared *m, int *hit) {
    SharedHead head;
    memcpy(&head, m->base, sizeof head);
    if (!head.done) return false;
    *hit |= head.hit;
    const char *at = m->base + sizeof head, *end = at + head.used;
    while (at < end) {
        Lowered *L = take_lowered(&at);
        L->af->speculated = L;
    }
    return true;
}

static void drop_all(Vec *fns) {
    for (int i = 0; i < fns->len; i++) {
        AsyncFn *f = fns->items[i];
        lowered_free(f->speculated);
        f->speculated = NULL;
    }
}

bool lower_ahead(Program *p, const Options *opt) {
    int jobs = parallel_count("ACC_JOBS", p->unit->src->len, JOBS_MIN_BYTES, 0, JOBS_MAX);
    if (jobs < 2 || diag_error_count) return false;
    Vec fns = {0};
    int starts[JOBS_MAX + 1];
    int n = make_shares(p, &fns, jobs, starts);
    if (n < 2) {
        vec_free(&fns);
        return false;
    }
    uint32_t runs[JOBS_MAX + 1];
    make_check_runs(p, n, runs);
    Shared m[JOBS_MAX] = {{0}};
    pid_t pid[JOBS_MAX] = {0};
    /* Every share is done by a child, none by this process: a check or a
     * lowering leaves state behind (what was reported, caches), and after a
     * diagnostic this process goes on as if nothing had been done ahead. */
    diag_trial = true;
    diag_trial_hit = false;
    fflush(NULL); /* a child must not write what the parent buffered */
    for (int k = 0; k < n; k++) {
        uint64_t bytes = 0;
        for (int i = starts[k]; i < starts[k + 1]; i++) bytes += def_bytes(fns.items[i]);
        m[k].size = (size_t)(64 * bytes + (1 << 20)); /* generated code is 8 to 50 times its source */
        void *base = mmap(NULL, m[k].size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (base == MAP_FAILED) continue;
        m[k].base = base;
        memset(m[k].base, 0, sizeof(SharedHead));
        pid[k] = fork();
        if (pid[k] == 0) run_child(p, opt, &fns, starts[k], starts[k + 1], &runs[k], &m[k]);
    }
    int hit = 0;
    bool checked = true;
    for (int k = 0; k < n; k++) {
        int status = 0;
        bool ok = pid[k] > 0 && waitpid(pid[k], &status, 0) == pid[k] && WIFEXITED(status) &&
                  WEXITSTATUS(status) == 0 && read_child(&m[k], &hit);
        /* a share not done ahead: emit.c checks the unit and lowers it in order */
        checked &= ok;
        if (m[k].base) kept.maps[kept.len++] = m[k];
    }
    diag_trial = false;
    diag_trial_hit = false;
    if (hit) drop_all(&fns);
    vec_free(&fns);
    return checked && !hit;
}
