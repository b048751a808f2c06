#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 18 */
struct p18_In { int x; int y; };
struct p18_S { int a; long b; char c; int arr[3]; struct p18_In in; };
union p18_U { int i; unsigned u; char bytes[4]; };
typedef int p18_int_t;
typedef struct p18_In p18_in_t;
typedef int (*p18_op_t)(int, int);
int p18_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p18_h2(int a, int b) { return (a - b * 5) % 10007; }
p18_op_t p18_ops[2] = { p18_h1, p18_h2 };
p18_in_t p18_gin = { 3, 4 };
p18_in_t *p18_pick(p18_in_t *p) { return p; }
#define p18_QUIET _Pragma("GCC diagnostic push")
#define p18_QUIET_END _Pragma("GCC diagnostic pop")

int p18_one(int x) {
    return x - x + 1;
}

int p18_g1_fill(int n, int b, int *ybuf);
int p18_f1(int a, int b);
int p18_f2(int d, int a);
int p18_f3(int a, int b);
int p18_f4(int a);

int p18_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = ((((90 & 255) << (1 & 7)) % 10007) % (53 % 7 + 8));
    switch (((((b == 35) & n) ? (b ?: n) : ((b != n) % (((b - 67) % 10007) % 7 + 8))) != 0) & 3) {
    case 0: {
    }
        break;
    case 3: {
        for (p18_int_t i1 = (p18_h1((p18_h2(32, -19) % ((b || n) % 7 + 8)), 21) & 1), *i1p = &i1; i1 < 2 && p18_h1(p18_h1((b && (n < 50)), (b ?: 87)), (((n & b) * p18_h1(n, n)) % 10007)); (*i1p)++) {
            switch (p18_h1((- i1), 98) & 3) {
            case 3: {
                ybuf[yn++] = 64;
                char s2[] = {"fbaed"};
                n ^= (int) ((int) sizeof s2) & 1023;
            }
                break;
            case 2: {
                char c3 = (char) ((15 & 63) + 32);
                n ^= (int) (c3) & 1023;
            }
                break;
            case 1: {
                char c4 = (char) ((p18_h2(p18_h2(p18_h2(b, b), ((n * b) % 10007)), (((((b < 41) || n) & 255) << (n & 7)) % 10007)) & 63) + 32);
                b ^= (int) (c4) & 1023;
            }
                break;
            }
            {
                int b = i1;
                n ^= (int) (b) & 1023;
            }
        }
        long l6 = (long) (n & (p18_h2(n, 80) / ((23 / (b % 7 + 8)) % 7 + 8))) * 100000L;
        b ^= (int) (l6) & 1023;
    }
        /* fallthrough */
    case 2: {
        if ((((((42 * n) % 10007) ?: (b | n)) != 0) || n)) {
            {
                break;
            }
        }
        int (*fp7)(int, int) = p18_h1;
        b ^= (int) (fp7(7, 8)) & 1023;
    }
        break;
    default: {
        switch (p18_h1(p18_h2((- 66), (n ^ 54)), (p18_h2(64, b) % (29 % 7 + 8))) & 3) {
        case 2: {
            _Pragma("GCC diagnostic push")
            ybuf[yn++] = (32 % (b % 7 + 8));
            ybuf[yn++] = -17;
            _Pragma("GCC diagnostic pop")
            if (p18_h1(p18_h1(-5, (((31 + n) % 10007) ?: b)), (((n < 67) ? b : b) | (n < b)))) {
            }
        }
            break;
        default: {
            p18_QUIET
            int v9 = (- (((79 + n) % 10007) < (- b)));
            b ^= (int) (v9) & 1023;
            p18_QUIET_END
            for (p18_int_t i10 = ((n < 71) & 1); i10 < 2 && 1; i10++) {
                int v11 = v9;
                n ^= (int) (v11) & 1023;
                if (b) {
                    return yn;
                }
            }
        }
            break;
        }
    }
        break;
    }
    return yn;
}

