# Twin of sync_more.ac: asyncio's Condition, Barrier, BoundedSemaphore,
# PriorityQueue, LifoQueue and join/task_done.
import asyncio

stock = 0


async def consumer(c, name):
    global stock
    await c.acquire()
    try:
        while stock == 0:
            await c.wait()
        stock -= 1
        print(f"{name} took one, {stock} left")
    except asyncio.CancelledError:
        print(f"{name}: CancelledError, lock held: {int(c.locked())}")
        raise
    finally:
        c.release()


async def conditions():
    global stock
    print("-- condition")
    c = asyncio.Condition()
    try:
        c.notify(1)
    except RuntimeError:
        print("notify unlocked: RuntimeError")
    names = ["a", "b", "c", "d"]
    ts = [asyncio.create_task(consumer(c, n)) for n in names]
    await asyncio.sleep(0)
    await c.acquire()
    stock = 1
    n = sum(1 for f in c._waiters if not f.done())
    c.notify(1)
    print(f"notify(1) woke {min(n, 1)}")
    c.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ts[2].cancel()
    await c.acquire()
    stock = 5
    n = sum(1 for f in c._waiters if not f.done())
    c.notify_all()
    print(f"notify_all woke {n}")
    c.release()
    await asyncio.gather(*ts, return_exceptions=True)
    for n, t in zip(names, ts):
        print(f"{n}: {'cancelled' if t.cancelled() else 'done'}")
    print(f"stock {stock}, locked {int(c.locked())}")


async def party(b, i):
    await asyncio.sleep(0.001 * i)
    try:
        return await b.wait()
    except asyncio.BrokenBarrierError:
        print(f"party {i}: BrokenBarrierError")
        return -1


async def barriers():
    print("-- barrier")
    b = asyncio.Barrier(3)
    print(f"parties {b.parties}")
    for rnd in range(2):
        ts = [asyncio.create_task(party(b, i)) for i in range(3)]
        res = await asyncio.gather(*ts)
        print(f"round {rnd}: {' '.join(map(str, res))}, waiting {b.n_waiting}")
    ts = [asyncio.create_task(party(b, 0)), asyncio.create_task(party(b, 1))]
    await asyncio.sleep(0.01)
    print(f"waiting {b.n_waiting}")
    await b.abort()
    await asyncio.gather(*ts)
    print(f"broken {int(b.broken)}")
    await asyncio.create_task(party(b, 2))
    await b.reset()
    print(f"after reset: broken {int(b.broken)}")
    ts = [asyncio.create_task(party(b, 0)), asyncio.create_task(party(b, 1))]
    await asyncio.sleep(0.01)
    await b.reset()
    await asyncio.gather(*ts)
    ts = [asyncio.create_task(party(b, 0)), asyncio.create_task(party(b, 1))]
    await asyncio.sleep(0.01)
    ts[1].cancel()
    await asyncio.sleep(0)
    print(f"waiting {b.n_waiting}")
    ts.append(asyncio.create_task(party(b, 2)))
    ts.append(asyncio.create_task(party(b, 3)))
    await asyncio.gather(*ts, return_exceptions=True)
    print(f"cancelled {int(ts[1].cancelled())}, results {ts[0].result()} {ts[2].result()} {ts[3].result()}")


async def bounded():
    print("-- bounded semaphore")
    s = asyncio.BoundedSemaphore(2)
    await s.acquire()
    s.release()
    print("release: 0")
    try:
        s.release()
    except ValueError:
        print("release again: ValueError")
    print(f"locked: {int(s.locked())}")


async def worker(q, name):
    while True:
        prio, jname = await q.get()
        print(f"{name} runs {jname} ({prio})")
        await asyncio.sleep(0)
        q.task_done()


async def queue_worker(q):
    while True:
        v = await q.get()
        await asyncio.sleep(0.001)
        print(f"done {v}")
        q.task_done()


async def queues():
    print("-- priority queue")
    pq = asyncio.PriorityQueue()
    for j in [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c")]:
        pq.put_nowait(j)
    print(f"size {pq.qsize()}")
    w = asyncio.create_task(worker(pq, "w"))
    await pq.join()
    print(f"joined, size {pq.qsize()}")
    try:
        pq.task_done()
    except ValueError:
        print("task_done too many: ValueError")
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)

    print("-- LIFO queue")
    lq = asyncio.LifoQueue(3)
    for i in range(1, 4):
        await lq.put(i)
    try:
        lq.put_nowait(4)
    except asyncio.QueueFull:
        print("put_nowait full: QueueFull")
    for _ in range(3):
        print(f"got {await lq.get()}")
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait empty: QueueEmpty")

    print("-- queue join")
    q = asyncio.Queue()
    await q.join()
    for i in range(1, 4):
        q.put_nowait(i)
    qw = asyncio.create_task(queue_worker(q))
    await q.join()
    print("joined")
    qw.cancel()
    await asyncio.gather(qw, return_exceptions=True)


async def main():
    await conditions()
    await barriers()
    await bounded()
    await queues()


asyncio.run(main())
