/* analyse.c: which async functions the unit knows, the direct-await call graph
 * and its cycles, and the checks that need no lowering.
 *
 * The translator knows three kinds of async functions:
 *   - the runtime's (ac_sleep, ...): one table, expanded from ac_async.def,
 *     which the build generates from ac.h's `AC_ASYNC(T) name(params);`
 *     declarations (cmake/AcAsyncTable.cmake); their frames are embedded like
 *     any other;
 *   - those declared in the .ah headers the unit includes with #include "x.ah"
 *     (searched next to the including file, then in each -I directory): their
 *     frame layout is private to the file that defines them, but that file
 *     exports its size (f__desc) and a way to build it (f__start), so awaiting
 *     them builds the frame in a buffer of the awaiting frame when it fits;
 *   - the unit's own, declared or defined: a direct await embeds the callee's
 *     frame unless caller and callee are in one cycle of the call graph
 *     (recursion), where the callee is allocated.
 */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct RuntimeFn {
    const char *ret, *name, *params;
} RuntimeFn;

static const RuntimeFn runtime_fns[] = {
#define AC_ASYNC(ret, name, params) {#ret, #name, #params},
#include "ac_async.def"
#undef AC_ASYNC
};

/* Runtime functions that take or return handles, and what they do with them. */
static const struct {
    const char *name;
    RtRole role;
} runtime_roles[] = {
    {"ac_spawn", RT_PASS_THROUGH},
    {"ac_shield", RT_PRODUCER},        {"ac_wait_for", RT_PRODUCER},
    {"ac_gather", RT_PRODUCER},        {"ac_gather_of", RT_PRODUCER},
    {"ac_gather_settled", RT_PRODUCER}, {"ac_gather_settled_of", RT_PRODUCER},
    {"ac_wait", RT_PRODUCER},          {"ac_future_new", RT_PRODUCER},
    {"ac_as_completed", RT_PRODUCER},
    /* threads (xthread.c): futures of the current loop */
    {"ac_xfuture_wrap", RT_PRODUCER},  {"ac_loop_stopped", RT_PRODUCER},
    {"ac_release", RT_CONSUMER},       {"ac_detach", RT_CONSUMER},
    {"ac_run", RT_CONSUMER},           {"ac_loop_run", RT_CONSUMER},
    {"ac_group_spawn", RT_CONSUMER},   {"ac__main", RT_CONSUMER},
};

RtRole runtime_call_role(const char *name) {
    for (size_t i = 0; i < sizeof runtime_roles / sizeof *runtime_roles; i++)
        if (!strcmp(runtime_roles[i].name, name)) return runtime_roles[i].role;
    /* Every other runtime call only borrows the handles it is given. */
    if (!strncmp(name, "ac_", 3)) return RT_BORROWER;
    return RT_NOT_HANDLE;
}

/* The last one added of that name (a hash lookup: a unit may have many). */
AsyncFn *prog_find_fn(Program *p, const char *name) { return strmap_get(&p->fn_index, name); }

static AsyncFn *add_fn(Program *p, const char *name, FnKind kind) {
    AsyncFn *f = xcalloc(1, sizeof *f);
    f->name = xstrdup(name);
    f->kind = kind;
    f->scc = -1;
    f->index = -1;
    f->nparams = -1;
    vec_push(&p->fns, f);
    strmap_put(&p->fn_index, f->name, f);
    return f;
}

/* The type specifiers and qualifiers of a declaration or definition, without
 * storage classes, `async`, `inline` and attributes: "const char", "struct s";
 * for_type_name: without alignment specifiers too, which a type name cannot carry. */
char *declaration_specifiers(const Source *s, TSNode n, bool for_type_name) {
    Buf b = {0};
    uint32_t nc = ts_node_child_count(n);
    TSNode type = node_field(n, "type");
    /* `_Atomic` first: written last (`int _Atomic`), a `(` after it, as in
     * `int _Atomic (*)`, would make it the _Atomic(T) specifier (C11 6.7.2.4p4) */
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        if (node_is(c, "type_qualifier") && node_text_eq(s, c, "_Atomic")) buf_puts(&b, b.len ? " _Atomic" : "_Atomic");
    }
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        bool is_type = !ts_node_is_null(type) && ts_node_eq(c, type);
        if (!is_type && !node_is(c, "type_qualifier")) continue;
        if (!is_type && node_text_eq(s, c, "_Atomic")) continue;
        if (for_type_name && node_contains_type(c, "alignas_qualifier")) continue;
        if (b.len) buf_puts(&b, " ");
        char *t = is_type ? type_specifier_text(s, c) : node_text(s, c);
        buf_puts(&b, t);
        free(t);
    }
    if (!b.data) buf_puts(&b, "int");
    return b.data;
}

