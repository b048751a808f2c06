/* types.c: what the translator knows about type names.
 *
 * tree-sitter cannot know which identifiers are typedef names, and C's grammar
 * needs it: `T (*x)(int) = y;` is a declaration when T names a type and an
 * expression otherwise. The translator knows the typedef names the unit can
 * see: those it declares (file scope, .ah headers, block scope), the runtime's
 * (ac.h) and the common ones of the standard and POSIX headers (a table). It
 * also knows which of them name scalar types (arithmetic or pointer), which
 * initialisers and frame copies need.
 */
#include "acc.h"

#include <stdlib.h>
#include <string.h>

/* The standard and POSIX headers' typedef names (true: a scalar type). */
static const struct {
    const char *name;
    bool scalar;
} std_types[] = {
    {"size_t", true}, {"ssize_t", true}, {"ptrdiff_t", true}, {"intptr_t", true}, {"uintptr_t", true},
    {"intmax_t", true}, {"uintmax_t", true}, {"wchar_t", true}, {"wint_t", true}, {"char16_t", true},
    {"char32_t", true}, {"int8_t", true}, {"int16_t", true}, {"int32_t", true}, {"int64_t", true},
    {"uint8_t", true}, {"uint16_t", true}, {"uint32_t", true}, {"uint64_t", true},
    {"int_least8_t", true}, {"int_least16_t", true}, {"int_least32_t", true}, {"int_least64_t", true},
    {"uint_least8_t", true}, {"uint_least16_t", true}, {"uint_least32_t", true}, {"uint_least64_t", true},
    {"int_fast8_t", true}, {"int_fast16_t", true}, {"int_fast32_t", true}, {"int_fast64_t", true},
    {"uint_fast8_t", true}, {"uint_fast16_t", true}, {"uint_fast32_t", true}, {"uint_fast64_t", true},
    {"time_t", true}, {"clock_t", true}, {"off_t", true}, {"pid_t", true}, {"uid_t", true},
    {"gid_t", true}, {"mode_t", true}, {"socklen_t", true}, {"sig_atomic_t", true}, {"useconds_t", true},
    {"suseconds_t", true}, {"ino_t", true}, {"dev_t", true}, {"nlink_t", true}, {"blksize_t", true},
    {"blkcnt_t", true}, {"in_addr_t", true}, {"in_port_t", true}, {"sa_family_t", true},
    {"max_align_t", false}, {"FILE", false}, {"fpos_t", false}, {"va_list", false}, {"div_t", false},
    {"ldiv_t", false}, {"lldiv_t", false}, {"jmp_buf", false}, {"sigjmp_buf", false}, {"mbstate_t", false},
    {"fenv_t", false}, {"fexcept_t", false}, {"sigset_t", false}, {"DIR", false},
    {"pthread_t", true}, {"pthread_mutex_t", false}, {"pthread_cond_t", false}, {"pthread_attr_t", false},
    {"pthread_once_t", false}, {"pthread_key_t", true}, {"pthread_rwlock_t", false},
    {"pthread_mutexattr_t", false}, {"pthread_condattr_t", false}, {"sem_t", false},
    {"regex_t", false}, {"regmatch_t", false}, {"glob_t", false}, {"atomic_int", true},
    {"atomic_uint", true}, {"atomic_long", true}, {"atomic_ulong", true}, {"atomic_bool", true},
    {"atomic_size_t", true}, {"atomic_flag", false}, {"float_t", true}, {"double_t", true},
    {"locale_t", true}, {"iconv_t", true}, {"nfds_t", true}, {"rlim_t", true}, {"id_t", true},
    {"key_t", true}, {"clockid_t", true}, {"timer_t", true}, {"fd_set", false},
    /* the runtime's: every typedef of ac.h, generated from it at configure time
     * (cmake/AcAsyncTable.cmake), so a type the runtime adds is known at once */
#define AC_TYPE(name, scalar) {#name, scalar},
#include "ac_types.def"
#undef AC_TYPE
    /* libuv's, which ac.h's users meet through ac_loop_uv and the callbacks */
    {"uv_loop_t", false}, {"uv_buf_t", false}, {"uv_os_sock_t", true}, {"uv_file", true},
};

