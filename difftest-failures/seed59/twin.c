#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 59 */
struct p59_In { int x; int y; };
struct p59_S { int a; long b; char c; int arr[3]; struct p59_In in; };
union p59_U { int i; unsigned u; char bytes[4]; };
typedef int p59_int_t;
typedef struct p59_In p59_in_t;
typedef int (*p59_op_t)(int, int);
int p59_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p59_h2(int a, int b) { return (a - b * 5) % 10007; }
p59_op_t p59_ops[2] = { p59_h1, p59_h2 };
p59_in_t p59_gin = { 3, 4 };
p59_in_t *p59_pick(p59_in_t *p) { return p; }
#define p59_QUIET _Pragma("GCC diagnostic push")
#define p59_QUIET_END _Pragma("GCC diagnostic pop")

int p59_one(int x) {
    return x - x + 1;
}

int p59_g1_fill(int n, int *ybuf);
int p59_g2_fill(int n, int b, int *ybuf);
int p59_f1(int a, int b);
int p59_f2(int d, int a);
int p59_f3(int a);
int p59_f4(int a);

int p59_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = (((47 < n) * ((n + n) % 10007)) % 10007);
    ybuf[yn++] = ((p59_h1(n, n) - (n < 22)) % 10007);
    int y1 = 0;
    n ^= (int) (y1) & 1023;
    ybuf[yn++] = n;
    ybuf[yn++] = p59_h1((n < 15), (y1 | y1));
    return yn;
}

int p59_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    switch (p59_h2(9, (((n == 21) - (70 & 8)) % 10007)) & 3) { default: {
        n = b;
    } }
    return yn;
}

