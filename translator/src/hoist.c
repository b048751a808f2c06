/* hoist.c: types defined inside async functions.
 *
 * A frame member's type must be visible where the frame struct is declared,
 * at file scope, so a struct, union or enum defined in an async function (and
 * a local typedef) moves to file scope, just before the frame struct:
 *
 *     struct { int a; } s;         struct ac__anon_123 { int a; };     (hoisted)
 *     enum color { RED } c;        enum color { RED };                 (hoisted)
 *     typedef struct {..} T;       typedef struct {..} T;              (hoisted)
 *
 * and the declaration refers to it by name (`struct ac__anon_123 s`; the
 * anonymous struct gets a tag made from its byte offset). A name it declares
 * (tag, typedef name, enumerator) keeps its spelling unless the unit uses that
 * name anywhere outside the function after the definition (another function's
 * local type, a file-scope name, an outer name the definition shadows): then
 * it is renamed `ac__<function>_<name>[_k]`, and every use in its scope with
 * it (a scoped rename: Local.c_name, applied to expressions by emit_expr and
 * to the text of declarations by put_renamed). The definition may not refer
 * to the function's locals (`enum { N = sizeof x }`): a located error.
 */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The async function being lowered: renames apply to its text. */
static Fn *cur_fn;
void rename_begin(Fn *F) { cur_fn = F; }
void rename_end(void) { cur_fn = NULL; }
Fn *current_fn(void) { return cur_fn; }

/* The new name of identifier, typedef name or tag `id` where it stands, or NULL. */
const char *rename_of(Fn *F, TSNode id) {
    if (!F || !F->nrenames) return NULL;
    bool ident = node_is(id, "identifier"), tname = node_is(id, "type_identifier");
    if (!ident && !tname) return NULL;
    TSNode up = ts_node_parent(id);
    /* (a tag reached through its field may read as an identifier) */
    bool tag = (node_is(up, "struct_specifier") || node_is(up, "union_specifier") ||
                         node_is(up, "enum_specifier"));
    if (!tag) {
        Local *l = scope_binding(F, F->s, id);
        return l ? l->c_name : NULL;
    }
    uint32_t a = ts_node_start_byte(id), b = ts_node_end_byte(id);
    char *key = xprintf("tag:%.*s", (int)(b - a), F->s->text + a); /* how a tag is a local */
    Local *l = scope_local(F, key, strlen(key), 0);
    free(key);
    return l ? l->c_name : NULL;
}

/* Appends the text of bytes [a, b) of the tree under `within`, with the
 * renamed names in it written with their new names. */
/* __func__ where a declaration's text goes to file scope (a frame member's
 * type, `char buf[sizeof __func__]`): the function's name as a string literal
 * of the same type (C11 6.4.2.2: static const char __func__[] = "name"). */
static bool is_func_name(const Source *s, TSNode id) {
    return node_is(id, "identifier") &&
           (node_text_eq(s, id, "__func__") || node_text_eq(s, id, "__FUNCTION__") ||
            node_text_eq(s, id, "__PRETTY_FUNCTION__"));
}

/* Text put_renamed writes as an operand C never evaluates (the initialiser
 * of an __auto_type declaration, in the type of its frame member). */
static bool force_unevaluated;

/* Is n where C evaluates nothing (a local written through its type)? */
static bool unevaluated_here(TSNode n) { return force_unevaluated || in_sizeof(n); }

/* A never-evaluated expression of the type of the frame local named by
 * name[0..len), `(*(int (*)[4])N)` (N distinct per local, so that `a == b`
 * of two locals is no self-comparison to gcc), or NULL: how a local is
 * written where C needs only its type and the frame is declared. */
char *local_type_value(Fn *F, const char *name, size_t len) {
    Local *l = scope_local(F, name, len, 0);
    if (!l || !l->member || !l->ptr_type) return NULL;
    return xprintf("(*(%s)%d)", l->ptr_type, l->flat);
}

/* put_renamed's step at node n of its walk: writes the text before n and
 * n's replacement if it has one (advancing *pos). True: walk into n. */