typedef struct TypeName {
    char *name;
    bool scalar;
} TypeName;

/* The unit's own typedef names (file scope and .ah headers). */
static Vec unit_types;
/* ...by name (a file may declare thousands): the last TypeName of each. */
static StrMap unit_type_index;
/* Sets of names (each key its own malloc'd name): struct tags ("tag:S") and
 * typedef names of structs with a flexible array member; plain functions
 * declared at file scope whose result is a scalar; macros of the file whose
 * body is a declaration (`#define DECL(n) int n = 0`). */
static StrMap fam_names, scalar_fns, declaring_macros;

/* Takes name. */
static void name_set_add(StrMap *set, char *name) {
    if (strmap_get(set, name)) free(name);
    else strmap_put(set, name, name);
}

static void name_set_free(StrMap *set) {
    for (size_t i = 0; i < set->cap; i++) free((char *)set->keys[i]);
    strmap_free(set);
}

void types_reset(void) {
    for (int i = 0; i < unit_types.len; i++) {
        TypeName *t = unit_types.items[i];
        free(t->name);
        free(t);
    }
    vec_free(&unit_types);
    strmap_free(&unit_type_index);
    name_set_free(&fam_names);
    name_set_free(&scalar_fns);
    name_set_free(&declaring_macros);
}

/* Learns a #define whose body starts like a declaration: a type keyword, a
 * storage class, struct/union/enum, or a typedef name acc knows. */
