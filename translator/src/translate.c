/* translate.c: one whole translation in memory: parse, analyse, lower and emit
 * into a buffer. The command line (main.c) reads and writes the files around
 * it; the fuzz target (tests/fuzz/fuzz_acc.c) calls it on each input. Nothing
 * is written; the only files read are the .ah headers the source includes. */
#define _GNU_SOURCE /* memmem */
#include "acc.h"

#include <stdlib.h>
#include <string.h>

/* Resolves the #line @GEN@ markers to the output's own line numbers, so that
 * generated code points at the generated file (re2c's "#line both ways").
 * The text between markers is copied in one piece; only its newlines are
 * counted. */
static void resolve_gen_lines(Buf *b, const char *outpath) {
    static const char mark[] = "#line @GEN@";
    const size_t mlen = sizeof mark - 1;
    char *lit = c_string_literal(outpath);
    Buf r = {0};
    int line = 1;
    const char *p = b->data, *end = b->data + b->len, *copied = p, *counted = p;
    while (p < end) {
        const char *q = memmem(p, (size_t)(end - p), mark, mlen);
        if (!q) break;
        if (q != b->data && q[-1] != '\n') { /* not at a line's start */
            p = q + 1;
            continue;
        }
        for (const char *c = counted; (c = memchr(c, '\n', (size_t)(q - c))) != NULL; c++) line++;
        buf_put(&r, copied, (size_t)(q - copied));
        buf_printf(&r, "#line %d %s\n", line + 1, lit);
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        p = copied = counted = nl ? nl + 1 : end;
        line += nl != NULL;
    }
    buf_put(&r, copied, (size_t)(end - copied));
    free(lit);
    buf_free(b);
    *b = r;
}

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
}

int translate_source(Source *src, const Options *opt, const char *output, Buf *out, Vec *deps,
                     Vec *dep_names) {
    Unit *u = unit_parse(src, true);
    time_phase("parse");
    if (!u) return 1;
    node_cache_use(u->tree); /* nodes.c: fast children, parents, await counts */
    Program p = {0};
    p.unit = u;
    p.include_dirs = opt->include_dirs;
    size_t n = strlen(src->path);
    p.is_header = n > 3 && !strcmp(src->path + n - 3, ".ah");
    analyse(&p);
    time_phase("analyse");
    int rc = 0;
    if (diag_error_count || !lower_program(&p, out, opt)) {
        rc = 1;
        buf_free(out);
    } else if (opt->line_directives) {
        time_phase("assemble");
        resolve_gen_lines(out, output);
    }
    time_phase("lower");
    program_free(&p, rc ? NULL : deps, dep_names);
    linemap_reset();
    unit_free(u);
    time_phase("free");
    return rc;
}
