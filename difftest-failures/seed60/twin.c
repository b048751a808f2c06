#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 60 */
struct p60_In { int x; int y; };
struct p60_S { int a; long b; char c; int arr[3]; struct p60_In in; };
union p60_U { int i; unsigned u; char bytes[4]; };
typedef int p60_int_t;
typedef struct p60_In p60_in_t;
typedef int (*p60_op_t)(int, int);
int p60_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p60_h2(int a, int b) { return (a - b * 5) % 10007; }
p60_op_t p60_ops[2] = { p60_h1, p60_h2 };
p60_in_t p60_gin = { 3, 4 };
p60_in_t *p60_pick(p60_in_t *p) { return p; }
#define p60_QUIET _Pragma("GCC diagnostic push")
#define p60_QUIET_END _Pragma("GCC diagnostic pop")

int p60_one(int x) {
    return x - x + 1;
}

int p60_g1_fill(int n, int *ybuf);
int p60_g2_fill(int n, int *ybuf);
int p60_f1(int a);
int p60_f2(int a, int b);
int p60_f3(int d, int a);
int p60_f4(int a);
void p60_f5(int a, int b);

int p60_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    int v1 = -19;
    v1 ^= (int) (v1) & 1023;
    switch (p60_h1(p60_h1((8 % (v1 % 7 + 8)), v1), (p60_h1(26, 62) >= n)) & 3) { default: {
        v1 = p60_h2(((((((38 + n) % 10007) ?: v1) + n) % 10007) ?: n), (n ^ ((73 + 3) % 10007)));
    } }
    return yn;
}

int p60_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    p60_QUIET
    if (p60_h1((- (n & n)), n)) {
        if (n) {
            return yn;
        }
        ybuf[yn++] = ((n - n) % 10007);
    } else {
        ybuf[yn++] = (p60_h2(n, 34) ?: (n || n));
    }
    p60_QUIET_END
    if ((n == (- ((7 * 12) % 10007))) != 0) {
        if (p60_h1(p60_h1(n, (52 != n)), n)) {
            ybuf[yn++] = n;
            int y1 = 0;
            n ^= (int) (y1) & 1023;
            switch (((y1 ?: y1) != 0) & 3) {
            case 1: {
                double dd2 = n * 0.25 + 0.5;
                n ^= (int) (dd2) & 1023;
            }
                /* fallthrough */
            case 3: {
                ybuf[yn++] = (((n | n) + 91) % 10007);
                y1 &= 6;
            }
                break;
            default: {
                n ^= n;
            }
                break;
            }
            if (p60_h1(p60_h1((n >= 3), (84 / (y1 % 7 + 8))), (p60_h2(41, n) ? y1 : (n ?: -10)))) {
            }
        }
        int m3[][3] = { p60_h1(47, n), (n ?: p60_h2(n, (n ^ n))), p60_h2(((65 & n) >= (n ?: n)), n), (n & (n ? p60_h2(n, n) : (((6 & 255) << (-14 & 7)) % 10007))), (((n | n) >= (n & n)) || n), p60_h2((- ((57 + 48) % 10007)), p60_h1((n || n), n)), ((((n | n) ?: p60_h1(93, n)) * (n ?: p60_h2(n, 30))) % 10007), n, ((p60_h2(n, -19) | p60_h2(n, 60)) ? 27 : n) };
        m3[0][0] ^= (int) ((int) (sizeof m3 / sizeof m3[0])) & 1023;
        switch (p60_h2(((((m3[0][0] ? n : n) & 255) << (m3[2][0] & 7)) % 10007), p60_h1(39, n)) & 3) { case 2: {
            m3[0][0] = (((m3[0][0] * m3[0][0]) % 10007) ?: 30);
        } }
    } else {
        union p60_U un4 = { 67 };
        un4.i ^= (int) (un4.i) & 1023;
    }
    n |= (n & p60_h1((n ?: n), (23 != n)));
    return yn;
}

