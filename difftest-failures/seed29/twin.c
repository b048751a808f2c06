#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 29 */
struct p29_In { int x; int y; };
struct p29_S { int a; long b; char c; int arr[3]; struct p29_In in; };
union p29_U { int i; unsigned u; char bytes[4]; };
typedef int p29_int_t;
typedef struct p29_In p29_in_t;
typedef int (*p29_op_t)(int, int);
int p29_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p29_h2(int a, int b) { return (a - b * 5) % 10007; }
p29_op_t p29_ops[2] = { p29_h1, p29_h2 };
p29_in_t p29_gin = { 3, 4 };
p29_in_t *p29_pick(p29_in_t *p) { return p; }
#define p29_QUIET _Pragma("GCC diagnostic push")
#define p29_QUIET_END _Pragma("GCC diagnostic pop")

int p29_one(int x) {
    return x - x + 1;
}

int p29_g1_fill(int n, int *ybuf);
int p29_g2_fill(int n, int *ybuf);
int p29_f1(int a, int b);
int p29_f2(int a);
int p29_f3(int d, int a);

int p29_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if ((p29_f2(((66 * n) % 10007)) ^ p29_f2(n))) {
        ybuf[yn++] = (((((27 + n) % 10007) ?: n) != 0) ? n : p29_f2(69));
        for (int i1 = (((p29_f2(91) ? ((((void) 0, n) + 27) % 10007) : n) != 0) & 1); i1 < 3 && 1; i1 += p29_one(i1)) {
            unsigned u2 = (unsigned) (- (n && p29_f2(53))) * 2654435761u;
            n ^= (int) (u2) & 1023;
        }
    } else {
    }
    if (p29_f2((p29_f2(n) & n))) {
        n = n;
        if (p29_h2(9, p29_f2((n % (9 % 7 + 8))))) {
            n ^= p29_f2(p29_h1((8 != n), ((n - 26) % 10007)));
            _Pragma("GCC diagnostic push")
            int v4 = ((p29_f2(p29_h1(n, n)) + (p29_f2(9) ? n : n)) % 10007);
            n ^= (int) (v4) & 1023;
            ybuf[yn++] = 54;
            _Pragma("GCC diagnostic pop")
        } else {
            long l5 = (long) ((((- n) | n) & 16383) >> (n & 7)) * 100000L;
            n ^= (int) (l5) & 1023;
            if (p29_h2(12, p29_h1(p29_f2(n), (26 == n)))) {
                return yn;
            }
        }
    } else {
        switch (((((n ^ n) == (n / (n % 7 + 8))) ? 20 : n) != 0) & 3) { case 0: {
            n = p29_h1((((n & 255) << (p29_f2(n) & 7)) % 10007), p29_f2(((16 * n) % 10007)));
        } }
    }
    n &= ((((-17 / (n % 7 + 8)) >= n) + 9) % 10007);
    if ((p29_f2(p29_f2(n)) & n)) {
        return yn;
    }
    return yn;
}

int p29_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    _Pragma("GCC diagnostic push")
    ybuf[yn++] = (((97 + n) % 10007) ?: (98 >= n));
    ybuf[yn++] = ((n + (n == 25)) % 10007);
    _Pragma("GCC diagnostic pop")
    char s1[] = {"bgeaa"};
    n ^= (int) ((int) sizeof s1) & 1023;
    int *cl2 = (int[]){ ((19 + ((n ?: 65) ^ (int) sizeof s1)) % 10007), (- p29_h2(n, ((int) sizeof s1 % (n % 7 + 8)))), p29_h2(((n < 96) ? 34 : (((25 + n) % 10007) ?: n)), p29_h1((-2 ^ n), (int) sizeof s1)) };
    cl2[1] ^= (int) (cl2[1]) & 1023;
    return yn;
}

int p29_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    switch (p29_f3(d - 1, (- ((a * a) % 10007))) & 3) {
    case 1: {
        printf("f3.1 %d %d\n", p29_f3(d - 1, p29_h2(a, a)), ((void) 0, 67));
    }
        break;
    case 3: {
        {
            a = ((void) 0, a);
            double dd1 = p29_h2(((a < 72) && p29_one(a)), a) * 0.25 + 0.5;
            printf("f3.d1 %.3f\n", dd1);
        }
        if (0) {
            int e2 = 0;
            printf("f3.c2 %d\n", e2);
        }
    }
        /* fallthrough */
    case 2: {
        switch (p29_one((a == d)) & 3) { case 1: case 2: {
            a = ((void) 0, p29_one(a));
        } }
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        int a3[] = { 99, (p29_one(54) ? (p29_h1(a, a) & 56) : 50) };
        printf("f3.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
#endif
    }
        break;
    default: {
    }
        break;
    }
    for (int i4 = ((p29_h2((a / (a % 7 + 8)), 4) < a) & 1); i4 < 1 && 1; i4++) {
        int gb2[64];
        int gn3 = p29_g1_fill((a ?: p29_one(a)), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v5 = gb2[gi4];
            printf("f3.g5 %d\n", v5);
        }
        char c6 = (char) ((p29_one(((((d & 16383) >> (i4 & 7)) - a) % 10007)) & 63) + 32);
        printf("f3.d6 %d\n", c6);
        int w7 = 0;
        while (w7 < 2 && 1) {
            w7++;
            printf("f3.2 %s %d %d %d\n", __func__, a, d, 90);
            unsigned u8 = (unsigned) d * 2654435761u;
            printf("f3.d8 %u\n", u8);
        }
    }
    int m9[][2] = { { (p29_one(13) ?: a), (- (a ?: p29_one(d))) } };
    printf("f3.d9 %d %d\n", (int) (sizeof m9 / sizeof m9[0]), m9[0][1]);
    if ((d < ((void) 0, 6))) {
        printf("f3.3 %d %d\n", m9[0][0], ((a < 90) ? 72 : ((void) 0, m9[0][1])));
        int v10 = ((p29_h2(m9[0][0], m9[0][0]) % (24 % 7 + 8)) ?: p29_one(p29_h2(m9[0][0], 17)));
        printf("f3.d10 %d\n", v10);
    } else {
        a = ((void) 0, ((a & 16383) >> ((a != d) & 7)));
        printf("f3.4 %d %d\n", m9[0][0], a);
    }
    return p29_one(-5);
}

