#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 16 */
struct p16_In { int x; int y; };
struct p16_S { int a; long b; char c; int arr[3]; struct p16_In in; };
union p16_U { int i; unsigned u; char bytes[4]; };
typedef int p16_int_t;
typedef struct p16_In p16_in_t;
typedef int (*p16_op_t)(int, int);
int p16_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p16_h2(int a, int b) { return (a - b * 5) % 10007; }
p16_op_t p16_ops[2] = { p16_h1, p16_h2 };
p16_in_t p16_gin = { 3, 4 };
p16_in_t *p16_pick(p16_in_t *p) { return p; }
#define p16_QUIET _Pragma("GCC diagnostic push")
#define p16_QUIET_END _Pragma("GCC diagnostic pop")

int p16_one(int x) {
    return x - x + 1;
}

int p16_g1_fill(int n, int b, int *ybuf);
int p16_g2_fill(int n, int *ybuf);
int p16_f1(int a, int b);
int p16_f2(int a, int b);
int p16_f3(int d, int a);
int p16_f4(int a, int b);
void p16_f5(int a);

int p16_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    return yn;
}

int p16_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if (p16_h1(n, p16_h1(p16_f2(26, 24), ((n & 16383) >> (46 & 7))))) {
        n |= p16_f2(n, p16_f2((n ? n : -16), p16_h2(n, n)));
        if ((30 < n)) {
            n = n;
        }
    } else {
        union p16_U un1 = { p16_f2(n, ((void) 0, n)) };
        n ^= (int) (un1.i) & 1023;
    }
    _Pragma("GCC diagnostic push")
    char c2 = (char) (((n ? (((n < 88) || n) | n) : p16_f2((n ^ n), (n || n))) & 63) + 32);
    n ^= (int) (c2) & 1023;
    _Pragma("GCC diagnostic pop")
    const int k3 = ((c2 ^ 1000) - 1000);
    n ^= (int) (k3) & 1023;
    return yn;
}

void p16_f5(int a) {
    printf("f5.in %d\n", a);
    int w1 = 0;
    while (w1 < 3 && 1) {
        w1++;
        p16_QUIET
        if (p16_one(p16_h1(a, -8))) {
            printf("f5.1 %d %d %d\n", a, a, a);
        } else {
            printf("f5.2 %d\n", ((a >= 23) ? p16_one(a) : p16_one(24)));
        }
        p16_QUIET_END
        a |= a;
        {
            int v2 = 4;
            printf("f5.d2 %d\n", v2);
        }
    }
    printf("f5.3 %d %d %d\n", a, w1, w1);
    p16_QUIET
    if (a) {
        char c3 = (char) (((p16_h2(94, ((a < 52) ? a : 17)) % (p16_one(p16_one(82)) % 7 + 8)) & 63) + 32);
        printf("f5.d3 %d\n", c3);
        printf("f5.4 %d %d\n", a, p16_h2((a || (((c3 ^ 1000) - 1000) < -15)), ((c3 ^ 1000) - 1000)));
        int gb1[64];
        int gn2 = p16_g2_fill(w1, gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v4 = gb1[gi3];
            printf("f5.g4 %d\n", v4);
            long l5 = (long) p16_h1(p16_one(p16_one(((c3 ^ 1000) - 1000))), (((c3 ^ 1000) - 1000) ? p16_h2(a, a) : (w1 ? w1 : w1))) * 100000L;
            printf("f5.d5 %ld\n", l5);
        }
    } else {
        for (p16_int_t i6 = (p16_one(((a < 60) ? (64 >= w1) : a)) & 1); i6 < 1 && p16_one(p16_one(p16_one(a))); i6 += p16_one(i6)) {
            if (((((16 + a) % 10007) ?: (i6 & p16_one(a))) != 0) != 0) {
                {
                    continue;
                }
            }
            printf("f5.5 %d\n", a);
        }
    }
    printf("f5.6 %d %d\n", w1, p16_h1((- w1), ((w1 & 16383) >> (a & 7))));
    p16_QUIET_END
}

