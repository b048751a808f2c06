/* check.c: the checks on the whole unit that need no lowering, reported in the
 * program's own terms (the names and argument numbers as written, at the .ac
 * line), so that a mistake around `await` never surfaces as a C compiler
 * message about generated names:
 *   - placement: await/yield/for await outside async code, try/throw outside
 *     async functions and generators, reserved words;
 *   - calls of async functions: argument counts (the parameter lists analyse.c
 *     records), a dropped or misused coroutine object (`int v = fetch(3);`);
 *   - `await E` and range loops over something acc can see is not a handle
 *     (a literal, arithmetic, a plain function of the file, a local of a
 *     visible non-handle type); what acc cannot see is checked by the C
 *     compiler through the _Static_assert made by handle_check_stmt;
 *   - `return` with or without a value against the async function's type.
 *
 * Types: acc does not type C expressions, but it can see the declared type of
 * a name declared in the file (a local, a parameter, a global, a function's
 * result) and the type of a literal or an operator's result. ty_of_expr says
 * what it sees, and answers "unknown" whenever it cannot be sure.
 */
#include "acc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* What acc can see of a type                                                 */
/* ------------------------------------------------------------------------- */

typedef enum { BASE_UNKNOWN, BASE_HANDLE, BASE_VOID, BASE_OTHER } Base;

/* A type as acc sees it: its base (the specifiers) and how many pointer
 * (or decayed array) levels are on top of it. */
typedef struct Ty {
    Base base;
    int levels;
    char *spec; /* the specifiers as written, for messages */
} Ty;

static Ty ty_unknown(void) { return (Ty){BASE_UNKNOWN, 0, NULL}; }

static Ty ty_named(Base b, const char *spec, int levels) { return (Ty){b, levels, xstrdup(spec)}; }

/* Is the type visibly an ac_task * (the one handle type)? */
static bool ty_is_handle(Ty t) { return t.base == BASE_HANDLE && t.levels == 1; }

/* Is the type visibly not one a handle converts to? (void * and typedef names
 * acc cannot see through may be.) */
static bool ty_not_handle(Ty t) {
    if (t.base == BASE_UNKNOWN) return t.levels >= 2;
    if (t.base == BASE_VOID) return t.levels != 1;
    if (t.base == BASE_HANDLE) return t.levels != 1;
    return true;
}

/* The type as text for messages: "int", "char *", "struct s **". */
static char *ty_text(Ty t) {
    Buf b = {0};
    buf_puts(&b, t.spec ? t.spec : "?");
    if (t.levels) buf_puts(&b, " ");
    for (int i = 0; i < t.levels; i++) buf_puts(&b, "*");
    return b.data;
}

/* The base of the type named by specifier node `type` (with the declaration's
 * qualifiers in `spec`, for the message). */
static Ty ty_of_specifier(const Source *s, TSNode type, const char *spec) {
    if (ts_node_is_null(type)) return ty_named(BASE_OTHER, "int", 0);
    const char *k = ts_node_type(type);
    if (!strcmp(k, "primitive_type")) return ty_named(node_text_eq(s, type, "void") ? BASE_VOID : BASE_OTHER, spec, 0);
    if (!strcmp(k, "sized_type_specifier") || !strcmp(k, "enum_specifier")) return ty_named(BASE_OTHER, spec, 0);
    if (!strcmp(k, "struct_specifier") || !strcmp(k, "union_specifier")) {
        TSNode name = node_field(type, "name");
        bool task = !ts_node_is_null(name) && node_text_eq(s, name, "ac_task");
        return ty_named(task ? BASE_HANDLE : BASE_OTHER, spec, 0);
    }
    if (!strcmp(k, "type_identifier")) {
        /* the runtime's typedefs are known: three names of the handle type,
         * and distinct structs (ac_stream, ac_queue, ...) or a function
         * pointer (ac_handler); other typedef names are not seen through */
        if (node_text_eq(s, type, "ac_task") || node_text_eq(s, type, "ac_future") || node_text_eq(s, type, "ac_gen"))
            return ty_named(BASE_HANDLE, spec, 0);
        char *t = node_text(s, type);
        bool known = !strncmp(t, "ac_", 3) || !strcmp(t, "_Bool") || !strcmp(t, "size_t");
        free(t);
        return known ? ty_named(BASE_OTHER, spec, 0) : (Ty){BASE_UNKNOWN, 0, xstrdup(spec)};
    }
    return ty_unknown();
}

/* Adds the pointer/array levels of declarator d (down to its name, or to the
 * function declarator when `to_function`) to t; a function declarator on the
 * way makes it unknown (a function, or a function pointer). */
