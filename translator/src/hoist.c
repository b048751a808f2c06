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
 * anonymous struct gets a tag made from its byte offset). The hoisted
 * definition keeps its names, so it may only move where no name it declares
 * (tag, typedef name, enumerators) means anything else: each must be used
 * nowhere in the unit outside the function after the definition, and the
 * definition may not refer to the function's locals (`enum { N = sizeof x }`).
 * Otherwise a located error asks the user to rename it or move it out.
 */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* The text a declaration uses for its type specifier: a struct, union or enum
 * defined inside a function is hoisted, and named by its tag. */
char *type_specifier_text(const Source *s, TSNode type) {
    if (!has_body(type) || !in_function(type)) return node_text(s, type);
    const char *kw = node_is(type, "struct_specifier") ? "struct" : node_is(type, "union_specifier") ? "union" : "enum";
    TSNode name = node_field(type, "name");
    if (ts_node_is_null(name)) return xprintf("%s ac__anon_%u", kw, ts_node_start_byte(type));
    char *t = node_text(s, name);
    char *r = xprintf("%s %s", kw, t);
    free(t);
    return r;
}

/* Is an identifier or type name with text [a, b) used in the unit outside
 * bytes [from, to)? Iterative: the tree may be deep. */
static TSNode used_outside(const Source *s, TSNode root, const char *name, uint32_t from, uint32_t to) {
    size_t len = strlen(name);
    TSTreeCursor c = ts_tree_cursor_new(root);
    TSNode found = {0};
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
        bool skip = a >= from && b <= to;
        if (!skip && (node_is(n, "identifier") || node_is(n, "type_identifier")) && b - a == len &&
            !memcmp(s->text + a, name, len)) {
            found = n;
            break;
        }
        if (!skip && ts_tree_cursor_goto_first_child(&c)) continue;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c)) goto done;
    }
done:
    ts_tree_cursor_delete(&c);
    return found;
}

/* A local (object) of the function that the definition at n refers to. */
static TSNode refers_to_local(Fn *F, TSNode n) {
    if (node_is(n, "identifier") && scope_lookup(F, F->s, n)) return n;
    if (node_is(n, "identifier")) {
        for (Scope *sc = F->scope; sc; sc = sc->up)
            for (int i = 0; i < sc->locals.len; i++) {
                Local *l = sc->locals.items[i];
                if (!l->is_type && node_text_eq(F->s, n, l->name)) return n;
            }
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
        !ts_node_is_null(node_field(n, "body")) && !ts_node_is_null(node_field(n, "name")))
        vec_push(out, node_text(s, node_field(n, "name")));
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
    Vec names = {0};
    declared_names(s, def, &names);
    uint32_t to = ts_node_end_byte(node_field(F->af->def, "body"));
    bool ok = true;
    for (int i = 0; i < names.len && ok; i++) {
        const char *name = names.items[i];
        TSNode other = used_outside(s, F->p->unit->root, name, ts_node_start_byte(def), to);
        if (!ts_node_is_null(other) || type_name_known(name, strlen(name))) {
            diag_error(s, ts_node_start_byte(def),
                       "a type defined inside an async function moves to file scope (its frame needs it), "
                       "and its name '%s' is used elsewhere in this file: rename it, or define the type "
                       "outside the function", name);
            ok = false;
        }
    }
    for (int i = 0; i < names.len; i++) free(names.items[i]);
    vec_free(&names);
    return ok;
}

/* Moves the definition to file scope (F->hoisted): the text of `def`, with a
 * tag for an anonymous struct, union or enum. */
static void hoist_text(Fn *F, TSNode def) {
    const Source *s = F->s;
    if (F->opt->line_directives)
        buf_printf(&F->hoisted, "#line %d \"%s\"\n", source_line(s, ts_node_start_byte(def)), s->path);
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
    buf_put(&F->hoisted, s->text + a, b - a);
    buf_puts(&F->hoisted, node_is(def, "type_definition") ? "\n" : ";\n");
}

/* A type defined in an async function: hoisted (true) or diagnosed (false).
 * n is a type_definition, or a declaration's type specifier with a body, or
 * a struct/union/enum definition standing alone as a statement. */
bool hoist_type(Fn *F, TSNode def) {
    if (!can_hoist(F, def)) return false;
    hoist_text(F, def);
    return true;
}