int p16_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    p16_QUIET
    const int k1 = p16_one(83);
    printf("f4.d1 %d\n", k1);
    p16_QUIET_END
    {
    }
    a |= k1;
    {
        int w3 = 0;
        while (w3 < 1 && (b < 33)) {
            w3++;
        }
        if ((((((w3 ?: (b && (b < 83))) + b) % 10007) ?: p16_h1(p16_one(58), p16_h1(b, w3))) != 0) != 0) {
            if (a) {
                printf("f4.1 %d %d\n", p16_h1(36, p16_one(65)), k1);
                printf("f4.2 %d\n", k1);
            }
            int gb2[64];
            int gn3 = p16_g2_fill((p16_one(a) & (14 ^ a)), gb2);
            for (int gi4 = 0; gi4 < gn3; gi4++) {
                int v4 = gb2[gi4];
                printf("f4.g4 %d\n", v4);
                if ((p16_one((a || (k1 < 80))) != p16_one(((a < 70) && (((a < 86) + w3) % 10007)))) != 0) {
                    { ac_dt_err = ((p16_one(a) & 7) + 1); goto finerr1; }
                }
                struct p16_S st5 = { .in.y = ((a < 71) && p16_one(p16_one(a))), .a = p16_h1(((void) 0, k1), (v4 ?: 83)), .arr[2] = ((- (a && a)) & v4), .c = 'q' };
                printf("f4.d5 %d %ld %d %d %d %d\n", st5.a, st5.b, st5.c, st5.arr[2], st5.in.x, st5.in.y);
            }
        } else {
            struct p16_In *cl6 = &(struct p16_In){ b, ((w3 & 97) | a) };
            printf("f4.d6 %d\n", cl6->y);
            cl6->y = p16_h1((((- 5) + 64) % 10007), ((void) 0, (((b & 255) << (cl6->x & 7)) % 10007)));
        }
    }
    {
        printf("f4.f6 %d\n", b);
        int w7 = 0;
        while (w7 < 3 && 1) {
            w7++;
            for (p16_int_t i8 = ((a < (- 18)) & 1); i8 < 2 && ((((27 * a) % 10007) ? ((void) 0, (a ? a : b)) : (b ? (b ^ 77) : ((void) 0, 41))) != 0); i8++) {
                printf("f4.3 %d %d\n", -6, a);
                int a9[] = { (p16_h1(b, p16_h1(b, 16)) ? p16_h2(4, (40 ^ a)) : (- (i8 >= k1))), 6, a };
                printf("f4.d9 %d %d\n", (int) (sizeof a9 / sizeof a9[0]), a9[2]);
            }
            printf("f4.4 %d %d %d\n", k1, k1, b);
            if (((((- 87) & 16383) >> (-8 & 7)) ^ (((void) 0, b) ?: (b ? k1 : a)))) {
                char s10[] = "hh";
                printf("f4.d10 %d [%s]\n", (int) sizeof s10, s10);
            } else {
                int (*fp11)(int, int) = p16_h2;
                printf("f4.d11 %d\n", fp11(7, 8));
                b |= (b && p16_h1((37 != b), 3));
            }
        }
    }
    goto end1;
    finerr1: {
        int sv5 = ac_dt_err;
        ac_dt_err = 0;
        printf("f4.f6 %d\n", b);
        int w7 = 0;
        while (w7 < 3 && 1) {
            w7++;
            for (p16_int_t i8 = ((a < (- 18)) & 1); i8 < 2 && ((((27 * a) % 10007) ? ((void) 0, (a ? a : b)) : (b ? (b ^ 77) : ((void) 0, 41))) != 0); i8++) {
                printf("f4.3 %d %d\n", -6, a);
                int a9[] = { (p16_h1(b, p16_h1(b, 16)) ? p16_h2(4, (40 ^ a)) : (- (i8 >= k1))), 6, a };
                printf("f4.d9 %d %d\n", (int) (sizeof a9 / sizeof a9[0]), a9[2]);
            }
            printf("f4.4 %d %d %d\n", k1, k1, b);
            if (((((- 87) & 16383) >> (-8 & 7)) ^ (((void) 0, b) ?: (b ? k1 : a)))) {
                char s10[] = "hh";
                printf("f4.d10 %d [%s]\n", (int) sizeof s10, s10);
            } else {
                int (*fp11)(int, int) = p16_h2;
                printf("f4.d11 %d\n", fp11(7, 8));
                b |= (b && p16_h1((37 != b), 3));
            }
        }
        ac_dt_err = sv5;
        goto fn_err;
    }
    end1:;
    return a;
fn_err:
    return 0;
}

