# The asyncio twin of scheduling.ac: `python3 scheduling.py` prints scheduling.out.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return n * 10

async def sleeper(name, d):
    print(f"{name} sleeping")
    await asyncio.sleep(d)
    print(f"{name} woke")

async def waiter(name, fut):
    v = await fut
    print(f"{name} got {v}")

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("spawned")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    r = await t1
    print(f"t1 -> {r}, t2 done: {t2.done()}")
    await t2
    s1 = asyncio.create_task(sleeper("s1", 0.02))
    s2 = asyncio.create_task(sleeper("s2", 0.01))
    s3 = asyncio.create_task(sleeper("s3", 0.02))
    await s1
    await s2
    await s3
    fut = asyncio.get_running_loop().create_future()
    w1 = asyncio.create_task(waiter("w1", fut))
    w2 = asyncio.create_task(waiter("w2", fut))
    await asyncio.sleep(0)
    fut.set_result(7)
    print("set")
    await asyncio.sleep(0)
    print("after one pass")
    await w1
    await w2
    await asyncio.gather(worker("g1", 2), worker("g2", 2))
    print("gathered")

asyncio.run(main())