static bool renamed_node(Fn *F, Buf *out, const Source *s, TSNode n, uint32_t a, uint32_t b, uint32_t *pos) {
    char *mtext;
    uint32_t na = ts_node_start_byte(n), nb = ts_node_end_byte(n);
    bool overlaps = na < b && nb > a;
    if (overlaps && na >= *pos && nb <= b && node_is(n, "await_expression") && unevaluated_here(n)) {
        /* `__typeof__(await f()) z;`: never run, a value of f's result type */
        char *v = unevaluated_value(F, n);
        buf_put(out, s->text + *pos, na - *pos);
        buf_puts(out, v);
        free(v);
        *pos = nb;
        overlaps = false; /* not into it */
    } else if (overlaps && ts_node_child_count(n) == 0 && na >= *pos && nb <= b) {
        const char *r = rename_of(F, n);
        if (r) {
            buf_put(out, s->text + *pos, na - *pos);
            buf_puts(out, r);
            *pos = nb;
        } else if (node_is(n, "identifier") && (unevaluated_here(n) || in_sized_macro_argument(F, n)) &&
                   (mtext = local_type_value(F, s->text + na, nb - na))) {
            /* `sizeof a` where the frame's type is declared: `sizeof (*(int (*)[4])1)` */
            buf_put(out, s->text + *pos, na - *pos);
            buf_puts(out, mtext);
            free(mtext);
            *pos = nb;
        } else if (node_is(n, "identifier") && !node_is(ts_node_parent(n), "call_expression") &&
                   (mtext = macro_frame_text(F, n))) {
            /* `char b[N]`, `#define N sizeof buf`: the body, written where the frame is */
            buf_put(out, s->text + *pos, na - *pos);
            buf_puts(out, mtext);
            free(mtext);
            *pos = nb;
        } else if (is_func_name(s, n)) {
            buf_put(out, s->text + *pos, na - *pos);
            buf_printf(out, "\"%s\"", F->af->name);
            *pos = nb;
        }
    }
    return overlaps;
}

void put_renamed(Buf *out, const Source *s, TSNode within, uint32_t a, uint32_t b) {
    Fn *F = cur_fn;
    if (!F || ts_node_is_null(within)) {
        buf_put(out, s->text + a, b - a);
        return;
    }
    uint32_t pos = a;
    Preorder o;
    if (node_in_unit(within.tree) && node_preorder(within, &o)) {
        /* the unit's preorder (nodes.c): a walk that skips a subtree is a jump */
        for (uint32_t i = o.first; i < o.last;)
            i = renamed_node(F, out, s, o.nodes[i], a, b, &pos) ? i + 1 : o.end[i];
    } else {
        TSTreeCursor c = ts_tree_cursor_new(within);
        while (cursor_next(&c, renamed_node(F, out, s, ts_tree_cursor_current_node(&c), a, b, &pos)))
            ;
        ts_tree_cursor_delete(&c);
    }
    if (b > pos) buf_put(out, s->text + pos, b - pos);
}

/* The text of node n with renames. */
char *renamed_text(const Source *s, TSNode n) {
    Buf b = {0};
    buf_puts(&b, "");
    put_renamed(&b, s, n, ts_node_start_byte(n), ts_node_end_byte(n));
    return b.data;
}

/* Is n inside a function body (not at file scope)? */
static bool in_function(TSNode n) {
    for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); up = ts_node_parent(up))
        if (node_is(up, "function_definition")) return true;
    return false;
}

static bool has_body(TSNode type) {
    return (node_is(type, "struct_specifier") || node_is(type, "union_specifier") ||
            node_is(type, "enum_specifier")) &&
           !ts_node_is_null(node_field(type, "body"));
}

/* GNU `__auto_type v = init;`: the type is init's after lvalue conversion
 * (qualifiers and _Atomic dropped, arrays and functions decayed), which is
 * what a comma expression's result has: `__typeof__(((void)0, init))`.
 * NULL when type is no __auto_type with a single initialised declarator. */
static char *auto_type_text(const Source *s, TSNode type) {
    if (!node_is(type, "type_identifier") || !node_text_eq(s, type, "__auto_type") || !cur_fn) return NULL;
    TSNode decl = ts_node_parent(type);
    TSNode d = node_field(decl, "declarator");
    TSNode init = node_is(d, "init_declarator") ? node_field(d, "value") : (TSNode){0};
    if (ts_node_is_null(init) || node_is(init, "initializer_list")) return NULL;
    bool was = force_unevaluated;
    force_unevaluated = true;
    char *v = renamed_text(s, init);
    force_unevaluated = was;
    char *r = xprintf("__typeof__(((void)0, %s))", v);
    free(v);
    return r;
}

/* The text a declaration uses for its type specifier: a struct, union or enum
 * defined inside a function is hoisted, and named by its tag; __auto_type is
 * spelled with typeof (the frame member has no initialiser to infer from). */
