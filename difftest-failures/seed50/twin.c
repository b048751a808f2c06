#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 50 */
struct p50_In { int x; int y; };
struct p50_S { int a; long b; char c; int arr[3]; struct p50_In in; };
union p50_U { int i; unsigned u; char bytes[4]; };
typedef int p50_int_t;
typedef struct p50_In p50_in_t;
typedef int (*p50_op_t)(int, int);
int p50_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p50_h2(int a, int b) { return (a - b * 5) % 10007; }
p50_op_t p50_ops[2] = { p50_h1, p50_h2 };
p50_in_t p50_gin = { 3, 4 };
p50_in_t *p50_pick(p50_in_t *p) { return p; }
#define p50_QUIET _Pragma("GCC diagnostic push")
#define p50_QUIET_END _Pragma("GCC diagnostic pop")

int p50_one(int x) {
    return x - x + 1;
}

int p50_g1_fill(int n, int *ybuf);
int p50_g2_fill(int n, int b, int *ybuf);
int p50_f1(int a, int b);
int p50_f2(int a);
int p50_f3(int d, int a);
int p50_f4(int a, int b);
void p50_f5(int a, int b);
int p50_f6(int a);

int p50_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if (n) {
        return yn;
    }
    return yn;
}

int p50_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    if (b) {
        if ((((b ^ n) ? p50_h1(b, n) : (((77 + n) % 10007) ?: b)) % ((p50_h1(n, 23) ?: n) % 7 + 8))) {
            b ^= (((((((b < -18) || b) + b) % 10007) ?: n) != 0) ? n : -17);
            for (p50_int_t i1 = 0, *i1p = &i1; i1 < 2 && b; (*i1p)++) {
                b |= (((((b || b) + p50_h1(n, 12)) % 10007) + p50_h1((11 / (b % 7 + 8)), (i1 == 10))) % 10007);
                if (p50_h1(((n < 22) ? b : p50_h1(i1, 8)), -5)) {
                    {
                        continue;
                    }
                }
            }
            b &= p50_h1((- p50_h1(b, b)), (((- n) != 0) ? n : (b ?: 28)));
        } else {
            int a2[] = { (((- 48) ^ (n < b)) ? (46 & (b ?: b)) : ((b >= 17) || b)), (((p50_h2(b, b) & 255) << (((78 & n) % (b % 7 + 8)) & 7)) % 10007), p50_h1((p50_h1(70, b) ? p50_h1(77, b) : p50_h2(b, b)), p50_h1((n ^ b), p50_h1(99, n))), (((n != (- 21)) - ((p50_h2(58, 49) * ((n & 16383) >> (b & 7))) % 10007)) % 10007), p50_h1((p50_h2(b, -6) & p50_h1(57, 98)), ((((33 & 255) << (b & 7)) % 10007) ? (b || n) : b)) };
            a2[1] ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
        }
        if ((((((b * 18) % 10007) ?: (((b & 255) << (b & 7)) % 10007)) - 42) % 10007)) {
            return yn;
        }
        ybuf[yn++] = (48 ^ p50_h2(n, n));
    }
    if (((((b ? n : b) - (n ?: 99)) % 10007) ^ ((((44 & 255) << (n & 7)) % 10007) % (p50_h1(-1, b) % 7 + 8)))) {
        return yn;
    }
    ybuf[yn++] = b;
    int y3 = 0;
    n ^= (int) (y3) & 1023;
    for (int i4 = 0; i4 < 2 && y3; i4++) {
        switch (i4 & 3) {
        case 1: {
            for (int i5 = ((p50_h1(b, b) | (((((99 + -16) % 10007) & 255) << (p50_h1(-1, 20) & 7)) % 10007)) & 1); i5 < 3 && 1; i5++) {
                b &= (((y3 || (b < 39)) || p50_h1(82, i4)) & p50_h2(p50_h1(y3, n), ((y3 < 45) && y3)));
            }
        }
            break;
        case 0: {
            if ((((b == 40) % ((b ? y3 : y3) % 7 + 8)) / ((n && ((y3 ?: b) != 0)) % 7 + 8))) {
                return yn;
            }
        }
            break;
        case 3: {
            union p50_U un6 = { ((((n == i4) + i4) % 10007) ?: p50_h1(n, p50_h2(-4, i4))) };
            un6.i ^= (int) (un6.i) & 1023;
        }
            break;
        }
        if (((p50_h1(((n < 71) || (((n < 98) + b) % 10007)), (b && (y3 < 41))) - ((((b & 16383) >> (n & 7)) + b) % 10007)) % 10007)) {
            int *cl7 = (int[]){ (((p50_h2(y3, n) ?: n) != 0) ? ((30 & 16383) >> (p50_h1(n, 67) & 7)) : n), ((((n / ((n != i4) % 7 + 8)) & 255) << (n & 7)) % 10007), n };
            y3 ^= (int) (cl7[1]) & 1023;
            ybuf[yn++] = p50_h1(((cl7[0] & 16383) >> (b & 7)), cl7[1]);
            int y8 = 0;
            cl7[1] ^= (int) (y8) & 1023;
        } else {
            {
                int b = n;
                ybuf[yn++] = -17;
                int y9 = 0;
                y3 ^= (int) (y9) & 1023;
                b = ((((- -7) + (((-16 + n) % 10007) ?: y3)) % 10007) ? (((6 + y3) % 10007) ?: (i4 == 62)) : n);
                b ^= (int) (b) & 1023;
            }
        }
    }
    return yn;
}

