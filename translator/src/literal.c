/* literal.c: compound literals in async functions, and the sizes of arrays
 * completed from their initialisers.
 *
 * A compound literal inside a function body has automatic storage for its
 * enclosing block (C11 6.5.2.5p5) and is initialised each time its expression
 * is evaluated. In an async function the block outlives the resume function's
 * stack frame, so the literal gets a frame member: each evaluation builds the
 * literal as written and copies it into the member, and the expression is the
 * member (an lvalue, so `&(struct P){..}` and array decay work as in C).
 *
 * `T a[] = {...}` in a frame needs its size where the frame struct is
 * declared, at file scope, where the initialiser's values (locals) are not
 * visible. C's brace elision makes counting by hand wrong (`int f[][2] =
 * {1,2,3,4}` has 2 rows), so the C compiler counts: the member's size is
 * `sizeof((T[]){shape}) / sizeof((T[]){shape}[0])` with `shape` the
 * initialiser with its values replaced by constants that take the same place:
 *   - a braced sub-list initialises exactly the current object, whatever it
 *     holds: `{0}`;
 *   - a string literal stays (it may fill a char array or be a pointer);
 *   - designators stay (they are constant expressions);
 *   - a value at the top level becomes `0` when it is a scalar: the element
 *     type is scalar, or the value is one by its syntax (a literal, an
 *     arithmetic expression, an address). A value that may be a struct or
 *     union (a variable, a call) fills a whole element where `0` would only
 *     fill its first member: when it is a local of the element type itself
 *     (`s`, `*p`, `p[i]`) it becomes `{0}`, which fills exactly one element
 *     too; otherwise the size cannot be found, and the user is asked to
 *     write it.
 * The copy into the frame checks the count against C's own
 * (_Static_assert), so a wrong count can never pass silently.
 */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The local identifier id names (a frame member or a C-level static), or NULL. */
static Local *named_local(Fn *F, TSNode id) {
    if (!F || !node_is(id, "identifier")) return NULL;
    return scope_binding(F, F->s, id);
}

/* The frame local identifier id names, or NULL. */
static Local *frame_local(Fn *F, TSNode id) {
    Local *l = named_local(F, id);
    return l && l->member ? l : NULL;
}

/* Is expression e of scalar type, by its syntax or by what the function
 * knows of the locals and async functions it names? */
static bool scalar_by_syntax(const Source *s, TSNode e) {
    if (ts_node_is_null(e)) return false;
    e = strip_parens(e);
    const char *t = ts_node_type(e);
    Fn *F = current_fn();
    if (!strcmp(t, "identifier")) {
        Local *l = named_local(F, e);
        return l && !l->is_type && l->scalar;
    }
    if (!strcmp(t, "subscript_expression") ||
        (!strcmp(t, "pointer_expression") && !node_text_eq(s, ts_node_child(e, 0), "&"))) {
        /* a[i], *p, m[i][j] of a local declared with an arithmetic type: a
         * scalar (or an array, which cannot initialise anything) */
        TSNode base = e;
        while (node_is(base, "subscript_expression") || node_is(base, "pointer_expression") ||
               node_is(base, "parenthesized_expression"))
            base = node_is(base, "parenthesized_expression") ? ts_node_named_child(base, 0)
                                                              : node_field(base, "argument");
        Local *l = frame_local(F, base);
        return l && l->spec_scalar;
    }
    if (!strcmp(t, "await_expression")) {
        /* the result of an async function declared with a scalar result */
        TSNode call = strip_parens(node_field(e, "argument"));
        AsyncFn *g = F ? called_async(F, call) : NULL;
        return g && g->ret_scalar && !g->is_gen;
    }
    if (!strcmp(t, "call_expression") && F) {
        if (called_async(F, e)) return true; /* without await: a coroutine object, ac_task * */
        TSNode fn = node_field(e, "function");
        /* through a function pointer local declared with an arithmetic type
         * (`int (*fp)(int)`, `double (*ops[2])(double)`): its result is an
         * arithmetic value or a pointer */
        TSNode base = strip_parens(fn);
        while (node_is(base, "subscript_expression") || node_is(base, "pointer_expression"))
            base = strip_parens(node_field(base, "argument"));
        Local *pl = frame_local(F, base);
        if (pl && pl->spec_scalar) return true;
        /* a plain function of the file (not hidden by a local) with a scalar result */
        if (node_is(fn, "identifier") && !frame_local(F, fn) &&
            function_returns_scalar(s->text + ts_node_start_byte(fn), ts_node_end_byte(fn) - ts_node_start_byte(fn)))
            return true;
    }
    if (!strcmp(t, "number_literal") || !strcmp(t, "char_literal") || !strcmp(t, "true") ||
        !strcmp(t, "false") || !strcmp(t, "null") || !strcmp(t, "unary_expression") ||
        !strcmp(t, "binary_expression") || !strcmp(t, "sizeof_expression") ||
        !strcmp(t, "alignof_expression") || !strcmp(t, "update_expression") ||
        !strcmp(t, "offsetof_expression"))
        return true;
    if (!strcmp(t, "pointer_expression")) {
        TSNode op = ts_node_child(e, 0);
        return node_text_eq(s, op, "&");
    }
    if (!strcmp(t, "cast_expression")) {
        TSNode td = node_field(e, "type");
        TSNode ad = node_field(td, "declarator");
        if (ts_node_is_null(ad)) return type_specifier_scalar(s, node_field(td, "type"));
        return node_is(ad, "abstract_pointer_declarator");
    }
    if (!strcmp(t, "conditional_expression")) {
        /* GNU `a ?: b` has no middle operand: its value is the condition's */
        TSNode mid = node_field(e, "consequence");
        if (ts_node_is_null(mid)) mid = node_field(e, "condition");
        return scalar_by_syntax(s, mid) && scalar_by_syntax(s, node_field(e, "alternative"));
    }
    if (!strcmp(t, "comma_expression")) return scalar_by_syntax(s, node_field(e, "right"));
    return false;
}

