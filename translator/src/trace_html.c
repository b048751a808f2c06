/*
 * trace_html.c: `acc trace file.json [-o timeline.html]`, the timeline of a
 * trace that AC_TRACE wrote (runtime/src/trace.c), as one self-contained
 * HTML page with an inline SVG picture: one row per task (and one per loop,
 * for its callbacks), time left to right, steps as bars coloured by function,
 * waits as thin lines (I/O waits blue), wake-ups as arrows from the step or
 * callback that woke a task to the step it woke for, spawns, cancels, timers
 * and errors as marks. Every mark has a tooltip (its SVG <title>). The page
 * needs no network and no script to show; a small script adds zooming (the
 * mouse wheel over the picture, or the buttons) and the summary line.
 *
 * It reads the Chrome trace-event JSON (the array form, or an object with
 * "traceEvents"): X slices, B/E pairs, s/f flows, i/I instants, thread_name
 * and thread_sort_index metadata; other events are ignored, so traces of
 * other programs are drawn as well as those of Async C.
 *
 * Self-contained on purpose (its own small JSON reader, trace_json.c): the
 * rest of acc is the translator.
 */
#define _DEFAULT_SOURCE /* open_memstream */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace_json.h"

int trace_main(int argc, char **argv);

/* ------------------------------------------------------------------------- */
/* The model: tracks, slices, flows, instants                                 */
/* ------------------------------------------------------------------------- */

typedef struct Mark {
    int track;
    char kind;        /* 's' step (any other slice), 'c' callback, 'w' wait, 'o' I/O wait,
                         'p' spawn, 'k' cancel, 'e' error, 't' timer, 'i' other instant */
    bool failed;      /* a step that ended with an error */
    double ts, dur;
    const char *name; /* interned */
    char *tip;        /* its args, as tooltip lines, or NULL */
} Mark;

typedef struct Track {
    double pid, tid;
    char *name;
    double sort;
    bool has_sort;
    int row;
    Mark *open;       /* B/E: the open slices */
    size_t nopen, capopen;
} Track;

typedef struct Flow {
    const char *id;   /* interned */
    int from, to;     /* tracks; -1 until seen */
    double ts0, ts1;
} Flow;

/* A set of strings (names, categories, flow ids), by open addressing. */
typedef struct Interns {
    char **v;
    size_t *val;      /* a number kept with each (the flows' index + 1) */
    size_t cap, n;
} Interns;

typedef struct Model {
    Track *tracks;
    size_t ntracks, captracks;
    Mark *marks;
    size_t nmarks, capmarks;
    Flow *flows;
    size_t nflows, capflows;
    Interns names, flow_ids, track_ids;
    double t0, t1;
} Model;

#define GROW(arr, n, cap)                                                        \
    do {                                                                         \
        if ((n) == (cap)) {                                                      \
            (cap) = (cap) ? (cap) * 2 : 64;                                      \
            void *grown_ = realloc((arr), (cap) * sizeof *(arr));                \
            if (!grown_) {                                                       \
                fputs("acc trace: out of memory\n", stderr);                     \
                exit(2);                                                         \
            }                                                                    \
            (arr) = grown_;                                                      \
        }                                                                        \
    } while (0)

static size_t str_hash(const char *s) {
    size_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static char *xstrdup(const char *s) { return strcpy(tj_alloc(strlen(s) + 1), s); }

/* s's slot in t (made when missing); *fresh tells which. */
static size_t intern_slot(Interns *t, const char *s, bool *fresh) {
    if ((t->n + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        char **v = tj_alloc(cap * sizeof *v);
        size_t *val = tj_alloc(cap * sizeof *val);
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->v[i]) continue;
            size_t j = str_hash(t->v[i]) & (cap - 1);
            while (v[j]) j = (j + 1) & (cap - 1);
            v[j] = t->v[i];
            val[j] = t->val[i];
        }
        free(t->v);
        free(t->val);
        t->v = v;
        t->val = val;
        t->cap = cap;
    }
    size_t i = str_hash(s) & (t->cap - 1);
    while (t->v[i]) {
        if (!strcmp(t->v[i], s)) {
            *fresh = false;
            return i;
        }
        i = (i + 1) & (t->cap - 1);
    }
    t->v[i] = xstrdup(s);
    t->n++;
    *fresh = true;
    return i;
}