int p50_f6(int a) {
    _Pragma("GCC diagnostic push")
    int v1 = p50_one((- p50_h2(a, 33)));
    v1 ^= (int) (v1) & 1023;
    a |= p50_one((a ? ((v1 < -4) ? v1 : a) : v1));
    _Pragma("GCC diagnostic pop")
    {
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        if ((v1 && p50_one(-2))) {
            long l2 = (long) v1 * 100000L;
            a ^= (int) (l2) & 1023;
            p50_op_t fp3 = p50_h1;
            v1 ^= (int) (fp3(7, 8)) & 1023;
        } else {
            char c4 = (char) ((v1 & 63) + 32);
            v1 ^= (int) (c4) & 1023;
            int m5[3][3] = { { p50_one((- ((c4 ^ 1000) - 1000))), p50_h1(p50_one(p50_h1(a, a)), 85), p50_one((- a)) }, { (((p50_one((- a)) & 255) << (a & 7)) % 10007), p50_one(p50_one((a && v1))), a }, { ((p50_h1(52, -10) - v1) % 10007), p50_h2(p50_h1(((v1 & 16383) >> (a & 7)), (a ?: a)), (p50_one(a) >= ((a < 68) ? a : a))), p50_one(a) } };
            v1 ^= (int) ((int) (sizeof m5 / sizeof m5[0])) & 1023;
        }
        p50_int_t *td6 = &v1;
        a ^= (int) (*td6) & 1023;
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        int a7[] = { (((void) 0, p50_one(74)) / ((p50_one(15) ? p50_one(a) : (- *td6)) % 7 + 8)), p50_one(*td6), p50_h2(p50_one(p50_one(a)), (p50_h1(79, v1) == a)) };
        a ^= (int) ((int) (sizeof a7 / sizeof a7[0])) & 1023;
#endif
#endif
    }
    const int k8 = p50_h1((v1 ?: p50_h1(a, a)), p50_one(p50_one(35)));
    a ^= (int) (k8) & 1023;
    int *p9 = &v1;
    a ^= (int) (*p9) & 1023;
    return ((p50_one(*p9) + a) % 10007);
}

void p50_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    int gb1[64];
    int gn2 = p50_g1_fill(p50_f6(p50_f6(b)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f5.g1 %d\n", v1);
        printf("f5.1 %d %d %d\n", (((79 == v1) + (v1 / (b % 7 + 8))) % 10007), b, a);
    }
    printf("f5.2 %d %d %d\n", (((b || (b < 0)) + p50_h2(31, b)) % 10007), ((a / (b % 7 + 8)) || (b || a)), (p50_h1(71, b) ? (- b) : p50_h1(b, b)));
    a = (((b ? a : 15) & ((b + b) % 10007)) % (p50_h1(a, a) % 7 + 8));
    a |= ((b | (b >= 31)) ?: ((-1 + (b ?: 60)) % 10007));
    int w2 = 0;
    do {
        w2++;
        int w3 = 0;
        do {
            w3++;
            {
                struct p50_In *cl4 = &(struct p50_In){ p50_h2(((a < 20) || p50_h1(20, 5)), 41), (b ? (a || (80 / (a % 7 + 8))) : ((void) 0, p50_h2(b, 20))) };
                printf("f5.d4 %d\n", cl4->y);
                printf("f5.3 %d %d\n", b, (b & (a ? 1 : 8)));
            }
            {
                printf("f5.f4 %d\n", 40);
            }
            a = 84;
        } while (w3 < 3 && 1);
    } while (w2 < 3 && 1);
    printf("f5.4 %d %d\n", a, a);
}

