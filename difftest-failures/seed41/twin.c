#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 41 */
struct p41_In { int x; int y; };
struct p41_S { int a; long b; char c; int arr[3]; struct p41_In in; };
union p41_U { int i; unsigned u; char bytes[4]; };
typedef int p41_int_t;
typedef struct p41_In p41_in_t;
typedef int (*p41_op_t)(int, int);
int p41_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p41_h2(int a, int b) { return (a - b * 5) % 10007; }
p41_op_t p41_ops[2] = { p41_h1, p41_h2 };
p41_in_t p41_gin = { 3, 4 };
p41_in_t *p41_pick(p41_in_t *p) { return p; }
#define p41_QUIET _Pragma("GCC diagnostic push")
#define p41_QUIET_END _Pragma("GCC diagnostic pop")

int p41_one(int x) {
    return x - x + 1;
}

int p41_g1_fill(int n, int *ybuf);
int p41_g2_fill(int n, int *ybuf);
int p41_f1(int a);
int p41_f2(int a);
int p41_f3(int d, int a);
int p41_f4(int a, int b);
void p41_f5(int a, int b);
int p41_f6(int a, int b);

int p41_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if ((p41_h1(n, (- 73)) % (p41_h1(68, (n % (-13 % 7 + 8))) % 7 + 8))) {
        return yn;
    }
    long l1 = (long) p41_h2(((n - p41_h1(n, 71)) % 10007), 91) * 100000L;
    n ^= (int) (l1) & 1023;
    if (((((((- n) & 255) << (((n < -10) ? (int) (l1 % 10007) : (int) (l1 % 10007)) & 7)) % 10007) ? ((((n && n) + (int) (l1 % 10007)) % 10007) ?: ((int) (l1 % 10007) & 56)) : ((85 + ((int) (l1 % 10007) == 32)) % 10007)) != 0) != 0) {
        return yn;
    }
    return yn;
}

int p41_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    p41_op_t fp1 = p41_h2;
    n ^= (int) (fp1(7, 8)) & 1023;
    return yn;
}

int p41_f6(int a, int b) {
    b = p41_h1(((p41_one(a) & 16383) >> (p41_one(b) & 7)), b);
    if (((p41_h1(p41_one(a), b) ?: b) != 0) != 0) {
        b |= ((void) 0, (a == p41_one(b)));
    } else {
        char s1[] = {"bfhfcb"};
        a ^= (int) ((int) sizeof s1) & 1023;
        {
            int b = a;
            b = 85;
            {
                a = p41_one((- (a ?: b)));
            }
            a ^= (int) (b) & 1023;
        }
    }
    int m3[][3] = { (53 % (p41_one(((void) 0, a)) % 7 + 8)), p41_h2(p41_one(b), a), ((void) 0, p41_one(p41_h2(a, 86))), 52, p41_one(p41_one(62)), (- (p41_one(a) ? p41_h2(61, b) : (-10 / (99 % 7 + 8)))) };
    a ^= (int) ((int) (sizeof m3 / sizeof m3[0])) & 1023;
    return ((((a % (((80 - a) % 10007) % 7 + 8)) ^ b) + a) % 10007);
}

