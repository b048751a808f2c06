#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 26 */
struct p26_In { int x; int y; };
struct p26_S { int a; long b; char c; int arr[3]; struct p26_In in; };
union p26_U { int i; unsigned u; char bytes[4]; };
typedef int p26_int_t;
typedef struct p26_In p26_in_t;
typedef int (*p26_op_t)(int, int);
int p26_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p26_h2(int a, int b) { return (a - b * 5) % 10007; }
p26_op_t p26_ops[2] = { p26_h1, p26_h2 };
p26_in_t p26_gin = { 3, 4 };
p26_in_t *p26_pick(p26_in_t *p) { return p; }
#define p26_QUIET _Pragma("GCC diagnostic push")
#define p26_QUIET_END _Pragma("GCC diagnostic pop")

int p26_one(int x) {
    return x - x + 1;
}

int p26_g1_fill(int n, int b, int *ybuf);
int p26_f1(int a);
int p26_f2(int a, int b);
int p26_f3(int a);
int p26_f4(int d, int a);

int p26_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    for (int i1 = 0; i1 < 3 && 1; i1++) {
        for (int i2 = 0; i2 < 1 && 1; i2++) {
            if (b) {
                int m3[][2] = { { (((n && (b < 57)) & b) ? ((b ?: i2) / (p26_h1(i1, 66) % 7 + 8)) : ((n ?: b) != b)), b }, { p26_h1((n ?: 0), i2), 92 }, { n, ((((p26_h2(i1, i1) ?: p26_h2(69, -12)) + b) % 10007) ?: i2) } };
                m3[0][0] ^= (int) ((int) (sizeof m3 / sizeof m3[0])) & 1023;
            } else {
                int m4[][3] = { i2, i2, -2, ((p26_h1(-14, p26_h2(i1, n)) & 16383) >> ((((p26_h2(n, b) & 255) << ((i2 ?: 82) & 7)) % 10007) & 7)), p26_h1(p26_h2((n == b), i2), p26_h1(b, 25)), b };
                m4[0][0] ^= (int) ((int) (sizeof m4 / sizeof m4[0])) & 1023;
                ybuf[yn++] = p26_h1(((i2 < 8) || b), (b ?: i2));
            }
        }
        ybuf[yn++] = i1;
    }
    return yn;
}

int p26_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    int t1 = p26_one(62);
    int r2 = t1;
    printf("f4.t2 %d\n", r2);
    switch (r2 & 3) {
    case 3: {
        printf("f4.1 %d %d %d\n", r2, d, d);
    }
        /* fallthrough */
    case 2: {
        p26_QUIET
        {
            printf("f4.2 %d %d %d\n", 70, d, a);
            printf("f4.3 %d\n", p26_h2(p26_f4(d - 1, r2), p26_h1(30, r2)));
        }
        switch (p26_f4(d - 1, p26_one(d)) & 3) {
        case 0: {
            printf("f4.4 %d %d\n", p26_one(p26_one(r2)), a);
            if ((p26_one(a) / (((d < 12) ? a : ((void) 0, d)) % 7 + 8))) {
                {
                    break;
                }
            }
        }
            break;
        case 3: {
            a &= p26_one(a);
            if ((((((((d < 36) ? a : 56) + ((-9 - 88) % 10007)) % 10007) & 255) << ((r2 == a) & 7)) % 10007)) {
                return p26_one(91);
            }
        }
            break;
        case 1: {
            unsigned u4 = (unsigned) 54 * 2654435761u;
            printf("f4.d4 %u\n", u4);
        }
            /* fallthrough */
        default: {
            if (a) {
                return ((void) 0, (a ? d : ((r2 & 16383) >> (a & 7))));
            }
            char s5[] = "ecgf";
            printf("f4.d5 %d [%s]\n", (int) sizeof s5, s5);
        }
            break;
        }
        p26_QUIET_END
    }
        break;
    default: {
        if (p26_one(p26_h2((d || d), ((void) 0, a)))) {
            printf("f4.5 %d %d %d\n", r2, p26_one((- 40)), 15);
            for (int i6 = 0; i6 < 1 && p26_one((r2 ?: p26_one(a))); i6++) {
                if (p26_one(r2)) {
                    return p26_one(p26_one((d == a)));
                }
                int m7[][2] = { { 24, (p26_h1(p26_one(7), p26_one(r2)) ? p26_h1(p26_one(-8), (- a)) : (- (- 84))) } };
                printf("f4.d7 %d %d\n", (int) (sizeof m7 / sizeof m7[0]), m7[0][1]);
            }
            int v8 = d;
            printf("f4.d8 %d\n", v8);
        }
        {
        }
    }
        break;
    }
    {
        int gb1[64];
        int gn2 = p26_g1_fill(r2, r2, gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v11 = gb1[gi3];
            printf("f4.g11 %d\n", v11);
        }
        printf("f4.6 %d\n", a);
        printf("f4.7 %d %d %d\n", r2, a, a);
    }
    printf("f4.8 %d\n", 24);
    a &= p26_one(((((a && a) + r2) % 10007) ?: p26_one(r2)));
    printf("f4.9 %d\n", (((- a) != 0) ? p26_one(58) : a));
    p26_QUIET
    p26_QUIET_END
    return p26_h1(((r2 ? r2 : d) | p26_h2(33, 76)), 52);
}

