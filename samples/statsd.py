# The asyncio twin of statsd.ac: `python3 statsd.py` prints statsd.out.
# The same receiver and sender on an asyncio datagram endpoint: the protocol's
# datagram_received feeds a queue that the receiver awaits, as ac_udp_recv.
import asyncio
import math
import re
import sys

MAX_PACKET = 1432
MAX_NAME = 64
MAX_METRICS = 12

REASONS = ["malformed line", "bad name", "bad value", "unknown type", "bad rate",
           "type changed", "table full", "oversized packet"]
(R_MALFORMED, R_NAME, R_VALUE, R_TYPE, R_RATE, R_MIXED, R_FULL, R_OVERSIZED) = range(8)
TYPES = {b"c": "counter", b"g": "gauge", b"ms": "timer"}

NUMBER = re.compile(rb"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
NAME = re.compile(rb"[A-Za-z0-9_.\-]{1,%d}" % MAX_NAME)


def parse_number(s):
    if not s or len(s) >= 64 or not NUMBER.fullmatch(s):
        return None
    v = float(s)
    return v if math.isfinite(v) else None


class Table:
    def __init__(self):
        self.m = {}            # name -> [type, value, min, max, count]
        self.packets = 0
        self.lines = 0
        self.rejected = [0] * len(REASONS)

    def apply_line(self, line):
        if b":" not in line:
            return R_MALFORMED
        name, rest = line.split(b":", 1)
        if b"|" not in rest:
            return R_MALFORMED
        if not NAME.fullmatch(name):
            return R_NAME
        value, typ = rest.split(b"|", 1)
        rate = 1.0
        has_rate = b"|" in typ
        if has_rate:
            typ, r = typ.split(b"|", 1)
            rate = parse_number(r[1:]) if len(r) >= 2 and r[:1] == b"@" else None
            if rate is None or not (0 < rate <= 1):
                return R_RATE
        if typ not in TYPES:
            return R_TYPE
        kind = TYPES[typ]
        if has_rate and kind != "counter":
            return R_RATE
        v = parse_number(value)
        if v is None:
            return R_VALUE
        if kind == "counter" and not math.isfinite(v / rate):
            return R_VALUE
        key = name.decode()
        m = self.m.get(key)
        if m is None:
            if len(self.m) == MAX_METRICS:
                return R_FULL
            m = self.m[key] = [kind, 0.0, 0.0, 0.0, 0]
        elif m[0] != kind:
            return R_MIXED
        if kind == "counter":
            m[1] += v / rate
        elif kind == "gauge":
            m[1] = m[1] + v if value[:1] in (b"+", b"-") else v
        else:
            m[2] = v if m[4] == 0 or v < m[2] else m[2]
            m[3] = v if m[4] == 0 or v > m[3] else m[3]
            m[1] += v
        m[4] += 1
        return None

    def apply_packet(self, p):
        self.packets += 1
        for line in p.split(b"\n"):
            if line:
                self.lines += 1
                reason = self.apply_line(line)
                if reason is not None:
                    self.rejected[reason] += 1

    def print(self):
        print(f"{self.packets} packets, {self.lines} lines")
        for name in sorted(self.m):
            kind, value, lo, hi, count = self.m[name]
            if kind == "timer":
                print(f"  {name:<24} {kind:<7} count {count} min {lo:.3f} max {hi:.3f} mean {value / count:.3f}")
            else:
                print(f"  {name:<24} {kind:<7} {value:.3f}")
        for r, n in enumerate(self.rejected):
            if n > 0:
                print(f"  rejected: {n} {REASONS[r]}")


class Endpoint(asyncio.DatagramProtocol):
    def __init__(self):
        self.queue = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.queue.put_nowait(data)


async def receive(ep, t, expect):
    for i in range(expect):
        try:
            data = await asyncio.wait_for(ep.queue.get(), 5.0)
        except asyncio.TimeoutError:
            print(f"lost {expect - i} packets")
            return
        if len(data) > MAX_PACKET:
            t.packets += 1
            t.rejected[R_OVERSIZED] += 1
        else:
            t.apply_packet(data)


GARBAGE = b"\x00\xff\xfe:1|c\n\x01\x02|||::\n\x80name:1|c"
GOOD = [
    b"requests:1|c\nrequests:1|c\nrequests:3|c",
    b"requests:1|c|@0.1",
    b"latency:12.5|ms\nlatency:7|ms\nlatency:30.25|ms",
    b"queue.depth:10|g\nqueue.depth:+5|g\nqueue.depth:-3|g",
    b"temperature:-4.5|g",
    b"\n\nlatency:0.5|ms\n\n",
    b"bytes_out:1e3|c\nbytes_out:2.5E2|c",
]
HOSTILE = [
    b"no separators at all",
    b"requests1|c",
    b":1|c",
    b"bad name!:1|c",
    b"requests:|c",
    b"requests:nan|c\nrequests:inf|c\nrequests:0x10|c\nrequests: 1|c\nrequests:1.|g",
    b"requests:1e400|c\nlatency:-1e309|ms",
    b"requests:1|x\nrequests:1|C\nrequests:1|msx",
    b"requests:1|c|@0\nrequests:1|c|@1.5\nrequests:1|c|0.5\nrequests:1|c|@\ntemperature:1|g|@0.5",
    b"requests:1|g",
    b"requests:1|c|@1e-320",
    b"many.a:1|c\nmany.b:1|c\nmany.c:1|c\nmany.d:1|c\nmany.e:1|c\nmany.f:1|c\nmany.g:1|c\n"
    b"many.h:1|c\nmany.i:1|c\nmany.j:1|c\nmany.k:1|c",
]


async def demo():
    loop = asyncio.get_running_loop()
    rx_transport, rx = await loop.create_datagram_endpoint(Endpoint, local_addr=("127.0.0.1", 0))
    port = rx_transport.get_extra_info("sockname")[1]
    tx_transport, _ = await loop.create_datagram_endpoint(Endpoint, remote_addr=("127.0.0.1", port))
    t = Table()
    r = asyncio.ensure_future(receive(rx, t, len(GOOD) + len(HOSTILE) + 3))
    for p in GOOD + HOSTILE + [GARBAGE]:
        tx_transport.sendto(p)
    big = b"requests:1|c\n" * (4000 // 13)
    tx_transport.sendto(big + b"\0" * (4000 - len(big)))
    tx_transport.sendto(b"A" * (MAX_PACKET + 1))
    await r
    t.print()
    tx_transport.close()
    rx_transport.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(demo()))
