/* decl.c: declarations inside async functions: locals become frame members
 * with their C type; initialisers become assignments or copies. */
#include "acc.h"

#include <ctype.h>
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
        put_renamed(&b, s, d, pos, ts_node_start_byte(at[next]));
        buf_puts(&b, with[next]);
        pos = ts_node_end_byte(at[next]);
    }
    if (end > pos) put_renamed(&b, s, d, pos, end);
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
            char *params = renamed_text(s, node_field(tight, "parameters"));
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

/* The array declarator that binds to the name declared by d, when it has no
 * size (`a[]`, `(*fp[])(int)`), else a null node. */
static TSNode unsized_array(TSNode d) {
    TSNode up = ts_node_parent(declarator_ident(d));
    while (node_is(up, "parenthesized_declarator")) up = ts_node_parent(up);
    if (node_is(up, "array_declarator") && ts_node_is_null(node_field(up, "size"))) return up;
    return (TSNode){0};
}

/* `T a[] = init`: the size C gives a, as a constant expression, or NULL
 * (diagnosed). See literal.c. */
static char *completed_size(Fn *F, TSNode decl_node, TSNode d, TSNode init) {
    const Source *s = F->s;
    char *spec = declaration_specifiers(s, decl_node, true);
    char *abstract = declarator_replace(s, d, declarator_ident(d), "");
    char *type_name = xprintf("%s %s", spec, abstract);
    bool elem_scalar = type_specifier_scalar(s, node_field(decl_node, "type")) ||
                       node_contains_type(d, "pointer_declarator");
    TSNode bad = {0};
    /* `struct S a[]`: the element type is the specifiers' */
    TSNode arr = unsized_array(d);
    bool plain = ts_node_eq(node_field(arr, "declarator"), declarator_ident(d));
    char *size = array_size_from_init(s, type_name, init, elem_scalar, &bad, plain ? spec : NULL);
    if (!size) {
        if (!ts_node_is_null(bad) && !ts_node_eq(bad, init))
            diag_error(s, ts_node_start_byte(bad),
                       "cannot tell how many elements this initialiser gives the array in an async function "
                       "(this value may be a struct): give the array's size");
        else
            diag_error(s, ts_node_start_byte(d), "give the array's size: it lives in the coroutine frame");
    }
    free(spec);
    free(abstract);
    free(type_name);
    return size;
}

char *member_declaration(Fn *F, TSNode decl_node, TSNode d, const char *member, TSNode init) {
    const Source *s = F->s;
    char *spec;
    char *text = frame_declarator(s, decl_node, d, member, false, &spec);
    /* int a[] = {1, 2, 3}; char s[] = "abc"; int f[][2] = {1, 2, 3, 4}; */
    if (!ts_node_is_null(unsized_array(d)) && !ts_node_is_null(init)) {
        char *size = completed_size(F, decl_node, d, init);
        if (!size) size = xstrdup("1");
        /* the first `[ ]` after the name is the one that binds to it */
        char *at = strstr(text, member);
        char *open = at ? strpbrk(at + strlen(member), "[<") : NULL; /* `[` or its digraph `<:` */
        char *close = open ? strpbrk(open + (*open == '<' ? 2 : 1), "]:") : NULL;
        if (close) {
            char *fixed = xprintf("%.*s[%s]%s", (int)(open - text), text, size, close + (*close == ':' ? 2 : 1));
            free(text);
            text = fixed;
        }
        free(size);
    }
    char *r = xprintf("%s %s", spec, text);
    free(spec);
    free(text);
    return r;
}

/* `sizeof x` and `typeof(x)` of a local x in a frame member's type are
 * written `(*(T (*))0)` (locals are not visible where the frame is declared):
 * l->ptr_type is `T (*)`, from declarator d of decl_node (decayed for a
 * parameter). */
void set_ptr_type(const Source *s, Local *l, TSNode decl_node, TSNode d, bool decay) {
    char *spec;
    char *text = frame_declarator(s, decl_node, d, "(*)", decay, &spec);
    free(l->ptr_type);
    l->ptr_type = xprintf("%s %s", spec, text);
    free(spec);
    free(text);
}

