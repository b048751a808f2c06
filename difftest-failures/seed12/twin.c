#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 12 */
struct p12_In { int x; int y; };
struct p12_S { int a; long b; char c; int arr[3]; struct p12_In in; };
union p12_U { int i; unsigned u; char bytes[4]; };
typedef int p12_int_t;
typedef struct p12_In p12_in_t;
typedef int (*p12_op_t)(int, int);
int p12_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p12_h2(int a, int b) { return (a - b * 5) % 10007; }
p12_op_t p12_ops[2] = { p12_h1, p12_h2 };
p12_in_t p12_gin = { 3, 4 };
p12_in_t *p12_pick(p12_in_t *p) { return p; }
#define p12_QUIET _Pragma("GCC diagnostic push")
#define p12_QUIET_END _Pragma("GCC diagnostic pop")

int p12_one(int x) {
    return x - x + 1;
}

int p12_g1_fill(int n, int b, int *ybuf);
int p12_g2_fill(int n, int *ybuf);
int p12_f1(int a, int b);
int p12_f2(int a);
int p12_f3(int d, int a);
int p12_f4(int a, int b);
void p12_f5(int a);
int p12_f6(int a, int b);

int p12_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    if (n) {
        {
            ybuf[yn++] = p12_h1(n, 36);
            int y2 = 0;
            b ^= (int) (y2) & 1023;
        }
        if (((void) 0, (- ((void) 0, b)))) {
            return yn;
        }
    } else {
        ybuf[yn++] = (p12_h2(29, n) / (p12_f2(35) % 7 + 8));
        int y3 = 0;
        b ^= (int) (y3) & 1023;
        int a4[2] = { n, n };
        y3 ^= (int) ((int) (sizeof a4 / sizeof a4[0])) & 1023;
    }
    return yn;
}

int p12_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = (- 39);
    return yn;
}

int p12_f6(int a, int b) {
    switch ((b < 82) & 3) { default: {
        a = ((void) 0, b);
    } }
    int m1[][3] = { { b, p12_one(p12_one((b % (b % 7 + 8)))), p12_one(a) }, { (a ? 77 : a), (((a ? 96 : b) & p12_h1(68, a)) ?: b), (p12_one(b) & b) }, { p12_one(b), ((b / (p12_h2(44, b) % 7 + 8)) / (p12_one(p12_one(b)) % 7 + 8)), b } };
    m1[0][0] ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    struct p12_In pt2[] = { (b ^ p12_one((m1[0][0] < a))), (- (p12_one(43) ?: p12_one(b))), (+ p12_one(p12_h2(89, (((-17 + m1[0][1]) % 10007) ?: a)))), (+ 98) };
    m1[0][0] ^= (int) ((int) (sizeof pt2 / sizeof pt2[0])) & 1023;
    return (((((p12_one(pt2[1].x) - pt2[0].y) % 10007) ^ b) + a) % 10007);
}

