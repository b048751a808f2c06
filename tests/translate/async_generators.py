# The Python twin of async_generators.ac: `python3 async_generators.py`.
import asyncio
from contextlib import aclosing  # Async C's for await closes on break, as aclosing does

class Err(Exception):
    def __init__(self, code):
        self.code = code

async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.001)
            yield i * 10
    finally:
        await asyncio.sleep(0)
        print(f"ticks({n}) cleaned up")

async def faulty():
    yield 1
    await asyncio.sleep(0)
    raise Err(5)

async def other():
    for i in range(3):
        print(f"other {i}")
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for v in ticks(3):
        print(f"tick {v}")
    async with aclosing(ticks(10)) as g:
        async for v in g:
            if v == 20:
                break
            print(f"early {v}")
    try:
        async for v in faulty():  # an error ends the generator, nothing to close
            print(f"faulty gave {v}")
    except Err as e:
        print(f"faulty failed with {e.code}")
    g = ticks(2)
    v = await g.__anext__()
    print(f"anext {v}")
    await g.aclose()
    await t

asyncio.run(main())
