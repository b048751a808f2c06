#!/usr/bin/env python3
"""hostile.py: attacks a sample server the way a hostile peer would, and
checks after each attack (and during the long ones) that a well-behaved
client is still served.

    hostile.py echo PORT           samples/echo.ac serve PORT 2   (idle limit 2 s)
    hostile.py chat PORT           samples/chat.ac serve PORT 3   (idle limit 3 s)
    hostile.py http PORT [PID]     samples/http_server.ac PORT 10 2 3
                                   (10 ms a page, idle 2 s, 3 s a request;
                                   PID: its memory is checked too)
    hostile.py fetch FETCH         runs FETCH (samples/fetch.ac) against a
                                   hostile HTTP server of its own

Each attack prints one "ok: ..." line; a failed check raises (exit 1). The
attacks leave a few connections open (a slow client, one that never reads)
for the caller's SIGTERM: the server must close them and exit cleanly.
"""
import random
import socket
import struct
import subprocess
import sys
import threading
import time

HOST = "127.0.0.1"
rng = random.Random(11)  # the same attacks every run
held = []                # connections left open for the shutdown


def connect(port, timeout=5.0):
    s = socket.create_connection((HOST, port), timeout=timeout)
    s.settimeout(timeout)
    return s


def reset(s):
    """Closes s with a TCP reset (SO_LINGER 0): the server's next read or
    write on it fails with ECONNRESET."""
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def read_line(s, limit=65536):
    data = b""
    while not data.endswith(b"\n"):
        c = s.recv(1)
        if not c:
            break
        data += c
        if len(data) > limit:
            raise AssertionError("a line over %d bytes" % limit)
    return data


def read_all(s, limit=8 << 20):
    """Everything until the server closes (or the timeout raises)."""
    data = b""
    while True:
        d = s.recv(65536)
        if not d:
            return data
        data += d
        if len(data) > limit:
            raise AssertionError("more than %d bytes" % limit)


def closed_by_server(s, within):
    """The server closes s (EOF or reset) within `within` seconds; returns
    what it sent before."""
    s.settimeout(within)
    data = b""
    try:
        while True:
            d = s.recv(65536)
            if not d:
                return data
            data += d
    except ConnectionResetError:
        return data
    except socket.timeout:
        raise AssertionError("the server kept a connection open over %.1f s" % within)


def send_blind(s, data):
    """Sends what the server takes, without blocking for long."""
    s.setblocking(False)
    sent = 0
    try:
        while sent < len(data):
            sent += s.send(data[sent:sent + 65536])
    except (BlockingIOError, ConnectionError):
        pass
    s.setblocking(True)
    return sent


def rss_kib(pid):
    """The server's resident memory (0 when its pid is not known)."""
    if not pid:
        return 0
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def ok(what):
    print("ok:", what, flush=True)


# --------------------------------------------------------------------------
# echo
# --------------------------------------------------------------------------

def echo_check(port, tag):
    s = connect(port)
    line = b"check %s\n" % tag.encode()
    s.sendall(line)
    got = read_line(s)
    s.close()
    if got != line:
        raise AssertionError("echo check after %s: got %r" % (tag, got))


