#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 40 */
struct p40_In { int x; int y; };
struct p40_S { int a; long b; char c; int arr[3]; struct p40_In in; };
union p40_U { int i; unsigned u; char bytes[4]; };
typedef int p40_int_t;
typedef struct p40_In p40_in_t;
typedef int (*p40_op_t)(int, int);
int p40_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p40_h2(int a, int b) { return (a - b * 5) % 10007; }
p40_op_t p40_ops[2] = { p40_h1, p40_h2 };
p40_in_t p40_gin = { 3, 4 };
p40_in_t *p40_pick(p40_in_t *p) { return p; }
#define p40_QUIET _Pragma("GCC diagnostic push")
#define p40_QUIET_END _Pragma("GCC diagnostic pop")

int p40_one(int x) {
    return x - x + 1;
}

int p40_g1_fill(int n, int b, int *ybuf);
int p40_g2_fill(int n, int *ybuf);
int p40_f1(int a);
int p40_f2(int a);
int p40_f3(int a, int b);
int p40_f4(int d, int a);
void p40_f5(int a);
int p40_f6(int a);

int p40_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    if (((((p40_f6(n) & 16383) >> (73 & 7)) ? n : p40_h2(p40_one(n), -19)) != 0) != 0) {
        ybuf[yn++] = p40_f2(p40_f6(n));
        int y1 = 0;
        b ^= (int) (y1) & 1023;
    } else {
        struct p40_S st2 = { .in.y = n, .a = (((p40_f2(n) * 10) % 10007) && n), .arr[2] = p40_h1(p40_h1(p40_f6(b), ((void) 0, b)), p40_one(55)), .c = 'q' };
        n ^= (int) (st2.a) & 1023;
        for (p40_int_t i3 = 0, *i3p = &i3; i3 < 1 && 1; (*i3p)++) {
        }
    }
    return yn;
}

int p40_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = 25;
    return yn;
}

int p40_f6(int a) {
    double dd1 = p40_one(41) * 0.25 + 0.5;
    a ^= (int) (dd1) & 1023;
    switch ((int) dd1 & 3) {
    case 0: {
#if 1
        int a2[] = { 49, (((((a < ((1 & 16383) >> (-5 & 7))) ? a : ((a + a) % 10007)) & 255) << (a & 7)) % 10007) };
        a ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
        a2[1] &= a2[((a2[((p40_one(33)) % 2 + 2) % 2]) % 2 + 2) % 2];
#else
        printf("never\n");
#endif
    }
        /* fallthrough */
    case 3: {
        int a3[] = { (a | p40_one(a)), p40_h2(p40_one(p40_one(35)), a), 21, (((void) 0, p40_one(a)) == p40_h2(((a < 36) ? (int) dd1 : (int) dd1), (int) dd1)), p40_one(((a * ((int) dd1 & a)) % 10007)) };
        a ^= (int) ((int) (sizeof a3 / sizeof a3[0])) & 1023;
    }
        /* fallthrough */
    default: {
        char s4[] = {"h"};
        a ^= (int) ((int) sizeof s4) & 1023;
    }
        break;
    }
    int a5[] = { 82, ((- p40_one(1)) ^ p40_one(p40_one((int) dd1))), a };
    a5[0] ^= (int) ((int) (sizeof a5 / sizeof a5[0])) & 1023;
    switch (a5[1] & 3) {
    case 0: {
        if (p40_one((a5[1] && a5[((a5[0]) % 3 + 3) % 3]))) {
            int v6 = ((void) 0, p40_h1(a, (- a5[0])));
            a5[1] ^= (int) (v6) & 1023;
        } else {
            if (p40_h2(a5[0], ((((int) dd1 ?: a5[0]) != 0) && a))) {
                return ((void) 0, (a5[0] ?: ((a5[0] < 51) && a)));
            }
        }
    }
        break;
    default: {
        switch (a5[1] & 3) { case 3: case 2: {
            a5[0] = (int) dd1;
        } }
        struct p40_In *cl7 = &(struct p40_In){ a, ((p40_one(96) | a5[((a) % 3 + 3) % 3]) >= a) };
        cl7->y ^= (int) (cl7->y) & 1023;
    }
        break;
    }
    return ((p40_one(-13) + a) % 10007);
}