char *specifiers_text(const Source *s, TSNode n) { return declaration_specifiers(s, n, false); }

/* Text of declarator `decl` with the node `target` inside it replaced. */
char *declarator_replace(const Source *s, TSNode decl, TSNode target, const char *with) {
    uint32_t a = ts_node_start_byte(decl), b = ts_node_end_byte(decl);
    uint32_t ta = ts_node_start_byte(target), tb = ts_node_end_byte(target);
    Buf out = {0};
    buf_puts(&out, "");
    put_renamed(&out, s, decl, a, ta);
    buf_puts(&out, with);
    put_renamed(&out, s, decl, tb, b);
    return out.data;
}

/* Fills ret_type and ret_member of an async function declared by (node, decl). */
static void set_result_type(const Source *s, AsyncFn *f, TSNode node, TSNode decl) {
    char *spec = specifiers_text(s, node);
    TSNode fd = declarator_function(decl);
    char *abstract = declarator_replace(s, decl, fd, "");
    char *member = declarator_replace(s, decl, fd, "ac__ret");
    bool is_void = !strcmp(spec, "void") && !strchr(abstract, '*') && !strchr(abstract, '(');
    if (is_void) {
        f->ret_type = xstrdup("void");
        f->ret_member = NULL;
    } else {
        f->ret_type = *abstract ? xprintf("%s %s", spec, abstract) : xstrdup(spec);
        f->ret_member = xprintf("%s %s", spec, member);
        /* a pointer (or a function pointer), or an arithmetic type */
        f->ret_scalar = strchr(abstract, '*') || (!*abstract && type_specifier_scalar(s, node_field(node, "type")));
    }
    free(spec);
    free(abstract);
    free(member);
}

bool is_generator_decl(const Source *s, TSNode n) {
    TSNode type = node_field(n, "type");
    return node_is(type, "macro_type_specifier") && node_text_eq(s, node_field(type, "name"), "ac_gen");
}

/* A generator's element type: the T of ac_gen(T). */
static void set_element_type(const Source *s, AsyncFn *f, TSNode n) {
    TSNode type = node_field(node_field(n, "type"), "type");
    char *t = node_text(s, type);
    f->ret_type = t;
    f->ret_member = xprintf("%s ac__ret", t);
}

/* Is definition n in a branch of an #if that excludes f's other definitions? */
static bool defined_in_other_branch(AsyncFn *f, TSNode n) {
    if (f->kind != FN_USER || ts_node_is_null(f->def)) return false;
    char *pn = branch_path(n);
    bool ok = true;
    for (int i = -1; ok && i < f->alt_defs.len; i++) {
        char *po = branch_path(i < 0 ? f->def : *(TSNode *)f->alt_defs.items[i]);
        ok = branches_exclusive(pn, po);
        free(po);
    }
    free(pn);
    return ok;
}

/* Is definition n old-style (K&R): `int f(a, b) int a; char *b; {...}`? */
static bool is_kr_definition(TSNode n, TSNode fd) {
    TSNode params = node_field(fd, "parameters");
    uint32_t nc = ts_node_named_child_count(params);
    for (uint32_t i = 0; i < nc; i++)
        if (node_is(ts_node_named_child(params, i), "identifier")) return true;
    nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++)
        if (node_is(ts_node_named_child(n, i), "declaration")) return true;
    return false;
}

/* Records the parameter list of function declarator fd (in s) on f: how many
 * parameters, whether variadic, and their text when each has a name.
 * `f()` counts as no parameters: its frame takes none (see lower.c). */
static void set_params(const Source *s, AsyncFn *f, TSNode fd, uint32_t at) {
    TSNode params = node_field(fd, "parameters");
    free(f->params);
    free(f->param_names);
    f->param_names = NULL;
    f->nparams = 0;
    f->variadic = false;
    f->decl_src = s;
    f->decl_byte = at;
    Buf b = {0}, names = {0};
    buf_puts(&b, "");
    buf_puts(&names, "");
    bool named = true;
    uint32_t nc = ts_node_named_child_count(params);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode prm = ts_node_named_child(params, i);
        if (node_is(prm, "variadic_parameter")) {
            f->variadic = true;
            continue;
        }
        if (!node_is(prm, "parameter_declaration")) continue; /* comments */
        TSNode d = node_field(prm, "declarator");
        if (nc == 1 && ts_node_is_null(d) && node_text_eq(s, prm, "void")) break; /* (void) */
        TSNode id = declarator_ident(d);
        if (ts_node_is_null(id)) named = false;
        else {
            char *nm = node_text(s, id);
            buf_printf(&names, "%s%s", f->nparams ? ", " : "", nm);
            free(nm);
        }
        char *t = node_text(s, prm);
        buf_printf(&b, "%s%s", f->nparams ? ", " : "", t);
        free(t);
        f->nparams++;
    }
    if (named) {
        f->params = b.data;
        f->param_names = names.data;
    } else {
        f->params = NULL;
        buf_free(&b);
        buf_free(&names);
    }
}

