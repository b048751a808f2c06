#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 48 */
struct p48_In { int x; int y; };
struct p48_S { int a; long b; char c; int arr[3]; struct p48_In in; };
union p48_U { int i; unsigned u; char bytes[4]; };
typedef int p48_int_t;
typedef struct p48_In p48_in_t;
typedef int (*p48_op_t)(int, int);
int p48_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p48_h2(int a, int b) { return (a - b * 5) % 10007; }
p48_op_t p48_ops[2] = { p48_h1, p48_h2 };
p48_in_t p48_gin = { 3, 4 };
p48_in_t *p48_pick(p48_in_t *p) { return p; }
#define p48_QUIET _Pragma("GCC diagnostic push")
#define p48_QUIET_END _Pragma("GCC diagnostic pop")

int p48_one(int x) {
    return x - x + 1;
}

int p48_g1_fill(int n, int *ybuf);
int p48_f1(int a, int b);
int p48_f2(int d, int a);
int p48_f3(int a);
int p48_f4(int a, int b);
void p48_f5(int a);

int p48_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if (n) {
        n = (n < p48_h1((95 < n), n));
    } else {
        if (((((40 + n) % 10007) ?: (((n ? n : n) + n) % 10007)) != 0) != 0) {
            n |= p48_h2(p48_h1(p48_h1(n, n), (- 36)), n);
        } else {
            {
                ybuf[yn++] = (((n & 16383) >> (n & 7)) ? (- n) : (- n));
                int y1 = 0;
                n ^= (int) (y1) & 1023;
            }
        }
        switch (((n ?: p48_h2(((n - n) % 10007), p48_h2(n, n))) != 0) & 3) {
        case 1: {
        }
            break;
        default: {
            struct p48_In *cl2 = &(struct p48_In){ (p48_h1((((59 + n) % 10007) ?: n), n) >= n), p48_h1(p48_h1(p48_h1(24, n), n), p48_h2((n >= 97), (n < 27))) };
            n ^= (int) (cl2->y) & 1023;
            ybuf[yn++] = (((n >= 95) & 16383) >> ((- n) & 7));
        }
            break;
        }
    }
    int v3 = p48_h1((p48_h1(n, 20) ?: ((n + n) % 10007)), p48_h2(n, p48_h2(n, n)));
    n ^= (int) (v3) & 1023;
    {
        for (int i5 = (v3 & 1); i5 < 2 && 1; i5++) {
            ybuf[yn++] = (44 % (i5 % 7 + 8));
        }
        for (p48_int_t i6 = (((n ? (v3 < 10) : 49) != (- ((n & 16383) >> (59 & 7)))) & 1), *i6p = &i6; i6 < 3 && 1; (*i6p)++) {
            ybuf[yn++] = 0;
            int y7 = 0;
            v3 ^= (int) (y7) & 1023;
            for (p48_int_t i8 = (((- ((v3 != 23) ^ p48_h1(29, i6))) != 0) & 1), *i8p = &i8; i8 < 3 && y7; (*i8p)++) {
                struct p48_In pt9[] = { { (p48_h1(p48_h1(-19, 89), 35) < p48_h1((74 % (n % 7 + 8)), p48_h2(-15, v3))), 6 }, { y7, 99 }, { ((((((i8 ?: y7) + y7) % 10007) ?: (n != v3)) != 0) ? i8 : p48_h2(p48_h2(79, 10), (n >= 32))), (n ? (v3 && (87 % (y7 % 7 + 8))) : n) } };
                n ^= (int) ((int) (sizeof pt9 / sizeof pt9[0])) & 1023;
                ybuf[yn++] = p48_h1((37 & v3), p48_h2(pt9[0].y, y7));
            }
            ybuf[yn++] = p48_h1((y7 ^ 0), (- v3));
            int y10 = 0;
            y7 ^= (int) (y10) & 1023;
        }
        for (int i11 = (p48_h2(p48_h2((- n), v3), (((v3 & 255) << (n & 7)) % 10007)) & 1); i11 < 2 && 1; i11++) {
            struct p48_In pt12[] = { { p48_h1((n ? ((v3 & 16383) >> (i11 & 7)) : 57), v3), p48_h1(((((v3 ? 32 : v3) + v3) % 10007) ?: -15), v3) } };
            v3 ^= (int) ((int) (sizeof pt12 / sizeof pt12[0])) & 1023;
            int *cl13 = (int[]){ (i11 ? n : 17), (pt12[0].y ? p48_h2((pt12[0].y ? v3 : 44), p48_h2(n, pt12[0].x)) : i11), ((((24 & 16383) >> ((n / (i11 % 7 + 8)) & 7)) - pt12[0].x) % 10007) };
            pt12[0].x ^= (int) (cl13[1]) & 1023;
            for (int i14 = 0; i14 < 2 && 1; i14++) {
                unsigned u15 = (unsigned) ((((n | n) >= (- i14)) & 16383) >> ((- (v3 ?: cl13[0])) & 7)) * 2654435761u;
                pt12[0].x ^= (int) (u15) & 1023;
            }
        }
    }
    return yn;
}

