/*
 * combine_ctors.c: the handles of ac_wait_for and ac_as_completed, thin
 * constructors over the composites of combine.ac (the body ac__wait_for, the
 * generator ac__as_completed). Layer: composite (it names combine.ac's
 * generated resume functions and frames; combine.c, below, has the leaves
 * those use, so the file graph has no cycle).
 *
 * Each handle is a coroutine object of combine.ac's function whose desc is
 * an ac__rt_desc made here, for two hooks generated code has no place for:
 *   - ac_wait_for's result is h's, of any size: `mirror` gives h, and
 *     ac__result reads h's result (the body returns nothing); `free` drops
 *     the reference on h the handle holds;
 *   - ac_as_completed's completion state (combine.c's ac__ascomp: the done
 *     callbacks are registered when it is called, as asyncio's are) belongs
 *     to the generator's handle: `free` frees it, ended or not.
 * Neither has resume points of its own in the desc: ac_dump and the tracer
 * name the handle by the call ("waiting in ac_wait_for for: ...").
 */
#include "ac-int.h"

#include <stdlib.h>

/* ------------------------------------------------------------------------- */
/* ac_wait_for                                                                */
/* ------------------------------------------------------------------------- */

static void ac__wf_free(ac_task *t) {
    ac__wait_for__frame *f = ac__frame(t);
    ac_release(f->h);
    f->h = NULL;
}

static ac_task *ac__wf_mirror(ac_task *t) { return ((ac__wait_for__frame *)ac__frame(t))->h; }

static const ac__rt_desc ac__wait_for_desc = {
    .d = {.resume = ac__wait_for__resume,
          .name = "ac_wait_for",
          .file = __FILE__,
          .line = __LINE__,
          .frame_size = sizeof(ac__wait_for__frame),
          .flags = AC__DESC_RT,
          .frame_align = _Alignof(ac__wait_for__frame)},
    .free = ac__wf_free,
    .mirror = ac__wf_mirror,
};

ac_task *(ac_wait_for)(ac_task *h, double seconds) {
    ac_task *t;

    if (h == NULL || ac__cur == NULL)
        return NULL;
    t = ac__coro_new(&ac__wait_for_desc.d);
    if (t != NULL)
        ac__wait_for__init(ac__frame(t), ac_retain(h), seconds);
    return t;
}

/* ------------------------------------------------------------------------- */
/* ac_as_completed                                                            */
/* ------------------------------------------------------------------------- */

static void ac__as_free(ac_task *h) {
    ac__as_completed__frame *f = ac__frame(h);
    ac__ascomp_free(f->s);
    f->s = NULL;
}

static const ac__rt_desc ac__as_completed_desc = {
    .d = {.resume = ac__as_completed__resume,
          .name = "ac_as_completed",
          .file = __FILE__,
          .line = __LINE__,
          .frame_size = sizeof(ac__as_completed__frame),
          .ret_offset = offsetof(ac__as_completed__frame, ac__ret),
          .ret_size = sizeof(ac_task *),
          .flags = AC__DESC_GEN | AC__DESC_ASYNC | AC__DESC_RT,
          .value_offset = offsetof(ac__as_completed__frame, ac__value),
          .frame_align = _Alignof(ac__as_completed__frame)},
    .free = ac__as_free,
};

ac_gen *(ac_as_completed)(size_t n, ac_task *const hs[]) {
    struct ac__ascomp *s = ac__ascomp_new(n, hs);
    ac_task *t;

    if (s == NULL)
        return NULL;
    t = ac__coro_new(&ac__as_completed_desc.d);
    if (t == NULL) {
        ac__ascomp_free(s);
        return NULL;
    }
    ac__as_completed__init(ac__frame(t), s);
    return t;
}