/* The runtime's parameter lists, from ac_async.def's text: parsed once as the
 * prototypes `void NAME PARAMS;`. */
static void set_runtime_params(Program *p, size_t first) {
    Buf b = {0};
    size_t n = sizeof runtime_fns / sizeof *runtime_fns;
    for (size_t i = 0; i < n; i++) buf_printf(&b, "void %s%s;\n", runtime_fns[i].name, runtime_fns[i].params);
    Source *rs = source_from_string("ac_async.def", b.data);
    buf_free(&b);
    Unit *u = unit_parse(rs, false);
    if (!u) return;
    for (uint32_t i = 0; i < ts_node_named_child_count(u->root) && first + i < (size_t)p->fns.len; i++) {
        TSNode d = ts_node_named_child(u->root, i);
        TSNode fd = declarator_function(node_field(d, "declarator"));
        AsyncFn *f = p->fns.items[first + i];
        if (!ts_node_is_null(fd)) set_params(rs, f, fd, 0);
        f->decl_src = NULL; /* no file to point a note at */
    }
    unit_free(u);
    source_free(rs);
}

/* An async or generator declaration or definition at the top level of a unit. */
static void collect_top(Program *p, const Source *s, TSNode n, FnKind kind) {
    bool is_def = node_is(n, "function_definition");
    if (!is_def && !node_is(n, "declaration")) return;
    bool is_gen = is_generator_decl(s, n);
    if (!is_gen && !node_has_specifier(s, n, "async")) return;
    TSNode decl = node_field(n, "declarator");
    if (node_is(decl, "init_declarator")) {
        /* `async int x = 3;`: a variable (a function cannot be initialised) */
        char *v = declarator_name(s, decl);
        diag_error(s, ts_node_start_byte(decl), "'async' applies to functions only, not to variable '%s'", v ? v : "?");
        free(v);
        return;
    }
    TSNode fd = declarator_function(decl);
    if (ts_node_is_null(fd)) {
        char *v = declarator_name(s, decl);
        if (v) diag_error(s, ts_node_start_byte(decl), "'async' applies to functions only, not to variable '%s'", v);
        else diag_error(s, ts_node_start_byte(decl), "'async' applies to functions only");
        free(v);
        return;
    }
    char *name = declarator_name(s, fd);
    if (!name) return;
    if (is_def && is_kr_definition(n, fd)) {
        /* its frame needs the parameters' types in the list */
        diag_error(s, ts_node_start_byte(fd),
                   "async function '%s' has an old-style (K&R) parameter list: declare the parameters' "
                   "types in the list, as in '%s(int a, char *b)'", name, name);
        free(name);
        return;
    }
    AsyncFn *f = prog_find_fn(p, name);
    if (f && f->kind == FN_RUNTIME && p->libac) {
        /* libac's own .ac files define the runtime's composite operations:
         * ac.h declares them (the table), the definition is this one */
        if (!is_def) {
            free(name);
            return;
        }
        f->kind = FN_USER;
        f->defined = false;
    } else if (f && f->kind == FN_RUNTIME) {
        diag_error(s, ts_node_start_byte(decl), "'%s' is the runtime's async function (ac.h): choose another name", name);
        free(name);
        return;
    }
    if (!f || (f->kind == FN_EXTERN && kind == FN_USER)) {
        FnKind k = kind;
        f = add_fn(p, name, k);
        f->is_gen = is_gen;
        f->is_async = node_has_specifier(s, n, "async");
        if (is_gen) set_element_type(s, f, n);
        else set_result_type(s, f, n, decl);
    }
    /* the definition's parameters are the ones its frame takes */
    if (f->nparams < 0 || (is_def && !f->defined)) set_params(s, f, fd, ts_node_start_byte(fd));
    if (is_def) {
        if (f->defined && defined_in_other_branch(f, n)) {
            TSNode *alt = xcalloc(1, sizeof *alt);
            *alt = n;
            vec_push(&f->alt_defs, alt);
        } else if (f->defined) {
            diag_error(s, ts_node_start_byte(decl), "redefinition of async function '%s'", name);
            diag_note(s, ts_node_start_byte(node_field(f->def, "declarator")), "previous definition of '%s' is here", name);
        } else {
            f->defined = true;
            f->def = n;
            f->kind = FN_USER;
            f->is_static = node_has_specifier(s, n, "static");
        }
    } else if (node_has_specifier(s, n, "static")) {
        f->is_static = true;
    }
    free(name);
}