void p41_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    printf("f5.1 %d\n", a);
    {
        b |= b;
        printf("f5.2 %d %d\n", ((b - p41_one(9)) % 10007), b);
        printf("f5.3 %d\n", a);
    }
    if (0) {
        int e1 = 0;
        printf("f5.c1 %d\n", e1);
        {
            {
                printf("f5.4 %d %d %d\n", (-18 < p41_h1(85, 94)), a, b);
            }
            if (0) {
                int e3 = 0;
                printf("f5.c3 %d\n", e3);
                b = b;
                int m4[][3] = { { ((p41_f6(((a < 10) ? e1 : b), p41_h1(23, e1)) & 16383) >> (((p41_f6(e3, b) + e3) % 10007) & 7)), (((e1 && ((- e3) != 0)) + -16) % 10007), (99 & ((p41_f6(24, e3) * p41_one(e3)) % 10007)) }, { ((void) 0, 55), ((e1 < 3) && ((((e1 ?: a) != 0) + b) % 10007)), p41_one((((39 & 255) << (p41_h2(a, 56) & 7)) % 10007)) }, { (((66 & 255) << (((void) 0, (- e3)) & 7)) % 10007), p41_h2(39, p41_h2(4, (e3 & 87))), (p41_h2(53, b) >= b) } };
                printf("f5.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[2][2]);
            }
            printf("f5.5 %d %d\n", p41_h2(p41_h1(b, a), e1), a);
        }
        if ((e1 < 76)) {
            { ac_dt_err = ((((((b < 96) && a) + ((54 * a) % 10007)) % 10007) & 7) + 1); goto finerr1; }
        }
    }
    {
        printf("f5.f4 %d\n", 86);
    }
    goto end1;
    finerr1: {
        int sv3 = ac_dt_err;
        ac_dt_err = 0;
        printf("f5.f4 %d\n", 86);
        ac_dt_err = sv3;
        goto fn_err;
    }
    end1:;
    {
        {
            b &= p41_h2(91, p41_h2((b || b), (53 ^ b)));
            switch ((a < 2) & 3) {
            case 0: {
                printf("f5.6 %d %d\n", ((((void) 0, b) + b) % 10007), b);
            }
                /* fallthrough */
            case 2: {
                if ((p41_h2(2, (- a)) != p41_h1(p41_h1(b, a), (b ? 31 : b))) != 0) {
                    {
                        goto L5;
                    }
                }
            }
                break;
            case 3: {
            }
                break;
            }
        L5:;
        }
    }
fn_err:
    return;
}

