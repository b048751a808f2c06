/*
 * error.c: the names and messages of error codes, and the printing of an
 * error with its traceback (the error machinery itself, raise and catch, is
 * raise.c, above the task layer it needs).
 *
 * Built from the X-macro AC_ERRNO_MAP (libuv's UV_ERRNO_MAP) rather than by
 * calling uv_strerror/uv_err_name, which allocate (and leak) a string for
 * codes they do not know.
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Codes outside the table are formatted here: a ring of buffers per thread,
 * so that a few calls in one printf each keep their text. */
static _Thread_local char ac__errbuf[8][32];
static _Thread_local unsigned ac__errbuf_next;

static char *ac__errbuf_take(void) { return ac__errbuf[ac__errbuf_next++ % 8]; }

/* The runtime's own codes (ac.h defines their values), beside the errno ones
 * of AC_ERRNO_MAP: one list gives both their names and their messages. */
#define AC__OWN_ERRORS(X)                                                \
    X(EGENEXIT, "generator closed")                                      \
    X(ETLS, "TLS protocol error")                                        \
    X(ETLSHANDSHAKE, "TLS handshake failed")                             \
    X(ETLSVERIFY, "certificate verify failed")                           \
    X(ETLSCONFIG, "TLS certificate, key or CA file unusable")            \
    X(EBROKEN, "barrier broken")

const char *ac_strerror(int code) {
    if (code == 0)
        return "success";
    switch (code) {
#define AC__ERR_MSG(name, msg) \
    case AC_##name:            \
        return msg;
        AC_ERRNO_MAP(AC__ERR_MSG)
        AC__OWN_ERRORS(AC__ERR_MSG)
#undef AC__ERR_MSG
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
        AC__OWN_ERRORS(AC__ERR_NAME)
#undef AC__ERR_NAME
    default:
        break;
    }
    char *buf = ac__errbuf_take();
    snprintf(buf, sizeof ac__errbuf[0], "E%d", code);
    return buf;
}

/* What ac__ext_free (debug.c) calls for the records of errors being handled
 * (raise.c). */
void ac__handled_free(ac__ext *e) {
    uint32_t i;
    for (i = 0; i < e->hs_len; i++) {
        free(e->hs[i].msg);
        free(e->hs[i].tb);
    }
    free(e->hs);
    e->hs = NULL;
    e->hs_len = e->hs_cap = 0;
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
