#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 3 */
struct p3_In { int x; int y; };
struct p3_S { int a; long b; char c; int arr[3]; struct p3_In in; };
union p3_U { int i; unsigned u; char bytes[4]; };
typedef int p3_int_t;
typedef struct p3_In p3_in_t;
typedef int (*p3_op_t)(int, int);
int p3_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p3_h2(int a, int b) { return (a - b * 5) % 10007; }
p3_op_t p3_ops[2] = { p3_h1, p3_h2 };
p3_in_t p3_gin = { 3, 4 };
p3_in_t *p3_pick(p3_in_t *p) { return p; }
#define p3_QUIET _Pragma("GCC diagnostic push")
#define p3_QUIET_END _Pragma("GCC diagnostic pop")

int p3_one(int x) {
    return x - x + 1;
}

int p3_g1_fill(int n, int b, int *ybuf);
int p3_f1(int a);
int p3_f2(int a, int b);
int p3_f3(int a, int b);
int p3_f4(int d, int a);

int p3_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = 49;
    ybuf[yn++] = (29 < p3_h1(-15, b));
    for (p3_int_t i1 = (n & 1); i1 < 2 && (((- n) != 0) && (((((((b ? n : 65) + n) % 10007) ?: (((n & 255) << (14 & 7)) % 10007)) != 0) + b) % 10007)); i1++) {
        struct p3_S st2 = { (((p3_h2(19, b) || b) & 16383) >> (n & 7)), ((28 + 0) % 10007), 'k', { (- (- (n != 33))), (p3_h1(p3_h1(b, 57), p3_h1(-18, b)) != p3_h1((b & 52), (((10 & 255) << (i1 & 7)) % 10007))), n }, { ((((i1 & 16383) >> (20 & 7)) & (i1 ?: n)) != p3_h2(p3_h2(b, b), ((b < 8) || (((n < 75) + b) % 10007)))), (- n) } };
        st2.in.x ^= (int) (st2.a) & 1023;
    }
    return yn;
}

int p3_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    printf("f4.1 %d %d\n", a, a);
    printf("f4.2 %s %d %d %d\n", __func__, -6, a, (d ?: (((97 + d) % 10007) ?: a)));
    switch ((((p3_f4(d - 1, -15) && ((- a) != 0)) & 16383) >> (p3_one(p3_one(d)) & 7)) & 3) {
    case 0: {
        int t1 = p3_one(a);
            printf("f4.3 %d\n", a);
            int w3 = 0;
            while (w3 < 3 && ((a ? ((a * ((73 + 81) % 10007)) % 10007) : p3_f4(d - 1, ((d & 16383) >> (d & 7)))) != 0)) {
                w3++;
                printf("f4.4 %d\n", d);
                unsigned u4 = (unsigned) (p3_h1(45, (((-13 & 255) << (3 & 7)) % 10007)) ?: ((((d < 12) || a) * a) % 10007)) * 2654435761u;
                printf("f4.d4 %u\n", u4);
                a = d;
            }
        int r2 = t1;
        printf("f4.t4 %d\n", r2);
        struct p3_In pt5[] = { { (((((a & 255) << (56 & 7)) % 10007) % (p3_h2(a, d) % 7 + 8)) ? d : p3_one(((51 & 16383) >> (-11 & 7)))), p3_one(p3_one(p3_h1(10, -3))) }, { (- p3_one(p3_one(-5))), p3_one(p3_one(a)) }, { p3_h2(p3_one(a), a), (p3_one(23) ? a : d) } };
        printf("f4.d5 %d %d\n", (int) (sizeof pt5 / sizeof pt5[0]), pt5[2].y);
    }
        break;
    }
    char s6[] = "hbbcf";
    printf("f4.d6 %d [%s]\n", (int) sizeof s6, s6);
    if (p3_one(p3_one(p3_h1(49, d)))) {
        int v8 = p3_one(d);
        printf("f4.d8 %d\n", v8);
    } else {
        switch (a & 3) {
        case 3: {
            int gb1[64];
            int gn2 = p3_g1_fill(((a * 94) % 10007), p3_one(p3_one(67)), gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v9 = gb1[gi3];
                printf("f4.g9 %d\n", v9);
                printf("f4.5 %d %d %d\n", 9, (int) sizeof s6, 7);
                int *p10 = &v9;
                printf("f4.d10 %d\n", *p10);
            }
        }
            break;
        case 2: {
            long l11 = (long) (((void) 0, p3_one(a)) & 56) * 100000L;
            printf("f4.d11 %ld\n", l11);
        }
            /* fallthrough */
        case 1: {
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            printf("f4.6 %d\n", p3_one(p3_one(a)));
            a = ((p3_one(d) ^ p3_one((int) sizeof s6)) && (a < -2));
            double dd12 = ((void) 0, ((d & 16383) >> ((d && a) & 7))) * 0.25 + 0.5;
            printf("f4.d12 %.3f\n", dd12);
#endif
        }
            break;
        }
        a |= (((p3_one(42) ?: p3_one(d)) - p3_one(((d + a) % 10007))) % 10007);
    }
    printf("f4.7 %d %d\n", (int) sizeof s6, a);
    return (int) sizeof s6;
}

