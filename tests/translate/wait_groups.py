# The asyncio twin of wait_groups.ac: `python3 wait_groups.py` prints wait_groups.out.
import asyncio


class Boom(Exception):
    pass


def ename(e):
    if isinstance(e, asyncio.CancelledError):
        return "CancelledError"
    if isinstance(e, TimeoutError):
        return "TimeoutError"
    if isinstance(e, Boom):
        return "Boom"
    if isinstance(e, BaseExceptionGroup) and len(e.exceptions) >= 1:
        return ename(e.exceptions[0])
    return "Error"


async def job(name, d, v):
    try:
        await asyncio.sleep(d)
    except BaseException as e:
        print(f"{name}: {ename(e)}")
        raise
    print(f"{name} done")
    return v


async def failing(name, d):
    await asyncio.sleep(d)
    print(f"{name} fails")
    raise Boom()


def show(what, hs, ndone):
    print(f"{what}: {ndone} done:" + "".join(f" {int(h.done())}" for h in hs))


async def wait(hs, timeout, when):
    done, pending = await asyncio.wait(hs, timeout=timeout, return_when=when)
    return len(done)


async def modes():
    print("-- FIRST_COMPLETED")
    hs = [asyncio.create_task(job("a", 0.1, 1)), asyncio.create_task(job("b", 0.05, 2)),
          asyncio.create_task(job("c", 0.15, 3))]
    n = await wait(hs, None, asyncio.FIRST_COMPLETED)
    show("first completed", hs, n)
    n = await wait(hs, None, asyncio.ALL_COMPLETED)
    show("all completed", hs, n)

    print("-- FIRST_EXCEPTION")
    hs = [asyncio.create_task(job("d", 0.05, 4)), asyncio.create_task(failing("e", 0.1)),
          asyncio.create_task(job("f", 0.2, 6))]
    n = await wait(hs, None, asyncio.FIRST_EXCEPTION)
    show("first exception", hs, n)
    print(f"e: {ename(hs[1].exception())}")

    print("-- timeout")
    n = await wait(hs, 0.001, asyncio.ALL_COMPLETED)
    show("after the timeout", hs, n)
    n = await wait(hs, 1, asyncio.ALL_COMPLETED)
    show("all completed", hs, n)

    print("-- cancelling a wait leaves its handles alone")
    hs = [asyncio.create_task(job("g", 0.1, 7))]
    w = asyncio.create_task(wait(hs, None, asyncio.ALL_COMPLETED))
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except BaseException as e:
        print(f"wait: {ename(e)}, g done: {int(hs[0].done())}")
    print(f"g -> {await hs[0]}")


async def completed():
    print("-- as_completed")
    hs = [asyncio.create_task(job("p", 0.15, 1)), asyncio.create_task(job("q", 0.05, 2)),
          asyncio.create_task(failing("r", 0.1)), asyncio.create_task(job("s", 0.2, 4))]
    for f in asyncio.as_completed(hs):
        try:
            v = await f
            print(f"next: {v}")
        except Exception as e:
            print(f"next: {ename(e)}")


async def gathers():
    print("-- gather: the first error, the others go on")
    a = asyncio.create_task(job("a", 0.05, 1))
    b = asyncio.create_task(failing("b", 0.1))
    c = asyncio.create_task(job("c", 0.15, 3))
    try:
        await asyncio.gather(a, b, c)
    except BaseException as e:
        print(f"gather: {ename(e)}, c done: {int(c.done())}")
    print(f"c -> {await c}")

    print("-- gather_settled")
    a = asyncio.create_task(job("a", 0.05, 1))
    b = asyncio.create_task(failing("b", 0.1))
    c = asyncio.create_task(job("c", 0.15, 3))
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(f"a -> {a.result()}, b: {ename(b.exception())}, c -> {c.result()}")


async def member(name, d, v):
    try:
        await asyncio.sleep(d)
    except BaseException as e:
        print(f"{name}: {ename(e)}")
        raise
    print(f"{name} done")
    return v


async def group_waiter(g):
    try:
        await g.__aexit__(None, None, None)
    except BaseException as e:
        print(f"group_waiter: {ename(e)}")
        raise


async def groups():
    print("-- group: all succeed")
    async with asyncio.TaskGroup() as g:
        x = g.create_task(member("x", 0.1, 1))
        y = g.create_task(member("y", 0.05, 2))
    print(f"x -> {x.result()}, y -> {y.result()}")

    print("-- group: the first failure cancels the others")
    try:
        async with asyncio.TaskGroup() as g:
            x = g.create_task(member("x", 0.25, 1))
            g.create_task(failing("f", 0.05))
            g.create_task(member("z", 0.25, 3))
    except BaseException as e:
        print(f"group: {ename(e)}, x cancelled: {int(x.cancelled())}")

    print("-- group: its waiter is cancelled")
    g = asyncio.TaskGroup()
    await g.__aenter__()
    g.create_task(member("u", 0.25, 1))
    g.create_task(member("v", 0.25, 2))
    w = asyncio.create_task(group_waiter(g))
    await asyncio.sleep(0.05)
    w.cancel()
    try:
        await w
    except BaseException as e:
        print(f"waiter task: {ename(e)}")


async def main():
    await modes()
    await completed()
    await gathers()
    await groups()
    return 0


asyncio.run(main())