void p12_f5(int a) {
    printf("f5.in %d\n", a);
    printf("f5.1 %d %d\n", a, -18);
    if (p12_h2(((a / (77 % 7 + 8)) ? ((a - a) % 10007) : p12_f6(a, 83)), a)) {
        { ac_dt_err = ((p12_f6(p12_h2(27, -4), p12_f6(a, a)) & 7) + 1); goto fn_err; }
    }
    int m1[2][3] = { { ((((((a - a) % 10007) && (a || (a < 21))) + a) % 10007) ?: a), p12_h1(((void) 0, (a ^ a)), ((a / (30 % 7 + 8)) / (((a < 5) || (((a < 44) + a) % 10007)) % 7 + 8))), a }, { -1, ((void) 0, (((a + a) % 10007) | ((a - a) % 10007))), ((void) 0, (((void) 0, a) / (a % 7 + 8))) } };
    printf("f5.d1 %d %d\n", (int) (sizeof m1 / sizeof m1[0]), m1[1][2]);
    switch (m1[1][0] & 3) {
    case 2: {
        switch (((void) 0, (- a)) & 3) {
        case 2: {
            for (p12_int_t i2 = 0; i2 < 3 && 1; i2++) {
                a = (a != ((void) 0, a));
                if (p12_h1(p12_h2(p12_h1(m1[1][0], m1[1][0]), (m1[1][0] ? i2 : 20)), 97)) {
                    { ac_dt_err = ((m1[0][1] & 7) + 1); goto fn_err; }
                }
            }
            {
                long l3 = (long) p12_h2((a ?: m1[1][0]), (- (a ?: m1[1][0]))) * 100000L;
                printf("f5.d3 %ld\n", l3);
            }
        }
            break;
        case 1: {
            printf("f5.2 %s %d %d %d\n", __func__, p12_h1(a, m1[0][1]), m1[1][0], ((a < 96) ? a : (a & 42)));
            a ^= ((m1[1][0] < ((void) 0, 43)) ? (- p12_h2(m1[0][0], 92)) : ((-4 & 16383) >> (p12_h1(a, -2) & 7)));
        }
            /* fallthrough */
        case 0: {
            if (((((((m1[0][1] * a) % 10007) * m1[0][1]) % 10007) ?: p12_h1(p12_h2(92, 80), -7)) != 0) != 0) {
                a = (- p12_h2((m1[1][0] ^ 97), (- a)));
            }
        }
            break;
        default: {
            _Pragma("GCC diagnostic push")
            _Pragma("GCC diagnostic pop")
        }
            break;
        }
        int gb1[64];
        int gn2 = p12_g2_fill(a, gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v4 = gb1[gi3];
            printf("f5.g4 %d\n", v4);
        }
    }
        break;
    case 1: {
        switch ((a < 32) & 3) {
        case 2: {
            printf("f5.3 %d %d\n", m1[0][1], m1[0][1]);
        }
            break;
        }
        if (((59 * p12_h1((-2 != a), (a | m1[1][0]))) % 10007)) {
            double dd5 = ((m1[1][0] - a) % 10007) * 0.25 + 0.5;
            printf("f5.d5 %.3f\n", dd5);
        }
    }
        /* fallthrough */
    default: {
        {
            int w6 = 0;
            do {
                w6++;
                if ((m1[1][0] < 40)) {
                    { ac_dt_err = ((66 & 7) + 1); goto finerr4; }
                }
                if (((void) 0, (a ? 1 : 83))) {
                    {
                        {
                            printf("f5.f6 %d\n", m1[0][0]);
                            switch (m1[0][0] & 3) { default: {
                                a = ((((- p12_h2(94, 43)) + m1[0][1]) % 10007) ?: -18);
                            } }
                            int gb6[64];
                            int gn7 = p12_g1_fill(((a & m1[0][0]) == ((void) 0, a)), a, gb6);
                            for (int gi8 = 0; gi8 < gn7; gi8++) {
                                int v7 = gb6[gi8];
                                printf("f5.g7 %d\n", v7);
                                a &= (- (-7 & m1[0][1]));
                            }
                        }
                        return;
                    }
                }
            } while (w6 < 3 && 1);
        }
        {
            printf("f5.f6 %d\n", m1[0][0]);
            switch (m1[0][0] & 3) { default: {
                a = ((((- p12_h2(94, 43)) + m1[0][1]) % 10007) ?: -18);
            } }
            int gb9[64];
            int gn10 = p12_g1_fill(((a & m1[0][0]) == ((void) 0, a)), a, gb9);
            for (int gi11 = 0; gi11 < gn10; gi11++) {
                int v7 = gb9[gi11];
                printf("f5.g7 %d\n", v7);
                a &= (- (-7 & m1[0][1]));
            }
        }
        goto end4;
        finerr4: {
            int sv12 = ac_dt_err;
            ac_dt_err = 0;
            printf("f5.f6 %d\n", m1[0][0]);
            switch (m1[0][0] & 3) { default: {
                a = ((((- p12_h2(94, 43)) + m1[0][1]) % 10007) ?: -18);
            } }
            int gb13[64];
            int gn14 = p12_g1_fill(((a & m1[0][0]) == ((void) 0, a)), a, gb13);
            for (int gi15 = 0; gi15 < gn14; gi15++) {
                int v7 = gb13[gi15];
                printf("f5.g7 %d\n", v7);
                a &= (- (-7 & m1[0][1]));
            }
            ac_dt_err = sv12;
            goto fn_err;
        }
        end4:;
        m1[0][0] = a;
    }
        break;
    }
    {
        {
            {
                m1[0][0] &= ((void) 0, ((m1[0][1] != m1[0][0]) ? ((45 + a) % 10007) : m1[1][0]));
                printf("f5.4 %d\n", a);
            }
            if (0) {
                int e8 = 0;
                printf("f5.c8 %d\n", e8);
            }
        }
        if (0) {
            int e9 = 0;
            printf("f5.c9 %d\n", e9);
            switch (p12_h1(m1[1][0], ((((m1[0][1] < 8) ? m1[0][0] : a) - 30) % 10007)) & 3) {
            case 1: {
                if ((m1[0][0] < -6)) {
                    return;
                }
            }
                /* fallthrough */
            case 0: {
                struct p12_In pt10[] = { (+ p12_h2((p12_h1(a, m1[0][1]) == ((47 * 5) % 10007)), ((p12_h1(2, 56) + m1[1][0]) % 10007))), (+ (p12_h2(((m1[0][0] < 63) ? m1[1][0] : 53), (((m1[0][0] & 255) << (82 & 7)) % 10007)) ?: 59)), (+ ((((m1[1][0] && (m1[0][0] < (87 / (12 % 7 + 8)))) + a) % 10007) ?: (((e9 ? e9 : 35) != 0) ? m1[0][1] : (a ? m1[0][0] : 73)))), (+ p12_h2(((((m1[0][1] != m1[0][0]) + a) % 10007) ?: a), p12_h1(m1[1][0], 67))), (+ ((void) 0, ((((m1[0][0] ? e9 : 33) + m1[0][1]) % 10007) ?: p12_h2(29, m1[0][1])))), (+ p12_h2(((m1[0][0] >= m1[1][0]) ? (m1[1][0] % (e9 % 7 + 8)) : p12_h1(e9, 54)), (((m1[0][0] == m1[1][0]) - ((void) 0, 29)) % 10007))) };
                printf("f5.d10 %d %d\n", (int) (sizeof pt10 / sizeof pt10[0]), pt10[2].y);
            }
                break;
            }
        }
    }
    if (0) {
        int e11 = 0;
        printf("f5.c11 %d\n", e11);
        {
            p12_QUIET
            a ^= (p12_h1(p12_h2(m1[0][1], a), m1[1][0]) ? (p12_h1(e11, m1[0][0]) & a) : ((m1[0][1] ?: m1[1][0]) >= (a & e11)));
            p12_QUIET_END
            printf("f5.5 %d\n", m1[0][0]);
        }
        if (0) {
            int e12 = 0;
            printf("f5.c12 %d\n", e12);
        }
        {
            printf("f5.f12 %d\n", a);
            switch (p12_h2(e11, ((void) 0, e11)) & 3) {
            case 3: {
                int m13[][3] = { ((void) 0, (m1[1][0] != a)), ((((a ? m1[0][0] : 69) & ((m1[0][0] - e11) % 10007)) * ((((a ?: m1[1][0]) + m1[0][0]) % 10007) ?: ((e11 * m1[0][1]) % 10007))) % 10007), 54, ((- ((m1[0][0] + m1[0][1]) % 10007)) | ((a < ((void) 0, 64)) && (e11 % (m1[0][1] % 7 + 8)))), (((a * (a != e11)) % 10007) % (p12_h2((0 / (a % 7 + 8)), e11) % 7 + 8)), m1[1][0], 3, ((((0 != m1[0][0]) - (a ^ m1[0][0])) % 10007) & m1[0][0]), p12_h1(p12_h2(m1[0][1], (a % (85 % 7 + 8))), p12_h2(a, p12_h2(m1[1][0], 71))) };
                printf("f5.d13 %d %d\n", (int) (sizeof m13 / sizeof m13[0]), m13[2][2]);
                char s14[] = {"egeac"};
                printf("f5.d14 %d [%s]\n", (int) sizeof s14, s14);
            }
                break;
            }
            m1[0][0] = 94;
        }
        {
            switch (((m1[0][1] ? p12_h2(((void) 0, e11), (e11 == 49)) : (a | a)) != 0) & 3) {
            case 2: {
                printf("f5.6 %d\n", e11);
            }
                break;
            }
        }
        if (0) {
            int e15 = 0;
            printf("f5.c15 %d\n", e15);
        }
        {
            printf("f5.f15 %d\n", m1[0][1]);
            int w16 = 0;
            while (w16 < 1 && (((((a ^ m1[0][0]) & 255) << (m1[0][0] & 7)) % 10007) / (((47 + 78) % 10007) % 7 + 8))) {
                w16++;
                printf("f5.7 %d\n", m1[0][0]);
                printf("f5.8 %d\n", a);
            }
        }
    }
    switch (((m1[0][1] ? p12_h1((-17 ^ m1[0][0]), (a / (m1[0][0] % 7 + 8))) : p12_h2((m1[0][0] / (27 % 7 + 8)), p12_h1(a, 32))) != 0) & 3) { case 0: case 3: {
        a = (- m1[0][0]);
    } }
    a &= ((((m1[0][0] - ((4 & 16383) >> (a & 7))) % 10007) * a) % 10007);
fn_err:
    return;
}

