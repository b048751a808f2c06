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

/* The lowerings made so far, by definition and by function (a function has
 * several with alternative definitions under #if/#else, chained by next_alt
 * in the order made): lookups are hash lookups, not scans of every lowering. */
static PtrMap lowered_by_def, lowered_by_fn;

static void add_lowered(Vec *lowered, Lowered *L) {
    vec_push(lowered, L);
    ptrmap_put(&lowered_by_def, L->def.id, L);
    Lowered *first = ptrmap_get(&lowered_by_fn, L->af);
    if (!first) {
        ptrmap_put(&lowered_by_fn, L->af, L);
        return;
    }
    while (first->next_alt) first = first->next_alt;
    first->next_alt = L;
}

static Lowered *find_lowered(Vec *lowered, TSNode def) {
    (void)lowered;
    Lowered *L = ptrmap_get(&lowered_by_def, def.id);
    return L && ts_node_eq(L->def, def) ? L : NULL;
}

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

/* L's frame struct, after those of the frames it embeds (depth first, with an
 * explicit stack: a chain of functions each awaiting the next can be long). */
typedef struct FrameStep {
    Lowered *L;
    int next;     /* the next of L's embeds */
    Lowered *alt; /* the next lowering of the embed being visited */
} FrameStep;

static void ensure_frames(Vec *lowered, Lowered *L, Buf *out) {
    (void)lowered;
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
            top->alt = ptrmap_get(&lowered_by_fn, top->L->embeds.items[top->next++]);
        } else {
            put_frame(top->L, out);
            len--;
        }
    }
    free(path);
}

/* ---- where frame structs go ------------------------------------------------
 * A frame struct is emitted with the first definition that needs it: its own,
 * or that of an earlier function that embeds it (ensure_frames). A frame
 * embedded by an earlier function moves up to that function's place, so it
 * may only use names declared before it: when a callee defined later has a
 * frame (with the frames it embeds, and its hoisted types) that names
 * anything declared between the two definitions (a type, an enumerator, a
 * macro, a variable), or the text between includes a header or #undef's a
 * macro, the caller awaits it through an allocation instead (as recursion
 * does), and the callee's frame stays at its own definition. */

/* The names declared by the file-scope text in [from, to). *opaque is set
 * when that text includes a header or undefines a macro: its names are not
 * known. Iterative: the tree may be deep. */
static void names_in(const Source *s, TSNode top, uint32_t from, uint32_t to, Vec *names, bool *opaque) {
    TSTreeCursor c = ts_tree_cursor_new(top);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
        bool inside = a >= from && b <= to, overlaps = a < to && b > from;
        bool descend = overlaps;
        if (inside) {
            if (node_is(n, "preproc_include")) *opaque = true;
            if (node_is(n, "preproc_call")) {
                char *dir = node_text(s, node_field(n, "directive"));
                if (!strcmp(dir, "#undef")) *opaque = true;
                free(dir);
            }
            if (node_is(n, "preproc_def") || node_is(n, "preproc_function_def") || node_is(n, "enumerator") ||
                ((node_is(n, "struct_specifier") || node_is(n, "union_specifier") ||
                  node_is(n, "enum_specifier")) && !ts_node_is_null(node_field(n, "name"))))
                vec_push(names, node_text(s, node_field(n, "name")));
            if (node_is(n, "function_definition") || node_is(n, "declaration") || node_is(n, "type_definition")) {
                uint32_t nc = ts_node_child_count(n);
                for (uint32_t i = 0; i < nc; i++) {
                    const char *field = node_child_field(n, i);
                    if (!field || strcmp(field, "declarator")) continue;
                    char *name = declarator_name(s, ts_node_child(n, i));
                    if (name) vec_push(names, name);
                }
            }
            /* a function's body declares nothing at file scope */
            if (node_is(n, "compound_statement")) descend = false;
        }
        if (descend && ts_tree_cursor_goto_first_child(&c)) continue;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c)) goto done;
    }
done:
    ts_tree_cursor_delete(&c);
}

/* names_in for each top-level item overlapping [from, to): the first found by
 * a binary search (nodes.c), not by walking every item before it (a file of
 * thousands of functions made that quadratic). */
static void names_between(const Source *s, TSNode root, uint32_t from, uint32_t to, Vec *names, bool *opaque) {
    uint32_t nc = ts_node_child_count(root);
    for (uint32_t i = node_first_child_ending_after(root, from); i < nc; i++) {
        TSNode c = ts_node_child(root, i);
        if (ts_node_start_byte(c) >= to) break;
        names_in(s, c, from, to, names, opaque);
    }
}

/* Does C text `text` use one of `names` as an identifier? */
static bool text_uses(const char *text, Vec *names) {
    if (!names->len) return false; /* the common case: nothing declared between */
    for (const char *p = text; p && *p;) {
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
            p++;
            continue;
        }
        const char *q = p;
        while (*q == '_' || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')) q++;
        for (int i = 0; i < names->len; i++) {
            const char *nm = names->items[i];
            if (strlen(nm) == (size_t)(q - p) && !memcmp(nm, p, (size_t)(q - p))) return true;
        }
        p = q;
    }
    return false;
}

/* Does the frame of L (with the frames it embeds and their types) use one of names? */
static bool frame_uses(Vec *lowered, Lowered *L, Vec *names, int depth) {
    if (text_uses(L->frame_struct, names) || (L->types && text_uses(L->types, names))) return true;
    if (depth > 1000) return true;
    for (int i = 0; i < L->embeds.len; i++) {
        Lowered *M = find_lowered(lowered, ((AsyncFn *)L->embeds.items[i])->def);
        if (M && frame_uses(lowered, M, names, depth + 1)) return true;
    }
    return false;
}