/* ptr_type from member declaration `decl` (an array completed from its
 * initialiser: the size is in the text): its name `member` becomes `(*)`. */
static char *ptr_type_from_member(const Source *s, TSNode decl_node, TSNode d, const char *decl, const char *member) {
    char *spec;
    char *text = frame_declarator(s, decl_node, d, member, false, &spec);
    size_t from = strlen(spec) + 1, n = strlen(member);
    free(spec);
    free(text);
    for (const char *p = decl + from; (p = strstr(p, member)); p += n) {
        bool starts = p == decl || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        bool ends = !(isalnum((unsigned char)p[n]) || p[n] == '_');
        if (starts && ends) return xprintf("%.*s(*)%s", (int)(p - decl), decl, p + n);
    }
    return NULL;
}

/* Initialises frame member `member`, declared by d, from the C expression
 * `value`: scalars are assigned; arrays and structs (which may have const
 * members) are initialised as a C object of the declared type, with C's own
 * initialiser rules, and copied in. */
static void init_member(Fn *F, TSNode n, TSNode d, const char *member, TSNode init, const char *value) {
    const Source *s = F->s;
    /* a const or volatile scalar too: its member keeps volatile and drops const,
     * and is assigned as C initialises it (a memcpy would cast volatile away) */
    bool scalar = declarator_is_scalar(s, node_field(n, "type"), d) && !node_is(init, "initializer_list");
    if (scalar) {
        outf(F, "ac__f->%s = %s;", member, value);
        return;
    }
    char *spec = specifiers_text(s, n);
    char *tmpd = declarator_replace(s, d, declarator_ident(d), "ac__init");
    /* an array completed from its initialiser: C counts again, and must agree */
    char *check = !ts_node_is_null(unsized_array(d))
                      ? xprintf(" _Static_assert(sizeof ac__init == sizeof ac__f->%s, \"array size\");", member)
                      : xstrdup("");
    outf(F, "{ %s %s = %s;%s memcpy((void *)&ac__f->%s, (const void *)&ac__init, sizeof ac__f->%s); }", spec,
         tmpd, value, check, member, member);
    free(check);
    free(spec);
    free(tmpd);
}

/* Does d declare a function (a local prototype), rather than an object such
 * as a pointer to a function? */
static bool declares_function(TSNode d) {
    TSNode id = declarator_ident(d);
    TSNode up = ts_node_parent(id);
    while (node_is(up, "parenthesized_declarator")) up = ts_node_parent(up);
    return node_is(up, "function_declarator");
}

/* Is n inside the operand of sizeof, _Alignof or typeof (not evaluated: a
 * local's type is enough)? */
bool in_sizeof(TSNode n) {
    for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); up = ts_node_parent(up)) {
        if (node_is(up, "sizeof_expression") || node_is(up, "alignof_expression") ||
            node_is(up, "typeof_specifier"))
            return true;
        if (node_is(up, "declaration") || node_is(up, "compound_statement")) return false;
    }
    return false;
}

/* Is the array size in declarator d a run-time value (a VLA)? It is when it
 * reads a local or parameter of the function (other than through sizeof,
 * directly or as the argument of a macro that only takes its size). */
static bool is_vla(Fn *F, TSNode d) {
    while (!ts_node_is_null(d)) {
        if (node_is(d, "array_declarator") && !ts_node_is_null(node_field(d, "size"))) {
            TSTreeCursor c = ts_tree_cursor_new(node_field(d, "size"));
            bool vla = false;
            for (;;) {
                TSNode n = ts_tree_cursor_current_node(&c);
                if (node_is(n, "identifier") && scope_lookup(F, F->s, n) && !in_sizeof(n) &&
                    !in_sized_macro_argument(F, n)) {
                    vla = true;
                    break;
                }
                if (!cursor_next(&c, true)) break;
            }
            ts_tree_cursor_delete(&c);
            if (vla) return true;
        }
        d = node_is(d, "parenthesized_declarator") ? ts_node_named_child(d, 0) : node_field(d, "declarator");
    }
    return false;
}