int p12_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    {
        int w1 = 0;
        do {
            w1++;
            {
                int (*fp2)(int, int) = p12_h2;
                printf("f4.d2 %d\n", fp2(7, 8));
            }
            if (p12_one(p12_h2(p12_f6(a, 3), a))) {
                if (((- (((a < 9) + p12_one(a)) % 10007)) != 0) != 0) {
                    { ac_dt_err = ((10 & 7) + 1); goto catch1; }
                }
                int v3 = p12_one((b ? a : a));
                printf("f4.d3 %d\n", v3);
            } else {
                unsigned u4 = (unsigned) p12_one(a) * 2654435761u;
                printf("f4.d4 %u\n", u4);
                b &= ((a < 92) ? p12_h2(p12_one((int) (u4 % 1000u)), a) : ((void) 0, a));
            }
            int t5 = p12_one(a);
                struct p12_S st7 = { .in.y = (((b / (b % 7 + 8)) ^ (a != b)) ?: (b ?: (a | a))), .a = a, .arr[2] = (19 % (p12_h2(((a < 44) ? a : 8), b) % 7 + 8)), .c = 'q' };
                printf("f4.d7 %d %ld %d %d %d %d\n", st7.a, st7.b, st7.c, st7.arr[2], st7.in.x, st7.in.y);
                printf("f4.1 %d\n", st7.arr[1]);
            int r6 = t5;
            printf("f4.t7 %d\n", r6);
        } while (w1 < 2 && 1);
        {
            if (p12_one(42)) {
                {
                    int rv2 = ((((43 & 255) << ((a ^ a) & 7)) % 10007) >= (- (w1 ?: a)));
                    {
                        printf("f4.f13 %d\n", a);
                    }
                    return rv2;
                }
            }
            int m9[][3] = { { ((a + ((- a) < (b | a))) % 10007), (- ((b / (w1 % 7 + 8)) && (b || a))), ((- b) < (b ?: (((80 + b) % 10007) ?: a))) } };
            printf("f4.d9 %d %d\n", (int) (sizeof m9 / sizeof m9[0]), m9[0][2]);
        }
        {
            if (a) {
            } else {
                b ^= p12_h1(((23 >= b) / ((b < a) % 7 + 8)), a);
            }
            if ((b < -3)) {
                p12_op_t fp10 = p12_h2;
                printf("f4.d10 %d\n", fp10(7, 8));
            }
        }
        if (0) {
            int e11 = 0;
            printf("f4.c11 %d\n", e11);
            if ((((e11 == p12_h2(e11, 38)) & 16383) >> (w1 & 7))) {
                { ac_dt_err = ((p12_h1((52 ^ a), p12_h2(a, e11)) & 7) + 1); goto finerr3; }
            }
        }
        {
            printf("f4.f11 %d\n", w1);
        }
        goto end3;
        finerr3: {
            int sv4 = ac_dt_err;
            ac_dt_err = 0;
            printf("f4.f11 %d\n", w1);
            ac_dt_err = sv4;
            goto catch1;
        }
        end3:;
    }
    goto ok1;
    catch1: {
        int e12 = ac_dt_err;
        ac_dt_err = 0;
        printf("f4.c12 %d\n", e12);
        {
            a = p12_h1((- p12_h2(a, b)), ((a ?: -4) == a));
            b &= e12;
        }
        goto ok1;
    }
    ok1:;
    {
        printf("f4.f13 %d\n", a);
    }
    return p12_h2(p12_h1((a % (a % 7 + 8)), a), (((- a) + (a >= 48)) % 10007));
}