static const char *intern(Interns *t, const char *s) {
    bool fresh;
    if (!s) return NULL;
    size_t i = intern_slot(t, s, &fresh); /* first: it may move t->v */
    return t->v[i];
}

static void interns_free(Interns *t) {
    for (size_t i = 0; i < t->cap; i++) free(t->v[i]);
    free(t->v);
    free(t->val);
}

static int track_of(Model *m, const JVal *ev) {
    double pid = tj_num(ev, "pid", 0), tid = tj_num(ev, "tid", 0);
    char key[64];
    bool fresh;
    snprintf(key, sizeof key, "%.17g:%.17g", pid, tid);
    size_t i = intern_slot(&m->track_ids, key, &fresh);
    if (!fresh) return (int)(m->track_ids.val[i] - 1);
    m->track_ids.val[i] = m->ntracks + 1;
    GROW(m->tracks, m->ntracks, m->captracks);
    Track *t = &m->tracks[m->ntracks];
    memset(t, 0, sizeof *t);
    t->pid = pid;
    t->tid = tid;
    t->row = -1;
    return (int)m->ntracks++;
}

/* The args of an event, as tooltip lines ("\nkey: value"), or NULL. */
static char *tip_of(const JVal *ev) {
    const JVal *args = tj_get(ev, "args");
    char *s = NULL;
    size_t len = 0;
    FILE *f;
    if (!args || args->type != 'o' || !args->n || !(f = open_memstream(&s, &len))) return NULL;
    for (size_t i = 0; i < args->n; i++) {
        const JVal *v = &args->kids[i];
        fprintf(f, "\n%s: ", args->keys[i]);
        if (v->type == 's') fputs(v->str, f);
        else if (v->type == 'n') fprintf(f, "%g", v->num);
        else fputs("...", f);
    }
    fclose(f);
    return s;
}

static char kind_of(const char *ph, const char *cat) {
    if (ph[0] != 'X' && ph[0] != 'B') {
        if (!strcmp(cat, "spawn")) return 'p';
        if (!strcmp(cat, "cancel")) return 'k';
        if (!strcmp(cat, "error")) return 'e';
        if (!strcmp(cat, "timer")) return 't';
        return 'i';
    }
    if (!strcmp(cat, "callback")) return 'c';
    if (!strcmp(cat, "wait")) return 'w';
    if (!strcmp(cat, "io")) return 'o';
    return 's';
}

static Mark mark_of(Model *m, int tr, const JVal *ev, const char *ph, double ts, double dur) {
    const char *cat = tj_str(ev, "cat"), *end = tj_str(tj_get(ev, "args"), "end");
    Mark k = {tr, kind_of(ph, cat ? cat : ""), end && !strncmp(end, "failed", 6), ts, dur,
              intern(&m->names, tj_str(ev, "name") ? tj_str(ev, "name") : "?"), tip_of(ev)};
    return k;
}

static void add_mark(Model *m, Mark k) {
    GROW(m->marks, m->nmarks, m->capmarks);
    m->marks[m->nmarks++] = k;
    if (k.ts < m->t0) m->t0 = k.ts;
    if (k.ts + k.dur > m->t1) m->t1 = k.ts + k.dur;
}

static Flow *flow_of(Model *m, const char *id) {
    bool fresh;
    size_t i = intern_slot(&m->flow_ids, id, &fresh);
    if (!fresh) return &m->flows[m->flow_ids.val[i] - 1];
    GROW(m->flows, m->nflows, m->capflows);
    m->flows[m->nflows] = (Flow){m->flow_ids.v[i], -1, -1, 0, 0};
    m->flow_ids.val[i] = ++m->nflows;
    return &m->flows[m->nflows - 1];
}