/* The text of declaration n with its type specifier written as
 * type_specifier_text does (a hoisted type by its name). */
static char *declaration_text(const Source *s, TSNode n) {
    TSNode type = node_field(n, "type");
    if (ts_node_is_null(type)) return renamed_text(s, n);
    char *t = type_specifier_text(s, type);
    uint32_t a = ts_node_start_byte(n), ta = ts_node_start_byte(type), tb = ts_node_end_byte(type),
             b = ts_node_end_byte(n);
    Buf r = {0};
    put_renamed(&r, s, n, a, ta);
    buf_puts(&r, t);
    put_renamed(&r, s, n, tb, b);
    free(t);
    return r.data;
}

/* Adds the names a typedef or a static/extern local declares to the scope:
 * C-level names, that hide frame locals of the same name. */
static void add_c_names(Fn *F, TSNode n) {
    const Source *s = F->s;
    TSNode type = node_field(n, "type");
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode d = ts_node_named_child(n, i);
        if (node_is(d, "init_declarator")) d = node_field(d, "declarator");
        char *name = declarator_name(s, d);
        if (name && !ts_node_eq(d, type)) {
            scope_add(F, name, NULL);
            Local *l = F->scope->locals.items[F->scope->locals.len - 1];
            l->is_type = node_is(n, "type_definition");
            /* a static local's value in an initialiser: what array sizes know of it (literal.c) */
            l->scalar = !l->is_type && declarator_is_scalar(s, type, d);
        }
        free(name);
    }
}

/* An identifier in type specifier `type` (`__typeof__(x)`) that names a
 * local of the function, or a null node. Iterative walk. */
static TSNode names_local_in_type(Fn *F, TSNode type) {
    /* only typeof-like specifiers (`__typeof__(x)`, macro-shaped) hold expressions */
    if (!node_is(type, "macro_type_specifier")) return (TSNode){0};
    TSTreeCursor c = ts_tree_cursor_new(type);
    TSNode found = {0};
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        if ((node_is(n, "identifier") || node_is(n, "type_identifier")) && scope_lookup(F, F->s, n)) {
            found = n;
            break;
        }
        if (!cursor_next(&c, true)) break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}

/* The expression a declaration's type is inferred from: the operand of
 * `__typeof__(expr)`, or the initialiser of `__auto_type`; else a null node
 * (`__typeof__(int)`: a type name). */
static TSNode inferred_from(const Source *s, TSNode type, TSNode init) {
    if (node_is(type, "typeof_specifier")) return node_field(type, "value");
    if (node_is(type, "type_identifier") && node_text_eq(s, type, "__auto_type")) return init;
    return (TSNode){0};
}

/* `&r` after `register int r;` in its block: C forbids it (C11 6.5.3.2p1),
 * and in the frame it would compile, so acc says so. Iterative walk. */
static void check_register_address(Fn *F, TSNode decl, const char *name) {
    for (TSNode sib = ts_node_next_sibling(decl); !ts_node_is_null(sib); sib = ts_node_next_sibling(sib)) {
        TSTreeCursor c = ts_tree_cursor_new(sib);
        bool found = false;
        for (;;) {
            TSNode n = ts_tree_cursor_current_node(&c);
            if (node_is(n, "pointer_expression") && node_text_eq(F->s, ts_node_child(n, 0), "&")) {
                TSNode arg = strip_parens(node_field(n, "argument"));
                if (node_is(arg, "identifier") && node_text_eq(F->s, arg, name)) {
                    diag_error(F->s, ts_node_start_byte(n), "address of register variable '%s' requested", name);
                    found = true;
                    break;
                }
            }
            if (!cursor_next(&c, true)) break;
        }
        ts_tree_cursor_delete(&c);
        if (found) return;
    }
}

/* Storage a local of an async function cannot have, reported (true):
 * - `_Thread_local int x;` without static or extern: C11 6.7.1p3 forbids it
 *   at block scope (the frame would make it a plain automatic object);
 * - C23 `constexpr`: a named constant usable in constant expressions
 *   (`case N:`, array sizes), which a frame member is not; and moved to
 *   file scope it would be one object for every activation. */