void types_learn_macro(const Source *s, TSNode n) {
    if (!node_is(n, "preproc_def") && !node_is(n, "preproc_function_def")) return;
    TSNode v = node_field(n, "value");
    if (ts_node_is_null(v)) return;
    const char *p = s->text + ts_node_start_byte(v), *end = s->text + ts_node_end_byte(v);
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    const char *q = p;
    while (q < end && (*q == '_' || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
        q++;
    static const char *const words[] = {"int", "char", "short", "long", "float", "double", "unsigned",
                                        "signed", "_Bool", "bool", "struct", "union", "enum", "const",
                                        "volatile", "static", "register", "_Alignas", "_Atomic", NULL};
    size_t len = (size_t)(q - p);
    bool decl = len && type_name_known(p, len);
    for (int i = 0; !decl && words[i]; i++) decl = strlen(words[i]) == len && !memcmp(words[i], p, len);
    /* `int` alone, or `int x` / `T *x`: a type followed by more */
    if (decl && q < end) {
        name_set_add(&declaring_macros, node_text(s, node_field(n, "name")));
    }
}

static bool is_declaring_macro(const Source *s, TSNode id) {
    uint32_t a = ts_node_start_byte(id), len = ts_node_end_byte(id) - a;
    return strmap_getn(&declaring_macros, s->text + a, len) != NULL;
}

/* Learns the functions top-level node n declares or defines with a scalar
 * result: `int h(int);`, `char *name(void) {...}`. */
void types_learn_functions(const Source *s, TSNode n) {
    if (!node_is(n, "declaration") && !node_is(n, "function_definition")) return;
    if (node_has_specifier(s, n, "async") || is_generator_decl(s, n)) return;
    TSNode type = node_field(n, "type");
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        const char *field = node_child_field(n, i);
        if (!field || strcmp(field, "declarator")) continue;
        TSNode d = ts_node_child(n, i);
        TSNode fd = declarator_function(d);
        if (!node_is(fd, "function_declarator")) continue;
        TSNode id = declarator_ident(d);
        if (ts_node_is_null(id) || !ts_node_eq(ts_node_parent(id), fd)) continue;
        /* the result: a pointer when a pointer declarator wraps f(...) */
        bool scalar = false;
        for (TSNode up = ts_node_parent(fd); !ts_node_eq(up, n); up = ts_node_parent(up)) {
            if (node_is(up, "pointer_declarator")) scalar = true;
            if (ts_node_is_null(up)) break;
        }
        if (ts_node_eq(ts_node_parent(fd), n) || node_is(ts_node_parent(fd), "init_declarator"))
            scalar = type_specifier_scalar(s, type);
        if (scalar) {
            name_set_add(&scalar_fns, node_text(s, id));
        }
    }
}

bool function_returns_scalar(const char *name, size_t len) { return strmap_getn(&scalar_fns, name, len) != NULL; }

static bool is_fam_name(const char *name, size_t len) { return strmap_getn(&fam_names, name, len) != NULL; }

/* Does struct specifier `type` (with a body) end with a flexible array member? */
static bool body_has_fam(TSNode type) {
    TSNode body = node_field(type, "body");
    if (ts_node_is_null(body)) return false;
    TSNode last = {0};
    uint32_t nc = ts_node_named_child_count(body);
    for (uint32_t i = 0; i < nc; i++)
        if (node_is(ts_node_named_child(body, i), "field_declaration")) last = ts_node_named_child(body, i);
    if (ts_node_is_null(last)) return false;
    TSNode d = node_field(last, "declarator");
    return node_is(d, "array_declarator") && ts_node_is_null(node_field(d, "size"));
}

/* Is `type` (a declaration's type specifier) a struct with a flexible array
 * member, as far as the unit shows? */
bool type_has_fam(const Source *s, TSNode type) {
    if (node_is(type, "struct_specifier")) {
        if (body_has_fam(type)) return true;
        TSNode name = node_field(type, "name");
        if (ts_node_is_null(name)) return false;
        char *t = node_text(s, name);
        char *key = xprintf("tag:%s", t);
        bool r = is_fam_name(key, strlen(key));
        free(t);
        free(key);
        return r;
    }
    if (node_is(type, "type_identifier"))
        return is_fam_name(s->text + ts_node_start_byte(type), ts_node_end_byte(type) - ts_node_start_byte(type));
    return false;
}

/* Learns the struct types with a flexible array member that top-level node n
 * defines (`struct S { int n; int d[]; };`, and typedef names of them). */
void types_learn_fam(const Source *s, TSNode n) {
    TSNode type = node_field(n, "type");
    if (node_is(n, "struct_specifier")) type = n;
    if (!node_is(type, "struct_specifier")) return;
    bool fam = type_has_fam(s, type);
    if (!fam) return;
    TSNode name = node_field(type, "name");
    if (!ts_node_is_null(name) && body_has_fam(type)) {
        char *t = node_text(s, name);
        name_set_add(&fam_names, xprintf("tag:%s", t));
        free(t);
    }
    if (node_is(n, "type_definition")) {
        uint32_t nc = ts_node_child_count(n);
        for (uint32_t i = 0; i < nc; i++) {
            const char *field = node_child_field(n, i);
            if (!field || strcmp(field, "declarator")) continue;
            TSNode d = ts_node_child(n, i);
            if (node_is(d, "type_identifier")) {
                name_set_add(&fam_names, node_text(s, d));
            }
        }
    }
}

static const TypeName *unit_type(const char *name, size_t len) { return strmap_getn(&unit_type_index, name, len); }

static int std_type(const char *name, size_t len) {
    for (size_t i = 0; i < sizeof std_types / sizeof *std_types; i++)
        if (strlen(std_types[i].name) == len && !memcmp(std_types[i].name, name, len)) return (int)i;
    return -1;
}

bool type_name_known(const char *name, size_t len) {
    return unit_type(name, len) || std_type(name, len) >= 0;
}

bool type_name_scalar(const char *name, size_t len) {
    const TypeName *t = unit_type(name, len);
    if (t) return t->scalar;
    int i = std_type(name, len);
    return i >= 0 && std_types[i].scalar;
}

/* Is the type specifier node `type` (the `type` field of a declaration) an
 * arithmetic type or a scalar typedef? Pointers come from the declarator. */
bool type_specifier_scalar(const Source *s, TSNode type) {
    if (ts_node_is_null(type)) return false;
    if (node_is(type, "primitive_type") || node_is(type, "sized_type_specifier") ||
        node_is(type, "enum_specifier"))
        return true;
    if (node_is(type, "type_identifier"))
        return type_name_scalar(s->text + ts_node_start_byte(type),
                                ts_node_end_byte(type) - ts_node_start_byte(type));
    if (node_is(type, "atomic_type_specifier")) {
        /* `_Atomic(T)`: as scalar as T (a pointer type name is one) */
        TSNode td = node_field(type, "type");
        TSNode ad = node_field(td, "declarator");
        if (ts_node_is_null(ad)) return type_specifier_scalar(s, node_field(td, "type"));
        return node_is(ad, "abstract_pointer_declarator");
    }
    return false;
}

/* Does declarator d (of a declaration whose type specifier is scalar or not)
 * declare a scalar object: a pointer, or the specifier's scalar type itself?
 * Arrays and functions are not scalars. */
bool declarator_is_scalar(const Source *s, TSNode type, TSNode d) {
    TSNode cur = declarator_ident(d);
    if (ts_node_is_null(cur)) return false;
    while (!ts_node_eq(cur, d)) {
        TSNode up = ts_node_parent(cur);
        if (ts_node_is_null(up)) break;
        if (!node_is(up, "parenthesized_declarator")) return node_is(up, "pointer_declarator");
        cur = up;
    }
    return type_specifier_scalar(s, type);
}

/* Learns the typedef names of a type_definition node. */
void types_learn_typedef(const Source *s, TSNode n) {
    TSNode type = node_field(n, "type");
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        const char *field = node_child_field(n, i);
        if (!field || strcmp(field, "declarator")) continue;
        TSNode d = ts_node_child(n, i);
        char *name = declarator_name(s, d);
        if (!name) continue;
        TypeName *t = xcalloc(1, sizeof *t);
        t->name = name;
        t->scalar = declarator_is_scalar(s, type, d);
        vec_push(&unit_types, t);
        strmap_put(&unit_type_index, t->name, t); /* the last of a name, as the list was read */
    }
}