int p50_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    for (int i1 = 0; i1 < 3 && (p50_f6(p50_f6(66)) & ((b ? 52 : a) % (a % 7 + 8))); i1++) {
        double dd2 = -3 * 0.25 + 0.5;
        printf("f4.d2 %.3f\n", dd2);
        if (p50_h1((((i1 >= -17) * (a ? 68 : a)) % 10007), (((b ?: a) != 0) ? 1 : 24))) {
            {
                break;
            }
        }
        for (p50_int_t i3 = ((i1 < 21) & 1); i3 < 2 && (((b | (((int) dd2 + i1) % 10007)) ?: ((((a >= b) & 255) << (p50_h2(a, a) & 7)) % 10007)) != 0); i3 += p50_one(i3)) {
            int w4 = 0;
            while (w4 < 2 && 1) {
                w4++;
                printf("f4.1 %s %d\n", __func__, i1);
            }
            printf("f4.2 %d %d %d\n", 61, p50_h1(((void) 0, i3), p50_h1(16, w4)), i3);
            printf("f4.3 %s %d %d %d\n", __func__, b, (((a ?: (int) dd2) != 0) ? (a ? a : i3) : (((19 + a) % 10007) ?: 11)), (((a | i1) + w4) % 10007));
        }
    }
    printf("f4.4 %d %d\n", a, a);
    char s5[] = {"cebc"};
    printf("f4.d5 %d [%s]\n", (int) sizeof s5, s5);
    a ^= (((p50_h2(a, (int) sizeof s5) != p50_h1((int) sizeof s5, a)) - ((void) 0, b)) % 10007);
    b &= ((3 * b) % 10007);
    static int sl6 = 5;
    sl6 = (sl6 * 3 + ((void) 0, (98 % (9 % 7 + 8)))) % 10007;
    printf("f4.d6 %d\n", sl6);
    p50_int_t ta8[2] = { p50_h1(((void) 0, a), 6), p50_h1((int) sizeof s5, p50_h2(b, ((void) 0, 6))) };
    p50_int_t (*td7)[2] = &ta8;
    printf("f4.d8 %d\n", (*td7)[1]);
    return sl6;
}

int p50_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    printf("f3.1 %d %d\n", ((a < 71) ? (12 != d) : d), d);
    int w1 = 0;
    while (w1 < 1 && 1) {
        w1++;
        a = p50_h1(p50_one(a), (p50_h2(46, a) / ((a ?: 60) % 7 + 8)));
        printf("f3.2 %d %d\n", (((7 & a) + 18) % 10007), -18);
#if 1
        {
            a = p50_f3(d - 1, ((p50_f6(a) & 16383) >> (p50_one(a) & 7)));
        }
        if (0) {
            int e2 = 0;
            printf("f3.c2 %d\n", e2);
            int v4 = p50_h2((((void) 0, e2) ? p50_h1(a, a) : p50_f3(d - 1, a)), (- ((a & 16383) >> (76 & 7))));
            printf("f3.d4 %d\n", v4);
        }
        int m5[][2] = { { ((p50_one(a) == p50_one(a)) & 43), a }, { p50_h2(p50_one(p50_one(a)), (- (a ?: -3))), (p50_h2((a || d), (a != 24)) / ((p50_one(d) % ((a % (-4 % 7 + 8)) % 7 + 8)) % 7 + 8)) }, { ((((d ? a : 29) != 0) ? a : a) < p50_one((d / (a % 7 + 8)))), p50_h1(89, ((p50_one(d) + p50_one(a)) % 10007)) } };
        printf("f3.d5 %d %d\n", (int) (sizeof m5 / sizeof m5[0]), m5[2][1]);
        if (p50_h1(m5[2][0], p50_one(p50_h2(39, a)))) {
            {
                continue;
            }
        }
#else
        printf("never\n");
#endif
    }
    union p50_U un6 = { .u = (unsigned) p50_one(((a - (a < d)) % 10007)) };
    printf("f3.d6 %u\n", un6.u);
    {
        static int sl7 = 1;
        sl7 = (sl7 * 3 + (((a & 255) << (p50_one(d) & 7)) % 10007)) % 10007;
        printf("f3.d7 %d\n", sl7);
    }
    if (0) {
        int e8 = 0;
        printf("f3.c8 %d\n", e8);
        printf("f3.3 %d %d\n", e8, e8);
        printf("f3.4 %d %d\n", a, a);
    }
    {
        printf("f3.f8 %d\n", (int) (un6.u % 1000u));
        const int k9 = p50_h1(((p50_one(w1) + (a ? 24 : a)) % 10007), p50_one(55));
        printf("f3.d9 %d\n", k9);
        char s10[] = {"h"};
        printf("f3.d10 %d [%s]\n", (int) sizeof s10, s10);
    }
    int w11 = 0;
    do {
        w11++;
        if (a) {
            if (a) {
                return p50_one(((int) (un6.u % 1000u) ? p50_h1(-7, (int) (un6.u % 1000u)) : (int) (un6.u % 1000u)));
            }
        }
        a ^= ((w1 - ((int) (un6.u % 1000u) < (((a & 255) << (a & 7)) % 10007))) % 10007);
        int w12 = 0;
        while (w12 < 3 && (a < 45)) {
            w12++;
            a &= ((55 & ((a * a) % 10007)) & p50_h2((a || (a < 86)), w1));
            a = ((((((int) (un6.u % 1000u) >= -18) ? p50_h1((int) (un6.u % 1000u), 54) : d) + w1) % 10007) ?: (p50_h1(a, (int) (un6.u % 1000u)) ?: 37));
        }
    } while (w11 < 3 && 1);
    for (int i13 = 0; i13 < 3 && 1; i13++) {
        a |= (p50_h1((a ?: (int) (un6.u % 1000u)), d) && p50_h2((a ?: a), p50_h2(a, w1)));
        {
            a = (- ((void) 0, i13));
            int v15 = ((((- (a ^ 74)) + a) % 10007) ?: ((a * p50_h2(w1, d)) % 10007));
            printf("f3.d15 %d\n", v15);
        }
    }
    int v17 = (int) (un6.u % 1000u);
    printf("f3.d17 %d\n", v17);
    return ((((w11 < ((80 - 95) % 10007)) ? 36 : (w1 ?: a)) - (- w1)) % 10007);
}

