#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 33 */
struct p33_In { int x; int y; };
struct p33_S { int a; long b; char c; int arr[3]; struct p33_In in; };
union p33_U { int i; unsigned u; char bytes[4]; };
typedef int p33_int_t;
typedef struct p33_In p33_in_t;
typedef int (*p33_op_t)(int, int);
int p33_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p33_h2(int a, int b) { return (a - b * 5) % 10007; }
p33_op_t p33_ops[2] = { p33_h1, p33_h2 };
p33_in_t p33_gin = { 3, 4 };
p33_in_t *p33_pick(p33_in_t *p) { return p; }
#define p33_QUIET _Pragma("GCC diagnostic push")
#define p33_QUIET_END _Pragma("GCC diagnostic pop")

int p33_one(int x) {
    return x - x + 1;
}

int p33_g1_fill(int n, int b, int *ybuf);
int p33_f1(int a);
int p33_f2(int a, int b);
int p33_f3(int a, int b);
int p33_f4(int d, int a);

int p33_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = p33_h2(p33_h1(66, 98), p33_h1(b, -12));
    int m1[][2] = { (p33_h2(n, p33_h1(b, b)) || b), p33_h2(((b - -19) % 10007), p33_h2((- 73), ((16 - b) % 10007))), (- (b && b)), 35, (p33_h1(p33_h1(b, n), n) < n), n };
    n ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    ybuf[yn++] = (n ?: (((b & 255) << (43 & 7)) % 10007));
    if ((((((b & 255) << (p33_h2(n, n) & 7)) % 10007) ? 49 : (n == m1[2][0])) != 0) != 0) {
        return yn;
    }
    return yn;
}

int p33_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    a = p33_f4(d - 1, (d != p33_f4(d - 1, 22)));
    {
        p33_QUIET
        int gb1[64];
        int gn2 = p33_g1_fill(a, p33_h2(d, p33_h2(a, a)), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v2 = gb1[gi3];
            printf("f4.g2 %d\n", v2);
        }
        p33_QUIET_END
        int gb4[64];
        int gn5 = p33_g1_fill(a, (d ?: ((a < 44) || (((a < 95) + a) % 10007))), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v3 = gb4[gi6];
            printf("f4.g3 %d\n", v3);
        }
    }
    switch (((((((a < 66) && a) & 255) << ((- a) & 7)) % 10007) || (d | d)) & 3) {
    case 2: {
        a |= -13;
    }
        /* fallthrough */
    case 3: {
        if (p33_h2(p33_one(((void) 0, -9)), (p33_h2(-4, a) | p33_one(d)))) {
            return ((((- a) & 255) << ((a ? p33_one(d) : (a & 24)) & 7)) % 10007);
        }
        a = d;
    }
        break;
    case 1: {
        if (((p33_h1(p33_h2(26, d), a) ? (p33_one(d) >= a) : (((a - a) % 10007) ?: p33_one(d))) != 0) != 0) {
            {
                break;
            }
        }
    }
        break;
    default: {
        {
            {
                struct p33_In *cl6 = &(struct p33_In){ (((p33_one((a || a)) & 255) << ((p33_one(43) ^ 56) & 7)) % 10007), p33_h2(p33_one(91), p33_one((95 % (a % 7 + 8)))) };
                printf("f4.d6 %d\n", cl6->y);
                printf("f4.1 %d\n", cl6->y);
                if (p33_h2(p33_h1(a, (a ?: 27)), a)) {
                    return p33_h1((((-18 & 16383) >> (22 & 7)) / ((- cl6->y) % 7 + 8)), p33_one(cl6->x));
                }
            }
        }
    }
        break;
    }
    printf("f4.2 %d\n", d);
    return p33_one(-5);
}