void p60_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    int gb1[64];
    int gn2 = p60_g1_fill((((- 0) + (a ^ a)) % 10007), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f5.g1 %d\n", v1);
        {
            int b = ((((a / (a % 7 + 8)) & 16383) >> ((- a) & 7)) < v1);
            b = v1;
            int m2[][2] = { { (p60_one(a) || (76 / (p60_one(b) % 7 + 8))), (p60_one((a >= v1)) ? (- p60_one(a)) : ((a ?: v1) < a)) }, { p60_h2(b, a), ((p60_h1(p60_h1(a, 65), b) & 16383) >> (v1 & 7)) }, { 60, p60_h1((p60_h1(v1, 76) ?: (v1 && b)), 84) } };
            printf("f5.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[2][1]);
            printf("f5.1 %d %d %d\n", ((v1 != 92) ? 1 : 63), a, m2[0][1]);
            printf("f5.d2 %d\n", b);
        }
    }
    printf("f5.2 %d %d\n", b, ((a & 14) % (a % 7 + 8)));
    int w3 = 0;
    do {
        w3++;
        b ^= p60_h2((- b), (- b));
        {
            {
                printf("f5.3 %d %d\n", (b < p60_h1(b, a)), b);
                printf("f5.4 %s %d %d %d\n", __func__, b, (- p60_one(a)), b);
            }
            if (0) {
                int e5 = 0;
                printf("f5.c5 %d\n", e5);
            }
            {
                printf("f5.f5 %d\n", b);
                printf("f5.5 %s %d %d\n", __func__, b, a);
            }
            {
                struct p60_In pt6[] = { { p60_h2(((b >= 42) && (a | b)), p60_h2(p60_one(-10), p60_h2(b, 84))), a } };
                printf("f5.d6 %d %d\n", (int) (sizeof pt6 / sizeof pt6[0]), pt6[0].y);
                struct p60_In pt7[] = { { 91, (p60_one(10) ? pt6[0].x : b) } };
                printf("f5.d7 %d %d\n", (int) (sizeof pt7 / sizeof pt7[0]), pt7[0].y);
            }
            if (0) {
                int e8 = 0;
                printf("f5.c8 %d\n", e8);
            }
            switch ((p60_h1(((void) 0, 78), b) & b) & 3) {
            case 0: {
                double dd9 = (((((void) 0, a) < (b ? a : 37)) - b) % 10007) * 0.25 + 0.5;
                printf("f5.d9 %.3f\n", dd9);
            }
                break;
            case 3: {
                printf("f5.6 %d\n", p60_h1((b ? 52 : a), 92));
            }
                /* fallthrough */
            default: {
                b &= p60_h2(p60_h2((90 & 24), (b != 89)), (((93 == a) - b) % 10007));
            }
                break;
            }
        }
        _Pragma("GCC diagnostic push")
        int *cl10 = (int[]){ ((((b < 40) && p60_h2(86, b)) - p60_h1(b, ((void) 0, b))) % 10007), (p60_h1(a, 73) ?: (((- b) != 0) ? p60_h1(12, b) : (a != b))), ((((b < ((4 + 84) % 10007)) ? ((a + b) % 10007) : a) * p60_h2(b, p60_h2(b, b))) % 10007) };
        printf("f5.d10 %d\n", cl10[1]);
        _Pragma("GCC diagnostic pop")
    } while (w3 < 2 && 1);
    printf("f5.7 %d %d %d\n", b, a, (a == p60_h2(a, 1)));
}

