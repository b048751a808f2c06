#!/usr/bin/env python3
# gen.py SEED: a random Async C program whose expressions mix awaits with &&, ||,
# ?:, GNU ?:, comma, sizeof, _Generic, casts, subscripts, member access and
# struct results; it prints the state after each statement. Its plain-C twin
# (async/await removed) must print the same (see run.sh).
import random, sys
seed = int(sys.argv[1]); R = random.Random(seed)
def lit(): return str(R.randint(0, 20))
def var(): return R.choice(['a', 'b', 'c', 'arr[1]', 'arr[c & 3]', 'sp->x', 'pp[0]'])
def E(d):
    if d <= 0: return R.choice([lit, var])()
    k = R.randint(0, 29)
    e = lambda: E(d - 1)
    if k == 0: return lit()
    if k == 1: return var()
    if k in (2, 3): return f'await fi({e()})'
    if k == 4: return f'fi_plain({e()})'
    if k == 5: return f'({e()} {R.choice(["+","-","^","&","|","<","==","!="])} {e()})'
    if k == 6: return f'({e()} && {e()})'
    if k == 7: return f'({e()} || {e()})'
    if k == 8: return f'({e()} ? {e()} : {e()})'
    if k == 9: return f'({e()} ?: {e()})'
    if k == 10: return f'({e()}, {e()})'
    if k == 11: return f'(int)sizeof(await fi({e()}) + {e()})'
    if k == 12: return f'_Generic(await fd({e()}), double: {e()}, default: {e()})'
    if k == 13: return f'(int)(({e()}) ? await fd({e()}) : {e()})'
    if k == 14: return f'arr[({e()}) & 3]'
    if k == 15: return f'(await fp({e()}))[0]'
    if k == 16: return f'(await mk({e()})).y'
    if k == 17: return f'(({e()}) ? await mk({e()}) : mk_plain({e()})).x'
    if k == 18: return f'!{e()}'
    if k == 19: return f'add3({e()}, {e()}, {e()})'
    if k == 20: return f'(int)(await fd({e()}) * 2)'
    if k == 21: return f'((await fs({e()})) ?: "z")[0]'
    if k == 22: return f'(int)(long)(({e()}) ? await fl({e()}) : 3L)'
    if k == 23: return f'(await fi({e()}) ?: {e()})'
    if k == 24: return f'(await fi({e()}) && await fi({e()}))'
    if k == 25: return f'(int)(({e()} ? 0.5 : 0.0) ?: await fd({e()}))'
    if k == 26: return f'((({e()}) & 1 ? g_s : (char *)0) ?: await fs(2 * ({e()})))[1]'
    if k == 27: return f'(int)(((unsigned char)({e()})) ?: await fl({e()}))'
    if k == 28: return f'(({e()}) ?: (await fi({e()}), {e()}))'
    return f'_Generic({e()}, int: await fi({e()}), default: 0)'
def S(d):
    k = R.randint(0, 13)
    # side effects on b sequenced before the awaits C evaluates after them
    if k == 10: return f'a = (b++, {E(d)});'
    if k == 11: return f'a = b++ && {E(d)};'
    if k == 12: return f'a = (b-- ? {E(d)} : {E(d)});'
    if k == 13: return f'a = (b++ ?: {E(d)});'
    if k < 3: return f'a = {E(d)};'
    if k == 3: return f'b += {E(d)};'
    if k == 4: return f'arr[({E(d)}) & 3] += {E(d)};'
    if k == 5: return f'if ({E(d)}) c ^= 1; else c += {E(d)};'
    if k == 6: return f'for (int i = 0; i < 2 && {E(d)}; i++, (void)({E(d)})) b ^= i;'
    if k == 7: return f'sp->y = {E(d)};'
    if k == 8: return f'{{ int t = 0; while (t < 2 && ({E(d)})) t++; a += t; }}'
    return f'c = ({E(d)}) & 7;'
print('''#include <stdio.h>
#include <ac.h>
struct P { int x, y; };
static unsigned calls, sum;
static int g_arr[4] = {1, 2, 3, 4};
static char g_s[] = "hello";
async int fi(int x) { calls++; sum += (unsigned)x * 7u + 1u; if (x & 1) await ac_sleep(0); return x % 97; } /*I*/
async double fd(int x) { calls++; sum += (unsigned)x; return x / 4.0; }
async long fl(int x) { calls++; sum += (unsigned)x; return (long)x * 3; }
async int *fp(int x) { calls++; sum += (unsigned)x; return &g_arr[x & 3]; }
async char *fs(int x) { calls++; sum += (unsigned)x; return (x & 1) ? 0 : g_s + (x & 3); }
async struct P mk(int x) { calls++; sum += (unsigned)x; struct P p = {x, x + 1}; return p; }
static struct P mk_plain(int x) { struct P p = {x, 2 * x}; return p; }
static int fi_plain(int x) { return x * 2 % 31; }
static int add3(int a, int b, int c) { return a - b + c; }
async int main(void) {
    int a = 1, b = 2, c = 3;
    int arr[4] = {5, 6, 7, 8};
    struct P s = {9, 10}, *sp = &s;
    int *pp = &arr[2];''')
for i in range(25):
    print('    ' + S(R.randint(1, 4)))
    print(f'    printf("%d: %d %d %d %d %d %d %d %d %d %u %u\\n", {i}, a, b, c, arr[0], arr[1], arr[2], arr[3], s.x, s.y, calls, sum);')
print('    return 0;\n}')