int p26_f3(int a) {
    printf("f3.in %d\n", a);
    switch (((((((void) 0, a) ? p26_h1(83, a) : (a != 77)) != 0) ? a : a) != 0) & 3) {
    case 1: {
        int w1 = 0;
        while (w1 < 1 && 1) {
            w1++;
            if (a) {
                { ac_dt_err = (((62 / (a % 7 + 8)) & 7) + 1); goto fn_err; }
            }
            if ((a < 61)) {
                {
                    break;
                }
            }
        }
    }
        break;
    default: {
        printf("f3.1 %d\n", a);
        printf("f3.2 %d %d\n", a, a);
    }
        break;
    }
    printf("f3.3 %d %d %d\n", a, a, a);
    a = (((p26_one(p26_h1(a, -18)) & 255) << ((((37 * a) % 10007) || p26_one(a)) & 7)) % 10007);
    {
        if (a) {
            switch (p26_h2(p26_one((a >= 5)), (((a * 38) % 10007) ^ p26_one(36))) & 3) {
            case 2: {
                int m2[][3] = { -11, ((((p26_one(a) ?: ((a < 16) ? a : a)) + a) % 10007) ?: a), ((void) 0, p26_one(21)), (p26_one((- a)) ?: p26_h2(p26_h2(32, a), 20)), a, 39 };
                printf("f3.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[1][2]);
            }
                break;
            default: {
            }
                break;
            }
            if ((a < 86)) {
                if (((- ((a % (a % 7 + 8)) ? 1 : -5)) != 0) != 0) {
                    { ac_dt_err = (((- a) & 7) + 1); goto finerr1; }
                }
                printf("f3.4 %d %d\n", p26_one(p26_one(48)), a);
            }
            int m3[][3] = { { p26_h2(a, (((34 + a) % 10007) ?: (68 ^ a))), p26_h1(a, ((p26_one(a) & 16383) >> (p26_one(61) & 7))), 45 } };
            printf("f3.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[0][2]);
        }
    }
    {
        printf("f3.f3 %d\n", a);
    }
    goto end1;
    finerr1: {
        int sv2 = ac_dt_err;
        ac_dt_err = 0;
        printf("f3.f3 %d\n", a);
        ac_dt_err = sv2;
        goto fn_err;
    }
    end1:;
    return 3;
fn_err:
    return 0;
}

int p26_f2(int a, int b) {
    int m1[][2] = { p26_one(((a != b) % (p26_h2(a, b) % 7 + 8))), p26_one((((b * a) % 10007) ? (a && a) : -14)), p26_h1(a, p26_h1(p26_one(b), p26_one(b))), a };
    a ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    switch (p26_one(p26_one((52 % (-2 % 7 + 8)))) & 3) {
    case 2: {
    }
        /* fallthrough */
    case 1: {
        if (((m1[1][0] - m1[0][0]) % 10007)) {
            int v2 = p26_one(a);
            m1[0][0] ^= (int) (v2) & 1023;
            if ((((void) 0, p26_one(b)) | p26_h2(m1[0][1], p26_one(a)))) {
                if (p26_one(p26_one(b))) {
                    {
                        break;
                    }
                }
                b ^= (((((b < 82) ? a : (v2 == b)) + b) % 10007) ?: p26_one(((void) 0, 43)));
                b |= p26_h1(((void) 0, (a ^ v2)), m1[0][0]);
            }
        } else {
            for (int i3 = 0; i3 < 3 && p26_one((((m1[0][0] - a) % 10007) ? (m1[1][0] ^ b) : m1[0][0])); i3 += p26_one(i3)) {
                double dd4 = (p26_one(((89 * m1[1][0]) % 10007)) && p26_one((- 10))) * 0.25 + 0.5;
                a ^= (int) (dd4) & 1023;
                if (((int) dd4 < 74)) {
                    {
                        continue;
                    }
                }
                int m5[][3] = { { p26_h2(p26_one(p26_one(96)), p26_one(m1[0][1])), p26_h1((int) dd4, p26_one((- a))), p26_one((int) dd4) }, { p26_one(p26_h1(((b < -5) ? i3 : b), ((-15 + 2) % 10007))), b, ((void) 0, (((((42 & 16383) >> (m1[0][1] & 7)) & 255) << (((void) 0, m1[0][1]) & 7)) % 10007)) }, { (b || p26_h1(p26_h2(m1[0][1], b), (- (int) dd4))), (m1[1][0] != b), ((40 + p26_h1((((m1[1][0] & 255) << (79 & 7)) % 10007), b)) % 10007) } };
                m1[0][0] ^= (int) ((int) (sizeof m5 / sizeof m5[0])) & 1023;
            }
            switch ((p26_one(p26_h1(a, a)) != (m1[0][0] ? p26_one(b) : b)) & 3) {
            case 2: {
                int v7 = (((((((void) 0, 60) + a) % 10007) ?: (- a)) != 0) || p26_h2((a || (a < 61)), (m1[1][0] & m1[0][1])));
                a ^= (int) (v7) & 1023;
            }
                /* fallthrough */
            case 1: {
                a ^= ((((- (m1[0][0] != 29)) + a) % 10007) ?: p26_h2(b, ((a & 16383) >> (m1[0][0] & 7))));
                int a8[] = { (((void) 0, (- a)) < b), m1[0][1], 74, (((b ?: m1[0][1]) / (((void) 0, 60) % 7 + 8)) ?: ((b * b) % 10007)) };
                a8[0] ^= (int) ((int) (sizeof a8 / sizeof a8[0])) & 1023;
            }
                break;
            default: {
                unsigned u9 = (unsigned) 58 * 2654435761u;
                m1[0][0] ^= (int) (u9) & 1023;
            }
                break;
            }
        }
    }
        break;
    default: {
        {
            int b = (m1[0][1] ?: ((void) 0, ((a & 16383) >> (m1[0][1] & 7))));
            p26_QUIET
            p26_QUIET_END
            b ^= (int) (b) & 1023;
        }
    }
        break;
    }
    return ((((b ? (b / (m1[0][1] % 7 + 8)) : p26_h2(m1[0][1], m1[0][0])) ^ b) + a) % 10007);
}

int p26_f1(int a) {
    printf("f1.in %d\n", a);
    a = (a ? a : 83);
    int ht1 = p26_f3(-8);
    if (ac_dt_err) goto fn_err;
    int m1[][2] = { (p26_h2((94 / (a % 7 + 8)), p26_h1(a, 58)) < ((92 / (a % 7 + 8)) & ht1)), p26_one(p26_one(a)), p26_one(p26_one(a)), p26_one((((28 + a) % 10007) ?: a)), p26_h1(a, a), p26_one(p26_one(a)) };
    printf("f1.d1 %d %d\n", (int) (sizeof m1 / sizeof m1[0]), m1[2][1]);
    printf("f1.1 %d %d %d\n", m1[0][0], m1[2][0], a);
    double dd2 = (m1[2][0] < 36) * 0.25 + 0.5;
    printf("f1.d2 %.3f\n", dd2);
    if ((((((91 != a) * p26_one(8)) % 10007) ? ((void) 0, p26_one(a)) : m1[2][0]) != 0) != 0) {
        return m1[0][1];
    }
    return ((int) dd2 ? p26_one(p26_h2(m1[2][0], a)) : (((p26_one(78) & 255) << (m1[0][0] & 7)) % 10007));
fn_err:
    return 0;
}

int p26_main(void) {
    {
        int ht2 = p26_f1(11);
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
    printf("main.f2 %d\n", p26_f2(33, 2));
    return 0;
}


int main(void) {
    printf("== seed 26\n");
    p26_main();
    return 0;
}