int p60_f4(int a) {
    printf("f4.in %d\n", a);
    switch (((p60_one(a) ?: a) != 0) & 3) {
    case 0: {
        char c1 = (char) ((p60_one(a) & 63) + 32);
        printf("f4.d1 %d\n", c1);
        int gb1[64];
        int gn2 = p60_g2_fill((- (a ? ((c1 ^ 1000) - 1000) : -13)), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v2 = gb1[gi3];
            printf("f4.g2 %d\n", v2);
            {
                p60_int_t td3 = 79;
                printf("f4.d3 %d\n", td3);
                struct p60_In *cl4 = &(struct p60_In){ p60_one(p60_one(p60_h1(a, 15))), p60_one(p60_one(p60_one(a))) };
                printf("f4.d4 %d\n", cl4->y);
                printf("f4.1 %s %d %d %d\n", __func__, ((a < 87) ? a : (v2 >= 25)), (- a), cl4->x);
            }
            if (0) {
                int e5 = 0;
                printf("f4.c5 %d\n", e5);
                a |= 15;
            }
        }
    }
        /* fallthrough */
    case 3: {
        if (p60_h2(((a + (- a)) % 10007), (((a ? a : a) != 0) ? a : ((a < 17) ? a : a)))) {
        } else {
            if (((- a) != 0) != 0) {
                { ac_dt_err = (((p60_h2(a, a) & ((92 + 24) % 10007)) & 7) + 1); goto fn_err; }
            }
        }
    }
        /* fallthrough */
    case 1: {
        printf("f4.2 %d %d %d\n", a, a, ((a + (a < 35)) % 10007));
    }
        break;
    default: {
        p60_in_t *(*td6)(p60_in_t *) = p60_pick;
        printf("f4.d6 %d\n", td6(&p60_gin)->x);
        printf("f4.3 %d\n", td6(&p60_gin)->y);
    }
        break;
    }
    if (p60_h2((- ((a + a) % 10007)), (((a - a) % 10007) < p60_h1(31, a)))) {
        if ((((a / (26 % 7 + 8)) ?: ((void) 0, 52)) != (- ((a + 27) % 10007))) != 0) {
            switch ((a ^ 1) & 3) {
            case 1: {
                if (((a & 16383) >> (40 & 7))) {
                    { ac_dt_err = (((((a - a) % 10007) && a) & 7) + 1); goto fn_err; }
                }
            }
                /* fallthrough */
            case 3: {
                char s7[] = "age";
                printf("f4.d7 %d [%s]\n", (int) sizeof s7, s7);
            }
                break;
            case 0: {
                int v9 = a;
                printf("f4.d9 %d\n", v9);
            }
                break;
            }
            if ((a < 1)) {
                union p60_U un10 = { .u = (unsigned) a };
                printf("f4.d10 %u\n", un10.u);
            }
        }
        if (a) {
            printf("f4.4 %d %d\n", p60_h2(((void) 0, a), 60), ((a < ((void) 0, 82)) ? a : ((a + 48) % 10007)));
            int gb5[64];
            int gn6 = p60_g2_fill(p60_h2((a ?: 5), (a < 35)), gb5);
            for (int gi7 = 0; gi7 < gn6; gi7++) {
                int v11 = gb5[gi7];
                printf("f4.g11 %d\n", v11);
                a |= (((((v11 && v11) && ((((- v11) != 0) + v11) % 10007)) + a) % 10007) ?: (- ((87 + 65) % 10007)));
            }
        } else {
            if (((((a & 19) ^ (a ?: 95)) ? 35 : a) != 0) != 0) {
                a &= p60_h2(((void) 0, 64), 60);
                printf("f4.5 %s %d %d\n", __func__, a, (((a ^ -19) & 16383) >> ((((a & 255) << (-7 & 7)) % 10007) & 7)));
                printf("f4.6 %d %d\n", a, (((a ?: a) != 0) ? ((a & 16383) >> (a & 7)) : a));
            } else {
                printf("f4.7 %d %d %d\n", a, a, a);
            }
            int gb8[64];
            int gn9 = p60_g2_fill(((a < (- 89)) || (a / (77 % 7 + 8))), gb8);
            for (int gi10 = 0; gi10 < gn9; gi10++) {
                int v12 = gb8[gi10];
                printf("f4.g12 %d\n", v12);
            }
        }
    }
    return ((((a & 16383) >> (84 & 7)) ?: (a ? 99 : a)) & p60_h2((92 & 5), (- a)));
fn_err:
    return 0;
}