int p18_f4(int a) {
    printf("f4.in %d\n", a);
    if (p18_one((p18_one(a) || (a % (a % 7 + 8))))) {
        switch (((p18_one(((void) 0, 81)) + (- (52 & a))) % 10007) & 3) {
        case 2: {
            int t1 = p18_one(p18_h2(p18_h1(a, a), p18_one(a)));
            int r2 = t1;
            printf("f4.t2 %d\n", r2);
            for (int i3 = 0; i3 < 3 && 1; i3++) {
                a |= p18_h1(r2, (p18_one(a) != ((a * i3) % 10007)));
                a |= p18_h2(p18_one((a ?: i3)), 65);
                p18_in_t td4 = { i3, -19 };
                printf("f4.d4 %d\n", td4.y);
            }
        }
            break;
        default: {
            printf("f4.1 %s %d %d\n", __func__, p18_one(p18_one(53)), a);
            switch (a & 3) { default: {
                a = p18_h2(a, (p18_one(a) % (p18_one(a) % 7 + 8)));
            } }
        }
            break;
        }
    } else {
        printf("f4.2 %d %d %d\n", a, a, a);
    }
    for (p18_int_t i5 = (a & 1), *i5p = &i5; i5 < 2 && a; *i5p += p18_one(i5)) {
        if (p18_one(-16)) {
            printf("f4.3 %d %d %d\n", a, a, p18_one(p18_one(i5)));
            printf("f4.4 %d %d\n", p18_one(((-9 + a) % 10007)), i5);
            printf("f4.5 %d %d\n", (- a), (p18_one(i5) == (i5 ?: a)));
        }
        if (a) {
            return i5;
        }
    }
    p18_QUIET
    printf("f4.6 %d %d\n", (p18_one(24) ? ((void) 0, 58) : p18_one(a)), a);
    if (p18_one((- ((void) 0, a)))) {
        if (a) {
            printf("f4.7 %d %d\n", a, a);
            if (p18_h1((((a >= 43) - p18_h2(a, a)) % 10007), (p18_one(a) % (a % 7 + 8)))) {
                return p18_h1(((a ^ 87) != p18_h2(a, 86)), p18_one(((a + a) % 10007)));
            }
            char c6 = (char) ((55 & 63) + 32);
            printf("f4.d6 %d\n", c6);
        } else {
        }
        printf("f4.8 %d %d %d\n", ((a >= 44) ? ((void) 0, a) : p18_one(a)), p18_one(a), a);
    }
    p18_QUIET_END
    if ((a | (p18_one(a) | p18_h2(a, a)))) {
        return a;
    }
    int w7 = 0;
    while (w7 < 3 && p18_one(p18_one(p18_one(24)))) {
        w7++;
        switch ((p18_h1(p18_h2(a, 22), p18_one(16)) < a) & 3) {
        case 1: {
            a &= (p18_h2((((-19 + a) % 10007) ?: 63), a) || (a < 50));
        }
            break;
        case 0: {
            printf("f4.9 %d %d\n", a, (p18_h2(-15, a) >= a));
        }
            /* fallthrough */
        case 3: {
            _Pragma("GCC diagnostic push")
            struct p18_S st8 = { (a & 71), ((p18_h1(a, a) + 0) % 10007), 'k', { a, (((a & 255) << (((68 + (a || (a < 99))) % 10007) & 7)) % 10007), a }, { ((((a * (((a & 255) << (a & 7)) % 10007)) % 10007) + (a && a)) % 10007), p18_h2(((((a < 13) + a) % 10007) ?: (- a)), ((((((-19 + a) % 10007) ?: a) & 255) << (a & 7)) % 10007)) } };
            printf("f4.d8 %d %ld %d %d %d %d\n", st8.a, st8.b, st8.c, st8.arr[2], st8.in.x, st8.in.y);
            int (*fp9)(int, int) = p18_h1;
            printf("f4.d9 %d\n", fp9(7, 8));
            _Pragma("GCC diagnostic pop")
            {
                printf("f4.10 %d\n", ((st8.in.y & st8.a) != a));
                printf("f4.11 %d\n", (st8.arr[1] ?: ((void) 0, (int) st8.b)));
            }
            if (0) {
                int e10 = 0;
                printf("f4.c10 %d\n", e10);
                if ((a < 72)) {
                    { ac_dt_err = ((p18_h2(st8.in.x, st8.in.y) & 7) + 1); goto finerr1; }
                }
            }
            {
                printf("f4.f10 %d\n", a);
                printf("f4.12 %d %d\n", a, (((st8.in.y & 16383) >> (fp9(1, 2) & 7)) ? 96 : p18_h1(-13, a)));
            }
            goto end1;
            finerr1: {
                int sv2 = ac_dt_err;
                ac_dt_err = 0;
                printf("f4.f10 %d\n", a);
                printf("f4.12 %d %d\n", a, (((st8.in.y & 16383) >> (fp9(1, 2) & 7)) ? 96 : p18_h1(-13, a)));
                ac_dt_err = sv2;
                goto fn_err;
            }
            end1:;
        }
            break;
        }
        printf("f4.13 %d %d %d\n", a, (((p18_h1(a, a) & 255) << (((a + 4) % 10007) & 7)) % 10007), a);
    }
    return (((((73 + a) % 10007) ?: a) != 0) || (((1 + 32) % 10007) & (a ? w7 : a)));
fn_err:
    return 0;
}

