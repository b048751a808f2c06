#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 27 */
struct p27_In { int x; int y; };
struct p27_S { int a; long b; char c; int arr[3]; struct p27_In in; };
union p27_U { int i; unsigned u; char bytes[4]; };
typedef int p27_int_t;
typedef struct p27_In p27_in_t;
typedef int (*p27_op_t)(int, int);
int p27_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p27_h2(int a, int b) { return (a - b * 5) % 10007; }
p27_op_t p27_ops[2] = { p27_h1, p27_h2 };
p27_in_t p27_gin = { 3, 4 };
p27_in_t *p27_pick(p27_in_t *p) { return p; }
#define p27_QUIET _Pragma("GCC diagnostic push")
#define p27_QUIET_END _Pragma("GCC diagnostic pop")

int p27_one(int x) {
    return x - x + 1;
}

int p27_g1_fill(int n, int b, int *ybuf);
int p27_g2_fill(int n, int b, int *ybuf);
int p27_f1(int a, int b);
int p27_f2(int a, int b);
int p27_f3(int a);
int p27_f4(int d, int a);
void p27_f5(int a);
int p27_f6(int a);

int p27_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    n &= ((((b && b) + (-2 < b)) % 10007) < (n ?: 13));
    if (p27_h2((((n ^ 2) & 16383) >> ((- n) & 7)), (n && (b != n)))) {
        return yn;
    }
    return yn;
}

int p27_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    b = (- ((p27_f2(b, b) + (86 / (24 % 7 + 8))) % 10007));
    n = p27_f6((b && p27_f6(82)));
    for (p27_int_t i1 = (p27_h1(n, n) & 1); i1 < 2 && 1; i1++) {
        struct p27_In *cl2 = &(struct p27_In){ (p27_h2((((b & 255) << (n & 7)) % 10007), (n == 96)) ^ (p27_f2(-14, i1) ? (b ? 71 : n) : n)), 4 };
        b ^= (int) (cl2->y) & 1023;
    }
    return yn;
}

int p27_f6(int a) {
    if ((a < -7)) {
        a ^= (p27_one(((37 + 99) % 10007)) || a);
        if (p27_h2((94 != p27_one(75)), ((a ? 81 : a) & p27_one(a)))) {
            if ((p27_one((a < 4)) != ((a < 94) || p27_h2(a, 90))) != 0) {
                return a;
            }
        }
        const int k1 = a;
        a ^= (int) (k1) & 1023;
    } else {
        {
            if (((a % (a % 7 + 8)) & 48)) {
                int *cl2 = (int[]){ (- 42), 50, p27_one(a) };
                a ^= (int) (cl2[1]) & 1023;
            } else {
                if (a) {
                    return a;
                }
            }
#ifndef AC_DT_UNDEFINED
            a &= (p27_one(a) ? p27_one(a) : (a ?: a));
#else
            printf("never\n");
#endif
        }
        if (p27_h2((- ((void) 0, a)), p27_one((a ? 13 : a)))) {
            a = (a & a);
            switch (a & 3) {
            case 3: {
                a = (a ? p27_one(a) : a);
            }
                break;
            default: {
                struct p27_S st3 = { p27_one(a), ((p27_h1(a, p27_one(3)) + 0) % 10007), 'k', { p27_one(p27_one((((-16 & 255) << (79 & 7)) % 10007))), ((a < 33) ? p27_h1(p27_one(a), ((73 - 25) % 10007)) : ((47 + (a && (a < 96))) % 10007)), ((a * ((- a) ^ a)) % 10007) }, { p27_one(p27_one(p27_one(71))), a } };
                a ^= (int) (st3.a) & 1023;
                int v4 = 50;
                a ^= (int) (v4) & 1023;
            }
                break;
            }
        }
    }
    if (p27_h1(p27_one(p27_one(a)), a)) {
        return p27_one(p27_one(p27_h1(89, a)));
    }
    if (p27_h1(p27_h1(p27_h2(-11, a), p27_h2(43, a)), a)) {
        for (p27_int_t i5 = 0; i5 < 1 && p27_one(p27_one(((a * 32) % 10007))); i5 += p27_one(i5)) {
            a &= p27_one((i5 & ((40 & 16383) >> (a & 7))));
            if (i5) {
                if (a) {
                    {
                        break;
                    }
                }
            } else {
                a |= p27_h1(p27_one((i5 && a)), p27_h2((i5 ? i5 : 65), p27_h1(i5, a)));
            }
            switch (p27_h1(a, ((void) 0, p27_h1(a, a))) & 3) {
            case 0: {
                a |= ((p27_h1(p27_one(2), p27_one(74)) - p27_h1(p27_one(a), p27_one(a))) % 10007);
            }
                /* fallthrough */
            case 1: {
                a &= ((p27_one(i5) || (-13 == i5)) ? (((6 & 255) << (a & 7)) % 10007) : (p27_one(a) != p27_one(62)));
                a |= (i5 ? ((a + (a == 81)) % 10007) : p27_one(a));
            }
                /* fallthrough */
            case 3: {
                int m6[2][2] = { { ((void) 0, i5), p27_one(p27_one((a ? a : 37))) }, { ((a - a) % 10007), a } };
                m6[0][0] ^= (int) ((int) (sizeof m6 / sizeof m6[0])) & 1023;
                m6[0][0] = m6[0][0];
            }
                break;
            }
        }
        union p27_U un7 = { 20 };
        a ^= (int) (un7.i) & 1023;
        {
        }
    }
    a &= p27_one(61);
    switch (((void) 0, (- p27_one(94))) & 3) { case 0: {
        a = (a ?: a);
    } }
    return (((p27_h1(57, 74) ? ((a < 13) ? a : 40) : p27_one(a)) + a) % 10007);
}

