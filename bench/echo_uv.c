/* echo_uv.c: the raw libuv callback echo server, the peer of echo_server.ac.
 *
 *   echo_uv       prints "port P" once listening on 127.0.0.1 (a free port);
 *                 SIGTERM stops it.
 *
 * Each connection reads into one shared buffer (the loop is single-threaded and
 * on_read consumes it at once) and writes it back with uv_try_write; bytes the
 * socket does not take at once go out through a queued uv_write of a copy. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

static char shared_buf[65536];

typedef struct pending_write {
    uv_write_t req;
    char data[];
} pending_write;

static void closed(uv_handle_t *h) { free(h); }

static void drop(uv_stream_t *s) {
    if (!uv_is_closing((uv_handle_t *)s))
        uv_close((uv_handle_t *)s, closed);
}

static void give_buf(uv_handle_t *h, size_t hint, uv_buf_t *b) {
    (void)h;
    (void)hint;
    b->base = shared_buf;
    b->len = sizeof shared_buf;
}

static void wrote(uv_write_t *req, int status) {
    if (status < 0)
        drop(req->handle);
    free(req);
}

static void got(uv_stream_t *s, ssize_t n, const uv_buf_t *b) {
    uv_buf_t out;
    int done;
    pending_write *w;

    if (n < 0) {
        drop(s);
        return;
    }
    if (n == 0)
        return;
    out = uv_buf_init(b->base, (unsigned)n);
    done = uv_try_write(s, &out, 1);
    if (done == n)
        return;
    if (done == UV_EAGAIN)
        done = 0;
    else if (done < 0) {
        drop(s);
        return;
    }
    w = malloc(sizeof *w + (size_t)(n - done));
    if (w == NULL) {
        drop(s);
        return;
    }
    memcpy(w->data, b->base + done, (size_t)(n - done));
    out = uv_buf_init(w->data, (unsigned)(n - done));
    if (uv_write(&w->req, s, &out, 1, wrote) != 0) {
        free(w);
        drop(s);
    }
}

static void accepted(uv_stream_t *server, int status) {
    uv_tcp_t *c;
    if (status < 0 || (c = malloc(sizeof *c)) == NULL)
        return;
    uv_tcp_init(server->loop, c);
    if (uv_accept(server, (uv_stream_t *)c) != 0) {
        uv_close((uv_handle_t *)c, closed);
        return;
    }
    uv_tcp_nodelay(c, 1);
    uv_read_start((uv_stream_t *)c, give_buf, got);
}

static void on_term(uv_signal_t *sig, int signum) {
    (void)signum;
    uv_stop(sig->loop);
}

int main(void) {
    uv_loop_t *loop = uv_default_loop();
    uv_tcp_t server;
    uv_signal_t term;
    struct sockaddr_in addr;
    int len = sizeof addr;

    uv_tcp_init(loop, &server);
    uv_ip4_addr("127.0.0.1", 0, &addr);
    if (uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0) != 0 ||
        uv_listen((uv_stream_t *)&server, 1024, accepted) != 0) {
        fprintf(stderr, "echo_uv: cannot listen\n");
        return 1;
    }
    uv_tcp_getsockname(&server, (struct sockaddr *)&addr, &len);
    printf("port %d\n", ntohs(addr.sin_port));
    fflush(stdout);
    uv_signal_init(loop, &term);
    uv_signal_start(&term, on_term, SIGTERM);
    uv_run(loop, UV_RUN_DEFAULT);
    return 0;
}
