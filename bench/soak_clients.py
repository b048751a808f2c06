#!/usr/bin/env python3
"""soak_clients.py: clients that join and leave a sample server for a while
(bench/soak.sh runs it).

    soak_clients.py KIND PORT SECONDS [WORKERS]      KIND: echo, chat, http

Each worker loops (about 10 sessions a second): connect, a short session (echo: a few lines; chat: a
name, a few lines, what the others said; http: a few keep-alive requests),
then leave: mostly a plain close, one time in five a reset (SO_LINGER 0),
one in ten mid-line. Prints the sessions done and failed at the end; a
session fails when the server answers wrongly (a reset it did not cause
counts too).
"""
import random
import socket
import struct
import sys
import threading
import time

HOST = "127.0.0.1"


def read_line(s):
    data = b""
    while not data.endswith(b"\n"):
        c = s.recv(1)
        if not c:
            raise ConnectionError("closed by the server")
        data += c
    return data


def leave(s, rng):
    r = rng.random()
    if r < 0.1:
        s.sendall(b"half a li")
    if r < 0.3:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def echo_session(port, rng, i):
    s = socket.create_connection((HOST, port), timeout=10)
    for k in range(rng.randrange(1, 6)):
        line = b"%d-%d %s\n" % (i, k, b"e" * rng.randrange(0, 900))
        s.sendall(line)
        if read_line(s) != line:
            raise ValueError("a wrong echo")
    leave(s, rng)


def chat_session(port, rng, i):
    s = socket.create_connection((HOST, port), timeout=10)
    if read_line(s) != b"welcome! your name?\n":
        raise ValueError("no welcome")
    s.sendall(b"user%d%s\n" % (i, b"n" * rng.randrange(0, 40)))
    if not read_line(s).startswith(b"* hello "):
        raise ValueError("no hello")
    for k in range(rng.randrange(1, 4)):
        s.sendall(b"message %d %s\n" % (k, b"m" * rng.randrange(0, 400)))
        time.sleep(rng.random() * 0.05)
    s.settimeout(0.05)
    try:  # what the others said meanwhile
        while s.recv(65536):
            pass
    except (socket.timeout, BlockingIOError):
        pass
    s.settimeout(10)
    leave(s, rng)


def http_session(port, rng, i):
    s = socket.create_connection((HOST, port), timeout=10)
    f = s.makefile("rb")
    for k in range(rng.randrange(1, 4)):
        page = rng.randrange(0, 50)
        s.sendall(b"GET /page/%d HTTP/1.1\r\nHost: x\r\n\r\n" % page)
        status = f.readline()
        if status != b"HTTP/1.1 200 OK\r\n":
            raise ValueError("status %r" % status)
        length = None
        while True:
            h = f.readline()
            if h == b"\r\n":
                break
            if h.lower().startswith(b"content-length:"):
                length = int(h.split(b":")[1])
        if length != 1000 + 100 * page or len(f.read(length)) != length:
            raise ValueError("a short page")
    f.close()
    leave(s, rng)


def worker(kind, port, until, seed, counts, lock):
    rng = random.Random(seed)
    session = {"echo": echo_session, "chat": chat_session, "http": http_session}[kind]
    i = 0
    while time.time() < until:
        i += 1
        try:
            session(port, rng, seed * 1000000 + i)
            ok = True
        except (OSError, ValueError) as e:
            ok = False
            with lock:
                if counts["failed"] < 5:
                    print("%s: a session failed: %r" % (kind, e), file=sys.stderr, flush=True)
        with lock:
            counts["done" if ok else "failed"] += 1
        # a pause between sessions: about 10 a second per worker, so that
        # closed connections in TIME_WAIT never use up the ephemeral ports
        time.sleep(0.05 + rng.random() * 0.1)


def main():
    kind, port, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    workers = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    until = time.time() + seconds
    counts = {"done": 0, "failed": 0}
    lock = threading.Lock()
    threads = [threading.Thread(target=worker, args=(kind, port, until, n + 1, counts, lock))
               for n in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("%s: %d sessions, %d failed" % (kind, counts["done"] + counts["failed"], counts["failed"]))
    sys.exit(1 if counts["failed"] else 0)


if __name__ == "__main__":
    main()