void p27_f5(int a) {
    printf("f5.in %d\n", a);
    printf("f5.1 %d\n", a);
    for (int i1 = 0; i1 < 2 && 1; i1++) {
        {
            a |= p27_one(a);
            struct p27_S st2 = { .in.y = p27_one(a), .a = a, .arr[2] = a, .c = 'q' };
            printf("f5.d2 %d %ld %d %d %d %d\n", st2.a, st2.b, st2.c, st2.arr[2], st2.in.x, st2.in.y);
        }
        {
            printf("f5.f2 %d\n", a);
        }
    }
    int w3 = 0;
    while (w3 < 2 && 1) {
        w3++;
        {
            char c4 = (char) ((p27_one(((a / (a % 7 + 8)) ? ((a < 18) ? a : a) : (a && (a < 44)))) & 63) + 32);
            printf("f5.d4 %d\n", c4);
            switch ((((p27_one(78) * p27_one(((c4 ^ 1000) - 1000))) % 10007) && ((c4 ^ 1000) - 1000)) & 3) { case 0: case 3: {
                a = 18;
            } }
        }
        if (0) {
            int e5 = 0;
            printf("f5.c5 %d\n", e5);
        }
    }
    if ((((p27_h1(a, a) ? a : p27_h2(-2, -8)) + (((- w3) + (a | a)) % 10007)) % 10007)) {
        char c6 = (char) ((p27_one(((p27_one(a) & 16383) >> (p27_h1(68, a) & 7))) & 63) + 32);
        printf("f5.d6 %d\n", c6);
    } else {
        printf("f5.2 %d %d\n", w3, a);
        if ((((((- -1) + w3) % 10007) ?: p27_one(p27_one(w3))) != 0) != 0) {
            { ac_dt_err = ((p27_one(a) & 7) + 1); goto fn_err; }
        }
    }
fn_err:
    return;
}