static Ty ty_apply_declarator(Ty t, TSNode d, bool to_function) {
    while (!ts_node_is_null(d)) {
        const char *k = ts_node_type(d);
        if (!strcmp(k, "pointer_declarator") || !strcmp(k, "abstract_pointer_declarator") ||
            !strcmp(k, "array_declarator") || !strcmp(k, "abstract_array_declarator")) {
            t.levels++;
        } else if (!strcmp(k, "function_declarator") || !strcmp(k, "abstract_function_declarator")) {
            if (to_function) return t;
            free(t.spec);
            return ty_unknown();
        } else if (!strcmp(k, "parenthesized_declarator") || !strcmp(k, "abstract_parenthesized_declarator")) {
            d = ts_node_named_child(d, 0);
            continue;
        } else if (strcmp(k, "init_declarator") != 0) {
            break; /* the name */
        }
        d = node_field(d, "declarator");
    }
    return t;
}

/* The type of the thing declarator d declares in declaration (or parameter,
 * or type descriptor) n. */
static Ty ty_of_declarator(const Source *s, TSNode n, TSNode d, bool to_function) {
    char *spec = specifiers_text(s, n);
    Ty t = ty_of_specifier(s, node_field(n, "type"), spec);
    free(spec);
    return ty_apply_declarator(t, d, to_function);
}

/* The async function a call names, unless a local declaration shadows it. */
static AsyncFn *call_target(Program *p, const Source *s, TSNode call) {
    if (!node_is(call, "call_expression")) return NULL;
    TSNode fn = node_field(call, "function");
    if (!node_is(fn, "identifier")) return NULL;
    char *name = node_text(s, fn);
    AsyncFn *f = prog_find_fn(p, name);
    if (f) {
        TSNode decl;
        bool local = false;
        TSNode d = find_declaration(s, call, name, &decl, &local);
        if (!ts_node_is_null(d) && local) f = NULL;
    }
    free(name);
    return f;
}

/* ------------------------------------------------------------------------- */
/* What acc can see of an expression's type                                   */
/* ------------------------------------------------------------------------- */

static Ty ty_of_expr(Program *p, const Source *s, TSNode n);

static Ty ty_of_number(const Source *s, TSNode n) {
    char *t = node_text(s, n);
    bool hex = t[0] == '0' && (t[1] == 'x' || t[1] == 'X');
    bool floating = strchr(t, '.') || (!hex && (strchr(t, 'e') || strchr(t, 'E'))) || (hex && (strchr(t, 'p') || strchr(t, 'P')));
    free(t);
    return ty_named(BASE_OTHER, floating ? "double" : "int", 0);
}

/* The result type of the function a call names, when acc can see its
 * declaration in the file; handle-making runtime functions are known. */
static Ty ty_of_call(Program *p, const Source *s, TSNode call) {
    TSNode fn = node_field(call, "function");
    if (!node_is(fn, "identifier")) return ty_unknown();
    AsyncFn *f = call_target(p, s, call);
    if (f) return ty_named(BASE_HANDLE, f->is_gen ? "ac_gen" : "ac_task", 1);
    char *name = node_text(s, fn);
    RtRole role = runtime_call_role(name);
    TSNode decl;
    bool local;
    TSNode d = find_declaration(s, call, name, &decl, &local);
    free(name);
    if (role == RT_PRODUCER || role == RT_PASS_THROUGH) return ty_named(BASE_HANDLE, "ac_task", 1);
    if (ts_node_is_null(d) || ts_node_is_null(declarator_function(d))) return ty_unknown();
    return ty_of_declarator(s, decl, d, true);
}

static Ty ty_of_binary(Program *p, const Source *s, TSNode n) {
    TSNode op = node_field(n, "operator");
    static const char *const to_int[] = {"==", "!=", "<", ">", "<=", ">=", "&&", "||"};
    for (size_t i = 0; i < sizeof to_int / sizeof *to_int; i++)
        if (node_text_eq(s, op, to_int[i])) return ty_named(BASE_OTHER, "int", 0);
    Ty l = ty_of_expr(p, s, node_field(n, "left"));
    Ty r = ty_of_expr(p, s, node_field(n, "right"));
    /* arithmetic on two visibly arithmetic operands: the left's type will do
     * for a message (pointer arithmetic is left unknown) */
    bool arith = l.base == BASE_OTHER && !l.levels && r.base == BASE_OTHER && !r.levels;
    free(r.spec);
    if (arith) return l;
    free(l.spec);
    return ty_unknown();
}

static Ty ty_of_expr_at(Program *p, const Source *s, TSNode n);

/* What acc sees of the type of expression n: see the file comment. Deeply
 * nested expressions are "unknown" past a depth: no deep recursion. */
static Ty ty_of_expr(Program *p, const Source *s, TSNode n) {
    static int depth;
    if (depth > 64) return ty_unknown();
    depth++;
    Ty t = ty_of_expr_at(p, s, n);
    depth--;
    return t;
}