static bool file_exists(const char *path) {
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    return f != NULL;
}

static char *dir_of(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

static void collect_unit(Program *p, const Source *s, TSNode root, FnKind kind, int depth);

/* #include "x.ah": find it, parse it, and learn its async prototypes. */
static void collect_include(Program *p, const Source *s, TSNode inc, int depth) {
    TSNode path = node_field(inc, "path");
    if (!node_is(path, "string_literal")) return;
    char *lit = node_text(s, path);
    size_t n = strlen(lit);
    if (n < 5 || strcmp(lit + n - 4, ".ah\"")) {
        free(lit);
        return;
    }
    char *rel = xstrndup(lit + 1, n - 2);
    free(lit);
    char *found = NULL;
    char *dir = dir_of(s->path);
    char *cand = !strcmp(dir, ".") ? xstrdup(rel) : xprintf("%s/%s", dir, rel);
    free(dir);
    if (file_exists(cand)) found = cand;
    else free(cand);
    for (int i = 0; !found && i < p->include_dirs.len; i++) {
        cand = xprintf("%s/%s", (char *)p->include_dirs.items[i], rel);
        if (file_exists(cand)) found = cand;
        else free(cand);
    }
    if (!found) {
        diag_error(s, ts_node_start_byte(path), "cannot find '%s' (searched next to '%s' and in -I directories)", rel, s->path);
        free(rel);
        return;
    }
    for (int i = 0; i < p->deps.len; i++)
        if (!strcmp(p->deps.items[i], found)) {
            free(found);
            free(rel);
            return; /* already read: include guards are the header's business */
        }
    vec_push(&p->deps, found);
    vec_push(&p->dep_names, rel);
    if (depth > 32) return;
    Source *hs = source_load(found);
    if (!hs) return;
    Unit *hu = unit_parse(hs, false);
    if (hu) {
        collect_unit(p, hs, hu->root, FN_EXTERN, depth + 1);
        unit_free(hu);
    }
    /* Async functions found there keep their names; their nodes are not used.
     * The source stays: notes point at the declarations in it. */
    vec_push(&p->header_sources, hs);
}

static void collect_unit(Program *p, const Source *s, TSNode root, FnKind kind, int depth) {
    uint32_t nc = ts_node_named_child_count(root);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(root, i);
        if (node_is(c, "preproc_include")) {
            collect_include(p, s, c, depth);
        } else if (node_is(c, "preproc_ifdef") || node_is(c, "preproc_if") ||
                   node_is(c, "preproc_else") || node_is(c, "preproc_elif") ||
                   node_is(c, "linkage_specification") || node_is(c, "declaration_list")) {
            collect_unit(p, s, c, kind, depth);
        } else {
            if (node_is(c, "type_definition")) types_learn_typedef(s, c);
            types_learn_fam(s, c);
            types_learn_functions(s, c);
            types_learn_macro(s, c);
            collect_top(p, s, c, kind);
        }
    }
}

/* ---- the direct-await call graph -------------------------------------- */

/* The functions of this unit that f's body awaits directly, in the order of
 * their first await (a loop over the unit's preorder, nodes.c). */
static void collect_callees(Program *p, const Source *s, AsyncFn *f, TSNode body) {
    Preorder o;
    if (!node_preorder(body, &o)) return;
    for (uint32_t i = o.first; i < o.last; i++) {
        if (preorder_type_id(&o, i) != TYPE_ID("await_expression")) continue;
        TSNode n = o.nodes[i];
        TSNode arg = node_field(n, "argument");
        if (!node_is(arg, "call_expression")) continue;
        TSNode fn = node_field(arg, "function");
        if (!node_is(fn, "identifier")) continue;
        char *name = node_text(s, fn);
        AsyncFn *g = prog_find_fn(p, name);
        free(name);
        if (g && g->kind == FN_USER && g->defined && g->callee_of != f) {
            g->callee_of = f; /* recorded once per caller */
            vec_push(&f->callees, g);
        }
    }
}

/* Tarjan's algorithm, with an explicit stack for the depth-first walk: a file
 * may chain thousands of functions, each awaiting the next. */