int p60_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    int w1 = 0;
    do {
        w1++;
        {
            printf("f3.1 %s %d %d %d\n", __func__, (- p60_h1(11, 42)), (a / (p60_one(-9) % 7 + 8)), a);
        }
        if (0) {
            int e2 = 0;
            printf("f3.c2 %d\n", e2);
            a = a;
            printf("f3.2 %d %d\n", a, p60_one(p60_h1(99, d)));
        }
    } while (w1 < 2 && 1);
    {
        int a3[] = { (((a ?: w1) < a) | (((((d < 55) ? w1 : d) + a) % 10007) ?: p60_f3(d - 1, w1))), (((a * w1) % 10007) | p60_one(76)), (p60_one(a) ? -10 : w1), 18 };
        printf("f3.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[3]);
        int w4 = 0;
        do {
            w4++;
            int w5 = 0;
            do {
                w5++;
                if ((a3[0] < 72)) {
                    {
                        continue;
                    }
                }
                printf("f3.3 %d %d\n", ((- a3[0]) | p60_h1(d, a3[1])), p60_h1(p60_one(a3[0]), p60_one(32)));
            } while (w5 < 1 && ((((void) 0, a) & -8) >= ((-6 + a3[0]) % 10007)));
        } while (w4 < 1 && p60_one(p60_f3(d - 1, a3[1])));
    }
    if (0) {
        int e6 = 0;
        printf("f3.c6 %d\n", e6);
        int gb3[64];
        int gn4 = p60_g2_fill(p60_one(((a & 16383) >> (a & 7))), gb3);
        for (int gi5 = 0; gi5 < gn4; gi5++) {
            int v7 = gb3[gi5];
            printf("f3.g7 %d\n", v7);
            a = p60_one(p60_one(p60_one(98)));
#if 1
            printf("f3.4 %d %d\n", a, v7);
#else
            printf("never\n");
#endif
        }
        long l8 = (long) e6 * 100000L;
        printf("f3.d8 %ld\n", l8);
    }
    {
        if ((((d < 97) ? a : ((p60_one(w1) + (((53 + a) % 10007) ?: w1)) % 10007)) != 0) != 0) {
            printf("f3.5 %d %d %d\n", ((((a < 29) || a) + (48 & 11)) % 10007), ((void) 0, d), d);
            _Pragma("GCC diagnostic push")
            printf("f3.6 %s %d\n", __func__, w1);
            printf("f3.7 %d\n", w1);
            _Pragma("GCC diagnostic pop")
        }
        if ((p60_h1(p60_h1(a, d), ((w1 * w1) % 10007)) | w1)) {
            {
                int rv7 = p60_one(a);
                {
                    printf("f3.f8 %d\n", 26);
                    a |= (p60_one(83) == ((d < (66 % (52 % 7 + 8))) && p60_one(33)));
                    int gb8[64];
                    int gn9 = p60_g2_fill((p60_one(45) == a), gb8);
                    for (int gi10 = 0; gi10 < gn9; gi10++) {
                        int v9 = gb8[gi10];
                        printf("f3.g9 %d\n", v9);
                        switch ((d < 15) & 3) {
                        case 1: {
                            a &= (v9 / (p60_h2(v9, p60_h1(a, 27)) % 7 + 8));
                            int a10[] = { p60_h2((d | p60_h2(a, 77)), (d || ((v9 ?: a) != 0))), p60_h1(46, (((a || a) - p60_h2(v9, a)) % 10007)), ((v9 | (a != 39)) & ((((a < 41) ? a : -11) != 0) || ((((w1 ?: d) != 0) + v9) % 10007))), p60_h1(((w1 & w1) ?: p60_h1(a, 51)), (((a + 79) % 10007) ?: a)) };
                            printf("f3.d10 %d %d\n", (int) (sizeof a10 / sizeof a10[0]), a10[3]);
                        }
                            /* fallthrough */
                        case 3: {
                            printf("f3.8 %d\n", (p60_h1(-10, d) ? (w1 != a) : ((80 + a) % 10007)));
                        }
                            break;
                        }
                        if (d) {
                            int v11 = a;
                            printf("f3.d11 %d\n", v11);
                            printf("f3.9 %d %d\n", v9, a);
                            printf("f3.10 %d %d %d\n", p60_h1(p60_h2(91, v11), a), v11, v11);
                        }
                    }
                }
                return rv7;
            }
        }
    }
    {
        printf("f3.f8 %d\n", 26);
        a |= (p60_one(83) == ((d < (66 % (52 % 7 + 8))) && p60_one(33)));
        int gb11[64];
        int gn12 = p60_g2_fill((p60_one(45) == a), gb11);
        for (int gi13 = 0; gi13 < gn12; gi13++) {
            int v9 = gb11[gi13];
            printf("f3.g9 %d\n", v9);
            switch ((d < 15) & 3) {
            case 1: {
                a &= (v9 / (p60_h2(v9, p60_h1(a, 27)) % 7 + 8));
                int a10[] = { p60_h2((d | p60_h2(a, 77)), (d || ((v9 ?: a) != 0))), p60_h1(46, (((a || a) - p60_h2(v9, a)) % 10007)), ((v9 | (a != 39)) & ((((a < 41) ? a : -11) != 0) || ((((w1 ?: d) != 0) + v9) % 10007))), p60_h1(((w1 & w1) ?: p60_h1(a, 51)), (((a + 79) % 10007) ?: a)) };
                printf("f3.d10 %d %d\n", (int) (sizeof a10 / sizeof a10[0]), a10[3]);
            }
                /* fallthrough */
            case 3: {
                printf("f3.8 %d\n", (p60_h1(-10, d) ? (w1 != a) : ((80 + a) % 10007)));
            }
                break;
            }
            if (d) {
                int v11 = a;
                printf("f3.d11 %d\n", v11);
                printf("f3.9 %d %d\n", v9, a);
                printf("f3.10 %d %d %d\n", p60_h1(p60_h2(91, v11), a), v11, v11);
            }
        }
    }
    return ((a < -20) && ((((((a + a) % 10007) ? a : (d >= 42)) != 0) + a) % 10007));
}