static Ty ty_of_expr_at(Program *p, const Source *s, TSNode n) {
    n = strip_parens(n);
    const char *k = node_type(n);
    if (!strcmp(k, "number_literal")) return ty_of_number(s, n);
    if (!strcmp(k, "char_literal")) return ty_named(BASE_OTHER, "int", 0);
    if (!strcmp(k, "string_literal") || !strcmp(k, "concatenated_string")) return ty_named(BASE_OTHER, "char", 1);
    if (!strcmp(k, "true") || !strcmp(k, "false")) return ty_named(BASE_OTHER, "int", 0);
    if (!strcmp(k, "sizeof_expression") || !strcmp(k, "alignof_expression")) return ty_named(BASE_OTHER, "size_t", 0);
    if (!strcmp(k, "unary_expression")) return ty_named(BASE_OTHER, "int", 0); /* ! ~ - +: never a pointer */
    if (!strcmp(k, "binary_expression")) return ty_of_binary(p, s, n);
    if (!strcmp(k, "call_expression")) return ty_of_call(p, s, n);
    if (!strcmp(k, "update_expression")) return ty_of_expr(p, s, node_field(n, "argument"));
    if (!strcmp(k, "assignment_expression")) return ty_of_expr(p, s, node_field(n, "left"));
    if (!strcmp(k, "comma_expression")) return ty_of_expr(p, s, node_field(n, "right"));
    if (!strcmp(k, "cast_expression")) {
        TSNode td = node_field(n, "type");
        return ty_of_declarator(s, td, node_field(td, "declarator"), false);
    }
    if (!strcmp(k, "pointer_expression")) { /* *x and &x */
        Ty t = ty_of_expr(p, s, node_field(n, "argument"));
        bool deref = node_text_eq(s, node_field(n, "operator"), "*");
        if (t.base == BASE_UNKNOWN && !t.levels) return t;
        t.levels += deref ? -1 : 1;
        if (t.levels < 0) t.base = BASE_UNKNOWN;
        return t;
    }
    if (!strcmp(k, "subscript_expression")) {
        Ty t = ty_of_expr(p, s, node_field(n, "argument"));
        if (t.levels <= 0) {
            free(t.spec);
            return ty_unknown();
        }
        t.levels--;
        return t;
    }
    if (!strcmp(k, "identifier")) {
        char *name = node_text(s, n);
        TSNode decl;
        bool local;
        TSNode d = find_declaration(s, n, name, &decl, &local);
        free(name);
        if (ts_node_is_null(d) || node_is(decl, "function_definition")) return ty_unknown();
        if (node_has_specifier(s, decl, "typedef")) return ty_unknown();
        return ty_of_declarator(s, decl, d, false);
    }
    return ty_unknown();
}

/* ------------------------------------------------------------------------- */
/* Names that are nearly right                                                */
/* ------------------------------------------------------------------------- */

/* The optimal string alignment distance: insertions, deletions,
 * substitutions and swaps of two neighbours (the commonest typo) cost 1. */
static int edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return 99;
    int d[65][65];
    for (size_t i = 0; i <= la; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}

/* The async function whose name is nearest to `name` (one edit off for short
 * names, up to a third of the letters for long ones), or NULL. */
static AsyncFn *nearest_async(Program *p, const char *name) {
    AsyncFn *best = NULL;
    int len = (int)strlen(name);
    int best_d = (len <= 3 ? 1 : len / 3 > 2 ? len / 3 : 2) + 1;
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        if (f->is_gen) continue;
        int d = edit_distance(name, f->name);
        if (d < best_d) {
            best_d = d;
            best = f;
        }
    }
    return best;
}

/* ------------------------------------------------------------------------- */
/* The C compiler's share: handles acc cannot type                           */
/* ------------------------------------------------------------------------- */

/* `text` as an ac_task *, with a check that makes the C compiler report
 * `why` at this line when it is not one, and no second message from the
 * conversion. One expression (a block would end the scope of an implicit
 * declaration, and clang would report it twice); _Generic and _Static_assert
 * are C11; the message has no quotes, which gcc would print escaped. */
char *handle_checked(const char *text, const char *why) {
    return xprintf("((void)sizeof(struct { _Static_assert(_Generic((%s), ac_task *: 1, default: 0), \"%s\"); "
                   "int ac__x; }), _Generic((%s), ac_task *: (%s), default: (ac_task *)0))",
                   text, why, text, text);
}

/* Does acc need the C compiler to check that `e` (awaited, or a range loop's
 * generator) is a handle? Then returns the message for it, else NULL. */