void p48_f5(int a) {
    printf("f5.in %d\n", a);
    char s1[] = {""};
    printf("f5.d1 %d [%s]\n", (int) sizeof s1, s1);
    if ((a < (int) sizeof s1)) {
#ifndef AC_DT_UNDEFINED
        if (p48_one(p48_h2(p48_one(99), 50))) {
            struct p48_In pt2[] = { (+ 20), (+ p48_one(p48_one(87))) };
            printf("f5.d2 %d %d\n", (int) (sizeof pt2 / sizeof pt2[0]), pt2[0].y);
            printf("f5.1 %d\n", a);
            printf("f5.2 %d\n", a);
        } else {
            printf("f5.3 %d %d\n", p48_h2(p48_one(a), 30), (int) sizeof s1);
            int a3[4] = { a, 93, (((p48_one(51) & 255) << (22 & 7)) % 10007), ((((a & 16383) >> (p48_one((int) sizeof s1) & 7)) + p48_h2(p48_one(a), 56)) % 10007) };
            printf("f5.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[3]);
        }
#else
        printf("never\n");
#endif
        if ((a < 19)) {
            return;
        }
        int w4 = 0;
        while (w4 < 1 && (p48_one(a) != ((p48_one((int) sizeof s1) * (a & (int) sizeof s1)) % 10007))) {
            w4++;
            a &= a;
            int t5 = p48_one(0);
                printf("f5.4 %s %d %d %d\n", __func__, (int) sizeof s1, p48_one(a), (int) sizeof s1);
                int m7[][2] = { 82, p48_one((((a < (int) sizeof s1) ? a : a) ^ ((15 - a) % 10007))), a, 91, a, ((((void) 0, (int) sizeof s1) & 16383) >> (a & 7)) };
                printf("f5.d7 %d %d\n", (int) (sizeof m7 / sizeof m7[0]), m7[2][1]);
            int r6 = t5;
            printf("f5.t7 %d\n", r6);
        }
    }
}

int p48_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    switch (((p48_h2((a ? a : b), ((b < 3) ? 38 : b)) ? p48_one(b) : p48_h1(((b * a) % 10007), (((a & 255) << (a & 7)) % 10007))) != 0) & 3) {
    case 3: {
        struct p48_S st1 = { .in.y = ((((b ?: 72) & 16383) >> (p48_h2(a, b) & 7)) != p48_one(77)), .a = p48_h1(p48_one(p48_one(42)), 29), .arr[2] = (((23 % (a % 7 + 8)) ^ ((37 + -12) % 10007)) ? p48_h1(p48_one(b), p48_one(a)) : (((- 66) + (a ? 1 : 13)) % 10007)), .c = 'q' };
        printf("f4.d1 %d %ld %d %d %d %d\n", st1.a, st1.b, st1.c, st1.arr[2], st1.in.x, st1.in.y);
        {
            a ^= p48_one((p48_h2(a, a) == b));
        }
        if (0) {
            int e2 = 0;
            printf("f4.c2 %d\n", e2);
        }
    }
        /* fallthrough */
    case 1: {
        b = p48_h2(p48_h1((b && b), 1), b);
    }
        break;
    case 2: {
        {
            printf("f4.1 %d %d %d\n", 54, p48_one((- 35)), (a ?: p48_one(90)));
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            char s3[] = {"dhag"};
            printf("f4.d3 %d [%s]\n", (int) sizeof s3, s3);
#endif
            p48_f5(b);
        }
        {
            printf("f4.f3 %d\n", 11);
        }
#if 1
        printf("f4.2 %d %d\n", a, b);
        int m4[3][3] = { { a, (p48_h2((- a), (b ^ 16)) / (p48_one(36) % 7 + 8)), (((((((22 + a) % 10007) ?: a) + (81 >= b)) % 10007) * ((void) 0, p48_one(-2))) % 10007) }, { (p48_one(p48_one(b)) >= (a ?: a)), (68 ^ (((19 + b) % 10007) ?: p48_h1(-11, a))), p48_one(p48_h1(((b - 5) % 10007), p48_h1(b, b))) }, { (p48_h1(28, (a ^ 55)) ?: (a ?: p48_one(b))), a, p48_h2(a, (p48_one(b) < ((a - 13) % 10007))) } };
        printf("f4.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[2][2]);
#else
        printf("never\n");
#endif
    }
        break;
    }
    int gb3[64];
    int gn4 = p48_g1_fill(p48_h1(p48_one(b), p48_h1(b, 72)), gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v5 = gb3[gi5];
        printf("f4.g5 %d\n", v5);
        char c6 = (char) ((b & 63) + 32);
        printf("f4.d6 %d\n", c6);
        if ((((((a - v5) % 10007) == ((b < 48) ? a : v5)) ? (((c6 ^ 1000) - 1000) ^ p48_h1(b, 40)) : (- p48_h2(a, ((c6 ^ 1000) - 1000)))) != 0) != 0) {
            { ac_dt_err = ((p48_one(62) & 7) + 1); goto fn_err; }
        }
    }
    return (- b);
fn_err:
    return 0;
}

int p48_f3(int a) {
    switch ((((((((76 & 16383) >> (39 & 7)) + a) % 10007) ?: 4) & 16383) >> ((p48_one(34) % (((void) 0, 99) % 7 + 8)) & 7)) & 3) {
    case 3: {
        {
            if (p48_one(-3)) {
                {
                    goto L1;
                }
            }
            int m2[][3] = { p48_h1(a, p48_h1((a ?: a), (a || a))), (- p48_h1(((void) 0, 53), a)), (a ? p48_one((a ?: a)) : a) };
            m2[0][0] ^= (int) ((int) (sizeof m2 / sizeof m2[0])) & 1023;
        L1:;
        }
    }
        break;
    }
    if (((p48_h1(65, a) ?: p48_one(a)) != 0) != 0) {
        {
            {
                int v5 = a;
                v5 ^= (int) (v5) & 1023;
                a |= (((-18 + v5) % 10007) ?: (((2 & 255) << (((void) 0, v5) & 7)) % 10007));
                char c6 = (char) ((p48_h1(p48_one(p48_h2(v5, a)), v5) & 63) + 32);
                v5 ^= (int) (c6) & 1023;
            }
            a &= ((p48_h2((a < 47), (a ? a : a)) - (p48_one(a) ? 73 : (a >= 87))) % 10007);
        }
    } else {
        if (((p48_one(a) ? 27 : p48_h1((((a & 255) << (a & 7)) % 10007), (a ? a : a))) != 0) != 0) {
            return (p48_one(a) ^ a);
        }
        {
            unsigned u8 = (unsigned) ((void) 0, p48_one(p48_one(48))) * 2654435761u;
            a ^= (int) (u8) & 1023;
            int m9[3][3] = { { p48_h1(p48_one(p48_one((int) (u8 % 1000u))), (p48_one(a) | p48_one((int) (u8 % 1000u)))), (((65 + a) % 10007) ?: (int) (u8 % 1000u)), (((a ?: 8) & (a ?: a)) == (14 ^ a)) }, { a, (int) (u8 % 1000u), p48_one(p48_one(p48_h1((int) (u8 % 1000u), 58))) }, { (p48_one(65) && p48_one(((89 + 89) % 10007))), p48_h2(p48_h1(p48_h2(a, 46), ((int) (u8 % 1000u) ? 26 : a)), -17), p48_one(p48_h1(p48_h2(83, (int) (u8 % 1000u)), a)) } };
            m9[0][0] ^= (int) ((int) (sizeof m9 / sizeof m9[0])) & 1023;
            {
                m9[0][0] ^= p48_h1(p48_one(p48_h2((int) (u8 % 1000u), a)), p48_one((a < 44)));
            }
        }
    }
    return ((p48_one(p48_h1(a, a)) + a) % 10007);
}

int p48_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    p48_f5((p48_h1(a, d) == ((a - a) % 10007)));
    printf("f2.1 %d %d %d\n", a, 46, a);
    for (int i1 = 0; i1 < 1 && p48_f2(d - 1, p48_f3(32)); i1++) {
        p48_QUIET
        {
            if ((a || p48_f2(d - 1, i1))) {
                {
                    int rv2 = a;
                    {
                        printf("f2.f1 %d\n", 2);
                        char s2[] = {"ghhfd"};
                        printf("f2.d2 %d [%s]\n", (int) sizeof s2, s2);
                    }
                    return rv2;
                }
            }
            printf("f2.2 %d %d %d\n", d, (((d < i1) - d) % 10007), d);
        }
        {
            printf("f2.f1 %d\n", 2);
            char s2[] = {"ghhfd"};
            printf("f2.d2 %d [%s]\n", (int) sizeof s2, s2);
        }
        p48_QUIET_END
        if (((void) 0, p48_h2(a, (a ?: i1)))) {
            int w3 = 0;
            while (w3 < 3 && ((((void) 0, p48_one(a)) ? p48_h1(p48_one(i1), d) : (((i1 || a) * d) % 10007)) != 0)) {
                w3++;
                a &= ((a - (a ? ((void) 0, i1) : i1)) % 10007);
                a = (i1 ^ (- (57 == i1)));
            }
            static int sl4 = 2;
            sl4 = (sl4 * 3 + i1) % 10007;
            printf("f2.d4 %d\n", sl4);
            if ((((((i1 ?: a) != 0) || ((((d ? a : a) != 0) + a) % 10007)) - d) % 10007)) {
                return (a || (d / (62 % 7 + 8)));
            }
        }
    }
    long l5 = (long) (((((87 + ((void) 0, -10)) % 10007) + a) % 10007) ?: ((- 62) & a)) * 100000L;
    printf("f2.d5 %ld\n", l5);
    printf("f2.3 %d %d\n", 18, d);
    printf("f2.4 %d\n", (int) (l5 % 10007));
    if (a) {
        return a;
    }
    return (a / ((((void) 0, d) ? a : -13) % 7 + 8));
}

