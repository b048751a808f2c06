/* emit.c: pass 4, the output. The source text is copied as written, with edits:
 * each async function (or generator) definition is replaced by its frame struct
 * (and those of the frames it embeds, first), its descriptor, constructor and
 * resume function; async prototypes by the declarations other files need;
 * `#include "x.ah"` by `#include "x.h"`; plain functions by their rewritten
 * text when they need it. `#line` directives follow every replacement. */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* The unit                                                                   */
/* ------------------------------------------------------------------------- */

/* L's frame struct, after those of the frames it embeds (depth first, with an
 * explicit stack: a chain of functions each awaiting the next can be long). */
typedef struct FrameStep {
    Lowered *L;
    int next;     /* the next of L's embeds */
    Lowered *alt; /* the next lowering of the embed being visited (#if/#else) */
} FrameStep;

static void put_frame(Lowered *L, Buf *out) {
    /* a definition under #if/#else: its frame struct under the same condition */
    buf_puts(out, L->guard);
    if (L->types) {
        buf_puts(out, L->types);
        if (strstr(L->types, "#line ")) buf_puts(out, "#line @GEN@\n"); /* back to generated lines */
    }
    buf_puts(out, L->frame_struct);
    for (int i = 0; i < L->guard_depth; i++) buf_puts(out, "#endif\n");
}

static void ensure_frames(Lowered *L, Buf *out) {
    if (L->struct_done) return;
    L->struct_done = true;
    int len = 0, cap = 64;
    FrameStep *path = xcalloc((size_t)cap, sizeof *path);
    path[len++] = (FrameStep){L, 0, NULL};
    while (len) {
        FrameStep *top = &path[len - 1];
        Lowered *M = top->alt;
        if (M) {
            top->alt = M->next_alt;
            if (M->struct_done) continue;
            M->struct_done = true;
            if (len == cap) path = xrealloc(path, (size_t)(cap *= 2) * sizeof *path);
            path[len++] = (FrameStep){M, 0, NULL};
        } else if (top->next < top->L->embeds.len) {
            AsyncFn *g = top->L->embeds.items[top->next++];
            top->alt = g->lowered;
        } else {
            put_frame(top->L, out);
            len--;
        }
    }
    free(path);
}

/* The lowering of definition def of f (one of several under #if/#else). */
static Lowered *find_lowered(AsyncFn *f, TSNode def) {
    for (Lowered *L = f->lowered; L; L = L->next_alt)
        if (ts_node_eq(L->def, def)) return L;
    return NULL;
}

/* Prototype of an async function: the constructor's prototype. */
static char *prototype_text(const Source *s, TSNode n, AsyncFn *f) {
    TSNode decl = node_field(n, "declarator");
    TSNode fd = declarator_function(decl);
    char *params = node_text(s, node_field(fd, "parameters"));
    bool st = node_has_specifier(s, n, "static");
    char *r;
    if (!strcmp(f->name, "main")) {
        r = xstrdup("/* async main declared */");
    } else if (st || f->is_gen) {
        r = xprintf("%sac_task *%s%s;", st ? "static " : "", f->name, params);
    } else {
        /* what other files need to build its frame inside theirs */
        bool none = !strcmp(params, "()") || !strcmp(params, "(void)");
        r = xprintf("ac_task *%s%s; extern const ac__desc %s__desc; "
                    "void %s__start(void *ac__fp%s%.*s); int %s__resume(void *ac__frame_ptr, ac_task *ac__task);",
                    f->name, params, f->name, f->name, none ? "" : ", ", none ? 0 : (int)strlen(params) - 2,
                    params + 1, f->name);
    }
    free(params);
    return r;
}