void p40_f5(int a) {
    printf("f5.in %d\n", a);
    p40_op_t fp1 = p40_h1;
    printf("f5.d1 %d\n", fp1(7, 8));
    if ((((p40_f6(a) != p40_h2(28, fp1(1, 2))) & 16383) >> (p40_f6((13 != fp1(1, 2))) & 7))) {
        return;
    }
}

int p40_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    long l1 = (long) p40_h2(p40_h1((- a), a), ((a == 5) < p40_f4(d - 1, d))) * 100000L;
    printf("f4.d1 %ld\n", l1);
    p40_f5(((p40_f4(d - 1, (int) (l1 % 10007)) * 21) % 10007));
    int gb1[64];
    int gn2 = p40_g2_fill(p40_h2((int) (l1 % 10007), ((int) (l1 % 10007) >= d)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v2 = gb1[gi3];
        printf("f4.g2 %d\n", v2);
    }
    for (int i3 = 0; i3 < 3 && ((((- (int) (l1 % 10007)) != 0) ? ((-1 + d) % 10007) : p40_h1(d, a)) ^ p40_one(-19)); i3++) {
        a = (p40_h1(i3, p40_one(i3)) >= -15);
        printf("f4.1 %d\n", d);
    }
    printf("f4.2 %d\n", (int) (l1 % 10007));
    int w4 = 0;
    while (w4 < 1 && 1) {
        w4++;
        int a5[4] = { p40_h2(p40_h2((a ^ a), ((void) 0, (int) (l1 % 10007))), (int) (l1 % 10007)), p40_h1((((a & 255) << (p40_one(a) & 7)) % 10007), (((a ? a : d) != 0) ? (int) (l1 % 10007) : (82 % (a % 7 + 8)))), (p40_one(p40_h1(a, a)) || p40_one(a)), (- 60) };
        printf("f4.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[3]);
        {
            printf("f4.3 %s %d\n", __func__, a);
        }
    }
    return p40_one((int) (l1 % 10007));
}

int p40_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    {
        {
            int v1 = ((a * ((b ^ b) ? p40_f6(a) : p40_h1(60, b))) % 10007);
            printf("f3.d1 %d\n", v1);
#if 1
            int v2 = ((((p40_f6(54) == (b % (85 % 7 + 8))) + a) % 10007) ?: 84);
            printf("f3.d2 %d\n", v2);
            printf("f3.1 %d %d\n", v2, ((void) 0, ((b < 13) ? v2 : a)));
#else
            printf("never\n");
#endif
        }
        if (0) {
            int e3 = 0;
            printf("f3.c3 %d\n", e3);
            b &= (((31 + b) % 10007) ^ b);
            int v4 = e3;
            printf("f3.d4 %d\n", v4);
        }
        union p40_U un5 = { (- ((a < 41) && ((((b ? 1 : 98) != 0) + b) % 10007))) };
        printf("f3.d5 %d\n", un5.i);
    }
    if (0) {
        int e6 = 0;
        printf("f3.c6 %d\n", e6);
    }
    if (p40_h2(p40_one(p40_one(a)), p40_one(97))) {
#if 1
        {
            int b = p40_h1(p40_one((- a)), (((a ^ a) * (78 & a)) % 10007));
            struct p40_S st7 = { .in.y = p40_one(p40_one((((64 & 255) << (b & 7)) % 10007))), .a = p40_one(p40_h2((- a), b)), .arr[2] = (((p40_one(p40_one(a)) & 255) << (a & 7)) % 10007), .c = 'q' };
            printf("f3.d7 %d %ld %d %d %d %d\n", st7.a, st7.b, st7.c, st7.arr[2], st7.in.x, st7.in.y);
            if (p40_one(93)) {
                return p40_one((- ((b + st7.arr[1]) % 10007)));
            }
            printf("f3.d7 %d\n", b);
        }
        if ((b < -2)) {
            a = a;
            printf("f3.2 %d %d\n", (a & ((void) 0, a)), a);
        }
        {
            int b = (((((p40_h1(a, a) & 255) << (a & 7)) % 10007) + ((p40_h2(83, 53) * 23) % 10007)) % 10007);
            a &= b;
            printf("f3.d7 %d\n", b);
        }
#else
        printf("never\n");
#endif
        printf("f3.3 %d %d %d\n", ((a < 72) || (((47 == b) + b) % 10007)), a, b);
    }
    return (((b ? (a >= b) : ((void) 0, a)) != 0) && p40_h2(a, ((a - b) % 10007)));
}