/* Decides whether f embeds g, a callee defined later (lowered already): not
 * when g's frame needs names declared between the two definitions. */
static void decide_embedding(Program *p, AsyncFn *f, AsyncFn *g, Vec *lowered) {
    const Source *s = p->unit->src;
    Lowered *G = find_lowered(lowered, g->def);
    Vec names = {0};
    bool opaque = false;
    names_between(s, p->unit->root, ts_node_end_byte(f->def), ts_node_start_byte(g->def), &names, &opaque);
    if (opaque || (G && frame_uses(lowered, G, &names, 0))) vec_push(&f->alloc_callees, g);
    for (int k = 0; k < names.len; k++) free(names.items[k]);
    vec_free(&names);
}

/* Lowers f after the callees defined later that it could embed, deciding for
 * each whether its frame can be emitted at f's place. Depth first with an
 * explicit stack: a file may chain thousands of functions, each awaiting the
 * next one defined after it. */
typedef struct OrderStep {
    AsyncFn *f;
    int i;        /* the callee being visited */
    bool entered; /* it has been lowered (or was being lowered) */
} OrderStep;

static void lower_in_order(Program *p, AsyncFn *root, Vec *lowered, const Options *opt) {
    if (find_lowered(lowered, root->def) || root->on_stack) return;
    root->on_stack = true; /* Tarjan is done with it */
    int len = 0, cap = 64;
    OrderStep *stack = xcalloc((size_t)cap, sizeof *stack);
    stack[len++] = (OrderStep){root, 0, false};
    while (len) {
        OrderStep *t = &stack[len - 1];
        AsyncFn *f = t->f;
        if (t->i < f->callees.len) {
            AsyncFn *g = f->callees.items[t->i];
            if (g->scc == f->scc || ts_node_start_byte(g->def) < ts_node_start_byte(f->def)) {
                t->i++;
                continue;
            }
            if (!t->entered) {
                t->entered = true;
                if (!find_lowered(lowered, g->def) && !g->on_stack) {
                    g->on_stack = true;
                    if (len == cap) stack = xrealloc(stack, (size_t)(cap *= 2) * sizeof *stack);
                    stack[len++] = (OrderStep){g, 0, false};
                    continue;
                }
            }
            decide_embedding(p, f, g, lowered);
            t->entered = false;
            t->i++;
            continue;
        }
        f->on_stack = false;
        add_lowered(lowered, lower_function(p, f, opt));
        len--;
    }
    free(stack);
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

/* By start; an insertion (empty range) before a replacement at the same place. */
static int cmp_edit(const void *a, const void *b) {
    const Edit *x = a, *y = b;
    if (x->start != y->start) return (x->start > y->start) - (x->start < y->start);
    return (x->end > y->end) - (x->end < y->end);
}

/* The edits for top-level node c: async definitions and prototypes become
 * generated code, .ah includes become .h includes, plain functions get their
 * handle temporaries; preprocessor conditionals are walked into. */
static void edit_top(Program *p, TSNode c, Vec *lowered, Edits *edits, bool *made_async,
                     const Options *opt) {
    const Source *s = p->unit->src;
    if (node_is(c, "preproc_if") || node_is(c, "preproc_ifdef") || node_is(c, "preproc_else") ||
        node_is(c, "preproc_elif") || node_is(c, "preproc_elifdef")) {
        uint32_t nc = ts_node_named_child_count(c);
        for (uint32_t i = 0; i < nc; i++) edit_top(p, ts_node_named_child(c, i), lowered, edits, made_async, opt);
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
    *made_async = true;
    if (opt->line_directives) buf_puts(&b, "#line @GEN@\n");
    if (is_def) {
        Lowered *L = find_lowered(lowered, c);
        if (L) {
            ensure_frames(lowered, L, &b);
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
    macros_collect(p->unit); /* macro.c: which macros' bodies name what */

    Vec lowered = {0};
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        if (f->kind == FN_USER && f->defined) lower_in_order(p, f, &lowered, opt);
        /* alternative definitions under #if/#else: each lowered as f */
        for (int k = 0; k < f->alt_defs.len; k++) {
            TSNode first = f->def;
            f->def = *(TSNode *)f->alt_defs.items[k];
            add_lowered(&lowered, lower_function(p, f, opt));
            f->def = first;
        }
    }
    Edits edits = {0};
    if (diag_error_count) goto done;

    bool ac_included = false;
    uint32_t nc = ts_node_named_child_count(root);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(root, i);
        bool made_async = false;
        edit_top(p, c, &lowered, &edits, &made_async, opt);
        /* the runtime's header before the first top-level item with async
         * code, outside any #if around it (all of its branches need it) */
        if (made_async && !ac_included) {
            uint32_t at = ts_node_start_byte(c);
            bool line_start = at == 0 || s->text[at - 1] == '\n';
            char *inc = opt->line_directives
                            ? xprintf("%s#include <ac.h>\n#include <string.h>\n#line %d %s\n%*s",
                                      line_start ? "" : "\n", source_line(s, at), s->c_path,
                                      (int)(at - s->line_starts[source_line(s, at) - 1]), "")
                            : xprintf("%s#include <ac.h>\n#include <string.h>\n", line_start ? "" : "\n");
            add_edit(&edits, at, at, inc);
            ac_included = true;
        }
    }
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
        free(L->frame_struct);
        free(L->types);
        free(L->definition);
        free(L->guard);
        vec_free(&L->embeds);
        free(L);
    }
    vec_free(&lowered);
    ptrmap_free(&lowered_by_def);
    ptrmap_free(&lowered_by_fn);
    return diag_error_count == 0;
}
