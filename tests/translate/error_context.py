# The asyncio twin of error_context.ac: `python3 error_context.py` prints
# error_context.out. An error keeps its message and traceback through nested
# catches, `raise` (throw;) and finally blocks (issue 11.6).
import asyncio
import sys
import traceback


class Err(Exception):
    def __init__(self, name, msg):
        super().__init__(name, msg)
        self.name, self.msg = name, msg


def msg():
    e = sys.exc_info()[1]
    return e.msg if e is not None else "(none)"


def frames(e):
    # the frames the error crossed, outermost first, without the one handling it
    return "frames:" + "".join(" " + f.name for f in traceback.extract_tb(e.__traceback__)[1:])


async def leaf():
    raise Err("EIO", "disk on fire")


async def mid():
    await leaf()


async def inner():
    raise Err("EINVAL", "inner")


async def nested():
    try:
        raise Err("EIO", "outer")
    except Err:
        try:
            await inner()
        except Err:
            print("nested: inner caught:", msg())
        print("nested: after the inner catch:", msg())
        try:
            try:
                await inner()
            finally:
                print("nested: finally inside the catch:", msg())
        except Err:
            print("nested: caught again:", msg())
        print("nested: still handling:", msg())


async def rethrower():
    try:
        await mid()
    except Err:
        try:
            raise Err("EINVAL", "unrelated")
        except Err:
            print("rethrower: unrelated caught:", msg())
        raise


async def twice():
    try:
        try:
            await leaf()
        except Err:
            raise
    except Err:
        print("twice: outer catch:", msg())
        raise


async def cleanup():
    try:
        await mid()
    finally:
        try:
            raise Err("EINVAL", "in finally")
        except Err:
            print("cleanup: finally handled:", msg())
        print("cleanup: finally sees:", msg())


async def replacer():
    try:
        await leaf()
    except Err:
        raise Err("EPIPE", "replaced")


async def swallow():
    for i in range(3):
        try:
            await leaf()
        except Err:
            if i == 1:
                break
            continue
    try:
        await inner()
    finally:
        return 7


async def report(name, coro):
    try:
        await coro
        print(name + ": returned")
    except Err as e:
        print(name + ":", e.name, msg(), frames(e))


async def main():
    await nested()
    await report("rethrower", rethrower())
    await report("twice", twice())
    await report("cleanup", cleanup())
    await report("replacer", replacer())
    await report("swallow", swallow())
    try:
        raise Err("EIO", "last")
    except Err:
        print("main: last:", msg())


asyncio.run(main())