/* One event of the trace into the model (the event is freed after). */
static void add_event(Model *m, const JVal *ev) {
    const char *ph = tj_str(ev, "ph");
    if (!ph || ev->type != 'o') return;
    if (!strcmp(ph, "M")) {
        const char *name = tj_str(ev, "name");
        const JVal *args = tj_get(ev, "args");
        if (name && !strcmp(name, "thread_name") && tj_str(args, "name")) {
            int tr = track_of(m, ev); /* first: it may move m->tracks */
            free(m->tracks[tr].name);
            m->tracks[tr].name = xstrdup(tj_str(args, "name"));
        } else if (name && !strcmp(name, "thread_sort_index") && tj_get(args, "sort_index")) {
            int tr = track_of(m, ev);
            m->tracks[tr].sort = tj_num(args, "sort_index", 0);
            m->tracks[tr].has_sort = true;
        }
        return;
    }
    if (!tj_get(ev, "ts")) return;
    double ts = tj_num(ev, "ts", 0);
    int tr = track_of(m, ev);
    Track *t = &m->tracks[tr];
    if (!strcmp(ph, "X")) {
        add_mark(m, mark_of(m, tr, ev, ph, ts, tj_num(ev, "dur", 0)));
    } else if (!strcmp(ph, "B")) {
        GROW(t->open, t->nopen, t->capopen);
        t->open[t->nopen++] = mark_of(m, tr, ev, ph, ts, 0);
    } else if (!strcmp(ph, "E")) {
        if (t->nopen) {
            Mark k = t->open[--t->nopen];
            k.dur = ts - k.ts;
            add_mark(m, k);
        }
    } else if (!strcmp(ph, "i") || !strcmp(ph, "I") || !strcmp(ph, "n")) {
        add_mark(m, mark_of(m, tr, ev, ph, ts, 0));
    } else if (!strcmp(ph, "s") || !strcmp(ph, "f") || !strcmp(ph, "t")) {
        char *id = tj_id(ev, "id");
        if (!id) return;
        Flow *f = flow_of(m, id);
        free(id);
        if (ph[0] == 's') {
            f->from = tr;
            f->ts0 = ts;
        } else {
            f->to = tr;
            f->ts1 = ts;
        }
    }
}

/* Reads the events: the array form one event at a time (a trace of millions
 * of events is never held as a tree), the object form as a whole. Returns
 * false when it is not a trace. */
static bool read_events(Reader *r, Model *m) {
    m->t0 = 1e300;
    m->t1 = -1e300;
    tj_skip_ws(r);
    if (r->p < r->end && *r->p == '[') {
        r->p++;
        r->depth = 1;
        for (;;) {
            JVal ev = {0};
            tj_skip_ws(r);
            if (r->p >= r->end) break; /* cut short: what came is kept */
            if (*r->p == ']') break;
            if (!tj_parse_value(r, &ev)) {
                tj_free(&ev);
                if (r->p >= r->end) { /* a last event cut short */
                    r->err = NULL;
                    break;
                }
                return false;
            }
            r->depth = 1;
            add_event(m, &ev);
            tj_free(&ev);
            tj_skip_ws(r);
            if (r->p < r->end && *r->p == ',') r->p++;
            else if (r->p < r->end && *r->p != ']') {
                r->err = "expected ',' or ']'";
                return false;
            }
        }
    } else {
        JVal root = {0};
        bool ok = tj_parse_value(r, &root);
        const JVal *events = tj_get(&root, "traceEvents");
        if (!ok || !events || events->type != 'a') {
            if (ok) r->err = "no list of events";
            tj_free(&root);
            return false;
        }
        for (size_t i = 0; i < events->n; i++) add_event(m, &events->kids[i]);
        tj_free(&root);
    }
    if (m->t0 > m->t1) m->t0 = m->t1 = 0;
    return true;
}

static void model_free(Model *m) {
    for (size_t i = 0; i < m->ntracks; i++) {
        for (size_t j = 0; j < m->tracks[i].nopen; j++) free(m->tracks[i].open[j].tip);
        free(m->tracks[i].open);
        free(m->tracks[i].name);
    }
    for (size_t i = 0; i < m->nmarks; i++) free(m->marks[i].tip);
    free(m->tracks);
    free(m->marks);
    free(m->flows);
    interns_free(&m->names);
    interns_free(&m->flow_ids);
    interns_free(&m->track_ids);
}

/* ------------------------------------------------------------------------- */
/* The page                                                                   */
/* ------------------------------------------------------------------------- */

enum { LABEL_W = 230, PLOT_W = 1100, ROW_H = 26, TOP = 40, BAR_H = 16 };