int p50_f2(int a) {
    if (p50_f6(p50_h2((a ^ a), p50_f6(11)))) {
        return p50_h2(a, ((a ^ a) ^ (a & -15)));
    }
    int w1 = 0;
    while (w1 < 3 && p50_h1((((-16 + a) % 10007) ?: -20), (((((-8 & 16383) >> (53 & 7)) + a) % 10007) ?: ((void) 0, a)))) {
        w1++;
        if ((((a ?: a) & a) % (((void) 0, a) % 7 + 8))) {
            if ((((a || (71 & a)) ? a : -17) != 0) != 0) {
                a &= ((a != (a & a)) ^ 68);
            } else {
                long l2 = (long) ((void) 0, 95) * 100000L;
                a ^= (int) (l2) & 1023;
            }
            unsigned u3 = (unsigned) (a ? (a < ((void) 0, a)) : a) * 2654435761u;
            a ^= (int) (u3) & 1023;
        } else {
            a ^= p50_h1(a, ((a / (a % 7 + 8)) || p50_h1(a, a)));
            a &= ((((void) 0, (- a)) & 16383) >> (a & 7));
        }
        if ((p50_h2((a / (3 % 7 + 8)), a) < a)) {
        } else {
            p50_in_t td4 = { (p50_h2(a, a) < p50_h2(a, -5)), (a ? 79 : ((a | a) ^ (a != 2))) };
            td4.y ^= (int) (td4.y) & 1023;
        }
    }
    return ((20 + a) % 10007);
}

int p50_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    {
        int m1[1][3] = { { (p50_f6(b) / (p50_h1(a, (- a)) % 7 + 8)), (((a && (a < 39)) & (97 & a)) ^ p50_h2(10, p50_one(b))), 79 } };
        printf("f1.d1 %d %d\n", (int) (sizeof m1 / sizeof m1[0]), m1[0][2]);
    }
    {
        printf("f1.f1 %d\n", a);
        printf("f1.1 %d %d %d\n", a, a, ((a < 64) ? ((2 + a) % 10007) : (b / (b % 7 + 8))));
    }
    int w2 = 0;
    while (w2 < 3 && 1) {
        w2++;
        p50_QUIET
        int gb2[64];
        int gn3 = p50_g1_fill(p50_h1(b, p50_one(71)), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v3 = gb2[gi4];
            printf("f1.g3 %d\n", v3);
            a &= ((b < ((-9 + ((void) 0, 69)) % 10007)) ? (p50_h1(32, 3) ? p50_h1(v3, -14) : a) : ((((a < v3) + a) % 10007) ?: v3));
        }
        p50_QUIET_END
        int w4 = 0;
        while (w4 < 3 && p50_one(p50_one(p50_one(b)))) {
            w4++;
            int gb5[64];
            int gn6 = p50_g2_fill(p50_h2(((-6 - 80) % 10007), (a == 72)), ((void) 0, (a ?: -13)), gb5);
            for (int gi7 = 0; gi7 < gn6; gi7++) {
                int v5 = gb5[gi7];
                printf("f1.g5 %d\n", v5);
            }
        }
    }
    printf("f1.2 %s %d %d\n", __func__, b, p50_one((a != -20)));
    a ^= ((a != p50_one(w2)) / (w2 % 7 + 8));
    return a;
}

int p50_main(void) {
    printf("main.f1 %d\n", p50_f1(7, 14));
    printf("main.f2 %d\n", p50_f2(11));
    printf("main.f4 %d\n", p50_f4(26, 8));
    p50_f5(12, 2);
    return 0;
}


int main(void) {
    printf("== seed 50\n");
    p50_main();
    return 0;
}
