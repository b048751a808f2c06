#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 23 */
struct p23_In { int x; int y; };
struct p23_S { int a; long b; char c; int arr[3]; struct p23_In in; };
union p23_U { int i; unsigned u; char bytes[4]; };
typedef int p23_int_t;
typedef struct p23_In p23_in_t;
typedef int (*p23_op_t)(int, int);
int p23_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p23_h2(int a, int b) { return (a - b * 5) % 10007; }
p23_op_t p23_ops[2] = { p23_h1, p23_h2 };
p23_in_t p23_gin = { 3, 4 };
p23_in_t *p23_pick(p23_in_t *p) { return p; }
#define p23_QUIET _Pragma("GCC diagnostic push")
#define p23_QUIET_END _Pragma("GCC diagnostic pop")

int p23_one(int x) {
    return x - x + 1;
}

int p23_g1_fill(int n, int *ybuf);
int p23_g2_fill(int n, int *ybuf);
int p23_f1(int a);
int p23_f2(int d, int a);
int p23_f3(int a, int b);
int p23_f4(int a, int b);
void p23_f5(int a, int b);

int p23_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if ((p23_f3(p23_f3(n, n), p23_f3(n, n)) == p23_f3((n | n), ((void) 0, n))) != 0) {
        if ((n < 43)) {
            ybuf[yn++] = p23_h2(-13, (n ? 48 : n));
            if (p23_f3(p23_f3(((n - n) % 10007), p23_f3(68, n)), p23_f3((73 < n), p23_f3(n, 14)))) {
                return yn;
            }
        } else {
            n = n;
        }
    } else {
        ybuf[yn++] = p23_f3(n, p23_f3(n, 15));
    }
    return yn;
}

int p23_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    int w1 = 0;
    while (w1 < 2 && 1) {
        w1++;
        n &= (n & p23_f3((52 >= n), p23_f3(3, n)));
        n ^= ((n + p23_f3(p23_h1(n, n), p23_h1(35, n))) % 10007);
    }
    ybuf[yn++] = n;
    int w2 = 0;
    do {
        w2++;
        ybuf[yn++] = p23_f3(n, p23_f3(w1, 3));
    } while (w2 < 1 && p23_h1(n, 40));
    return yn;
}

void p23_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    if (b) {
        {
            {
                long l1 = (long) (p23_one(((a < 82) || (((a < 57) + b) % 10007))) ?: p23_one(b)) * 100000L;
                printf("f5.d1 %ld\n", l1);
            }
            int t2 = p23_one(-3);
                printf("f5.1 %d %d %d\n", -10, (p23_h2(a, a) ^ (a >= 56)), ((void) 0, (a ?: b)));
                struct p23_In pt4[] = { (+ p23_one(p23_h1(81, a))), (+ p23_one(((void) 0, p23_h1(a, 87)))) };
                printf("f5.d4 %d %d\n", (int) (sizeof pt4 / sizeof pt4[0]), pt4[0].y);
            int r3 = t2;
            printf("f5.t4 %d\n", r3);
        }
        if (0) {
            int e5 = 0;
            printf("f5.c5 %d\n", e5);
        }
        {
            printf("f5.f5 %d\n", b);
            p23_QUIET
            printf("f5.2 %d\n", p23_one((a ?: -1)));
            p23_QUIET_END
        }
    } else {
        if ((b < 13)) {
            b ^= p23_one((b ?: p23_one(-12)));
#if 1
            if (((p23_one((- b)) ? a : p23_one(b)) != 0) != 0) {
                { ac_dt_err = ((p23_h2(p23_h1(b, 61), ((void) 0, a)) & 7) + 1); goto fn_err; }
            }
#else
            printf("never\n");
#endif
            p23_QUIET
            int a6[3] = { b, p23_h2(p23_one((- b)), ((b * p23_one(b)) % 10007)), p23_h2(b, p23_h2((87 < b), (b ^ a))) };
            printf("f5.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[2]);
            int v7 = p23_one(55);
            printf("f5.d7 %d\n", v7);
            p23_QUIET_END
        } else {
            b |= p23_one(b);
            int m8[][2] = { { b, ((((b < 83) ? -20 : a) != 0) ? (- (- a)) : a) }, { a, p23_h2((((a ?: b) != 0) ? b : p23_h2(50, 44)), (p23_one(b) ?: p23_h2(a, a))) } };
            printf("f5.d8 %d %d\n", (int) (sizeof m8 / sizeof m8[0]), m8[1][1]);
        }
    }
fn_err:
    return;
}

