# The asyncio twin of stress.ac: `python3 stress.py` prints stress.out.
import asyncio

N = 100000
BATCH = 100
NBATCH = N // BATCH
M = (1 << 64) - 1
rng = 88172645463325252


def next_rand():
    global rng
    rng ^= (rng << 13) & M
    rng ^= rng >> 7
    rng ^= (rng << 17) & M
    return rng >> 33


class Boom(Exception):
    pass


steps = [0] * N
failat = [-1] * N
cancel_at = [-1] * N
n_ok = n_failed = n_cancelled = group_errors = gather_errors = gather_cancelled = 0
checksum = 0


async def worker(i):
    for s in range(steps[i]):
        if s == failat[i]:
            raise Boom()
        await asyncio.sleep(0)
    if failat[i] == steps[i]:
        raise Boom()
    return i


async def canceller(ts, base):
    for p in range(8):
        for k in range(BATCH):
            if cancel_at[base + k] == p:
                ts[k].cancel()
        await asyncio.sleep(0)


def tally(ts):
    global n_ok, n_failed, n_cancelled, checksum
    for t in ts:
        if t.cancelled():
            n_cancelled += 1
        elif t.exception() is not None:
            n_failed += 1
        else:
            n_ok += 1
            checksum += t.result()


async def batch(b):
    global group_errors, gather_errors, gather_cancelled
    base = b * BATCH
    if b % 2 == 0:
        ts = [None] * BATCH
        c = None
        try:
            async with asyncio.TaskGroup() as g:
                for k in range(BATCH):
                    ts[k] = g.create_task(worker(base + k))
                c = asyncio.create_task(canceller(ts, base))
        except BaseExceptionGroup as e:
            group_errors += isinstance(e.exceptions[0], Boom)
        await c
        tally(ts)
    else:
        ts = [asyncio.create_task(worker(base + k)) for k in range(BATCH)]
        c = asyncio.create_task(canceller(ts, base))
        try:
            await asyncio.gather(*ts)
        except asyncio.CancelledError:
            gather_cancelled += 1
        except Boom:
            gather_errors += 1
        await asyncio.gather(*ts, return_exceptions=True)
        await c
        tally(ts)


async def main():
    planned_fail = planned_cancel = 0
    for i in range(N):
        steps[i] = next_rand() % 6
        fate = next_rand() % 3
        if fate == 1:
            failat[i] = next_rand() % (steps[i] + 1)
            planned_fail += 1
        elif fate == 2:
            cancel_at[i] = next_rand() % 8
            planned_cancel += 1
    bs = [asyncio.create_task(batch(b)) for b in range(NBATCH)]
    await asyncio.gather(*bs)
    print(f"planned: {planned_fail} to fail, {planned_cancel} to cancel")
    print(f"ok {n_ok} failed {n_failed} cancelled {n_cancelled} total {n_ok + n_failed + n_cancelled}")
    print(f"checksum {checksum}")
    print(f"groups failed {group_errors}, gathers failed {gather_errors}, gathers cancelled {gather_cancelled}")
    return 0


asyncio.run(main())
