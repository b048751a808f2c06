# Twin of cancel_after_fail.ac: a task woken by a handle that failed, then
# cancelled before it resumes; asyncio reads the error (no "never retrieved").
import asyncio


async def waiter(name, h):
    try:
        await h
        print(f"{name}: never")
    except asyncio.CancelledError:
        print(f"{name}: CancelledError")
    except BaseException:
        print(f"{name}: other error")


async def fails():
    await asyncio.sleep(0)
    raise ConnectionResetError()


async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter("future", f))
    await asyncio.sleep(0)
    f.set_exception(ConnectionResetError())
    t.cancel()
    await t

    inner = asyncio.create_task(fails())
    u = asyncio.create_task(waiter("task", inner))
    while not inner.done():
        await asyncio.sleep(0)
    u.cancel()
    await u
    del inner, u, t, f
    print("end")


asyncio.run(main())