typedef struct TarjanStep {
    AsyncFn *f;
    int edge; /* the next of f's callees to visit */
} TarjanStep;

static void tarjan_visit(AsyncFn *f, int *index, Vec *stack, TarjanStep **path, int *len, int *cap) {
    f->index = f->lowlink = (*index)++;
    vec_push(stack, f);
    f->on_stack = true;
    if (*len == *cap) {
        *cap = *cap ? 2 * *cap : 64;
        *path = xrealloc(*path, (size_t)*cap * sizeof **path);
    }
    (*path)[(*len)++] = (TarjanStep){f, 0};
}

static void tarjan(AsyncFn *root, int *index, Vec *stack, int *scc) {
    TarjanStep *path = NULL;
    int len = 0, cap = 0;
    tarjan_visit(root, index, stack, &path, &len, &cap);
    while (len) {
        TarjanStep *top = &path[len - 1];
        AsyncFn *f = top->f;
        if (top->edge < f->callees.len) {
            AsyncFn *g = f->callees.items[top->edge++];
            if (g->index < 0) tarjan_visit(g, index, stack, &path, &len, &cap);
            else if (g->on_stack && g->index < f->lowlink) f->lowlink = g->index;
            continue;
        }
        if (f->lowlink == f->index) {
            AsyncFn *g;
            do {
                g = stack->items[--stack->len];
                g->on_stack = false;
                g->scc = *scc;
            } while (g != f);
            (*scc)++;
        }
        len--;
        if (len && f->lowlink < path[len - 1].f->lowlink) path[len - 1].f->lowlink = f->lowlink;
    }
    free(path);
}

/* Does a `yield` of the definition def read the value sent to it (`x = yield
 * v`, not the statement `yield v;`)? Range loops over the generator in other
 * functions clear that value before each step (range.c, plain.c): known
 * before any function is lowered, so the order of the lowering cannot change
 * the output. */
static bool reads_sent_value(TSNode def) {
    Preorder o;
    if (!node_preorder(def, &o)) return false;
    for (uint32_t i = o.first; i < o.last; i++) {
        TSNode n = o.nodes[i];
        if (!node_is(n, "yield_expression")) continue;
        if (ts_node_child_count(n) > 1 && !strcmp(ts_node_type(ts_node_child(n, 1)), "from")) continue;
        TSNode up = ts_node_parent(n);
        while (node_is(up, "parenthesized_expression")) up = ts_node_parent(up);
        if (!node_is(up, "expression_statement")) return true;
    }
    return false;
}

static void mark_sent_used(AsyncFn *f) {
    if (f->kind != FN_USER || !f->is_gen) return;
    f->sent_used = f->defined && reads_sent_value(f->def);
    for (int k = 0; k < f->alt_defs.len && !f->sent_used; k++) f->sent_used = reads_sent_value(*(TSNode *)f->alt_defs.items[k]);
}

bool await_is_embedded(AsyncFn *caller, AsyncFn *callee) {
    if (callee->kind == FN_RUNTIME) return true;
    if (callee->kind != FN_USER || !callee->defined) return false;
    for (int i = 0; i < caller->alloc_callees.len; i++)
        if (caller->alloc_callees.items[i] == callee) return false;
    return caller->scc != callee->scc;
}

void analyse(Program *p) {
    types_reset();
    size_t first_runtime = (size_t)p->fns.len;
    hoist_reset();
    for (size_t i = 0; i < sizeof runtime_fns / sizeof *runtime_fns; i++) {
        AsyncFn *f = add_fn(p, runtime_fns[i].name, FN_RUNTIME);
        f->ret_type = xstrdup(runtime_fns[i].ret);
        f->ret_member = strcmp(f->ret_type, "void") ? xprintf("%s ac__ret", f->ret_type) : NULL;
        f->defined = true;
        f->is_async = true;
    }
    set_runtime_params(p, first_runtime);
    const Source *s = p->unit->src;
    collect_unit(p, s, p->unit->root, FN_USER, 0);
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        if (f->kind == FN_USER && f->defined) collect_callees(p, s, f, node_field(f->def, "body"));
        for (int k = 0; k < f->alt_defs.len; k++)
            collect_callees(p, s, f, node_field(*(TSNode *)f->alt_defs.items[k], "body"));
        mark_sent_used(f);
    }
    int index = 0, scc = 0;
    Vec stack = {0};
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        if (f->kind == FN_USER && f->defined && f->index < 0) tarjan(f, &index, &stack, &scc);
    }
    vec_free(&stack);
}
