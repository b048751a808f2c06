/* decl.c: declarations inside async functions: locals become frame members
 * with their C type; initialisers become assignments or copies. */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Declarations: frame members; initialisers become assignments. */
/* Text of declarator d with the nodes at[i] replaced by with[i] (at most 8,
 * not nested in each other). */
static char *declarator_edit(const Source *s, TSNode d, TSNode *at, const char **with, int n) {
    Buf b = {0};
    buf_puts(&b, "");
    uint32_t pos = ts_node_start_byte(d), end = ts_node_end_byte(d);
    for (;;) {
        int next = -1;
        for (int i = 0; i < n; i++)
            if (ts_node_start_byte(at[i]) >= pos &&
                (next < 0 || ts_node_start_byte(at[i]) < ts_node_start_byte(at[next])))
                next = i;
        if (next < 0) break;
        buf_put(&b, s->text + pos, ts_node_start_byte(at[next]) - pos);
        buf_puts(&b, with[next]);
        pos = ts_node_end_byte(at[next]);
    }
    if (end > pos) buf_put(&b, s->text + pos, end - pos);
    return b.data;
}

/* The pointer declarator that carries the declared object's own qualifiers
 * (`*const p`, `*const v[3]`, `(*const f)(int)`), or a null node when its
 * top-level qualifiers are the specifiers' (`const int x`, `const int a[2]`). */
static TSNode object_pointer(TSNode d) {
    TSNode id = declarator_ident(d);
    TSNode up = ts_node_parent(id);
    while (!ts_node_eq(up, d) && (node_is(up, "array_declarator") || node_is(up, "parenthesized_declarator")))
        up = ts_node_parent(up);
    if (node_is(up, "array_declarator") || node_is(up, "parenthesized_declarator")) return (TSNode){0};
    return node_is(up, "pointer_declarator") ? up : (TSNode){0};
}

/* Is the declared object itself const (so it cannot be assigned)? */
static bool object_is_const(const Source *s, TSNode decl_node, TSNode d) {
    TSNode ptr = object_pointer(d);
    if (ts_node_is_null(ptr)) return node_has_specifier(s, decl_node, "const");
    uint32_t nc = ts_node_named_child_count(ptr);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode q = ts_node_named_child(ptr, i);
        if (node_is(q, "type_qualifier") && node_text_eq(s, q, "const")) return true;
    }
    return false;
}

/* Declarator d renamed to `name`, without the object's own const (frame members
 * are assigned), adjusting arrays and functions to pointers when `decay`
 * (parameters). The specifiers come separately. */
char *frame_declarator(const Source *s, TSNode decl_node, TSNode d, const char *name, bool decay,
                              char **spec_out) {
    TSNode at[8];
    const char *with[8];
    char *owned = NULL;
    int n = 0;
    TSNode id = declarator_ident(d);
    TSNode ptr = object_pointer(d);
    char *spec = specifiers_text(s, decl_node);
    TSNode tight = ts_node_parent(id);
    while (!ts_node_eq(tight, d) && node_is(tight, "parenthesized_declarator")) tight = ts_node_parent(tight);
    /* an array parameter's element qualifiers become the pointer's target's */
    bool decays_array = decay && node_is(tight, "array_declarator");
    if (decays_array) {
        /* keep every qualifier */
    } else if (ts_node_is_null(ptr)) {
        /* the specifiers' const is the object's own: drop it */
        Buf b = {0};
        buf_puts(&b, "");
        for (const char *p = spec; *p;) {
            if (!strncmp(p, "const", 5) && (p[5] == ' ' || p[5] == 0) && (p == spec || p[-1] == ' ')) {
                p += 5;
                while (*p == ' ') p++;
                continue;
            }
            buf_put(&b, p, 1);
            p++;
        }
        free(spec);
        spec = b.data;
    } else {
        uint32_t nc = ts_node_named_child_count(ptr);
        for (uint32_t i = 0; i < nc && n < 6; i++) {
            TSNode q = ts_node_named_child(ptr, i);
            if (node_is(q, "type_qualifier") && node_text_eq(s, q, "const")) {
                at[n] = q;
                with[n++] = "";
            }
        }
    }
    if (decay && (node_is(tight, "array_declarator") || node_is(tight, "function_declarator")) &&
        ts_node_start_byte(tight) >= ts_node_start_byte(d)) {
        /* T v[N] -> T (*v);  T f(P) -> T (*f)(P) */
        TSNode inner = node_field(tight, "declarator");
        char *in = declarator_edit(s, inner, &id, &name, 1);
        if (node_is(tight, "array_declarator")) {
            owned = xprintf("(*%s)", in);
        } else {
            char *params = node_text(s, node_field(tight, "parameters"));
            owned = xprintf("(*%s)%s", in, params);
            free(params);
        }
        free(in);
        at[n] = tight;
        with[n++] = owned;
    } else {
        at[n] = id;
        with[n++] = name;
    }
    char *text = declarator_edit(s, d, at, with, n);
    free(owned);
    *spec_out = spec;
    return text;
}