def attack_echo(port):
    echo_check(port, "start")

    # random bytes, with and without newlines, then a plain close or a reset
    for i in range(20):
        s = connect(port)
        send_blind(s, rng.randbytes(rng.randrange(1, 200000)))
        (reset if i % 2 else socket.socket.close)(s)
    echo_check(port, "random bytes")
    ok("echo: 20 connections of random bytes (up to 200 KB), closed or reset")

    # a line longer than any buffer: the server ends that connection
    s = connect(port)
    send_blind(s, b"x" * (1 << 20))
    closed_by_server(s, 5)
    s.close()
    echo_check(port, "long line")
    ok("echo: a 1 MiB line is refused (connection closed)")

    # a client that sends lines and never reads: only its own handler stalls
    hog = connect(port)
    sent = 0
    for _ in range(200):
        sent += send_blind(hog, (b"z" * 1000 + b"\n") * 64)
    echo_check(port, "a client that never reads")
    ok("echo: a client that sends %d KB and never reads stalls only itself" % (sent // 1000))

    # a reset while the server writes to it
    reset(hog)
    echo_check(port, "reset mid-write")
    ok("echo: a reset while the server writes to that client")

    # a reset mid-line
    s = connect(port)
    s.sendall(b"half a li")
    reset(s)
    echo_check(port, "reset mid-line")
    ok("echo: a reset mid-line")

    # many clients at once, each with a long (but legal) line
    socks = [connect(port) for _ in range(200)]
    for s in socks:
        s.sendall(b"w" * 1000 + b"\n")
    for s in socks:
        if read_line(s) != b"w" * 1000 + b"\n":
            raise AssertionError("a wrong echo among 200 clients")
        s.close()
    echo_check(port, "200 clients")
    ok("echo: 200 clients at once, 1000-byte lines")

    # slow clients: a byte every 0.5 s, never a whole line, dropped at 2 s idle
    slow = [connect(port) for _ in range(5)]
    t0 = time.time()
    for _ in range(3):
        for s in slow:
            s.sendall(b"s")
        time.sleep(0.5)
        echo_check(port, "slow clients")
    for s in slow:
        closed_by_server(s, 5)
        s.close()
    ok("echo: 5 slowloris clients dropped after %.1f s (idle limit 2 s)" % (time.time() - t0))

    # left open for the shutdown: one silent, one that never reads
    held.append(connect(port))
    hog = connect(port)
    for _ in range(50):
        send_blind(hog, (b"q" * 1000 + b"\n") * 64)
    held.append(hog)
    echo_check(port, "end")
    ok("echo: served after every attack")


# --------------------------------------------------------------------------
# chat
# --------------------------------------------------------------------------

def chat_join(port, name):
    s = connect(port)
    first = read_line(s)
    if first != b"welcome! your name?\n":
        return s, first
    s.sendall(name + b"\n")
    return s, read_line(s)


def chat_check(port, tag):
    s, hello = chat_join(port, b"checker")
    if not hello.startswith(b"* hello checker; here:") or len(hello) > 600:
        raise AssertionError("chat check after %s: got %r" % (tag, hello[:200]))
    s.close()


def attack_chat(port):
    chat_check(port, "start")

    # random bytes as names and lines
    for i in range(10):
        s = connect(port)
        send_blind(s, rng.randbytes(rng.randrange(1, 100000)))
        (reset if i % 2 else socket.socket.close)(s)
    chat_check(port, "random bytes")
    ok("chat: 10 connections of random bytes, closed or reset")

    # the crash of issue 11: many members with long names overflowed "here:"
    members = []
    for i in range(99):
        s, hello = chat_join(port, b"%02d" % i + b"n" * 300)
        if len(hello) > 600 or not hello.endswith(b"\n"):
            raise AssertionError("a 'here:' line of %d bytes" % len(hello))
        members.append(s)
    if b" more\n" not in hello:
        raise AssertionError("the 99th member's 'here:' list: %r" % hello[-80:])
    chat_check(port, "99 long names")  # the 100th connection
    ok("chat: 99 members with 300-byte names (cut to 31), 'here:' bounded: %d bytes" % len(hello))

    # the room is full at 100 connections (the checker's handler may still
    # be ending: a filler turned away tries again)
    while len(members) < 100:
        s, hello = chat_join(port, b"filler")
        if hello.startswith(b"* hello filler"):
            members.append(s)
        else:
            s.close()
            time.sleep(0.1)
    for _ in range(3):
        s = connect(port)
        full = read_line(s)
        if full != b"* the room is full, come back later\n":
            raise AssertionError("the 101st connection got %r" % full)
        s.close()
    ok("chat: a client past 100 connections is told the room is full")

    # one member that never reads while everyone talks: its queue drops, nobody stalls
    deaf = members[0]
    for s in members[1:40]:
        s.sendall((b"t" * 500 + b"\n") * 4)
    time.sleep(0.5)
    for s in members[1:]:
        reset(s)
    members = [deaf]
    time.sleep(0.5)
    chat_check(port, "a deaf member")
    ok("chat: 156 broadcasts to 100 members, one never reading, then 99 resets")

    # names with terminal escapes and NULs are cleaned
    s, hello = chat_join(port, b"\x1b[31mevil\x00")
    if not hello.startswith(b"* hello ?[31mevil?; here:"):
        raise AssertionError("a name with control bytes: %r" % hello[:80])
    watcher, _ = chat_join(port, b"watcher")
    s.sendall(b"\x1b[2J boo\x07\n")
    got = read_line(watcher)
    while got.startswith(b"* "):
        got = read_line(watcher)
    if got != b"[?[31mevil?] ?[2J boo?\n":
        raise AssertionError("a line with control bytes: %r" % got)
    s.close()
    watcher.close()
    ok("chat: control bytes in names and lines are shown as '?'")

    # the edge: a line of 512 bytes with its newline passes, 513 is dropped
    edge, _ = chat_join(port, b"edge")
    watcher, _ = chat_join(port, b"watcher")
    edge.sendall(b"x" * 511 + b"\n" + b"y" * 512 + b"\n" + b"z\n")
    got = [read_line(watcher)]
    while got[-1] != b"[edge] z\n":
        got.append(read_line(watcher))
    if b"[edge] " + b"x" * 511 + b"\n" not in got or any(b"yyy" in g for g in got):
        raise AssertionError("lines of 512 and 513 bytes: %r" % [g[:40] for g in got])
    edge.close()
    watcher.close()
    ok("chat: a line of 512 bytes passes, one of 513 is dropped")

    # a line longer than any buffer: dropped, the member stays
    s, _ = chat_join(port, b"longliner")
    send_blind(s, b"L" * (1 << 20))
    s.sendall(b"\nafter\n")
    s.settimeout(5)
    got = read_line(s)
    while got.startswith(b"* ") and got != b"* line too long: dropped\n":
        got = read_line(s)
    if got != b"* line too long: dropped\n":
        raise AssertionError("after a 1 MiB line: %r" % got[:80])
    s.close()
    chat_check(port, "long line")
    ok("chat: a 1 MiB line is dropped and read through; the member stays")

    # a name longer than any buffer
    s = connect(port)
    read_line(s)
    send_blind(s, b"N" * 100000 + b"\n")
    hello = read_line(s)
    if not hello.startswith(b"* hello " + b"N" * 31 + b"; here:"):
        raise AssertionError("a 100 KB name: %r" % hello[:80])
    s.close()
    ok("chat: a 100 KB name is cut to 31 bytes")

    # slow clients: no name, or a byte of a line every 0.5 s: dropped at 3 s
    nameless = connect(port)
    slow, _ = chat_join(port, b"slowpoke")
    t0 = time.time()
    for _ in range(4):
        slow.sendall(b"s")
        nameless.sendall(b"n")
        time.sleep(0.5)
        chat_check(port, "slow clients")
    closed_by_server(nameless, 5)
    bye = closed_by_server(slow, 5)
    if b"* too long without a word: bye\n" not in bye:
        raise AssertionError("the slow member was not told: %r" % bye[-200:])
    ok("chat: slowloris clients (no name; no whole line) dropped after %.1f s (idle 3 s)"
       % (time.time() - t0))

    # reset mid-line and mid-write
    s, _ = chat_join(port, b"resetter")
    s.sendall(b"half a li")
    reset(s)
    chat_check(port, "reset")
    ok("chat: resets mid-line and mid-write")

    # left open for the shutdown: the deaf member and a talker
    talker, _ = chat_join(port, b"talker")
    held.extend([deaf, talker])
    chat_check(port, "end")
    ok("chat: served after every attack")


# --------------------------------------------------------------------------
# http_server
# --------------------------------------------------------------------------

def http_request(port, data, timeout=5.0):
    """Sends data, then a half-close (the server's lingering close after an
    error answer then ends at once); returns the whole reply."""
    s = connect(port, timeout)
    s.sendall(data)
    s.shutdown(socket.SHUT_WR)
    try:
        return read_all(s)
    finally:
        s.close()


def status_of(reply):
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/1.1 ") else None


def http_check(port, tag):
    reply = http_request(port, b"GET /page/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    head, _, body = reply.partition(b"\r\n\r\n")
    if status_of(reply) != 200 or len(body) != 1100:
        raise AssertionError("http check after %s: %r" % (tag, reply[:100]))


def expect_status(port, want, data, what):
    reply = http_request(port, data)
    got = status_of(reply)
    if got != want:
        raise AssertionError("%s: status %s, wanted %d (%r)" % (what, got, want, reply[:100]))
    http_check(port, what)
    ok("http: %s -> %d" % (what, want))


def attack_http(port, pid=0):
    http_check(port, "start")
    R = b"GET / HTTP/1.1\r\nHost: x\r\n"

    for i in range(20):
        s = connect(port)
        send_blind(s, rng.randbytes(rng.randrange(1, 200000)))
        (reset if i % 2 else socket.socket.close)(s)
    http_check(port, "random bytes")
    ok("http: 20 connections of random bytes, closed or reset")

    expect_status(port, 400, b"\x00\xff\xfe garbage\r\n\r\n", "garbage request line")
    expect_status(port, 400, b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", "Content-Length -1")
    expect_status(port, 400, b"POST / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n", "Content-Length 1e3")
    expect_status(port, 400, b"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
                  "two Content-Lengths")
    expect_status(port, 400, b"POST / HTTP/1.1\r\nContent-Length: " + b"9" * 30 + b"\r\n\r\n",
                  "Content-Length of 30 digits (overflow)")
    expect_status(port, 413, b"POST / HTTP/1.1\r\nContent-Length: 1000000000000\r\n\r\n",
                  "Content-Length 10^12")
    expect_status(port, 413, b"POST / HTTP/1.1\r\nContent-Length: 65537\r\n\r\n",
                  "Content-Length 64 KiB + 1")
    expect_status(port, 405, b"POST / HTTP/1.1\r\nConnection: close\r\nContent-Length: 65536\r\n\r\n"
                  + b"b" * 65536, "a 64 KiB body (read, dropped)")
    expect_status(port, 405, b"POST / HTTP/1.1\r\nConnection: close\r\nTransfer-Encoding: chunked"
                  b"\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "a chunked body")
    expect_status(port, 413, b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                  + (b"1000\r\n" + b"c" * 4096 + b"\r\n") * 20, "a chunked body over 64 KiB")
    expect_status(port, 400, b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                  b"fffffffffffffffffffff\r\n", "a chunk size that overflows")

    # the same refusal to a client that goes on sending and never half-closes:
    # the server reads and drops for a second before closing, so the answer
    # is not destroyed by a reset (closing with unread bytes sends one)
    s = connect(port)
    sent = send_blind(s, b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + (b"1000\r\n" + b"c" * 4096 + b"\r\n") * 100)
    reply = read_all(s)
    s.close()
    if status_of(reply) != 413:
        raise AssertionError("413 to a client still sending: %r" % reply[:60])
    ok("http: a 413 reaches a client still sending (%d KB sent): lingering close" % (sent // 1000))
    expect_status(port, 414, b"GET /" + b"u" * 5000 + b" HTTP/1.1\r\n\r\n", "a 5 KB URL")
    expect_status(port, 431, R + b"".join(b"X-%d: v\r\n" % i for i in range(100)) + b"\r\n",
                  "100 header fields")
    expect_status(port, 431, R + b"X-Big: " + b"h" * 20000 + b"\r\n\r\n", "a 20 KB header")
    expect_status(port, 414, b"GET /" + b"u" * 9000, "a 9 KB request line, no newline")
    expect_status(port, 431, R + b"X: " + b"h" * 9000, "a 9 KB header line, no newline")
    expect_status(port, 501, R + b"Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n", "an upgrade")
    expect_status(port, 404, b"GET /page/99999999999 HTTP/1.1\r\nConnection: close\r\n\r\n",
                  "a page number that overflows")
    expect_status(port, 404, b"GET /page/-1 HTTP/1.1\r\nConnection: close\r\n\r\n", "a negative page")
    expect_status(port, 200, b"GET /page/2?q=1 HTTP/1.0\r\n\r\n", "HTTP/1.0 with a query")

    # pipelining: 50 requests in one write, answered in order
    reqs = b"".join(b"GET /page/%d HTTP/1.1\r\nHost: x\r\n\r\n" % (i % 5) for i in range(49))
    reqs += b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n"
    reply = http_request(port, reqs, timeout=10)
    if reply.count(b"HTTP/1.1 200 OK\r\n") != 50:
        raise AssertionError("50 pipelined requests: %d answers" % reply.count(b"HTTP/1.1 200"))
    ok("http: 50 pipelined requests answered in order")

    # resets mid-request and mid-response (a 1 MB page)
    for i in range(10):
        s = connect(port)
        s.sendall(b"GET /page/10000 HTTP/1.1\r\nHost: x\r\n\r\n" if i % 2 else b"GET /page/1 HT")
        time.sleep(0.05)
        reset(s)
    http_check(port, "resets")
    ok("http: 10 resets, mid-request and mid-response (1 MB page)")

    # 300 keep-alive clients at once
    socks = [connect(port) for _ in range(300)]
    for s in socks:
        s.sendall(b"GET /page/0 HTTP/1.1\r\nHost: x\r\n\r\n")
    for s in socks:
        head = read_line(s)
        if head != b"HTTP/1.1 200 OK\r\n":
            raise AssertionError("one of 300 clients got %r" % head)
        s.close()
    http_check(port, "300 clients")
    ok("http: 300 clients at once")

    # 500 connections at once (idle): the 501st gets a 503
    socks = [connect(port) for _ in range(500)]
    reply = http_request(port, b"GET / HTTP/1.1\r\n\r\n")
    for s in socks:
        s.close()
    if status_of(reply) != 503:
        raise AssertionError("the 501st connection got %r" % reply[:60])
    time.sleep(0.3)
    http_check(port, "500 connections")
    ok("http: the 501st connection at once gets a 503")

    # slowloris: a header line a byte at a time; 408 and closed at 3 s
    slow = [connect(port) for _ in range(5)]
    idle = connect(port)
    t0 = time.time()
    for k in range(8):
        for s in slow:
            try:
                s.sendall(b"GET / HTTP/1.1\r\nX: "[k:k + 1] or b"a")
            except ConnectionError:
                pass
        time.sleep(0.5)
        http_check(port, "slowloris")
    for s in slow:
        got = closed_by_server(s, 3)
        if status_of(got) != 408:
            raise AssertionError("a slowloris client got %r" % got[:60])
        s.close()
    closed_by_server(idle, 3)
    idle.close()
    ok("http: 5 slowloris clients got 408 (3 s a request), an idle one was closed (2 s), "
       "all within %.1f s" % (time.time() - t0))

    # 200 clients ask for the largest page (1 MB) and never read: each costs
    # the server a piece of 4 KiB, not the page (200 MB if pages were made whole)
    before = rss_kib(pid)
    hogs = [connect(port) for _ in range(200)]
    for s in hogs:
        s.sendall(b"GET /page/10000 HTTP/1.1\r\nHost: x\r\n\r\n")
    time.sleep(1.0)
    grown = rss_kib(pid) - before
    http_check(port, "200 clients that never read")
    for s in hogs:
        reset(s)
    if grown > 40 * 1024:
        raise AssertionError("200 unread 1 MB pages: the server grew by %d KiB" % grown)
    ok("http: 200 clients asking for 1 MB pages and never reading: the server grew by %d KiB"
       % grown)

    # a client that asks for 1 MB pages and never reads: the response deadline frees it
    hog = connect(port)
    hog.sendall(b"GET /page/10000 HTTP/1.1\r\nHost: x\r\n\r\n" * 20)
    held.append(connect(port))  # silent: closed at the shutdown (or by the idle limit)
    held.append(hog)
    http_check(port, "a client that never reads")
    ok("http: served after every attack")


# --------------------------------------------------------------------------
# fetch against a hostile server
# --------------------------------------------------------------------------

def hostile_http_server():
    """A server whose reply depends on the path; returns its port."""
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind((HOST, 0))
    ls.listen(64)
    pages_lock, pages_asked, pages_go = threading.Lock(), [0], threading.Event()

    def reply(c, path):
        ok_head = b"HTTP/1.1 200 OK\r\n"
        if path == b"/ok":
            c.sendall(ok_head + b"Content-Length: 5\r\n\r\nhello")
        elif path == b"/chunked":
            c.sendall(ok_head + b"Transfer-Encoding: chunked\r\n\r\n"
                      b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        elif path == b"/until-close":
            c.sendall(ok_head + b"\r\n" + b"e" * 10000)
        elif path == b"/huge-length":
            c.sendall(ok_head + b"Content-Length: 1000000000000\r\n\r\nxx")
        elif path == b"/negative-length":
            c.sendall(ok_head + b"Content-Length: -1\r\n\r\n")
        elif path == b"/overflow-length":
            c.sendall(ok_head + b"Content-Length: " + b"9" * 40 + b"\r\n\r\n")
        elif path == b"/endless-chunks":
            c.sendall(ok_head + b"Transfer-Encoding: chunked\r\n\r\n")
            chunk = b"10000\r\n" + b"c" * 65536 + b"\r\n"
            for _ in range(100):  # 6.5 MB: more than fetch takes
                c.sendall(chunk)
        elif path == b"/endless-body":
            c.sendall(ok_head + b"\r\n")
            for _ in range(100):
                c.sendall(b"d" * 65536)
        elif path == b"/many-headers":
            c.sendall(ok_head + b"".join(b"X-%d: v\r\n" % i for i in range(1000)) + b"\r\n")
        elif path == b"/long-header":
            c.sendall(ok_head + b"X: " + b"h" * 100000 + b"\r\n\r\n")
        elif path == b"/garbage":
            c.sendall(rng.randbytes(5000))
        elif path == b"/short":
            c.sendall(ok_head + b"Content-Length: 100\r\n\r\nonly this")
        elif path == b"/reset":
            c.sendall(ok_head + b"Content-Length: 100000\r\n\r\n" + b"r" * 1000)
            time.sleep(0.1)
            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif path.startswith(b"/page/"):
            # 4 MiB; the first 18 replies keep their last byte until 1.5 s
            # after the 18th request came: fetch has read the rest meanwhile,
            # so it holds them all at once (or refuses those over its limit)
            with pages_lock:
                pages_asked[0] += 1
                first = pages_asked[0] <= 18
                if pages_asked[0] == 18:
                    threading.Timer(1.5, pages_go.set).start()
            c.sendall(ok_head + b"Content-Length: 4194304\r\n\r\n" + b"p" * 4194303)
            if first:
                pages_go.wait(timeout=10)
            c.sendall(b"p")
        elif path == b"/slow":
            c.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
            for _ in range(40):
                c.sendall(b"s")
                time.sleep(0.1)

    def serve_one(c):
        try:
            req = b""
            while b"\r\n\r\n" not in req:
                d = c.recv(4096)
                if not d:
                    return
                req += d
            reply(c, req.split(b" ")[1])
        except OSError:
            pass
        finally:
            c.close()

    def loop():
        while True:
            c, _ = ls.accept()
            threading.Thread(target=serve_one, args=(c,), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()
    return ls.getsockname()[1]


def attack_fetch(fetch):
    port = hostile_http_server()
    cases = [
        ("/ok", "200, 5 bytes"),
        ("/chunked", "200, 11 bytes"),
        ("/until-close", "200, 10000 bytes"),
        ("/huge-length", "error: EMSGSIZE (message too long)"),
        ("/negative-length", "error: EPROTO (protocol error)"),
        ("/overflow-length", "error: EPROTO (protocol error)"),
        ("/endless-chunks", "error: EMSGSIZE (message too long)"),
        ("/endless-body", "error: EMSGSIZE (message too long)"),
        ("/many-headers", "error: EPROTO (protocol error)"),
        ("/long-header", "error: EPROTO (protocol error)"),
        ("/garbage", "error: EPROTO (protocol error)"),
        ("/short", "error: EPROTO (protocol error)"),
        ("/reset", "error: ECONNRESET (connection reset by peer)"),
        ("/slow", "error: ETIMEDOUT (connection timed out)"),
    ]
    for path, want in cases:
        p = subprocess.run([fetch, "get", str(port), path, HOST, "1.5"], capture_output=True,
                           timeout=20)
        got = p.stdout.decode().strip()
        if got != want or p.stderr:
            raise AssertionError("fetch %s: %r (status %d), wanted %r; stderr: %s"
                                 % (path, got, p.returncode, want, p.stderr.decode()[-2000:]))
        ok("fetch %s -> %s" % (path, want))

    # 18 fetches at once of 4 MiB bodies: 16 fit in the 64 MiB all bodies may
    # hold, the others fail with ENOBUFS; one by one, all 18 are fine
    p = subprocess.run([fetch, str(port), "18", HOST], capture_output=True, timeout=60)
    out, err = p.stdout.decode(), p.stderr.decode()
    concurrent = [l for l in out.splitlines() if l.startswith("concurrently: 18 pages, ")]
    done = int(concurrent[0].split()[3]) if concurrent else -1
    if (done != 16 or "one by one: 18 pages, 18 ok, 75497472 bytes\n" not in out
            or "failed, the first with ENOBUFS" not in err):
        raise AssertionError("fetch 18 x 4 MiB: %s; stderr: %s" % (out, err[-2000:]))
    ok("fetch: 18 x 4 MiB at once: 16 done, 2 refused with ENOBUFS (64 MiB held at most); "
       "one by one: 18")


def main():
    kind, arg = sys.argv[1], sys.argv[2]
    if kind == "fetch":
        attack_fetch(arg)
    elif kind == "http":
        attack_http(int(arg), int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    else:
        {"echo": attack_echo, "chat": attack_chat}[kind](int(arg))
    if held:  # until the caller has stopped the server (then it kills us)
        time.sleep(60)


if __name__ == "__main__":
    main()