char *type_specifier_text(const Source *s, TSNode type) {
    char *auto_type = auto_type_text(s, type);
    if (auto_type) return auto_type;
    if (!has_body(type) || !in_function(type)) return renamed_text(s, type);
    const char *kw = node_is(type, "struct_specifier") ? "struct" : node_is(type, "union_specifier") ? "union" : "enum";
    TSNode name = node_field(type, "name");
    if (ts_node_is_null(name)) return xprintf("%s ac__anon_%u", kw, ts_node_start_byte(type));
    char *t = renamed_text(s, name);
    char *r = xprintf("%s %s", kw, t);
    free(t);
    return r;
}

/* Where each identifier and type name occurs in the unit: names (util.c's
 * StrMap) to their byte offsets, in order, built once (the unit's cost stays
 * linear however many local types it hoists). */
typedef struct NameUses {
    char *name;
    uint32_t *at;
    int n, cap;
} NameUses;

static struct {
    const void *tree; /* the tree the index is of */
    StrMap by_name;   /* name -> NameUses * */
    Vec all;          /* NameUses *, to free them */
} uses;

static NameUses *uses_slot(const char *name, size_t len, bool add) {
    NameUses *u = strmap_getn(&uses.by_name, name, len);
    if (u || !add) return u;
    u = xcalloc(1, sizeof *u);
    u->name = xstrndup(name, len);
    strmap_put(&uses.by_name, u->name, u);
    vec_push(&uses.all, u);
    return u;
}

static void uses_reset(void) {
    for (int i = 0; i < uses.all.len; i++) {
        NameUses *u = uses.all.items[i];
        free(u->name);
        free(u->at);
        free(u);
    }
    vec_free(&uses.all);
    strmap_free(&uses.by_name);
    memset(&uses, 0, sizeof uses);
}

static void uses_build(const Source *s, TSNode root) {
    if (uses.tree == root.tree) return;
    uses_reset();
    uses.tree = root.tree;
    Preorder o; /* nodes.c: the unit's nodes in preorder */
    if (!node_preorder(root, &o)) return;
    for (uint32_t i = o.first; i < o.last; i++) {
        TSNode n = o.nodes[i];
        if (node_is(n, "identifier") || node_is(n, "type_identifier")) {
            uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
            NameUses *u = uses_slot(s->text + a, b - a, true);
            if (u->n == u->cap) {
                u->cap = u->cap ? 2 * u->cap : 4;
                u->at = xrealloc(u->at, (size_t)u->cap * sizeof *u->at);
            }
            u->at[u->n++] = a;
        }
    }
}

/* Is the name used in the unit outside bytes [from, to)? (Offsets are in
 * order: the first and the last decide.) */
static bool used_outside(const Source *s, TSNode root, const char *name, uint32_t from, uint32_t to) {
    uses_build(s, root);
    NameUses *u = uses_slot(name, strlen(name), false);
    if (!u || !u->n) return false;
    return u->at[0] < from || u->at[u->n - 1] >= to;
}

void hoist_reset(void) { uses_reset(); }

/* A local (object) of the function that the definition at n refers to. */
static TSNode refers_to_local(Fn *F, TSNode n) {
    if (node_is(n, "identifier") && scope_lookup(F, F->s, n)) return n;
    if (node_is(n, "identifier")) { /* any local of that name, however deep it is hidden */
        uint32_t a = ts_node_start_byte(n), len = ts_node_end_byte(n) - a;
        Local *l;
        for (int k = 0; (l = scope_local(F, F->s->text + a, len, k)) != NULL; k++)
            if (!l->is_type && !l->hoisted) return n;
    }
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode r = refers_to_local(F, ts_node_child(n, i));
        if (!ts_node_is_null(r)) return r;
    }
    return (TSNode){0};
}

/* The names a hoisted definition declares (tags, enumerators, typedef names). */
static void declared_names(const Source *s, TSNode n, Vec *out) {
    if ((node_is(n, "struct_specifier") || node_is(n, "union_specifier") || node_is(n, "enum_specifier")) &&
        !ts_node_is_null(node_field(n, "body")) && !ts_node_is_null(node_field(n, "name"))) {
        char *t = node_text(s, node_field(n, "name"));
        vec_push(out, xprintf("tag:%s", t));
        free(t);
    }
    if (node_is(n, "enumerator")) vec_push(out, node_text(s, node_field(n, "name")));
    if (node_is(n, "type_definition")) {
        uint32_t nc = ts_node_child_count(n);
        for (uint32_t i = 0; i < nc; i++) {
            const char *field = node_child_field(n, i);
            if (field && !strcmp(field, "declarator")) {
                char *name = declarator_name(s, ts_node_child(n, i));
                if (name) vec_push(out, name);
            }
        }
    }
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(n, i);
        if (node_is(c, "field_declaration_list") || node_is(c, "enumerator_list") || node_is(c, "struct_specifier") ||
            node_is(c, "union_specifier") || node_is(c, "enum_specifier") || node_is(c, "field_declaration") ||
            node_is(c, "enumerator"))
            declared_names(s, c, out);
    }
}

