#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 56 */
struct p56_In { int x; int y; };
struct p56_S { int a; long b; char c; int arr[3]; struct p56_In in; };
union p56_U { int i; unsigned u; char bytes[4]; };
typedef int p56_int_t;
typedef struct p56_In p56_in_t;
typedef int (*p56_op_t)(int, int);
int p56_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p56_h2(int a, int b) { return (a - b * 5) % 10007; }
p56_op_t p56_ops[2] = { p56_h1, p56_h2 };
p56_in_t p56_gin = { 3, 4 };
p56_in_t *p56_pick(p56_in_t *p) { return p; }
#define p56_QUIET _Pragma("GCC diagnostic push")
#define p56_QUIET_END _Pragma("GCC diagnostic pop")

int p56_one(int x) {
    return x - x + 1;
}

int p56_g1_fill(int n, int *ybuf);
int p56_f1(int a, int b);
int p56_f2(int a, int b);
int p56_f3(int d, int a);

int p56_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if (((((n && n) & 16383) >> ((47 < n) & 7)) != p56_h2(n, n)) != 0) {
        ybuf[yn++] = (p56_f2(n, n) ? n : p56_f2(n, n));
        int w1 = 0;
        do {
            w1++;
            n &= n;
            if (((((n & 255) << (83 & 7)) % 10007) < ((- n) | n))) {
            }
        } while (w1 < 3 && 1);
        for (p56_int_t i2 = (p56_h1(((((n < 79) || n) + (((37 + n) % 10007) ?: 24)) % 10007), p56_h1((w1 >= -18), (n ? w1 : 48))) & 1), *i2p = &i2; i2 < 1 && 1; (*i2p)++) {
            if (w1) {
                {
                    continue;
                }
            }
            int w3 = 0;
            do {
                w3++;
                ybuf[yn++] = p56_f2(7, 64);
            } while (w3 < 1 && w1);
        }
    } else {
        n = (p56_h1((n ? n : n), p56_h2(n, n)) ? (p56_one(n) && n) : 32);
    }
    long l4 = (long) p56_f2(p56_one(p56_h1(98, 62)), (80 % (p56_h1(n, n) % 7 + 8))) * 100000L;
    n ^= (int) (l4) & 1023;
    p56_op_t fp5 = p56_h2;
    n ^= (int) (fp5(7, 8)) & 1023;
    return yn;
}

int p56_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    {
        double dd1 = p56_f3(d - 1, (a == d)) * 0.25 + 0.5;
        printf("f3.d1 %.3f\n", dd1);
    }
    if (0) {
        int e2 = 0;
        printf("f3.c2 %d\n", e2);
    }
    a &= p56_h1((- (d == -15)), d);
    for (p56_int_t i3 = 0; i3 < 1 && 1; i3++) {
        a = ((i3 + p56_h1(a, p56_f3(d - 1, 91))) % 10007);
    }
    printf("f3.1 %d %d\n", a, d);
    return (p56_one(a) % ((((a != 46) + (a ?: a)) % 10007) % 7 + 8));
}

int p56_f2(int a, int b) {
    if (p56_one(a)) {
        return b;
    }
    int m1[][2] = { (p56_one((a ? b : 35)) != p56_h2((b ^ b), p56_h1(b, b))), b, (- b), b };
    m1[0][0] ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
#ifndef AC_DT_UNDEFINED
    b |= ((((((m1[1][0] & 255) << (-3 & 7)) % 10007) - p56_one(m1[0][0])) % 10007) % (p56_one(p56_h2(37, m1[1][0])) % 7 + 8));
    b &= p56_one(m1[0][1]);
#else
    printf("never\n");
#endif
    switch (p56_h2(p56_one(36), p56_one((m1[0][0] ?: 89))) & 3) {
    case 3: {
        m1[0][0] ^= p56_one(((b & 16383) >> ((((m1[1][0] & 255) << (b & 7)) % 10007) & 7)));
    }
        break;
    }
    if (((a + p56_one(p56_h2(b, m1[0][1]))) % 10007)) {
        return (p56_h1(p56_h2(m1[0][1], b), p56_one(b)) ^ p56_one(b));
    }
    for (p56_int_t i2 = (p56_h1(p56_one(m1[1][0]), (p56_one(b) == a)) & 1); i2 < 1 && p56_h1(p56_one(p56_one(b)), (- (b & m1[0][1]))); i2++) {
        m1[0][0] ^= p56_one((- p56_h1(i2, i2)));
        if (a) {
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            long l3 = (long) p56_one(m1[0][1]) * 100000L;
            b ^= (int) (l3) & 1023;
#endif
        }
    }
    return ((((p56_one(a) ^ (a ^ 57)) ^ b) + a) % 10007);
}

int p56_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    switch (((p56_one(b) - a) % 10007) & 3) { case 2: {
        a = p56_one(p56_f3(1, b));
    } }
    switch ((b < 37) & 3) { default: {
        b = (p56_one((a ? a : a)) % ((((b ?: a) + ((void) 0, 93)) % 10007) % 7 + 8));
    } }
    double dd1 = (((-2 + ((a < 58) ? b : a)) % 10007) == 82) * 0.25 + 0.5;
    printf("f1.d1 %.3f\n", dd1);
    char c2 = (char) (((((p56_f2(53, b) & 16383) >> (p56_h1(63, b) & 7)) ? p56_one(a) : ((((b & 16383) >> (b & 7)) + -8) % 10007)) & 63) + 32);
    printf("f1.d2 %d\n", c2);
    b = p56_h2((a / ((a == 5) % 7 + 8)), ((c2 ^ 1000) - 1000));
    return 86;
}

int p56_main(void) {
    printf("main.f1 %d\n", p56_f1(23, 29));
    int gb1[64];
    int gn2 = p56_g1_fill(4, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v = gb1[gi3];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 56\n");
    p56_main();
    return 0;
}