int p59_f4(int a) {
    printf("f4.in %d\n", a);
    unsigned u1 = (unsigned) p59_h2(1, p59_h1((39 < a), (a == 33))) * 2654435761u;
    printf("f4.d1 %u\n", u1);
    for (int i2 = 0; i2 < 1 && 1; i2++) {
        int w3 = 0;
        while (w3 < 1 && 1) {
            w3++;
            a ^= p59_one(((void) 0, p59_one(a)));
            {
                printf("f4.1 %d\n", (int) (u1 % 1000u));
            }
            if (0) {
                int e4 = 0;
                printf("f4.c4 %d\n", e4);
                if (p59_one((- p59_one(i2)))) {
                    { ac_dt_err = ((-14 & 7) + 1); goto finerr1; }
                }
                printf("f4.2 %d %d\n", a, p59_h2(p59_h2(i2, (int) (u1 % 1000u)), p59_one(i2)));
            }
            {
                printf("f4.f4 %d\n", 88);
                printf("f4.3 %d\n", a);
                printf("f4.4 %d %d\n", (int) (u1 % 1000u), (int) (u1 % 1000u));
            }
            goto end1;
            finerr1: {
                int sv2 = ac_dt_err;
                ac_dt_err = 0;
                printf("f4.f4 %d\n", 88);
                printf("f4.3 %d\n", a);
                printf("f4.4 %d %d\n", (int) (u1 % 1000u), (int) (u1 % 1000u));
                ac_dt_err = sv2;
                goto fn_err;
            }
            end1:;
            printf("f4.5 %d %d\n", a, (int) (u1 % 1000u));
        }
        if (p59_h1((((w3 < -18) && a) == p59_one(w3)), (((int) (u1 % 1000u) ?: 92) % ((((i2 & 255) << (w3 & 7)) % 10007) % 7 + 8)))) {
            int a5[] = { ((void) 0, p59_one((a % ((int) (u1 % 1000u) % 7 + 8)))), ((((- 12) * ((w3 < 83) ? i2 : a)) % 10007) ^ ((a ^ (int) (u1 % 1000u)) ? a : ((58 * i2) % 10007))) };
            printf("f4.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[1]);
            if ((a < -11)) {
                return (((void) 0, a) % (p59_one(35) % 7 + 8));
            }
            printf("f4.6 %d\n", p59_one(a));
        }
        if (p59_one(p59_one(94))) {
            {
                double dd7 = (((w3 >= (- w3)) + (((a ? (int) (u1 % 1000u) : w3) != 0) ? w3 : i2)) % 10007) * 0.25 + 0.5;
                printf("f4.d7 %.3f\n", dd7);
            }
        } else {
            a |= i2;
        }
    }
    printf("f4.7 %d %d %d\n", p59_one(a), a, (int) (u1 % 1000u));
    return p59_one(p59_one(p59_h2(a, a)));
fn_err:
    return 0;
}

int p59_f3(int a) {
    {
        {
            int v3 = (((p59_one(a) ? (a ?: 97) : a) + ((void) 0, -13)) % 10007);
            v3 ^= (int) (v3) & 1023;
        }
    }
    int m4[][2] = { p59_one((- a)), p59_one(p59_h1(a, (a ?: a))), p59_h1(p59_one(a), (((a >= 33) & 16383) >> (45 & 7))), p59_one(((((a ? a : a) & 255) << (80 & 7)) % 10007)), ((a ? (((a & 255) << (a & 7)) % 10007) : a) & p59_one(((void) 0, a))), (p59_h1((- 1), (a % (a % 7 + 8))) != a) };
    m4[0][0] ^= (int) ((int) (sizeof m4 / sizeof m4[0])) & 1023;
    for (p59_int_t i5 = (((((-19 ^ a) + 25) % 10007) < m4[2][0]) & 1), *i5p = &i5; i5 < 1 && 1; (*i5p)++) {
        a = (((void) 0, m4[0][0]) ? (((75 & 16383) >> (m4[2][0] & 7)) ? ((a * a) % 10007) : i5) : (p59_one(54) != p59_h2(m4[0][1], a)));
#if 1
        switch (((83 * p59_h2((i5 && m4[0][0]), m4[2][0])) % 10007) & 3) {
        case 1: {
            if (p59_one(p59_one(67))) {
                {
                    break;
                }
            }
        }
            /* fallthrough */
        default: {
            a &= (p59_one(p59_one(a)) ?: ((void) 0, (a ?: -20)));
        }
            break;
        }
        a = ((((((-8 & 16383) >> (m4[2][0] & 7)) & 255) << ((a < m4[2][0]) & 7)) % 10007) >= (((p59_one(m4[0][0]) & 255) << (((91 * 4) % 10007) & 7)) % 10007));
        int w6 = 0;
        do {
            w6++;
            if (p59_one(a)) {
                return 98;
            }
        } while (w6 < 1 && p59_one(m4[0][0]));
#else
        printf("never\n");
#endif
    }
    for (int i7 = 0; i7 < 2 && p59_h2(m4[0][1], 74); i7++) {
        int v8 = m4[2][0];
        m4[0][0] ^= (int) (v8) & 1023;
    }
    {
        int w10 = 0;
        do {
            w10++;
            if ((m4[0][0] < 75)) {
            }
            int w11 = 0;
            do {
                w11++;
                m4[0][0] |= ((17 + 70) % 10007);
            } while (w11 < 3 && 1);
        } while (w10 < 1 && 1);
        double dd12 = p59_one(m4[0][1]) * 0.25 + 0.5;
        m4[0][0] ^= (int) (dd12) & 1023;
    }
    a ^= p59_h1((((23 + m4[2][0]) % 10007) & p59_one(52)), p59_one(m4[0][0]));
    return ((99 + a) % 10007);
}

int p59_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    int gb1[64];
    int gn2 = p59_g1_fill((- (d ^ 50)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f2.g1 %d\n", v1);
        printf("f2.1 %d %d\n", p59_one(-12), a);
    }
    int gb4[64];
    int gn5 = p59_g1_fill((p59_f3(d) | p59_one(-2)), gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v2 = gb4[gi6];
        printf("f2.g2 %d\n", v2);
        a = ((-11 + 62) % 10007);
    }
    printf("f2.2 %d\n", 82);
    int m3[1][2] = { { p59_h2(d, a), p59_h2(p59_f2(d - 1, (a ?: a)), p59_h2(d, (a && (a < 47)))) } };
    printf("f2.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[0][1]);
    {
        int m4[][2] = { { (p59_f2(d - 1, p59_one(-7)) ? ((void) 0, (d % (a % 7 + 8))) : d), p59_one((m3[0][0] & m3[0][0])) }, { (a ? m3[0][1] : a), (- (((50 + m3[0][1]) % 10007) ?: 27)) }, { p59_one(a), p59_h1(p59_one(d), p59_one(82)) } };
        printf("f2.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[2][1]);
        int gb8[64];
        int gn9 = p59_g2_fill(a, p59_h2(p59_one(76), p59_one(m3[0][0])), gb8);
        for (int gi10 = 0; gi10 < gn9; gi10++) {
            int v5 = gb8[gi10];
            printf("f2.g5 %d\n", v5);
            int gb11[64];
            int gn12 = p59_g1_fill((((v5 ?: a) + (-4 == a)) % 10007), gb11);
            for (int gi13 = 0; gi13 < gn12; gi13++) {
                int v6 = gb11[gi13];
                printf("f2.g6 %d\n", v6);
            }
            unsigned u7 = (unsigned) d * 2654435761u;
            printf("f2.d7 %u\n", u7);
        }
        unsigned u8 = (unsigned) p59_one((((void) 0, m3[0][0]) ^ a)) * 2654435761u;
        printf("f2.d8 %u\n", u8);
    }
    if (0) {
        int e9 = 0;
        printf("f2.c9 %d\n", e9);
    }
    printf("f2.3 %d %d %d\n", ((((void) 0, 84) + (a >= 10)) % 10007), ((p59_one(m3[0][0]) - p59_h1(17, a)) % 10007), -14);
    return (- ((p59_h2(m3[0][0], a) & 16383) >> (71 & 7)));
}

int p59_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    b ^= p59_f3(((((- 65) + b) % 10007) ?: (- -4)));
    if ((b < 6)) {
        printf("f1.1 %d\n", b);
        p59_op_t fp1 = p59_h2;
        printf("f1.d1 %d\n", fp1(7, 8));
    }
    int ht1 = p59_f4((p59_one(a) < p59_one(a)));
    if (ac_dt_err) goto fn_err;
    (void) ht1;
    int w2 = 0;
    while (w2 < 1 && 1) {
        w2++;
        if (p59_h1(p59_one(((void) 0, b)), p59_one(a))) {
            struct p59_S st3 = { .in.y = (25 == (p59_one(a) / (a % 7 + 8))), .a = b, .arr[2] = (p59_one(p59_one(9)) ?: (((a ?: -1) + b) % 10007)), .c = 'q' };
            printf("f1.d3 %d %ld %d %d %d %d\n", st3.a, st3.b, st3.c, st3.arr[2], st3.in.x, st3.in.y);
        } else {
            {
                if (((((5 + a) % 10007) ?: (((28 + b) % 10007) ?: ((void) 0, 29))) != 0) != 0) {
                    { ac_dt_err = ((((a & 15) ? (b || (b < 16)) : b) & 7) + 1); goto catch2; }
                }
                union p59_U un4 = { p59_h2(a, ((a ^ b) % (a % 7 + 8))) };
                printf("f1.d4 %d\n", un4.i);
            }
            goto ok2;
            catch2: {
                int e5 = ac_dt_err;
                ac_dt_err = 0;
                printf("f1.c5 %d\n", e5);
                a = b;
                printf("f1.2 %d %d %d\n", ((b ?: 46) >= p59_h2(b, -4)), a, b);
                goto ok2;
            }
            ok2:;
            struct p59_In pt6[] = { (((p59_h1(a, b) || ((a ? b : b) != 0)) + a) % 10007), (+ ((void) 0, p59_h2(((b < 81) || a), (36 != a)))) };
            printf("f1.d6 %d %d\n", (int) (sizeof pt6 / sizeof pt6[0]), pt6[0].y);
        }
        int v7 = (((b != a) + 61) % 10007);
        printf("f1.d7 %d\n", v7);
    }
    {
        b &= 6;
        {
            const int k8 = p59_h2(((void) 0, (- b)), ((w2 < 62) ? p59_h1(99, b) : a));
            printf("f1.d8 %d\n", k8);
            if ((a < 29)) {
                if (k8) {
                    {
                        int rv5 = 86;
                        {
                            printf("f1.f9 %d\n", a);
                            if (((((((b < 24) ? -11 : (40 >= b)) + w2) % 10007) ?: ((void) 0, 74)) != 0) != 0) {
                                printf("f1.5 %d\n", b);
                            } else {
                                printf("f1.6 %s %d %d %d\n", __func__, a, b, ((void) 0, b));
                                struct p59_In pt10[] = { { b, (p59_h1((b && b), (((71 + a) % 10007) ?: a)) ? ((((7 & 255) << (w2 & 7)) % 10007) < (10 / (w2 % 7 + 8))) : p59_h1(21, (w2 ? 74 : b))) }, { 72, ((b & 16383) >> (b & 7)) }, { 33, p59_h2(((w2 == b) % ((w2 == 13) % 7 + 8)), ((((96 + 74) % 10007) - b) % 10007)) } };
                                printf("f1.d10 %d %d\n", (int) (sizeof pt10 / sizeof pt10[0]), pt10[2].y);
                            }
                        }
                        return rv5;
                    }
                }
                printf("f1.3 %d %d\n", a, a);
                printf("f1.4 %d %d %d\n", b, (((- a) != 0) ? (b || w2) : (w2 && (b < 2))), w2);
            } else {
                b = (p59_h1(b, p59_h2(w2, a)) < a);
            }
            int a9[5] = { (((((a & 70) ?: (b ? 37 : a)) + k8) % 10007) ?: ((a % (a % 7 + 8)) < (w2 % (b % 7 + 8)))), ((void) 0, ((void) 0, p59_h2(w2, 30))), ((((- b) != 0) && ((((k8 ? 81 : w2) != 0) + b) % 10007)) ? (b ?: (((70 + b) % 10007) ?: 44)) : (p59_h1(b, b) == a)), ((void) 0, 95), (((((void) 0, 63) + b) % 10007) ?: a) };
            printf("f1.d9 %d %d\n", (int) (sizeof a9 / sizeof a9[0]), a9[4]);
        }
        {
            printf("f1.f9 %d\n", a);
            if (((((((b < 24) ? -11 : (40 >= b)) + w2) % 10007) ?: ((void) 0, 74)) != 0) != 0) {
                printf("f1.5 %d\n", b);
            } else {
                printf("f1.6 %s %d %d %d\n", __func__, a, b, ((void) 0, b));
                struct p59_In pt10[] = { { b, (p59_h1((b && b), (((71 + a) % 10007) ?: a)) ? ((((7 & 255) << (w2 & 7)) % 10007) < (10 / (w2 % 7 + 8))) : p59_h1(21, (w2 ? 74 : b))) }, { 72, ((b & 16383) >> (b & 7)) }, { 33, p59_h2(((w2 == b) % ((w2 == 13) % 7 + 8)), ((((96 + 74) % 10007) - b) % 10007)) } };
                printf("f1.d10 %d %d\n", (int) (sizeof pt10 / sizeof pt10[0]), pt10[2].y);
            }
        }
        {
            printf("f1.7 %d %d %d\n", (a ? p59_h2(96, b) : ((w2 & 16383) >> (23 & 7))), 60, b);
        }
        {
            printf("f1.f10 %d\n", b);
            double dd11 = 75 * 0.25 + 0.5;
            printf("f1.d11 %.3f\n", dd11);
        }
    }
    if (0) {
        int e12 = 0;
        printf("f1.c12 %d\n", e12);
        printf("f1.8 %d %d %d\n", a, w2, w2);
    }
    return a;
fn_err:
    return 0;
}

int p59_main(void) {
    {
        int ht2 = p59_f1(16, 14);
        if (ac_dt_err) goto catch1;
        printf("main.f1 %d\n", ht2);
    }
    goto ok1;
    catch1: {
        int e1 = ac_dt_err;
        ac_dt_err = 0;
        printf("main.caught %d\n", e1);
        goto ok1;
    }
    ok1:;
    return 0;
}


int main(void) {
    printf("== seed 59\n");
    p59_main();
    return 0;
}