int p3_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    printf("f3.1 %d %d %d\n", b, b, b);
    int t1 = p3_one(p3_one(p3_h2(a, b)));
        int w3 = 0;
        while (w3 < 1 && p3_h1(p3_one((-7 / (b % 7 + 8))), ((a + a) % 10007))) {
            w3++;
            int gb1[64];
            int gn2 = p3_g1_fill(a, p3_one(56), gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v4 = gb1[gi3];
                printf("f3.g4 %d\n", v4);
            }
        }
        b &= a;
    int r2 = t1;
    printf("f3.t4 %d\n", r2);
    struct p3_In pt5[] = { { (((p3_one(r2) ?: p3_one(a)) & 16383) >> (((((a & 255) << (a & 7)) % 10007) || p3_one(74)) & 7)), p3_one(b) }, { ((a + p3_one((a == 75))) % 10007), b }, { p3_one(69), p3_one(((b && (b < 83)) ? (a < b) : p3_one(a))) } };
    printf("f3.d5 %d %d\n", (int) (sizeof pt5 / sizeof pt5[0]), pt5[2].y);
    _Pragma("GCC diagnostic push")
    if (p3_one(p3_one(p3_one(b)))) {
        {
            printf("f3.2 %d %d\n", b, pt5[0].x);
        }
        {
            printf("f3.f5 %d\n", 95);
            pt5[0].x &= (- ((void) 0, p3_one(b)));
        }
    } else {
        if (p3_one(p3_one(((85 + r2) % 10007)))) {
            char c6 = (char) ((p3_one(pt5[0].y) & 63) + 32);
            printf("f3.d6 %d\n", c6);
            if ((pt5[0].y < 3)) {
                return (((c6 ^ 1000) - 1000) ? p3_one(((-10 + 74) % 10007)) : p3_h1((a ?: 39), p3_one(a)));
            }
            printf("f3.3 %d\n", pt5[0].y);
        }
        int v7 = r2;
        printf("f3.d7 %d\n", v7);
    }
    _Pragma("GCC diagnostic pop")
    if ((p3_one(p3_one(b)) / (p3_one((11 & pt5[0].x)) % 7 + 8))) {
        return (((void) 0, (r2 ? 5 : b)) && b);
    }
    int v8 = p3_one(a);
    printf("f3.d8 %d\n", v8);
    return ((void) 0, (((((v8 & 16383) >> (v8 & 7)) & 255) << (p3_one(16) & 7)) % 10007));
}

int p3_f2(int a, int b) {
    a = (((a ? a : b) ^ 29) & a);
    if ((p3_h2(b, p3_one(a)) && a)) {
        b ^= p3_one(20);
    }
    {
        if (a) {
            a |= a;
            char s1[] = {"ahc"};
            a ^= (int) ((int) sizeof s1) & 1023;
        }
        if ((((a < 68) ? 75 : ((p3_one(b) + (a & a)) % 10007)) != 0) != 0) {
            b |= b;
        }
    }
    return (((a ^ b) + a) % 10007);
}

