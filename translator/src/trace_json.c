/*
 * trace_json.c: the small JSON reader of `acc trace` (trace_json.h).
 */
#include "trace_json.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *tj_alloc(size_t n) {
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fputs("acc trace: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

void tj_skip_ws(Reader *r) {
    while (r->p < r->end && isspace((unsigned char)*r->p)) r->p++;
}


/* A string's contents (after its opening quote), \u escapes as UTF-8. */
static char *tj_parse_string(Reader *r) {
    size_t cap = 16, n = 0;
    char *s = tj_alloc(cap);
    while (r->p < r->end && *r->p != '"') {
        unsigned c = (unsigned char)*r->p++;
        if (c == '\\' && r->p < r->end) {
            c = (unsigned char)*r->p++;
            switch (c) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u': {
                unsigned u = 0;
                for (int i = 0; i < 4 && r->p < r->end; i++) {
                    char h = *r->p++;
                    u = u * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10) & 15);
                }
                c = u;
                break;
            }
            default: break; /* '"', '\\', '/' */
            }
        }
        if (n + 5 > cap) {
            char *t = realloc(s, cap *= 2);
            if (!t) { free(s); return NULL; }
            s = t;
        }
        if (c < 0x80) {
            s[n++] = (char)c;
        } else if (c < 0x800) {
            s[n++] = (char)(0xC0 | c >> 6);
            s[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            s[n++] = (char)(0xE0 | c >> 12);
            s[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            s[n++] = (char)(0x80 | (c & 0x3F));
        }
    }
    if (r->p >= r->end) {
        r->err = "a string does not end";
        free(s);
        return NULL;
    }
    r->p++;
    s[n] = '\0';
    return s;
}

static JVal *tj_add_kid(JVal *v) {
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->kids = realloc(v->kids, v->cap * sizeof *v->kids);
        if (v->type == 'o') v->keys = realloc(v->keys, v->cap * sizeof *v->keys);
        if (!v->kids || (v->type == 'o' && !v->keys)) {
            fputs("acc trace: out of memory\n", stderr);
            exit(2);
        }
    }
    memset(&v->kids[v->n], 0, sizeof v->kids[0]);
    return &v->kids[v->n++];
}

/* A trace cut short (a program killed mid-run) ends without its "]": what
 * came is kept, as the trace viewers do. */
static bool tj_parse_container(Reader *r, JVal *v, char close) {
    if (++r->depth > 200) {
        r->err = "nested too deeply";
        return false;
    }
    tj_skip_ws(r);
    if (r->p < r->end && *r->p == close) {
        r->p++;
        r->depth--;
        return true;
    }
    for (;;) {
        tj_skip_ws(r);
        if (r->p >= r->end) return v->type == 'a' && r->depth == 1; /* cut short */
        if (v->type == 'o') {
            if (*r->p != '"') {
                r->err = "expected a key";
                return false;
            }
            r->p++;
            char *key = tj_parse_string(r);
            if (!key) return false;
            tj_skip_ws(r);
            if (r->p >= r->end || *r->p != ':') {
                free(key);
                r->err = "expected ':'";
                return false;
            }
            r->p++;
            JVal *k = tj_add_kid(v);
            v->keys[v->n - 1] = key;
            if (!tj_parse_value(r, k)) return false;
        } else {
            JVal *k = tj_add_kid(v);
            int depth = r->depth;
            if (!tj_parse_value(r, k)) {
                if (depth == 1 && r->p >= r->end) { /* a last event cut short */
                    r->depth = depth;
                    tj_free(k);
                    v->n--;
                    r->err = NULL;
                    return true;
                }
                return false;
            }
        }
        tj_skip_ws(r);
        if (r->p >= r->end) return v->type == 'a' && r->depth == 1;
        if (*r->p == ',') {
            r->p++;
            continue;
        }
        if (*r->p == close) {
            r->p++;
            r->depth--;
            return true;
        }
        r->err = "expected ',' or the end of a list";
        return false;
    }
}

bool tj_parse_value(Reader *r, JVal *v) {
    tj_skip_ws(r);
    if (r->p >= r->end) {
        r->err = "unexpected end";
        return false;
    }
    char c = *r->p;
    if (c == '{' || c == '[') {
        r->p++;
        v->type = c == '{' ? 'o' : 'a';
        return tj_parse_container(r, v, c == '{' ? '}' : ']');
    }
    if (c == '"') {
        r->p++;
        v->type = 's';
        v->str = tj_parse_string(r);
        return v->str != NULL;
    }
    if (!strncmp(r->p, "true", 4) || !strncmp(r->p, "false", 5)) {
        v->type = 'b';
        v->num = c == 't';
        r->p += c == 't' ? 4 : 5;
        return true;
    }
    if (!strncmp(r->p, "null", 4)) {
        v->type = 'z';
        r->p += 4;
        return true;
    }
    char *e;
    v->type = 'n';
    v->num = strtod(r->p, &e);
    if (e == r->p) {
        r->err = "unexpected character";
        return false;
    }
    r->p = e;
    return true;
}

void tj_free(JVal *v) {
    for (size_t i = 0; i < v->n; i++) {
        tj_free(&v->kids[i]);
        if (v->keys) free(v->keys[i]);
    }
    free(v->kids);
    free(v->keys);
    free(v->str);
}

const JVal *tj_get(const JVal *o, const char *key) {
    if (!o || o->type != 'o') return NULL;
    for (size_t i = 0; i < o->n; i++)
        if (!strcmp(o->keys[i], key)) return &o->kids[i];
    return NULL;
}

const char *tj_str(const JVal *o, const char *key) {
    const JVal *v = tj_get(o, key);
    return v && v->type == 's' ? v->str : NULL;
}

double tj_num(const JVal *o, const char *key, double dflt) {
    const JVal *v = tj_get(o, key);
    return v && v->type == 'n' ? v->num : dflt;
}

/* A flow id or a tid may be a number or a string. */
char *tj_id(const JVal *o, const char *key) {
    const JVal *v = tj_get(o, key);
    char buf[64];
    if (!v) return NULL;
    if (v->type == 's') snprintf(buf, sizeof buf, "%s", v->str);
    else if (v->type == 'n') snprintf(buf, sizeof buf, "%.0f", v->num);
    else return NULL;
    return strcpy(tj_alloc(strlen(buf) + 1), buf);
}