enum {
    W_STATIC = 1,
    W_EXTERN = 2,
    W_THREAD_LOCAL_KW = 4, /* _Thread_local */
    W_THREAD_LOCAL = 8,
    W_THREAD = 16, /* __thread */
    W_CONSTEXPR = 32,
    W_REGISTER = 64,
};

/* The storage words of declaration n, as node_has_specifier finds them:
 * one pass over its children where each word asked was a pass. */
static unsigned storage_words(const Source *s, TSNode n) {
    static const struct {
        const char *word;
        unsigned bit;
    } words[] = {{"static", W_STATIC},       {"extern", W_EXTERN},       {"_Thread_local", W_THREAD_LOCAL_KW},
                 {"thread_local", W_THREAD_LOCAL}, {"__thread", W_THREAD}, {"constexpr", W_CONSTEXPR},
                 {"register", W_REGISTER}};
    unsigned found = 0;
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        int t = node_type_id(c);
        if (t != TYPE_ID("storage_class_specifier") && t != TYPE_ID("type_qualifier") && t != TYPE_ID("async_specifier"))
            continue;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if (node_text_eq(s, c, words[k].word)) found |= words[k].bit;
    }
    return found;
}

static bool rejected_storage(Fn *F, TSNode n, unsigned words) {
    const Source *s = F->s;
    bool is_static = words & (W_STATIC | W_EXTERN);
    const char *tls = words & W_THREAD_LOCAL_KW ? "_Thread_local"
                      : words & W_THREAD_LOCAL  ? "thread_local"
                      : words & W_THREAD        ? "__thread"
                                                : NULL;
    if (tls && !is_static) {
        diag_error(s, ts_node_start_byte(n), "'%s' local without 'static' or 'extern': C allows a block-scope "
                   "thread-local object only with one of them (C11 6.7.1p3)", tls);
        return true;
    }
    if ((words & W_CONSTEXPR) && !is_static) {
        diag_error(s, ts_node_start_byte(n), "'constexpr' local in an async function: its locals live in the "
                   "coroutine frame, where a named constant cannot; use an enum constant, a #define, or "
                   "'static constexpr'");
        return true;
    }
    return false;
}