int p12_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    printf("f3.1 %d\n", a);
    printf("f3.2 %d %d\n", -7, (p12_f6(46, a) % (a % 7 + 8)));
    if (p12_f6(p12_h2(((79 + -1) % 10007), ((a + d) % 10007)), 10)) {
        {
            printf("f3.3 %d\n", p12_f6(p12_h1(a, d), d));
            a &= a;
        }
        printf("f3.4 %d\n", p12_f3(d - 1, 24));
        switch (p12_f3(d - 1, (a ?: (a < 27))) & 3) {
        case 1: {
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            printf("f3.5 %d %d\n", a, d);
#endif
            if ((a < 98)) {
                {
                    break;
                }
            }
        }
            break;
        default: {
            {
                printf("f3.6 %s %d\n", __func__, a);
                a &= p12_h2(a, ((d & 16383) >> (a & 7)));
                p12_op_t *td2 = &p12_ops[1];
                printf("f3.d2 %d\n", (*td2)(5, 6));
            }
#if 1
            printf("f3.7 %d %d %d\n", a, d, d);
#else
            printf("never\n");
#endif
        }
            break;
        }
    }
    return (a ? 53 : ((a < 34) ? (- 75) : p12_h2(d, a)));
}

int p12_f2(int a) {
    union p12_U un1 = { ((void) 0, (p12_h2(a, 48) ? a : a)) };
    un1.i ^= (int) (un1.i) & 1023;
    return ((a + a) % 10007);
}