char *handle_check_message(Program *p, const Source *s, TSNode e, const char *what) {
    e = strip_parens(e);
    Ty t = ty_of_expr(p, s, e);
    bool sure = ty_is_handle(t) || ty_not_handle(t); /* the latter is reported by check_tree */
    free(t.spec);
    if (sure) return NULL;
    if (node_is(e, "call_expression") && node_is(node_field(e, "function"), "identifier")) {
        char *name = node_text(s, node_field(e, "function"));
        TSNode decl;
        bool local;
        bool declared = !ts_node_is_null(find_declaration(s, e, name, &decl, &local));
        AsyncFn *near = declared ? NULL : nearest_async(p, name);
        char *m = near ? xprintf("%s needs an async call or an ac_task * handle: %s is not an async function "
                                 "(did you mean %s?) and does not return an ac_task *",
                                 what, name, near->name)
                       : xprintf("%s needs an async call or an ac_task * handle: %s is not an async function "
                                 "and does not return an ac_task *",
                                 what, name);
        free(name);
        return m;
    }
    return xprintf("%s needs an async call or an ac_task * handle", what);
}

/* In async code: `text` (malloc'd, of expression e, awaited or iterated as
 * `what` says) checked by the C compiler when acc cannot see its type:
 * returns the text to use in its place. */
char *handle_check_emit(Fn *F, TSNode e, char *text, const char *what) {
    char *why = handle_check_message(F->p, F->s, e, what);
    if (!why) return text;
    char *r = handle_checked(text, why);
    free(why);
    free(text);
    return r;
}

/* ------------------------------------------------------------------------- */
/* The C compiler's share: arguments of direct awaits                          */
/* ------------------------------------------------------------------------- */

/* Does identifier `name` occur in C text? (Conservative: in a string or after
 * `.` counts too.) */
static bool mentions_name(const char *text, const char *name) {
    size_t n = strlen(name);
    for (const char *q = strstr(text, name); q; q = strstr(q + 1, name)) {
        bool before = q > text && (q[-1] == '_' || (q[-1] >= '0' && q[-1] <= '9') ||
                                   ((q[-1] | 32) >= 'a' && (q[-1] | 32) <= 'z'));
        char c = q[n];
        bool after = c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
        if (!before && !after) return true;
    }
    return false;
}

/* A direct await builds the callee's frame with g__init(frame, args) (or
 * g__start, for another file's g): a mistake in an argument would be reported
 * about g__init, with the numbers shifted by the frame. So the arguments go
 * through a call of a block-scope pointer named g, with g's own parameters
 * and the frame last:
 *
 *     { void (*add)(int a, int *b, void *ac__fp) = add__init__args; add(1, &d, &frame); }
 *
 * That is an ordinary C call: each argument is converted as if by assignment
 * to its parameter, exactly as when calling g__init, and a bad one is
 * reported once, as "argument 2 of 'add'", at the await's line. The adapter
 * add__init__args passes them on to add__init (unless the frame is NULL:
 * another file's frame that could not be allocated); it is emitted once per
 * unit (a preprocessor guard) next to add__init. The pointer shadows
 * the function for that one statement (-Wshadow is quietened there); not
 * done when the arguments name g themselves, or g's parameters are unnamed. */
/* Can g's frame be built through a named call? Its parameters must have names
 * (the adapter passes them on) and be some (none: nothing to check). */
static bool has_adapter(AsyncFn *g) { return g->params && g->nparams > 0 && !g->variadic; }

char *args_adapter(AsyncFn *g, const char *init_fn) {
    if (!has_adapter(g)) return NULL;
    /* its parameters are g's, as written: one that shadows a global was
     * reported at g's own definition already; the frame of another file's
     * function may be NULL (an allocation that failed: nothing to build) */
    bool start = strstr(init_fn, "__start") != NULL;
    return xprintf("#ifndef AC__A_%s\n#define AC__A_%s\nAC__SHADOW_OK static inline AC__UNUSED void %s__args(%s, "
                   "void *ac__fp) { %s%s(ac__fp, %s); } AC__SHADOW_END\n#endif\n",
                   init_fn, init_fn, init_fn, g->params, start ? "if (ac__fp) " : "", init_fn, g->param_names);
}

char *named_init_call(Fn *F, AsyncFn *g, TSNode call, const char *args, const char *frame, const char *init_fn) {
    if (!has_adapter(g) || mentions_name(args, g->name)) return NULL;
    /* the file's own and other files' functions have their adapter next to
     * their init or start function (lower.c, emit.c): it exists exactly when
     * they do; the runtime's come with the caller's frame struct */
    if (g->kind == FN_RUNTIME) {
        char *guard = xprintf("AC__A_%s\n", init_fn);
        if (!F->adapters.data || !strstr(F->adapters.data, guard)) {
            char *a = args_adapter(g, init_fn);
            buf_puts(&F->adapters, a);
            free(a);
        }
        free(guard);
    }
    /* the call carries the line of the awaited call (when it is not the
     * statement's): the compiler's message points there */
    int at = source_line(F->s, ts_node_start_byte(call));
    char *line = F->opt->line_directives && at != F->line ? xprintf("#line %d %s\n", at, F->s->c_path) : xstrdup("");
    /* not a const pointer: gcc would fold it into the adapter's name */
    char *r = xprintf("%s{ AC__SHADOW_OK void (*%s)(%s, void *) = %s__args; AC__SHADOW_END %s(%s, %s); }", line,
                      g->name, g->params, init_fn, g->name, args, frame);
    free(line);
    return r;
}