static int cmp_edit(const void *a, const void *b) {
    const Edit *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* The edits for top-level node c: async definitions and prototypes become
 * generated code, .ah includes become .h includes, plain functions get their
 * handle temporaries; preprocessor conditionals are walked into. */
static void edit_top(Program *p, TSNode c, Vec *lowered, Edits *edits, bool *ac_included,
                     const Options *opt) {
    const Source *s = p->unit->src;
    if (node_is(c, "preproc_if") || node_is(c, "preproc_ifdef") || node_is(c, "preproc_else") ||
        node_is(c, "preproc_elif") || node_is(c, "preproc_elifdef")) {
        uint32_t nc = ts_node_named_child_count(c);
        for (uint32_t i = 0; i < nc; i++) edit_top(p, ts_node_named_child(c, i), lowered, edits, ac_included, opt);
        return;
    }
    if (node_is(c, "preproc_include")) {
        TSNode path = node_field(c, "path");
        char *lit = node_text(s, path);
        size_t n = strlen(lit);
        if (n > 4 && !strcmp(lit + n - 4, ".ah\"")) {
            char *h = xprintf("%.*s.h\"", (int)(n - 4), lit);
            add_edit(edits, ts_node_start_byte(path), ts_node_end_byte(path), h);
        }
        free(lit);
        return;
    }
    bool is_def = node_is(c, "function_definition");
    bool is_async = (is_def || node_is(c, "declaration")) &&
                    (node_has_specifier(s, c, "async") || is_generator_decl(s, c));
    if (!is_async) {
        /* plain C that tree-sitter could not parse is copied as written */
        if (ts_node_has_error(c)) return;
        if (is_def) plain_edits(p, node_field(c, "body"), c, edits, opt);
        else if (node_is(c, "declaration")) plain_edits(p, c, (TSNode){0}, edits, opt);
        return;
    }
    char *name = declarator_name(s, declarator_function(node_field(c, "declarator")));
    AsyncFn *f = name ? prog_find_fn(p, name) : NULL;
    free(name);
    if (!f) return;
    Buf b = {0};
    if (!*ac_included) {
        buf_puts(&b, "#include <ac.h>\n#include <string.h>\n");
        *ac_included = true;
    }
    if (opt->line_directives) buf_puts(&b, "#line @GEN@\n");
    if (is_def) {
        Lowered *L = find_lowered(f, c);
        if (L) {
            ensure_frames(L, &b);
            buf_puts(&b, L->definition);
        }
    } else {
        char *proto = prototype_text(s, c, f);
        buf_puts(&b, proto);
        buf_puts(&b, "\n");
        free(proto);
    }
    if (opt->line_directives)
        buf_printf(&b, "#line %d %s\n", source_line(s, ts_node_end_byte(c)), s->c_path);
    add_edit(edits, ts_node_start_byte(c), ts_node_end_byte(c), b.data);
}

bool lower_program(Program *p, Buf *out, const Options *opt) {
    const Source *s = p->unit->src;
    TSNode root = p->unit->root;
    /* Checks first, then the lowering, which reports what it finds too: as
     * many errors per run as can be found. */
    check_tree(p, root, NULL);

    Vec lowered = {0};
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        /* f->lowered: its lowerings, chained (alternative definitions under #if/#else) */
        Lowered **last = &f->lowered;
        if (f->kind == FN_USER && f->defined) {
            *last = lower_function(p, f, opt);
            vec_push(&lowered, *last);
            last = &(*last)->next_alt;
        }
        for (int k = 0; k < f->alt_defs.len; k++) {
            TSNode first = f->def;
            f->def = *(TSNode *)f->alt_defs.items[k];
            *last = lower_function(p, f, opt);
            vec_push(&lowered, *last);
            last = &(*last)->next_alt;
            f->def = first;
        }
    }
    Edits edits = {0};
    if (diag_error_count) goto done;

    bool ac_included = false;
    uint32_t nc = ts_node_named_child_count(root);
    for (uint32_t i = 0; i < nc; i++)
        edit_top(p, ts_node_named_child(root, i), &lowered, &edits, &ac_included, opt);
    if (edits.len) qsort(edits.items, (size_t)edits.len, sizeof *edits.items, cmp_edit);

    /* banner, then the source with edits */
    buf_printf(out, "/* Generated by acc from %s. Do not edit: edit the .ac file. */\n", s->comment_path);
    if (opt->line_directives) buf_printf(out, "#line 1 %s\n", s->c_path);
    uint32_t pos = 0;
    for (int i = 0; i < edits.len; i++) {
        Edit *e = &edits.items[i];
        if (e->start < pos) continue; /* nested edit: the outer one won */
        buf_put(out, s->text + pos, e->start - pos);
        buf_puts(out, e->text);
        pos = e->end;
    }
    buf_put(out, s->text + pos, s->len - pos);
    if (out->len && out->data[out->len - 1] != '\n') buf_puts(out, "\n");

done:
    for (int i = 0; i < edits.len; i++) free(edits.items[i].text);
    free(edits.items);
    for (int i = 0; i < lowered.len; i++) {
        Lowered *L = lowered.items[i];
        L->af->lowered = NULL;
        free(L->frame_struct);
        free(L->types);
        free(L->definition);
        free(L->guard);
        vec_free(&L->embeds);
        free(L);
    }
    vec_free(&lowered);
    return diag_error_count == 0;
}