/* ---- statements that are declarations of typedef-named types ------------- */

/* Is `name` (the text of identifier id) a type name where id stands? A local
 * object or parameter of that name hides a typedef; a local typedef is one. */
static bool names_type_here(Fn *F, TSNode id) {
    const Source *s = F->s;
    uint32_t a = ts_node_start_byte(id), b = ts_node_end_byte(id);
    Local *l = scope_binding(F, s, id);
    return l ? l->is_type : type_name_known(s->text + a, b - a);
}

/* The first token of n. */
static TSNode first_leaf(TSNode n) {
    while (ts_node_child_count(n) > 0) n = ts_node_child(n, 0);
    return n;
}

/* Does expression statement stmt have a declaration's shape that C reads as
 * one when its first name is a type: `U (*x)[3];`, `U (*x)(int);`,
 * `U (*x) = y;` (as an expression: U called with *x, and the result
 * subscripted, called or assigned, which real code hardly does)? */
static bool declaration_shaped(TSNode stmt) {
    TSNode e = ts_node_named_child(stmt, 0);
    if (node_is(e, "assignment_expression")) e = node_field(e, "left");
    bool postfix = false;
    while (node_is(e, "subscript_expression") || node_is(e, "call_expression")) {
        TSNode inner = node_is(e, "subscript_expression") ? node_field(e, "argument") : node_field(e, "function");
        if (node_is(e, "call_expression") && node_is(inner, "identifier")) {
            TSNode args = node_field(e, "arguments");
            if (ts_node_named_child_count(args) != 1) return false;
            TSNode a = ts_node_named_child(args, 0);
            bool deref = node_is(a, "pointer_expression") && node_is(node_field(a, "argument"), "identifier");
            TSNode top = ts_node_named_child(stmt, 0);
            return deref && (postfix || node_is(top, "assignment_expression"));
        }
        postfix = true;
        e = inner;
    }
    return false;
}

/* Parses statement stmt again as a declaration. The text parsed is the
 * unit's with every byte outside the statement blanked (newlines kept), a
 * function header at its start and `auto ` just before the statement: after
 * a storage class, tree-sitter reads the typedef name as a type. The
 * statement's bytes keep their offsets, so the new nodes read the unit's text
 * (the type name included) and their lines are right. */
