/*
 * tls.c: TLS streams on OpenSSL: configurations (ac_tls: an SSL_CTX), the
 * handshake (ac_start_tls, ac_tls_connect) and the stream transport that
 * encrypts ac_write's bytes and decrypts what the wire brings for ac_read.
 *
 * The engine never touches the socket: OpenSSL reads from one memory BIO
 * (rbio, fed with what libuv read) and writes into another (wbio, drained
 * into libuv writes). The stream layer calls this file through its transport
 * hooks (io.h, ac__transport): every chunk read is decrypted at once into the
 * stream's own buffer, so the reads (ac_read, ac_read_line, ...), their
 * wake-ups, back-pressure and cancellation are the plain stream's. ac_write
 * encrypts into wbio and sends the records as it sends plain bytes.
 *
 * The handshake runs in the read callback: each chunk is fed to
 * SSL_do_handshake, its answer flushed; the task waiting in the handshake
 * leaf is woken once it is over (or failed, with OpenSSL's reason kept for
 * the error's message). Cancelled, the leaf detaches; the stream can then
 * only be closed. Closing a stream frees its SSL (and sends close_notify when
 * the socket takes it at once).
 *
 * End of stream: a close_notify is the end (0 from ac_read); the wire's end
 * without one is also the end once the handshake is over (asyncio does the
 * same), and ECONNRESET during the handshake.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ac_tls {
    SSL_CTX *ctx;
    int role;            /* AC_TLS_CLIENT / AC_TLS_SERVER */
    int no_verify;
    char *server_name;   /* the options', copied (NULL: none) */
};

enum { AC__TLS_HANDSHAKE = 0, AC__TLS_OPEN = 1, AC__TLS_FAILED = 2 };

/* A stream's TLS state (s->tx_state). */
typedef struct ac__tls_conn {
    SSL *ssl;
    BIO *rbio, *wbio;              /* network side: to decrypt, to send */
    ac_start_tls__frame *hs;       /* the handshake leaf waiting, or NULL */
    int state;                     /* AC__TLS_* */
    int err;                       /* the failure (AC__TLS_FAILED) */
    bool sent_close;               /* close_notify queued */
    char *wire;                    /* encode's output, reused */
    size_t wire_cap;
    char msg[256];                 /* the failure's message */
} ac__tls_conn;

/* ------------------------------------------------------------------------- */
/* OpenSSL's errors as messages                                               */
/* ------------------------------------------------------------------------- */

/* "what: reason" from OpenSSL's error queue (emptied), into buf. */
static void ac__tls_why(char *buf, size_t n, const char *what) {
    unsigned long e, last = 0;
    while ((e = ERR_get_error()) != 0)
        last = e; /* the last one is the most specific */
    if (last != 0) {
        char reason[200];
        ERR_error_string_n(last, reason, sizeof reason);
        snprintf(buf, n, "%s: %s", what, reason);
    } else {
        snprintf(buf, n, "%s", what);
    }
}