int p40_f2(int a) {
    switch (p40_f6(10) & 3) {
    case 1: {
        if (p40_f6(a)) {
            return (- a);
        }
        int w1 = 0;
        do {
            w1++;
            struct p40_In pt2[] = { { (p40_h1(45, (((0 + a) % 10007) ?: a)) == a), 10 }, { (a & p40_h1(p40_one(a), p40_one(a))), p40_h1((((21 * a) % 10007) ?: a), a) } };
            a ^= (int) ((int) (sizeof pt2 / sizeof pt2[0])) & 1023;
        } while (w1 < 2 && 1);
    }
        break;
    }
    for (int i3 = 0; i3 < 1 && 1; i3++) {
        {
        }
        if (p40_h1(p40_one(((i3 * i3) % 10007)), p40_h2(p40_one(a), p40_h2(56, 48)))) {
            {
                continue;
            }
        }
    }
    union p40_U un5 = { a };
    un5.i ^= (int) (un5.i) & 1023;
    return ((p40_one((93 < a)) + a) % 10007);
}

int p40_f1(int a) {
    printf("f1.in %d\n", a);
    {
        if (((((a == p40_f2(a)) & 255) << (((void) 0, a) & 7)) % 10007)) {
            {
                if (a) {
                    { ac_dt_err = ((a & 7) + 1); goto finerr1; }
                }
                a = ((a ? p40_one(a) : p40_h1(a, a)) | (- p40_one(65)));
            }
            printf("f1.1 %s %d %d %d\n", __func__, a, a, a);
            if (((62 + ((30 != a) ? (-7 % (44 % 7 + 8)) : p40_one(a))) % 10007)) {
                a &= a;
                printf("f1.2 %d %d\n", a, ((((-13 + a) % 10007) ?: a) == (- a)));
                a = p40_h1(p40_h2(((52 - a) % 10007), ((a < 39) || a)), ((p40_h1(59, a) * a) % 10007));
            }
        } else {
            if ((((- (a && a)) != 0) || ((a & 16383) >> (97 & 7)))) {
                printf("f1.3 %d\n", (((78 + a) % 10007) ?: 95));
                printf("f1.4 %d %d\n", a, a);
            } else {
                printf("f1.5 %d\n", a);
                int (*fp2)(int, int) = p40_h1;
                printf("f1.d2 %d\n", fp2(7, 8));
            }
        }
        if ((((void) 0, (a && (a < 7))) && ((((p40_h2(a, a) ? (a == -19) : (47 >= a)) != 0) + a) % 10007))) {
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            a ^= a;
            union p40_U un3 = { 27 };
            printf("f1.d3 %d\n", un3.i);
            struct p40_In pt4[] = { (+ 81), (+ -18) };
            printf("f1.d4 %d %d\n", (int) (sizeof pt4 / sizeof pt4[0]), pt4[0].y);
#endif
            int w5 = 0;
            while (w5 < 2 && 1) {
                w5++;
                a |= p40_h2(p40_h2(((a + a) % 10007), (a ? a : a)), (p40_h1(a, a) ^ (a < 10)));
                if (p40_h2((((void) 0, a) < (20 % (a % 7 + 8))), (a < p40_h2(53, a)))) {
                    {
                        break;
                    }
                }
                printf("f1.6 %d\n", (a | (a == 32)));
            }
        } else {
            if ((((p40_h2(((void) 0, a), p40_h2(a, a)) & 255) << (12 & 7)) % 10007)) {
                printf("f1.7 %d %d\n", a, a);
            } else {
                a ^= p40_h2(((((a || a) + a) % 10007) ?: (74 < a)), 15);
                printf("f1.8 %d %d %d\n", p40_h2(a, p40_h1(a, 25)), a, p40_h2(p40_h2(a, a), a));
            }
        }
    }
    {
        printf("f1.f5 %d\n", a);
        p40_QUIET
        {
            a = (a ?: a);
            a ^= p40_h1(((a | a) | ((49 - a) % 10007)), ((a * (a ?: 13)) % 10007));
            printf("f1.9 %d\n", ((19 + ((59 - 43) % 10007)) % 10007));
        }
        p40_QUIET_END
    }
    goto end1;
    finerr1: {
        int sv2 = ac_dt_err;
        ac_dt_err = 0;
        printf("f1.f5 %d\n", a);
        p40_QUIET
        {
            a = (a ?: a);
            a ^= p40_h1(((a | a) | ((49 - a) % 10007)), ((a * (a ?: 13)) % 10007));
            printf("f1.9 %d\n", ((19 + ((59 - 43) % 10007)) % 10007));
        }
        p40_QUIET_END
        ac_dt_err = sv2;
        goto fn_err;
    }
    end1:;
    _Pragma("GCC diagnostic push")
    printf("f1.10 %d\n", a);
    _Pragma("GCC diagnostic pop")
    printf("f1.11 %d\n", a);
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
    if (a) {
        printf("f1.12 %d %d\n", a, a);
        if (a) {
            if (p40_h2(((a < 87) ? p40_h1(37, 63) : ((void) 0, 39)), p40_h1(7, 58))) {
                return (- (((a - a) % 10007) ? p40_h2(a, a) : ((a < 38) ? a : 82)));
            }
        }
        switch (((p40_h1((a < 39), 83) & 16383) >> (((((a < 56) || a) - (a ?: 53)) % 10007) & 7)) & 3) {
        case 0: {
            printf("f1.13 %d %d\n", (((a * a) % 10007) ?: a), a);
        }
            /* fallthrough */
        case 3: {
            if (((void) 0, a)) {
                return a;
            }
            printf("f1.14 %d\n", (p40_h1(a, a) ? (a ?: 53) : (a ? a : -10)));
        }
            /* fallthrough */
        case 1: {
            a |= (a != 23);
        }
            break;
        default: {
            int v6 = p40_h2(((-3 + 74) % 10007), ((a < 79) || (a | a)));
            printf("f1.d6 %d\n", v6);
        }
            break;
        }
    } else {
        struct p40_S st7 = { (- (a ? ((void) 0, 50) : ((a + a) % 10007))), ((((((a ?: 75) < a) * ((void) 0, a)) % 10007) + 0) % 10007), 'k', { (((p40_h1(71, a) == (((a & 255) << (a & 7)) % 10007)) * (((42 != a) + 73) % 10007)) % 10007), ((p40_h1(a, a) || (a < 98)) ? ((void) 0, p40_h1(a, a)) : p40_h2((a >= 21), -17)), (((((a - 18) % 10007) + (a >= 49)) % 10007) ?: (p40_h1(a, a) >= a)) }, { (- ((a % (a % 7 + 8)) & ((a * 23) % 10007))), a } };
        printf("f1.d7 %d %ld %d %d %d %d\n", st7.a, st7.b, st7.c, st7.arr[2], st7.in.x, st7.in.y);
    }
    switch ((((- -12) + ((a / (a % 7 + 8)) ?: ((a & 16383) >> (a & 7)))) % 10007) & 3) {
    case 3: {
        {
            printf("f1.15 %d %d %d\n", a, (((a < 94) || (((a < 97) + a) % 10007)) || (((a >= 22) + a) % 10007)), a);
            a ^= (((void) 0, a) ?: (- a));
            int v9 = a;
            printf("f1.d9 %d\n", v9);
        }
    }
        break;
    default: {
        printf("f1.16 %d %d %d\n", a, a, a);
        printf("f1.17 %d\n", (((a / (a % 7 + 8)) + (47 / (a % 7 + 8))) % 10007));
    }
        break;
    }
#endif
    return (p40_h1((a & 49), ((a < -17) && a)) >= p40_h1(a, a));
fn_err:
    return 0;
}

int p40_main(void) {
    {
        int ht2 = p40_f1(21);
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
    printf("main.f3 %d\n", p40_f3(0, 1));
    int gb3[64];
    int gn4 = p40_g1_fill(4, 0, gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v = gb3[gi5];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 40\n");
    p40_main();
    return 0;
}
