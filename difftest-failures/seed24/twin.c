#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 24 */
struct p24_In { int x; int y; };
struct p24_S { int a; long b; char c; int arr[3]; struct p24_In in; };
union p24_U { int i; unsigned u; char bytes[4]; };
typedef int p24_int_t;
typedef struct p24_In p24_in_t;
typedef int (*p24_op_t)(int, int);
int p24_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p24_h2(int a, int b) { return (a - b * 5) % 10007; }
p24_op_t p24_ops[2] = { p24_h1, p24_h2 };
p24_in_t p24_gin = { 3, 4 };
p24_in_t *p24_pick(p24_in_t *p) { return p; }
#define p24_QUIET _Pragma("GCC diagnostic push")
#define p24_QUIET_END _Pragma("GCC diagnostic pop")

int p24_one(int x) {
    return x - x + 1;
}

int p24_g1_fill(int n, int *ybuf);
int p24_f1(int a);
int p24_f2(int a);
int p24_f3(int a);
int p24_f4(int d, int a);
void p24_f5(int a);
int p24_f6(int a);

int p24_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    for (p24_int_t i1 = ((n / ((n / (p24_h1(n, n) % 7 + 8)) % 7 + 8)) & 1), *i1p = &i1; i1 < 1 && p24_h1(36, (p24_h2(n, n) ? n : ((n - 90) % 10007))); (*i1p)++) {
        ybuf[yn++] = (((((95 + n) % 10007) ?: 69) * (n ? n : 87)) % 10007);
        int y2 = 0;
        n ^= (int) (y2) & 1023;
    }
    for (int i3 = 0; i3 < 1 && 1; i3++) {
        ybuf[yn++] = n;
        {
            ybuf[yn++] = 88;
            int y5 = 0;
            n ^= (int) (y5) & 1023;
            if (((51 - (i3 && n)) % 10007)) {
                {
                    goto L4;
                }
            }
        L4:;
        }
    }
    return yn;
}

int p24_f6(int a) {
    int w1 = 0;
    do {
        w1++;
#ifndef AC_DT_UNDEFINED
        {
            a = 16;
        }
        for (int i2 = 0; i2 < 1 && p24_h1((a ? ((a < 99) || (((a < 8) + a) % 10007)) : p24_one(a)), a); i2++) {
        }
        switch (a & 3) {
        case 3: {
            int v3 = (- p24_one(((a < 67) ? 1 : 46)));
            v3 ^= (int) (v3) & 1023;
        }
            /* fallthrough */
        case 1: {
            double dd4 = p24_one(p24_one((a ^ -3))) * 0.25 + 0.5;
            a ^= (int) (dd4) & 1023;
            if ((p24_h1(((a * 51) % 10007), a) < 81)) {
                return (88 < a);
            }
        }
            /* fallthrough */
        default: {
        }
            break;
        }
#else
        printf("never\n");
#endif
    } while (w1 < 2 && 1);
    switch ((((a / (((a * a) % 10007) % 7 + 8)) ? 5 : p24_one(((w1 < 57) && a))) != 0) & 3) { case 1: case 2: {
        a = 3;
    } }
    a |= a;
    switch (p24_one(((- a) | (w1 % (a % 7 + 8)))) & 3) { case 3: case 1: {
        a = 85;
    } }
    _Pragma("GCC diagnostic push")
    _Pragma("GCC diagnostic push")
    const int k5 = a;
    a ^= (int) (k5) & 1023;
    _Pragma("GCC diagnostic pop")
    _Pragma("GCC diagnostic pop")
#if 1
#else
    printf("never\n");
#endif
    return ((p24_h1(p24_h2(w1, -2), ((void) 0, 72)) + a) % 10007);
}

void p24_f5(int a) {
    printf("f5.in %d\n", a);
    printf("f5.1 %d %d\n", a, a);
    printf("f5.2 %s %d %d\n", __func__, a, a);
    a = a;
}

int p24_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    a = (((void) 0, d) & (- p24_f6(a)));
    if ((((p24_f4(d - 1, a) ? (a ?: -15) : p24_f6(a)) - p24_f6(((a + a) % 10007))) % 10007)) {
        return (a || a);
    }
    printf("f4.1 %d\n", (p24_f4(d - 1, 1) & p24_one(a)));
    {
        {
            switch ((d < 37) & 3) { case 0: case 3: {
                a = a;
            } }
        }
    }
    if (0) {
        int e2 = 0;
        printf("f4.c2 %d\n", e2);
        char s3[] = {"fb"};
        printf("f4.d3 %d [%s]\n", (int) sizeof s3, s3);
        p24_f5((d ? 1 : 6));
    }
    {
        printf("f4.f3 %d\n", 29);
        char s4[] = "dghfg";
        printf("f4.d4 %d [%s]\n", (int) sizeof s4, s4);
    }
    if (p24_one(p24_one(p24_one(a)))) {
        return p24_one(p24_one(p24_one(a)));
    }
    if (((- ((((void) 0, a) & 16383) >> (p24_h1(a, 0) & 7))) != 0) != 0) {
        {
            int w5 = 0;
            do {
                w5++;
                printf("f4.2 %d %d\n", ((void) 0, p24_h2(a, -10)), a);
            } while (w5 < 3 && 1);
            printf("f4.3 %d %d %d\n", 68, a, w5);
        }
        if (0) {
            int e6 = 0;
            printf("f4.c6 %d\n", e6);
        }
    }
    return ((void) 0, d);
}

