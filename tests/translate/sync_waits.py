# The asyncio twin of sync_waits.ac: `python3 sync_waits.py` prints sync_waits.out.
import asyncio


def ename(e):
    return "CancelledError" if isinstance(e, asyncio.CancelledError) else "Error"


async def self_cancelled(q, l, s, e, c):
    for i in range(5):
        asyncio.current_task().cancel()
        try:
            if i == 0:
                await q.get()
            elif i == 1:
                await l.acquire()
            elif i == 2:
                await s.acquire()
            elif i == 3:
                await e.wait()
            else:
                await c.wait()
            print(f"wait {i} returned")
        except BaseException as err:
            print(f"wait {i}: {ename(err)}")


async def triples_in(q, n):
    for i in range(n):
        await q.put((i, i * 2, i * 3))
        print(f"put {i}")


async def triples_out(q, n):
    for i in range(n):
        a, b, c = await q.get()
        print(f"got {a} {b} {c}")


async def getter(q):
    v = await q.get()
    print(f"getter got {v}")


async def main():
    q = asyncio.Queue()
    l = asyncio.Lock()
    s = asyncio.Semaphore(0)
    e = asyncio.Event()
    c = asyncio.Condition()
    print("-- cancelled as it reaches the wait")
    await c.acquire()
    await l.acquire()
    t = asyncio.ensure_future(self_cancelled(q, l, s, e, c))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    q.put_nowait(1)
    l.release()
    s.release()
    print(f"queue {q.qsize()} locked {int(l.locked())} semaphore locked {int(s.locked())} "
          f"cond lock held {int(c.locked())}")
    await t

    print("-- 12-byte items through a queue of 2")
    tq = asyncio.Queue(2)
    tin = asyncio.ensure_future(triples_in(tq, 5))
    tout = asyncio.ensure_future(triples_out(tq, 5))
    await tin
    await tout

    print("-- a woken getter whose item is taken first waits again")
    lq = asyncio.Queue()
    g = asyncio.ensure_future(getter(lq))
    await asyncio.sleep(0)
    lq.put_nowait(10)
    x = lq.get_nowait()
    print(f"took {x}")
    await asyncio.sleep(0)
    print(f"getter still waiting: {int(not g.done())}")
    lq.put_nowait(20)
    await g
    return 0


asyncio.run(main())