static TSNode reparse_declaration(Fn *F, TSNode stmt) {
    static const char head[] = "int ac__decl(void){";
    const Source *s = F->s;
    uint32_t a = ts_node_start_byte(stmt), b = ts_node_end_byte(stmt);
    size_t hl = sizeof head - 1;
    if (a < hl + 6 || b >= s->len) return (TSNode){0};
    char *copy = xcalloc(s->len + 1, 1);
    for (size_t i = 0; i < s->len; i++) copy[i] = s->text[i] == '\n' ? '\n' : ' ';
    memcpy(copy, head, hl);
    memcpy(copy + a - 5, "auto ", 5);
    memcpy(copy + a, s->text + a, b - a);
    copy[b] = '}';
    char *view = parser_view(copy, s->len); /* digraphs, as the unit was parsed */
    free(copy);
    TSTree *tree = ts_parser_parse_string(F->p->unit->parser, NULL, view, (uint32_t)s->len);
    free(view);
    if (!tree) return (TSNode){0};
    vec_push(&F->trees, tree);
    TSNode root = ts_tree_root_node(tree);
    TSNode body = node_field(ts_node_named_child(root, 0), "body");
    TSNode decl = ts_node_named_child(body, 0);
    if (ts_node_has_error(root) || !node_is(decl, "declaration") || ts_node_end_byte(decl) != b)
        return (TSNode){0};
    return decl;
}

/* An expression statement of an async function that is a declaration:
 * lowered as one (true), or diagnosed when acc cannot tell (true), or an
 * expression (false). C's rule: a statement that starts with a typedef name
 * is a declaration; one that is not valid as an expression is too, but then
 * its type is a name acc does not know, and the frame member needs it. */
bool lower_if_declaration(Fn *F, TSNode stmt) {
    if (!F->in_async) return false;
    TSNode first = first_leaf(stmt);
    bool typed = node_is(first, "identifier") && names_type_here(F, first);
    if (typed) {
        TSNode decl = reparse_declaration(F, stmt);
        if (ts_node_is_null(decl)) {
            char *name = node_text(F->s, first);
            diag_error(F->s, ts_node_start_byte(stmt),
                       "'%s' is a type name here, but this statement does not read as a declaration", name);
            free(name);
            return true;
        }
        lower_declaration(F, decl);
        return true;
    }
    /* DECL_INT(k, 3); with `#define DECL_INT(n, v) int n = v`: a local acc
     * cannot see, which would live on the resume function's stack */
    TSNode e = ts_node_named_child(stmt, 0);
    TSNode callee = node_is(e, "call_expression") ? node_field(e, "function") : e;
    if (node_is(callee, "identifier") && is_declaring_macro(F->s, callee)) {
        char *name = node_text(F->s, callee);
        diag_error(F->s, ts_node_start_byte(stmt),
                   "macro '%s' declares a local, which acc cannot see: it would not keep its value "
                   "across awaits; declare the local directly in the async function", name);
        free(name);
        return true;
    }
    /* a type name among the arguments of a call through an expression
     * (`T (*fp)(int)`: `(*fp)` applied to `int`) is not an expression but a
     * declaration can hold it; macros, called by name, may take type names */
    if (!node_has_type_argument(stmt) && !declaration_shaped(stmt)) return false;
    char *name = node_text(F->s, first);
    diag_error(F->s, ts_node_start_byte(stmt),
               "acc cannot tell whether this statement is a declaration: it is one if '%s' is a type, "
               "a name acc does not know (a typedef of a header it does not read); declare the type with "
               "typedef in this file or an included .ah header (if '%s' is a function, write '(%s)(...)')",
               name, name, name);
    free(name);
    return true;
}

/* Frees the trees of statements parsed again. */
void free_reparsed(Fn *F) {
    for (int i = 0; i < F->trees.len; i++) {
        node_cache_forget(F->trees.items[i]); /* nodes.c may hold its preorder */
        ts_tree_delete(F->trees.items[i]);
    }
    vec_free(&F->trees);
}