int p16_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    long l1 = (long) a * 100000L;
    printf("f3.d1 %ld\n", l1);
    {
        if (((a + p16_one(((d < 3) ? (int) (l1 % 10007) : d))) % 10007)) {
            char s2[] = {"adbha"};
            printf("f3.d2 %d [%s]\n", (int) sizeof s2, s2);
        }
        for (p16_int_t i3 = (p16_one(p16_f3(d - 1, a)) & 1), *i3p = &i3; i3 < 3 && 1; (*i3p)++) {
            printf("f3.1 %d\n", d);
        }
    }
    return p16_f3(d - 1, p16_h1(13, (-4 / (d % 7 + 8))));
}

int p16_f2(int a, int b) {
    if (p16_one(a)) {
        if ((b < 13)) {
            int v1 = 86;
            b ^= (int) (v1) & 1023;
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            a = p16_one(((void) 0, (a ? a : v1)));
            int m2[][3] = { { p16_h2((- (a ?: v1)), (b ?: ((a < 40) && b))), ((int) sizeof(p16_f3(1, b))), v1 }, { (((v1 < a) & 16383) >> (p16_h1(p16_h1(b, b), p16_h2(9, -17)) & 7)), b, (p16_h2(p16_one(b), p16_one(78)) % (b % 7 + 8)) }, { (p16_h1((v1 & a), ((void) 0, b)) ? (p16_one(8) || (v1 < -6)) : 73), a, p16_h1(p16_one(p16_h2(27, b)), p16_one((40 == v1))) } };
            b ^= (int) ((int) (sizeof m2 / sizeof m2[0])) & 1023;
#endif
        } else {
            b = (((b || a) ? a : p16_h2(b, b)) & p16_one((a ^ 21)));
        }
    } else {
        {
            p16_int_t ta5[2] = { (p16_h2(p16_one(a), (b ?: b)) / (a % 7 + 8)), p16_h2((a < (b ? -15 : b)), 24) };
            p16_int_t (*td4)[2] = &ta5;
            (*td4)[0] ^= (int) ((*td4)[1]) & 1023;
            char s6[] = "dfcafh";
            b ^= (int) ((int) sizeof s6) & 1023;
            int a7[2] = { -7, p16_one(b) };
            b ^= (int) ((int) (sizeof a7 / sizeof a7[0])) & 1023;
        }
        a = b;
    }
    if (p16_h1(p16_one(p16_h1(a, 83)), p16_one((a ?: 95)))) {
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        if ((p16_one(p16_one(a)) | a)) {
            return ((((p16_one(63) & 255) << ((b % (-7 % 7 + 8)) & 7)) % 10007) && (((a < ((24 + 18) % 10007)) ? b : b) != 0));
        }
        int a8[4] = { 31, b, a, (31 < (b % (b % 7 + 8))) };
        a8[1] ^= (int) ((int) (sizeof a8 / sizeof a8[0])) & 1023;
#endif
    } else {
        int w9 = 0;
        while (w9 < 1 && ((((void) 0, b) ? (((b ? b : a) != 0) ? p16_one(15) : p16_one(a)) : (((b >= 25) * (b < a)) % 10007)) != 0)) {
            w9++;
            a = (a ^ 93);
            b = a;
            unsigned u10 = (unsigned) a * 2654435761u;
            a ^= (int) (u10) & 1023;
        }
    }
    struct p16_S st11 = { 99, ((p16_one(p16_one((a != 81))) + 0) % 10007), 'k', { p16_h2(b, p16_h1(b, a)), (- b), b }, { (a == (b ?: a)), a } };
    st11.in.x ^= (int) (st11.a) & 1023;
    return (((st11.in.y ^ b) + a) % 10007);
}

