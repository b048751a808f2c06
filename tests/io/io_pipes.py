# The asyncio twin of io_pipes.ac: `python3 io_pipes.py` prints io_pipes.out.
import asyncio
import os
import socket


async def writer(w, data):
    w.write(data)
    await w.drain()
    w.write_eof()


async def main():
    loop = asyncio.get_running_loop()
    rfd, wfd = os.pipe()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(rfd, "rb"))
    wt, wp = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, os.fdopen(wfd, "wb"))
    w = asyncio.StreamWriter(wt, wp, None, loop)
    t = asyncio.ensure_future(writer(w, b"x" * (100 * 1024)))
    total = reads = 0
    while True:
        chunk = await reader.read(4096)
        if not chunk:
            break
        total += len(chunk)
        reads += 1
    await t
    print(f"pipe: {total} bytes, in more than one read: {'yes' if reads > 1 else 'no'}")
    w.close()

    sa, sb = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    ra, wa = await asyncio.open_connection(sock=sa)
    rb, wb = await asyncio.open_connection(sock=sb)
    wa.write(b"question\n")
    await wa.drain()
    wa.write_eof()
    line = await rb.readline()
    print(f"b got: {line.decode()}", end="")
    rest = await rb.read(64)
    print(f"then b reads {len(rest)} bytes: the end")
    wb.write(b"answer\n")
    await wb.drain()
    line = await ra.readline()
    print(f"a, half-closed, still reads: {line.decode()}", end="")
    wa.close()
    wb.close()
    return 0


asyncio.run(main())