void lower_declaration(Fn *F, TSNode n) {
    const Source *s = F->s;
    if (node_is(n, "struct_specifier") || node_is(n, "union_specifier") || node_is(n, "enum_specifier")) {
        /* `struct S { ... };` alone: a type for the whole function (hoist.c) */
        hoist_type(F, n);
        return;
    }
    if (node_is(n, "type_definition")) {
        /* the frame may need it: file scope (hoist.c) */
        hoist_type(F, n); /* its names enter the scope there */
        return;
    }
    TSNode type = node_field(n, "type");
    if (!ts_node_is_null(node_field(type, "body")) && !hoist_type(F, type)) return;
    unsigned words = storage_words(s, n);
    if (rejected_storage(F, n, words)) return;
    if (words & (W_STATIC | W_EXTERN)) {
        /* C-level names: they keep their C meaning, and shadow frame locals */
        mark_line(F, n);
        char *t = declaration_text(s, n);
        outf(F, "%s", t);
        free(t);
        add_c_names(F, n);
        return;
    }
    bool initialised = false;
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
            char *t = declaration_text(s, n);
            outf(F, "%s", t);
            free(t);
            return;
        }
        char *name = declarator_name(s, d);
        if (!name) continue;
        TSNode local = names_local_in_type(F, type);
        if (!ts_node_is_null(local)) {
            char *ln = node_text(s, local);
            diag_error(s, ts_node_start_byte(local),
                       "the type of '%s' names the local '%s': in an async function a local's type is "
                       "declared with its frame, at file scope, where locals are not visible; write the type",
                       name, ln);
            free(ln);
            free(name);
            continue;
        }
        if (ts_node_eq(ts_node_parent(declarator_ident(d)), n) || ts_node_eq(declarator_ident(d), d)) {
            if (type_has_fam(s, type)) {
                /* C11 6.7.2.1p3: such a struct is no member of another struct */
                diag_error(s, ts_node_start_byte(d),
                           "'%s' is a struct with a flexible array member: it cannot live in an async "
                           "function's frame (C allows no such struct inside another); allocate it and "
                           "keep a pointer", name);
                free(name);
                continue;
            }
        }
        if (is_vla(F, d)) {
            diag_error(s, ts_node_start_byte(d),
                       "variable-length array '%s' in an async function: its frame has a fixed size; "
                       "use a constant size or allocate it", name);
            free(name);
            continue;
        }
        if (words & W_REGISTER) check_register_address(F, n, name);
        char *member = unique_member(F, name);
        char *decl = member_declaration(F, n, d, member, init);
        /* a size counted from a copy of the initialiser: its warnings are the declaration's own (ac.h) */
        bool counted = !ts_node_is_null(unsized_array(d)) && !ts_node_is_null(init);
        buf_printf(&F->members, counted ? "    AC__COUNT_OK %s; AC__COUNT_END\n" : "    %s;\n", decl);
        scope_add(F, name, member);
        if (!ts_node_is_null(unsized_array(d))) {
            Local *l = F->scope->locals.items[F->scope->locals.len - 1];
            l->ptr_type = ptr_type_from_member(s, n, d, decl, member);
        }
        free(decl);
        {
            /* what array sizes from initialisers need to know of it (literal.c) */
            Local *l = F->scope->locals.items[F->scope->locals.len - 1];
            l->scalar = declarator_is_scalar(s, type, d);
            l->spec_scalar = type_specifier_scalar(s, type);
            /* `__typeof__(x + 1) y`, `__auto_type y = x`: the type of a scalar expression */
            TSNode of = inferred_from(s, type, init), td = node_field(type, "type");
            bool scalar_of = !ts_node_is_null(of) ? expr_is_scalar(s, of)
                             : node_is(type, "typeof_specifier") && ts_node_is_null(node_field(td, "declarator")) &&
                                   type_specifier_scalar(s, node_field(td, "type"));
            if (!l->spec_scalar && scalar_of) {
                l->spec_scalar = true;
                l->scalar = ts_node_eq(declarator_ident(d), d) || node_is(d, "pointer_declarator");
            }
        }
        if (ts_node_is_null(unsized_array(d))) {
            /* `sizeof name` in a later local's type reads it through this */
            Local *l = F->scope->locals.items[F->scope->locals.len - 1];
            char *spec = declaration_specifiers(s, n, true);
            char *ptr = declarator_replace(s, d, declarator_ident(d), "(*)");
            l->ptr_type = xprintf("%s %s", spec, ptr);
            free(spec);
            free(ptr);
        }
        free(name);
        if (ts_node_is_null(init)) {
            initialised = false;
            continue;
        }
        initialised = true;
        begin_stmt(F, init);
        hoist(F, init);
        char *value = expr_text(F, init);
        init_member(F, n, d, member, init, value);
        free(value);
        end_stmt(F);
    }
    /* `int y = 10;` right before `case 99:` is no statement in C, but its
     * assignment is: tell gcc's -Wimplicit-fallthrough the fall is meant */
    TSNode next = ts_node_next_named_sibling(n);
    while (node_is(next, "comment")) next = ts_node_next_named_sibling(next);
    if (initialised && node_is(next, "case_statement")) outf(F, "/* fall through */");
}


void store_result(Fn *F, const char *value) {
    AsyncFn *af = F->af;
    if (af->ret_scalar || af->is_gen) {
        outf(F, "ac__f->ac__ret = %s;", value);
        return;
    }
    /* ret_member declares ac__ret: the same type, named ac__r */
    const char *at = strstr(af->ret_member, "ac__ret");
    outf(F, "{ %.*sac__r%s = %s; memcpy((void *)&ac__f->ac__ret, (const void *)&ac__r, sizeof ac__f->ac__ret); }",
         (int)(at - af->ret_member), af->ret_member, at + strlen("ac__ret"), value);
}
