#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 51 */
struct p51_In { int x; int y; };
struct p51_S { int a; long b; char c; int arr[3]; struct p51_In in; };
union p51_U { int i; unsigned u; char bytes[4]; };
typedef int p51_int_t;
typedef struct p51_In p51_in_t;
typedef int (*p51_op_t)(int, int);
int p51_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p51_h2(int a, int b) { return (a - b * 5) % 10007; }
p51_op_t p51_ops[2] = { p51_h1, p51_h2 };
p51_in_t p51_gin = { 3, 4 };
p51_in_t *p51_pick(p51_in_t *p) { return p; }
#define p51_QUIET _Pragma("GCC diagnostic push")
#define p51_QUIET_END _Pragma("GCC diagnostic pop")

int p51_one(int x) {
    return x - x + 1;
}

int p51_g1_fill(int n, int b, int *ybuf);
int p51_g2_fill(int n, int b, int *ybuf);
int p51_f1(int a);
int p51_f2(int a);
int p51_f3(int a);
int p51_f4(int d, int a);

int p51_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = n;
    int m1[2][2] = { { ((((n < (- -17)) ? ((n < 85) ? 1 : 39) : 27) & 16383) >> (55 & 7)), ((b < 63) && p51_h1(n, (((87 + n) % 10007) ?: b))) }, { ((((n % (17 % 7 + 8)) ?: (((93 + n) % 10007) ?: n)) != 0) ? n : p51_h2(p51_h2(n, n), 31)), p51_h2(p51_h2((n || (b < 7)), 22), p51_h1(p51_h1(b, 50), 15)) } };
    n ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    for (int i2 = 0; i2 < 3 && (((p51_h1(m1[0][0], 78) & 16383) >> (p51_h1(b, 88) & 7)) != ((m1[0][0] % (m1[0][0] % 7 + 8)) ? (((87 + b) % 10007) ?: b) : (n != -9))); i2++) {
        ybuf[yn++] = b;
        int y3 = 0;
        n ^= (int) (y3) & 1023;
        ybuf[yn++] = ((b * 67) % 10007);
    }
    return yn;
}

int p51_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    int v2 = ((n & 16383) >> (((b ? b : 87) == b) & 7));
    b ^= (int) (v2) & 1023;
    if ((p51_h2(p51_h1(b, b), p51_h2(n, 1)) ^ (p51_h1(87, 5) ?: v2))) {
        switch (((v2 + v2) % 10007) & 3) {
        case 2: {
            p51_QUIET
            n &= (((((- v2) != 0) ? p51_h1(b, 30) : (b ^ v2)) + b) % 10007);
            struct p51_S st3 = { .in.y = n, .a = p51_h2((p51_h1(84, 85) ? ((v2 * n) % 10007) : -8), (((v2 * 54) % 10007) & b)), .arr[2] = (- n), .c = 'q' };
            b ^= (int) (st3.a) & 1023;
            p51_QUIET_END
        }
            break;
        case 0: {
            ybuf[yn++] = (p51_h1(n, 94) == ((b - 9) % 10007));
        }
            /* fallthrough */
        default: {
            if ((n < 60)) {
                n |= b;
                int v4 = p51_h1((((((40 + 55) % 10007) + n) % 10007) ?: n), (((v2 < -17) || b) && b));
                v4 ^= (int) (v4) & 1023;
            } else {
                ybuf[yn++] = ((p51_h1(-12, n) + p51_h2(n, 26)) % 10007);
                int y5 = 0;
                v2 ^= (int) (y5) & 1023;
            }
        }
            break;
        }
        if (((b + (- (b >= 33))) % 10007)) {
            return yn;
        }
        _Pragma("GCC diagnostic push")
        {
            int b = v2;
            p51_op_t fp6 = p51_h2;
            b ^= (int) (fp6(7, 8)) & 1023;
            n ^= (int) (b) & 1023;
        }
        _Pragma("GCC diagnostic pop")
    }
    v2 = (n || (b && p51_h2(b, n)));
    return yn;
}

