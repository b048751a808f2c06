# The asyncio twin of cancel_points.ac: `python3 cancel_points.py` prints cancel_points.out.
import asyncio
import threading
import time


def ename(e):
    if isinstance(e, asyncio.CancelledError):
        return "CancelledError"
    if isinstance(e, TimeoutError):
        return "TimeoutError"
    return "Error"


async def level3():
    try:
        print("level3 sleeping")
        await asyncio.sleep(10)
        print("level3 never")
    finally:
        print("level3 finally")
    return 3


async def level2():
    try:
        return await level3() + 1
    finally:
        print("level2 finally")


async def level1():
    try:
        v = await level2()
        print(f"level1 never {v}")
        return v
    except BaseException as e:
        print(f"level1 caught {ename(e)}")
        raise


async def chain():
    print("-- chain")
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    print(f"cancel: {int(t.cancel())}")
    try:
        await t
    except BaseException as e:
        print(f"awaiting it: {ename(e)}")
    print(f"cancelled: {int(t.cancelled())}")


async def worker(name, n):
    try:
        for i in range(n):
            print(f"{name} step {i}")
            await asyncio.sleep(0)
    except BaseException as e:
        print(f"{name} {ename(e)}")
        raise
    print(f"{name} done")
    return n


async def gatherer():
    try:
        await asyncio.gather(worker("a", 1), worker("b", 5), worker("c", 5))
        print("gatherer never")
    except BaseException as e:
        print(f"gatherer: {ename(e)}")
        raise


async def during_gather():
    print("-- gather")
    t = asyncio.create_task(gatherer())
    for i in range(3):
        await asyncio.sleep(0)
    print(f"cancel gatherer: {int(t.cancel())}")
    try:
        await t
    except BaseException as e:
        print(f"gatherer task: {ename(e)}")


async def wf_waiter(inner):
    try:
        v = await asyncio.wait_for(inner, 5)
        print(f"wf_waiter never {v}")
    except BaseException as e:
        print(f"wf_waiter: {ename(e)}")
        raise


async def during_wait_for():
    print("-- wait_for")
    inner = asyncio.create_task(level3())
    t = asyncio.create_task(wf_waiter(inner))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"cancel: {int(t.cancel())}")
    try:
        await t
    except BaseException as e:
        print(f"wf_waiter task: {ename(e)}")
    print(f"inner cancelled: {int(inner.cancelled())}")


async def getter(q, name):
    try:
        v = await q.get()
    except BaseException as e:
        print(f"{name}: {ename(e)}")
        raise
    print(f"{name} got {v}")


async def during_queue_get():
    print("-- queue get")
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    g3 = asyncio.create_task(getter(q, "g3"))
    g4 = asyncio.create_task(getter(q, "g4"))
    await asyncio.sleep(0)
    g2.cancel()
    q.put_nowait(1)
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"size {q.qsize()}")
    q.put_nowait(2)
    await asyncio.gather(g1, g2, g3, g4, return_exceptions=True)
    print(f"size {q.qsize()}")


async def locker(lock, name):
    try:
        await lock.acquire()
    except BaseException as e:
        print(f"{name}: {ename(e)}")
        raise
    print(f"{name} has the lock")
    await asyncio.sleep(0)
    lock.release()
    print(f"{name} released")


async def during_lock():
    print("-- lock acquire")
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(locker(lock, "a"))
    b = asyncio.create_task(locker(lock, "b"))
    c = asyncio.create_task(locker(lock, "c"))
    d = asyncio.create_task(locker(lock, "d"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    c.cancel()
    await asyncio.gather(a, b, c, d, return_exceptions=True)
    print(f"a {int(a.cancelled())} b {int(b.cancelled())} c {int(c.cancelled())} "
          f"d {int(d.cancelled())} locked {int(lock.locked())}")


job_done = 0


def slow_job(arg):
    global job_done
    time.sleep(0.1)
    job_done = 1
    return arg


async def thread_waiter():
    try:
        r = await asyncio.to_thread(slow_job, None)
        print(f"thread_waiter never {r}")
    except BaseException as e:
        print(f"thread_waiter: {ename(e)}")
        raise


async def during_to_thread():
    print("-- to_thread")
    t = asyncio.create_task(thread_waiter())
    await asyncio.sleep(0.01)
    t0 = time.monotonic()
    t.cancel()
    try:
        await t
    except BaseException as e:
        print(f"thread_waiter task: {ename(e)}")
    print(f"at once: {time.monotonic() - t0 < 0.05}")
    print(f"job done yet: {job_done}")
    await asyncio.sleep(0.3)
    print(f"job done later: {job_done}")


async def never_runs():
    print("never runs")
    await asyncio.sleep(0)


async def before_start_and_future():
    print("-- before start, future")
    t = asyncio.create_task(never_runs())
    print(f"cancel: {int(t.cancel())}")
    await asyncio.sleep(0)
    print(f"cancelled: {int(t.cancelled())}")
    f = asyncio.get_running_loop().create_future()
    print(f"cancel future: {int(f.cancel())} again: {int(f.cancel())}")
    try:
        await f
    except BaseException as e:
        print(f"future: {ename(e)}")


async def swallower():
    try:
        await asyncio.sleep(10)
    except BaseException as e:
        print(f"swallower: {ename(e)}, swallowed")
    print("swallower goes on")
    await asyncio.sleep(0)
    print("swallower returns")


async def left_running():
    try:
        print("left_running sleeps")
        await asyncio.sleep(10)
    finally:
        print("left_running cleans up")
        await asyncio.sleep(0)
        print("left_running cleaned up")


async def main():
    await chain()
    await during_gather()
    await during_wait_for()
    await during_queue_get()
    await during_lock()
    await during_to_thread()
    await before_start_and_future()
    print("-- suppressed")
    s = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    s.cancel()
    await s
    print(f"swallower cancelled: {int(s.cancelled())}")
    print("-- main returns")
    asyncio.create_task(left_running())
    await asyncio.sleep(0)
    return 0


asyncio.run(main())
