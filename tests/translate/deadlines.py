# Twin of deadlines.ac: asyncio.timeout() (3.11).
import asyncio
import math


async def nap(who, s):
    try:
        await asyncio.sleep(s)
        print(f"{who}: slept")
    except asyncio.CancelledError:
        print(f"{who}: CancelledError inside")
        raise


async def simple(limit):
    async with asyncio.timeout(limit) as d:
        await nap("simple", 10)
    print(f"expired {int(d.expired())}")


async def inner_outer(inner, outer):
    async with asyncio.timeout(outer) as o:
        i = asyncio.timeout(inner)
        try:
            async with i:
                await nap("nested", 10)
        except BaseException as e:
            name = type(e).__name__
            print(f"inner scope: {name} (inner expired {int(i.expired())}, outer {int(o.expired())})")
            raise


async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print("child: cleanup")


async def awaits_task():
    t = asyncio.create_task(child())
    try:
        async with asyncio.timeout(0.01):
            await t
    finally:
        print(f"child cancelled: {int(t.cancelled())}")


async def guarded(limit):
    async with asyncio.timeout(limit):
        await nap("guarded", 10)


async def swallowed():
    async with asyncio.timeout(0.01) as d:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("swallowed CancelledError")
        await asyncio.sleep(0)
        print("goes on")
    print(f"expired {int(d.expired())}")


async def rescheduled():
    async with asyncio.timeout(None) as d:
        print(f"when: {'None' if d.when() is None else 'set'}")
        await asyncio.sleep(0)
        d.reschedule(asyncio.get_running_loop().time() + 0.01)
        print(f"when: {'None' if d.when() is None else 'set'}")
        await nap("rescheduled", 10)


async def extended():
    async with asyncio.timeout(0.01) as d:
        d.reschedule(None)
        await asyncio.sleep(0.02)
        print("extended: slept past the first deadline")
    try:
        d.reschedule(0)
        bad = 0
    except RuntimeError:
        bad = 1
    print(f"expired {int(d.expired())}, reschedule after leave: {bad}")


def ename(e):
    return type(e).__name__


async def main():
    print("-- expires")
    try:
        await simple(0.01)
    except BaseException as e:
        print(f"simple: {ename(e)}")
    print("-- does not expire")
    try:
        async with asyncio.timeout(10) as d:
            await asyncio.sleep(0)
        print(f"fast: ok, expired {int(d.expired())}")
    except BaseException as e:
        print(f"fast: {ename(e)}")
    print("-- inner expires")
    try:
        await inner_outer(0.01, 10)
        print("outer: ok")
    except BaseException as e:
        print(f"outer: {ename(e)}")
    print("-- outer expires")
    try:
        await inner_outer(10, 0.01)
        print("outer: ok")
    except BaseException as e:
        print(f"outer: {ename(e)}")
    print("-- awaiting a task")
    try:
        await awaits_task()
    except BaseException as e:
        print(f"awaits_task: {ename(e)}")
    print("-- cancelled from outside")
    g = asyncio.create_task(guarded(10))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except BaseException as e:
        print(f"guarded: {ename(e)}")
    print("-- swallowed")
    try:
        await swallowed()
    except BaseException as e:
        print(f"swallowed: {ename(e)}")
    print("-- rescheduled")
    try:
        await rescheduled()
    except BaseException as e:
        print(f"rescheduled: {ename(e)}")
    print("-- extended")
    try:
        await extended()
    except BaseException as e:
        print(f"extended: {ename(e)}")
    print("-- zero")
    try:
        await simple(0)
    except BaseException as e:
        print(f"simple(0): {ename(e)}")


asyncio.run(main())
