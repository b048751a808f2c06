/* http_load.c: the HTTP/1.1 keep-alive load generator for the multicore
 * figures (bench/multicore.sh).
 *
 *   http_load PORT CONNS REQUESTS
 *
 * Opens CONNS keep-alive connections to 127.0.0.1:PORT; each sends
 * "GET / HTTP/1.1", reads the whole response (headers, then Content-Length
 * bytes) and sends the next, REQUESTS times: one request in flight per
 * connection. Prints "reqs N" and "reqs_per_s R" (connections excluded). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct conn {
    int fd;
    long left;       /* requests still to send */
    char buf[4096];  /* the response so far */
    int have;
} conn;

static const char req[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: http_load\r\n\r\n";

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The length of the complete response at the start of c->buf, or 0. */
static int complete(conn *c) {
    char *end, *cl;
    c->buf[c->have] = '\0';
    end = strstr(c->buf, "\r\n\r\n");
    if (end == NULL)
        return 0;
    cl = strcasestr(c->buf, "Content-Length:");
    int body = cl != NULL && cl < end ? atoi(cl + 15) : 0;
    int total = (int)(end + 4 - c->buf) + body;
    return c->have >= total ? total : 0;
}

static int send_req(conn *c) {
    return write(c->fd, req, sizeof req - 1) == (ssize_t)(sizeof req - 1) ? 0 : -1;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: http_load PORT CONNS REQUESTS\n");
        return 2;
    }
    int port = atoi(argv[1]), nc = atoi(argv[2]);
    long rounds = atol(argv[3]), reqs = 0;
    conn *cs = calloc((size_t)nc, sizeof *cs);
    int ep = epoll_create1(0), active = nc;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};

    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    for (int i = 0; i < nc; i++) {
        int one = 1;
        cs[i].fd = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(cs[i].fd, (struct sockaddr *)&a, sizeof a) != 0) {
            perror("connect");
            return 1;
        }
        setsockopt(cs[i].fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        cs[i].left = rounds;
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &cs[i]};
        epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &ev);
    }
    double t0 = now();
    for (int i = 0; i < nc; i++) {
        if (send_req(&cs[i]) != 0) {
            perror("write");
            return 1;
        }
        cs[i].left--;
    }
    while (active > 0) {
        struct epoll_event evs[256];
        int k = epoll_wait(ep, evs, 256, 10000);
        if (k <= 0) {
            fprintf(stderr, "http_load: no response for 10 s\n");
            return 1;
        }
        for (int e = 0; e < k; e++) {
            conn *c = evs[e].data.ptr;
            ssize_t r = read(c->fd, c->buf + c->have, sizeof c->buf - 1 - (size_t)c->have);
            if (r <= 0) {
                fprintf(stderr, "http_load: connection lost\n");
                return 1;
            }
            c->have += (int)r;
            int len = complete(c);
            if (len == 0)
                continue;
            memmove(c->buf, c->buf + len, (size_t)(c->have - len));
            c->have -= len;
            reqs++;
            if (c->left == 0) {
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                active--;
                continue;
            }
            c->left--;
            if (send_req(c) != 0) {
                perror("write");
                return 1;
            }
        }
    }
    double t = now() - t0;
    for (int i = 0; i < nc; i++)
        close(cs[i].fd);
    printf("reqs %ld\nreqs_per_s %.0f\n", reqs, reqs / t);
    return 0;
}
