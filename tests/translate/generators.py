# The Python twin of generators.ac: `python3 generators.py` prints generators.out.
# Error codes are exceptions carrying the code.
class Err(Exception):
    def __init__(self, code):
        self.code = code

EBAD = 7

def count_up(n):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"count_up({n}) closed")

def running_total():
    total = 0
    while True:
        x = yield total
        total += x or 0

def catcher():
    caught = 0
    while True:
        try:
            yield caught
        except Err as e:
            print(f"catcher caught {e.code}")
            caught += e.code

def doubled(src):
    for v in src:
        yield v * 2

def nest(d):
    if d == 0:
        yield 42
        return 7
    r = yield from nest(d - 1)
    return r + 1

def first_over(limit):
    for v in count_up(10):
        if v > limit:
            return v
    return -1

def goto_out():
    seen = 0
    for v in count_up(10):
        seen += v
        if v == 3:
            return seen  # the C version leaves with goto
    return -1

async def async_user():
    import asyncio
    total = 0
    for v in count_up(6):
        await asyncio.sleep(0)
        if v == 4:
            return total
        total += v
    return -1

def main():
    for v in count_up(3):
        print(f"v={v}")
    for v in count_up(5):
        if v == 2:
            break
        print(f"got {v}")
    print(f"first_over(3) = {first_over(3)}")
    print(f"goto_out() = {goto_out()}")
    import asyncio
    print(f"async_user() = {asyncio.run(async_user())}")

    g = running_total()
    print(f"start {g.send(None)}")
    print(f"sent 5 -> {g.send(5)}")
    print(f"next -> {next(g)}")
    print(f"sent 10 -> {g.send(10)}")
    g.close()

    c = catcher()
    next(c)
    print(f"after throw: {c.throw(Err(EBAD))}")
    print(f"after throw: {c.throw(Err(3))}")
    c.close()

    t = count_up(3)
    next(t)
    try:
        t.throw(Err(EBAD))
    except Err as e:
        print(f"throw not caught: ended with {e.code}")
    print(f"next after the end: {next(t, 'none')}")

    u = count_up(3)
    print(f"first {next(u)}")
    u.close()
    print(f"closed: next gives {next(u, 'none')}")

    src = count_up(3)
    for v in doubled(doubled(src)):
        print(f"doubled twice: {v}")

    n = nest(100)
    print(f"nest yields {next(n)}")
    try:
        next(n)
    except StopIteration as s:
        print(f"nest returned {s.value}")

main()
