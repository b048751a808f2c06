# Twin of introspection.ac: asyncio.all_tasks() and task.cancel(msg).
import asyncio


async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"victim caught: ECANCELED: {e.args[0]}")
        raise


async def waiter(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"waiter caught: ECANCELED: {e.args[0]}")
        raise


def print_tasks():
    ts = sorted(asyncio.all_tasks(), key=lambda t: int(t.get_name().split("-")[1])
                if t.get_name().startswith("Task-") else 10**9 + id(t) % 1000)
    print(f"{len(ts)} tasks:" + "".join(" " + t.get_name() for t in ts))


async def main():
    print_tasks()
    t = asyncio.create_task(victim())
    w = asyncio.create_task(waiter(t))
    print_tasks()
    await asyncio.sleep(0)
    w.set_name("the-waiter")
    print_tasks()
    t.cancel("stop now")
    try:
        await w
    except asyncio.CancelledError as e:
        print(f"main caught: ECANCELED: {e.args[0]}")
    print_tasks()

    t2 = asyncio.create_task(victim())
    w2 = asyncio.create_task(waiter(t2))
    await asyncio.sleep(0)
    w2.cancel("via waiter")
    await asyncio.gather(w2, return_exceptions=True)
    print(f"t2 cancelled: {int(t2.cancelled())}")

    t3 = asyncio.create_task(victim())
    t3.cancel("never ran")
    try:
        await t3
    except asyncio.CancelledError as e:
        print(f"t3: ECANCELED: {e.args[0]}")
    print_tasks()


asyncio.run(main())
