/* translate.c: one whole translation in memory: parse, analyse, lower and emit
 * into a buffer. The command line (main.c) reads and writes the files around
 * it; the fuzz target (tests/fuzz/fuzz_acc.c) calls it on each input. Nothing
 * is written; the only files read are the .ah headers the source includes. */
#include "acc.h"

#include <stdlib.h>
#include <string.h>

static void program_free(Program *p, Vec *deps, Vec *dep_names) {
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        free(f->name);
        free(f->ret_type);
        free(f->ret_member);
        free(f->params);
        free(f->param_names);
        vec_free(&f->callees);
        for (int k = 0; k < f->alt_defs.len; k++) free(f->alt_defs.items[k]);
        vec_free(&f->alt_defs);
        vec_free(&f->alloc_callees);
        free(f);
    }
    vec_free(&p->fns);
    strmap_free(&p->fn_index);
    for (int i = 0; i < p->deps.len; i++) {
        if (deps) {
            vec_push(deps, p->deps.items[i]);
            vec_push(dep_names, p->dep_names.items[i]);
        } else {
            free(p->deps.items[i]);
            free(p->dep_names.items[i]);
        }
    }
    vec_free(&p->deps);
    vec_free(&p->dep_names);
    for (int i = 0; i < p->header_sources.len; i++) source_free(p->header_sources.items[i]);
    vec_free(&p->header_sources);
    vec_free(&p->misused_calls);
    scope_index_free(); /* scope.c's index of the unit's declarations */
    labels_reset();     /* try.c's of its labels */
}

int translate_source(Source *src, const Options *opt, const char *output, Buf *out, Vec *deps,
                     Vec *dep_names) {
    Unit *u = unit_parse(src, true);
    time_phase("parse");
    if (!u) return 1;
    node_cache_use(u->tree); /* nodes.c: fast children, parents, await counts */
    if (u->npieces > 1) scope_index_start(src, u->root); /* a large unit: beside analyse */
    Program p = {0};
    p.unit = u;
    p.include_dirs = opt->include_dirs;
    p.libac = opt->libac;
    size_t n = strlen(src->path);
    p.is_header = n > 3 && !strcmp(src->path + n - 3, ".ah");
    analyse(&p);
    time_phase("analyse");
    int rc = 0;
    if (diag_error_count || !lower_program(&p, out, opt, output)) {
        rc = 1;
        buf_free(out);
    }
    time_phase("lower");
    program_free(&p, rc ? NULL : deps, dep_names);
    linemap_reset();
    unit_free(u);
    time_phase("free");
    return rc;
}