int p3_f1(int a) {
    printf("f1.in %d\n", a);
    int w1 = 0;
    while (w1 < 3 && p3_h1(p3_f3((a ? 30 : a), p3_f2(a, a)), (p3_f2(a, a) % (p3_f2(a, a) % 7 + 8)))) {
        w1++;
#ifndef AC_DT_UNDEFINED
#else
        printf("never\n");
#endif
        printf("f1.1 %d %d\n", (p3_h2(a, a) | (a & 55)), a);
    }
    int w2 = 0;
    while (w2 < 2 && 1) {
        w2++;
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        {
            int a3[5] = { (((void) 0, a) == a), (w1 < 32), ((41 % ((w1 & 65) % 7 + 8)) ^ 81), ((76 - 22) % 10007), (a != ((void) 0, (- w1))) };
            printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[4]);
        }
        if (0) {
            int e4 = 0;
            printf("f1.c4 %d\n", e4);
            int *cl5 = (int[]){ ((a + ((- e4) == ((void) 0, e4))) % 10007), 74, a };
            printf("f1.d5 %d\n", cl5[1]);
        }
        {
            printf("f1.f5 %d\n", w1);
            printf("f1.2 %s %d %d\n", __func__, ((p3_h2(w1, w1) + (a < 86)) % 10007), 29);
            int *cl6 = (int[]){ ((((w1 | a) + ((a + w1) % 10007)) % 10007) / ((- w1) % 7 + 8)), ((((void) 0, -2) + (((a & 255) << (a & 7)) % 10007)) % 10007), p3_h2(w1, 91) };
            printf("f1.d6 %d\n", cl6[1]);
        }
        char s7[] = "eehhe";
        printf("f1.d7 %d [%s]\n", (int) sizeof s7, s7);
        printf("f1.3 %s %d %d %d\n", __func__, 4, a, p3_h1((45 < w1), (w1 ? 1 : 13)));
#endif
        {
            {
                if (((a | a) / (((void) 0, ((a < 76) && w1)) % 7 + 8))) {
                    {
                        int rv4 = w1;
                        {
                            printf("f1.f8 %d\n", 15);
                            printf("f1.4 %d\n", a);
                        }
                        {
                            printf("f1.f11 %d\n", -20);
                        }
                        return rv4;
                    }
                }
                struct p3_S st8 = { 41, ((((void) 0, p3_h2(p3_h1(w1, 84), 95)) + 0) % 10007), 'k', { a, (a >= w1), ((((20 & 255) << (((a - a) % 10007) & 7)) % 10007) ^ 22) }, { ((((((void) 0, 99) == w1) + a) % 10007) ?: (95 % (a % 7 + 8))), ((((((void) 0, a) % ((w1 != 7) % 7 + 8)) & 255) << (((((a * a) % 10007) * (a ^ a)) % 10007) & 7)) % 10007) } };
                printf("f1.d8 %d %ld %d %d %d %d\n", st8.a, st8.b, st8.c, st8.arr[2], st8.in.x, st8.in.y);
            }
            {
                printf("f1.f8 %d\n", 15);
                printf("f1.4 %d\n", a);
            }
#if 1
            int *cl9 = (int[]){ ((void) 0, a), -6, ((((58 / (a % 7 + 8)) - ((void) 0, a)) % 10007) == p3_h1(65, 15)) };
            printf("f1.d9 %d\n", cl9[1]);
            cl9[1] &= cl9[0];
            printf("f1.5 %d %d %d\n", p3_h2((cl9[0] / (cl9[2] % 7 + 8)), (((cl9[2] & 255) << (18 & 7)) % 10007)), (((w1 != cl9[1]) * (a ?: a)) % 10007), (p3_h1(cl9[0], w1) ?: (79 ^ cl9[1])));
#else
            printf("never\n");
#endif
        }
        if (0) {
            int e10 = 0;
            printf("f1.c10 %d\n", e10);
            struct p3_In pt11[] = { { ((((((a * a) % 10007) & 255) << ((((w1 & 255) << (a & 7)) % 10007) & 7)) % 10007) >= ((a || e10) ^ (a ^ e10))), a }, { a, ((((p3_h2(87, e10) ? ((82 - 30) % 10007) : (w1 || w1)) + w1) % 10007) ?: a) } };
            printf("f1.d11 %d %d\n", (int) (sizeof pt11 / sizeof pt11[0]), pt11[1].y);
            printf("f1.6 %d %d\n", a, pt11[1].x);
        }
        {
            printf("f1.f11 %d\n", -20);
        }
    }
    {
        if (((((a ? w1 : 69) | (w1 ? 1 : 73)) + 85) % 10007)) {
            return ((p3_h2(-5, a) / (p3_h1(49, w1) % 7 + 8)) ?: w1);
        }
        if ((((w1 ?: w2) >= ((void) 0, w2)) && ((((((w1 < -11) ? 1 : 55) != 0) && (((w2 < a) + a) % 10007)) + a) % 10007))) {
            { ac_dt_err = ((78 & 7) + 1); goto fn_err; }
        }
        a &= ((((((33 + a) % 10007) ?: a) != 0) ? (a ?: w2) : (w2 / (a % 7 + 8))) | (((w2 * 92) % 10007) ?: a));
    }
    printf("f1.7 %d %d\n", ((((void) 0, a) - 47) % 10007), a);
    if (((- (w2 | ((a - 84) % 10007))) != 0) != 0) {
        if (((p3_h1(a, w1) ?: p3_h2(85, -14)) >= (((p3_h1(w2, a) & 255) << (((void) 0, a) & 7)) % 10007))) {
            if (((((p3_h2(-2, a) && ((w2 ? w2 : 18) != 0)) & 255) << (p3_h2((w2 ^ 38), p3_h2(w2, w2)) & 7)) % 10007)) {
                return p3_h2(((((w2 + w2) % 10007) * ((37 + a) % 10007)) % 10007), ((p3_h2(a, w2) & 16383) >> (((-16 + -20) % 10007) & 7)));
            }
            int m13[][3] = { (a >= (((a - w2) % 10007) | (w2 / (28 % 7 + 8)))), 20, 25 };
            printf("f1.d13 %d %d\n", (int) (sizeof m13 / sizeof m13[0]), m13[0][2]);
            printf("f1.8 %d\n", m13[0][1]);
        } else {
        }
        char c14 = (char) ((((((void) 0, ((10 + 5) % 10007)) + 73) % 10007) & 63) + 32);
        printf("f1.d14 %d\n", c14);
    }
    char c15 = (char) ((w1 & 63) + 32);
    printf("f1.d15 %d\n", c15);
    return (11 >= w2);
fn_err:
    return 0;
}

int p3_main(void) {
    {
        int ht2 = p3_f1(23);
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
    printf("== seed 3\n");
    p3_main();
    return 0;
}