static void esc(FILE *f, const char *s) {
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

/* A colour per function name: a hue from its hash. */
static int hue_of(const char *s) {
    uint32_t h = 2166136261u;
    for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return (int)(h % 360);
}

static int cmp_track(const void *a, const void *b) {
    const Track *x = *(Track *const *)a, *y = *(Track *const *)b;
    double sx = x->has_sort ? x->sort : x->tid, sy = y->has_sort ? y->sort : y->tid;
    if (x->pid != y->pid) return x->pid < y->pid ? -1 : 1;
    if (sx != sy) return sx < sy ? -1 : 1;
    return x->tid < y->tid ? -1 : x->tid > y->tid;
}

static double X(const Model *m, double ts) {
    double span = m->t1 - m->t0;
    return LABEL_W + (span > 0 ? (ts - m->t0) / span * PLOT_W : 0);
}

/* A time in the trace's microseconds, for people. */
static void fmt_time(char *buf, size_t n, double us) {
    double a = us < 0 ? -us : us;
    if (a >= 1e6) snprintf(buf, n, "%.3g s", us / 1e6);
    else if (a >= 1e3) snprintf(buf, n, "%.3g ms", us / 1e3);
    else snprintf(buf, n, "%.3g µs", us);
}

/* Ticks 1, 2 or 5 times a power of ten microseconds apart, 5 to 10 of them. */
static void put_axis(FILE *f, const Model *m, int height) {
    double span = m->t1 - m->t0, step = 1e-3;
    char buf[32];
    if (span <= 0) return;
    while (span / step > 10) {
        if (span / (step * 2) <= 10) step *= 2;
        else if (span / (step * 5) <= 10) step *= 5;
        else step *= 10;
    }
    for (double t = 0; t <= span + 1e-9; t += step) {
        double x = X(m, m->t0 + t);
        fmt_time(buf, sizeof buf, t);
        fprintf(f, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                   "<text class=\"ticklabel\" x=\"%.1f\" y=\"%d\"%s>%s</text>\n",
                x, TOP - 6, x, height, x, TOP - 10,
                t == 0 ? " style=\"text-anchor:start\"" : "", t == 0 ? "0" : buf);
    }
}

/* ------------------------------------------------------------------------- */
/* Drawing the marks: what falls on the same pixels of a row is one element   */
/* ------------------------------------------------------------------------- */

/* A mark being drawn, held while the next ones of its row touch it: a picture
 * 1100 pixels wide shows a row's 100,000 steps as at most 1100 bars, so the
 * page stays small whatever the trace. data-n says how many it stands for. */
typedef struct Pend {
    const Mark *first;
    double x0, x1, t1;
    size_t n;
    bool failed;
} Pend;

typedef struct Drawn {
    size_t steps, waits, io, callbacks, spawns, cancels, errors, timers, wakes, elements;
} Drawn;

static void put_tip(FILE *f, const Model *m, const Pend *p) {
    const Mark *k = p->first;
    char a[32], b[32];
    fputs("<title>", f);
    if (p->n > 1) {
        fmt_time(a, sizeof a, k->ts - m->t0);
        fmt_time(b, sizeof b, p->t1 - m->t0);
        fprintf(f, "%zu marks from %s to %s (zoom in, or see the trace in Perfetto); the first: ",
                p->n, a, b);
    }
    esc(f, k->name);
    if (strchr("scwo", k->kind)) {
        fmt_time(a, sizeof a, k->dur);
        fprintf(f, " (%s)", a);
    }
    fmt_time(a, sizeof a, k->ts - m->t0);
    fprintf(f, " at %s", a);
    esc(f, k->tip);
    fputs("</title>", f);
}

static void flush(FILE *f, const Model *m, Pend *p, Drawn *d) {
    const Mark *k = p->first;
    if (!p->n) return;
    int y = TOP + m->tracks[k->track].row * ROW_H;
    double x0 = p->x0, w = p->x1 - p->x0, cy = y + ROW_H / 2.0;
    const char *tag = "rect";
    switch (k->kind) {
    case 'w':
    case 'o':
        fprintf(f, "<rect class=\"%s\" data-n=\"%zu\" x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\">",
                k->kind == 'o' ? "io" : "wait", p->n, x0, cy - (k->kind == 'o' ? 2.5 : 1.5), w,
                k->kind == 'o' ? 5 : 3);
        *(k->kind == 'o' ? &d->io : &d->waits) += p->n;
        break;
    case 'c':
        fprintf(f, "<rect class=\"callback\" data-n=\"%zu\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\">",
                p->n, x0, y + (ROW_H - BAR_H) / 2 + 3, w, BAR_H - 6);
        d->callbacks += p->n;
        break;
    case 's':
        fprintf(f, "<rect class=\"step%s\" data-n=\"%zu\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" "
                   "fill=\"hsl(%d,60%%,62%%)\">",
                p->failed ? " failed" : "", p->n, x0, y + (ROW_H - BAR_H) / 2, w, BAR_H,
                hue_of(k->name));
        d->steps += p->n;
        break;
    case 'p':
        tag = "path";
        fprintf(f, "<path class=\"spawn\" data-n=\"%zu\" d=\"M%.2f %.1fl-4 7h8z\">", p->n, x0, cy - 10);
        d->spawns += p->n;
        break;
    case 'k':
        tag = "path";
        fprintf(f, "<path class=\"cancel\" data-n=\"%zu\" d=\"M%.2f %.1fl5 5l-5 5l-5 -5z\">", p->n, x0, cy - 5);
        d->cancels += p->n;
        break;
    case 'e':
        tag = "path";
        fprintf(f, "<path class=\"error\" data-n=\"%zu\" d=\"M%.2f %.1fl10 10m0 -10l-10 10\">", p->n,
                x0 - 5, cy - 5);
        d->errors += p->n;
        break;
    case 't':
        tag = "line";
        fprintf(f, "<line class=\"timer\" data-n=\"%zu\" x1=\"%.2f\" y1=\"%.1f\" x2=\"%.2f\" y2=\"%.1f\">",
                p->n, x0, cy - 10, x0, cy + 10);
        d->timers += p->n;
        break;
    default:
        tag = "circle";
        fprintf(f, "<circle class=\"instant\" data-n=\"%zu\" cx=\"%.2f\" cy=\"%.1f\" r=\"3\">", p->n, x0, cy);
    }
    put_tip(f, m, p);
    fprintf(f, "</%s>\n", tag);
    d->elements++;
    p->n = 0;
}

/* The marks of one layer (0: waits, 1: instants, 2: steps and callbacks). */
static void put_layer(FILE *f, const Model *m, int layer, Drawn *d) {
    Pend *pend = tj_alloc((m->ntracks + 1) * 4 * sizeof *pend);
    for (size_t i = 0; i < m->nmarks; i++) {
        const Mark *k = &m->marks[i];
        int lay = strchr("wo", k->kind) ? 0 : strchr("sc", k->kind) ? 2 : 1;
        if (lay != layer) continue;
        /* a pending element per row and kind: waits and I/O waits, steps and
         * callbacks, instants of each kind, are drawn apart */
        int slot = layer == 1 ? (int)(strchr("pket", k->kind) ? strchr("pket", k->kind) - "pket" : 3)
                              : (k->kind == 'o' || k->kind == 'c');
        Pend *p = &pend[(size_t)k->track * 4 + (size_t)slot];
        double x0 = X(m, k->ts), x1 = X(m, k->ts + k->dur);
        if (k->kind == 's' && x1 < x0 + 2) x1 = x0 + 2; /* a step of a microsecond is still seen */
        if (k->kind == 'c' && x1 < x0 + 1) x1 = x0 + 1;
        if (layer == 1) x1 = x0 + 1;
        if (p->n && x0 <= p->x1 + 0.5 && x0 >= p->x0 - 0.5) {
            if (x1 > p->x1) p->x1 = x1;
            if (k->ts + k->dur > p->t1) p->t1 = k->ts + k->dur;
            p->failed |= k->failed;
            p->n++;
            continue;
        }
        flush(f, m, p, d);
        *p = (Pend){k, x0, x1, k->ts + k->dur, 1, k->failed};
    }
    for (size_t i = 0; i < m->ntracks * 4; i++) flush(f, m, &pend[i], d);
    free(pend);
}

/* The wake-up arrows: a curve from the waker's row to the woken row; arrows
 * between the same rows at the same pixels are one. */
static void put_flows(FILE *f, const Model *m, Drawn *d) {
    size_t cap = 1024, n = 0;
    while (cap < m->nflows * 2) cap *= 2;
    size_t *seen = tj_alloc(cap * sizeof *seen); /* flow index + 1, by (rows, pixels) */
    size_t *count = tj_alloc(cap * sizeof *count);
    for (size_t pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < m->nflows; i++) {
            const Flow *fl = &m->flows[i];
            if (fl->from < 0 || fl->to < 0) continue;
            int a = m->tracks[fl->from].row, b = m->tracks[fl->to].row;
            long x0 = (long)X(m, fl->ts0), x1 = (long)X(m, fl->ts1);
            size_t h = ((size_t)a * 31 + (size_t)b) * 1000003u + (size_t)x0 * 7919u + (size_t)x1;
            size_t j = h & (cap - 1);
            for (;;) {
                if (!seen[j]) break;
                const Flow *g = &m->flows[seen[j] - 1];
                if (m->tracks[g->from].row == a && m->tracks[g->to].row == b &&
                    (long)X(m, g->ts0) == x0 && (long)X(m, g->ts1) == x1)
                    break;
                j = (j + 1) & (cap - 1);
            }
            if (pass == 0) {
                if (!seen[j]) {
                    seen[j] = i + 1;
                    n++;
                }
                count[j]++;
                continue;
            }
            if (seen[j] != i + 1) continue; /* drawn with the first of its pixels */
            double y0 = TOP + a * ROW_H + ROW_H / 2.0, y1 = TOP + b * ROW_H + ROW_H / 2.0;
            double fx0 = X(m, fl->ts0), fx1 = X(m, fl->ts1);
            if (y1 > y0) y1 -= BAR_H / 2.0;
            else if (y1 < y0) y1 += BAR_H / 2.0;
            fprintf(f, "<path class=\"wake\" data-n=\"%zu\" d=\"M%.2f %.1fC%.2f %.1f %.2f %.1f %.2f %.1f\" "
                       "marker-end=\"url(#arrow)\"><title>",
                    count[j], fx0, y0, fx0 + 12, y0, fx1 - 12, y1, fx1, y1);
            if (count[j] > 1) fprintf(f, "%zu ", count[j]);
            fputs("wake-up: ", f);
            esc(f, m->tracks[fl->from].name ? m->tracks[fl->from].name : "?");
            fputs(" → ", f);
            esc(f, m->tracks[fl->to].name ? m->tracks[fl->to].name : "?");
            fputs("</title></path>\n", f);
            d->wakes += count[j];
            d->elements++;
        }
    }
    (void)n;
    free(seen);
    free(count);
}