int p41_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    int w1 = 0;
    do {
        w1++;
        {
            int gb2[64];
            int gn3 = p41_g2_fill(((b + a) % 10007), gb2);
            for (int gi4 = 0; gi4 < gn3; gi4++) {
                int v2 = gb2[gi4];
                printf("f4.g2 %d\n", v2);
                static int sl3 = 1;
                sl3 = (sl3 * 3 + -3) % 10007;
                printf("f4.d3 %d\n", sl3);
                a ^= p41_one(p41_one(p41_one(78)));
            }
        }
        if (0) {
            int e4 = 0;
            printf("f4.c4 %d\n", e4);
            if ((e4 | (((((e4 & 255) << (b & 7)) % 10007) + ((e4 < 67) && b)) % 10007))) {
                printf("f4.1 %d %d\n", ((- a) == p41_h2(a, e4)), e4);
            } else {
                unsigned u5 = (unsigned) p41_h1(12, a) * 2654435761u;
                printf("f4.d5 %u\n", u5);
                printf("f4.2 %d %d %d\n", (((59 + (int) (u5 % 1000u)) % 10007) ?: ((-6 * b) % 10007)), p41_h1(((b * a) % 10007), p41_h2(a, e4)), ((((a < 48) && (((a < 79) + a) % 10007)) * ((a < 99) ? 91 : b)) % 10007));
            }
            int gb5[64];
            int gn6 = p41_g2_fill(((void) 0, ((a < -16) ? b : 22)), gb5);
            for (int gi7 = 0; gi7 < gn6; gi7++) {
                int v6 = gb5[gi7];
                printf("f4.g6 %d\n", v6);
                a = ((((void) 0, e4) | p41_h2(3, e4)) % (a % 7 + 8));
            }
        }
        {
            printf("f4.f6 %d\n", -11);
        }
    } while (w1 < 2 && 1);
    printf("f4.3 %d %d\n", b, p41_h2(w1, a));
    if (((((-12 - 49) % 10007) & 16383) >> ((((a + a) % 10007) ^ (a < 39)) & 7))) {
        {
            int m7[][2] = { (b ? (b ?: (b ^ 99)) : -12), w1, ((b + ((a < 19) ? ((47 - 88) % 10007) : (w1 ? b : b))) % 10007), a };
            printf("f4.d7 %d %d\n", (int) (sizeof m7 / sizeof m7[0]), m7[1][1]);
            struct p41_S st8 = { ((((void) 0, (((-14 & 255) << (m7[0][1] & 7)) % 10007)) + (- 1)) % 10007), (((((36 ^ m7[0][0]) ^ (- m7[0][1])) ?: 10) + 0) % 10007), 'k', { (((((void) 0, w1) || p41_h1(w1, a)) + (((b + a) % 10007) || (71 == a))) % 10007), 81, ((p41_h1(23, a) ?: w1) >= m7[0][0]) }, { ((void) 0, (m7[0][1] && p41_h2(b, 72))), p41_h2((((b + m7[0][1]) % 10007) ? ((m7[0][0] + m7[1][0]) % 10007) : m7[1][0]), p41_h2(p41_h2(b, a), (b < a))) } };
            printf("f4.d8 %d %ld %d %d %d %d\n", st8.a, st8.b, st8.c, st8.arr[2], st8.in.x, st8.in.y);
        }
        if (0) {
            int e9 = 0;
            printf("f4.c9 %d\n", e9);
        }
        a = ((((- (- a)) + w1) % 10007) ?: (((b ? a : w1) != 0) && (((w1 < b) + a) % 10007)));
        int a10[] = { ((a < -2) ? (a ? p41_h2(12, 92) : (-18 >= a)) : p41_h1((a < 8), ((b * b) % 10007))), b, (((((52 / (69 % 7 + 8)) & 255) << ((w1 ? 75 : b) & 7)) % 10007) && ((- w1) | (37 < b))) };
        printf("f4.d10 %d %d\n", (int) (sizeof a10 / sizeof a10[0]), a10[2]);
    }
    int gb9[64];
    int gn10 = p41_g1_fill((b >= (a ?: b)), gb9);
    for (int gi11 = 0; gi11 < gn10; gi11++) {
        int v11 = gb9[gi11];
        printf("f4.g11 %d\n", v11);
        printf("f4.4 %d %d\n", b, b);
        {
#if 1
            a |= ((p41_h1(w1, 64) & (- b)) ? w1 : (((a & 16383) >> (b & 7)) ? ((86 - 72) % 10007) : p41_h1(v11, b)));
            struct p41_S st12 = { .in.y = ((void) 0, ((((b & 255) << (v11 & 7)) % 10007) & (a != 29))), .a = ((a < 43) && b), .arr[2] = (p41_h1(((44 * b) % 10007), (a ?: a)) % (p41_h1((13 / (a % 7 + 8)), (b ? 72 : b)) % 7 + 8)), .c = 'q' };
            printf("f4.d12 %d %ld %d %d %d %d\n", st12.a, st12.b, st12.c, st12.arr[2], st12.in.x, st12.in.y);
            printf("f4.5 %d %d %d\n", b, a, st12.in.x);
#else
            printf("never\n");
#endif
        }
        if (0) {
            int e13 = 0;
            printf("f4.c13 %d\n", e13);
            if ((-14 & p41_h2(((e13 & 16383) >> (89 & 7)), p41_h2(7, b)))) {
                {
                    {
                        printf("f4.f13 %d\n", b);
                        _Pragma("GCC diagnostic push")
                        printf("f4.6 %d %d %d\n", ((((32 + b) % 10007) ?: 50) % (((void) 0, b) % 7 + 8)), w1, (- (b ? v11 : a)));
                        _Pragma("GCC diagnostic pop")
                    }
                    continue;
                }
            }
            b ^= (- (((void) 0, w1) | e13));
        }
        {
            printf("f4.f13 %d\n", b);
            _Pragma("GCC diagnostic push")
            printf("f4.6 %d %d %d\n", ((((32 + b) % 10007) ?: 50) % (((void) 0, b) % 7 + 8)), w1, (- (b ? v11 : a)));
            _Pragma("GCC diagnostic pop")
        }
    }
#ifndef AC_DT_UNDEFINED
    int m14[][3] = { ((w1 < 7) ? (24 / ((a ? -6 : a) % 7 + 8)) : -12), p41_h1(((((a >= 22) + b) % 10007) ?: p41_h1(11, a)), ((void) 0, p41_h2(w1, a))), a };
    printf("f4.d14 %d %d\n", (int) (sizeof m14 / sizeof m14[0]), m14[0][2]);
    int a15[] = { b, (((void) 0, p41_h2(b, a)) ?: (((m14[0][0] + w1) % 10007) == w1)) };
    printf("f4.d15 %d %d\n", (int) (sizeof a15 / sizeof a15[0]), a15[1]);
    switch (m14[0][1] & 3) {
    case 0: {
        printf("f4.7 %d %d %d\n", a15[0], a15[0], w1);
    }
        break;
    case 1: {
        int gb13[64];
        int gn14 = p41_g1_fill(m14[0][1], gb13);
        for (int gi15 = 0; gi15 < gn14; gi15++) {
            int v16 = gb13[gi15];
            printf("f4.g16 %d\n", v16);
            int (*fp17)(int, int) = p41_h2;
            printf("f4.d17 %d\n", fp17(7, 8));
        }
    }
        break;
    case 2: {
        a15[1] &= (a15[((a15[1]) % 2 + 2) % 2] || a15[((a15[((72) % 2 + 2) % 2]) % 2 + 2) % 2]);
    }
        break;
    }
