/* lower.c: async functions -> frame structs and resume functions.
 *
 * An async function `R f(P)` becomes
 *
 *   struct f__frame { int ac__state; R ac__ret; P...; locals...; temporaries...;
 *                     union { g__frame g; ac_sleep__frame ac_sleep; ... } ac__sub; };
 *   static inline void f__init(f__frame *, P);       stores the arguments
 *   int f__resume(void *frame, ac_task *task);       the state machine
 *   static const ac__desc f__desc;                   what the runtime needs
 *   ac_task *f(P);                                   makes a coroutine object
 *
 * The resume function starts with a switch on ac__state that jumps (goto) to
 * the resume point of each await, so awaits may sit inside user switches, loops
 * and after goto labels. Every local lives in the frame (`ac__f->x`), so its
 * address stays valid across awaits. Awaits are hoisted out of expressions in C
 * evaluation order; the operands of &&, || and ?: that contain awaits are run
 * under the same condition C would evaluate them under.
 */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- output helpers ------------------------------------------------------ */

static void out_indent(Fn *F) {
    for (int i = 0; i < F->indent; i++) buf_puts(&F->body, "    ");
}

void outf(Fn *F, const char *fmt, ...) {
    out_indent(F);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *tmp = xcalloc((size_t)n + 1, 1);
    va_start(ap, fmt);
    vsnprintf(tmp, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_put(&F->body, tmp, (size_t)n);
    buf_puts(&F->body, "\n");
    free(tmp);
}

/* A #line before the statement at n, when it starts a new source line. */
void mark_line(Fn *F, TSNode n) {
    int line = source_line(F->s, ts_node_start_byte(n));
    F->line = line;
    if (!F->opt->line_directives) return;
    if (line == F->cur_line) return;
    F->cur_line = line;
    buf_printf(&F->body, "#line %d \"%s\"\n", line, F->s->path);
}

/* ---- names --------------------------------------------------------------- */

static bool member_taken(Fn *F, const char *name) {
    for (int i = 0; i < F->member_names.len; i++)
        if (!strcmp(F->member_names.items[i], name)) return true;
    return false;
}

/* A frame member name for a local: its own name unless C shadowing made it
 * taken, then name_1, name_2, ... */
char *unique_member(Fn *F, const char *name) {
    char *m = xstrdup(name);
    for (int i = 1; member_taken(F, m); i++) {
        free(m);
        m = xprintf("%s_%d", name, i);
    }
    vec_push(&F->member_names, m);
    return m;
}

void scope_push(Fn *F) {
    Scope *sc = xcalloc(1, sizeof *sc);
    sc->up = F->scope;
    F->scope = sc;
}

void scope_pop(Fn *F) {
    Scope *sc = F->scope;
    F->scope = sc->up;
    for (int i = 0; i < sc->locals.len; i++) {
        Local *l = sc->locals.items[i];
        free(l->name);
        free(l->member);
        free(l->c_name);
        free(l->ptr_type);
        free(l);
    }
    vec_free(&sc->locals);
    free(sc);
}

void scope_add(Fn *F, const char *name, const char *member) {
    Local *l = xcalloc(1, sizeof *l);
    l->name = xstrdup(name);
    l->member = member ? xstrdup(member) : NULL;
    vec_push(&F->scope->locals, l);
}

const char *scope_lookup(Fn *F, const Source *s, TSNode id) {
    uint32_t a = ts_node_start_byte(id), b = ts_node_end_byte(id);
    size_t len = b - a;
    for (Scope *sc = F->scope; sc; sc = sc->up)
        for (int i = sc->locals.len - 1; i >= 0; i--) {
            Local *l = sc->locals.items[i];
            if (strlen(l->name) == len && !memcmp(l->name, s->text + a, len)) return l->member;
        }
    return NULL;
}

/* ---- temporaries ---------------------------------------------------------- */

/* A new frame member `type ac__tN` (decl is a full declaration with NAME where
 * the name goes, or NULL to use "type NAME"). Returns the lvalue text. */
char *new_temp(Fn *F, const char *type, const char *member_decl) {
    char *name = xprintf("ac__t%d", ++F->ntemps);
    if (member_decl) {
        /* member_decl declares ac__ret: rename it */
        const char *at = strstr(member_decl, "ac__ret");
        buf_printf(&F->members, "    %.*s%s%s;\n", (int)(at - member_decl), member_decl, name,
                   at + strlen("ac__ret"));
    } else {
        buf_printf(&F->members, "    %s %s;\n", type ? type : "int", name);
    }
    char *lv = xprintf("ac__f->%s", name);
    free(name);
    return lv;
}

/* A handle temporary for the current statement, released after it. */
char *new_handle(Fn *F) {
    int k = F->handles_base + F->stmt_handles.len + 1;
    if (k > F->nhandles) {
        F->nhandles = k;
        if (F->in_async) buf_printf(&F->members, "    ac_task *ac__h%d;\n", k);
    }
    char *lv = F->in_async ? xprintf("ac__f->ac__h%d", k) : xprintf("ac__h%d", k);
    vec_push(&F->stmt_handles, lv);
    return lv;
}

void add_sub(Fn *F, const char *type, const char *name) {
    for (int i = 0; i < F->sub_names.len; i++)
        if (!strcmp(F->sub_names.items[i], name)) return;
    vec_push(&F->sub_names, xstrdup(name));
    buf_printf(&F->subs_decl, "        %s %s;\n", type, name);
}

/* ---- substitutions -------------------------------------------------------- */

void set_subst(Fn *F, TSNode n, char *text) {
    if (F->nsubst == F->cap_subst) {
        F->cap_subst = F->cap_subst ? 2 * F->cap_subst : 16;
        F->subst = xrealloc(F->subst, (size_t)F->cap_subst * sizeof *F->subst);
    }
    F->subst[F->nsubst].node = n;
    F->subst[F->nsubst].text = text;
    F->nsubst++;
}

const char *get_subst(Fn *F, TSNode n) {
    for (int i = F->nsubst - 1; i >= 0; i--)
        if (ts_node_eq(F->subst[i].node, n)) return F->subst[i].text;
    return NULL;
}

void clear_subst(Fn *F) {
    for (int i = 0; i < F->nsubst; i++) free(F->subst[i].text);
    F->nsubst = 0;
}


/* ------------------------------------------------------------------------- */
/* Whole functions                                                            */
/* ------------------------------------------------------------------------- */


/* A parameter as a frame member: arrays and functions decay to pointers. */
static char *param_member(const Source *s, TSNode param) {
    TSNode d = node_field(param, "declarator");
    char *name = declarator_name(s, d);
    char *spec;
    char *text = frame_declarator(s, param, d, name, true, &spec);
    char *r = xprintf("%s %s", spec, text);
    free(name);
    free(spec);
    free(text);
    return r;
}

static bool params_are_void(const Source *s, TSNode params) {
    uint32_t nc = ts_node_named_child_count(params);
    if (nc == 0) return true;
    if (nc == 1) {
        TSNode p = ts_node_named_child(params, 0);
        return node_is(p, "parameter_declaration") && ts_node_is_null(node_field(p, "declarator")) &&
               node_text_eq(s, p, "void");
    }
    return false;
}

Lowered *lower_function(Program *p, AsyncFn *af, const Options *opt) {
    const Source *s = p->unit->src;
    TSNode def = af->def;
    TSNode decl = node_field(def, "declarator");
    TSNode fd = declarator_function(decl);
    TSNode params = node_field(fd, "parameters");
    TSNode body = node_field(def, "body");
    Fn F = {0};
    F.p = p;
    F.s = s;
    F.opt = opt;
    F.af = af;
    F.in_async = true;
    F.cur_line = -1;
    F.indent = 1;
    rename_begin(&F);
    scope_push(&F);

    /* parameters */
    Buf init_params = {0}, init_body = {0}, ctor_args = {0};
    buf_puts(&init_params, "");
    buf_puts(&ctor_args, "");
    bool is_void = params_are_void(s, params);
    if (!is_void) {
        uint32_t nc = ts_node_named_child_count(params);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode prm = ts_node_named_child(params, i);
            if (node_is(prm, "variadic_parameter")) {
                diag_error(s, ts_node_start_byte(prm), "an async function cannot be variadic");
                continue;
            }
            if (!node_is(prm, "parameter_declaration")) continue;
            char *name = declarator_name(s, node_field(prm, "declarator"));
            if (!name) {
                diag_error(s, ts_node_start_byte(prm), "parameter of an async function needs a name");
                continue;
            }
            char *m = param_member(s, prm);
            buf_printf(&F.members, "    %s;\n", m);
            free(m);
            char *ptext = node_text(s, prm);
            buf_printf(&init_params, ", %s", ptext);
            free(ptext);
            buf_printf(&init_body, " ac__f->%s = %s;", name, name);
            buf_printf(&ctor_args, "%s%s", ctor_args.len ? ", " : "", name);
            vec_push(&F.member_names, xstrdup(name));
            scope_add(&F, name, name);
            free(name);
        }
    }
    char *ptext = node_text(s, params);

    /* body */
    scope_push(&F);
    uint32_t nc = ts_node_named_child_count(body);
    for (uint32_t i = 0; i < nc; i++) lower_stmt(&F, ts_node_named_child(body, i));
    scope_pop(&F);
    scope_pop(&F);
    if (F.opt->line_directives) {
        int line = source_line(s, ts_node_end_byte(body) - 1);
        buf_printf(&F.body, "#line %d \"%s\"\n", line, s->path);
    }
    outf(&F, "return AC__DONE;");

    const char *name = af->name;
    bool is_main = !strcmp(name, "main");
    const char *link = af->is_static || is_main ? "static " : "";
    const char *ctor = is_main ? "main__coro" : name;
    Lowered *L = xcalloc(1, sizeof *L);
    L->af = af;

    Buf st = {0};
    buf_printf(&st, "/* The frame of async function '%s' (%s:%d). */\n", name, s->path,
               source_line(s, ts_node_start_byte(def)));
    buf_printf(&st, "typedef struct %s__frame {\n    int ac__state;\n", name);
    if (af->is_gen) buf_puts(&st, "    int ac__mode; /* set by the runtime: an error to raise at the yield */\n");
    if (af->ret_member) buf_printf(&st, "    %s;\n", af->ret_member);
    if (af->is_gen) buf_printf(&st, "    %s ac__value; /* yielded, and sent */\n", af->ret_type);
    if (F.members.len) buf_puts(&st, F.members.data);
    if (F.sub_names.len) buf_printf(&st, "    union {\n%s    } ac__sub;\n", F.subs_decl.data);
    buf_printf(&st, "} %s__frame;\n", name);
    buf_printf(&st, "static inline void %s__init(%s__frame *ac__f%s) {\n    ac__f->ac__state = 0;%s%s\n}\n",
               name, name, init_params.len ? init_params.data : "", af->is_gen ? " ac__f->ac__mode = 0;" : "",
               init_body.len ? init_body.data : "");
    buf_printf(&st, "%sint %s__resume(void *ac__frame_ptr, ac_task *ac__task);\n", link, name);
    bool exported = !af->is_static && !is_main && !af->is_gen;
    buf_printf(&st, "%sconst ac__desc %s__desc;\n", exported ? "extern " : "static ", name);
    L->frame_struct = st.data;
    L->types = F.hoisted.data;
    for (int i = 0; i < F.sub_names.len; i++) {
        AsyncFn *g = prog_find_fn(p, F.sub_names.items[i]);
        if (g && g->kind == FN_USER) vec_push(&L->embeds, g);
    }

    Buf d = {0};
    char *ret_off = af->ret_member ? xprintf("offsetof(%s__frame, ac__ret)", name) : xstrdup("0");
    char *ret_size = af->ret_member ? xprintf("sizeof(((%s__frame *)0)->ac__ret)", name) : xstrdup("0");
    buf_printf(&d, "static const ac__point %s__points[] = {\n    {%d, 0, NULL, \"start\"},\n%s};\n", name,
               source_line(s, ts_node_start_byte(def)), F.points.data ? F.points.data : "");
    /* the frame's alignment: the runtime allocates it so (its locals may be _Alignas(N)) */
    char *gen = af->is_gen ? xprintf(",\n    AC__DESC_GEN%s, offsetof(%s__frame, ac__value),\n    %s__points, %d, _Alignof(%s__frame)",
                                     af->is_async ? " | AC__DESC_ASYNC" : "", name, name, F.nstates + 1, name)
                           : xprintf(",\n    0, 0, %s__points, %d, _Alignof(%s__frame)", name, F.nstates + 1, name);
    buf_printf(&d, "%sconst ac__desc %s__desc = {\n    %s__resume, \"%s\", \"%s\", %d,\n"
                   "    sizeof(%s__frame), %s, %s%s\n};\n",
               exported ? "" : "static ", name, name, name, s->path, source_line(s, ts_node_start_byte(def)),
               name, ret_off, ret_size, gen);
    free(gen);
    free(ret_off);
    free(ret_size);
    buf_printf(&d, "%s%sac_task *%s%s {\n", link, af->is_static || is_main ? "AC__UNUSED " : "", ctor,
               is_void ? "(void)" : ptext);
    buf_printf(&d, "    ac_task *ac__t = ac__coro_new(&%s__desc);\n", name);
    buf_printf(&d, "    if (ac__t) %s__init(ac__frame(ac__t)%s%s);\n    return ac__t;\n}\n", name,
               ctor_args.len ? ", " : "", ctor_args.len ? ctor_args.data : "");
    if (exported) {
        /* other files await it by building its frame in their own (see analyse.c) */
        buf_printf(&d, "void %s__start(void *ac__fp%s) {\n    %s__init(ac__fp%s%s);\n}\n", name,
                   init_params.len ? init_params.data : "", name, ctor_args.len ? ", " : "",
                   ctor_args.len ? ctor_args.data : "");
    }
    buf_printf(&d, "%sint %s__resume(void *ac__frame_ptr, ac_task *ac__task) {\n", link, name);
    buf_printf(&d, "    %s__frame *ac__f = ac__frame_ptr;\n", name);
    if (F.uses_rc) buf_puts(&d, "    int ac__rc;\n");
    buf_puts(&d, "    (void)ac__f;\n    (void)ac__task;\n");
    if (F.nstates) {
        buf_puts(&d, "    switch (ac__f->ac__state) {\n    case 0: break;\n");
        for (int k = 1; k <= F.nstates; k++) buf_printf(&d, "    case %d: goto ac__resume_%d;\n", k, k);
        buf_puts(&d, "    }\n");
    }
    buf_puts(&d, F.body.data ? F.body.data : "");
    buf_puts(&d, "}\n");
    if (is_main) {
        bool has_args = !is_void;
        buf_printf(&d, "int main(%s) {\n    return ac__main(main__coro(%s));\n}\n",
                   has_args ? "int argc, char **argv" : "void", has_args ? "argc, argv" : "");
    }
    L->definition = d.data;

    free(ptext);
    buf_free(&init_params);
    buf_free(&init_body);
    buf_free(&ctor_args);
    buf_free(&F.members);
    buf_free(&F.subs_decl);
    buf_free(&F.body);
    buf_free(&F.points);
    for (int i = 0; i < F.sub_names.len; i++) free(F.sub_names.items[i]);
    vec_free(&F.sub_names);
    for (int i = 0; i < F.member_names.len; i++) free(F.member_names.items[i]);
    vec_free(&F.member_names);
    clear_subst(&F);
    free(F.subst);
    free_reparsed(&F);
    for (int i = 0; i < F.renames.len; i++) free(F.renames.items[i]);
    vec_free(&F.renames);
    rename_end();
    vec_free(&F.stmt_handles);
    return L;
}