int p27_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    a &= d;
    p27_op_t *td1 = &p27_ops[1];
    printf("f4.d1 %d\n", (*td1)(5, 6));
    switch (((((p27_h2(d, (*td1)(3, 4)) ? p27_h2(-5, d) : p27_f6((*td1)(3, 4))) != 0) ? 1 : 15) != 0) & 3) {
    case 1: {
        int gb1[64];
        int gn2 = p27_g1_fill(((*td1)(3, 4) ?: ((((*td1)(3, 4) & 255) << (a & 7)) % 10007)), (p27_h1(d, (*td1)(3, 4)) ? ((*td1)(3, 4) / ((*td1)(3, 4) % 7 + 8)) : p27_h1((*td1)(3, 4), (*td1)(3, 4))), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v2 = gb1[gi3];
            printf("f4.g2 %d\n", v2);
            printf("f4.1 %d\n", a);
        }
    }
        /* fallthrough */
    case 2: {
        {
            switch (d & 3) { case 1: case 2: {
                a = ((((d ?: ((a < 35) || (((a < -19) + d) % 10007))) + a) % 10007) ?: p27_f4(d - 1, p27_f4(d - 1, d)));
            } }
        }
        {
            printf("f4.f2 %d\n", a);
        }
        static int sl3 = 9;
        sl3 = (sl3 * 3 + ((a / (37 % 7 + 8)) / (a % 7 + 8))) % 10007;
        printf("f4.d3 %d\n", sl3);
    }
        break;
    default: {
        if (((a ?: p27_h2(((44 & 16383) >> ((*td1)(3, 4) & 7)), p27_h1(72, (*td1)(3, 4)))) != 0) != 0) {
            {
                break;
            }
        }
        printf("f4.2 %s %d %d %d\n", __func__, 43, d, a);
    }
        break;
    }
    a &= p27_h2((p27_h2(a, a) ? ((void) 0, a) : (a ?: a)), (a || (*td1)(3, 4)));
    if ((((((a - 33) % 10007) & 16383) >> (p27_h2(63, -14) & 7)) == p27_h2(-18, (56 ^ a))) != 0) {
        printf("f4.3 %d %d\n", (d && p27_h2((*td1)(3, 4), (*td1)(3, 4))), a);
        double dd4 = 38 * 0.25 + 0.5;
        printf("f4.d4 %.3f\n", dd4);
        a &= ((((d ?: p27_h1(81, a)) + a) % 10007) ?: ((3 ^ (int) dd4) && ((d < 37) || d)));
    }
    char s5[] = "be";
    printf("f4.d5 %d [%s]\n", (int) sizeof s5, s5);
    return a;
}

