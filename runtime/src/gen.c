/*
 * gen.c: generators. A generator is a coroutine object whose descriptor has
 * AC__DESC_GEN: its frame starts with `int ac__state; int ac__mode;` and holds
 * the yielded (and sent) value at desc->value_offset, ret_size bytes. Its
 * resume function returns AC__YIELD at each yield.
 *
 * Driving one is a plain call of its resume function: no loop, no task. The
 * driver writes the sent value into the value slot and, for a throw or a
 * close, an error code into ac__mode, which the generated code raises at the
 * yield it resumes. A sync generator runs with itself as its "task" (its error
 * in flight and traceback live in its own header); an async generator runs in
 * the task that awaits ac_anext, so that its awaits suspend that task.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <string.h>

/* A generator's resume function is running: re-entering it is refused. */
#define AC__F_GEN_RUNNING AC__F_GEN

static bool ac__is_gen(const ac_task *g) {
    return g != NULL && g->kind == AC__K_CORO && g->q.desc != NULL &&
           (g->q.desc->flags & AC__DESC_GEN) != 0;
}

static bool ac__is_async_gen(const ac_task *g) {
    return ac__is_gen(g) && (g->q.desc->flags & AC__DESC_ASYNC) != 0;
}

static void *ac__gen_value(ac_task *g) { return (char *)ac__frame(g) + g->q.desc->value_offset; }

static int *ac__gen_mode(ac_task *g) { return (int *)((char *)ac__frame(g) + sizeof(int)); }

static void ac__gen_end(ac_task *g, int err) {
    g->state = err != 0 ? AC__S_FAILED : AC__S_DONE;
    g->err = err;
    g->flags &= (uint16_t)~AC__F_GEN_RUNNING;
}

/* Prepares g for a resume with `mode` and the sent value `in` (NULL: zeroes).
 * Returns AC__YIELD when it may run, or how it ended without running. */
static int ac__gen_enter(ac_task *g, int mode, const void *in) {
    if (ac__done(g))
        return g->state == AC__S_DONE ? AC__DONE : AC__FAIL;
    if (g->flags & AC__F_GEN_RUNNING)
        return -1;
    if (g->state == AC__S_NEW) {
        if (mode != 0) {
            /* thrown into or closed before it started: its body never runs */
            ac__gen_end(g, mode == AC_EGENEXIT ? 0 : mode);
            return mode == AC_EGENEXIT ? AC__DONE : AC__FAIL;
        }
        g->state = AC__S_PENDING;
        g->flags |= AC__F_STARTED;
    }
    if (in != NULL)
        memcpy(ac__gen_value(g), in, g->q.desc->ret_size);
    else
        memset(ac__gen_value(g), 0, g->q.desc->ret_size);
    *ac__gen_mode(g) = mode;
    g->flags |= AC__F_GEN_RUNNING;
    return AC__YIELD;
}

/* After a resume of g that returned rc with `err` in flight: end it when it
 * ended. A close that ran out through AC_EGENEXIT is a normal end. */
static int ac__gen_leave(ac_task *g, int rc, int mode, int err) {
    switch (rc) {
    case AC__YIELD:
        g->flags &= (uint16_t)~AC__F_GEN_RUNNING;
        if (mode == AC_EGENEXIT) {
            /* it swallowed the close and yielded again */
            ac__gen_end(g, AC_EGENEXIT);
            return AC__FAIL;
        }
        return AC__YIELD;
    case AC__DONE:
        ac__gen_end(g, 0);
        return AC__DONE;
    case AC__SUSPEND:
        return AC__SUSPEND;
    default:
        if (err == AC_EGENEXIT && mode == AC_EGENEXIT) {
            ac__gen_end(g, 0);
            return AC__DONE;
        }
        ac__gen_end(g, err != 0 ? err : AC_EINVAL);
        return AC__FAIL;
    }
}

/* One step of sync generator g. */
static int ac__gen_run(ac_task *g, int mode, const void *in) {
    int rc = ac__gen_enter(g, mode, in);
    if (rc != AC__YIELD)
        return rc < 0 ? AC__FAIL : rc;
    g->err = 0;
    rc = g->q.desc->resume(ac__frame(g), g);
    if (rc == AC__SUSPEND) {
        /* a sync generator cannot await: acc rejects it; never hang on it */
        rc = ac__raise(g, AC_EINVAL);
    }
    return ac__gen_leave(g, rc, mode, g->err);
}

static int ac__gen_out(ac_task *g, int rc, void *out) {
    if (rc != AC__YIELD)
        return 0;
    if (out != NULL)
        memcpy(out, ac__gen_value(g), g->q.desc->ret_size);
    return 1;
}

int ac_next(ac_gen *g, void *out) { return ac_send(g, NULL, out); }

int ac_send(ac_gen *g, const void *in, void *out) {
    if (!ac__is_gen(g) || ac__is_async_gen(g))
        return 0;
    if (g->flags & AC__F_GEN_RUNNING)
        return 0;
    return ac__gen_out(g, ac__gen_run(g, 0, in), out);
}

int ac_throw(ac_gen *g, int code, void *out) {
    if (!ac__is_gen(g) || ac__is_async_gen(g) || (g->flags & AC__F_GEN_RUNNING))
        return 0;
    if (code == 0)
        code = AC_EINVAL;
    return ac__gen_out(g, ac__gen_run(g, code, NULL), out);
}

int ac__gen_close(ac_gen *g) {
    if (!ac__is_gen(g) || (g->flags & AC__F_GEN_RUNNING))
        return AC_EINVAL;
    if (ac__is_async_gen(g)) {
        /* cannot await here: only a generator that is not suspended inside
         * can be closed from plain C */
        if (g->state == AC__S_NEW)
            ac__gen_end(g, 0);
        return ac__done(g) ? 0 : AC_EINVAL;
    }
    if (ac__done(g))
        return 0;
    int rc = ac__gen_run(g, AC_EGENEXIT, NULL);
    return rc == AC__FAIL ? g->err : 0;
}

