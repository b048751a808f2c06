/*
 * raise.c: the error in flight and the errors being handled. ac__raise (what
 * an await's failure does), ac_error (a message with the code), a task's
 * traceback (ac__unwind), catch, `throw;` and finally (ac__catch,
 * ac__reraise, ac__handled), and raising a failed handle's error in the task
 * that awaited it (ac__raise_from). Split from error.c (the names, base
 * layer) and task.c (ac__raise, ac_current), so that tasks can raise without
 * the error code calling back into them.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ac_task *ac_current(void) { return ac__cur != NULL ? ac__cur->current : NULL; }

int ac__raise(ac_task *task, int code) {
    if (task == NULL)
        return AC__FAIL;
    /* A failure must carry a code: 0 would read as success. */
    if (code == 0)
        code = AC_EINVAL;
    /* A new error starts a new traceback; re-raising the one in flight (a
     * finally block's way out) keeps it. */
    if (code != task->err && task->ext != NULL)
        ac__error_clear(task, code);
    task->err = code;
    return AC__FAIL;
}

int ac__error(ac_task *task) { return task != NULL ? task->err : 0; }

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
    if (t->ext != NULL && t->ext->hs_len > 0) { /* the innermost error being handled */
        const ac__handled_err *r = &t->ext->hs[t->ext->hs_len - 1];
        return r->msg != NULL ? r->msg : ac_strerror(r->code);
    }
    if (t->ext != NULL && t->ext->msg != NULL && t->ext->msg_code == t->err)
        return t->ext->msg;
    return ac_strerror(t->err);
}

int ac_error_frame(int i, const char **func, const char **file, int *line) {
    ac_task *t = ac_current();
    const ac__ext *e = t != NULL ? t->ext : NULL;
    const ac__tb_line *tb;
    uint32_t n;

    if (e == NULL || i < 0)
        return 0;
    if (e->hs_len > 0) {
        tb = e->hs[e->hs_len - 1].tb;
        n = e->hs[e->hs_len - 1].tb_len;
    } else {
        tb = e->tb;
        n = e->tb_len;
    }
    if ((uint32_t)i >= n)
        return 0;
    tb += n - 1 - (uint32_t)i; /* stored innermost first */
    if (func != NULL)
        *func = tb->d != NULL && tb->d->name != NULL ? tb->d->name : "?";
    if (file != NULL)
        *file = tb->d != NULL && tb->d->file != NULL ? tb->d->file : "?";
    if (line != NULL)
        *line = tb->line;
    return 1;
}

int ac__caught(ac_task *task) {
    if (task == NULL)
        return 0;
    if (task->ext != NULL)
        task->ext->tb_len = 0;
    return task->err;
}

/* ------------------------------------------------------------------------- */
/* Errors being handled: catch, throw;, finally                               */
/* ------------------------------------------------------------------------- */

/* As Python keeps the exception being handled on a stack (sys.exception()),
 * each task keeps the errors its catch and finally blocks handle, innermost
 * last: a record holds the error's code, message and traceback, moved out of
 * the error in flight when the block is entered, so that an error raised and
 * caught inside the block does not overwrite them. `throw;` and the end of a
 * finally that an error entered move them back (ac__reraise); leaving the
 * block any other way drops the record (ac__handled). Records are found by
 * the frame's slot for that try statement (its address): a generator
 * suspended inside a catch leaves its record while other frames of the task
 * push and pop theirs. Out of memory, there is no record: `throw;` then
 * raises the code with the message and traceback still in flight. */

static ac__handled_err *ac__handled_find(ac__ext *e, const int *slot) {
    uint32_t i;
    if (e == NULL)
        return NULL;
    for (i = e->hs_len; i-- > 0;)
        if (e->hs[i].key == slot)
            return &e->hs[i];
    return NULL;
}

/* Takes r out of the stack (what it owns is the caller's). */
static void ac__handled_remove(ac__ext *e, ac__handled_err *r) {
    size_t i = (size_t)(r - e->hs);
    memmove(r, r + 1, (e->hs_len - i - 1) * sizeof *r);
    e->hs_len--;
}

int ac__catch(ac_task *task, int *slot) {
    ac__ext *e;
    ac__handled_err *r;
    int code;

    if (task == NULL)
        return 0;
    code = task->err;
    if ((e = ac__ext_get(task)) == NULL)
        return code;
    if ((r = ac__handled_find(e, slot)) != NULL) { /* the same block again: that one is over */
        free(r->msg);
        free(r->tb);
        ac__handled_remove(e, r);
    }
    if (e->hs_len == e->hs_cap) {
        uint32_t cap = e->hs_cap != 0 ? e->hs_cap * 2 : 4;
        ac__handled_err *hs = realloc(e->hs, cap * sizeof *hs);
        if (hs == NULL)
            return code;
        e->hs = hs;
        e->hs_cap = cap;
    }
    r = &e->hs[e->hs_len++];
    r->key = slot;
    r->code = code;
    r->msg = NULL;
    r->msg_code = 0;
    if (e->msg != NULL && e->msg_code == code) {
        r->msg = e->msg;
        r->msg_code = code;
        e->msg = NULL;
    }
    r->tb = e->tb;
    r->tb_len = e->tb_len;
    r->tb_cap = e->tb_cap;
    e->tb = NULL;
    e->tb_len = e->tb_cap = 0;
    return code;
}

int ac__reraise(ac_task *task, int *slot) {
    ac__ext *e;
    ac__handled_err *r;

    if (task == NULL)
        return AC__FAIL;
    e = task->ext;
    if ((r = ac__handled_find(e, slot)) == NULL)
        return ac__raise(task, *slot);
    free(e->msg);
    e->msg = r->msg;
    e->msg_code = r->msg_code;
    free(e->tb);
    e->tb = r->tb;
    e->tb_len = r->tb_len;
    e->tb_cap = r->tb_cap;
    task->err = r->code != 0 ? r->code : AC_EINVAL;
    ac__handled_remove(e, r);
    return AC__FAIL;
}

void ac__handled(ac_task *task, int *slot) {
    ac__ext *e = task != NULL ? task->ext : NULL;
    ac__handled_err *r = ac__handled_find(e, slot);
    if (r == NULL)
        return;
    free(r->msg);
    free(r->tb);
    ac__handled_remove(e, r);
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

int ac__raise_here(int code) { return ac__raise(ac_current(), code); }

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