static void put_page(FILE *f, Model *m, const char *title) {
    Track **order = tj_alloc((m->ntracks + 1) * sizeof *order);
    size_t rows = 0;
    for (size_t i = 0; i < m->ntracks; i++) order[rows++] = &m->tracks[i];
    qsort(order, rows, sizeof *order, cmp_track);
    for (size_t i = 0; i < rows; i++) order[i]->row = (int)i;
    int height = TOP + (int)rows * ROW_H + 10;
    int width = LABEL_W + PLOT_W + 20;
    char buf[64];

    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>", f);
    esc(f, title);
    fputs(" — Async C timeline</title>\n<style>\n"
          "body{font:13px sans-serif;margin:12px;color:#222;background:#fff}\n"
          "h1{font-size:16px;margin:0 0 4px}\n"
          "#legend span{margin-right:14px;white-space:nowrap}\n"
          ".row{fill:#f4f4f4}.row.odd{fill:#fff}\n"
          ".label{font:12px monospace;fill:#222}\n"
          ".tick{stroke:#ddd}.ticklabel{font:10px sans-serif;fill:#666;text-anchor:middle}\n"
          ".step{shape-rendering:crispEdges}.step.failed{stroke:#d00000;stroke-width:2}\n"
          ".wait{fill:#bbb}.io{fill:#4a7fd0}.callback{fill:#999;stroke:#555;stroke-width:0.3}\n"
          ".wake{stroke:#7a3db8;stroke-width:1;fill:none;opacity:0.75}\n"
          ".spawn{fill:#2a9d3a}.cancel{fill:#f08c00}.error{stroke:#d00000;stroke-width:2.5}\n"
          ".timer{stroke:#555;stroke-width:1.5}\n"
          "svg{border:1px solid #ccc}\n"
          "</style></head><body>\n<h1>", f);
    esc(f, title);
    fmt_time(buf, sizeof buf, m->t1 - m->t0);
    fprintf(f, "</h1>\n<p>%zu tracks, %s from the first event to the last. Rows: one per task "
               "(and per loop: its callbacks); bars: steps (resume to suspend), coloured by the "
               "function they suspended in; thin lines: waits (blue: I/O); arrows: wake-ups. "
               "Hover for details; the mouse wheel zooms.</p>\n", rows, buf);
    fputs("<p id=\"legend\"><span><svg width=\"14\" height=\"10\"><rect width=\"14\" height=\"10\" "
          "fill=\"hsl(200,60%,62%)\"/></svg> step</span><span><svg width=\"14\" height=\"10\">"
          "<rect y=\"4\" width=\"14\" height=\"3\" fill=\"#bbb\"/></svg> wait</span><span>"
          "<svg width=\"14\" height=\"10\"><rect y=\"3\" width=\"14\" height=\"5\" fill=\"#4a7fd0\"/>"
          "</svg> I/O wait</span><span><svg width=\"14\" height=\"10\"><line x1=\"0\" y1=\"9\" "
          "x2=\"14\" y2=\"1\" stroke=\"#7a3db8\"/></svg> wake-up</span><span><svg width=\"10\" "
          "height=\"10\"><path d=\"M0 10L5 0L10 10Z\" fill=\"#2a9d3a\"/></svg> spawn</span><span>"
          "<svg width=\"10\" height=\"10\"><path d=\"M5 0L10 5L5 10L0 5Z\" fill=\"#f08c00\"/></svg> "
          "cancel</span><span><svg width=\"10\" height=\"10\"><path d=\"M1 1L9 9M9 1L1 9\" "
          "stroke=\"#d00000\" stroke-width=\"2.5\"/></svg> error</span><span><svg width=\"10\" "
          "height=\"10\"><line x1=\"5\" y1=\"0\" x2=\"5\" y2=\"10\" stroke=\"#555\"/></svg> timer"
          "</span><button id=\"zin\">zoom in</button> <button id=\"zout\">zoom out</button> "
          "<button id=\"zreset\">reset</button></p>\n", f);
    fprintf(f, "<p id=\"summary\"></p>\n<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" "
               "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" data-t0=\"%g\" data-t1=\"%g\">\n"
               "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
               "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">"
               "<path d=\"M0 0L10 5L0 10z\" fill=\"#7a3db8\"/></marker>\n"
               "<clipPath id=\"plot\"><rect x=\"%d\" y=\"0\" width=\"%d\" height=\"%d\"/></clipPath>"
               "</defs>\n",
            width, height, width, height, m->t0, m->t1, LABEL_W, PLOT_W + 20, height);
    for (size_t i = 0; i < rows; i++) {
        int y = TOP + (int)i * ROW_H;
        fprintf(f, "<rect class=\"row%s\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                   "<text class=\"label\" x=\"6\" y=\"%d\">",
                i % 2 ? " odd" : "", y, width, ROW_H, y + ROW_H / 2 + 4);
        if (order[i]->name) esc(f, order[i]->name);
        else fprintf(f, "tid %g", order[i]->tid);
        fputs("</text>\n", f);
    }
    fputs("<g id=\"plotarea\" clip-path=\"url(#plot)\"><g id=\"zoom\">\n", f);
    put_axis(f, m, height);
    Drawn d = {0};
    /* waits under everything; then instants, arrows, and the bars on top */
    put_layer(f, m, 0, &d);
    put_layer(f, m, 1, &d);
    put_flows(f, m, &d);
    put_layer(f, m, 2, &d);
    fputs("</g></g>\n</svg>\n", f);
    fprintf(f, "<script>\n/* the summary line (what the page shows, counted in the document: the\n"
               "   tests read it) and zooming: the wheel or the buttons scale time around a point */\n"
               "(function(){\n"
               "var svg=document.getElementById('timeline'),z=document.getElementById('zoom');\n"
               "function n(s){var t=0;svg.querySelectorAll(s).forEach(function(e){"
               "t+=+(e.getAttribute('data-n')||1);});return t;}\n"
               "document.getElementById('summary').textContent='rows '+n('rect.row')+', steps '+"
               "n('rect.step')+', waits '+n('rect.wait')+', io '+n('rect.io')+', callbacks '+"
               "n('rect.callback')+', wake-ups '+n('path.wake')+', spawns '+n('path.spawn')+"
               "', cancels '+n('path.cancel')+', errors '+n('path.error')+', timers '+n('line.timer');\n"
               "var k=1,ox=%d;\n"
               "function apply(){z.setAttribute('transform','translate('+ox+' 0) scale('+k+' 1) "
               "translate('+(-%d)+' 0)');}\n"
               "function zoom(f,at){var t=(at-ox)/k;k=Math.max(1,k*f);ox=at-t*k;"
               "if(k==1)ox=%d;apply();}\n"
               "svg.addEventListener('wheel',function(e){e.preventDefault();var r=svg.getBoundingClientRect();"
               "zoom(e.deltaY<0?1.25:0.8,Math.max(%d,e.clientX-r.left));},{passive:false});\n"
               "document.getElementById('zin').onclick=function(){zoom(2,%d);};\n"
               "document.getElementById('zout').onclick=function(){zoom(0.5,%d);};\n"
               "document.getElementById('zreset').onclick=function(){k=1;ox=%d;apply();};\n"
               "})();\n</script>\n",
            LABEL_W, LABEL_W, LABEL_W, LABEL_W, LABEL_W + PLOT_W / 2, LABEL_W + PLOT_W / 2, LABEL_W);
    fprintf(f, "<!-- acc trace: rows %zu, steps %zu, wake-ups %zu, errors %zu, SVG elements %zu -->\n"
               "</body></html>\n", rows, d.steps, d.wakes, d.errors, d.elements);
    free(order);
}

