#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 9 */
struct p9_In { int x; int y; };
struct p9_S { int a; long b; char c; int arr[3]; struct p9_In in; };
union p9_U { int i; unsigned u; char bytes[4]; };
typedef int p9_int_t;
typedef struct p9_In p9_in_t;
typedef int (*p9_op_t)(int, int);
int p9_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p9_h2(int a, int b) { return (a - b * 5) % 10007; }
p9_op_t p9_ops[2] = { p9_h1, p9_h2 };
p9_in_t p9_gin = { 3, 4 };
p9_in_t *p9_pick(p9_in_t *p) { return p; }
#define p9_QUIET _Pragma("GCC diagnostic push")
#define p9_QUIET_END _Pragma("GCC diagnostic pop")

int p9_one(int x) {
    return x - x + 1;
}

int p9_g1_fill(int n, int *ybuf);
int p9_g2_fill(int n, int *ybuf);
int p9_f1(int a, int b);
int p9_f2(int a, int b);
int p9_f3(int a);
int p9_f4(int d, int a);
void p9_f5(int a);
int p9_f6(int a);

int p9_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    union p9_U un1 = { ((n + ((n % (96 % 7 + 8)) && ((((92 + n) % 10007) ?: n) != 0))) % 10007) };
    n ^= (int) (un1.i) & 1023;
    n = (((- n) + 44) % 10007);
    ybuf[yn++] = ((p9_h1(n, n) - p9_h1(95, n)) % 10007);
    _Pragma("GCC diagnostic push")
    {
        ybuf[yn++] = n;
        if (n) {
            long l3 = (long) ((((((un1.i < 52) ? un1.i : 51) != un1.i) & 255) << (83 & 7)) % 10007) * 100000L;
            n ^= (int) (l3) & 1023;
            double dd4 = p9_h1(un1.i, ((((75 & 255) << ((int) (l3 % 10007) & 7)) % 10007) != (((n & 255) << (un1.i & 7)) % 10007))) * 0.25 + 0.5;
            un1.i ^= (int) (dd4) & 1023;
        } else {
            n = n;
        }
    }
    _Pragma("GCC diagnostic pop")
    return yn;
}

int p9_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    p9_QUIET
    n &= ((void) 0, n);
    p9_QUIET_END
    if (p9_h2(((void) 0, n), n)) {
        struct p9_In pt1[] = { { 73, n }, { n, p9_h2(((n & 16383) >> (p9_f2(-10, n) & 7)), p9_f2(p9_f2(n, 86), p9_h2(n, n))) } };
        pt1[0].x ^= (int) ((int) (sizeof pt1 / sizeof pt1[0])) & 1023;
    } else {
    }
    return yn;
}

int p9_f6(int a) {
    int v1 = p9_one(a);
    v1 ^= (int) (v1) & 1023;
    int m2[2][3] = { { p9_h2(a, (((97 + v1) % 10007) ?: (v1 & v1))), p9_one(p9_one(p9_one(v1))), v1 }, { (57 < v1), v1, v1 } };
    m2[0][0] ^= (int) ((int) (sizeof m2 / sizeof m2[0])) & 1023;
    m2[0][0] = ((a < 6) && (((a < -15) + v1) % 10007));
    switch (((((- (v1 ? 2 : m2[1][0])) != 0) ? p9_one(p9_h2(v1, v1)) : p9_h1(a, 38)) != 0) & 3) {
    case 2: {
        a ^= ((void) 0, a);
    }
        break;
    default: {
    }
        break;
    }
    switch (p9_one(-10) & 3) {
    case 1: {
#ifndef AC_DT_UNDEFINED
        a &= 55;
        if (p9_one(p9_one(m2[0][0]))) {
            return (a >= (((((a < 44) || (((v1 < 30) + v1) % 10007)) + m2[1][0]) % 10007) ?: 61));
        }
#else
        printf("never\n");
#endif
    }
        /* fallthrough */
    case 3: {
    }
        break;
    }
    return ((p9_one(a) + a) % 10007);
}