int ac__gen_step(ac_gen *g, int mode, void *value, ac_task *task) {
    if (!ac__is_gen(g) || ac__is_async_gen(g))
        return ac__raise(task, AC_EINVAL);
    if (mode == AC_EGENEXIT) {
        int err = ac__gen_close(g);
        return ac__raise(task, err != 0 ? err : AC_EGENEXIT);
    }
    int rc = ac__gen_run(g, mode, mode != 0 ? NULL : value);
    if (rc == AC__YIELD) {
        memcpy(value, ac__gen_value(g), g->q.desc->ret_size);
        return AC__YIELD;
    }
    if (rc == AC__DONE)
        return AC__DONE;
    return ac__raise_from(task, g);
}

/* ------------------------------------------------------------------------- */
/* Async generators: the ac_anext and ac_aclose leaves                        */
/* ------------------------------------------------------------------------- */

/* Runs async generator g in task until it yields, ends or suspends. The first
 * call (fresh) enters it with mode; later calls resume where it awaits. */
static int ac__agen_step(ac_task *g, ac_task *task, uint16_t *state, int mode) {
    if (*state == 0) {
        int rc = ac__gen_enter(g, mode, NULL);
        if (rc < 0)
            return ac__raise(task, AC_EBUSY);
        if (rc != AC__YIELD)
            return rc == AC__FAIL && mode != 0 ? ac__raise(task, g->err) : rc;
        *state = 1;
    }
    int rc = g->q.desc->resume(ac__frame(g), task);
    if (rc == AC__SUSPEND)
        return AC__SUSPEND;
    *state = 2;
    rc = ac__gen_leave(g, rc, mode, task->err);
    if (rc == AC__FAIL && g->err == AC_EGENEXIT && mode == AC_EGENEXIT)
        return ac__raise(task, AC_EGENEXIT);
    return rc;
}

int ac_anext__resume(void *frame, ac_task *task) {
    ac_anext__frame *f = frame;
    if (!ac__is_async_gen(f->g))
        return ac__raise(task, AC_EINVAL);
    if (f->w.state == 0 && ac__done(f->g)) {
        f->ac__ret = 0;
        return AC__DONE;
    }
    int rc = ac__agen_step(f->g, task, &f->w.state, 0);
    switch (rc) {
    case AC__SUSPEND:
        return AC__SUSPEND;
    case AC__YIELD:
        if (f->out != NULL)
            memcpy(f->out, ac__gen_value(f->g), f->g->q.desc->ret_size);
        f->ac__ret = 1;
        return AC__DONE;
    case AC__DONE:
        f->ac__ret = 0;
        return AC__DONE;
    default:
        return AC__FAIL; /* the generator's error is in flight in task */
    }
}

int ac_aclose__resume(void *frame, ac_task *task) {
    ac_aclose__frame *f = frame;
    if (!ac__is_async_gen(f->g))
        return ac__raise(task, AC_EINVAL);
    if (f->w.state == 0 && (f->g->state == AC__S_NEW || ac__done(f->g))) {
        if (f->g->state == AC__S_NEW)
            ac__gen_end(f->g, 0);
        return AC__DONE;
    }
    int rc = ac__agen_step(f->g, task, &f->w.state, AC_EGENEXIT);
    if (rc == AC__SUSPEND)
        return AC__SUSPEND;
    if (rc == AC__FAIL && f->g->state == AC__S_DONE)
        return AC__DONE;
    return rc == AC__FAIL ? AC__FAIL : AC__DONE;
}

static const ac__desc ac_anext__desc = {
    .resume = ac_anext__resume,
    .name = "ac_anext",
    .file = __FILE__,
    .line = __LINE__,
    .frame_size = sizeof(ac_anext__frame),
    .ret_offset = offsetof(ac_anext__frame, ac__ret),
    .ret_size = sizeof(int),
};

ac_task *ac_anext(ac_gen *g, void *out) {
    ac_task *t = ac__coro_new(&ac_anext__desc);
    if (t != NULL)
        ac_anext__init(ac__frame(t), g, out);
    return t;
}

static const ac__desc ac_aclose__desc = {
    .resume = ac_aclose__resume,
    .name = "ac_aclose",
    .file = __FILE__,
    .line = __LINE__,
    .frame_size = sizeof(ac_aclose__frame),
};

ac_task *ac_aclose(ac_gen *g) {
    ac_task *t = ac__coro_new(&ac_aclose__desc);
    if (t != NULL)
        ac_aclose__init(ac__frame(t), g);
    return t;
}

/* ------------------------------------------------------------------------- */
/* The range loop's fast path                                                 */
/* ------------------------------------------------------------------------- */

/* `for (T v : g(...))` over a generator defined in the same file calls g's
 * resume function itself (no ac_next, no copies through void *): these two
 * keep g's header right around that loop, so ac_close after a break still
 * runs its finally blocks and ac_error_of reads its error. */
void ac__gen_started(ac_gen *g) {
    if (ac__is_gen(g) && g->state == AC__S_NEW) {
        g->state = AC__S_PENDING;
        g->flags |= AC__F_STARTED;
        g->err = 0;
    }
}

int ac__gen_finished(ac_gen *g, int rc) {
    if (!ac__is_gen(g))
        return 0;
    if (rc == AC__DONE)
        ac__gen_end(g, 0);
    else if (rc == AC__FAIL || rc == AC__SUSPEND)
        ac__gen_end(g, g->err != 0 ? g->err : AC_EINVAL);
    return g->err;
}