int p18_f3(int a, int b) {
    {
        int b = -7;
        p18_op_t fp1 = p18_h1;
        b ^= (int) (fp1(7, 8)) & 1023;
        _Pragma("GCC diagnostic push")
        struct p18_S st2 = { p18_one((p18_one(b) ^ (fp1(1, 2) ? b : 6))), (((((95 + b) % 10007) ?: ((- b) >= ((79 & 16383) >> (fp1(1, 2) & 7)))) + 0) % 10007), 'k', { (((void) 0, p18_h2(fp1(1, 2), 75)) & p18_one(b)), b, p18_h2(p18_one(25), p18_one(20)) }, { (p18_one(a) ?: fp1(1, 2)), p18_one(b) } };
        a ^= (int) (st2.a) & 1023;
        _Pragma("GCC diagnostic push")
        int m3[3][3] = { { ((((((((int) st2.b < 61) ? 26 : fp1(1, 2)) != 0) ? 81 : p18_one(24)) + b) % 10007) ?: ((void) 0, p18_one(fp1(1, 2)))), ((p18_one((int) st2.b) ?: ((fp1(1, 2) - 59) % 10007)) == ((void) 0, st2.in.y)), ((p18_one(fp1(st2.in.x, 81)) & 16383) >> (p18_one(99) & 7)) }, { st2.in.y, (- p18_one(((((int) st2.b & 255) << (71 & 7)) % 10007))), p18_one(75) }, { st2.in.y, ((st2.in.x / (26 % 7 + 8)) >= (- (b && b))), (((int) st2.b * p18_one(p18_one(29))) % 10007) } };
        a ^= (int) ((int) (sizeof m3 / sizeof m3[0])) & 1023;
        _Pragma("GCC diagnostic pop")
        _Pragma("GCC diagnostic pop")
        m3[0][0] &= (((p18_one(m3[0][0]) ? p18_h1(st2.in.x, fp1(1, 2)) : fp1(75, st2.a)) != 0) ? m3[0][0] : ((p18_one((int) st2.b) - (fp1(1, 2) ? 40 : b)) % 10007));
        m3[0][0] ^= (int) (b) & 1023;
    }
    {
        int b = a;
        b ^= (int) (b) & 1023;
    }
    int w5 = 0;
    while (w5 < 2 && p18_h2(p18_one((b || a)), p18_one(p18_one(a)))) {
        w5++;
        for (p18_int_t i6 = 0, *i6p = &i6; i6 < 2 && ((p18_one((a >= 25)) ? a : ((((45 & a) & 255) << ((b | a) & 7)) % 10007)) != 0); (*i6p)++) {
            switch (((void) 0, (- a)) & 3) {
            case 1: {
            }
                /* fallthrough */
            case 0: {
                int v8 = a;
                a ^= (int) (v8) & 1023;
            }
                /* fallthrough */
            case 2: {
            }
                break;
            }
        }
        unsigned u9 = (unsigned) (- b) * 2654435761u;
        b ^= (int) (u9) & 1023;
        if ((a < 89)) {
            return a;
        }
    }
    return ((((p18_one(b) & ((b < 26) || b)) ^ b) + a) % 10007);
}