int p29_f2(int a) {
    p29_QUIET
    p29_QUIET_END
    for (int i1 = ((((a % ((((32 + a) % 10007) ?: a) % 7 + 8)) ?: p29_one(p29_one(a))) != 0) & 1); i1 < 2 && ((- (((a & 255) << (a & 7)) % 10007)) != 0); i1++) {
        int w2 = 0;
        while (w2 < 3 && p29_one(p29_one(a))) {
            w2++;
            if (((- (p29_one(a) || ((a ?: i1) != 0))) != 0) != 0) {
                a = ((((void) 0, (a ?: a)) & 16383) >> (p29_one(((i1 < 38) ? a : i1)) & 7));
                int m3[][2] = { { 54, (a ? ((((a + i1) % 10007) + (89 / (i1 % 7 + 8))) % 10007) : p29_one((a != 50))) }, { a, a } };
                a ^= (int) ((int) (sizeof m3 / sizeof m3[0])) & 1023;
            }
        }
        for (int i4 = 0; i4 < 1 && 1; i4++) {
            int w5 = 0;
            do {
                w5++;
            } while (w5 < 2 && 1);
            if (a) {
                double dd6 = w2 * 0.25 + 0.5;
                a ^= (int) (dd6) & 1023;
            }
            _Pragma("GCC diagnostic push")
            _Pragma("GCC diagnostic pop")
        }
    }
    return ((((((a < 47) & 255) << (a & 7)) % 10007) + a) % 10007);
}

int p29_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    for (p29_int_t i1 = 0, *i1p = &i1; i1 < 3 && 1; (*i1p)++) {
        int a2[] = { p29_h1((p29_one(a) ^ b), ((a * p29_h2(a, -5)) % 10007)), (- ((((i1 & 255) << (a & 7)) % 10007) ? p29_h1(a, a) : a)), b };
        printf("f1.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[2]);
        int a3[] = { (a / ((((b >= a) * p29_one(1)) % 10007) % 7 + 8)), a2[0] };
        printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
    }
    b = a;
    {
        b |= ((void) 0, (((b ?: b) + 62) % 10007));
        int gb1[64];
        int gn2 = p29_g1_fill(p29_f2(a), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v5 = gb1[gi3];
            printf("f1.g5 %d\n", v5);
        }
    }
    int v6 = p29_one(p29_one(-7));
    printf("f1.d6 %d\n", v6);
    for (int i7 = 0; i7 < 1 && ((((v6 ? (v6 == -4) : p29_one(-7)) & 255) << ((((a | a) + v6) % 10007) & 7)) % 10007); i7 += p29_one(i7)) {
        {
            if (((a ?: b) != 0) != 0) {
                v6 &= b;
                b &= -9;
            } else {
                printf("f1.1 %d\n", a);
                if ((b < 59)) {
                    {
                        continue;
                    }
                }
            }
            p29_int_t td8 = 74;
            printf("f1.d8 %d\n", td8);
            {
                printf("f1.2 %d %d\n", i7, a);
                struct p29_S st9 = { .in.y = ((((b < 96) ? p29_one(-12) : p29_one(38)) != 0) && (((b < 62) + b) % 10007)), .a = p29_one(p29_one(95)), .arr[2] = p29_one(p29_one((i7 ? 1 : 89))), .c = 'q' };
                printf("f1.d9 %d %ld %d %d %d %d\n", st9.a, st9.b, st9.c, st9.arr[2], st9.in.x, st9.in.y);
                td8 = (((6 & 255) << (((a & 16383) >> ((((27 + st9.arr[1]) % 10007) ?: b) & 7)) & 7)) % 10007);
            }
            if (0) {
                int e10 = 0;
                printf("f1.c10 %d\n", e10);
                printf("f1.3 %d\n", a);
            }
            {
                printf("f1.f10 %d\n", i7);
            }
        }
        if (0) {
            int e11 = 0;
            printf("f1.c11 %d\n", e11);
            for (int i12 = 0; i12 < 2 && 1; i12++) {
                int m13[][2] = { { e11, p29_h1(((void) 0, ((void) 0, i7)), ((((v6 ?: i12) + v6) % 10007) ?: b)) } };
                printf("f1.d13 %d %d\n", (int) (sizeof m13 / sizeof m13[0]), m13[0][1]);
                char s14[] = "";
                printf("f1.d14 %d [%s]\n", (int) sizeof s14, s14);
            }
            {
                int b = (-13 / (v6 % 7 + 8));
                char s16[] = "he";
                printf("f1.d16 %d [%s]\n", (int) sizeof s16, s16);
                printf("f1.d16 %d\n", b);
            }
        }
        switch (((- (((a || a) + (b ^ v6)) % 10007)) != 0) & 3) { default: {
            a = (((31 & 255) << ((((v6 != -9) * ((void) 0, 72)) % 10007) & 7)) % 10007);
        } }
    }
    return ((28 + (p29_h1(a, a) | (- v6))) % 10007);
}

int p29_main(void) {
    printf("main.f1 %d\n", p29_f1(29, 38));
    int gb1[64];
    int gn2 = p29_g2_fill(1, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v = gb1[gi3];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 29\n");
    p29_main();
    return 0;
}
