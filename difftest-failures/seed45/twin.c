#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 45 */
struct p45_In { int x; int y; };
struct p45_S { int a; long b; char c; int arr[3]; struct p45_In in; };
union p45_U { int i; unsigned u; char bytes[4]; };
typedef int p45_int_t;
typedef struct p45_In p45_in_t;
typedef int (*p45_op_t)(int, int);
int p45_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p45_h2(int a, int b) { return (a - b * 5) % 10007; }
p45_op_t p45_ops[2] = { p45_h1, p45_h2 };
p45_in_t p45_gin = { 3, 4 };
p45_in_t *p45_pick(p45_in_t *p) { return p; }
#define p45_QUIET _Pragma("GCC diagnostic push")
#define p45_QUIET_END _Pragma("GCC diagnostic pop")

int p45_one(int x) {
    return x - x + 1;
}

int p45_g1_fill(int n, int b, int *ybuf);
int p45_g2_fill(int n, int b, int *ybuf);
int p45_f1(int a, int b);
int p45_f2(int a, int b);
int p45_f3(int d, int a);
int p45_f4(int a);
void p45_f5(int a, int b);

int p45_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    if ((p45_h1(p45_h2(n, b), p45_one(b)) % (p45_one((n & 34)) % 7 + 8))) {
        return yn;
    }
    return yn;
}

int p45_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = ((void) 0, n);
    ybuf[yn++] = (p45_f2(n, 71) ?: p45_f2(n, n));
    int y1 = 0;
    b ^= (int) (y1) & 1023;
    return yn;
}

void p45_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    a &= (- b);
    b |= b;
}

