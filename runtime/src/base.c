/*
 * base.c: what every runtime file may use and that uses no other: the
 * thread's current loop (ac__cur), the descriptor of callback items, and the
 * growable vector of pointers (ac__vec). Split from loop.c, so that the files
 * below the loop (tasks, debug records, errors) need not call into it.
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>

_Thread_local ac_loop *ac__cur AC__TLS_HOT;

const ac__desc ac__cb_desc = {.name = "callback", .file = __FILE__, .line = __LINE__};

int ac__vec_push(ac__vec *v, void *p) {
    if (v->n == v->cap) {
        size_t cap;
        if (v->fixed) {
            v->full = true;
            return AC_ENOMEM;
        }
        cap = v->cap != 0 ? v->cap * 2 : 64;
        void **nv = realloc(v->v, cap * sizeof *nv);
        if (nv == NULL) {
            v->full = true;
            return AC_ENOMEM;
        }
        v->v = nv;
        v->cap = cap;
    }
    v->v[v->n++] = p;
    return 0;
}

void ac__vec_free(ac__vec *v) {
    if (!v->fixed)
        free(v->v);
    v->v = NULL;
    v->n = v->cap = 0;
}
