/*
 * age.c: how long a task has existed, for ac_dump_tasks (issue 14), without
 * a byte per task and without a step on the spawn path.
 *
 * The task header (ac-int.h) has no spare field, and a birth time in the
 * debug ext costs an allocation per task, so only AC_DEBUG had ages. But task
 * ids come from one counter (task.c), given out in spawn order: when a loop
 * notes, at some time T, that the counter stands at C (a checkpoint), every
 * task with an id above C was made at T or later. A task's birth is then
 * bounded below by the last checkpoint whose counter is below its id, and
 * its age shown is now minus that bound: never less than its true age, and
 * more only by the time between that checkpoint and its spawn.
 *
 * The loop notes a checkpoint where it has the time anyway (loop.c): after
 * each poll of libuv (uv_now, a load: libuv reads the clock when it polls)
 * and in each pass with a timer armed (the pass reads the clock for the
 * heap). A task made in such a pass gets its age to within the pass. Passes
 * of ready tasks only (no timer, no I/O) note nothing, so a task made there
 * is dated from the last poll: its age can be overstated by the length of
 * that busy stretch (with AC_DUMP_SIGNAL set, a busy loop polls every
 * AC__DUMP_POLL_PASSES passes, which bounds it). AC_DEBUG's exact birth
 * time (the debug ext) wins when there is one.
 *
 * Checkpoints that repeat the counter are one (the newest moves on), so an
 * idle loop adds none. At most AC__AGES_MAX are kept: when full, every other
 * one of the older half goes, which only widens old tasks' bounds (still
 * bounds). The counter is 32 bits: after 2^32 spawns in a process, ages are
 * compared modulo that (a task older than 2^31 later spawns is misdated).
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>

#define AC__AGES_MAX 256

typedef struct ac__age_cp {
    uint64_t t; /* the loop clock, ns */
    uint32_t c; /* the task counter then: ids up to c were given out */
} ac__age_cp;

struct ac__ages {
    size_t n;
    ac__age_cp v[AC__AGES_MAX]; /* by counter, oldest first */
};

/* a < b on the counter's circle */
static bool ac__age_before(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

/* Drops every other checkpoint of the older half: the bounds they gave fall
 * back to the one before, which is earlier (an age shown grows, never shrinks
 * below the true one). */
static void ac__age_thin(struct ac__ages *a) {
    size_t half = a->n / 2, j = 0;

    for (size_t i = 0; i < half; i += 2)
        a->v[j++] = a->v[i];
    for (size_t i = half; i < a->n; i++)
        a->v[j++] = a->v[i];
    a->n = j;
}

/* The counter moved since the newest checkpoint: that one joins the older
 * list, (c, now) becomes the newest. Out of memory: the newest stays put (its
 * counter with a later time would date the tasks it covers too late), so
 * nothing is noted; the ages of tasks made since are then overstated. */
void ac__age_push(ac_loop *l, uint32_t c, uint64_t now) {
    struct ac__ages *a = l->ages;

    if (a == NULL) {
        a = l->ages = malloc(sizeof *a);
        if (a == NULL)
            return;
        a->n = 0;
    }
    if (a->n == AC__AGES_MAX)
        ac__age_thin(a);
    a->v[a->n].t = l->age_t;
    a->v[a->n].c = l->age_c;
    a->n++;
    l->age_c = c;
    /* the times of checkpoints never go back: a note from uv_now (floored to
     * the ms of a coarse clock) can read earlier than one from the clock
     * taken before it, and the later time is still a bound */
    if (now > l->age_t)
        l->age_t = now;
}

void ac__age_note_polled(ac_loop *l) { ac__age_mark(l, ac__loop_polled(l)); }
void ac__age_note(ac_loop *l, uint64_t now) { ac__age_mark(l, now); }

uint64_t ac__age_born(ac_loop *l, const ac_task *t) {
    const struct ac__ages *a = l->ages;
    uint32_t id = t->id;
    size_t lo = 0, hi;

    if (ac__age_before(l->age_c, id))
        return l->age_t;
    if (a == NULL)
        return 0;
    /* the last checkpoint whose counter is below id */
    hi = a->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ac__age_before(a->v[mid].c, id))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? a->v[lo - 1].t : 0;
}

void ac__age_free(ac_loop *l) {
    free(l->ages);
    l->ages = NULL;
}