int p23_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    if (p23_h1(a, ((((a < 47) ? a : b) != 0) || a))) {
        {
            b = b;
            switch ((b < -17) & 3) {
            case 1: {
                if (b) {
                    {
                        int rv2 = p23_one(b);
                        {
                            printf("f4.f1 %d\n", -14);
                            long l2 = (long) (((a & 255) << (a & 7)) % 10007) * 100000L;
                            printf("f4.d2 %ld\n", l2);
                        }
                        return rv2;
                    }
                }
                char s1[] = {"hedd"};
                printf("f4.d1 %d [%s]\n", (int) sizeof s1, s1);
            }
                break;
            }
        }
        {
            printf("f4.f1 %d\n", -14);
            long l2 = (long) (((a & 255) << (a & 7)) % 10007) * 100000L;
            printf("f4.d2 %ld\n", l2);
        }
        b |= (p23_one(35) == p23_one(((b & 16383) >> (a & 7))));
        long l3 = (long) (((3 + a) % 10007) ?: ((b ? a : b) ^ ((a < 32) && b))) * 100000L;
        printf("f4.d3 %ld\n", l3);
    } else {
        p23_op_t *td4 = &p23_ops[1];
        printf("f4.d4 %d\n", (*td4)(5, 6));
    }
    {
        int w5 = 0;
        do {
            w5++;
            for (int i6 = 0; i6 < 1 && ((p23_one(p23_h2(-18, a)) - p23_one((b & b))) % 10007); i6++) {
                int v7 = ((void) 0, (p23_h1(b, i6) && p23_h2(a, b)));
                printf("f4.d7 %d\n", v7);
                struct p23_In pt8[] = { { 13, p23_h2(p23_one((- b)), p23_one(35)) } };
                printf("f4.d8 %d %d\n", (int) (sizeof pt8 / sizeof pt8[0]), pt8[0].y);
                printf("f4.1 %d\n", (i6 ? p23_one(b) : ((pt8[0].y + b) % 10007)));
            }
            {
                b &= p23_one(78);
                printf("f4.2 %d %d\n", b, p23_one(p23_h1(a, 32)));
            }
        } while (w5 < 2 && b);
    }
    if (0) {
        int e9 = 0;
        printf("f4.c9 %d\n", e9);
        b |= p23_h2(((void) 0, p23_one(e9)), ((b < 56) ? p23_one(a) : (- b)));
    }
    {
        printf("f4.f9 %d\n", b);
        int gb4[64];
        int gn5 = p23_g2_fill(p23_one(a), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v10 = gb4[gi6];
            printf("f4.g10 %d\n", v10);
            int w11 = 0;
            while (w11 < 1 && (((b < 41) % (((95 & 16383) >> (34 & 7)) % 7 + 8)) || ((void) 0, p23_one(-8)))) {
                w11++;
                union p23_U un12 = { .u = (unsigned) p23_h1(95, p23_one(55)) };
                printf("f4.d12 %u\n", un12.u);
            }
        }
    }
    {
        printf("f4.3 %d %d\n", 53, a);
        int m13[][2] = { { ((void) 0, p23_one(b)), p23_one(b) }, { p23_one(p23_h2(p23_one(-3), ((a - a) % 10007))), ((b < 78) ? (- a) : (((a ?: a) != 0) ? (b < 19) : p23_h1(78, a))) }, { 83, p23_h1(73, (b >= a)) } };
        printf("f4.d13 %d %d\n", (int) (sizeof m13 / sizeof m13[0]), m13[2][1]);
        if ((m13[0][1] < -19)) {
            b &= ((83 * 81) % 10007);
        }
    }
    {
        printf("f4.f13 %d\n", b);
        a ^= 46;
    }
    int w14 = 0;
    do {
        w14++;
        printf("f4.4 %d\n", ((a + a) % 10007));
        int v15 = (b ^ ((void) 0, a));
        printf("f4.d15 %d\n", v15);
        int v16 = b;
        printf("f4.d16 %d\n", v16);
    } while (w14 < 2 && ((void) 0, ((((b < -2) ? a : a) != 0) ? (b && (a < 90)) : 40)));
    return (((p23_h2(90, a) ? ((a < 95) ? a : b) : ((b < 35) ? 70 : b)) != 0) || ((((- b) != 0) + a) % 10007));
}