/* The specifiers of the array's element type when it is written by them
 * alone (`struct In a[]`: "struct In"), else NULL: set while a shape is made. */
static const char *shape_elem_spec;

/* Is e a value of the element type itself (a local `struct In s`, `*p` or
 * `p[i]` of `struct In *p`)? Such an item initialises a whole element, as a
 * braced list does (C11 6.7.9p13); a struct of another type would only fill
 * a member of it. */
static bool value_of_element_type(TSNode e) {
    Fn *F = current_fn();
    if (!shape_elem_spec || !F) return false;
    e = strip_parens(e);
    const char *want = " (*)";
    if (node_is(e, "subscript_expression") ||
        (node_is(e, "pointer_expression") && !node_text_eq(F->s, ts_node_child(e, 0), "&"))) {
        e = strip_parens(node_field(e, "argument"));
        want = " *(*)";
    }
    Local *l = frame_local(F, e);
    size_t n = strlen(shape_elem_spec);
    return l && l->ptr_type && !strncmp(l->ptr_type, shape_elem_spec, n) && !strcmp(l->ptr_type + n, want);
}

/* Is expression e of scalar type, as far as the function knows? */
bool expr_is_scalar(const Source *s, TSNode e) { return scalar_by_syntax(s, e); }

/* The shape of one top-level item of an array's initialiser (see above);
 * false when the item may be an aggregate value. */
static bool shape_item(const Source *s, TSNode v, bool elem_scalar, Buf *out, TSNode *bad) {
    if (node_is(v, "string_literal") || node_is(v, "concatenated_string")) {
        char *t = node_text(s, v);
        buf_puts(out, t);
        free(t);
        return true;
    }
    if (node_is(v, "initializer_list")) {
        buf_puts(out, "{0}");
        return true;
    }
    if (node_is(v, "initializer_pair")) {
        TSNode value = node_field(v, "value");
        put_renamed(out, s, v, ts_node_start_byte(v), ts_node_start_byte(value));
        return shape_item(s, value, elem_scalar, out, bad);
    }
    if (elem_scalar || scalar_by_syntax(s, v)) {
        buf_puts(out, "0");
        return true;
    }
    if (value_of_element_type(v)) {
        buf_puts(out, "{0}");
        return true;
    }
    *bad = v;
    return false;
}

char *initializer_shape(const Source *s, TSNode init, bool elem_scalar, TSNode *bad) {
    Buf b = {0};
    if (!node_is(init, "initializer_list")) {
        /* a string: `char s[] = "abc"` */
        if (!node_is(init, "string_literal") && !node_is(init, "concatenated_string")) {
            *bad = init;
            return NULL;
        }
        buf_puts(&b, "{");
        shape_item(s, init, elem_scalar, &b, bad);
        buf_puts(&b, "}");
        return b.data;
    }
    buf_puts(&b, "{");
    bool first = true;
    uint32_t nc = ts_node_named_child_count(init);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(init, i);
        if (node_is(c, "comment")) continue;
        if (!first) buf_puts(&b, ", ");
        first = false;
        if (!shape_item(s, c, elem_scalar, &b, bad)) {
            buf_free(&b);
            return NULL;
        }
    }
    if (first) buf_puts(&b, "0"); /* `{}`: as C23 and GNU C, no elements */
    buf_puts(&b, "}");
    if (first) {
        buf_free(&b);
        return xstrdup("");
    }
    return b.data;
}

/* The number of elements of an array of type `type_name` (`int[][2]`)
 * completed by initialiser init, as a constant expression, or NULL. */
