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
#include <stdio.h>
#include <string.h>
#include <tree_sitter/api.h>

/* ------------------------------------------------------------------------- */
/* util.c: growable buffers and strings                                        */
/* -ftime-report: time_phase(name) ends the phase `name` (NULL: starts the
 * clock), time_report_print prints them to stderr. No-ops unless time_report. */
extern bool time_report;
void time_phase(const char *name);
void time_report_print(void);
/* How many threads or processes for a unit of len bytes: env_name's value
 * (tests force any count), else 1 below min_len, else one per core, at most
 * one per `per` bytes (0: no such bound), at most `most`. */
int parallel_count(const char *env_name, size_t len, size_t min_len, size_t per, int most);
/* ------------------------------------------------------------------------- */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

/* Room for n more bytes and the terminating NUL (buf_put's slow path). */
void buf_grow(Buf *b, size_t n);
/* Inline: the lowering appends millions of short pieces, most of them
 * string literals whose length the compiler knows. */
static inline void buf_put(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) buf_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}
static inline void buf_puts(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void buf_free(Buf *b);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* A path as a C string literal, quotes included (for #line and string data). */
char *c_string_literal(const char *s);
/* A path as text that is safe inside a block comment. */
char *comment_text(const char *s);
/* Reads a whole file; NULL (errno set) on failure. */
char *read_file(const char *path, size_t *len);

/* A growable array of pointers. */
typedef struct Vec {
    void **items;
    int len, cap;
} Vec;
void vec_push(Vec *v, void *item);
void vec_free(Vec *v);

/* Hash maps: string keys (not copied: they must outlive the map) and pointer
 * keys, to void * values (never NULL: NULL means absent). put replaces. */
typedef struct StrMap {
    const char **keys;
    void **vals;
    size_t cap, len;
} StrMap;
void strmap_put(StrMap *m, const char *key, void *val);
void *strmap_get(const StrMap *m, const char *key);
void *strmap_getn(const StrMap *m, const char *key, size_t n);
void strmap_free(StrMap *m);

typedef struct PtrMap {
    const void **keys;
    void **vals;
    size_t cap, len;
} PtrMap;
void ptrmap_put(PtrMap *m, const void *key, void *val);
void *ptrmap_get(const PtrMap *m, const void *key);
void ptrmap_clear(PtrMap *m); /* keeps the table */
void ptrmap_free(PtrMap *m);

/* ------------------------------------------------------------------------- */
/* diag.c: source files and diagnostics                                        */
/* ------------------------------------------------------------------------- */

typedef struct Source {
    const char *path;  /* as given on the command line: used in messages and #line */
    const char *c_path;       /* path as a C string literal, quotes included */
    const char *comment_path; /* path as text safe inside a block comment */
    const char *text;
    size_t len;
    uint32_t *line_starts; /* byte offset of each line */
    int nlines;
} Source;

Source *source_load(const char *path);
Source *source_from_string(const char *path, const char *text);
/* len bytes of text (a leading UTF-8 byte order mark is skipped, as by source_load). */
Source *source_from_memory(const char *path, const char *text, size_t len);
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
/* After this many errors nothing more is printed but one note (0: no limit). */
enum { DIAG_MAX_ERRORS_DEFAULT = 50 };
extern int diag_max_errors;
/* -Werror: warnings are reported and counted as errors. */
extern bool diag_werror;
/* Where diagnostics go (NULL: stderr). */
void diag_set_sink(FILE *f);
/* A trial (jobs.c: a lowering that may be thrown away): while diag_trial is
 * set, a diagnostic is neither printed nor counted, it sets diag_trial_hit. */
extern bool diag_trial, diag_trial_hit;
/* Forgets the errors counted so far (one process, many translations). */
void diag_reset(void);

/* ------------------------------------------------------------------------- */
/* parse.c: tree-sitter and node helpers                                       */
/* ------------------------------------------------------------------------- */

/* The most pieces a unit is parsed in (chunk.c). */
enum { ACC_PIECES_MAX = 8 };
typedef struct Unit {
    Source *src;
    TSParser *parser;
    TSTree *tree; /* parsed in pieces: the first piece's */
    TSTree *pieces[ACC_PIECES_MAX];
    int npieces; /* 0: parsed whole */
    char *view;  /* the parser's view of src's text (syntax.c: parser_view) */
    TSNode root;
    signed char stmt_exprs; /* syntax.c: 0 not yet known, 1 the text has no `({`, 2 it may have */
} Unit;

/* The deepest syntax tree the translator accepts (parse.c: check_nesting). */
enum { ACC_NESTING_LIMIT = 1000 };
/* Parses src; reports nesting deeper than ACC_NESTING_LIMIT, or else every
 * ERROR and MISSING node. Returns NULL on either. in_pieces: the unit being
 * translated, whose nodes nodes.c indexes, may be parsed in pieces (chunk.c);
 * a header's may not (its top level is walked through tree-sitter). */
Unit *unit_parse(Source *src, bool in_pieces);
void unit_free(Unit *u);
/* Waits until the trees of the units freed are deleted (unit_free deletes
 * a large unit's in a thread of their own). */
void unit_reap(void);
/* Set by the command line for its one translation: unit_free leaves a large
 * unit's trees to the end of the process (deleting them is a walk of every
 * node) instead of deleting them. */
extern bool unit_keep_trees;
/* chunk.c: parses a large unit in pieces, one thread each, from `view` (the
 * parser's view of its text), and indexes its nodes (nodes.c); sets
 * u->tree and u->pieces. 0 (nothing set) when the unit is small, cannot be
 * cut, or a piece does not parse cleanly: then parse it whole. */
int unit_parse_pieces(Unit *u, const char *view);

/* nodes.c: child i in O(1) and the parent in O(depth log width), where
 * tree-sitter's own take O(i) and O(depth x width); every file gets them under
 * tree-sitter's names. node_cache_clear: when a tree is freed. */
TSNode acc_node_child(TSNode n, uint32_t i);
TSNode acc_node_named_child(TSNode n, uint32_t i);
uint32_t acc_node_child_count(TSNode n);
uint32_t acc_node_named_child_count(TSNode n);
TSNode acc_node_parent(TSNode n);
TSNode acc_node_next_sibling(TSNode n);
TSNode acc_node_next_named_sibling(TSNode n);
TSNode acc_node_prev_sibling(TSNode n);
TSNode acc_node_prev_named_sibling(TSNode n);
/* The caches serve this tree (the unit being translated) from now on. */
void node_cache_use(const TSTree *tree);
/* Drops the caches if they serve tree (it is being freed: every tree acc
 * frees is forgotten first, its node addresses may come back in another). */
void node_cache_forget(const TSTree *tree);
void node_cache_clear(void);
extern const TSTree *node_indexed; /* the tree they serve */
/* A node of the indexed tree's arrays carries its index (nodes.c): its
 * symbol is an array read, where ts_node_symbol reads the tree's own memory
 * (a cache miss on a large unit). */
enum { NODE_MARK = 0xFFFFFFFFu };
typedef struct NodeMarked {
    const TSTree *tree;
    const TSNode *nodes;
    const uint16_t *sym;
    uint32_t len;
    const TSTree *trees[ACC_PIECES_MAX]; /* the unit's pieces' trees, tree first */
    int ntrees;
} NodeMarked;
extern NodeMarked node_marked;
static inline bool node_in_marked(const TSTree *t) {
    for (int k = 0; k < node_marked.ntrees; k++)
        if (node_marked.trees[k] == t) return true;
    return false;
}
/* Is tree the indexed unit's, or one of its pieces'? */
bool node_in_unit(const TSTree *tree);
TSSymbol acc_node_symbol_slow(TSNode n);
static inline TSSymbol acc_node_symbol(TSNode n) {
    uint32_t i = n.context[2];
    if (n.context[1] == NODE_MARK && n.tree && (n.tree == node_marked.tree || node_in_marked(n.tree)) && i < node_marked.len &&
        node_marked.nodes[i].id == n.id)
        return node_marked.sym[i];
    return acc_node_symbol_slow(n);
}
void node_awaits_clear(void);      /* awaits.c's index, with the caches */
void node_thread_done(void);       /* a thread's own caches (its last call) */
/* The index of n's first child that ends after byte (child_count if none). */
uint32_t node_first_child_ending_after(TSNode n, uint32_t byte);
/* How many await and yield expressions n holds (itself included), in O(log n). */
int node_await_count(TSNode n);
/* Does n hold a type name among the arguments of a call through an
 * expression (`T (*fp)(int)`: `(*fp)` applied to `int`; a macro called by
 * name may take one)? In O(log n) for the indexed unit, as the awaits. */
bool node_has_type_argument(TSNode n);
/* The nodes of root's subtree in preorder (nodes.c keeps the preorder of one
 * tree, built by one cursor walk): node i's subtree is [i, end[i]), its parent
 * parent[i] (UINT32_MAX: the tree's root); the subtree asked for is
 * [first, last). A walk skips a subtree with i = end[i]. False for a null node. */
typedef struct Preorder {
    const TSNode *nodes;
    const uint32_t *end, *parent;
    uint32_t first, last;
} Preorder;
bool node_preorder(TSNode root, Preorder *out);
/* The depth of the deepest node of tree (its root's is 0). */
uint32_t node_tree_depth(const TSTree *tree);
/* One tree's preorder, walked without touching shared state: the pieces of
 * a unit parsed in parallel (chunk.c) are walked in their threads, then
 * node_unit_adopt joins them (in source order, the first piece's root as
 * the unit's root, every other piece's top-level nodes its children) into
 * the arrays the unit's lookups use. It takes the walks. */
typedef struct NodeWalk NodeWalk;
NodeWalk *node_walk(const TSTree *tree);
uint32_t node_walk_depth(const NodeWalk *w);
void node_walk_free(NodeWalk *w);
void node_unit_adopt(NodeWalk **walks, int n);
/* tree-sitter 0.20's own definitions (lib/src/node.c), inline: the two
 * most frequent calls of the translator, out of line in the library. */
static inline bool acc_node_is_null(TSNode n) { return n.id == NULL; }
static inline uint32_t acc_node_start_byte(TSNode n) { return n.context[0]; }
#define ts_node_is_null acc_node_is_null
#define ts_node_start_byte acc_node_start_byte
#ifndef ACC_NODES_C
#define ts_node_child acc_node_child
#define ts_node_named_child acc_node_named_child
#define ts_node_child_count acc_node_child_count
#define ts_node_named_child_count acc_node_named_child_count
#define ts_node_parent acc_node_parent
#define ts_node_symbol acc_node_symbol
#define ts_node_next_sibling acc_node_next_sibling
#define ts_node_next_named_sibling acc_node_next_named_sibling
#define ts_node_prev_sibling acc_node_prev_sibling
#define ts_node_prev_named_sibling acc_node_prev_named_sibling
#endif
/* syntax.c: does this ERROR or MISSING node stop the translation? (Plain C
 * around it is copied as written and judged by the C compiler.) */
enum { SYNTAX_IGNORE, SYNTAX_REPORT, SYNTAX_REPORTED /* with a clearer message */ };
int syntax_error_check(const Source *s, TSNode n);
/* A copy of text for the parser, offsets unchanged: digraphs respelled,
 * pragma-only macros and `#if 0` groups blanked (see syntax.c). */
char *parser_view(const char *text, size_t len);
/* The end of the comment, string or character literal at p (p if none). */
const char *skip_literal(const char *p, const char *end);
/* The GNU statement expression `({ ... })` around n in its function, or null. */
TSNode enclosing_statement_expression(Unit *u, TSNode n);
/* A `_Pragma` comment node inside a statement's syntax, where lowering may drop it. */
bool pragma_outside_statements(const Source *s, TSNode n);

/* Node types as numbers: type_id of a name (-1: no node type has it),
 * node_type_id of a node (-1: a null node). Equal numbers, equal names. */
int type_id(const char *name);
int node_type_id(TSNode n);
/* (parse.c's table: symbol -> number, once type_id has built it) */
extern const int *node_type_by_symbol;
extern uint32_t node_type_symbols;
/* node_type_id of node i of a preorder: when the preorder is the indexed
 * unit's, an array read (the walks over every node of the unit ask it). */
static inline int preorder_type_id(const Preorder *o, uint32_t i) {
    if (o->nodes == node_marked.nodes && i < node_marked.len) {
        TSSymbol sym = node_marked.sym[i];
        if (sym < node_type_symbols) return node_type_by_symbol[sym];
    }
    return node_type_id(o->nodes[i]);
}
static inline bool node_is_id(TSNode n, int id) {
    if (id < 0 || ts_node_is_null(n)) return false;
    TSSymbol sym = ts_node_symbol(n); /* node_type_id's common case, inline */
    return sym < node_type_symbols ? node_type_by_symbol[sym] == id : node_type_id(n) == id;
}
/* Is n a node of this type? With a string literal each call site looks its
 * number up once. */
#define node_is(n, type) node_is_id((n), TYPE_ID(type))
#define TYPE_ID(type)                                                                   \
    (__builtin_constant_p(type) ? __extension__({                                       \
        static int type_id_ = -2; /* (threads: scope.c's index) */                    \
        int id_ = __atomic_load_n(&type_id_, __ATOMIC_RELAXED);                         \
        if (id_ == -2) __atomic_store_n(&type_id_, id_ = type_id(type), __ATOMIC_RELAXED); \
        id_;                                                                            \
    })                                                                                  \
                                : type_id(type))
/* The next node of a preorder walk (see parse.c); false at its end. */
bool cursor_next(TSTreeCursor *c, bool descend);
const char *node_type(TSNode n);
/* The child of n in a field (a null node if none). With a string literal
 * each call site looks the field's number up once (tree-sitter's own lookup
 * compares the name with every field's). field_id: 0 when there is none. */
int field_id(const char *name);
TSNode node_field_id(TSNode n, int field);
#define node_field(n, field)                                                            \
    node_field_id((n), __builtin_constant_p(field) ? __extension__({                    \
        static int field_id_ = -1;                                                      \
        int id_ = __atomic_load_n(&field_id_, __ATOMIC_RELAXED);                        \
        if (id_ < 0) __atomic_store_n(&field_id_, id_ = field_id(field), __ATOMIC_RELAXED); \
        id_;                                                                            \
    })                                                                                  \
                                                   : field_id(field))
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

/* conditional.c: a node's place in the preprocessor conditionals */
/* "/C.K/C.K": for each enclosing conditional, outermost first, its start byte
 * and the index of the branch holding n ("" outside any). */
char *branch_path(TSNode n);
/* Do paths a and b take different branches of one conditional? */
bool branches_exclusive(const char *a, const char *b);
/* The directive lines that reproduce n's branches ("#if A\n#else\n..."), and
 * how many #endif close them. */
char *branch_guard(const Source *s, TSNode n, int *depth);
/* Text that is `row` (lines) in n's branches and `fallback` in every other
 * configuration of the conditionals around n. */
char *guarded_with_fallback(const Source *s, TSNode n, const char *row, const char *fallback);

/* linemap.c: the program's own #line directives */
/* The line (and, when a directive named one, the file as a string literal)
 * that the C preprocessor gives physical line phys of s. */
int mapped_line(const Source *s, int phys, const char **file);
/* "#line N \"file\"\n" for physical line phys, following the program's map. */
void linemap_reset(void);
/* s's parser view (parse.c keeps the unit's while it lives; NULL: none), so
 * the map need not make it again. */
void linemap_use_view(const Source *s, const char *view);
void linemap_drop_view(const char *view); /* it is being freed */
char *line_directive(const Source *s, int phys);

/* ------------------------------------------------------------------------- */
/* analyse.c: what the translator knows about async functions                  */
/* ------------------------------------------------------------------------- */

typedef enum { FN_USER, FN_RUNTIME, FN_EXTERN } FnKind;

typedef struct AsyncFn {
    char *name;
    FnKind kind;
    char *ret_type;    /* result type as text ("int", "const char *"), "void" */
    char *ret_member;  /* declaration of a member named ac__ret of that type, or NULL */
    bool ret_scalar;   /* the result is arithmetic or a pointer: assigned, not copied */
    TSNode def;        /* FN_USER with a body: its function_definition */
    bool defined;      /* has a body in this unit */
    bool is_static;
    bool is_gen;       /* ac_gen(T) f(...): a generator; ret_type is T */
    bool is_async;     /* async (functions always; generators when declared so) */
    bool sent_used;    /* generators: some yield's value (what ac_send sent) is read */
    /* The parameter list as declared (check.c: argument counts; await.c: the
     * argument adapters of direct awaits). nparams < 0: not known yet. */
    int nparams;
    bool variadic;
    char *params;      /* "int a, int *b" as written ("" for none); NULL when a
                        * parameter has no name (a prototype may omit them) */
    char *param_names; /* "a, b", with params */
    const Source *decl_src; /* where declared (NULL: the runtime's ac_async.def) */
    uint32_t decl_byte;
    int scc;           /* strongly connected component in the direct-await graph */
    bool embedded_emitted;
    struct Lowered *lowered; /* emit.c: its lowerings (next_alt: #if/#else alternatives) */
    Vec callees;       /* AsyncFn * awaited directly from the body */
    struct AsyncFn *callee_of; /* analyse.c: the last caller whose callees hold it */
    Vec alt_defs;      /* TSNode *: other definitions, in exclusive #if branches */
    Vec alloc_callees; /* AsyncFn * of callees defined later whose frames need names
                          declared after this function: awaited through an
                          allocation, not embedded (emit.c) */
    int index, lowlink; bool on_stack; /* Tarjan */
    struct Lowered *speculated; /* jobs.c: lowered ahead (no alloc_callees), or NULL */
} AsyncFn;

typedef struct Program {
    Unit *unit;
    Vec fns;            /* AsyncFn *: runtime, .ah, and this unit's */
    StrMap fn_index;    /* name -> the last AsyncFn * of that name in fns */
    Vec include_dirs;   /* char *: -I directories */
    Vec deps;           /* char *: .ah files included (paths found), for -MD */
    Vec dep_names;      /* char *: the same as written in #include "..." */
    bool is_header;     /* translating an .ah */
    bool libac;         /* --libac: a source of libac, which defines the runtime's async functions */
    Vec header_sources; /* Source *: the .ah files read, kept for notes */
    Vec misused_calls;  /* check.c: byte offsets (uintptr_t) of coroutine
                         * objects reported as misused values */
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
/* pass 3 and 4: what lowering produces, emit.c writes                      */
/* ------------------------------------------------------------------------- */

typedef struct Options {
    const char *input;
    const char *output;
    const char *depfile;
    const char *frames; /* --frames=FILE: the exported frame layouts (emit.c) */
    bool libac;         /* --libac: the file is part of the runtime (analyse.c) */
    bool line_directives;
    Vec include_dirs;
} Options;

/* lower.c: one async function or generator, lowered. */
typedef struct Lowered {
    AsyncFn *af;
    TSNode def;         /* the definition lowered (one of several under #if/#else) */
    char *guard;        /* its branches' directive lines, or "" */
    int guard_depth;
    char *frame_struct; /* struct + init + resume prototype */
    char *frame_own;    /* --frames, --libac: a static function's resume prototype and
                           descriptor, out of the frame's guard (emit.c); else NULL */
    char *definition;   /* desc + constructor + resume */
    char *types;        /* type definitions hoisted out of the body, before the frame */
    Vec embeds;         /* AsyncFn * whose frames this one embeds */
    bool struct_done;
    uint32_t need;      /* the latest file-scope declaration its frame needs (emit.c) */
    uint32_t own_need;  /* the same for its own texts alone (embeds left out) */
    bool own_need_known;
    bool borrowed; /* its texts are in jobs.c's mappings: not freed with it */
    struct Lowered *next_alt; /* emit.c: the next lowering of the same function */
} Lowered;
Lowered *lower_function(Program *p, AsyncFn *af, const Options *opt);
void lowered_free(Lowered *L);
/* emit.c: sets L->own_need (the latest file-scope declaration L's own texts
 * need) while the unit's functions are being lowered. */
void lowered_own_need(Lowered *L);
/* jobs.c: lowers the unit's defined async functions ahead, in several
 * processes for a large unit (ACC_JOBS=N: N processes for any unit), each
 * as if none of its callees' frames were allocated (alloc_callees empty):
 * sets f->speculated; and checks the unit (check_tree) in the same shares.
 * True when the checks were all made and found nothing; false (and nothing
 * lowered ahead) when any diagnostic came up: the checks and the lowering
 * are then done again in order, where it is reported. */
bool lower_ahead(Program *p, const Options *opt);
/* Unmaps what the children wrote (the texts of the lowerings made ahead):
 * after the output is assembled and every Lowered freed. */
void lower_ahead_release(void);

/* Replacements of byte ranges of the source, applied by emit.c. */
typedef struct Edit {
    uint32_t start, end;
    char *text;
    const char *body; /* NULL, or text goes on with it (not the edit's: a lowering's) */
    char *tail;       /* NULL, or after body */
} Edit;

typedef struct Edits {
    Edit *items;
    int len, cap;
} Edits;

void add_edit(Edits *e, uint32_t start, uint32_t end, char *text);
/* An edit of three texts, written one after the other: text and tail are
 * the edit's (freed with it), body is not (a lowering's, written as is). */
void add_edit3(Edits *e, uint32_t start, uint32_t end, char *text, const char *body, char *tail);

/* ------------------------------------------------------------------------- */
/* lower.c, expr.c, await.c, stmt.c, decl.c, try.c, range.c: pass 3, lowering */
/* ------------------------------------------------------------------------- */

/* analyse.c helpers on declarations */
char *specifiers_text(const Source *s, TSNode n);
char *declaration_specifiers(const Source *s, TSNode n, bool for_type_name);
char *declarator_replace(const Source *s, TSNode decl, TSNode target, const char *with);

/* ac__why_N values: 0 normal, 1 an error, then one per recorded exit. */
enum { AC__WHY_ERROR_VALUE = 1, AC__WHY_FIRST_EXIT = 2 };



typedef struct Local {
    char *name;   /* as written */
    int flat;     /* 1 + how many locals the open scopes had before it (lower.c) */
    char *member; /* frame member, or NULL for C-level names (static, typedef) */
    bool is_type; /* a typedef name */
    bool hoisted; /* a name a hoisted type declares (tag, typedef name, enumerator) */
    bool scalar;    /* a frame local of arithmetic or pointer type */
    bool spec_scalar; /* ...declared with an arithmetic type specifier (`int a[4]`:
                         its elements, `*p` of `int *p`, are scalars) */
    char *ptr_type; /* a frame local: the type name of a pointer to it (`int (*)[4]`),
                       for `sizeof x` in a frame member's type (decl.c) */
    char *c_name; /* a hoisted type's name renamed at file scope (hoist.c), or NULL;
                     tags are entered as "tag:NAME" */
} Local;

typedef struct Scope {
    Vec locals;
    struct Scope *up;
} Scope;

typedef struct Loop {
    char *cont_label; /* NULL: C's own `continue` is right */
    bool used;
    bool is_switch;
    struct Loop *up;
} Loop;

/* A way out of a try statement that must run its finally first. */
typedef enum { EXIT_RETURN, EXIT_BREAK, EXIT_CONTINUE, EXIT_GOTO } ExitKind;
typedef struct Exit {
    ExitKind kind;
    struct Loop *loop; /* break/continue: the loop (or switch) it leaves */
    char *label;       /* goto: the label */
} Exit;

/* A try statement being lowered. */
typedef struct Try {
    int id;
    bool has_catch, has_finally;
    enum { IN_BODY, IN_CATCH, IN_FINALLY } where;
    TSNode node;
    struct Loop *loop_at; /* the innermost loop around the try statement */
    Vec exits;            /* Exit *: routed through the finally, in order */
    bool catch_used, finally_used; /* labels are emitted only when jumped to */
    bool no_normal_end;   /* body (and catch) end in a jump: the finally never
                             ends with ac__why_N == 0 */
    struct Try *up;
} Try;

typedef struct Subst {
    TSNode node;
    char *text;
} Subst;

typedef struct Fn {
    Program *p;
    const Source *s;
    const Options *opt;
    AsyncFn *af;       /* NULL in plain C functions */
    bool in_async;
    Buf members;       /* frame members: params, locals, temporaries */
    Buf subs_decl;     /* union members */
    Vec sub_names;
    Buf body;          /* resume function body */
    Buf dispatch;      /* its cases `case k: goto ac__resume_k;`, with conditionals */
    int dispatched;    /* states whose case is in dispatch */
    int fn_line;       /* the line of the function's definition */
    int nstates, ntemps, nhandles, nlabels;
    Buf points;        /* the ac__point table, one line per state */
    Buf adapters;      /* check.c: argument adapters its direct awaits use */
    Scope *scope;
    StrMap bindings;   /* name -> Binding *: the open scopes' locals of that name (lower.c) */
    int nopen;         /* the open scopes' locals */
    Vec binding_list;  /* Binding *, to free them with the outermost scope */
    StrMap member_hint; /* name -> 1 + the first suffix unique_member may give it */
    Loop *loop;
    Vec member_names;
    StrMap member_set; /* the names in member_names */
    StrMap sub_set;    /* the names in sub_names */
    Vec member_paths;  /* char *: the conditional branch each name was taken in */
    char *cond_path;   /* the preprocessor branches being lowered: "/c.k/c.k" */
    int nconds;
    Buf members_always; /* members declared outside any conditional (handles) */
    int indent;
    int stmt_line;     /* the line of the statement being lowered (begin_stmt) */
    int line;          /* source line of the statement being lowered */
    Try *try_;         /* innermost try statement */
    int ntry;
    bool uses_rc;
    /* the statement being lowered */
    Subst *subst;
    int nsubst, cap_subst;
    PtrMap subst_index; /* node id -> text of its last substitution */
    Vec stmt_handles;  /* char *: handle temporaries to release after it */
    int awaits_left;
    size_t stmt_start; /* body offset where its handle temporaries are zeroed */
    int handles_base;
    Buf hoisted;       /* type definitions moved to file scope (hoist.c) */
    Vec renames;       /* char *: new names given to hoisted types' names */
    int nrenames;
    Vec trees;         /* TSTree *: statements parsed again as declarations (types.c) */
} Fn;

/* Indentation of generated code stops growing at this many levels (deeper
 * code would make the output grow with the square of its nesting). */
enum { ACC_INDENT_MAX = 16 };

/* lower.c: the context, output helpers, names, temporaries, whole functions */
void outf(Fn *F, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void mark_line(Fn *F, TSNode n);
void put_line_mark(Fn *F, int line);
int end_line(Fn *F, TSNode n);
void close_block(Fn *F, TSNode n);
void out_label(Fn *F, int line, const char *label);
void flush_dispatch(Fn *F);
void out_jump_label(Fn *F, const char *name, int n);
char *unique_member(Fn *F, const char *name);
void scope_push(Fn *F);
void scope_pop(Fn *F);
/* member NULL: a C-level name (static, typedef) that shadows frame locals */
void scope_add(Fn *F, const char *name, const char *member);
const char *scope_lookup(Fn *F, const Source *s, TSNode id);
/* The local of the open scopes named name[0..len) under the `skip`
 * innermost ones of that name (0: the one visible), or NULL. */
Local *scope_local(Fn *F, const char *name, size_t len, int skip);
/* The visible local named by identifier id, or NULL. */
Local *scope_binding(Fn *F, const Source *s, TSNode id);
char *new_temp(Fn *F, const char *type, const char *member_decl);
char *new_handle(Fn *F);
void add_sub(Fn *F, const char *type, const char *name);
void set_subst(Fn *F, TSNode n, char *text);
const char *get_subst(Fn *F, TSNode n);
void clear_subst(Fn *F);

/* expr.c: queries on expressions, their text with substitutions */
bool is_unevaluated_operand(TSNode parent, TSNode child);
bool in_unevaluated(TSNode n);
bool has_await(TSNode n);
int count_awaits(TSNode n);
TSNode strip_parens(TSNode n);
AsyncFn *called_async(Fn *F, TSNode call);
char *call_name(const Source *s, TSNode call);
bool makes_handle(Fn *F, TSNode n, AsyncFn **coro);
void emit_children(Fn *F, TSNode n, Buf *out);
void emit_expr(Fn *F, TSNode n, Buf *out);
char *expr_text(Fn *F, TSNode n);
/* Around an async function's generated definition: __func__ is its name. */
void func_name_begin(Buf *d, const char *name);
void func_name_end(Buf *d);

/* macro.c: a use of a macro of this file whose body names a frame local is an
 * error. macros_collect reads the unit's #defines (once per translation). */
void macros_collect(const Unit *u);
void check_macro_use(Fn *F, TSNode id);
bool in_sized_macro_argument(Fn *F, TSNode n);
char *macro_frame_text(Fn *F, TSNode id);
char *local_type_value(Fn *F, const char *name, size_t len);

/* await.c: awaits and yields hoisted out of expressions */
void emit_error_route(Fn *F, Try *from);
bool error_leaves_untraced(const Fn *F);
bool error_leaves_by_tail_call(const Fn *F);
void record_point(Fn *F, AsyncFn *callee, const char *member, const char *what);
void emit_suspend_point(Fn *F, AsyncFn *callee, const char *member, const char *resume);
void hoist(Fn *F, TSNode n);
/* What an await or yield in an operand C never evaluates stands for: an
 * expression of its type that is never evaluated either. */
char *unevaluated_value(Fn *F, TSNode n);

/* stmt.c: statements and control flow */
void begin_stmt(Fn *F, TSNode n);
void end_stmt(Fn *F);
void lower_substmt(Fn *F, TSNode n);
void loop_push(Fn *F, Loop *l, char *cont, bool is_switch);
void loop_pop(Fn *F);
void lower_stmt(Fn *F, TSNode n);
TSNode first_named_not_comment(TSNode n);

/* decl.c: declarations and frames */
char *frame_declarator(const Source *s, TSNode decl_node, TSNode d, const char *name, bool decay, char **spec_out);
char *member_declaration(Fn *F, TSNode decl_node, TSNode d, const char *member, TSNode init);
void set_ptr_type(const Source *s, Local *l, TSNode decl_node, TSNode d, bool decay);
bool expr_is_scalar(const Source *s, TSNode e);
void lower_declaration(Fn *F, TSNode n);
/* Is n inside the operand of sizeof or _Alignof? */
bool in_sizeof(TSNode n);
/* `return value;`: stores C expression value as the result (a struct with
 * const members cannot be assigned: it is initialised and copied). */
void store_result(Fn *F, const char *value);

/* literal.c: compound literals in async functions, sizes of arrays completed
 * from initialisers */
char *initializer_shape(const Source *s, TSNode init, bool elem_scalar, TSNode *bad);
char *array_size_from_init(const Source *s, const char *type_name, TSNode init, bool elem_scalar, TSNode *bad,
                           const char *elem_spec);
void emit_compound_literal(Fn *F, TSNode lit, Buf *out);

/* hoist.c: types defined inside async functions move to file scope */
char *type_specifier_text(const Source *s, TSNode type);
bool hoist_type(Fn *F, TSNode def);
void hoist_reset(void); /* forgets the unit's name index */
/* Renames of hoisted types' names, in the function being lowered */
void rename_begin(Fn *F);
Fn *current_fn(void); /* the async function being lowered, or NULL */
void rename_end(void);
const char *rename_of(Fn *F, TSNode id);
void put_renamed(Buf *out, const Source *s, TSNode within, uint32_t a, uint32_t b);
char *renamed_text(const Source *s, TSNode n);

/* try.c: try/catch/finally, throw, goto */
void lower_goto(Fn *F, TSNode n);
void check_case_in_try(Fn *F, TSNode label);
bool defines_label(const Source *s, TSNode n, const char *label);
void labels_reset(void); /* try.c's index of the unit's labels (after each translation) */
void emit_exit(Fn *F, Exit *x, Try *from);
void emit_finally_dispatch(Fn *F, Try *T);
void lower_try(Fn *F, TSNode n);
void lower_throw(Fn *F, TSNode n);

/* range.c: range loops in async functions */
AsyncFn *range_fast_generator(Fn *F, TSNode range, TSNode right);
void lower_for_range(Fn *F, TSNode n);

/* check.c: the checks that apply to the whole unit, in the program's terms:
 * await/yield/try placement, calls of async functions (argument counts,
 * dropped or misused coroutine objects), awaits and range loops of things
 * that are not handles, returns, reserved words, blocking calls. */
void check_tree(Program *p, TSNode n, AsyncFn *in_fn);
/* check_tree's checks of the unit's top-level items whose nodes are the
 * preorder indexes [from, to) of the unit's root (jobs.c: a share). */
void check_unit_part(Program *p, uint32_t from, uint32_t to);

/* scope.c: the declaration of a name visible at a node (an index of the
 * unit's declarations by name, built once per unit) */
void scope_index_build(const Source *s, TSNode root);
/* Starts building it in a thread of its own (a large unit, parsed in pieces:
 * while analyse and the other indexes run); scope_index_build waits for it. */
void scope_index_start(const Source *s, TSNode root);
/* Forgets the index (after each translation). */
void scope_index_free(void);
/* The declaration of `name` visible at node `at` (innermost local first, then
 * file scope): returns its declarator (or a null node), *decl the declaring
 * node, *local whether it is inside a function. Needs scope_index_build. */
TSNode find_declaration(const Source *s, TSNode at, const char *name, TSNode *decl, bool *local);
/* When acc cannot see that e (awaited, or iterated: `what` says which) is a
 * handle: the message for the C compiler to report if it is not, else NULL. */
char *handle_check_message(Program *p, const Source *s, TSNode e, const char *what);
/* Has check_tree reported a misused coroutine object inside n? (Lowering
 * then says nothing more about the handle it makes.) */
bool misuse_reported_in(Program *p, TSNode n);
/* text as an ac_task *, checked: the C compiler reports `why` unless it is one. */
char *handle_checked(const char *text, const char *why);
/* The same in async code for expression e: returns what replaces text (taken). */
char *handle_check_emit(Fn *F, TSNode e, char *text, const char *what);
/* The statement that builds direct-await callee g's frame at `frame` from
 * `args` (text) with init_fn (g__init or g__start) as a call the C compiler
 * checks in the program's terms, or NULL where that cannot be done. */
char *named_init_call(Fn *F, AsyncFn *g, TSNode call, const char *args, const char *frame, const char *init_fn);
/* The adapter named_init_call's calls go through, for g's init_fn (g__init or
 * g__start): a guarded static inline function, or NULL when g has none. */
char *args_adapter(AsyncFn *g, const char *init_fn);

/* plain.c: plain functions */
/* An edit rewriting plain function body n (def: its definition, or a null node
 * for a top-level declaration) when it needs it. */
void plain_edits(Program *p, TSNode n, TSNode def, Edits *edits, const Options *opt);

/* types.c: typedef names the unit can see, and which name scalar types */
void types_reset(void);
/* Learns the names a type_definition node declares. */
void types_learn_typedef(const Source *s, TSNode n);
bool type_name_known(const char *name, size_t len);
/* Structs with a flexible array member (a frame cannot hold one) */
void types_learn_fam(const Source *s, TSNode n);
/* Plain functions with scalar results (array sizes from initialisers) */
void types_learn_functions(const Source *s, TSNode n);
/* #defines whose body is a declaration (used as a statement: an error) */
void types_learn_macro(const Source *s, TSNode n);
bool function_returns_scalar(const char *name, size_t len);
bool type_has_fam(const Source *s, TSNode type);
bool type_name_scalar(const char *name, size_t len);
/* Is the `type` field of a declaration an arithmetic type or scalar typedef? */
bool type_specifier_scalar(const Source *s, TSNode type);
/* Does declarator d with that type specifier declare a scalar (arithmetic or pointer)? */
bool declarator_is_scalar(const Source *s, TSNode type, TSNode d);

/* An expression statement that is a declaration (`T (*x)(int) = y;`):
 * lowered or diagnosed (true), or a real expression statement (false). */
bool lower_if_declaration(Fn *F, TSNode stmt);
void free_reparsed(Fn *F);

/* emit.c: translates p into out, whose generated lines' #line directives
 * name line_name (the output). Returns false when diagnostics were errors. */
bool lower_program(Program *p, Buf *out, const Options *opt, const char *line_name);
/* emit.c: with --frames, the frame layouts of the unit's exported async
 * functions (each under #ifndef AC__F_NAME), for other files to embed: the
 * caller owns the text (NULL when there are none). */
char *emit_take_frames(void);

/* check.c, linemap.c: forget what they know of the unit (after each translation). */

/* translate.c: the whole translation of src in memory, into out (the .ah files
 * it includes are read). output: the generated file's name for its own #line
 * directives. deps, dep_names (or NULL): the .ah files included, found and as
 * written (malloc'd strings, the caller's). Returns 0, or 1 on errors (out empty). */
int translate_source(Source *src, const Options *opt, const char *output, Buf *out, Vec *deps,
                     Vec *dep_names);

/* Writes data to path through a temporary in the same directory. */
bool write_file_atomic(const char *path, const char *data, size_t len);

#endif /* ACC_H */