/* ------------------------------------------------------------------------- */
/* The checks                                                                 */
/* ------------------------------------------------------------------------- */

/* A call of async function f: the argument count against its parameters. */
static void check_call_args(const Source *s, AsyncFn *f, TSNode call) {
    if (f->nparams < 0) return;
    TSNode args = node_field(call, "arguments");
    int have = 0;
    uint32_t nc = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < nc; i++) have += !node_is(ts_node_named_child(args, i), "comment");
    bool few = have < f->nparams, many = have > f->nparams && !f->variadic;
    if (!few && !many) return;
    diag_error(s, ts_node_start_byte(call), "too %s arguments to %s '%s' (expected %d, have %d)",
               few ? "few" : "many", f->is_gen ? "generator" : "async function", f->name, f->nparams, have);
    if (f->decl_src) diag_note(f->decl_src, f->decl_byte, "declared here");
    else diag_note(NULL, 0, "'%s' is declared in ac.h as: async %s %s(%s)", f->name, f->ret_type, f->name,
                   f->params ? f->params : "...");
}

/* Where the value of expression n goes, when that is somewhere its type is
 * visible: the type of the variable it initialises, of the function result it
 * returns, or "a condition". Returns a message fragment (malloc'd) when that
 * is visibly not a handle, else NULL. */
/* "a value of type 'T'" when t is visibly not a handle, else NULL; frees t. */
static char *non_handle_use(Ty t) {
    char *r = NULL;
    if (ty_not_handle(t)) {
        char *tt = ty_text(t);
        r = xprintf("a value of type '%s'", tt);
        free(tt);
    }
    free(t.spec);
    return r;
}

static char *value_use(Program *p, const Source *s, TSNode n, AsyncFn *in_fn) {
    TSNode e = n, up = ts_node_parent(n);
    while (node_is(up, "parenthesized_expression")) {
        e = up;
        up = ts_node_parent(up);
    }
    const char *k = node_type(up);
    if (!strcmp(k, "init_declarator") && ts_node_eq(node_field(up, "value"), e)) {
        TSNode decl = ts_node_parent(up);
        if (!node_is(decl, "declaration")) return NULL;
        return non_handle_use(ty_of_declarator(s, decl, up, false));
    }
    if (!strcmp(k, "assignment_expression") && ts_node_eq(node_field(up, "right"), e) &&
        node_text_eq(s, node_field(up, "operator"), "=")) {
        /* v = fetch(3); with v visibly of a non-handle type */
        return non_handle_use(ty_of_expr(p, s, node_field(up, "left")));
    }
    if (!strcmp(k, "return_statement") && in_fn && !in_fn->is_gen) {
        /* `return fetch(3);` in an async int function */
        if (!strcmp(in_fn->ret_type, "void") || strchr(in_fn->ret_type, '*') || strchr(in_fn->ret_type, '('))
            return NULL;
        return xprintf("the result of async function '%s' of type '%s'", in_fn->name, in_fn->ret_type);
    }
    bool cond = (!strcmp(k, "if_statement") || !strcmp(k, "while_statement") || !strcmp(k, "do_statement") ||
                 !strcmp(k, "for_statement")) &&
                ts_node_eq(node_field(up, "condition"), e);
    if (cond) return xstrdup("a condition");
    if (!strcmp(k, "unary_expression") || !strcmp(k, "binary_expression")) {
        /* ! && || and arithmetic: a handle is never meant there (comparisons
         * with NULL or another pointer are left alone) */
        TSNode op = node_field(up, "operator");
        static const char *const ops[] = {"!", "~", "-", "+", "&&", "||", "*", "/", "%", "<<", ">>", "&", "|", "^"};
        for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
            if (node_text_eq(s, op, ops[i])) return xprintf("an operand of '%s'", ops[i]);
    }
    return NULL;
}

bool misuse_reported_in(Program *p, TSNode n) {
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    for (int i = 0; i < p->misused_calls.len; i++) {
        uintptr_t at = (uintptr_t)p->misused_calls.items[i];
        if (at >= a && at < b) return true;
    }
    return false;
}

/* A call of async function f made outside `await`: a coroutine object, which
 * is a mistake where its value visibly is not used as a handle. */
static void check_coroutine_use(Program *p, const Source *s, AsyncFn *f, TSNode call, AsyncFn *in_fn) {
    char *use = value_use(p, s, call, in_fn);
    if (!use) return;
    vec_push(&p->misused_calls, (void *)(uintptr_t)ts_node_start_byte(call));
    char *text = node_text(s, call);
    const char *kind = f->is_gen ? "generator" : "coroutine";
    if (in_fn && in_fn->is_async && !f->is_gen)
        diag_error(s, ts_node_start_byte(call), "%s '%s' used as %s: did you mean 'await %s'?", kind, f->name, use, text);
    else
        diag_error(s, ts_node_start_byte(call), "%s '%s' used as %s: a call of '%s' makes an '%s *' handle", kind,
                   f->name, use, f->name, f->is_gen ? "ac_gen" : "ac_task");
    free(text);
    free(use);
}