int p45_f4(int a) {
    printf("f4.in %d\n", a);
    if (((- a) != 0) != 0) {
        return a;
    }
    int gb1[64];
    int gn2 = p45_g2_fill(((void) 0, a), p45_h2(p45_h1(a, a), (87 & a)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f4.g1 %d\n", v1);
        if (((void) 0, p45_one(a))) {
            int m2[][2] = { p45_one(p45_h2((v1 ?: -10), a)), ((void) 0, p45_h2(p45_one(v1), a)) };
            printf("f4.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[0][1]);
            printf("f4.1 %d %d\n", p45_one((a ?: 80)), p45_h2(((m2[0][0] & 16383) >> (m2[0][0] & 7)), p45_h2(v1, m2[0][0])));
            p45_QUIET
            m2[0][0] ^= p45_h2((a && ((- v1) != 0)), p45_h2(79, v1));
            p45_QUIET_END
        } else {
            {
                a ^= v1;
            }
            {
                printf("f4.f2 %d\n", 18);
                char c3 = (char) (((- -18) & 63) + 32);
                printf("f4.d3 %d\n", c3);
            }
        }
        int v4 = p45_h2(44, ((a / (a % 7 + 8)) ^ a));
        printf("f4.d4 %d\n", v4);
    }
    p45_f5(p45_one((((-4 + a) % 10007) ?: 67)), p45_one((((27 & 255) << (12 & 7)) % 10007)));
    if (a) {
        {
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            if (p45_h2((((a ? 1 : 0) - (a ? a : a)) % 10007), 13)) {
                { ac_dt_err = ((p45_one(a) & 7) + 1); goto finerr5; }
            }
            union p45_U un5 = { (a ? (- p45_h2(a, 92)) : 74) };
            printf("f4.d5 %d\n", un5.i);
#endif
            a ^= (((a ? a : -2) < p45_h2(a, a)) == p45_one(42));
        }
        {
            printf("f4.f5 %d\n", 49);
            for (p45_int_t i6 = 0; i6 < 1 && 1; i6++) {
                char s7[] = {"cc"};
                printf("f4.d7 %d [%s]\n", (int) sizeof s7, s7);
            }
            int w8 = 0;
            do {
                w8++;
                a |= ((((((a ?: 18) * 82) % 10007) & 255) << (a & 7)) % 10007);
                printf("f4.2 %d\n", a);
                printf("f4.3 %d %d\n", a, p45_h1((- -18), a));
            } while (w8 < 3 && a);
        }
        goto end5;
        finerr5: {
            int sv6 = ac_dt_err;
            ac_dt_err = 0;
            printf("f4.f5 %d\n", 49);
            for (p45_int_t i6 = 0; i6 < 1 && 1; i6++) {
                char s7[] = {"cc"};
                printf("f4.d7 %d [%s]\n", (int) sizeof s7, s7);
            }
            int w8 = 0;
            do {
                w8++;
                a |= ((((((a ?: 18) * 82) % 10007) & 255) << (a & 7)) % 10007);
                printf("f4.2 %d\n", a);
                printf("f4.3 %d %d\n", a, p45_h1((- -18), a));
            } while (w8 < 3 && a);
            ac_dt_err = sv6;
            goto fn_err;
        }
        end5:;
    }
    int a9[5] = { a, (((- a) != 0) && a), (a ? a : p45_one(p45_one(43))), (((((a * 57) % 10007) == -13) + a) % 10007), ((((a != 24) & 16383) >> (-1 & 7)) || a) };
    printf("f4.d9 %d %d\n", (int) (sizeof a9 / sizeof a9[0]), a9[4]);
    return 5;
fn_err:
    return 0;
}

int p45_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    p45_int_t ta2[2] = { 22, a };
    p45_int_t (*td1)[2] = &ta2;
    printf("f3.d2 %d\n", (*td1)[1]);
    return p45_f3(d - 1, p45_h1(p45_h1(a, 70), a));
}

int p45_f2(int a, int b) {
    long l1 = (long) (((-19 * (a && (b < 85))) % 10007) % (p45_one((- b)) % 7 + 8)) * 100000L;
    a ^= (int) (l1) & 1023;
    int v3 = b;
    b ^= (int) (v3) & 1023;
    for (p45_int_t i4 = 0, *i4p = &i4; i4 < 2 && 1; (*i4p)++) {
        union p45_U un5 = { .u = (unsigned) ((b < 52) ? p45_one((i4 ? a : a)) : a) };
        b ^= (int) (un5.u) & 1023;
    }
    return (((a ^ b) + a) % 10007);
}

int p45_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    {
        int a1[3] = { p45_one(p45_h1(p45_f3(3, b), b)), (a >= p45_h1(32, b)), (83 != b) };
        printf("f1.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[2]);
        {
            switch ((((b % ((a >= 57) % 7 + 8)) ? 90 : a1[0]) != 0) & 3) { case 0: case 1: {
                b = a1[1];
            } }
        }
        if (0) {
            int e2 = 0;
            printf("f1.c2 %d\n", e2);
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
#endif
            union p45_U un3 = { p45_one(p45_f3(3, (a1[1] ? e2 : a))) };
            printf("f1.d3 %d\n", un3.i);
        }
    }
    if (0) {
        int e4 = 0;
        printf("f1.c4 %d\n", e4);
        int gb3[64];
        int gn4 = p45_g2_fill((p45_f2(2, b) ?: a), p45_f2((49 / (e4 % 7 + 8)), p45_f2(b, e4)), gb3);
        for (int gi5 = 0; gi5 < gn4; gi5++) {
            int v5 = gb3[gi5];
            printf("f1.g5 %d\n", v5);
            if (p45_h2((- p45_one(-4)), (p45_h2(31, a) != a))) {
                printf("f1.1 %d %d\n", b, ((a ? b : 64) == ((b * b) % 10007)));
                const int k6 = (((a < ((4 + -16) % 10007)) ? p45_h1(a, 14) : (((a & 255) << (64 & 7)) % 10007)) % ((((94 * b) % 10007) && (((5 & 255) << (e4 & 7)) % 10007)) % 7 + 8));
                printf("f1.d6 %d\n", k6);
                char c7 = (char) (((20 & 57) & 63) + 32);
                printf("f1.d7 %d\n", c7);
            }
        }
        {
            unsigned u8 = (unsigned) p45_h2(e4, p45_one(p45_one(79))) * 2654435761u;
            printf("f1.d8 %u\n", u8);
            {
                if (p45_h1((((((void) 0, a) & 255) << ((((a & 255) << (b & 7)) % 10007) & 7)) % 10007), ((b < 73) ? (int) (u8 % 1000u) : p45_h1(-18, (int) (u8 % 1000u))))) {
                    { ac_dt_err = (((27 / (((int) (u8 % 1000u) | e4) % 7 + 8)) & 7) + 1); goto finerr7; }
                }
            }
            {
                printf("f1.f8 %d\n", e4);
                a ^= (int) (u8 % 1000u);
            }
            goto end7;
            finerr7: {
                int sv8 = ac_dt_err;
                ac_dt_err = 0;
                printf("f1.f8 %d\n", e4);
                a ^= (int) (u8 % 1000u);
                ac_dt_err = sv8;
                goto catch6;
            }
            end7:;
            int w9 = 0;
            while (w9 < 1 && 1) {
                w9++;
                a ^= b;
            }
        }
        goto ok6;
        catch6: {
            int e10 = ac_dt_err;
            ac_dt_err = 0;
            printf("f1.c10 %d\n", e10);
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            char c11 = (char) (((p45_h2(a, (a >= e4)) >= 0) & 63) + 32);
            printf("f1.d11 %d\n", c11);
            printf("f1.2 %s %d\n", __func__, e10);
            printf("f1.3 %d %d %d\n", e10, e4, ((c11 ^ 1000) - 1000));
#endif
            goto ok6;
        }
        ok6:;
    }
    {
        int b = a;
        for (int i13 = 0; i13 < 1 && a; i13 += p45_one(i13)) {
            {
                if (p45_h1(((b < 87) ? (b & b) : 17), -5)) {
                    {
                        {
                            printf("f1.f14 %d\n", b);
                        }
                        goto L12;
                    }
                }
                b = ((((void) 0, -2) != a) || a);
            }
            if (0) {
                int e14 = 0;
                printf("f1.c14 %d\n", e14);
                a ^= a;
            }
            {
                printf("f1.f14 %d\n", b);
            }
        }
        printf("f1.d14 %d\n", b);
    L12:;
    }
    {
        a = p45_h1(b, (p45_h1(22, -17) ?: a));
        _Pragma("GCC diagnostic push")
        long l15 = (long) ((b * (((b * b) % 10007) ?: (a ? 1 : 9))) % 10007) * 100000L;
        printf("f1.d15 %ld\n", l15);
        _Pragma("GCC diagnostic pop")
        {
            {
                int m17[][2] = { { 91, 43 }, { b, (50 & p45_h1((a ?: a), ((a < 13) || (((b < 16) + (int) (l15 % 10007)) % 10007)))) } };
                printf("f1.d17 %d %d\n", (int) (sizeof m17 / sizeof m17[0]), m17[1][1]);
                int v19 = 44;
                printf("f1.d19 %d\n", v19);
                a = ((void) 0, (m17[0][1] >= m17[0][0]));
            }
            if (0) {
                int e20 = 0;
                printf("f1.c20 %d\n", e20);
            }
            printf("f1.4 %d %d %d\n", a, a, (int) (l15 % 10007));
            for (int i21 = 0; i21 < 2 && (((((((b & 255) << (46 & 7)) % 10007) ? (a ?: 87) : b) != 0) ? p45_h2(p45_h1(a, 6), (int) (l15 % 10007)) : (((a ?: b) & 16383) >> (a & 7))) != 0); i21++) {
                if (((((-12 + 81) % 10007) ^ ((int) (l15 % 10007) % (b % 7 + 8))) >= ((void) 0, p45_h1(b, a)))) {
                    { ac_dt_err = ((p45_h1(a, (- 86)) & 7) + 1); goto catch10; }
                }
                printf("f1.5 %s %d\n", __func__, b);
            }
        }
    }
    goto ok10;
    catch10: {
        int e22 = ac_dt_err;
        ac_dt_err = 0;
        printf("f1.c22 %d\n", e22);
        struct p45_S st23 = { .in.y = (p45_h1((a & a), ((void) 0, e22)) ? ((a < 33) || (a ^ 85)) : (p45_h1(e22, e22) < p45_h2(39, b))), .a = a, .arr[2] = 32, .c = 'q' };
        printf("f1.d23 %d %ld %d %d %d %d\n", st23.a, st23.b, st23.c, st23.arr[2], st23.in.x, st23.in.y);
        goto ok10;
    }
    ok10:;
    {
        printf("f1.f23 %d\n", b);
        int w24 = 0;
        while (w24 < 1 && 1) {
            w24++;
            _Pragma("GCC diagnostic push")
            a = p45_h2(p45_h1(b, ((a + -12) % 10007)), p45_h1(p45_h1(a, 8), (a ?: a)));
            int a25[] = { (p45_h1((a != 11), (b || a)) >= ((b * 42) % 10007)), 96, (a ?: ((((b & 255) << (b & 7)) % 10007) && p45_h1(a, 72))), (p45_h2(((51 & 16383) >> (b & 7)), (a ? a : a)) & (- b)) };
            printf("f1.d25 %d %d\n", (int) (sizeof a25 / sizeof a25[0]), a25[3]);
            _Pragma("GCC diagnostic pop")
        }
        for (int i26 = 0; i26 < 1 && (w24 < 35); i26 += p45_one(i26)) {
            {
                char s27[] = "hhcfhd";
                printf("f1.d27 %d [%s]\n", (int) sizeof s27, s27);
            }
            printf("f1.6 %d\n", (- (a / (b % 7 + 8))));
        }
    }
    return ((void) 0, (a & ((b < 68) ? b : a)));
}

int p45_main(void) {
    printf("main.f1 %d\n", p45_f1(25, 9));
    {
        int ht2 = p45_f4(24);
        if (ac_dt_err) goto catch1;
        printf("main.f4 %d\n", ht2);
    }
    goto ok1;
    catch1: {
        int e1 = ac_dt_err;
        ac_dt_err = 0;
        printf("main.caught %d\n", e1);
        goto ok1;
    }
    ok1:;
    int gb3[64];
    int gn4 = p45_g1_fill(1, 3, gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v = gb3[gi5];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 45\n");
    p45_main();
    return 0;
}
