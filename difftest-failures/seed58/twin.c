#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 58 */
struct p58_In { int x; int y; };
struct p58_S { int a; long b; char c; int arr[3]; struct p58_In in; };
union p58_U { int i; unsigned u; char bytes[4]; };
typedef int p58_int_t;
typedef struct p58_In p58_in_t;
typedef int (*p58_op_t)(int, int);
int p58_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p58_h2(int a, int b) { return (a - b * 5) % 10007; }
p58_op_t p58_ops[2] = { p58_h1, p58_h2 };
p58_in_t p58_gin = { 3, 4 };
p58_in_t *p58_pick(p58_in_t *p) { return p; }
#define p58_QUIET _Pragma("GCC diagnostic push")
#define p58_QUIET_END _Pragma("GCC diagnostic pop")

int p58_one(int x) {
    return x - x + 1;
}

int p58_g1_fill(int n, int b, int *ybuf);
int p58_g2_fill(int n, int b, int *ybuf);
int p58_f1(int a);
int p58_f2(int d, int a);
int p58_f3(int a);
int p58_f4(int a);

int p58_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    switch ((37 ^ ((n < 48) ? n : 9)) & 3) {
    case 2: {
        ybuf[yn++] = p58_h2((58 % (n % 7 + 8)), 43);
    }
        break;
    }
    ybuf[yn++] = (p58_h1(n, n) || b);
    if ((n & p58_h2(p58_h2(73, -15), -13))) {
        return yn;
    }
    return yn;
}

int p58_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    switch (((((38 & 255) << ((n ?: n) & 7)) % 10007) == n) & 3) {
    case 1: {
    }
        /* fallthrough */
    default: {
        {
            {
                int b = 36;
                p58_int_t ta3[2] = { b, n };
                p58_int_t (*td2)[2] = &ta3;
                n ^= (int) ((*td2)[1]) & 1023;
                ta3[1] &= p58_h2(p58_h2((*td2)[0], 0), p58_h2(ta3[1], (n ? n : ta3[0])));
                b = (p58_h2((((*td2)[1] < -6) ? b : n), (46 ^ ta3[1])) ^ ((b % (n % 7 + 8)) / ((b ? n : (*td2)[0]) % 7 + 8)));
                ta3[1] ^= (int) (b) & 1023;
            }
            int m4[][3] = { (n == 96), ((n & p58_h1(n, n)) ^ ((n | n) && (69 ^ n))), (p58_h2(((n < -5) || n), p58_h1(26, n)) || (((p58_h2(n, b) & 255) << ((b ^ n) & 7)) % 10007)) };
            n ^= (int) ((int) (sizeof m4 / sizeof m4[0])) & 1023;
            for (int i5 = 0; i5 < 2 && 1; i5++) {
                ybuf[yn++] = m4[0][0];
            }
        }
        if (((((b < 72) || n) & 16383) >> (b & 7))) {
            {
                break;
            }
        }
    }
        break;
    }
    _Pragma("GCC diagnostic push")
    {
        int b = n;
        struct p58_S st7 = { n, ((p58_h2(b, 45) + 0) % 10007), 'k', { (n % (((n ^ 73) && ((b & 16383) >> (n & 7))) % 7 + 8)), 64, p58_h1((((b ? b : b) & 16383) >> (p58_h1(n, n) & 7)), (((n ? n : b) != 0) ? p58_h2(n, 62) : b)) }, { (p58_h2(p58_h1(64, b), b) || p58_h1(((2 + 63) % 10007), (n ?: 10))), (p58_h2(n, p58_h2(n, b)) == p58_h2(99, p58_h2(76, 22))) } };
        n ^= (int) (st7.a) & 1023;
        p58_int_t td8 = b;
        b ^= (int) (td8) & 1023;
        n ^= (int) (b) & 1023;
    }
    _Pragma("GCC diagnostic pop")
    char s9[] = "";
    n ^= (int) ((int) sizeof s9) & 1023;
    return yn;
}

int p58_f4(int a) {
    printf("f4.in %d\n", a);
    if (a) {
        return 91;
    }
    int v1 = p58_one(p58_one(a));
    printf("f4.d1 %d\n", v1);
    const int k2 = p58_one(69);
    printf("f4.d2 %d\n", k2);
    return (p58_h2(v1, (- 74)) == -8);
}

int p58_f3(int a) {
    _Pragma("GCC diagnostic push")
    _Pragma("GCC diagnostic pop")
    if (p58_one(1)) {
        int v2 = (p58_h1(p58_one(a), p58_one(51)) ? -8 : ((- a) / ((a ?: 20) % 7 + 8)));
        a ^= (int) (v2) & 1023;
    }
    return ((p58_one(p58_one(a)) + a) % 10007);
}