/* await E: E is a call of an async function, or visibly a handle, or not
 * visibly anything else (then the C compiler checks it: await.c). */
static void check_await(Program *p, const Source *s, TSNode n) {
    TSNode e = strip_parens(node_field(n, "argument"));
    if (call_target(p, s, e)) return;
    Ty t = ty_of_expr(p, s, e);
    if (ty_not_handle(t)) {
        char *tt = ty_text(t);
        if (node_is(e, "call_expression") && node_is(node_field(e, "function"), "identifier")) {
            char *name = node_text(s, node_field(e, "function"));
            diag_error(s, ts_node_start_byte(e),
                       "'%s' is not an async function, and its result (of type '%s') is not an 'ac_task *' handle to await",
                       name, tt);
            AsyncFn *near = nearest_async(p, name);
            if (near) diag_note(near->decl_src, near->decl_byte, "did you mean '%s'?", near->name);
            free(name);
        } else {
            diag_error(s, ts_node_start_byte(e),
                       "cannot await an expression of type '%s': 'await' takes a call of an async function or an 'ac_task *' handle",
                       tt);
        }
        free(tt);
    }
    free(t.spec);
}

/* for (T v : E) and for await (T v : E): E makes or is a generator, of the
 * kind the loop iterates. */
static void check_range(Program *p, const Source *s, TSNode n) {
    bool is_await = !strcmp(ts_node_type(ts_node_child(n, 1)), "await");
    const char *loop = is_await ? "for await" : "for";
    TSNode e = strip_parens(node_field(n, "right"));
    AsyncFn *f = call_target(p, s, e);
    if (f && !f->is_gen) {
        diag_error(s, ts_node_start_byte(e), "'%s' is an async function, not a generator: '%s' iterates a generator",
                   f->name, loop);
    } else if (f && is_await && !f->is_async) {
        diag_error(s, ts_node_start_byte(e), "'%s' is a generator, not an async generator: iterate it with 'for', not 'for await'",
                   f->name);
    } else if (f && !is_await && f->is_async) {
        diag_error(s, ts_node_start_byte(e), "'%s' is an async generator: iterate it with 'for await', not 'for'", f->name);
    } else if (!f) {
        Ty t = ty_of_expr(p, s, e);
        if (ty_not_handle(t)) {
            char *tt = ty_text(t);
            diag_error(s, ts_node_start_byte(e), "'%s' iterates a generator ('ac_gen *'), not an expression of type '%s'",
                       loop, tt);
            free(tt);
        }
        free(t.spec);
    }
}

/* return and return v against the async function's result type. */
static void check_return(Program *p, const Source *s, TSNode n, AsyncFn *in_fn) {
    if (in_fn->is_gen) return; /* return v; and return; both end a generator */
    TSNode v = first_named_not_comment(n);
    bool is_void = !strcmp(in_fn->ret_type, "void");
    if (is_void && !ts_node_is_null(v)) {
        /* `return await g();` with g an async void function is the one void
         * expression allowed: it reads as "await g, then return" */
        TSNode e = strip_parens(v);
        if (node_is(e, "await_expression")) {
            AsyncFn *g = call_target(p, s, strip_parens(node_field(e, "argument")));
            if (g && !g->is_gen && !strcmp(g->ret_type, "void")) return;
        }
        diag_error(s, ts_node_start_byte(n), "'return' with a value, in async function '%s' returning void", in_fn->name);
    } else if (!is_void && ts_node_is_null(v)) {
        diag_error(s, ts_node_start_byte(n), "'return' with no value, in async function '%s' returning '%s'", in_fn->name,
                   in_fn->ret_type);
    }
}

/* Calls: argument counts; coroutine objects dropped or used as plain values. */
static void check_call(Program *p, const Source *s, TSNode n, AsyncFn *in_fn) {
    AsyncFn *f = call_target(p, s, n);
    if (!f) return;
    check_call_args(s, f, n);
    TSNode up = ts_node_parent(n);
    while (node_is(up, "parenthesized_expression")) up = ts_node_parent(up);
    if (node_is(up, "await_expression")) return;
    if (node_is(up, "cast_expression")) {
        TSNode st = ts_node_parent(up);
        while (node_is(st, "parenthesized_expression")) st = ts_node_parent(st);
        if (node_is(st, "expression_statement")) up = st; /* (void)add(1, 2); drops it too */
    }
    if (node_is(up, "expression_statement")) {
        diag_error(s, ts_node_start_byte(n), "coroutine '%s' is never awaited", f->name);
        return;
    }
    check_coroutine_use(p, s, f, n, in_fn);
}

