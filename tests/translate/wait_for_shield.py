# The asyncio twin of wait_for_shield.ac: `python3 wait_for_shield.py` prints wait_for_shield.out.
# Where two timers race, the margin is 0.29 s or more (a loaded machine does not reorder them).
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
    return "Error"


async def slow(name, d, v):
    try:
        await asyncio.sleep(d)
    except BaseException as e:
        print(f"{name}: {ename(e)}")
        raise
    print(f"{name} done")
    return v


async def stubborn():
    try:
        await asyncio.sleep(1)
    except BaseException as e:
        print(f"stubborn ignores {ename(e)}")
    return 99


async def slow_cleanup():
    try:
        await asyncio.sleep(1)
    finally:
        print("slow_cleanup cleaning")
        await asyncio.sleep(0.02)
        print("slow_cleanup cleaned")
    return 0


async def failing(d):
    await asyncio.sleep(d)
    raise Boom()


async def shielded_waiter(t):
    try:
        v = await asyncio.shield(t)
        print(f"shielded_waiter never {v}")
    except BaseException as e:
        print(f"shielded_waiter: {ename(e)}")
        raise


async def main():
    print("-- in time")
    v = await asyncio.wait_for(slow("a", 0.01, 1), 1)
    print(f"a -> {v}")
    t = asyncio.create_task(slow("b", 0.01, 2))
    v = await asyncio.wait_for(t, 1)
    print(f"b -> {v}, wait_for result read again: {t.result()}")

    print("-- timeout")
    t = asyncio.create_task(slow("c", 1, 3))
    try:
        v = await asyncio.wait_for(t, 0.01)
        print(f"never {v}")
    except BaseException as e:
        print(f"wait_for: {ename(e)}, c cancelled: {int(t.cancelled())}")

    print("-- the inner ignores the cancellation")
    v = await asyncio.wait_for(stubborn(), 0.01)
    print(f"stubborn -> {v}")

    print("-- the inner cleans up before the timeout is raised")
    try:
        await asyncio.wait_for(slow_cleanup(), 0.01)
    except BaseException as e:
        print(f"wait_for: {ename(e)}")

    print("-- the inner fails")
    try:
        await asyncio.wait_for(failing(0.01), 1)
    except BaseException as e:
        print(f"wait_for: {ename(e)}")

    print("-- timeout 0")
    t = asyncio.create_task(slow("d", 0, 4))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    v = await asyncio.wait_for(t, 0)
    print(f"done d -> {v}")
    try:
        await asyncio.wait_for(slow("e", 0.01, 5), 0)
    except BaseException as e:
        print(f"wait_for: {ename(e)}")

    print("-- no limit")
    v = await asyncio.wait_for(slow("f", 0.02, 6), None)
    print(f"f -> {v}")

    print("-- shield")
    t = asyncio.create_task(slow("g", 0.3, 7))
    w = asyncio.create_task(shielded_waiter(t))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except BaseException as e:
        print(f"waiter task: {ename(e)}, g done: {int(t.done())}")
    v = await t
    print(f"g -> {v}, cancelled: {int(t.cancelled())}")
    s = asyncio.shield(t)
    print(f"shield of a done task is it: {int(s is t)}, result {await s}")

    print("-- shield passes errors on")
    try:
        await asyncio.shield(failing(0.01))
    except BaseException as e:
        print(f"shield: {ename(e)}")

    print("-- cancelling the shield itself")
    t = asyncio.create_task(slow("h", 0.02, 8))
    s = asyncio.shield(t)
    print(f"cancel shield: {int(s.cancel())}")
    try:
        await s
    except BaseException as e:
        print(f"shield: {ename(e)}, h done: {int(t.done())}")
    print(f"h -> {await t}")

    print("-- wait_for of a shield")
    t = asyncio.create_task(slow("i", 0.3, 9))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except BaseException as e:
        print(f"wait_for: {ename(e)}, i cancelled: {int(t.cancelled())}")
    print(f"i -> {await t}")
    return 0


asyncio.run(main())