int p58_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    int t1 = p58_f3(93);
    int r2 = t1;
    printf("f2.t2 %d\n", r2);
    a = ((void) 0, (p58_h1(a, a) ?: 26));
    int gb1[64];
    int gn2 = p58_g1_fill(((void) 0, p58_f3(a)), 87, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v3 = gb1[gi3];
        printf("f2.g3 %d\n", v3);
        {
            int v3 = (- p58_h1(p58_h1(r2, r2), ((void) 0, 62)));
            a &= (((r2 >= -7) || p58_one(60)) | ((16 & 16383) >> (p58_one(v3) & 7)));
            printf("f2.d4 %d\n", v3);
        }
        {
            {
                printf("f2.1 %d %d\n", ((a ^ r2) ? p58_one(r2) : ((a < 74) || d)), v3);
            }
            if (0) {
                int e5 = 0;
                printf("f2.c5 %d\n", e5);
                printf("f2.2 %d\n", ((((- 80) + e5) % 10007) ?: ((void) 0, r2)));
                if ((((void) 0, p58_h1(92, a)) / (v3 % 7 + 8))) {
                    {
                        int rv6 = (p58_h1(69, p58_h2(d, 40)) ?: (v3 ? 62 : (81 % (e5 % 7 + 8))));
                        {
                            printf("f2.f5 %d\n", a);
                            printf("f2.3 %d\n", (p58_h2(v3, a) ^ (v3 ? 1 : -11)));
                        }
                        return rv6;
                    }
                }
            }
            {
                printf("f2.f5 %d\n", a);
                printf("f2.3 %d\n", (p58_h2(v3, a) ^ (v3 ? 1 : -11)));
            }
            a ^= (((15 + v3) % 10007) ?: (((void) 0, a) ? p58_h2(d, a) : a));
            printf("f2.4 %d %d\n", a, v3);
        }
        if (0) {
            int e6 = 0;
            printf("f2.c6 %d\n", e6);
        }
    }
    printf("f2.5 %s %d %d\n", __func__, r2, a);
    return ((void) 0, d);
}

int p58_f1(int a) {
    printf("f1.in %d\n", a);
    a |= (a || p58_h1((a >= 11), (a != 50)));
    int t1 = p58_one((p58_f3(a) == (a ? 60 : a)));
    int r2 = t1;
    printf("f1.t2 %d\n", r2);
    double dd3 = a * 0.25 + 0.5;
    printf("f1.d3 %.3f\n", dd3);
    p58_f4((p58_f4(88) ? p58_f4(89) : ((int) dd3 ^ 19)));
    printf("f1.1 %d %d\n", (a ? (- a) : a), (int) dd3);
    for (int i4 = 0; i4 < 1 && 1; i4++) {
        printf("f1.2 %d %d %d\n", a, p58_f3(p58_f4(88)), i4);
        switch ((((((- -18) + a) % 10007) - ((r2 && (a < 33)) / (p58_h1((int) dd3, a) % 7 + 8))) % 10007) & 3) {
        case 2: {
            int gb1[64];
            int gn2 = p58_g2_fill(p58_f3((r2 && a)), a, gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v5 = gb1[gi3];
                printf("f1.g5 %d\n", v5);
            }
            int v6 = ((void) 0, p58_f4(p58_f4((int) dd3)));
            printf("f1.d6 %d\n", v6);
        }
            break;
        case 0: {
            a = r2;
        }
            /* fallthrough */
        case 1: {
            if (i4) {
                {
                    break;
                }
            }
        }
            break;
        default: {
            {
                printf("f1.3 %d %d %d\n", i4, a, a);
                struct p58_In pt8[] = { { (((((r2 + r2) % 10007) & 16383) >> ((r2 ?: a) & 7)) ?: (((a != 28) + (r2 >= a)) % 10007)), p58_h2((r2 || ((((int) dd3 < 33) ? i4 : r2) != 0)), p58_h1((r2 == a), p58_h2(a, 39))) } };
                printf("f1.d8 %d %d\n", (int) (sizeof pt8 / sizeof pt8[0]), pt8[0].y);
            }
        }
            break;
        }
        printf("f1.4 %d %d\n", i4, a);
    }
    return ((((int) dd3 ?: a) - p58_h1((((12 & 255) << ((int) dd3 & 7)) % 10007), ((int) dd3 >= 50))) % 10007);
}

int p58_main(void) {
    printf("main.f1 %d\n", p58_f1(2));
    printf("main.f2 %d\n", p58_f2(3, 26));
    return 0;
}


int main(void) {
    printf("== seed 58\n");
    p58_main();
    return 0;
}
