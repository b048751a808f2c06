#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 54 */
struct p54_In { int x; int y; };
struct p54_S { int a; long b; char c; int arr[3]; struct p54_In in; };
union p54_U { int i; unsigned u; char bytes[4]; };
typedef int p54_int_t;
typedef struct p54_In p54_in_t;
typedef int (*p54_op_t)(int, int);
int p54_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p54_h2(int a, int b) { return (a - b * 5) % 10007; }
p54_op_t p54_ops[2] = { p54_h1, p54_h2 };
p54_in_t p54_gin = { 3, 4 };
p54_in_t *p54_pick(p54_in_t *p) { return p; }
#define p54_QUIET _Pragma("GCC diagnostic push")
#define p54_QUIET_END _Pragma("GCC diagnostic pop")

int p54_one(int x) {
    return x - x + 1;
}

int p54_g1_fill(int n, int b, int *ybuf);
int p54_g2_fill(int n, int b, int *ybuf);
int p54_f1(int a, int b);
int p54_f2(int a, int b);
int p54_f3(int d, int a);
int p54_f4(int a, int b);

int p54_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    int w1 = 0;
    do {
        w1++;
        ybuf[yn++] = b;
        n |= b;
        ybuf[yn++] = b;
        int y2 = 0;
        n ^= (int) (y2) & 1023;
    } while (w1 < 1 && 1);
    for (int i3 = 0; i3 < 1 && (p54_f2(n, ((void) 0, 33)) / (((w1 < 98) ? p54_f2(n, w1) : 43) % 7 + 8)); i3++) {
        for (p54_int_t i4 = 0, *i4p = &i4; i4 < 1 && 1; (*i4p)++) {
        }
        for (int i5 = 0; i5 < 1 && 1; i5++) {
            ybuf[yn++] = (p54_one(w1) && b);
            int a6[] = { 13, -16, i3, p54_f2(p54_f2(n, (-13 ^ i3)), p54_f2(p54_f2(i5, 9), ((-6 - 92) % 10007))) };
            a6[0] ^= (int) ((int) (sizeof a6 / sizeof a6[0])) & 1023;
        }
    }
    return yn;
}

int p54_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = (((n ? b : b) + b) % 10007);
    return yn;
}

int p54_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    if (p54_one((p54_one(b) ? p54_one(47) : p54_one(-3)))) {
        return p54_h2(((-16 & 16383) >> (((void) 0, 53) & 7)), 51);
    }
    printf("f4.1 %d\n", a);
    int t1 = p54_one(a);
    int r2 = t1;
    printf("f4.t2 %d\n", r2);
    return p54_h2(a, p54_one(p54_one(a)));
}