static bool is_reserved(const Source *s, TSNode n) {
    static const char *const reserved[] = {"async", "await", "yield", "try", "catch", "finally", "throw"};
    uint32_t a = ts_node_start_byte(n), len = ts_node_end_byte(n) - a;
    if (len < 3 || len > 7) return false; /* (most identifiers: one comparison) */
    if (!strchr("aytcf", s->text[a])) return false; /* nor a reserved word's first letter */
    for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
        if (strlen(reserved[i]) == len && !memcmp(s->text + a, reserved[i], len)) return true;
    return false;
}

/* The checks of node n alone; check_tree walks the unit. in_fn: the async
 * function or generator n is in; in_plain: n is in a plain function. */
/* Is pragma text t (after `#pragma` or inside `_Pragma("...")`) one that binds
 * to the loop after it? GCC's unroll/ivdep/novector, clang's loop hints,
 * OpenMP and OpenACC. */
static bool is_loop_pragma(const char *t) {
    while (*t == ' ' || *t == '\t' || *t == '"' || *t == '(') t++;
    if (!strncmp(t, "GCC", 3) && (t[3] == ' ' || t[3] == '\t')) {
        t += 3;
        while (*t == ' ' || *t == '\t') t++;
    }
    static const char *const loops[] = {"unroll", "nounroll", "unroll_and_jam", "ivdep", "novector",
                                        "clang loop", "omp", "acc", "loop"};
    for (size_t i = 0; i < sizeof loops / sizeof loops[0]; i++) {
        size_t n = strlen(loops[i]);
        if (!strncmp(t, loops[i], n) && !isalnum((unsigned char)t[n]) && t[n] != '_') return true;
    }
    return false;
}

/* A loop pragma right before a `for` (`#pragma GCC unroll 2`, `_Pragma("omp simd")`):
 * acc lowers every `for` of an async function inside a block, `{ ac__f->k = 0;
 * for (; ...) }` (its declarations move into the frame), so the pragma would
 * no longer precede a loop and the C compiler would reject it, or an OpenMP
 * pragma would bind to nothing. Said here, in the program's terms. */
static void check_loop_pragma(const Source *s, TSNode loop, AsyncFn *in_fn) {
    TSNode prev = ts_node_prev_sibling(loop);
    char *text = NULL;
    const char *body = NULL;
    if (node_is(prev, "comment")) {
        text = node_text(s, prev);
        if (!strncmp(text, "_Pragma", 7)) body = text + 7;
    } else if (node_is(prev, "preproc_call") && node_text_eq(s, node_field(prev, "directive"), "#pragma")) {
        TSNode arg = node_field(prev, "argument");
        text = ts_node_is_null(arg) ? xstrdup("") : node_text(s, arg);
        body = text;
    }
    if (body && is_loop_pragma(body))
        diag_error(s, ts_node_start_byte(prev), "a loop pragma before a 'for' in async function '%s': acc lowers "
                   "the loop inside a block (its counter moves into the frame), so the pragma would not precede "
                   "it; move the loop into a plain function, or remove the pragma", in_fn->name);
    free(text);
}

/* Is a node of type number t one check_node looks at? (Most are not: one
 * table read each, where the chain of comparisons below cost 50 instructions
 * per node of the unit.) */
static bool check_relevant(int t) {
    enum { N = 1024 };
    static bool built;
    static bool relevant[N];
    if (!built) {
        static const char *const types[] = {"identifier", "type_identifier", "field_identifier", "comment",
                                            "await_expression", "yield_expression", "for_range_statement",
                                            "try_statement", "throw_statement", "return_statement", "for_statement",
                                            "call_expression"};
        for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
            int id = type_id(types[i]);
            if (id >= 0 && id < N) relevant[id] = true;
        }
        built = true;
    }
    return t < 0 || t >= N || relevant[t];
}