char *array_size_from_init(const Source *s, const char *type_name, TSNode init, bool elem_scalar,
                           TSNode *bad, const char *elem_spec) {
    shape_elem_spec = elem_spec;
    char *shape = initializer_shape(s, init, elem_scalar, bad);
    shape_elem_spec = NULL;
    if (!shape) return NULL;
    if (!*shape) {
        free(shape);
        return xstrdup("0");
    }
    char *r = xprintf("sizeof((%s)%s) / sizeof((%s)%s[0])", type_name, shape, type_name, shape);
    free(shape);
    return r;
}

/* ---- compound literals ----------------------------------------------------- */

/* Where the name goes in abstract declarator ad (`*[3]` -> `*NAME[3]`), and
 * the array declarator that binds to it when it has no size (else null). */
static uint32_t abstract_name_pos(TSNode ad, TSNode *unsized) {
    *unsized = (TSNode){0};
    for (;;) {
        if (node_is(ad, "abstract_parenthesized_declarator")) {
            TSNode in = {0};
            uint32_t nc = ts_node_named_child_count(ad);
            for (uint32_t i = 0; i < nc; i++)
                if (!node_is(ts_node_named_child(ad, i), "type_qualifier")) in = ts_node_named_child(ad, i);
            if (ts_node_is_null(in)) return ts_node_start_byte(ad) + 1;
            ad = in;
            continue;
        }
        TSNode next = node_field(ad, "declarator");
        if (!ts_node_is_null(next)) {
            ad = next;
            continue;
        }
        if (node_is(ad, "abstract_pointer_declarator")) return ts_node_end_byte(ad);
        if (node_is(ad, "abstract_array_declarator") && ts_node_is_null(node_field(ad, "size"))) *unsized = ad;
        return ts_node_start_byte(ad);
    }
}

/* `&(T){...}` as a frame member: the member's declaration. NULL when its size
 * cannot be found (diagnosed). */
static char *literal_member(Fn *F, TSNode lit, const char *name) {
    const Source *s = F->s;
    TSNode td = node_field(lit, "type");
    TSNode ad = node_field(td, "declarator");
    uint32_t a = ts_node_start_byte(td), b = ts_node_end_byte(td);
    if (ts_node_is_null(ad)) {
        char *t = renamed_text(s, td);
        char *r = xprintf("%s %s", t, name);
        free(t);
        return r;
    }
    TSNode unsized;
    uint32_t at = abstract_name_pos(ad, &unsized);
    Buf out = {0};
    put_renamed(&out, s, td, a, at);
    buf_printf(&out, " %s", name);
    if (ts_node_is_null(unsized)) {
        put_renamed(&out, s, td, at, b);
        return out.data;
    }
    /* `(int[]){...}`: `int NAME[SIZE]` */
    char *type_name = renamed_text(s, td);
    TSNode bad = {0};
    /* the element is a scalar when the type is `T *[]` or T is scalar */
    bool elem_scalar = type_specifier_scalar(s, node_field(td, "type")) ||
                       node_contains_type(ad, "abstract_pointer_declarator");
    /* `(struct S[]){...}`: the element type is the specifiers' */
    TSNode ts = node_field(td, "type");
    char *elem_spec = ts_node_eq(unsized, ad) && ts_node_named_child_count(td) == 2 ? type_specifier_text(s, ts) : NULL;
    char *size = array_size_from_init(s, type_name, node_field(lit, "value"), elem_scalar, &bad, elem_spec);
    free(elem_spec);
    free(type_name);
    if (!size) {
        diag_error(s, ts_node_start_byte(ts_node_is_null(bad) ? lit : bad),
                   "cannot tell how many elements this compound literal has in an async function "
                   "(this value may be a struct): give the array's size");
        buf_free(&out);
        return NULL;
    }
    uint32_t end = ts_node_end_byte(unsized);
    buf_printf(&out, "[%s]", size);
    put_renamed(&out, s, td, end, b);
    free(size);
    return out.data;
}

/* Emits compound literal `lit` of an async function: a frame member, filled
 * from the literal each time the expression is evaluated. */
void emit_compound_literal(Fn *F, TSNode lit, Buf *out) {
    char *name = xprintf("ac__lit%d", ++F->ntemps);
    char *member = literal_member(F, lit, name);
    if (!member) {
        free(name);
        emit_children(F, lit, out);
        return;
    }
    buf_printf(&F->members, "    %s;\n", member);
    free(member);
    Buf value = {0};
    emit_children(F, lit, &value);
    /* *(copy, &member): an lvalue of the literal's type; the sizes agree by
     * construction, and a negative array size stops the build if they do not.
     * The member of a const literal is filled through uintptr_t: no cast of
     * const away for -Wcast-qual (the frame is malloc'd memory) */
    buf_printf(out,
               "(*(memcpy((void *)(uintptr_t)&ac__f->%s, (const void *)&%s, sizeof ac__f->%s + 0 * "
               "sizeof(char[sizeof %s == sizeof ac__f->%s ? 1 : -1])), &ac__f->%s))",
               name, value.data, name, value.data, name, name);
    buf_free(&value);
    free(name);
}
