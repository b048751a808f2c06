/*
 * pipe.c: Unix-domain sockets' servers: ac_unix_serve(path, handler) and its
 * _arg form (ac_unix_connect is connect.ac's, over tcp.c's ac__connect_one).
 * Layer: leaves (primitive leaves that never wait). The server machinery is tcp.c's;
 * this file adds what is particular to paths.
 *
 * ac_unix_serve removes a socket file left at path by an earlier server (only
 * a socket: any other file makes it fail with AC_EADDRINUSE), as asyncio's
 * start_unix_server does; the socket file is removed when the server is
 * closed (libuv unlinks what it bound).
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#define AC__SUN_PATH_MAX (sizeof(((struct sockaddr_un *)0)->sun_path))

int ac_unix_serve__resume(void *frame, ac_task *task) {
    ac__serve__frame *f = frame;
    ac_loop *l = ac__cur;
    struct stat st;
    int rc;

    if (f->io.w.w.state != 0)
        return AC__DONE;
    f->io.w.w.state = AC__IO_OVER;
    if (task == NULL || l == NULL || f->host == NULL || f->host[0] == '\0' ||
        (f->handler == NULL && f->handler_arg == NULL))
        return ac__raise(task, AC_EINVAL);
    if (strlen(f->host) >= AC__SUN_PATH_MAX)
        return ac__raise(task, AC_ENAMETOOLONG);
    if (lstat(f->host, &st) == 0 && S_ISSOCK(st.st_mode))
        unlink(f->host); /* a stale socket of an earlier server */
    rc = ac__server_listen(l, AC__STREAM_PIPE, NULL, f->host, f, &f->ac__ret);
    return rc != 0 ? ac__raise(task, rc) : AC__DONE;
}

AC__IO_DESC_RET(ac_unix_serve, ac__serve__frame);

ac_task *ac_unix_serve(const char *path, ac_handler handler) {
    ac_task *t = ac__coro_new(&ac_unix_serve__desc);
    if (t != NULL)
        ac_unix_serve__init(ac__frame(t), path, handler);
    return t;
}

int ac_unix_serve_arg__resume(void *frame, ac_task *task) { return ac_unix_serve__resume(frame, task); }

AC__IO_DESC_RET(ac_unix_serve_arg, ac__serve__frame);

ac_task *ac_unix_serve_arg(const char *path, ac_handler_arg handler, void *arg) {
    ac_task *t = ac__coro_new(&ac_unix_serve_arg__desc);
    if (t != NULL)
        ac_unix_serve_arg__init(ac__frame(t), path, handler, arg);
    return t;
}
