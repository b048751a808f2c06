# The asyncio twin of io_tls_twin.ac: `python3 io_tls_twin.py` prints io_tls_twin.out.
import asyncio
import os
import ssl
import subprocess
import tempfile

BULK = 1 << 20


def certificates(d):
    """A CA and a certificate for localhost signed by it; a CA nobody trusts."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run = lambda *a: subprocess.run(["openssl", *a], cwd=d, check=True, capture_output=True)
    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=twin-CA")
    run("req", *ec, "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=localhost")
    with open(os.path.join(d, "ext"), "w") as f:
        f.write("subjectAltName=DNS:localhost\n")
    run("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "srv.pem", "-days", "2", "-extfile", "ext")
    run("req", "-x509", *ec, "-keyout", "rogue.key", "-out", "rogue.pem", "-days", "2", "-subj", "/CN=rogue")


async def main():
    with tempfile.TemporaryDirectory() as d:
        certificates(d)
        server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_tls.load_cert_chain(os.path.join(d, "srv.pem"), os.path.join(d, "srv.key"))
        client_tls = ssl.create_default_context(cafile=os.path.join(d, "ca.pem"))
        rogue_tls = ssl.create_default_context(cafile=os.path.join(d, "rogue.pem"))

        async def handler(reader, writer):
            try:
                line = await reader.readline()
                if line == b"STARTTLS\n":
                    writer.write(b"OK\n")
                    await writer.drain()
                    await writer.start_tls(server_tls)
                while (line := await reader.readline()) not in (b"", b"QUIT\n"):
                    writer.write(line.upper())
                    await writer.drain()
                writer.write(b"bye\n")
                await writer.drain()
            except (ssl.SSLError, ConnectionError, asyncio.CancelledError):
                pass  # a refused handshake: this connection only
            writer.close()

        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"STARTTLS\n")
        print("plain:", (await reader.readline()).decode(), end="")
        await writer.start_tls(client_tls, server_hostname="localhost")
        print("upgraded:", "TLS" if writer.get_extra_info("ssl_object") else "plain")
        writer.write(b"one\ntwo\n")
        data = bytes((i * 2654435761 >> 24) & 0xFF for i in range(BULK)) + b"\n"
        send = asyncio.create_task(writer.drain())
        writer.write(data)
        await send
        await writer.drain()
        print("tls:", (await reader.readline()).decode(), end="")
        print("tls:", (await reader.readline()).decode(), end="")
        back = await reader.readexactly(len(data))
        print("bulk:", len(back), "bytes back,", "the same" if back == data.upper() else "DIFFERENT")
        writer.write(b"QUIT\n")
        print("tls:", (await reader.readline()).decode(), end="")
        writer.close()

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"STARTTLS\n")
        await reader.readline()
        try:
            await writer.start_tls(rogue_tls, server_hostname="localhost")
            print("untrusted CA: accepted?!")
        except ssl.SSLCertVerificationError:
            print("untrusted CA: refused (certificate verify failed)")
        writer.close()

        server.close()
        await server.wait_closed()


asyncio.run(main())