#else
    printf("never\n");
#endif
    printf("f4.8 %d %d %d\n", p41_h2(((void) 0, b), p41_h1(b, a)), b, p41_h1((69 == b), (- a)));
    return p41_h1(((b + (b ? a : w1)) % 10007), (((6 + b) % 10007) ?: (a | b)));
}

int p41_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    static int sl1 = 8;
    sl1 = (sl1 * 3 + 73) % 10007;
    printf("f3.d1 %d\n", sl1);
    printf("f3.1 %d %d %d\n", a, a, (- (d && d)));
    if ((a < -5)) {
        a |= (((p41_f6(a, sl1) ?: sl1) * p41_f6((sl1 != 7), p41_h2(80, -16))) % 10007);
        a &= ((p41_one(70) - 80) % 10007);
    } else {
        a = (((p41_f3(d - 1, (a ? 92 : d)) & 255) << (p41_f6(p41_f6(sl1, -11), 80) & 7)) % 10007);
        {
            int v2 = ((void) 0, ((int) sizeof(p41_f3(1, sl1))));
            printf("f3.d2 %d\n", v2);
        }
        if (0) {
            int e3 = 0;
            printf("f3.c3 %d\n", e3);
        }
        {
            printf("f3.f3 %d\n", sl1);
            printf("f3.2 %s %d %d\n", __func__, p41_f3(d - 1, p41_h2(a, sl1)), a);
        }
    }
    {
        {
            switch ((p41_h1((sl1 || a), (d ?: 34)) ^ p41_h2(((void) 0, a), (d == a))) & 3) {
            case 2: {
                double dd4 = sl1 * 0.25 + 0.5;
                printf("f3.d4 %.3f\n", dd4);
            }
                break;
            case 1: {
                double dd5 = (57 / (a % 7 + 8)) * 0.25 + 0.5;
                printf("f3.d5 %.3f\n", dd5);
                a &= ((a % (((d < 97) ? a : a) % 7 + 8)) ? a : (((((30 + sl1) % 10007) ?: a) + 37) % 10007));
            }
                /* fallthrough */
            case 0: {
                a ^= a;
            }
                break;
            default: {
                a = 93;
                char s6[] = {"cadgcd"};
                printf("f3.d6 %d [%s]\n", (int) sizeof s6, s6);
            }
                break;
            }
            if ((d < 81)) {
                static int sl7 = 7;
                sl7 = (sl7 * 3 + (p41_h1(67, sl1) / (((void) 0, 48) % 7 + 8))) % 10007;
                printf("f3.d7 %d\n", sl7);
                printf("f3.3 %s %d\n", __func__, sl1);
                printf("f3.4 %d %d\n", sl7, a);
            } else {
                a |= a;
                int v8 = ((void) 0, ((void) 0, ((a < 56) ? a : -2)));
                printf("f3.d8 %d\n", v8);
            }
        }
        if (0) {
            int e9 = 0;
            printf("f3.c9 %d\n", e9);
            printf("f3.5 %d %d %d\n", sl1, (((d & e9) - sl1) % 10007), (d ?: a));
            printf("f3.6 %s %d\n", __func__, (((72 & 255) << (((void) 0, sl1) & 7)) % 10007));
        }
        {
            printf("f3.f9 %d\n", d);
            printf("f3.7 %d %d\n", ((void) 0, -19), a);
            printf("f3.8 %d %d %d\n", a, d, d);
        }
        char c10 = (char) ((p41_h1(86, (sl1 < (12 & sl1))) & 63) + 32);
        printf("f3.d10 %d\n", c10);
        switch (((((28 + (sl1 / (((c10 ^ 1000) - 1000) % 7 + 8))) % 10007) + (((a ?: d) != 0) || p41_h2(a, ((c10 ^ 1000) - 1000)))) % 10007) & 3) {
        case 1: {
            switch ((((((a & 255) << ((a ^ 21) & 7)) % 10007) + ((- a) == ((a < 14) ? d : 96))) % 10007) & 3) {
            case 1: {
                printf("f3.9 %d %d\n", ((p41_h1(37, 90) + a) % 10007), a);
                union p41_U un11 = { .u = (unsigned) d };
                printf("f3.d11 %u\n", un11.u);
            }
                /* fallthrough */
            case 2: {
                int m12[1][3] = { { p41_h2(a, a), (((sl1 ? a : ((60 & 16383) >> (a & 7))) != 0) ? ((void) 0, sl1) : sl1), p41_h1((a >= p41_h2(11, 27)), (- (((c10 ^ 1000) - 1000) & 6))) } };
                printf("f3.d12 %d %d\n", (int) (sizeof m12 / sizeof m12[0]), m12[0][2]);
                long l13 = (long) ((62 & 16383) >> (sl1 & 7)) * 100000L;
                printf("f3.d13 %ld\n", l13);
            }
                break;
            default: {
                struct p41_In *cl14 = &(struct p41_In){ (((a ?: (d % (a % 7 + 8))) != 0) && ((c10 ^ 1000) - 1000)), p41_h2(a, a) };
                printf("f3.d14 %d\n", cl14->y);
                if ((((((64 / (85 % 7 + 8)) + -14) % 10007) + p41_h1((a < -6), cl14->y)) % 10007)) {
                    {
                        int rv4 = p41_h1(p41_h1(a, (a | d)), a);
                        {
                            printf("f3.f17 %d\n", a);
                            if (p41_h2(((((a || a) & 255) << (((83 + a) % 10007) & 7)) % 10007), (((a < 52) && (((a < 18) + a) % 10007)) || ((((((64 + sl1) % 10007) ?: 4) != 0) + d) % 10007)))) {
                                printf("f3.11 %d %d\n", sl1, d);
                                switch ((a < 42) & 3) {
                                case 2: {
                                    printf("f3.12 %d %d %d\n", a, d, (((90 + a) % 10007) ?: ((a & 16383) >> (d & 7))));
                                    printf("f3.13 %d %d\n", a, a);
                                }
                                    break;
                                }
                            } else {
                                {
                                    printf("f3.14 %d\n", a);
                                }
                            }
                            a |= (((a ? (a % (sl1 % 7 + 8)) : -13) != 0) && ((((sl1 < -14) ? sl1 : a) + sl1) % 10007));
                        }
                        return rv4;
                    }
                }
            }
                break;
            }
        }
            break;
        }
    }
    if (0) {
        int e15 = 0;
        printf("f3.c15 %d\n", e15);
        if ((e15 < -4)) {
            {
                int rv5 = (sl1 ? ((a - ((a < 89) ? d : a)) % 10007) : (d ? p41_h2(d, e15) : e15));
                {
                    printf("f3.f17 %d\n", a);
                    if (p41_h2(((((a || a) & 255) << (((83 + a) % 10007) & 7)) % 10007), (((a < 52) && (((a < 18) + a) % 10007)) || ((((((64 + sl1) % 10007) ?: 4) != 0) + d) % 10007)))) {
                        printf("f3.11 %d %d\n", sl1, d);
                        switch ((a < 42) & 3) {
                        case 2: {
                            printf("f3.12 %d %d %d\n", a, d, (((90 + a) % 10007) ?: ((a & 16383) >> (d & 7))));
                            printf("f3.13 %d %d\n", a, a);
                        }
                            break;
                        }
                    } else {
                        {
                            printf("f3.14 %d\n", a);
                        }
                    }
                    a |= (((a ? (a % (sl1 % 7 + 8)) : -13) != 0) && ((((sl1 < -14) ? sl1 : a) + sl1) % 10007));
                }
                return rv5;
            }
        }
        int w16 = 0;
        while (w16 < 1 && 1) {
            w16++;
            char c17 = (char) ((p41_h1((sl1 ?: sl1), a) & 63) + 32);
            printf("f3.d17 %d\n", c17);
            switch ((((void) 0, p41_h1(((c17 ^ 1000) - 1000), d)) != p41_h1((e15 || (a < 63)), ((81 - a) % 10007))) & 3) {
            case 0: {
                printf("f3.10 %d %d\n", ((c17 ^ 1000) - 1000), a);
            }
                /* fallthrough */
            case 3: {
                a |= 60;
            }
                break;
            }
        }
    }
    {
        printf("f3.f17 %d\n", a);
        if (p41_h2(((((a || a) & 255) << (((83 + a) % 10007) & 7)) % 10007), (((a < 52) && (((a < 18) + a) % 10007)) || ((((((64 + sl1) % 10007) ?: 4) != 0) + d) % 10007)))) {
            printf("f3.11 %d %d\n", sl1, d);
            switch ((a < 42) & 3) {
            case 2: {
                printf("f3.12 %d %d %d\n", a, d, (((90 + a) % 10007) ?: ((a & 16383) >> (d & 7))));
                printf("f3.13 %d %d\n", a, a);
            }
                break;
            }
        } else {
            {
                printf("f3.14 %d\n", a);
            }
        }
        a |= (((a ? (a % (sl1 % 7 + 8)) : -13) != 0) && ((((sl1 < -14) ? sl1 : a) + sl1) % 10007));
    }
    int w18 = 0;
    do {
        w18++;
        {
            printf("f3.15 %s %d %d\n", __func__, a, (((a && a) + a) % 10007));
            struct p41_S st19 = { .in.y = p41_h1(((d ? sl1 : a) >= (d ?: a)), p41_h2((d & a), a)), .a = ((p41_h1(sl1, (((a & 255) << (d & 7)) % 10007)) * (- (a ?: d))) % 10007), .arr[2] = p41_h2((d & (- d)), ((d & a) == (((-14 + a) % 10007) ?: a))), .c = 'q' };
            printf("f3.d19 %d %ld %d %d %d %d\n", st19.a, st19.b, st19.c, st19.arr[2], st19.in.x, st19.in.y);
        }
        if (0) {
            int e20 = 0;
            printf("f3.c20 %d\n", e20);
            printf("f3.16 %d %d\n", 15, ((p41_h2(a, d) + (sl1 ?: 1)) % 10007));
            int gb7[64];
            int gn8 = p41_g1_fill(((e20 ^ sl1) || (51 == sl1)), gb7);
            for (int gi9 = 0; gi9 < gn8; gi9++) {
                int v21 = gb7[gi9];
                printf("f3.g21 %d\n", v21);
                printf("f3.17 %d %d\n", p41_h1((sl1 != v21), ((a < -11) || (((d < 13) + v21) % 10007))), 98);
            }
        }
        {
            printf("f3.f21 %d\n", sl1);
            printf("f3.18 %d %d %d\n", ((d < 12) && d), (3 != d), 82);
            printf("f3.19 %d\n", d);
        }
    } while (w18 < 2 && 1);
    printf("f3.20 %d %d %d\n", ((void) 0, a), w18, a);
    printf("f3.21 %d %d\n", sl1, (((void) 0, d) || d));
    return a;
}