int p23_f3(int a, int b) {
    b &= a;
    if (p23_one((p23_one(a) ? (a == 63) : (- b)))) {
        if (((34 & 16383) >> ((b | p23_one(5)) & 7))) {
            return p23_one(((a - p23_one(8)) % 10007));
        }
    }
    if ((((a < 90) ? b : (p23_one(b) != 55)) != 0) != 0) {
        return (((void) 0, p23_h2(a, 52)) ? 19 : a);
    }
    return (((p23_one(p23_one(a)) ^ b) + a) % 10007);
}

int p23_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    switch (p23_f2(d - 1, (a & ((a - a) % 10007))) & 3) {
    case 1: {
        switch (p23_h2(p23_f2(d - 1, p23_f3(d, d)), p23_f3((a ?: a), p23_h1(d, a))) & 3) {
        case 2: {
            if (p23_f3(((p23_f3(a, a) - (d ? 47 : a)) % 10007), ((p23_f3(d, 24) & 16383) >> (a & 7)))) {
                char c1 = (char) ((((void) 0, (((d ? d : d) != 0) || (((a < ((24 + -1) % 10007)) + a) % 10007))) & 63) + 32);
                printf("f2.d1 %d\n", c1);
            } else {
                printf("f2.1 %d %d %d\n", a, p23_h1((((a & 255) << (a & 7)) % 10007), (a ^ 26)), a);
                double dd2 = (a ^ (d ?: (- d))) * 0.25 + 0.5;
                printf("f2.d2 %.3f\n", dd2);
            }
        }
            break;
        case 3: {
            p23_op_t fp3 = p23_h1;
            printf("f2.d3 %d\n", fp3(7, 8));
        }
            break;
        }
        printf("f2.2 %d %d %d\n", ((void) 0, (-11 / (a % 7 + 8))), a, ((a | a) % (a % 7 + 8)));
    }
        break;
    default: {
        printf("f2.3 %d\n", a);
        if (p23_h2(a, ((a - d) % 10007))) {
#if 1
            p23_in_t td4 = { (a ?: p23_h2(d, (((d & 255) << (a & 7)) % 10007))), (d ?: (a ? d : (d != a))) };
            printf("f2.d4 %d\n", td4.y);
            a |= a;
            struct p23_S st5 = { ((((td4.y & d) * (a ?: 16)) % 10007) ? td4.y : ((void) 0, (d && td4.y))), ((td4.x + 0) % 10007), 'k', { ((void) 0, ((p23_h1(d, a) * (a % (1 % 7 + 8))) % 10007)), (- (td4.x < p23_h2(45, d))), 84 }, { (- ((p23_h1(d, td4.x) * (d && td4.y)) % 10007)), 95 } };
            printf("f2.d5 %d %ld %d %d %d %d\n", st5.a, st5.b, st5.c, st5.arr[2], st5.in.x, st5.in.y);
#else
            printf("never\n");
#endif
        }
    }
        break;
    }
    printf("f2.4 %d\n", d);
    {
        int w7 = 0;
        while (w7 < 3 && 1) {
            w7++;
            if ((d < 62)) {
                const int k8 = (p23_h1(((void) 0, a), (((d & 255) << (a & 7)) % 10007)) / (a % 7 + 8));
                printf("f2.d8 %d\n", k8);
                printf("f2.5 %d %d\n", k8, d);
                p23_op_t *td9 = &p23_ops[1];
                printf("f2.d9 %d\n", (*td9)(5, 6));
            }
            printf("f2.6 %d %d %d\n", (((a != 61) + ((void) 0, -11)) % 10007), a, a);
            printf("f2.7 %d\n", (((((d & 255) << (d & 7)) % 10007) + (- a)) % 10007));
        }
        printf("f2.8 %d %d %d\n", a, (a % ((- a) % 7 + 8)), a);
    }
    int gb1[64];
    int gn2 = p23_g2_fill(((a < 13) ? p23_h1(a, d) : (a / (a % 7 + 8))), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v10 = gb1[gi3];
        printf("f2.g10 %d\n", v10);
        if (v10) {
            {
                break;
            }
        }
    }
    if (a) {
        printf("f2.9 %s %d %d %d\n", __func__, (p23_h2(a, a) < ((26 + a) % 10007)), (67 < p23_h1(-11, 21)), a);
        char c11 = (char) ((((void) 0, p23_h2(a, (d ?: a))) & 63) + 32);
        printf("f2.d11 %d\n", c11);
        if (a) {
            printf("f2.10 %s %d %d %d\n", __func__, a, d, (d ? (- 66) : ((c11 ^ 1000) - 1000)));
        } else {
            if (p23_h1((((((66 + ((c11 ^ 1000) - 1000)) % 10007) ?: 4) & 16383) >> ((- 58) & 7)), (p23_h1(((c11 ^ 1000) - 1000), a) ?: (((c11 ^ 1000) - 1000) && (((c11 ^ 1000) - 1000) < 84))))) {
                return ((((d >= 33) && ((c11 ^ 1000) - 1000)) + (((d & 255) << ((a & d) & 7)) % 10007)) % 10007);
            }
            int v12 = 74;
            printf("f2.d12 %d\n", v12);
        }
    }
    switch ((-14 ^ (p23_h1(a, d) ?: p23_h2(d, -13))) & 3) {
    case 1: {
        int gb4[64];
        int gn5 = p23_g1_fill((- (85 & -7)), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v13 = gb4[gi6];
            printf("f2.g13 %d\n", v13);
            if (d) {
                printf("f2.11 %d %d\n", ((v13 ^ 3) ? (7 == a) : (a ?: v13)), d);
            }
            {
                if (d) {
                    {
                        continue;
                    }
                }
            }
            if (0) {
                int e14 = 0;
                printf("f2.c14 %d\n", e14);
                a |= ((void) 0, p23_h2(((void) 0, 24), a));
            }
        }
    }
        break;
    case 3: {
        if (p23_h2((((a || d) * p23_h2(d, a)) % 10007), (- (a ^ a)))) {
            if (((10 * (a % ((a ?: d) % 7 + 8))) % 10007)) {
                return d;
            }
            if (d) {
                printf("f2.12 %d %d\n", d, a);
                a = ((void) 0, (a && ((a & 16383) >> (a & 7))));
                int a15[2] = { 78, (-7 != a) };
                printf("f2.d15 %d %d\n", (int) (sizeof a15 / sizeof a15[0]), a15[1]);
            }
            int gb8[64];
            int gn9 = p23_g1_fill(((void) 0, ((-1 + a) % 10007)), gb8);
            for (int gi10 = 0; gi10 < gn9; gi10++) {
                int v16 = gb8[gi10];
                printf("f2.g16 %d\n", v16);
                long l17 = (long) (((void) 0, ((v16 + -3) % 10007)) && (d < 8)) * 100000L;
                printf("f2.d17 %ld\n", l17);
            }
        } else {
            a = (- p23_h1(p23_h2(-12, a), (66 % (d % 7 + 8))));
            printf("f2.13 %d\n", d);
        }
        {
            {
            }
            if (0) {
                int e18 = 0;
                printf("f2.c18 %d\n", e18);
                a = (p23_h1(p23_h2(a, e18), ((e18 < -10) ? e18 : e18)) >= ((((a - a) % 10007) & 16383) >> ((a ?: 33) & 7)));
                printf("f2.14 %d %d %d\n", d, (- (d ? e18 : a)), a);
            }
            {
                printf("f2.f18 %d\n", d);
            }
            int v19 = a;
            printf("f2.d19 %d\n", v19);
            v19 = 44;
        }
        if (0) {
            int e20 = 0;
            printf("f2.c20 %d\n", e20);
            int gb13[64];
            int gn14 = p23_g2_fill((e20 ?: ((e20 - 50) % 10007)), gb13);
            for (int gi15 = 0; gi15 < gn14; gi15++) {
                int v21 = gb13[gi15];
                printf("f2.g21 %d\n", v21);
                int v22 = d;
                printf("f2.d22 %d\n", v22);
                v22 ^= v22;
            }
            a = ((d < 70) ? ((void) 0, 43) : (p23_h1(e20, 2) && a));
        }
    }
        break;
    default: {
        printf("f2.15 %d\n", (((a < -10) || d) % ((d ?: -4) % 7 + 8)));
    }
        break;
    }
    return a;
}