/* ------------------------------------------------------------------------- */
/* The command                                                                */
/* ------------------------------------------------------------------------- */

static char *slurp(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    size_t cap = 1 << 16, n = 0;
    char *s;
    if (!f) return NULL;
    s = tj_alloc(cap);
    for (;;) {
        size_t got = fread(s + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        char *t = realloc(s, cap *= 2);
        if (!t) {
            free(s);
            s = NULL;
            break;
        }
        s = t;
    }
    if (f != stdin) fclose(f);
    *len = n;
    return s;
}

static void trace_usage(FILE *f) {
    fputs("usage: acc trace TRACE.json [-o timeline.html]\n"
          "Draws a trace that AC_TRACE=TRACE.json wrote (or any Chrome trace-event JSON) as\n"
          "one self-contained HTML page: a row per task, time left to right, steps as\n"
          "bars, waits as lines, wake-ups as arrows, spawns, cancels, timers and errors\n"
          "as marks. Default output: TRACE.html ('-': standard output).\n", f);
}

int trace_main(int argc, char **argv) {
    const char *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            trace_usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
            out = argv[++i];
        } else if (!strncmp(argv[i], "-o", 2) && argv[i][2]) {
            out = argv[i] + 2;
        } else if (!strncmp(argv[i], "--output=", 9)) {
            out = argv[i] + 9;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "acc trace: unknown option '%s'\n", argv[i]);
            trace_usage(stderr);
            return 2;
        } else if (!in) {
            in = argv[i];
        } else {
            fprintf(stderr, "acc trace: one trace at a time ('%s')\n", argv[i]);
            return 2;
        }
    }
    if (!in) {
        trace_usage(stderr);
        return 2;
    }
    size_t len;
    char *text = slurp(in, &len);
    if (!text) {
        perror(in);
        return 2;
    }
    Reader r = {text, text + len, NULL, 0};
    Model m = {0};
    if (!read_events(&r, &m)) {
        fprintf(stderr, "acc trace: %s: not a trace (%s at byte %ld)\n", in,
                r.err ? r.err : "no list of events", (long)(r.p - text));
        model_free(&m);
        free(text);
        return 1;
    }
    free(text);
    char *made = NULL;
    if (!out) {
        size_t n = strlen(in);
        made = tj_alloc(n + 6);
        if (n > 5 && !strcmp(in + n - 5, ".json")) n -= 5;
        memcpy(made, in, n);
        strcpy(made + n, ".html");
        out = made;
    }
    FILE *f = strcmp(out, "-") ? fopen(out, "w") : stdout;
    int rc = 0;
    if (!f) {
        perror(out);
        rc = 2;
    } else {
        const char *base = strrchr(in, '/');
        put_page(f, &m, base ? base + 1 : in);
        if (f != stdout ? fclose(f) != 0 : fflush(f) != 0) {
            perror(out);
            rc = 2;
        }
    }
    model_free(&m);
    free(made);
    return rc;
}
