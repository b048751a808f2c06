/*
 * trace_json.h: the small JSON reader of `acc trace` (trace_json.c): a value
 * tree, parsed from a buffer; a list cut short at the top level is kept up to
 * where it stops (a trace whose program was killed). Only trace_html.c uses it.
 */
#ifndef ACC_TRACE_JSON_H
#define ACC_TRACE_JSON_H

#include <stdbool.h>
#include <stddef.h>

typedef struct JVal JVal;
struct JVal {
    char type;     /* 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null */
    double num;
    char *str;
    JVal *kids;    /* array items or object values */
    char **keys;   /* object keys */
    size_t n, cap;
};

typedef struct Reader {
    const char *p, *end;
    const char *err;
    int depth;
} Reader;

/* calloc, or exit(2) with a message. */
void *tj_alloc(size_t n);
void tj_skip_ws(Reader *r);
/* One value at r->p into v (zeroed); false with r->err set on an error. */
bool tj_parse_value(Reader *r, JVal *v);
void tj_free(JVal *v);
/* An object's member, string member, number member (dflt when missing). */
const JVal *tj_get(const JVal *o, const char *key);
const char *tj_str(const JVal *o, const char *key);
double tj_num(const JVal *o, const char *key, double dflt);
/* A member that is a number or a string, as a malloc'd string, or NULL. */
char *tj_id(const JVal *o, const char *key);

#endif