char *member_declaration(Fn *F, TSNode decl_node, TSNode d, const char *member, TSNode init) {
    const Source *s = F->s;
    char *spec;
    char *text = frame_declarator(s, decl_node, d, member, false, &spec);
    /* int a[] = {1, 2, 3}; char s[] = "abc"; */
    char *empty = strstr(text, "[]");
    if (empty && !ts_node_is_null(init)) {
        char *size = NULL;
        if (node_is(init, "string_literal") || node_is(init, "concatenated_string")) {
            char *lit = node_text(s, init);
            size = xprintf("sizeof(%s)", lit);
            free(lit);
        } else if (node_is(init, "initializer_list")) {
            int count = 0;
            uint32_t nc = ts_node_named_child_count(init);
            for (uint32_t i = 0; i < nc; i++) {
                TSNode c = ts_node_named_child(init, i);
                if (node_is(c, "comment")) continue;
                if (node_is(c, "initializer_pair")) count = -1000000;
                count++;
            }
            if (count > 0) size = xprintf("%d", count);
        }
        if (!size) {
            diag_error(s, ts_node_start_byte(d), "give the array's size: it lives in the coroutine frame");
            size = xstrdup("1");
        }
        char *fixed = xprintf("%.*s[%s]%s", (int)(empty - text), text, size, empty + 2);
        free(text);
        free(size);
        text = fixed;
    }
    char *r = xprintf("%s %s", spec, text);
    free(spec);
    free(text);
    return r;
}

/* Does d declare an array (of whatever): is the declarator that binds tightest
 * to the name an array declarator? `*v[3]` is an array, `(*p)[3]` a pointer. */
static bool declares_array(TSNode d) {
    TSNode id = declarator_ident(d);
    TSNode up = ts_node_parent(id);
    while (node_is(up, "parenthesized_declarator")) up = ts_node_parent(up);
    return node_is(up, "array_declarator");
}

/* Does d declare a function (a local prototype), rather than an object such
 * as a pointer to a function? */
static bool declares_function(TSNode d) {
    TSNode id = declarator_ident(d);
    TSNode up = ts_node_parent(id);
    while (node_is(up, "parenthesized_declarator")) up = ts_node_parent(up);
    return node_is(up, "function_declarator");
}

/* Is the array size in declarator d a run-time value (a VLA)? It is when it
 * names a local or parameter of the function. */
static bool is_vla(Fn *F, TSNode d) {
    while (!ts_node_is_null(d)) {
        if (node_is(d, "array_declarator")) {
            TSNode size = node_field(d, "size");
            if (!ts_node_is_null(size)) {
                Buf b = {0};
                emit_expr(F, size, &b);
                bool vla = b.data && strstr(b.data, "ac__f->");
                buf_free(&b);
                if (vla) return true;
            }
        }
        d = node_field(d, "declarator");
    }
    return false;
}

void lower_declaration(Fn *F, TSNode n) {
    const Source *s = F->s;
    TSNode type = node_field(n, "type");
    if (node_has_specifier(s, n, "static") || node_has_specifier(s, n, "extern") ||
        node_is(n, "type_definition")) {
        /* C-level names: they keep their C meaning, and shadow frame locals */
        mark_line(F, n);
        char *t = node_text(s, n);
        outf(F, "%s", t);
        free(t);
        uint32_t nc = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode d = ts_node_named_child(n, i);
            if (node_is(d, "init_declarator")) d = node_field(d, "declarator");
            char *name = declarator_name(s, d);
            if (name && !ts_node_eq(d, type)) scope_add(F, name, NULL);
            free(name);
        }
        return;
    }
    if (!ts_node_is_null(node_field(type, "body"))) {
        diag_error(s, ts_node_start_byte(type),
                   "a type defined inside an async function: define it outside the function");
        return;
    }
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        const char *field = node_child_field(n, i);
        if (!field || strcmp(field, "declarator")) continue;
        TSNode d = ts_node_child(n, i), init = {0};
        if (node_is(d, "init_declarator")) {
            init = node_field(d, "value");
            d = node_field(d, "declarator");
        }
        if (declares_function(d)) { /* a local prototype */
            mark_line(F, n);
            char *t = node_text(s, n);
            outf(F, "%s", t);
            free(t);
            return;
        }
        char *name = declarator_name(s, d);
        if (!name) continue;
        if (is_vla(F, d)) {
            diag_error(s, ts_node_start_byte(d),
                       "variable-length array '%s' in an async function: its frame has a fixed size; "
                       "use a constant size or allocate it", name);
            free(name);
            continue;
        }
        char *member = unique_member(F, name);
        char *decl = member_declaration(F, n, d, member, init);
        buf_printf(&F->members, "    %s;\n", decl);
        free(decl);
        scope_add(F, name, member);
        free(name);
        if (ts_node_is_null(init)) continue;
        begin_stmt(F, init);
        hoist(F, init);
        char *value = expr_text(F, init);
        /* a scalar or pointer is assigned; arrays, structs from braces and
         * consts are copied in from a C object */
        bool top_const = object_is_const(s, n, d);
        bool simple = !declares_array(d) && !node_is(init, "initializer_list") && !top_const;
        if (simple) {
            outf(F, "ac__f->%s = %s;", member, value);
        } else {
            /* arrays, structs, const: initialise a C object, then copy it in */
            char *spec = specifiers_text(s, n);
            char *tmpd = declarator_replace(s, d, declarator_ident(d), "ac__init");
            char *fixed = NULL;
            char *empty = strstr(tmpd, "[]");
            if (empty) {
                char *md = member_declaration(F, n, d, "ac__init", init);
                fixed = md;
            }
            if (!fixed) fixed = xprintf("%s %s", spec, tmpd);
            outf(F, "{ %s = %s; memcpy(&ac__f->%s, &ac__init, sizeof ac__f->%s); }", fixed, value,
                 member, member);
            free(spec);
            free(tmpd);
            free(fixed);
        }
        free(value);
        end_stmt(F);
    }
}