int p51_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    printf("f4.1 %d %d %d\n", (d ?: a), a, p51_f4(d - 1, ((a - a) % 10007)));
    {
        int gb2[64];
        int gn3 = p51_g2_fill(p51_one(a), d, gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v1 = gb2[gi4];
            printf("f4.g1 %d\n", v1);
        }
        static int sl2 = 3;
        sl2 = (sl2 * 3 + p51_one((d / (d % 7 + 8)))) % 10007;
        printf("f4.d2 %d\n", sl2);
        for (int i3 = 0; i3 < 2 && p51_f4(d - 1, 98); i3 += p51_one(i3)) {
            a ^= a;
        }
    }
    if (0) {
        int e4 = 0;
        printf("f4.c4 %d\n", e4);
        for (int i5 = (e4 & 1); i5 < 3 && ((((d || (a < 0)) & p51_one(10)) ? d : ((a != 10) ? (e4 & a) : p51_h1(-14, a))) != 0); i5++) {
            int v6 = (- p51_one((a ?: 44)));
            printf("f4.d6 %d\n", v6);
            {
                printf("f4.2 %d %d %d\n", p51_one((e4 | d)), d, (74 ^ p51_one(19)));
            }
            if (0) {
                int e7 = 0;
                printf("f4.c7 %d\n", e7);
            }
        }
        long l8 = (long) a * 100000L;
        printf("f4.d8 %ld\n", l8);
    }
    {
        printf("f4.f8 %d\n", d);
    }
    if (p51_one(p51_one(((d < 83) || d)))) {
        return p51_h2((p51_one(a) ? p51_one(a) : (d == a)), ((90 + 17) % 10007));
    }
    int w9 = 0;
    do {
        w9++;
        a &= p51_one(p51_one(p51_one(35)));
    } while (w9 < 2 && d);
    {
        a |= ((((d ?: d) + -16) % 10007) ? (((d - w9) % 10007) ?: (74 >= a)) : ((((a && w9) & 255) << (p51_one(d) & 7)) % 10007));
    }
    if (0) {
        int e10 = 0;
        printf("f4.c10 %d\n", e10);
        printf("f4.3 %d %d %d\n", a, a, a);
    }
    int w11 = 0;
    do {
        w11++;
        char c12 = (char) ((a & 63) + 32);
        printf("f4.d12 %d\n", c12);
        printf("f4.4 %d %d %d\n", a, a, d);
    } while (w11 < 3 && 1);
    int gb7[64];
    int gn8 = p51_g2_fill(p51_one(d), ((((w9 || (a < 39)) + w11) % 10007) ?: ((a < 21) || d)), gb7);
    for (int gi9 = 0; gi9 < gn8; gi9++) {
        int v13 = gb7[gi9];
        printf("f4.g13 %d\n", v13);
        a = 72;
        switch (d & 3) {
        case 3: {
            printf("f4.5 %d %d %d\n", p51_h1((d || v13), p51_h2(w11, 8)), d, w9);
        }
            /* fallthrough */
        case 1: {
            int gb10[64];
            int gn11 = p51_g2_fill((p51_one(a) % (a % 7 + 8)), ((w9 + ((void) 0, w11)) % 10007), gb10);
            for (int gi12 = 0; gi12 < gn11; gi12++) {
                int v14 = gb10[gi12];
                printf("f4.g14 %d\n", v14);
                int v15 = (((-19 + v14) % 10007) ?: (p51_h2(-17, 21) && ((d - v14) % 10007)));
                printf("f4.d15 %d\n", v15);
                printf("f4.6 %d %d %d\n", w9, d, ((void) 0, 17));
            }
        }
            /* fallthrough */
        case 0: {
        }
            break;
        }
    }
    return p51_one(p51_one(w11));
}

int p51_f3(int a) {
    printf("f3.in %d\n", a);
    {
        {
            a |= p51_h1(39, (((63 & 16383) >> (a & 7)) / (((a * a) % 10007) % 7 + 8)));
            printf("f3.1 %d %d\n", (p51_h2(a, a) && p51_h2(47, -17)), a);
            printf("f3.2 %d %d\n", p51_one(((a < 25) ? a : a)), a);
        }
    }
    const int k1 = ((a | p51_one(35)) ?: a);
    printf("f3.d1 %d\n", k1);
    p51_QUIET
    static int sl2 = 2;
    sl2 = (sl2 * 3 + (p51_one(a) & ((void) 0, k1))) % 10007;
    printf("f3.d2 %d\n", sl2);
    p51_QUIET_END
    printf("f3.3 %s %d %d\n", __func__, a, ((((63 & 16383) >> (k1 & 7)) + k1) % 10007));
    if (p51_h2(p51_one(a), (((a + 12) % 10007) && (k1 < -15)))) {
        return a;
    }
#ifndef AC_DT_UNDEFINED
    printf("f3.4 %d %d %d\n", a, (p51_one(a) ?: (a ?: a)), p51_one(sl2));
#else
    printf("never\n");
#endif
    a = p51_one(((void) 0, a));
    return p51_h2(p51_h2(((a < 33) ? a : -7), ((67 & 16383) >> (a & 7))), ((p51_h2(a, k1) * a) % 10007));
}

int p51_f2(int a) {
    int v2 = 4;
    a ^= (int) (v2) & 1023;
    a &= p51_one(((p51_one(v2) & 16383) >> (p51_h1(v2, v2) & 7)));
    return ((p51_h1(p51_h1(v2, 28), ((a - v2) % 10007)) + a) % 10007);
}

int p51_f1(int a) {
    printf("f1.in %d\n", a);
    printf("f1.1 %d %d\n", (p51_f3(a) ?: p51_h2(57, a)), (p51_f2(65) && p51_f2(a)));
    char s1[] = "h";
    printf("f1.d1 %d [%s]\n", (int) sizeof s1, s1);
    return (p51_f3(p51_f3(-13)) ?: 20);
}

int p51_main(void) {
    printf("main.f1 %d\n", p51_f1(30));
    int gb1[64];
    int gn2 = p51_g1_fill(5, 0, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v = gb1[gi3];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 51\n");
    p51_main();
    return 0;
}