int p33_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    unsigned u1 = (unsigned) (a & a) * 2654435761u;
    printf("f3.d1 %u\n", u1);
    {
        printf("f3.1 %d\n", (int) (u1 % 1000u));
        if (((p33_one((- 74)) ? (int) (u1 % 1000u) : ((b && b) && (((b || a) + a) % 10007))) != 0) != 0) {
            if (p33_one(p33_one((a != -4)))) {
                a ^= (p33_h1(88, p33_one(b)) != a);
                printf("f3.2 %d %d\n", (int) (u1 % 1000u), 12);
                b = (b / (b % 7 + 8));
            } else {
                int *cl2 = (int[]){ (((p33_h2(b, -12) + (a != 61)) % 10007) >= b), p33_one(p33_one(p33_one(b))), (((p33_one(p33_h1(42, 78)) & 255) << ((83 ^ ((b * b) % 10007)) & 7)) % 10007) };
                printf("f3.d2 %d\n", cl2[1]);
            }
        }
        printf("f3.3 %d %d %d\n", (int) (u1 % 1000u), b, b);
    }
    if (0) {
        int e3 = 0;
        printf("f3.c3 %d\n", e3);
        char c4 = (char) ((p33_h1(94, p33_one(((a & 16383) >> (48 & 7)))) & 63) + 32);
        printf("f3.d4 %d\n", c4);
    }
    {
        printf("f3.f4 %d\n", a);
        {
            if (((int) (u1 % 1000u) < 32)) {
                int a5[5] = { p33_one(p33_one(p33_one(b))), (((p33_one(((int) (u1 % 1000u) ?: b)) & 255) << ((p33_one(b) | p33_one(75)) & 7)) % 10007), p33_one(a), ((p33_one(b) == p33_one(a)) && p33_one((a ?: (int) (u1 % 1000u)))), a };
                printf("f3.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[4]);
            } else {
                char c6 = (char) (((int) (u1 % 1000u) & 63) + 32);
                printf("f3.d6 %d\n", c6);
                b = p33_one(p33_h2(((86 & 16383) >> ((int) (u1 % 1000u) & 7)), p33_one((int) (u1 % 1000u))));
            }
            if (p33_one(((void) 0, a))) {
                a = p33_h2(p33_one(p33_h1(b, b)), ((a % (a % 7 + 8)) | (((46 + b) % 10007) ?: 58)));
                int v7 = p33_one((42 % (a % 7 + 8)));
                printf("f3.d7 %d\n", v7);
                char s8[] = {"bchbec"};
                printf("f3.d8 %d [%s]\n", (int) sizeof s8, s8);
            } else {
                printf("f3.4 %d %d\n", a, p33_h2(p33_one(76), ((a - 88) % 10007)));
            }
            b ^= b;
        }
        int gb2[64];
        int gn3 = p33_g1_fill((p33_one(a) < 56), p33_h2(b, ((int) (u1 % 1000u) ^ 35)), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v9 = gb2[gi4];
            printf("f3.g9 %d\n", v9);
            int v10 = p33_one(b);
            printf("f3.d10 %d\n", v10);
        }
    }
    return p33_one(p33_one(p33_one(a)));
}

int p33_f2(int a, int b) {
    b &= b;
    b = a;
    return (((a ^ b) + a) % 10007);
}

