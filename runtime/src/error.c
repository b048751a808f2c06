/*
 * error.c: the names and messages of error codes.
 *
 * Built from the X-macro AC_ERRNO_MAP (libuv's UV_ERRNO_MAP) rather than by
 * calling uv_strerror/uv_err_name, which allocate (and leak) a string for
 * codes they do not know.
 */
#include "ac-int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Codes outside the table are formatted here: a ring of buffers per thread,
 * so that a few calls in one printf each keep their text. */
static _Thread_local char ac__errbuf[8][32];
static _Thread_local unsigned ac__errbuf_next;

static char *ac__errbuf_take(void) { return ac__errbuf[ac__errbuf_next++ % 8]; }

const char *ac_strerror(int code) {
    if (code == 0)
        return "success";
    switch (code) {
#define AC__ERR_MSG(name, msg) \
    case AC_##name:            \
        return msg;
        AC_ERRNO_MAP(AC__ERR_MSG)
#undef AC__ERR_MSG
    case AC_EGENEXIT:
        return "generator closed";
    default:
        break;
    }
    char *buf = ac__errbuf_take();
    snprintf(buf, sizeof ac__errbuf[0], code > 0 ? "error %d" : "unknown error %d", code);
    return buf;
}

const char *ac_err_name(int code) {
    if (code == 0)
        return "OK";
    switch (code) {
#define AC__ERR_NAME(name, msg) \
    case AC_##name:             \
        return #name;
        AC_ERRNO_MAP(AC__ERR_NAME)
#undef AC__ERR_NAME
    case AC_EGENEXIT:
        return "EGENEXIT";
    default:
        break;
    }
    char *buf = ac__errbuf_take();
    snprintf(buf, sizeof ac__errbuf[0], "E%d", code);
    return buf;
}

/* ------------------------------------------------------------------------- */
/* The error in flight: message and traceback                                 */
/* ------------------------------------------------------------------------- */

void ac__error_clear(ac_task *h, int code) {
    ac__ext *e = h->ext;
    if (e == NULL)
        return;
    e->tb_len = 0;
    if (e->msg != NULL && e->msg_code != code) {
        free(e->msg);
        e->msg = NULL;
    }
}

static void ac__set_message(ac_task *h, int code, char *msg) {
    ac__ext *e = ac__ext_get(h);
    if (e == NULL) {
        free(msg);
        return;
    }
    free(e->msg);
    e->msg = msg;
    e->msg_code = code;
}

int ac_error(int code, const char *fmt, ...) {
    ac_task *t = ac_current();
    va_list ap;
    char *msg;
    int n;

    if (t == NULL || fmt == NULL)
        return code;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || (msg = malloc((size_t)n + 1)) == NULL)
        return code;
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    /* The raise that follows starts a new traceback: start it now, so that
     * ac__raise sees this as the error in flight and keeps the message. */
    if (t->ext != NULL)
        t->ext->tb_len = 0;
    t->err = code;
    ac__set_message(t, code, msg);
    return code;
}

const char *ac_error_message(void) {
    ac_task *t = ac_current();
    if (t == NULL)
        return "";
    if (t->ext != NULL && t->ext->msg != NULL && t->ext->msg_code == t->err)
        return t->ext->msg;
    return ac_strerror(t->err);
}

int ac__caught(ac_task *task) {
    if (task == NULL)
        return 0;
    if (task->ext != NULL)
        task->ext->tb_len = 0;
    return task->err;
}

int ac__unwind(ac_task *task, const ac__desc *d, int line) {
    ac__ext *e;

    if (task == NULL || (e = ac__ext_get(task)) == NULL)
        return AC__FAIL;
    if (e->tb_len == e->tb_cap) {
        uint32_t cap = e->tb_cap != 0 ? e->tb_cap * 2 : 8;
        ac__tb_line *tb;
        if (cap > 4096) /* a traceback of a deep recursion: the innermost lines suffice */
            return AC__FAIL;
        tb = realloc(e->tb, cap * sizeof *tb);
        if (tb == NULL)
            return AC__FAIL;
        e->tb = tb;
        e->tb_cap = cap;
    }
    e->tb[e->tb_len].d = d;
    e->tb[e->tb_len].line = line;
    e->tb_len++;
    return AC__FAIL;
}

int ac__raise_from(ac_task *task, ac_task *h) {
    ac__ext *from = h->ext, *e;
    int code = h->err;

    if (task == NULL)
        return AC__FAIL;
    if (h == task || from == NULL || (from->tb_len == 0 && from->msg == NULL)) {
        return ac__raise(task, code);
    }
    /* Raising another handle's error: its traceback and message come along. */
    if ((e = ac__ext_get(task)) == NULL)
        return ac__raise(task, code);
    task->err = code;
    e->tb_len = 0;
    if (from->tb_len > 0) {
        ac__tb_line *tb = e->tb;
        if (e->tb_cap < from->tb_len) {
            tb = realloc(e->tb, from->tb_len * sizeof *tb);
            if (tb != NULL) {
                e->tb = tb;
                e->tb_cap = from->tb_len;
            }
        }
        if (tb != NULL && e->tb_cap >= from->tb_len) {
            memcpy(e->tb, from->tb, from->tb_len * sizeof *tb);
            e->tb_len = from->tb_len;
        }
    }
    if (from->msg != NULL && from->msg_code == code) {
        size_t n = strlen(from->msg) + 1;
        char *msg = malloc(n);
        if (msg != NULL) {
            memcpy(msg, from->msg, n);
            ac__set_message(task, code, msg);
        }
    } else if (e->msg != NULL && e->msg_code != code) {
        free(e->msg);
        e->msg = NULL;
    }
    return AC__FAIL;
}

void ac__print_error(ac_task *h, int err) {
    ac__ext *e = h != NULL ? h->ext : NULL;
    const char *msg = ac_strerror(err);
    uint32_t i;

    if (e != NULL && e->tb_len > 0 && h->err == err) {
        fputs("Traceback (most recent call last):\n", stderr);
        for (i = e->tb_len; i-- > 0;) {
            const ac__desc *d = e->tb[i].d;
            fprintf(stderr, "  File \"%s\", line %d, in %s\n",
                    d != NULL && d->file != NULL ? d->file : "?", e->tb[i].line,
                    d != NULL && d->name != NULL ? d->name : "?");
        }
    }
    if (e != NULL && e->msg != NULL && e->msg_code == err)
        msg = e->msg;
    fprintf(stderr, "Error: %s: %s\n", ac_err_name(err), msg);
}