static void check_node(Program *p, TSNode n, int t, AsyncFn *in_fn, bool in_plain) {
    if (!check_relevant(t)) return;
    const Source *s = p->unit->src; /* t: n's node_type_id (this runs on every node of the unit) */
    if (t == TYPE_ID("identifier") || t == TYPE_ID("type_identifier") || t == TYPE_ID("field_identifier")) {
        if (is_reserved(s, n)) {
            char *w = node_text(s, n);
            diag_error(s, ts_node_start_byte(n), "'%s' is a reserved word in Async C", w);
            free(w);
        }
    } else if (t == TYPE_ID("comment")) {
        if (in_fn && pragma_outside_statements(s, n))
            diag_error(s, ts_node_start_byte(n), "'_Pragma' inside a statement of async function '%s': acc keeps "
                       "pragmas only between the statements of a block; move it there", in_fn->name);
    } else if (t == TYPE_ID("await_expression")) {
        if (in_fn && !ts_node_is_null(enclosing_statement_expression(p->unit, n)))
            diag_error(s, ts_node_start_byte(n), "'await' inside a statement expression '({ ... })': acc cannot keep "
                       "its order of evaluation; compute the value in statements before it");
        else if (in_fn && in_fn->is_async) check_await(p, s, n);
        else if (in_fn)
            diag_error(s, ts_node_start_byte(n), "'await' in generator '%s', which is not async: declare it 'async ac_gen(T)'", in_fn->name);
        else
            diag_error(s, ts_node_start_byte(n), "'await' outside an async function");
    } else if (t == TYPE_ID("yield_expression")) {
        if (in_fn && !ts_node_is_null(enclosing_statement_expression(p->unit, n)))
            diag_error(s, ts_node_start_byte(n), "'yield' inside a statement expression '({ ... })': acc cannot keep "
                       "its order of evaluation; yield in a statement before it");
        else if (!in_fn || !in_fn->is_gen)
            diag_error(s, ts_node_start_byte(n), "'yield' outside a generator");
        else if (in_fn->is_async && ts_node_child_count(n) > 2 && !strcmp(ts_node_type(ts_node_child(n, 1)), "from"))
            diag_error(s, ts_node_start_byte(n), "'yield from' in an async generator: iterate with 'for await' and yield each value");
    } else if (t == TYPE_ID("for_range_statement")) {
        bool is_await = !strcmp(ts_node_type(ts_node_child(n, 1)), "await");
        if (is_await && (!in_fn || !in_fn->is_async))
            diag_error(s, ts_node_start_byte(n), "'for await' outside an async function");
        else
            check_range(p, s, n);
    } else if (t == TYPE_ID("try_statement") || t == TYPE_ID("throw_statement")) {
        if (!in_fn && in_plain)
            diag_error(s, ts_node_start_byte(n),
                       "'%s' in a plain function: errors are raised and caught in async functions and generators only",
                       t == TYPE_ID("try_statement") ? "try" : "throw");
    } else if (t == TYPE_ID("return_statement") && in_fn) {
        check_return(p, s, n, in_fn);
    } else if (t == TYPE_ID("for_statement") && in_fn) {
        check_loop_pragma(s, n, in_fn);
    } else if (t == TYPE_ID("call_expression")) {
        check_call(p, s, n, in_fn);
        if (in_fn) {
            char *name = call_name(s, n);
            if (name && (!strcmp(name, "sleep") || !strcmp(name, "usleep") || !strcmp(name, "nanosleep")))
                diag_warning(s, ts_node_start_byte(n),
                             "'%s' blocks the event loop in async function '%s'; use 'await ac_sleep(seconds)'",
                             name, in_fn->name);
            free(name);
        }
    }
}

/* Checks that apply everywhere in the unit: a loop over its preorder
 * (nodes.c; a deep input must not overflow the stack), knowing which function
 * each node is in. */
static void check_nodes(Program *p, const Preorder *po, uint32_t from, uint32_t to, AsyncFn *in_fn) {
    const Source *s = p->unit->src;
    Preorder o = *po;
    /* the function definition entered last, to know when the walk leaves it */
    bool in_def = false;
    uint32_t def_end = 0;
    AsyncFn *outer = in_fn;
    bool in_plain = false;
    for (uint32_t i = from; i < to; i++) {
        if (in_def && i >= def_end) {
            in_def = false;
            in_fn = outer;
            in_plain = false;
        }
        TSNode n = o.nodes[i];
        int t = preorder_type_id(&o, i);
        if (t == TYPE_ID("function_definition") && in_fn && !in_plain) {
            /* GNU nested function: the locals it would use live in the frame */
            char *name = declarator_name(s, declarator_function(node_field(n, "declarator")));
            diag_error(s, ts_node_start_byte(n), "nested function '%s' inside '%s': GNU nested functions are not "
                       "supported in async functions and generators; define it outside", name ? name : "?", in_fn->name);
            free(name);
        } else if (t == TYPE_ID("function_definition")) {
            in_def = true;
            def_end = o.end[i];
            in_fn = NULL;
            in_plain = true;
            if (node_has_specifier(s, n, "async") || is_generator_decl(s, n)) {
                char *name = declarator_name(s, declarator_function(node_field(n, "declarator")));
                in_fn = name ? prog_find_fn(p, name) : NULL;
                in_plain = false;
                free(name);
            }
        }
        check_node(p, n, t, in_fn, in_plain);
    }
}

void check_tree(Program *p, TSNode root, AsyncFn *in_fn) {
    scope_index_build(p->unit->src, p->unit->root);
    Preorder o;
    if (!node_preorder(root, &o)) return;
    check_nodes(p, &o, o.first, o.last, in_fn);
}

void check_unit_part(Program *p, uint32_t from, uint32_t to) {
    scope_index_build(p->unit->src, p->unit->root);
    Preorder o;
    if (!node_preorder(p->unit->root, &o)) return;
    check_nodes(p, &o, from, to, NULL);
}
