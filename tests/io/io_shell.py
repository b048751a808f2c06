# The asyncio twin of io_shell.ac: `python3 io_shell.py` prints io_shell.out.
import asyncio
from asyncio.subprocess import DEVNULL, PIPE


async def main():
    p = await asyncio.create_subprocess_shell(
        'echo hello from sh; echo "$((6 * 7))"; exit 3', stdin=DEVNULL, stdout=PIPE, stderr=DEVNULL)
    out = await p.stdout.read()
    print(f"{out.decode()}status {await p.wait()}")

    p = await asyncio.create_subprocess_shell(
        "tr a-z A-Z | sed 's/^/shouted: /'", stdin=PIPE, stdout=PIPE, stderr=DEVNULL)
    p.stdin.write(b"quiet words\n")
    p.stdin.close()
    out = await p.stdout.read()
    print(f"{out.decode()}status {await p.wait()}")

    p = await asyncio.create_subprocess_shell(
        "no-such-command-here", stdin=DEVNULL, stdout=PIPE, stderr=DEVNULL)
    print(f"unknown command: status {await p.wait()}")
    return 0


asyncio.run(main())
