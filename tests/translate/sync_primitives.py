# The asyncio twin of sync_primitives.ac: `python3 sync_primitives.py` prints sync_primitives.out.
import asyncio


def ename(e):
    return "CancelledError" if isinstance(e, asyncio.CancelledError) else "Error"


async def producer(q, name, first, n):
    for i in range(first, first + n):
        try:
            await q.put((i, name[0]))
        except BaseException as e:
            print(f"{name} put {i}: {ename(e)}")
            raise
        print(f"{name} put {i}")


async def consumer(q, name, n):
    for i in range(n):
        i, tag = await q.get()
        print(f"{name} got {tag}{i}")
        await asyncio.sleep(0)


async def queues():
    print("-- bounded queue")
    q = asyncio.Queue(2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on empty: QueueEmpty")
    p1 = asyncio.create_task(producer(q, "p", 1, 4))
    p2 = asyncio.create_task(producer(q, "r", 10, 3))
    await asyncio.sleep(0)
    try:
        q.put_nowait((0, "x"))
    except asyncio.QueueFull:
        print(f"size {q.qsize()}, put_nowait when full: QueueFull")
    c = asyncio.create_task(consumer(q, "c", 7))
    await asyncio.gather(p1, p2, c)
    print(f"size {q.qsize()}")

    print("-- cancelled putters lose nothing")
    q.put_nowait((1, "a"))
    q.put_nowait((2, "a"))
    w1 = asyncio.create_task(producer(q, "w", 3, 1))
    w2 = asyncio.create_task(producer(q, "v", 4, 1))
    w3 = asyncio.create_task(producer(q, "u", 5, 1))
    await asyncio.sleep(0)
    w2.cancel()
    i, tag = q.get_nowait()
    print(f"got {tag}{i}")
    w1.cancel()
    await asyncio.gather(w1, w2, w3, return_exceptions=True)
    while not q.empty():
        i, tag = q.get_nowait()
        print(f"left {tag}{i}")


async def locker(lock, name):
    await lock.acquire()
    print(f"{name} has the lock")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"{name} releases")
    lock.release()


async def locks():
    print("-- lock: FIFO")
    lock = asyncio.Lock()
    ts = [asyncio.create_task(locker(lock, n)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    late = asyncio.create_task(locker(lock, "late"))
    await asyncio.gather(*ts)
    await late
    try:
        lock.release()
    except RuntimeError:
        print("release when unlocked: RuntimeError")


async def event_waiter(e, name):
    try:
        await e.wait()
    except BaseException as ex:
        print(f"{name}: {ename(ex)}")
        raise
    print(f"{name} woke, set: {int(e.is_set())}")


async def events():
    print("-- event")
    e = asyncio.Event()
    a = asyncio.create_task(event_waiter(e, "a"))
    b = asyncio.create_task(event_waiter(e, "b"))
    c = asyncio.create_task(event_waiter(e, "c"))
    await asyncio.sleep(0)
    b.cancel()
    e.set()
    e.clear()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(f"set: {int(e.is_set())}")
    e.set()
    await e.wait()
    print("already set: no wait")


async def sem_worker(s, name):
    try:
        await s.acquire()
    except BaseException as e:
        print(f"{name}: {ename(e)}")
        raise
    print(f"{name} in")
    await asyncio.sleep(0)
    print(f"{name} out")
    s.release()


async def semaphores():
    print("-- semaphore")
    s = asyncio.Semaphore(2)
    ts = [asyncio.create_task(sem_worker(s, f"s{i}")) for i in range(1, 7)]
    await asyncio.sleep(0)
    print(f"locked: {int(s.locked())}")
    ts[3].cancel()
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(f"locked: {int(s.locked())}")


async def main():
    await queues()
    await locks()
    await events()
    await semaphores()
    return 0


asyncio.run(main())