int p60_f2(int a, int b) {
    a |= p60_one(b);
    for (p60_int_t i1 = 0; i1 < 2 && p60_one(((p60_one(b) * a) % 10007)); i1++) {
        b &= a;
        int v2 = (((((a & 255) << (-3 & 7)) % 10007) % (p60_h1(55, i1) % 7 + 8)) ^ p60_one((((i1 & 255) << (64 & 7)) % 10007)));
        v2 ^= (int) (v2) & 1023;
    }
    return (((p60_h2(((b & 16383) >> (a & 7)), p60_one(b)) ^ b) + a) % 10007);
}

int p60_f1(int a) {
    printf("f1.in %d\n", a);
    {
        {
            if (p60_one(((((- a) + a) % 10007) ?: p60_f2(a, a)))) {
                {
                    int rv2 = ((((a ? ((a < 43) ? a : 77) : (- a)) + a) % 10007) ?: ((a ? 6 : a) != a));
                    {
                        printf("f1.f3 %d\n", a);
                        int gb3[64];
                        int gn4 = p60_g1_fill(p60_h2((a || a), a), gb3);
                        for (int gi5 = 0; gi5 < gn4; gi5++) {
                            int v4 = gb3[gi5];
                            printf("f1.g4 %d\n", v4);
                            a = v4;
                        }
                        {
                            printf("f1.1 %d %d\n", a, a);
                        }
                    }
                    return rv2;
                }
            }
            int w1 = 0;
            while (w1 < 2 && 1) {
                w1++;
                a = (- p60_f2(p60_h2(a, a), p60_f2(21, a)));
                int (*fp2)(int, int) = p60_h1;
                printf("f1.d2 %d\n", fp2(7, 8));
            }
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            int m3[2][3] = { { p60_one(p60_one(p60_one(-7))), ((void) 0, w1), ((p60_h1(a, (w1 ?: a)) & 16383) >> (p60_h1((a >= 48), p60_h1(a, w1)) & 7)) }, { w1, 49, ((- ((a + 36) % 10007)) < w1) } };
            printf("f1.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[1][2]);
#endif
        }
        {
            printf("f1.f3 %d\n", a);
            int gb6[64];
            int gn7 = p60_g1_fill(p60_h2((a || a), a), gb6);
            for (int gi8 = 0; gi8 < gn7; gi8++) {
                int v4 = gb6[gi8];
                printf("f1.g4 %d\n", v4);
                a = v4;
            }
            {
                printf("f1.1 %d %d\n", a, a);
            }
        }
        int w5 = 0;
        do {
            w5++;
            a ^= (a || (((a < 16) ? (8 ^ a) : p60_h2(a, a)) != 0));
            a ^= 60;
        } while (w5 < 2 && 1);
    }
    {
        if (a) {
            { ac_dt_err = ((((((12 & 255) << (a & 7)) % 10007) | p60_h2(a, a)) & 7) + 1); goto finerr9; }
        }
        printf("f1.2 %s %d %d\n", __func__, a, ((a ? -5 : a) / (a % 7 + 8)));
        int m6[3][3] = { { p60_h1(a, p60_h2(a, (-8 < a))), ((void) 0, a), (a < (((- 97) * a) % 10007)) }, { 94, p60_h2(a, (((void) 0, a) & p60_h1(19, a))), (- (a | (a && (a < -6)))) }, { p60_h2((((void) 0, a) & (95 % (a % 7 + 8))), ((((54 + 29) % 10007) - (a ? 71 : a)) % 10007)), (p60_h2((a & a), a) ? a : 94), a } };
        printf("f1.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[2][2]);
    }
    {
        printf("f1.f6 %d\n", a);
        int v7 = a;
        printf("f1.d7 %d\n", v7);
    }
    goto end9;
    finerr9: {
        int sv10 = ac_dt_err;
        ac_dt_err = 0;
        printf("f1.f6 %d\n", a);
        int v7 = a;
        printf("f1.d7 %d\n", v7);
        ac_dt_err = sv10;
        goto fn_err;
    }
    end9:;
    printf("f1.3 %d\n", a);
    long l8 = (long) p60_h2(14, 0) * 100000L;
    printf("f1.d8 %ld\n", l8);
    printf("f1.4 %d\n", 83);
    int w9 = 0;
    while (w9 < 3 && (int) (l8 % 10007)) {
        w9++;
        if (p60_h1(((void) 0, ((int) (l8 % 10007) ^ a)), (int) (l8 % 10007))) {
            a = a;
            const int k10 = (a ? ((a ^ a) ?: ((int) (l8 % 10007) || (a < 45))) : (-12 / ((99 % (78 % 7 + 8)) % 7 + 8)));
            printf("f1.d10 %d\n", k10);
        } else {
            printf("f1.5 %d\n", a);
        }
        a = (((((int) (l8 % 10007) - (int) (l8 % 10007)) % 10007) | p60_h1((int) (l8 % 10007), a)) ? (int) (l8 % 10007) : ((((int) (l8 % 10007) != a) - a) % 10007));
        if (((- a) != 0) != 0) {
            {
                break;
            }
        }
    }
    return 53;
fn_err:
    return 0;
}

int p60_main(void) {
    {
        int ht2 = p60_f1(6);
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
    {
        int ht4 = p60_f4(13);
        if (ac_dt_err) goto catch3;
        printf("main.f4 %d\n", ht4);
    }
    goto ok3;
    catch3: {
        int e2 = ac_dt_err;
        ac_dt_err = 0;
        printf("main.caught %d\n", e2);
        goto ok3;
    }
    ok3:;
    p60_f5(14, 31);
    return 0;
}


int main(void) {
    printf("== seed 60\n");
    p60_main();
    return 0;
}