int p41_f2(int a) {
    char s1[] = "bab";
    a ^= (int) ((int) sizeof s1) & 1023;
    return ((p41_h1(67, a) + a) % 10007);
}

int p41_f1(int a) {
    printf("f1.in %d\n", a);
    printf("f1.1 %d %d %d\n", p41_f6((a ?: 76), a), a, a);
    if (p41_f6((- a), 16)) {
        return p41_f6(p41_h1(a, p41_h2(a, a)), p41_h1(a, a));
    }
    if (p41_one((p41_f2(a) >= a))) {
        { ac_dt_err = ((((void) 0, a) & 7) + 1); goto fn_err; }
    }
    printf("f1.2 %d %d %d\n", a, a, p41_h2((a ? a : a), a));
    return p41_f2(p41_f2(p41_h2(a, a)));
fn_err:
    return 0;
}

int p41_main(void) {
    {
        int ht2 = p41_f1(7);
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
    printf("main.f4 %d\n", p41_f4(3, 3));
    {
        p41_f5(37, 24);
        if (ac_dt_err) goto catch3;
    }
    goto ok3;
    catch3: {
        int e2 = ac_dt_err;
        ac_dt_err = 0;
        printf("main.caught %d\n", e2);
        goto ok3;
    }
    ok3:;
    return 0;
}


int main(void) {
    printf("== seed 41\n");
    p41_main();
    return 0;
}
