/*
 * acc.h: the internal header of the Async C translator, one section per file.
 *
 * Pipeline (see docs/pipeline.md):
 *   1. parse.c    .ac text -> tree-sitter tree; ERROR/MISSING nodes -> diagnostics
 *   2. analyse.c  the async functions this file knows (own, .ah, runtime), the
 *                 direct-await call graph and its cycles, semantic checks
 *   3. lower.c    each async function -> frame struct + resume function (state
 *                 machine), each plain function -> handle-temporary edits
 *   4. emit.c     the output: source text with edits applied, #line directives,
 *                 written to a temporary and renamed into place
 */
#ifndef ACC_H
#define ACC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

/* ------------------------------------------------------------------------- */
/* util.c: growable buffers and strings                                        */
/* ------------------------------------------------------------------------- */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

void buf_put(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_free(Buf *b);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* Reads a whole file; NULL (errno set) on failure. */
char *read_file(const char *path, size_t *len);

/* A growable array of pointers. */
typedef struct Vec {
    void **items;
    int len, cap;
} Vec;
void vec_push(Vec *v, void *item);
void vec_free(Vec *v);

/* ------------------------------------------------------------------------- */
/* diag.c: source files and diagnostics                                        */
/* ------------------------------------------------------------------------- */

typedef struct Source {
    const char *path;  /* as given on the command line: used in messages and #line */
    const char *text;
    size_t len;
    uint32_t *line_starts; /* byte offset of each line */
    int nlines;
} Source;

Source *source_load(const char *path);
Source *source_from_string(const char *path, const char *text);
void source_free(Source *s);
/* 1-based line of a byte offset. */
int source_line(const Source *s, uint32_t byte);

/* gcc-style messages: `file:line:col: error: msg`, the line, a caret. */
void diag_error(const Source *s, uint32_t byte, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_warning(const Source *s, uint32_t byte, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_note(const Source *s, uint32_t byte, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Errors without a location: `acc: error: msg`. */
void diag_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
extern int diag_error_count;

/* ------------------------------------------------------------------------- */
/* parse.c: tree-sitter and node helpers                                       */
/* ------------------------------------------------------------------------- */

typedef struct Unit {
    Source *src;
    TSParser *parser;
    TSTree *tree;
    TSNode root;
} Unit;

/* Parses src; reports every ERROR and MISSING node. Returns NULL on syntax errors. */
Unit *unit_parse(Source *src);
void unit_free(Unit *u);

bool node_is(TSNode n, const char *type);
const char *node_type(TSNode n);
TSNode node_field(TSNode n, const char *field);
/* Text of a node (malloc'd). */
char *node_text(const Source *s, TSNode n);
/* true if the node's text equals str. */
bool node_text_eq(const Source *s, TSNode n, const char *str);
/* Name of the identifier a declarator declares (malloc'd), or NULL. */
char *declarator_name(const Source *s, TSNode decl);
/* The identifier node a declarator declares, or a null node. */
TSNode declarator_ident(TSNode decl);
/* The function_declarator inside a declarator, or a null node. */
TSNode declarator_function(TSNode decl);
/* The field name of the i-th child of n, or NULL. */
const char *node_child_field(TSNode n, uint32_t i);
bool node_has_specifier(const Source *s, TSNode decl_or_def, const char *word);
/* Is `n` inside (or is) a node of one of the types? Stops at function bodies. */
bool node_contains_type(TSNode n, const char *type);

/* ------------------------------------------------------------------------- */
/* analyse.c: what the translator knows about async functions                  */
/* ------------------------------------------------------------------------- */

typedef enum { FN_USER, FN_RUNTIME, FN_EXTERN } FnKind;

typedef struct AsyncFn {
    char *name;
    FnKind kind;
    char *ret_type;    /* result type as text ("int", "const char *"), "void" */
    char *ret_member;  /* declaration of a member named ac__ret of that type, or NULL */
    TSNode def;        /* FN_USER with a body: its function_definition */
    bool defined;      /* has a body in this unit */
    bool is_static;
    bool is_gen;       /* ac_gen(T) f(...): a generator; ret_type is T */
    bool is_async;     /* async (functions always; generators when declared so) */
    bool sent_used;    /* generators: some yield's value (what ac_send sent) is read */
    int scc;           /* strongly connected component in the direct-await graph */
    bool embedded_emitted;
    Vec callees;       /* AsyncFn * awaited directly from the body */
    int index, lowlink; bool on_stack; /* Tarjan */
} AsyncFn;

typedef struct Program {
    Unit *unit;
    Vec fns;            /* AsyncFn *: runtime, .ah, and this unit's */
    Vec include_dirs;   /* char *: -I directories */
    Vec deps;           /* char *: .ah files included (paths found), for -MD */
    Vec dep_names;      /* char *: the same as written in #include "..." */
    bool is_header;     /* translating an .ah */
} Program;

AsyncFn *prog_find_fn(Program *p, const char *name);
/* Is n (a declaration or definition) of a generator, `ac_gen(T) f(...)`? */
bool is_generator_decl(const Source *s, TSNode n);
/* Collects async functions, builds the call graph, runs the checks. */
void analyse(Program *p);
/* Is a direct await of callee from caller embedded (true) or allocated (false)? */
bool await_is_embedded(AsyncFn *caller, AsyncFn *callee);
/* Handle-producing runtime calls and their ownership rules. */
typedef enum { RT_NOT_HANDLE, RT_PRODUCER, RT_PASS_THROUGH, RT_CONSUMER, RT_BORROWER } RtRole;
RtRole runtime_call_role(const char *name);

/* ------------------------------------------------------------------------- */
/* lower.c + emit.c: the output                                                */
/* ------------------------------------------------------------------------- */

typedef struct Options {
    const char *input;
    const char *output;
    const char *depfile;
    bool line_directives;
    Vec include_dirs;
} Options;

/* lower.c: one async function or generator, lowered. */
typedef struct Lowered {
    AsyncFn *af;
    char *frame_struct; /* struct + init + resume prototype */
    char *definition;   /* desc + constructor + resume */
    Vec embeds;         /* AsyncFn * whose frames this one embeds */
    bool struct_done;
} Lowered;
Lowered *lower_function(Program *p, AsyncFn *af, const Options *opt);

/* Replacements of byte ranges of the source, applied by emit.c. */
typedef struct Edit {
    uint32_t start, end;
    char *text;
} Edit;

typedef struct Edits {
    Edit *items;
    int len, cap;
} Edits;

void add_edit(Edits *e, uint32_t start, uint32_t end, char *text);

/* The checks that apply to the whole unit: await/yield placement, dropped
 * coroutine objects, reserved words, blocking calls in async functions. */
void check_tree(Program *p, TSNode n, AsyncFn *in_fn);
/* An edit rewriting plain function body n (def: its definition, or a null node
 * for a top-level declaration) when it needs it. */
void plain_edits(Program *p, TSNode n, TSNode def, Edits *edits, const Options *opt);

/* emit.c: translates p into out. Returns false when diagnostics were errors. */
bool lower_program(Program *p, Buf *out, const Options *opt);

/* Writes data to path through a temporary in the same directory. */
bool write_file_atomic(const char *path, const char *data, size_t len);

#endif /* ACC_H */