int p24_f3(int a) {
    printf("f3.in %d\n", a);
    a ^= ((void) 0, 33);
    _Pragma("GCC diagnostic push")
    union p24_U un1 = { ((67 % (a % 7 + 8)) ? p24_f6(p24_f6(a)) : a) };
    printf("f3.d1 %d\n", un1.i);
    p24_f5(30);
    _Pragma("GCC diagnostic pop")
    struct p24_In pt2[] = { { (((p24_one(a) - p24_h1(68, un1.i)) % 10007) ?: p24_h1(((20 + 48) % 10007), un1.i)), ((un1.i & 16383) >> (p24_h2(p24_f6(51), (a ?: a)) & 7)) }, { p24_one((((void) 0, un1.i) || p24_one(a))), 77 }, { (p24_one(un1.i) < 23), ((un1.i + p24_h1(a, 40)) % 10007) } };
    printf("f3.d2 %d %d\n", (int) (sizeof pt2 / sizeof pt2[0]), pt2[2].y);
    if (a) {
        return p24_one(p24_one(pt2[2].x));
    }
    switch (((((((un1.i < 85) ? pt2[0].x : 31) / (pt2[0].y % 7 + 8)) & 255) << ((- (pt2[0].y ^ pt2[0].y)) & 7)) % 10007) & 3) {
    case 2: {
        if ((((((void) 0, 8) * (pt2[0].y || pt2[0].x)) % 10007) % (pt2[0].x % 7 + 8))) {
            {
                un1.i ^= (pt2[2].x || a);
                int m3[][3] = { a, ((void) 0, ((((a < 12) ? pt2[2].x : 4) != 0) || ((((- pt2[0].y) != 0) + a) % 10007))), ((p24_h2(p24_h2(21, pt2[0].x), (un1.i ? a : 49)) + ((((a < 80) & 255) << ((pt2[2].x || (pt2[0].y < 86)) & 7)) % 10007)) % 10007), (p24_h2((pt2[0].x || a), p24_h1(pt2[0].y, pt2[0].x)) / (un1.i % 7 + 8)), (((void) 0, (pt2[0].x != pt2[0].y)) ? un1.i : (p24_h1(92, un1.i) ? p24_h1(un1.i, 31) : p24_h1(pt2[0].x, -2))), (((p24_h1(a, pt2[2].x) || (a < 40)) + (p24_h2(57, a) & pt2[2].x)) % 10007), ((((a * (((86 + un1.i) % 10007) ?: a)) % 10007) - p24_h2(((60 * 85) % 10007), (pt2[2].x < pt2[0].y))) % 10007), a, (p24_h2(pt2[0].y, (pt2[0].y ?: 83)) ? (a ? p24_h2(pt2[0].x, pt2[0].x) : (- un1.i)) : pt2[0].y) };
                printf("f3.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[2][2]);
            }
            {
                printf("f3.1 %d\n", pt2[0].x);
                printf("f3.2 %d %d %d\n", un1.i, un1.i, a);
                a |= (((7 * pt2[0].y) % 10007) ? ((a ^ pt2[0].x) ?: p24_h1(-10, a)) : (((pt2[0].x ?: a) != 0) && a));
            }
            _Pragma("GCC diagnostic push")
            struct p24_In *cl5 = &(struct p24_In){ ((p24_h2((un1.i ^ -18), (a ^ a)) & 16383) >> (un1.i & 7)), ((a ?: un1.i) % (p24_h1((a ? pt2[0].y : pt2[2].x), ((a < 55) ? 84 : a)) % 7 + 8)) };
            printf("f3.d5 %d\n", cl5->y);
            _Pragma("GCC diagnostic pop")
        }
        int gb1[64];
        int gn2 = p24_g1_fill(a, gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v6 = gb1[gi3];
            printf("f3.g6 %d\n", v6);
            int m7[2][3] = { { (v6 ? ((un1.i >= a) ? ((un1.i < 4) ? v6 : pt2[0].x) : ((un1.i < -14) ? 73 : a)) : pt2[0].y), (- 3), a }, { p24_h2(p24_h2((a && un1.i), (64 % (un1.i % 7 + 8))), (97 ^ (v6 % (v6 % 7 + 8)))), p24_h2(p24_h2(31, p24_h2(pt2[0].x, v6)), ((p24_h1(pt2[0].y, un1.i) + (un1.i || un1.i)) % 10007)), (un1.i ?: p24_h1((un1.i < 77), ((void) 0, v6))) } };
            printf("f3.d7 %d %d\n", (int) (sizeof m7 / sizeof m7[0]), m7[1][2]);
        }
    }
        break;
    }
    if ((p24_h2(((void) 0, un1.i), (un1.i & 12)) | pt2[0].x)) {
        return ((((pt2[2].x && (a < 23)) || ((((((-17 + pt2[0].x) % 10007) ?: 7) != 0) + pt2[0].x) % 10007)) * ((pt2[0].y < (- 83)) ? (- 46) : ((a < 87) ? un1.i : a))) % 10007);
    }
    int v8 = ((p24_h1(pt2[2].x, pt2[0].x) ?: un1.i) == a);
    printf("f3.d8 %d\n", v8);
    return (a ? 30 : un1.i);
}

int p24_f2(int a) {
    long l1 = (long) (((a ? a : p24_f6(49)) != 0) ? p24_h1((a ? a : 41), ((44 + -4) % 10007)) : p24_f6(11)) * 100000L;
    a ^= (int) (l1) & 1023;
    if (p24_h1(-7, p24_f6(p24_f6(74)))) {
        if ((((- (int) (l1 % 10007)) & (a ? 19 : (int) (l1 % 10007))) && (a < 82))) {
            return ((void) 0, p24_h2(((int) (l1 % 10007) / (-18 % 7 + 8)), p24_h2((int) (l1 % 10007), -9)));
        }
        if ((int) (l1 % 10007)) {
            if (((- ((p24_h2(a, a) + a) % 10007)) != 0) != 0) {
                return p24_h2(24, (p24_h2(a, -10) & a));
            }
            _Pragma("GCC diagnostic push")
            char s2[] = "fec";
            a ^= (int) ((int) sizeof s2) & 1023;
            _Pragma("GCC diagnostic pop")
        }
        a |= 76;
    } else {
        if ((int) (l1 % 10007)) {
            a &= (((-10 + a) % 10007) ?: (p24_h1(43, a) == (38 % ((int) (l1 % 10007) % 7 + 8))));
            a &= (- a);
        }
        a &= ((((a < 8) || a) * ((a < 39) ? (a && a) : 65)) % 10007);
    }
    int m3[1][3] = { { (int) (l1 % 10007), a, (94 ^ ((a & 54) ? ((((int) (l1 % 10007) & 255) << (18 & 7)) % 10007) : p24_h2((int) (l1 % 10007), (int) (l1 % 10007)))) } };
    m3[0][0] ^= (int) ((int) (sizeof m3 / sizeof m3[0])) & 1023;
    return ((p24_h1((m3[0][1] ? (int) (l1 % 10007) : a), ((34 - a) % 10007)) + a) % 10007);
}

int p24_f1(int a) {
    printf("f1.in %d\n", a);
    {
        char s1[] = "eb";
        printf("f1.d1 %d [%s]\n", (int) sizeof s1, s1);
        printf("f1.1 %d %d\n", (int) sizeof s1, a);
    }
    if (0) {
        int e2 = 0;
        printf("f1.c2 %d\n", e2);
        a = (e2 | p24_one(p24_f6(a)));
        printf("f1.2 %d\n", e2);
    }
    {
        printf("f1.f2 %d\n", a);
    }
    if ((p24_h2((a ? a : 79), ((a * a) % 10007)) || p24_h1(50, a))) {
        {
            a &= p24_h1(p24_f6(p24_h1(a, a)), a);
            if ((-17 % (p24_h2(((a < 12) ? a : 76), (a == 20)) % 7 + 8))) {
                { ac_dt_err = ((p24_h2((a ?: 90), p24_h1(a, 24)) & 7) + 1); goto finerr2; }
            }
        }
        {
            printf("f1.f2 %d\n", 90);
        }
        goto end2;
        finerr2: {
            int sv3 = ac_dt_err;
            ac_dt_err = 0;
            printf("f1.f2 %d\n", 90);
            ac_dt_err = sv3;
            goto fn_err;
        }
        end2:;
        p24_QUIET
        {
            printf("f1.3 %d %d\n", ((void) 0, 47), a);
            unsigned u3 = (unsigned) ((14 * 48) % 10007) * 2654435761u;
            printf("f1.d3 %u\n", u3);
        }
        p24_QUIET_END
        printf("f1.4 %s %d %d %d\n", __func__, p24_f6(p24_f6(a)), a, ((p24_h2(a, a) * (a ?: a)) % 10007));
    }
    int w4 = 0;
    do {
        w4++;
        printf("f1.5 %d %d\n", a, ((a < 46) && ((((a ? a : a) != 0) + a) % 10007)));
    } while (w4 < 3 && 1);
    printf("f1.6 %d\n", a);
    switch ((w4 < 78) & 3) { case 0: {
        a = 60;
    } }
    int w5 = 0;
    do {
        w5++;
        a |= ((((void) 0, a) & p24_h2(23, w4)) && ((((55 + a) % 10007) ?: p24_h2(w4, a)) != 0));
    } while (w5 < 2 && p24_h1(57, (w4 ^ (a ?: a))));
    printf("f1.7 %d\n", w4);
    return 17;
fn_err:
    return 0;
}

int p24_main(void) {
    {
        int ht2 = p24_f1(22);
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
    printf("main.f2 %d\n", p24_f2(28));
    printf("main.f3 %d\n", p24_f3(10));
    return 0;
}


int main(void) {
    printf("== seed 24\n");
    p24_main();
    return 0;
}