int p12_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    {
        {
            struct p12_In pt2[] = { (+ 13), ((p12_f2((b < 40)) + ((a & 16383) >> ((a & a) & 7))) % 10007), (+ (a ?: p12_one((a < 72)))), (p12_one(p12_h2(b, 65)) & (b ?: p12_f2(b))), ((a || ((a ? a : a) != 0)) >= p12_f6(((a < 85) || b), (- b))), (((p12_one(50) ?: ((b + b) % 10007)) * a) % 10007) };
            printf("f1.d2 %d %d\n", (int) (sizeof pt2 / sizeof pt2[0]), pt2[2].y);
            int m3[2][3] = { { p12_h1((pt2[0].y && (a < 58)), ((pt2[0].x || pt2[2].x) ? (- 81) : (b ^ 27))), p12_f2(((p12_one(a) - pt2[2].x) % 10007)), p12_f2(b) }, { pt2[0].y, b, p12_f6(p12_h2(a, p12_f6(43, b)), p12_h1(p12_f2(a), (pt2[2].x != 4))) } };
            printf("f1.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[1][2]);
        }
    }
    {
        printf("f1.f3 %d\n", 56);
        printf("f1.1 %s %d\n", __func__, (- a));
    }
    int gb2[64];
    int gn3 = p12_g2_fill(a, gb2);
    for (int gi4 = 0; gi4 < gn3; gi4++) {
        int v4 = gb2[gi4];
        printf("f1.g4 %d\n", v4);
    }
    {
        printf("f1.2 %d %d %d\n", a, a, p12_h2((b / (a % 7 + 8)), -6));
    }
    if (0) {
        int e5 = 0;
        printf("f1.c5 %d\n", e5);
        int v6 = 29;
        printf("f1.d6 %d\n", v6);
    }
    {
        a = a;
    }
    {
        printf("f1.f6 %d\n", b);
    }
    a = ((((- 17) + p12_h2(a, 54)) % 10007) ?: (p12_h2(59, a) != 82));
    b ^= (((a - a) % 10007) ? p12_h2(b, a) : ((b < 44) ? (a % (85 % 7 + 8)) : a));
    _Pragma("GCC diagnostic push")
    int gb7[64];
    int gn8 = p12_g1_fill((((66 & 16383) >> (a & 7)) ? p12_h1(33, b) : ((a < -9) ? a : 36)), b, gb7);
    for (int gi9 = 0; gi9 < gn8; gi9++) {
        int v7 = gb7[gi9];
        printf("f1.g7 %d\n", v7);
        char c8 = (char) ((55 & 63) + 32);
        printf("f1.d8 %d\n", c8);
    }
    if ((b / ((((31 & b) + ((void) 0, 96)) % 10007) % 7 + 8))) {
        int m9[][2] = { p12_h2(a, (- (b || a))), ((b + (((b * b) % 10007) % ((b == 10) % 7 + 8))) % 10007) };
        printf("f1.d9 %d %d\n", (int) (sizeof m9 / sizeof m9[0]), m9[0][1]);
        static int sl10 = 4;
        sl10 = (sl10 * 3 + ((void) 0, (61 / (m9[0][0] % 7 + 8)))) % 10007;
        printf("f1.d10 %d\n", sl10);
        m9[0][0] = p12_h1((((void) 0, m9[0][0]) ?: a), (m9[0][1] == ((m9[0][1] < 74) ? sl10 : a)));
    }
    _Pragma("GCC diagnostic pop")
    return (a % (a % 7 + 8));
}

int p12_main(void) {
    printf("main.f1 %d\n", p12_f1(28, 28));
    printf("main.f4 %d\n", p12_f4(30, 39));
    {
        p12_f5(1);
        if (ac_dt_err) goto catch1;
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
    printf("== seed 12\n");
    p12_main();
    return 0;
}