int p18_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    p18_op_t fp1 = p18_h1;
    printf("f2.d1 %d\n", fp1(7, 8));
    int w2 = 0;
    while (w2 < 2 && 1) {
        w2++;
        char s3[] = {""};
        printf("f2.d3 %d [%s]\n", (int) sizeof s3, s3);
        printf("f2.1 %d %d %d\n", (p18_one(49) == p18_one((int) sizeof s3)), fp1(1, 2), (((fp1(1, 2) - 85) % 10007) ?: a));
        printf("f2.2 %d %d %d\n", (int) sizeof s3, (p18_one(-18) ? 63 : fp1(d, a)), d);
    }
    if (p18_one((((a & a) & 16383) >> ((a ? 48 : a) & 7)))) {
        return p18_f2(d - 1, (- (w2 / (fp1(1, 2) % 7 + 8))));
    }
    int gb1[64];
    int gn2 = p18_g1_fill(w2, p18_f3((a >= 70), a), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v4 = gb1[gi3];
        printf("f2.g4 %d\n", v4);
        p18_QUIET
        printf("f2.3 %d\n", a);
        p18_QUIET_END
    }
    return d;
}

int p18_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    unsigned u1 = (unsigned) p18_h2(((void) 0, b), p18_h1(((void) 0, b), 81)) * 2654435761u;
    printf("f1.d1 %u\n", u1);
    switch (p18_f3(((((a * (int) (u1 % 1000u)) % 10007) & 16383) >> (a & 7)), a) & 3) {
    case 0: {
        unsigned u2 = (unsigned) p18_one(p18_h1(b, (a >= b))) * 2654435761u;
        printf("f1.d2 %u\n", u2);
        if ((p18_one((a ?: a)) % (15 % 7 + 8))) {
            {
                break;
            }
        }
    }
        break;
    }
    {
        int b = -16;
        printf("f1.1 %d %d\n", 60, b);
        int w4 = 0;
        while (w4 < 2 && p18_one(p18_h2((b && a), (a && (int) (u1 % 1000u))))) {
            w4++;
            int m5[2][2] = { { b, 27 }, { b, p18_one(((((-7 + b) % 10007) - (a ?: a)) % 10007)) } };
            printf("f1.d5 %d %d\n", (int) (sizeof m5 / sizeof m5[0]), m5[1][1]);
            {
                int m6[][3] = { { m5[0][0], ((((b < 19) ? a : a) != p18_h2(36, (int) (u1 % 1000u))) ? (- (b && a)) : ((void) 0, (m5[1][0] ? b : m5[1][0]))), ((b || p18_one(b)) & m5[0][1]) } };
                printf("f1.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[0][2]);
            }
            if (0) {
                int e7 = 0;
                printf("f1.c7 %d\n", e7);
                int v8 = p18_one(p18_one((66 != a)));
                printf("f1.d8 %d\n", v8);
                b = p18_one(m5[0][1]);
            }
        }
        printf("f1.d8 %d\n", b);
    }
    int v9 = p18_h2(((((int) (u1 % 1000u) ?: 62) & 16383) >> (((int) (u1 % 1000u) | (int) (u1 % 1000u)) & 7)), p18_one(p18_one(76)));
    printf("f1.d9 %d\n", v9);
    return p18_h1((a ^ (b ?: a)), p18_h1(((a < -16) && ((((int) (u1 % 1000u) < 7) + v9) % 10007)), ((b - b) % 10007)));
}

int p18_main(void) {
    printf("main.f1 %d\n", p18_f1(13, 5));
    {
        int ht2 = p18_f4(2);
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
    printf("== seed 18\n");
    p18_main();
    return 0;
}