int p33_f1(int a) {
    printf("f1.in %d\n", a);
    {
        {
            printf("f1.1 %d %d %d\n", a, p33_f2(p33_f3(a, a), p33_f2(73, a)), a);
            int w1 = 0;
            while (w1 < 3 && 1) {
                w1++;
                a &= (a < ((a * (a || (a < 77))) % 10007));
                printf("f1.2 %d %d\n", a, a);
                printf("f1.3 %d %d\n", a, (- a));
            }
            switch (p33_h2(a, ((a && (a < 11)) || p33_h2(16, a))) & 3) {
            case 1: {
                if ((p33_h1(((35 - a) % 10007), p33_h1(a, w1)) != 68) != 0) {
                    {
                        break;
                    }
                }
            }
                /* fallthrough */
            case 0: {
                if ((a && p33_h2((a ? 24 : w1), ((a < 23) && (((w1 < 11) + w1) % 10007))))) {
                    {
                        int rv3 = ((w1 < -7) && ((((-17 ^ a) & 255) << (((a - w1) % 10007) & 7)) % 10007));
                        {
                            printf("f1.f3 %d\n", a);
                            int v4 = p33_h1((((-13 & 16383) >> (a & 7)) < ((-8 + a) % 10007)), a);
                            printf("f1.d4 %d\n", v4);
                        }
                        {
                            printf("f1.f4 %d\n", a);
                            char s5[] = "dcc";
                            printf("f1.d5 %d [%s]\n", (int) sizeof s5, s5);
                            if ((a < (int) sizeof s5)) {
                                if ((5 & (a & a))) {
                                    const int k6 = 86;
                                    printf("f1.d6 %d\n", k6);
                                }
                                for (p33_int_t i7 = 0; i7 < 2 && (a < -2); i7++) {
                                    union p33_U un8 = { 92 };
                                    printf("f1.d8 %d\n", un8.i);
                                }
                            } else {
                                _Pragma("GCC diagnostic push")
                                _Pragma("GCC diagnostic pop")
                                printf("f1.7 %d %d %d\n", a, a, a);
                            }
                        }
                        return rv3;
                    }
                }
            }
                break;
            }
        }
        if (0) {
            int e2 = 0;
            printf("f1.c2 %d\n", e2);
            int m3[2][3] = { { (((- p33_h2(e2, e2)) != 0) || p33_h2((((61 + a) % 10007) ?: a), ((void) 0, 65))), ((p33_h1(((e2 - 69) % 10007), (e2 >= 14)) + ((a != e2) && e2)) % 10007), a }, { 26, -5, a } };
            printf("f1.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[1][2]);
            printf("f1.4 %s %d\n", __func__, a);
        }
        {
            printf("f1.f3 %d\n", a);
            int v4 = p33_h1((((-13 & 16383) >> (a & 7)) < ((-8 + a) % 10007)), a);
            printf("f1.d4 %d\n", v4);
        }
        printf("f1.5 %d %d %d\n", a, p33_h1(a, (a ? a : a)), a);
#if 1
        printf("f1.6 %d\n", a);
#else
        printf("never\n");
#endif
    }
    {
        printf("f1.f4 %d\n", a);
        char s5[] = "dcc";
        printf("f1.d5 %d [%s]\n", (int) sizeof s5, s5);
        if ((a < (int) sizeof s5)) {
            if ((5 & (a & a))) {
                const int k6 = 86;
                printf("f1.d6 %d\n", k6);
            }
            for (p33_int_t i7 = 0; i7 < 2 && (a < -2); i7++) {
                union p33_U un8 = { 92 };
                printf("f1.d8 %d\n", un8.i);
            }
        } else {
            _Pragma("GCC diagnostic push")
            _Pragma("GCC diagnostic pop")
            printf("f1.7 %d %d %d\n", a, a, a);
        }
    }
    if (a) {
        { ac_dt_err = ((((a & 16383) >> ((((a & 255) << (-11 & 7)) % 10007) & 7)) & 7) + 1); goto fn_err; }
    }
    {
        a &= ((((((a ? a : a) != 0) ? (a / (a % 7 + 8)) : -6) & 255) << (p33_h2((a % (95 % 7 + 8)), a) & 7)) % 10007);
        a &= (- a);
    }
    {
        printf("f1.f8 %d\n", -11);
        printf("f1.8 %d %d\n", a, a);
    }
    int gb5[64];
    int gn6 = p33_g1_fill(p33_h2(p33_h2(a, a), (a ?: 41)), ((13 / (93 % 7 + 8)) & p33_h1(a, 67)), gb5);
    for (int gi7 = 0; gi7 < gn6; gi7++) {
        int v9 = gb5[gi7];
        printf("f1.g9 %d\n", v9);
    }
    int m10[][3] = { { a, ((p33_h1(a, 97) ^ ((void) 0, 13)) ? ((27 + ((void) 0, a)) % 10007) : (p33_h2(a, a) ?: (a % (49 % 7 + 8)))), p33_h2(a, p33_h2((a != 18), (a ? 1 : -6))) } };
    printf("f1.d10 %d %d\n", (int) (sizeof m10 / sizeof m10[0]), m10[0][2]);
    int gb8[64];
    int gn9 = p33_g1_fill((((((m10[0][1] < 20) ? m10[0][0] : 34) + a) % 10007) ?: (a & m10[0][0])), (((20 & 255) << (((76 - 46) % 10007) & 7)) % 10007), gb8);
    for (int gi10 = 0; gi10 < gn9; gi10++) {
        int v11 = gb8[gi10];
        printf("f1.g11 %d\n", v11);
        printf("f1.9 %d %d\n", a, 73);
    }
    {
        int gb11[64];
        int gn12 = p33_g1_fill(a, (m10[0][0] == ((a + a) % 10007)), gb11);
        for (int gi13 = 0; gi13 < gn12; gi13++) {
            int v13 = gb11[gi13];
            printf("f1.g13 %d\n", v13);
            if (((((((m10[0][1] * m10[0][0]) % 10007) & 16383) >> (89 & 7)) + ((a ? m10[0][0] : m10[0][1]) >= (m10[0][1] ^ 74))) % 10007)) {
                if ((p33_h1((a || (a < 90)), ((2 + 13) % 10007)) >= p33_h2(((a + a) % 10007), ((void) 0, m10[0][0])))) {
                    return (m10[0][1] / (p33_h2(((void) 0, a), ((m10[0][0] * 67) % 10007)) % 7 + 8));
                }
                printf("f1.10 %d\n", p33_h1(a, (- v13)));
            } else {
                m10[0][0] |= ((void) 0, -16);
            }
            printf("f1.11 %d %d %d\n", m10[0][1], m10[0][0], m10[0][0]);
        }
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        printf("f1.12 %s %d\n", __func__, m10[0][0]);
        {
            printf("f1.13 %d\n", m10[0][0]);
        }
#endif
        if (((((((a < 93) ? m10[0][1] : a) + p33_h1(a, 4)) % 10007) ?: a) != 0) != 0) {
            a |= a;
            int m14[2][2] = { { ((m10[0][1] || a) ? p33_h1((- m10[0][0]), m10[0][0]) : p33_h1(((95 & 16383) >> (m10[0][0] & 7)), (- a))), (((((- a) + 94) % 10007) + 46) % 10007) }, { p33_h1(((((m10[0][0] & 255) << (m10[0][0] & 7)) % 10007) % (0 % 7 + 8)), m10[0][0]), a } };
            printf("f1.d14 %d %d\n", (int) (sizeof m14 / sizeof m14[0]), m14[1][1]);
        }
    }
    return -17;
fn_err:
    return 0;
}

int p33_main(void) {
    {
        int ht2 = p33_f1(13);
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
    printf("== seed 33\n");
    p33_main();
    return 0;
}