void p9_f5(int a) {
    printf("f5.in %d\n", a);
    int v2 = p9_f6(a);
    printf("f5.d2 %d\n", v2);
    printf("f5.1 %d\n", (((a * v2) % 10007) ? ((a < -11) && a) : ((void) 0, a)));
    if (((void) 0, p9_f6(p9_f6(a)))) {
        return;
    }
    {
        if ((a < 32)) {
            {
                v2 ^= v2;
                printf("f5.2 %d %d %d\n", v2, p9_h1(v2, p9_h1(v2, 93)), v2);
                printf("f5.3 %d %d %d\n", 44, p9_one((-11 != a)), v2);
            }
        }
        printf("f5.4 %d %d %d\n", p9_one(((void) 0, v2)), (p9_h2(v2, v2) || a), a);
    }
    if (0) {
        int e3 = 0;
        printf("f5.c3 %d\n", e3);
        if (p9_one(p9_one(p9_one(e3)))) {
            int m4[2][2] = { { 14, (((p9_one(a) < (a ? a : e3)) + (p9_one(29) ? p9_one(25) : ((a + v2) % 10007))) % 10007) }, { a, (14 & (((67 & 16383) >> (v2 & 7)) || p9_h2(e3, v2))) } };
            printf("f5.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[1][1]);
            printf("f5.5 %d\n", (p9_one(86) != m4[0][1]));
        }
    }
    {
        printf("f5.f4 %d\n", 4);
    }
    {
        for (p9_int_t i5 = 0; i5 < 3 && 1; i5 += p9_one(i5)) {
            printf("f5.6 %d\n", 6);
            long l6 = (long) a * 100000L;
            printf("f5.d6 %ld\n", l6);
            {
                if ((((int) (l6 % 10007) + p9_h2(((void) 0, a), v2)) % 10007)) {
                    {
                        goto L7;
                    }
                }
            L7:;
            }
        }
        {
            int w9 = 0;
            do {
                w9++;
                int m10[][3] = { (((((a & 16383) >> (v2 & 7)) ? ((void) 0, v2) : v2) * ((((38 & 16383) >> (v2 & 7)) + p9_h1(v2, 79)) % 10007)) % 10007), (v2 % (v2 % 7 + 8)), v2 };
                printf("f5.d10 %d %d\n", (int) (sizeof m10 / sizeof m10[0]), m10[0][2]);
            } while (w9 < 2 && 1);
            struct p9_In pt11[] = { ((p9_h2(-18, v2) ? p9_h1(a, v2) : a) & (a % (v2 % 7 + 8))), (+ ((v2 < ((86 + (- 8)) % 10007)) ? p9_h2(((-18 - 44) % 10007), v2) : w9)) };
            printf("f5.d11 %d %d\n", (int) (sizeof pt11 / sizeof pt11[0]), pt11[0].y);
        }
    }
    {
        printf("f5.f11 %d\n", 82);
        v2 ^= p9_h1(a, (a % (62 % 7 + 8)));
    }
    if (((- (p9_h1(a, v2) >= a)) != 0) != 0) {
        a ^= p9_h2(p9_h1(a, p9_h1(43, v2)), -9);
        printf("f5.7 %d %d %d\n", a, v2, 76);
        switch ((a < 84) & 3) { case 1: {
            v2 = p9_h1(v2, (((- a) != 0) || (((a != 9) + a) % 10007)));
        } }
    } else {
        int gb3[64];
        int gn4 = p9_g2_fill(((a / (a % 7 + 8)) || ((a & 16383) >> (66 & 7))), gb3);
        for (int gi5 = 0; gi5 < gn4; gi5++) {
            int v12 = gb3[gi5];
            printf("f5.g12 %d\n", v12);
            int w13 = 0;
            do {
                w13++;
                if (((((v2 && a) & 255) << (p9_h1(v2, ((void) 0, 87)) & 7)) % 10007)) {
                    return;
                }
            } while (w13 < 2 && 1);
        }
    }
}

int p9_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    if (p9_h1(a, a)) {
        static int sl1 = 3;
        sl1 = (sl1 * 3 + 18) % 10007;
        printf("f4.d1 %d\n", sl1);
    } else {
        long l2 = (long) p9_one((a ? 24 : p9_f6(a))) * 100000L;
        printf("f4.d2 %ld\n", l2);
        printf("f4.1 %d\n", d);
    }
    if (d) {
        return (d & p9_f6(d));
    }
    {
        int a3[] = { p9_f4(d - 1, p9_h2(p9_f6(30), p9_h2(d, d))), p9_h2(d, p9_one(a)), (- 75), (d || p9_one(d)), d };
        printf("f4.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[4]);
    }
    if (0) {
        int e4 = 0;
        printf("f4.c4 %d\n", e4);
        for (p9_int_t i5 = 0, *i5p = &i5; i5 < 3 && 1; (*i5p)++) {
            switch (((86 + (p9_h1(i5, i5) | (- i5))) % 10007) & 3) {
            case 1: {
                a &= p9_h2(((void) 0, p9_one(-7)), p9_one(p9_one(a)));
                printf("f4.2 %s %d\n", __func__, a);
            }
                /* fallthrough */
            case 2: {
                if (a) {
                    {
                        int rv2 = ((((i5 < 82) ? 1 : 94) % ((((18 & 255) << (a & 7)) % 10007) % 7 + 8)) ?: 75);
                        {
                            printf("f4.f13 %d\n", 51);
                            a ^= p9_h2(p9_f4(d - 1, (a < d)), (((a < 46) ? a : a) != p9_h2(a, a)));
                        }
                        return rv2;
                    }
                }
            }
                break;
            case 3: {
                printf("f4.3 %d %d %d\n", ((21 ^ a) && ((48 - d) % 10007)), ((((void) 0, a) * (e4 ?: d)) % 10007), ((e4 ?: d) >= p9_h1(d, d)));
            }
                break;
            }
            int gb3[64];
            int gn4 = p9_g1_fill(((((a < 68) ? d : a) != 0) ? d : (e4 != 32)), gb3);
            for (int gi5 = 0; gi5 < gn4; gi5++) {
                int v6 = gb3[gi5];
                printf("f4.g6 %d\n", v6);
                int a7[2] = { p9_h2(a, i5), e4 };
                printf("f4.d7 %d %d\n", (int) (sizeof a7 / sizeof a7[0]), a7[1]);
                int *cl8 = (int[]){ (a7[((36) % 2 + 2) % 2] < a7[(((-16 >= a)) % 2 + 2) % 2]), ((23 * ((a + e4) % 10007)) % 10007), ((((i5 & 16383) >> (a7[0] & 7)) ? (((14 + v6) % 10007) ?: 74) : p9_h2(a, 75)) % (7 % 7 + 8)) };
                printf("f4.d8 %d\n", cl8[1]);
            }
        }
        int gb6[64];
        int gn7 = p9_g2_fill(((a < ((int) sizeof(p9_f4(1, 69)))) ? (((63 + e4) % 10007) ?: 81) : d), gb6);
        for (int gi8 = 0; gi8 < gn7; gi8++) {
            int v9 = gb6[gi8];
            printf("f4.g9 %d\n", v9);
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            printf("f4.4 %d\n", ((((d & 255) << (a & 7)) % 10007) ?: (e4 / (a % 7 + 8))));
            a ^= (93 / (a % 7 + 8));
            printf("f4.5 %s %d %d %d\n", __func__, ((a < 36) || (((v9 && d) + d) % 10007)), a, (d < p9_h1(e4, d)));
#endif
            switch ((a ^ p9_h2((a && (a < 85)), (- a))) & 3) {
            case 0: {
                double dd10 = (((e4 * v9) % 10007) ? ((- 81) ^ ((d * d) % 10007)) : -6) * 0.25 + 0.5;
                printf("f4.d10 %.3f\n", dd10);
                int a11[4] = { (v9 || (((d - 39) % 10007) != p9_h1(a, a))), ((a & 16383) >> (((void) 0, ((void) 0, e4)) & 7)), p9_h2((((e4 ?: 60) != 0) ? (int) dd10 : p9_h1(a, d)), ((((62 & 255) << (a & 7)) % 10007) ?: 12)), ((((p9_h1(d, a) && (((98 & 255) << (d & 7)) % 10007)) + d) % 10007) ?: 23) };
                printf("f4.d11 %d %d\n", (int) (sizeof a11 / sizeof a11[0]), a11[3]);
            }
                break;
            case 3: {
                char s12[] = {""};
                printf("f4.d12 %d [%s]\n", (int) sizeof s12, s12);
            }
                /* fallthrough */
            case 2: {
                p9_int_t td13 = (- d);
                printf("f4.d13 %d\n", td13);
            }
                break;
            }
        }
    }
    {
        printf("f4.f13 %d\n", 51);
        a ^= p9_h2(p9_f4(d - 1, (a < d)), (((a < 46) ? a : a) != p9_h2(a, a)));
    }
    return (- ((a && d) % (p9_h1(a, 73) % 7 + 8)));
}

int p9_f3(int a) {
    printf("f3.in %d\n", a);
    a |= (a >= -2);
    long l1 = (long) p9_f6(p9_f6(p9_f6(a))) * 100000L;
    printf("f3.d1 %ld\n", l1);
    printf("f3.1 %d\n", p9_h1(a, (- a)));
    int v2 = p9_one((int) (l1 % 10007));
    printf("f3.d2 %d\n", v2);
    printf("f3.2 %d %d %d\n", v2, a, (p9_one(46) < (52 >= a)));
    {
        const int k3 = (- p9_one(((v2 < 79) ? v2 : v2)));
        printf("f3.d3 %d\n", k3);
    }
    if (0) {
        int e4 = 0;
        printf("f3.c4 %d\n", e4);
    }
    {
        printf("f3.f4 %d\n", (int) (l1 % 10007));
    }
    return p9_h1((v2 && (v2 / (a % 7 + 8))), p9_h2(p9_one(35), ((a * 28) % 10007)));
}

int p9_f2(int a, int b) {
    if ((b < 19)) {
        return 54;
    }
    if (p9_f6(p9_f6((-14 ^ a)))) {
        if (p9_f6(50)) {
            return -10;
        }
    }
    p9_QUIET
    int m1[][2] = { { b, b } };
    m1[0][0] ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    if (p9_one(((void) 0, (b != a)))) {
        return ((a < (- 20)) && p9_one(m1[0][1]));
    }
    p9_QUIET_END
    switch (((- p9_one(m1[0][0])) != 0) & 3) {
    case 2: {
        int w2 = 0;
        do {
            w2++;
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            b |= p9_h1((a & (a != -5)), ((m1[0][0] < 95) || b));
#endif
        } while (w2 < 2 && a);
#ifndef AC_DT_UNDEFINED
        if (((void) 0, p9_h2(a, (m1[0][1] ? 34 : a)))) {
            struct p9_S st3 = { .in.y = 76, .a = p9_one((m1[0][0] ? ((m1[0][0] + -4) % 10007) : ((void) 0, m1[0][0]))), .arr[2] = (p9_one(99) ?: p9_h2(82, a)), .c = 'q' };
            m1[0][0] ^= (int) (st3.a) & 1023;
            st3.in.x = p9_h1(((b < 24) ? ((int) st3.b ? a : st3.in.x) : p9_one(m1[0][0])), 56);
        }
        switch ((((((m1[0][0] ? m1[0][1] : m1[0][0]) + b) % 10007) ?: a) | (p9_h1(m1[0][1], m1[0][0]) ?: p9_one(24))) & 3) { case 2: {
            m1[0][0] = (b || m1[0][0]);
        } }
        switch (a & 3) { default: {
            b = b;
        } }
#else
        printf("never\n");
#endif
    }
        /* fallthrough */
    case 0: {
        int *cl4 = (int[]){ p9_one((p9_one(b) & a)), (- ((void) 0, ((2 + 26) % 10007))), 18 };
        a ^= (int) (cl4[1]) & 1023;
    }
        /* fallthrough */
    case 3: {
        int v5 = p9_h2(37, ((void) 0, (m1[0][0] | m1[0][1])));
        v5 ^= (int) (v5) & 1023;
    }
        /* fallthrough */
    default: {
        for (int i6 = 0; i6 < 3 && (((((m1[0][1] < 28) + m1[0][0]) % 10007) - (m1[0][0] && (m1[0][1] || b))) % 10007); i6++) {
        }
    }
        break;
    }
    int w7 = 0;
    while (w7 < 2 && ((- m1[0][1]) != 0)) {
        w7++;
        if (((m1[0][0] * a) % 10007)) {
            b ^= (((m1[0][1] & 16383) >> ((((14 + b) % 10007) ?: b) & 7)) || a);
            if ((((m1[0][1] ?: p9_h2(m1[0][0], 19)) - (p9_h2(99, m1[0][1]) && (a ^ m1[0][0]))) % 10007)) {
                int v9 = m1[0][0];
                b ^= (int) (v9) & 1023;
            } else {
                int v10 = ((((((63 + a) % 10007) ?: 74) % ((b ^ m1[0][1]) % 7 + 8)) & 16383) >> (a & 7));
                b ^= (int) (v10) & 1023;
                v10 = (((m1[0][0] ?: p9_h1(a, b)) * (((((void) 0, -4) + v10) % 10007) ?: ((45 + b) % 10007))) % 10007);
            }
            for (p9_int_t i11 = 0; i11 < 2 && 1; i11 += p9_one(i11)) {
            }
        } else {
            if ((m1[0][1] < ((69 * (- 23)) % 10007))) {
                {
                    break;
                }
            }
        }
        unsigned u12 = (unsigned) (((61 & 255) << (p9_h1((a || m1[0][1]), 32) & 7)) % 10007) * 2654435761u;
        a ^= (int) (u12) & 1023;
    }
    return (((b ^ b) + a) % 10007);
}

int p9_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    printf("f1.1 %s %d %d\n", __func__, b, p9_f3(a));
    {
        int b = p9_one((((-4 & 255) << (((a * a) % 10007) & 7)) % 10007));
        _Pragma("GCC diagnostic push")
        if (((a ?: p9_h1(b, p9_one(3))) != 0) != 0) {
            {
                goto L1;
            }
        }
        _Pragma("GCC diagnostic push")
        a &= (- p9_one((a ?: 33)));
        printf("f1.2 %d %d %d\n", b, a, b);
        _Pragma("GCC diagnostic pop")
        _Pragma("GCC diagnostic pop")
        a = (b ?: b);
        printf("f1.d1 %d\n", b);
    L1:;
    }
    printf("f1.3 %s %d %d\n", __func__, p9_h2(a, p9_one(b)), (a ?: b));
    int gb1[64];
    int gn2 = p9_g2_fill(((void) 0, (20 != b)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v2 = gb1[gi3];
        printf("f1.g2 %d\n", v2);
    }
    printf("f1.4 %s %d %d\n", __func__, a, (b >= a));
    int gb4[64];
    int gn5 = p9_g2_fill((((b * a) % 10007) ?: p9_h1(41, 60)), gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v3 = gb4[gi6];
        printf("f1.g3 %d\n", v3);
    }
    return a;
}

int p9_main(void) {
    printf("main.f1 %d\n", p9_f1(8, 40));
    p9_f5(38);
    return 0;
}


int main(void) {
    printf("== seed 9\n");
    p9_main();
    return 0;
}