static void ac__tls_msg(char *buf, size_t n, const char *fmt, ...) {
    va_list ap;
    if (buf == NULL || n == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(buf, n, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------------- */
/* Configurations                                                             */
/* ------------------------------------------------------------------------- */

/* The code of a failed load of a file: AC_ENOENT when it is missing (the
 * system's errno is in OpenSSL's queue), else AC_ETLSCONFIG. */
static int ac__tls_file_err(const char *path) {
    FILE *fp = fopen(path, "r");
    if (fp == NULL)
        return errno == ENOENT ? AC_ENOENT : AC_EACCES;
    fclose(fp);
    return AC_ETLSCONFIG;
}

static int ac__tls_load(ac_tls *t, const ac_tls_options *o, char *msg, size_t msg_len) {
    char why[320];

    if (t->role == AC_TLS_SERVER) {
        if (o == NULL || o->cert_file == NULL || o->key_file == NULL) {
            ac__tls_msg(msg, msg_len, "a TLS server needs cert_file and key_file");
            return AC_EINVAL;
        }
        if (SSL_CTX_use_certificate_chain_file(t->ctx, o->cert_file) != 1) {
            ac__tls_why(why, sizeof why, o->cert_file);
            ac__tls_msg(msg, msg_len, "%s", why);
            return ac__tls_file_err(o->cert_file);
        }
        if (SSL_CTX_use_PrivateKey_file(t->ctx, o->key_file, SSL_FILETYPE_PEM) != 1) {
            ac__tls_why(why, sizeof why, o->key_file);
            ac__tls_msg(msg, msg_len, "%s", why);
            return ac__tls_file_err(o->key_file);
        }
        if (SSL_CTX_check_private_key(t->ctx) != 1) {
            ac__tls_why(why, sizeof why, "the key does not match the certificate");
            ac__tls_msg(msg, msg_len, "%s", why);
            return AC_ETLSCONFIG;
        }
        return 0;
    }
    if (o != NULL && o->ca_file != NULL) {
        if (SSL_CTX_load_verify_locations(t->ctx, o->ca_file, NULL) != 1) {
            ac__tls_why(why, sizeof why, o->ca_file);
            ac__tls_msg(msg, msg_len, "%s", why);
            return ac__tls_file_err(o->ca_file);
        }
    } else if (SSL_CTX_set_default_verify_paths(t->ctx) != 1) {
        ac__tls_why(why, sizeof why, "the system's CA store");
        ac__tls_msg(msg, msg_len, "%s", why);
        return AC_ETLSCONFIG;
    }
    SSL_CTX_set_verify(t->ctx, t->no_verify ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, NULL);
    return 0;
}

int ac_tls_new(ac_tls **out, int role, const ac_tls_options *opts, char *msg, size_t msg_len) {
    ac_tls *t;
    int rc;

    ac__tls_msg(msg, msg_len, "%s", "");
    if (out == NULL || (role != AC_TLS_CLIENT && role != AC_TLS_SERVER))
        return AC_EINVAL;
    *out = NULL;
    if ((t = calloc(1, sizeof *t)) == NULL)
        return AC_ENOMEM;
    t->role = role;
    t->no_verify = opts != NULL && opts->no_verify;
    ERR_clear_error();
    t->ctx = SSL_CTX_new(role == AC_TLS_SERVER ? TLS_server_method() : TLS_client_method());
    if (t->ctx == NULL) {
        ERR_clear_error();
        free(t);
        return AC_ENOMEM;
    }
    /* TLS 1.2 at least; no renegotiation (a write never waits for a read). */
    SSL_CTX_set_min_proto_version(t->ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(t->ctx, SSL_OP_NO_RENEGOTIATION);
    if (opts != NULL && opts->server_name != NULL && role == AC_TLS_CLIENT &&
        (t->server_name = strdup(opts->server_name)) == NULL) {
        ac_tls_free(t);
        return AC_ENOMEM;
    }
    if ((rc = ac__tls_load(t, opts, msg, msg_len)) != 0) {
        ERR_clear_error();
        ac_tls_free(t);
        return rc;
    }
    *out = t;
    return 0;
}

void ac_tls_free(ac_tls *t) {
    if (t == NULL)
        return;
    SSL_CTX_free(t->ctx); /* connections keep their own reference */
    free(t->server_name);
    free(t);
}

/* ------------------------------------------------------------------------- */
/* Sending what the engine wrote                                              */
/* ------------------------------------------------------------------------- */

typedef struct ac__tls_out {
    uv_write_t req;
    char data[];
} ac__tls_out;

static void ac__tls_out_done(uv_write_t *req, int status) {
    (void)status; /* a failed send shows as a read error or a failed ac_write */
    free(ac__container_of(req, ac__tls_out, req));
}

/* Queues what wbio holds (handshake messages, alerts, close_notify) after
 * the writes already queued. 0 or a negative error. */
static int ac__tls_flush(ac_stream *s, ac__tls_conn *c) {
    size_t k = BIO_ctrl_pending(c->wbio);
    ac__tls_out *o;
    uv_buf_t b;
    int rc;

    if (k == 0)
        return 0;
    if (k > UINT_MAX || (o = malloc(sizeof *o + k)) == NULL) {
        (void)BIO_reset(c->wbio);
        return AC_ENOMEM;
    }
    if (BIO_read(c->wbio, o->data, (int)k) != (int)k) {
        free(o);
        return AC_ETLS;
    }
    b = uv_buf_init(o->data, (unsigned)k);
    if ((rc = uv_write(&o->req, &s->u.s, &b, 1, ac__tls_out_done)) != 0) {
        free(o);
        return rc;
    }
    return 0;
}

/* ------------------------------------------------------------------------- */
/* The handshake                                                              */
/* ------------------------------------------------------------------------- */

/* Records the failure of c (its code and message); the stream reads it. */
static int ac__tls_fail(ac_stream *s, ac__tls_conn *c, int code, const char *fmt, ...) {
    va_list ap;
    c->state = AC__TLS_FAILED;
    c->err = code;
    va_start(ap, fmt);
    vsnprintf(c->msg, sizeof c->msg, fmt, ap);
    va_end(ap);
    if (s->err == 0 || s->err == UV_EOF)
        s->err = code;
    ERR_clear_error();
    return code;
}

/* The failure of a handshake step that returned r: its code and message. */
static int ac__tls_hs_error(ac_stream *s, ac__tls_conn *c, int r) {
    int e = SSL_get_error(c->ssl, r);
    long v = SSL_get_verify_result(c->ssl);
    char why[220];

    if (v != X509_V_OK && SSL_get_verify_mode(c->ssl) != SSL_VERIFY_NONE)
        return ac__tls_fail(s, c, AC_ETLSVERIFY, "certificate verify failed: %s",
                            X509_verify_cert_error_string(v));
    if (e == SSL_ERROR_SYSCALL || e == SSL_ERROR_ZERO_RETURN ||
        (e == SSL_ERROR_SSL && ERR_GET_REASON(ERR_peek_last_error()) ==
                                   SSL_R_UNEXPECTED_EOF_WHILE_READING))
        return ac__tls_fail(s, c, AC_ECONNRESET, "TLS handshake: the peer closed the connection");
    ac__tls_why(why, sizeof why, "TLS handshake failed");
    return ac__tls_fail(s, c, AC_ETLSHANDSHAKE, "%s", why);
}

/* Runs the handshake on what rbio holds: 1 once it is over, 0 when it needs
 * more from the peer, or a negative error (recorded in c). */
static int ac__tls_hs_step(ac_stream *s, ac__tls_conn *c) {
    int r, rc;

    ERR_clear_error();
    r = SSL_do_handshake(c->ssl);
    if ((rc = ac__tls_flush(s, c)) != 0) { /* EPIPE: the peer is gone */
        if (rc == AC_EPIPE)
            rc = AC_ECONNRESET;
        return ac__tls_fail(s, c, rc, "TLS handshake: %s", ac_strerror(rc));
    }
    if (r == 1) {
        c->state = AC__TLS_OPEN;
        return 1;
    }
    if (SSL_get_error(c->ssl, r) == SSL_ERROR_WANT_READ)
        return 0;
    return ac__tls_hs_error(s, c, r);
}

/* Wakes the handshake leaf, if one waits, with err. */
static void ac__tls_hs_wake(ac__tls_conn *c, int err) {
    ac_start_tls__frame *f = c->hs;
    if (f != NULL) {
        c->hs = NULL;
        ac__io_wake(&f->io, err);
    }
}

/* ------------------------------------------------------------------------- */
/* The transport's hooks                                                      */
/* ------------------------------------------------------------------------- */

/* Decrypts everything rbio holds into s's buffer. */
/* wire_end: 0, or how the wire ended (UV_EOF, a read error). */
static void ac__tls_decrypt(ac_stream *s, ac__tls_conn *c, int wire_end) {
    char chunk[16 * 1024];
    size_t got;
    int r, e;

    for (;;) {
        ERR_clear_error();
        r = SSL_read_ex(c->ssl, chunk, sizeof chunk, &got);
        if (r == 1) {
            if (ac__stream_deliver(s, chunk, got) != 0) {
                ac__tls_fail(s, c, AC_ENOMEM, "out of memory");
                return;
            }
            continue;
        }
        e = SSL_get_error(c->ssl, r);
        if (e == SSL_ERROR_WANT_READ)
            break;
        if (e == SSL_ERROR_ZERO_RETURN) { /* close_notify: the end */
            if (s->err == 0)
                s->err = UV_EOF;
            break;
        }
        if (wire_end != 0) { /* the wire ended without close_notify: the end too */
            ERR_clear_error();
            if (s->err == 0)
                s->err = wire_end;
            break;
        }
        {
            char why[220];
            ac__tls_why(why, sizeof why, "TLS");
            ac__tls_fail(s, c, AC_ETLS, "%s", why);
        }
        break;
    }
    /* Answers the engine owes (a key update, an alert). */
    if (ac__tls_flush(s, c) != 0 && s->err == 0)
        s->err = AC_ENOMEM;
}

static void ac__tls_on_read(ac_stream *s, ssize_t nread, const char *p) {
    ac__tls_conn *c = s->tx_state;
    int rc;

    if (c->state == AC__TLS_FAILED)
        return;
    if (nread > 0) {
        if (BIO_write(c->rbio, p, (int)nread) != (int)nread) {
            rc = ac__tls_fail(s, c, AC_ENOMEM, "out of memory");
            ac__tls_hs_wake(c, rc);
            return;
        }
    } else {
        BIO_set_mem_eof_return(c->rbio, 0); /* what rbio holds is all there is */
    }
    if (c->state == AC__TLS_HANDSHAKE) {
        /* Whatever came before was given to the handshake already: the end
         * of the wire now is the end of the handshake. */
        if (nread < 0)
            rc = ac__tls_fail(s, c, nread == UV_EOF ? AC_ECONNRESET : (int)nread,
                              "TLS handshake: %s", nread == UV_EOF ? "the peer closed the connection"
                                                                   : ac_strerror((int)nread));
        else
            rc = ac__tls_hs_step(s, c);
        if (rc == 0)
            return;
        ac__tls_hs_wake(c, rc < 0 ? rc : 0);
        if (rc < 0)
            return;
    }
    ac__tls_decrypt(s, c, nread < 0 ? (int)nread : 0);
    if (nread < 0 && s->err == 0)
        s->err = (int)nread;
}

static int ac__tls_encode(ac_stream *s, const char **p, size_t *n) {
    ac__tls_conn *c = s->tx_state;
    size_t done = 0, w, k;

    if (c->state != AC__TLS_OPEN)
        return c->state == AC__TLS_FAILED ? c->err : AC_ENOTCONN;
    if (c->sent_close)
        return AC_EPIPE;
    while (done < *n) {
        ERR_clear_error();
        if (SSL_write_ex(c->ssl, *p + done, *n - done, &w) != 1) {
            char why[220];
            ac__tls_why(why, sizeof why, "TLS");
            return ac__tls_fail(s, c, AC_ETLS, "%s", why);
        }
        done += w;
    }
    k = BIO_ctrl_pending(c->wbio);
    if (k > c->wire_cap || c->wire_cap > 4 * k + 64 * 1024) { /* grow, or give back a burst's */
        char *nw = malloc(k);
        if (nw == NULL) {
            (void)BIO_reset(c->wbio);
            return ac__tls_fail(s, c, AC_ENOMEM, "out of memory");
        }
        free(c->wire);
        c->wire = nw;
        c->wire_cap = k;
    }
    if (k > INT_MAX || BIO_read(c->wbio, c->wire, (int)k) != (int)k)
        return ac__tls_fail(s, c, AC_ETLS, "TLS: record too large");
    *p = c->wire;
    *n = k;
    return 0;
}

static int ac__tls_shutdown(ac_stream *s) {
    ac__tls_conn *c = s->tx_state;

    if (c->state != AC__TLS_OPEN)
        return c->state == AC__TLS_FAILED ? c->err : AC_ENOTCONN;
    if (c->sent_close)
        return AC_ENOTCONN;
    c->sent_close = true;
    ERR_clear_error();
    (void)SSL_shutdown(c->ssl); /* queues close_notify; the peer's may come later */
    ERR_clear_error();
    return ac__tls_flush(s, c);
}

static void ac__tls_close(ac_stream *s) {
    ac__tls_conn *c = s->tx_state;

    s->tx = NULL;
    s->tx_state = NULL;
    if (c->hs != NULL) { /* closed under the handshake: it raises AC_EPIPE */
        c->hs->s = NULL;
        ac__tls_hs_wake(c, AC_EPIPE);
    }
    /* close_notify, when nothing is queued and the socket takes it at once. */
    if (c->state == AC__TLS_OPEN && !c->sent_close && s->u.s.write_queue_size == 0) {
        char buf[128];
        int k;
        ERR_clear_error();
        (void)SSL_shutdown(c->ssl);
        k = BIO_read(c->wbio, buf, sizeof buf);
        if (k > 0) {
            uv_buf_t b = uv_buf_init(buf, (unsigned)k);
            (void)uv_try_write(&s->u.s, &b, 1);
        }
    }
    ERR_clear_error();
    SSL_free(c->ssl); /* and its BIOs */
    free(c->wire);
    free(c);
}

static const ac__transport ac__tls_transport = {
    .on_read = ac__tls_on_read,
    .encode = ac__tls_encode,
    .shutdown = ac__tls_shutdown,
    .close = ac__tls_close,
};

const char *ac_stream_tls_version(const ac_stream *s) {
    if (s == NULL || s->tx != &ac__tls_transport || s->closing)
        return NULL;
    return SSL_get_version(((const ac__tls_conn *)s->tx_state)->ssl);
}

/* ------------------------------------------------------------------------- */
/* Starting TLS on a stream                                                   */
/* ------------------------------------------------------------------------- */

/* Whether name is an IPv4 or IPv6 literal (verified as an address, no SNI). */
static bool ac__tls_is_ip(const char *name) {
    struct sockaddr_storage ss;
    return ac__parse_ip(name, 0, &ss);
}

/* The SSL of one connection to s, configured by tls as client or server. */
static int ac__tls_conn_new(ac_tls *tls, const char *name, ac__tls_conn **out) {
    ac__tls_conn *c = calloc(1, sizeof *c);

    if (c == NULL)
        return AC_ENOMEM;
    ERR_clear_error();
    c->ssl = SSL_new(tls->ctx);
    c->rbio = BIO_new(BIO_s_mem());
    c->wbio = BIO_new(BIO_s_mem());
    if (c->ssl == NULL || c->rbio == NULL || c->wbio == NULL) {
        BIO_free(c->rbio);
        BIO_free(c->wbio);
        goto nomem;
    }
    BIO_set_mem_eof_return(c->rbio, -1); /* empty means "wait for more" */
    SSL_set_bio(c->ssl, c->rbio, c->wbio); /* the SSL owns them now */
    if (tls->role == AC_TLS_SERVER) {
        SSL_set_accept_state(c->ssl);
    } else {
        SSL_set_connect_state(c->ssl);
        if (name != NULL && !ac__tls_is_ip(name) &&
            SSL_set_tlsext_host_name(c->ssl, name) != 1)
            goto nomem;
        if (name != NULL && !tls->no_verify) {
            int ok = ac__tls_is_ip(name)
                         ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(c->ssl), name)
                         : SSL_set1_host(c->ssl, name);
            if (ok != 1)
                goto nomem;
        }
    }
    *out = c;
    return 0;
nomem:
    SSL_free(c->ssl); /* (NULL-safe; with its BIOs once set) */
    ERR_clear_error();
    free(c);
    return AC_ENOMEM;
}

/* The handshake leaf f gives up: its stream, in the middle of a handshake,
 * can only be closed now. */
static void ac__hs_detach(ac_start_tls__frame *f) {
    if (f->s != NULL && f->s->tx == &ac__tls_transport) {
        ac__tls_conn *c = f->s->tx_state;
        if (c->hs == f)
            c->hs = NULL;
        if (c->state == AC__TLS_HANDSHAKE)
            ac__tls_fail(f->s, c, AC_ECONNABORTED, "TLS handshake cancelled");
    }
}

static void ac__hs_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_start_tls__frame *f = (ac_start_tls__frame *)(void *)x;
    (void)task;
    ac__iolink_remove(&f->io.link);
    ac__hs_detach(f);
    ac__io_wake(&f->io, AC_ECANCELED);
}

/* Raises code, with c's message when c recorded one for it. */
static int ac__hs_raise(ac_task *task, ac_stream *s, int code) {
    if (s != NULL && s->tx == &ac__tls_transport) {
        ac__tls_conn *c = s->tx_state;
        if (c->state == AC__TLS_FAILED && c->err == code && c->msg[0] != '\0')
            return ac__raise(task, ac_error(code, "%s", c->msg));
    }
    return ac__raise(task, code);
}

/* Starts the handshake on f->s: AC__DONE, AC__SUSPEND or AC__FAIL. */
static int ac__hs_start(ac_start_tls__frame *f, ac_task *task, ac_loop *l) {
    ac_stream *s = f->s;
    ac_tls *tls = f->tls, *own = NULL;
    const char *name = f->server_name;
    ac__tls_conn *c;
    int rc;

    if (task == NULL || l == NULL || s == NULL)
        return ac__raise(task, AC_EINVAL);
    if (s->closing)
        return ac__raise(task, AC_EPIPE);
    if (s->tx != NULL || s->reader != NULL) /* TLS already, or a read waiting */
        return ac__raise(task, s->tx != NULL ? AC_EALREADY : AC_EBUSY);
    if (tls == NULL) { /* the defaults: a client verifying against the system's CAs */
        char why[256];
        if ((rc = ac_tls_new(&own, AC_TLS_CLIENT, NULL, why, sizeof why)) != 0)
            return ac__raise(task, ac_error(rc, "%s", why));
        tls = own;
    }
    if (name == NULL)
        name = tls->server_name;
    if (tls->role == AC_TLS_CLIENT && name == NULL && !tls->no_verify) {
        ac_tls_free(own);
        return ac__raise(task, ac_error(AC_EINVAL, "ac_start_tls: a server name is needed to "
                                                   "verify the certificate (or no_verify)"));
    }
    if (ac__io_cancel_pending(task)) {
        ac_tls_free(own);
        return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
    }
    rc = ac__tls_conn_new(tls, name, &c);
    ac_tls_free(own); /* the SSL holds the SSL_CTX */
    if (rc != 0)
        return ac__raise(task, rc);
    s->tx = &ac__tls_transport;
    s->tx_state = c;
    s->wfd = -1; /* ac_read's and ac_write's fast paths see plain bytes: not any more */
    s->rd_plain = false;
    /* Bytes read before the upgrade are the peer's first TLS bytes. */
    if (s->len > 0) {
        if (BIO_write(c->rbio, s->buf + s->start, (int)s->len) != (int)s->len)
            return ac__hs_raise(task, s, ac__tls_fail(s, c, AC_ENOMEM, "out of memory"));
        s->start = s->len = 0;
    }
    if (s->err != 0) /* the wire ended already */
        BIO_set_mem_eof_return(c->rbio, 0);
    rc = ac__tls_hs_step(s, c);
    if (rc == 0 && s->err != 0)
        rc = ac__tls_fail(s, c, s->err == UV_EOF ? AC_ECONNRESET : s->err,
                          "TLS handshake: the connection ended");
    if (rc < 0)
        return ac__hs_raise(task, s, rc);
    if (rc == 1) {
        ac__tls_decrypt(s, c, s->err);
        return AC__DONE;
    }
    ac__stream_read_on(s);
    if (s->err != 0)
        return ac__hs_raise(task, s, ac__tls_fail(s, c, s->err, "TLS handshake: %s",
                                                  ac_strerror(s->err)));
    c->hs = f;
    f->io.w.w.state = AC__IO_WAITING;
    return ac__io_suspend(l, &f->io, task, ac__hs_cancel);
}

/* The handshake leaf (tls_connect.ac's ac_tls_connect awaits it too). */
int ac_start_tls__resume(void *frame, ac_task *task) {
    ac_start_tls__frame *f = frame;
    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        return ac__hs_start(f, task, ac__cur);
    case AC__IO_WAITING:
        f->io.w.w.state = AC__IO_OVER;
        if (ac__io_resumed(&f->io, task)) {
            ac__hs_detach(f);
            return ac__raise(task, AC_ECANCELED);
        }
        if (f->s == NULL) /* closed under the wait */
            return ac__raise(task, AC_EPIPE);
        if (f->io.err != 0)
            return ac__hs_raise(task, f->s, f->io.err);
        return AC__DONE;
    default:
        return AC__DONE;
    }
}

AC__IO_DESC(ac_start_tls, ac_start_tls__frame);

ac_task *ac_start_tls(ac_stream *s, ac_tls *tls, const char *server_name) {
    ac_task *t = ac__coro_new(&ac_start_tls__desc);
    if (t != NULL)
        ac_start_tls__init(ac__frame(t), s, tls, server_name);
    return t;
}

/* ------------------------------------------------------------------------- */
/* ac_tls_connect (connect.ac) verifies the host's name unless tls names one */
/* ------------------------------------------------------------------------- */

const char *ac__tls_name(const ac_tls *tls, const char *host) {
    return tls != NULL && tls->server_name != NULL ? tls->server_name : host;
}