/* Is a new name taken by an earlier rename of this function? */
static bool rename_taken(Fn *F, const char *name) {
    for (int i = 0; i < F->renames.len; i++)
        if (!strcmp(F->renames.items[i], name)) return true;
    return false;
}

/* Is `name` a typedef name that type_definition def declares? */
static bool is_typedef_name(TSNode def, const char *name, const Source *s) {
    if (!node_is(def, "type_definition")) return false;
    uint32_t nc = ts_node_child_count(def);
    for (uint32_t i = 0; i < nc; i++) {
        const char *field = node_child_field(def, i);
        if (!field || strcmp(field, "declarator")) continue;
        char *n = declarator_name(s, ts_node_child(def, i));
        bool eq = n && !strcmp(n, name);
        free(n);
        if (eq) return true;
    }
    return false;
}

/* Can definition `def` (a type specifier with a body, or a type_definition)
 * move to file scope? Diagnoses why not. */
static bool can_hoist(Fn *F, TSNode def) {
    const Source *s = F->s;
    TSNode local = refers_to_local(F, def);
    if (!ts_node_is_null(local)) {
        char *name = node_text(s, local);
        diag_error(s, ts_node_start_byte(local),
                   "a type defined inside an async function moves to file scope (its frame needs it), "
                   "but it refers to the local '%s': define the type outside the function", name);
        free(name);
        return false;
    }
    return true;
}

/* Adds the names definition `def` declares to the scope, each renamed when
 * the unit uses it outside the function after the definition. */
static void declare_names(Fn *F, TSNode def) {
    const Source *s = F->s;
    Vec names = {0};
    declared_names(s, def, &names);
    uint32_t to = ts_node_end_byte(node_field(F->af->def, "body"));
    for (int i = 0; i < names.len; i++) {
        char *name = names.items[i];
        bool tag = !strncmp(name, "tag:", 4);
        const char *plain = tag ? name + 4 : name;
        char *c_name = NULL;
        if (used_outside(s, F->p->unit->root, plain, ts_node_start_byte(def), to) ||
            type_name_known(plain, strlen(plain))) {
            c_name = xprintf("ac__%s_%s", F->af->name, plain);
            for (int k = 1; used_outside(s, F->p->unit->root, c_name, 0, 0); k++) {
                free(c_name);
                c_name = xprintf("ac__%s_%s_%d", F->af->name, plain, k);
            }
            for (int k = 1; rename_taken(F, c_name); k++) {
                free(c_name);
                c_name = xprintf("ac__%s_%s_%d", F->af->name, plain, k);
            }
            vec_push(&F->renames, xstrdup(c_name));
            F->nrenames++;
        }
        scope_add(F, name, NULL);
        Local *l = F->scope->locals.items[F->scope->locals.len - 1];
        l->c_name = c_name;
        l->hoisted = true;
        l->is_type = is_typedef_name(def, plain, s);
        free(name);
    }
    vec_free(&names);
}

/* Moves the definition to file scope (F->hoisted): the text of `def`, with a
 * tag for an anonymous struct, union or enum. */
static void hoist_text(Fn *F, TSNode def) {
    const Source *s = F->s;
    if (F->opt->line_directives)
        buf_printf(&F->hoisted, "#line %d %s\n", source_line(s, ts_node_start_byte(def)), s->c_path);
    uint32_t a = ts_node_start_byte(def), b = ts_node_end_byte(def);
    if (has_body(def) && ts_node_is_null(node_field(def, "name"))) {
        /* `struct {` -> `struct ac__anon_N {` */
        TSNode body = node_field(def, "body");
        char *spec = type_specifier_text(s, def);
        buf_puts(&F->hoisted, spec);
        free(spec);
        buf_puts(&F->hoisted, " ");
        a = ts_node_start_byte(body);
    }
    put_renamed(&F->hoisted, s, def, a, b);
    buf_puts(&F->hoisted, node_is(def, "type_definition") ? "\n" : ";\n");
}

/* A type defined in an async function: hoisted (true) or diagnosed (false).
 * n is a type_definition, or a declaration's type specifier with a body, or
 * a struct/union/enum definition standing alone as a statement. */
bool hoist_type(Fn *F, TSNode def) {
    if (!can_hoist(F, def)) return false;
    declare_names(F, def);
    hoist_text(F, def);
    return true;
}