int p54_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    switch (a & 3) {
    case 2: {
        int w1 = 0;
        while (w1 < 2 && (a < 39)) {
            w1++;
            printf("f3.1 %d %d\n", a, d);
            {
                a ^= (((a / (d % 7 + 8)) >= a) != p54_f4((d ? d : a), (53 % (a % 7 + 8))));
                printf("f3.2 %d %d %d\n", a, a, p54_h1(((int) sizeof(p54_f4(1, d))), p54_h1(a, -14)));
                if ((d < (- 20))) {
                    {
                        {
                            printf("f3.f2 %d\n", a);
                        }
                        break;
                    }
                }
            }
            if (0) {
                int e2 = 0;
                printf("f3.c2 %d\n", e2);
            }
            {
                printf("f3.f2 %d\n", a);
            }
            {
                printf("f3.3 %d\n", p54_one(p54_f4(89, 92)));
                printf("f3.4 %d %d\n", a, a);
                int a3[] = { p54_one((p54_h2(a, 32) % ((- a) % 7 + 8))), p54_one(p54_h2((a ? a : a), ((d + a) % 10007))), (- ((((77 + d) % 10007) ?: a) & a)), (((((15 + a) % 10007) ?: (d && (a < 63))) != 0) ? p54_h2(45, p54_h1(17, d)) : (((76 + a) % 10007) ?: d)), ((((p54_h1(-15, 27) & 255) << (p54_h1(a, 40) & 7)) % 10007) < ((- a) ^ ((11 + a) % 10007))) };
                printf("f3.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[4]);
            }
            {
                printf("f3.f3 %d\n", 85);
                printf("f3.5 %d %d\n", (((d & 255) << (((97 * 87) % 10007) & 7)) % 10007), a);
            }
        }
    }
        break;
    }
    {
        double dd4 = p54_one(73) * 0.25 + 0.5;
        printf("f3.d4 %.3f\n", dd4);
        int w5 = 0;
        while (w5 < 3 && ((p54_f3(d - 1, p54_h1(a, 36)) * (((((a < -19) && ((((int) dd4 < -19) + (int) dd4) % 10007)) + a) % 10007) ?: ((d < 75) ? a : 31))) % 10007)) {
            w5++;
            a |= ((((int) dd4 ^ -18) / ((((8 + (int) dd4) % 10007) ?: a) % 7 + 8)) ?: ((void) 0, a));
            a = 50;
        }
        printf("f3.6 %d\n", a);
    }
    {
        {
            if (a) {
                a &= a;
                if ((p54_f3(d - 1, (a || (a < 68))) != ((((32 & 16383) >> (35 & 7)) + (a != d)) % 10007)) != 0) {
                    {
                        int rv4 = (((((-10 - 42) % 10007) + ((a < 39) ? a : a)) % 10007) || (((a ?: a) != 0) || ((((a ? a : d) != 0) + a) % 10007)));
                        {
                            printf("f3.f5 %d\n", a);
                            for (int i6 = 0; i6 < 2 && d; i6 += p54_one(i6)) {
                                int a7[2] = { -18, i6 };
                                printf("f3.d7 %d %d\n", (int) (sizeof a7 / sizeof a7[0]), a7[1]);
                            }
                        }
                        return rv4;
                    }
                }
            } else {
                printf("f3.7 %d %d\n", d, a);
            }
        }
        {
            printf("f3.f5 %d\n", a);
            for (int i6 = 0; i6 < 2 && d; i6 += p54_one(i6)) {
                int a7[2] = { -18, i6 };
                printf("f3.d7 %d %d\n", (int) (sizeof a7 / sizeof a7[0]), a7[1]);
            }
        }
        int a8[] = { p54_h1(p54_h2(d, p54_h2(78, 52)), 34), 6 };
        printf("f3.d8 %d %d\n", (int) (sizeof a8 / sizeof a8[0]), a8[1]);
    }
    int a9[] = { d, (- p54_h2(((8 + a) % 10007), p54_h2(a, d))), ((((a ? a : 77) + ((void) 0, -17)) % 10007) >= ((void) 0, a)) };
    printf("f3.d9 %d %d\n", (int) (sizeof a9 / sizeof a9[0]), a9[2]);
    return 54;
}

int p54_f2(int a, int b) {
    a |= p54_one(p54_one(a));
    if (p54_one(p54_one((a ?: b)))) {
        {
            if (p54_one(a)) {
                b |= a;
                int v2 = p54_h1(p54_h1(p54_one(a), ((a * a) % 10007)), ((b < (- 28)) && ((((b ? 1 : 63) != 0) + b) % 10007)));
                a ^= (int) (v2) & 1023;
            } else {
                double dd3 = ((a ?: p54_one(-12)) >= (((b ? a : b) + 5) % 10007)) * 0.25 + 0.5;
                b ^= (int) (dd3) & 1023;
            }
        }
    }
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
    if (p54_h2((a ?: p54_h2(b, a)), p54_one((- b)))) {
        return p54_one(p54_one(b));
    }
#endif
    a = (((- p54_h1(b, 68)) != 0) && a);
    return ((((p54_one(a) & p54_one(b)) ^ b) + a) % 10007);
}

int p54_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    printf("f1.1 %d %d %d\n", b, p54_f4(a, p54_h2(44, b)), b);
    {
        switch ((p54_h2((- 49), a) < ((void) 0, (((-16 & 255) << (a & 7)) % 10007))) & 3) { default: {
            b = a;
        } }
        int w1 = 0;
        while (w1 < 1 && 1) {
            w1++;
            {
                static int sl3 = 8;
                sl3 = (sl3 * 3 + (a ?: p54_f2(74, 64))) % 10007;
                printf("f1.d3 %d\n", sl3);
                if ((a < 20)) {
                    { ac_dt_err = ((p54_one(p54_f2(b, b)) & 7) + 1); goto catch1; }
                }
            }
            if (a) {
                {
                    continue;
                }
            }
        }
    }
    goto ok1;
    catch1: {
        int e4 = ac_dt_err;
        ac_dt_err = 0;
        printf("f1.c4 %d\n", e4);
        char c5 = (char) ((69 & 63) + 32);
        printf("f1.d5 %d\n", c5);
        goto ok1;
    }
    ok1:;
    {
        printf("f1.f5 %d\n", 83);
    }
    a = p54_one((b != p54_one(b)));
    return p54_one(((b >= 0) || (a & b)));
}

int p54_main(void) {
    printf("main.f1 %d\n", p54_f1(22, 38));
    int gb1[64];
    int gn2 = p54_g1_fill(0, 1, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v = gb1[gi3];
        printf("main.g %d\n", v);
    }
    int gb4[64];
    int gn5 = p54_g2_fill(1, 1, gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v = gb4[gi6];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 54\n");
    p54_main();
    return 0;
}