int p23_f1(int a) {
    printf("f1.in %d\n", a);
    printf("f1.1 %d %d\n", ((a < -12) ? p23_f3(-10, a) : p23_f3(a, 49)), a);
    a |= p23_h1(a, p23_one((((17 + a) % 10007) ?: a)));
    int gb1[64];
    int gn2 = p23_g2_fill(-14, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f1.g1 %d\n", v1);
        {
            printf("f1.2 %d %d\n", v1, (p23_h2(87, v1) % (-12 % 7 + 8)));
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            printf("f1.3 %d %d %d\n", p23_h1(((a * 94) % 10007), (((25 + v1) % 10007) ?: a)), a, a);
            a ^= v1;
#endif
        }
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        a = (a % ((p23_one(-15) ?: p23_one(v1)) % 7 + 8));
#endif
    }
    if (((p23_h2(p23_one(25), a) + (p23_one(38) != p23_h1(a, a))) % 10007)) {
        printf("f1.4 %d %d %d\n", p23_h1((70 % (a % 7 + 8)), (a == 18)), a, (((8 + 89) % 10007) >= p23_h1(a, a)));
        {
            {
                int a3[5] = { p23_one(p23_one((a || a))), p23_h1((((- a) != 0) && ((-6 - a) % 10007)), p23_h2((-11 == a), (a ^ a))), (27 / (((void) 0, a) % 7 + 8)), ((a ?: a) % (p23_h2((84 < a), (a < 91)) % 7 + 8)), ((a < 58) && a) };
                printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[4]);
                int v4 = a;
                printf("f1.d4 %d\n", v4);
            }
            if (0) {
                int e5 = 0;
                printf("f1.c5 %d\n", e5);
                if (e5) {
                    {
                        int rv6 = (- p23_h1(a, p23_h1(7, e5)));
                        {
                            printf("f1.f5 %d\n", a);
                        }
                        {
                            printf("f1.f5 %d\n", 78);
                            {
                                printf("f1.6 %d\n", a);
                            }
                            double dd6 = p23_h1(((a || a) ? p23_h2(a, a) : ((a < 85) ? 66 : a)), (a & ((void) 0, a))) * 0.25 + 0.5;
                            printf("f1.d6 %.3f\n", dd6);
                        }
                        return rv6;
                    }
                }
            }
            {
                printf("f1.f5 %d\n", a);
            }
            printf("f1.5 %s %d %d\n", __func__, a, a);
        }
        {
            printf("f1.f5 %d\n", 78);
            {
                printf("f1.6 %d\n", a);
            }
            double dd6 = p23_h1(((a || a) ? p23_h2(a, a) : ((a < 85) ? 66 : a)), (a & ((void) 0, a))) * 0.25 + 0.5;
            printf("f1.d6 %.3f\n", dd6);
        }
        p23_op_t *td7 = &p23_ops[1];
        printf("f1.d7 %d\n", (*td7)(5, 6));
    }
    int a8[2] = { ((void) 0, a), (((- 64) + ((void) 0, ((void) 0, a))) % 10007) };
    printf("f1.d8 %d %d\n", (int) (sizeof a8 / sizeof a8[0]), a8[1]);
    return a;
}

int p23_main(void) {
    printf("main.f1 %d\n", p23_f1(2));
    printf("main.f4 %d\n", p23_f4(27, 27));
    {
        p23_f5(15, 7);
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
    printf("== seed 23\n");
    p23_main();
    return 0;
}
