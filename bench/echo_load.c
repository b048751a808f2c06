/* echo_load.c: the load generator for the echo servers.
 *
 *   echo_load PORT CONNS ROUNDS [BYTES]
 *
 * Opens CONNS connections to 127.0.0.1:PORT; each sends a BYTES-byte message
 * (default 64), waits for all of it to come back, and does that ROUNDS times:
 * one message in flight per connection. Prints "msgs M" and "msgs_per_s R"
 * (wall time of the exchange, connections excluded). */
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
    long left;   /* messages still to send */
    int got;     /* bytes of the current reply */
} conn;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: echo_load PORT CONNS ROUNDS [BYTES]\n");
        return 2;
    }
    int port = atoi(argv[1]), nc = atoi(argv[2]);
    long rounds = atol(argv[3]);
    int size = argc > 4 ? atoi(argv[4]) : 64;
    char msg[65536], in[65536];
    conn *cs = calloc((size_t)nc, sizeof *cs);
    int ep = epoll_create1(0), active = nc;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
    long msgs = 0;

    memset(msg, 'x', sizeof msg);
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
        if (write(cs[i].fd, msg, (size_t)size) != size) {
            perror("write");
            return 1;
        }
        cs[i].left--;
    }
    while (active > 0) {
        struct epoll_event evs[256];
        int k = epoll_wait(ep, evs, 256, 10000);
        if (k <= 0) {
            fprintf(stderr, "echo_load: no reply for 10 s\n");
            return 1;
        }
        for (int e = 0; e < k; e++) {
            conn *c = evs[e].data.ptr;
            ssize_t r = read(c->fd, in, sizeof in);
            if (r <= 0) {
                fprintf(stderr, "echo_load: connection lost\n");
                return 1;
            }
            c->got += (int)r;
            if (c->got < size)
                continue;
            c->got = 0;
            msgs++;
            if (c->left == 0) {
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                active--;
                continue;
            }
            c->left--;
            if (write(c->fd, msg, (size_t)size) != size) {
                perror("write");
                return 1;
            }
        }
    }
    double t = now() - t0;
    for (int i = 0; i < nc; i++)
        close(cs[i].fd);
    printf("msgs %ld\nmsgs_per_s %.0f\n", msgs, msgs / t);
    return 0;
}