int p27_f3(int a) {
    printf("f3.in %d\n", a);
    {
        if (a) {
            char c1 = (char) ((a & 63) + 32);
            printf("f3.d1 %d\n", c1);
            int m2[][2] = { { ((((void) 0, p27_f6(-2)) * (a != 15)) % 10007), (((((c1 ^ 1000) - 1000) ?: 85) != 0) || (((a < 10) + a) % 10007)) } };
            printf("f3.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[0][1]);
        }
        if ((((a & 255) << (a & 7)) % 10007)) {
            for (p27_int_t i3 = 0, *i3p = &i3; i3 < 3 && 1; *i3p += p27_one(i3)) {
                if ((a < 43)) {
                    {
                        continue;
                    }
                }
                if ((a < (((68 + i3) % 10007) ?: -19))) {
                    { ac_dt_err = ((((((a < 33) + a) % 10007) ?: ((i3 + a) % 10007)) & 7) + 1); goto catch1; }
                }
                if ((a < -8)) {
                    {
                        continue;
                    }
                }
            }
#if 1
            a |= (((a != 27) ? (- 95) : p27_h1(a, a)) == ((void) 0, (((98 + a) % 10007) ?: a)));
#else
            printf("never\n");
#endif
            int gb2[64];
            int gn3 = p27_g1_fill(a, (a && (a < 44)), gb2);
            for (int gi4 = 0; gi4 < gn3; gi4++) {
                int v4 = gb2[gi4];
                printf("f3.g4 %d\n", v4);
                struct p27_S st5 = { .in.y = p27_h1((((97 + 23) % 10007) >= ((v4 * 99) % 10007)), a), .a = p27_h1(75, p27_h2(v4, (a ? a : v4))), .arr[2] = ((void) 0, ((- 70) ^ ((a < 11) ? 1 : 88))), .c = 'q' };
                printf("f3.d5 %d %ld %d %d %d %d\n", st5.a, st5.b, st5.c, st5.arr[2], st5.in.x, st5.in.y);
                const int k6 = 56;
                printf("f3.d6 %d\n", k6);
            }
        } else {
            a = ((void) 0, p27_h1(((a < 23) || a), ((a - a) % 10007)));
            a ^= (- (a != p27_h2(a, a)));
        }
        if (((p27_h1(a, 42) == (a % (a % 7 + 8))) | ((a ? -18 : a) & p27_h1(a, 89)))) {
            {
                int rv5 = ((a * (a && ((void) 0, a))) % 10007);
                {
                    printf("f3.f15 %d\n", -2);
                }
                return rv5;
            }
        }
    }
    goto ok1;
    catch1: {
        int e7 = ac_dt_err;
        ac_dt_err = 0;
        printf("f3.c7 %d\n", e7);
        int gb6[64];
        int gn7 = p27_g2_fill((p27_h2(e7, -8) ?: e7), 87, gb6);
        for (int gi8 = 0; gi8 < gn7; gi8++) {
            int v8 = gb6[gi8];
            printf("f3.g8 %d\n", v8);
            for (int i9 = 0; i9 < 1 && (a < 95); i9 += p27_one(i9)) {
                double dd10 = p27_h2(a, a) * 0.25 + 0.5;
                printf("f3.d10 %.3f\n", dd10);
            }
            {
                long l11 = (long) 89 * 100000L;
                printf("f3.d11 %ld\n", l11);
                printf("f3.1 %d\n", p27_h2(a, (e7 ? v8 : (int) (l11 % 10007))));
            }
            if (0) {
                int e12 = 0;
                printf("f3.c12 %d\n", e12);
                printf("f3.2 %d %d %d\n", a, p27_h1(e12, (a & a)), (a ?: (e7 && a)));
                if (((- (((22 & 16383) >> (a & 7)) ? ((a < 50) ? e12 : 71) : (e7 || (e12 < 65)))) != 0) != 0) {
                    {
                        continue;
                    }
                }
            }
        }
        {
            if ((a < ((69 + 74) % 10007))) {
                {
                    int rv11 = (((a == 28) & (- a)) || p27_h2((a && a), 74));
                    {
                        printf("f3.f15 %d\n", a);
                    }
                    {
                        printf("f3.f15 %d\n", -2);
                    }
                    return rv11;
                }
            }
            for (p27_int_t i13 = (((p27_h2(p27_h1(-4, a), p27_h2(e7, e7)) ?: (((51 != a) + (a < e7)) % 10007)) != 0) & 1), *i13p = &i13; i13 < 3 && 1; (*i13p)++) {
                if (((p27_h1(((i13 - e7) % 10007), 43) ? e7 : i13) != 0) != 0) {
                    {
                        int rv12 = (((p27_h1(i13, -8) ? (((10 + i13) % 10007) ?: a) : a) & 16383) >> ((((a ? i13 : i13) - (e7 ^ a)) % 10007) & 7));
                        {
                            printf("f3.f15 %d\n", a);
                        }
                        {
                            printf("f3.f15 %d\n", -2);
                        }
                        return rv12;
                    }
                }
            }
            printf("f3.3 %d\n", a);
        }
        if (0) {
            int e14 = 0;
            printf("f3.c14 %d\n", e14);
            if ((a < 14)) {
                {
                    int rv13 = 92;
                    {
                        printf("f3.f15 %d\n", a);
                    }
                    {
                        printf("f3.f15 %d\n", -2);
                    }
                    return rv13;
                }
            }
            int a15[5] = { 83, ((void) 0, e7), a, ((((((a - e14) % 10007) & 16383) >> ((e14 ? -7 : a) & 7)) + (((e7 & 16383) >> (a & 7)) || e14)) % 10007), p27_h1(p27_h2((e7 || a), (e14 && (a < 11))), (((e7 < 44) ? e7 : 78) / ((a != 30) % 7 + 8))) };
            printf("f3.d15 %d %d\n", (int) (sizeof a15 / sizeof a15[0]), a15[4]);
        }
        {
            printf("f3.f15 %d\n", a);
        }
        goto ok1;
    }
    ok1:;
    {
        printf("f3.f15 %d\n", -2);
    }
    printf("f3.4 %d\n", a);
    double dd16 = ((((((a < 54) || (((a < -11) + a) % 10007)) & p27_h2(68, a)) & 255) << (a & 7)) % 10007) * 0.25 + 0.5;
    printf("f3.d16 %.3f\n", dd16);
    a = (((a ?: p27_h1(a, a)) != 0) ? ((((int) dd16 ?: (int) dd16) + (39 == (int) dd16)) % 10007) : (((void) 0, a) ?: (a ?: (int) dd16)));
    if (a) {
        { ac_dt_err = ((((a < ((void) 0, 53)) ? (27 / ((int) dd16 % 7 + 8)) : (a || (int) dd16)) & 7) + 1); goto fn_err; }
    }
    return ((int) dd16 == p27_h1((a / (a % 7 + 8)), (a != 26)));
fn_err:
    return 0;
}

int p27_f2(int a, int b) {
    if (((((-20 - b) % 10007) ^ (- b)) ^ ((- 92) != p27_h1(a, a)))) {
    } else {
    }
    int m1[][3] = { (b ?: p27_f6(p27_f6(b))), (p27_h2(a, 19) / (((a < 82) ? (a ? -1 : b) : ((29 + b) % 10007)) % 7 + 8)), (p27_h2((a ? 51 : b), b) || ((b < -14) || (((a < 90) + b) % 10007))), (- (a >= 39)), (- b), (a ? a : ((void) 0, ((void) 0, a))), ((51 + (((a ? b : b) != 0) ? ((a + b) % 10007) : ((void) 0, 61))) % 10007), b, b };
    b ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    if (((m1[0][0] * (p27_h1(b, m1[0][0]) == (m1[2][0] | a))) % 10007)) {
        return p27_h2(m1[0][1], m1[0][1]);
    }
    return (((68 ^ b) + a) % 10007);
}

int p27_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    if (((void) 0, b)) {
        printf("f1.1 %s %d %d\n", __func__, b, b);
        int t1 = p27_one(p27_one(p27_h2(a, a)));
            int gb1[64];
            int gn2 = p27_g1_fill(((p27_one(a) + (- a)) % 10007), p27_one(a), gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v3 = gb1[gi3];
                printf("f1.g3 %d\n", v3);
                int m4[][2] = { ((v3 < 18) ? ((b ?: v3) < a) : (((- v3) & 16383) >> (a & 7))), b, b, p27_one(a) };
                printf("f1.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[1][1]);
                m4[0][0] &= p27_one(v3);
            }
            printf("f1.2 %d %d\n", (p27_one(a) ? (b & a) : a), a);
        int r2 = t1;
        printf("f1.t4 %d\n", r2);
        if (((- ((a + b) % 10007)) != 0) != 0) {
            return p27_one((p27_one(a) ^ p27_h1(b, a)));
        }
    } else {
        p27_f5(((b || b) ^ a));
        if (ac_dt_err) goto fn_err;
        char c5 = (char) ((p27_h1(((41 - a) % 10007), ((void) 0, (((80 + b) % 10007) ?: 20))) & 63) + 32);
        printf("f1.d5 %d\n", c5);
    }
    int v6 = 27;
    printf("f1.d6 %d\n", v6);
    return b;
fn_err:
    return 0;
}

int p27_main(void) {
    {
        int ht2 = p27_f1(28, 18);
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
        int ht4 = p27_f3(36);
        if (ac_dt_err) goto catch3;
        printf("main.f3 %d\n", ht4);
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
    printf("== seed 27\n");
    p27_main();
    return 0;
}