int p16_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    static int sl1 = 3;
    sl1 = (sl1 * 3 + p16_f2(((a < 53) ? a : a), (b | a))) % 10007;
    printf("f1.d1 %d\n", sl1);
    if ((a < 71)) {
        int m2[][3] = { { b, -18, p16_one(((((83 + 36) % 10007) * (sl1 % (sl1 % 7 + 8))) % 10007)) }, { (((((b & 255) << (b & 7)) % 10007) & p16_h1(a, 93)) ? -19 : ((void) 0, (49 < a))), p16_one(p16_h2(a, a)), p16_one(p16_one(p16_h1(b, b))) }, { p16_h1(a, ((void) 0, ((void) 0, 18))), p16_one(((void) 0, p16_h1(3, 27))), b } };
        printf("f1.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[2][2]);
        b = p16_h2(p16_h2(p16_h1(sl1, -3), ((void) 0, 61)), ((p16_one(a) + p16_one(b)) % 10007));
    }
    switch (a & 3) {
    case 0: {
        int (*fp3)(int, int) = p16_h1;
        printf("f1.d3 %d\n", fp3(7, 8));
        switch ((sl1 < -9) & 3) {
        case 3: {
            int v4 = p16_one(b);
            printf("f1.d4 %d\n", v4);
        }
            /* fallthrough */
        case 0: {
            {
                static int sl5 = 9;
                sl5 = (sl5 * 3 + 89) % 10007;
                printf("f1.d5 %d\n", sl5);
            }
            if (0) {
                int e6 = 0;
                printf("f1.c6 %d\n", e6);
                printf("f1.1 %d %d\n", p16_h2((b && a), fp3(58, 81)), (- (((37 & 255) << (17 & 7)) % 10007)));
                int v7 = ((void) 0, (- e6));
                printf("f1.d7 %d\n", v7);
            }
            printf("f1.2 %d %d\n", p16_one(20), ((((a & 255) << (b & 7)) % 10007) ^ (a >= 21)));
        }
            break;
        default: {
            printf("f1.3 %d\n", p16_one(a));
            switch (p16_one(p16_one(b)) & 3) {
            case 1: {
                printf("f1.4 %d %d %d\n", ((void) 0, p16_one(b)), fp3((b ?: a), fp3(1, 2)), sl1);
                b |= (((p16_h2(sl1, 75) ?: fp3(b, a)) != 0) && p16_one(b));
            }
                break;
            case 2: {
                printf("f1.5 %s %d %d %d\n", __func__, a, p16_one(a), (p16_one(a) ?: p16_h2(sl1, -14)));
            }
                /* fallthrough */
            default: {
                int a8[2] = { ((void) 0, ((((fp3(1, 2) & 255) << (a & 7)) % 10007) ?: (b ? a : fp3(1, 2)))), p16_one(p16_one((92 ^ a))) };
                printf("f1.d8 %d %d\n", (int) (sizeof a8 / sizeof a8[0]), a8[1]);
            }
                break;
            }
        }
            break;
        }
    }
        /* fallthrough */
    default: {
        int gb2[64];
        int gn3 = p16_g2_fill(p16_one(22), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v9 = gb2[gi4];
            printf("f1.g9 %d\n", v9);
        }
    }
        break;
    }
    b |= ((void) 0, (- ((void) 0, a)));
    switch (((p16_h1((sl1 ? 45 : a), (b ^ 20)) ?: a) != 0) & 3) {
    case 3: {
        b = ((void) 0, (sl1 >= 22));
    }
        break;
    case 2: {
        {
            {
                if ((sl1 < 76)) {
                    { ac_dt_err = ((sl1 & 7) + 1); goto catch5; }
                }
            }
            goto ok5;
            catch5: {
                int e11 = ac_dt_err;
                ac_dt_err = 0;
                printf("f1.c11 %d\n", e11);
                int v12 = (((p16_h2(b, p16_h1(sl1, a)) & 255) << ((- -14) & 7)) % 10007);
                printf("f1.d12 %d\n", v12);
                goto ok5;
            }
            ok5:;
            {
                printf("f1.f12 %d\n", a);
                a = (((sl1 < 17) ? (a ? 1 : 13) : a) / (b % 7 + 8));
            }
        }
        printf("f1.6 %s %d\n", __func__, ((((b || (sl1 < 77)) + a) % 10007) ?: (- a)));
    }
        break;
    default: {
        if (((b ?: (- (b < a))) != 0) != 0) {
            {
                break;
            }
        }
    }
        break;
    }
    printf("f1.7 %d %d %d\n", b, (- sl1), b);
    printf("f1.8 %d %d %d\n", (a != (sl1 ? b : a)), a, a);
    return (b || (((b < ((4 * 78) % 10007)) ? ((a - b) % 10007) : p16_h1(29, sl1)) != 0));
}

int p16_main(void) {
    printf("main.f1 %d\n", p16_f1(15, 29));
    {
        int ht2 = p16_f4(27, 3);
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
    p16_f5(33);
    int gb3[64];
    int gn4 = p16_g1_fill(0, 2, gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v = gb3[gi5];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 16\n");
    p16_main();
    return 0;
}