int p48_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    for (int i1 = (((b ?: (- (b & 7))) != 0) & 1); i1 < 2 && b; i1++) {
        if (((a == 36) < p48_one(b))) {
            long l2 = (long) p48_h2(p48_one(a), ((p48_one(49) & 16383) >> (a & 7))) * 100000L;
            printf("f1.d2 %ld\n", l2);
            if (((- p48_h2((a % (a % 7 + 8)), (i1 < b))) != 0) != 0) {
                p48_f5(b);
                a &= p48_h2((((b & 16383) >> ((int) (l2 % 10007) & 7)) != ((void) 0, (int) (l2 % 10007))), i1);
                int m3[][3] = { { (p48_one(b) && a), (((((void) 0, 36) & 255) << (p48_one(93) & 7)) % 10007), p48_h2(((a ? b : 7) | ((void) 0, a)), (b && (a ^ b))) }, { ((((a & 255) << ((int) (l2 % 10007) & 7)) % 10007) ?: p48_h2(((b - a) % 10007), ((void) 0, -17))), ((void) 0, (((b + a) % 10007) ? p48_h1(62, b) : p48_h1((int) (l2 % 10007), i1))), p48_h1(((((int) (l2 % 10007) + b) % 10007) ? (b != i1) : p48_h2(a, b)), ((b ^ 36) && ((b ?: -17) != 0))) } };
                printf("f1.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[1][2]);
            } else {
                printf("f1.1 %d\n", (int) (l2 % 10007));
            }
            printf("f1.2 %d %d %d\n", b, a, (- (a / (i1 % 7 + 8))));
        }
    }
    if ((((a < 56) ? (((-4 + 54) % 10007) / (b % 7 + 8)) : (- a)) != 0) != 0) {
        return (((((a && b) + a) % 10007) ?: p48_one(a)) & (p48_h1(a, b) == p48_h2(31, 0)));
    }
    return p48_h1(((void) 0, 56), p48_h1((a & 84), (b & 99)));
}

int p48_main(void) {
    printf("main.f1 %d\n", p48_f1(24, 39));
    {
        int ht2 = p48_f4(17, 12);
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
    return 0;
}


int main(void) {
    printf("== seed 48\n");
    p48_main();
    return 0;
}
