#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 25 */
struct p25_In { int x; int y; };
struct p25_S { int a; long b; char c; int arr[3]; struct p25_In in; };
union p25_U { int i; unsigned u; char bytes[4]; };
typedef int p25_int_t;
typedef struct p25_In p25_in_t;
typedef int (*p25_op_t)(int, int);
int p25_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p25_h2(int a, int b) { return (a - b * 5) % 10007; }
p25_op_t p25_ops[2] = { p25_h1, p25_h2 };
p25_in_t p25_gin = { 3, 4 };
p25_in_t *p25_pick(p25_in_t *p) { return p; }
#define p25_QUIET _Pragma("GCC diagnostic push")
#define p25_QUIET_END _Pragma("GCC diagnostic pop")

int p25_one(int x) {
    return x - x + 1;
}

int p25_g1_fill(int n, int b, int *ybuf);
int p25_f1(int a);
int p25_f2(int d, int a);
int p25_f3(int a, int b);
int p25_f4(int a, int b);
void p25_f5(int a);
int p25_f6(int a, int b);

int p25_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = n;
    return yn;
}

int p25_f6(int a, int b) {
    a &= ((void) 0, (- p25_h2(a, b)));
    const int k1 = -15;
    a ^= (int) (k1) & 1023;
    p25_QUIET
    switch (p25_one(p25_h2(16, 86)) & 3) {
    case 3: {
        if (a) {
            {
                break;
            }
        }
        {
            int b = p25_h1(k1, ((void) 0, p25_one(k1)));
            b = (p25_h1(((a & 16383) >> (k1 & 7)), p25_h1(58, k1)) & (55 & k1));
            p25_op_t fp2 = p25_h1;
            b ^= (int) (fp2(7, 8)) & 1023;
            b ^= (int) (b) & 1023;
        }
    }
        break;
    case 0: {
        int (*fp3)(int, int) = p25_h2;
        b ^= (int) (fp3(7, 8)) & 1023;
        a &= p25_one(a);
    }
        break;
    case 1: {
    }
        break;
    }
    p25_QUIET_END
    struct p25_In pt4[] = { (+ p25_one(p25_one(p25_one(a)))), (+ p25_one(65)), (+ p25_h2(-15, a)), k1 };
    pt4[0].x ^= (int) ((int) (sizeof pt4 / sizeof pt4[0])) & 1023;
    _Pragma("GCC diagnostic push")
    _Pragma("GCC diagnostic push")
    if (p25_h2(p25_h1(p25_one(a), ((void) 0, pt4[1].x)), b)) {
        return p25_one(((k1 >= 2) ^ 21));
    }
    _Pragma("GCC diagnostic pop")
    _Pragma("GCC diagnostic pop")
    return (((p25_one((b ?: a)) ^ b) + a) % 10007);
}

void p25_f5(int a) {
    printf("f5.in %d\n", a);
    int *cl1 = (int[]){ p25_h1((p25_f6(a, a) && a), ((p25_f6(45, -7) + p25_f6(a, 13)) % 10007)), (((p25_one((a & a)) & 255) << (a & 7)) % 10007), p25_h1(87, ((a % (a % 7 + 8)) == a)) };
    printf("f5.d1 %d\n", cl1[1]);
    printf("f5.1 %s %d\n", __func__, a);
    cl1[1] ^= (p25_one(p25_h1(42, cl1[1])) || (a < 89));
    printf("f5.2 %s %d %d\n", __func__, cl1[2], cl1[2]);
    if (p25_h2(p25_one(p25_one(a)), (cl1[1] % (p25_one(a) % 7 + 8)))) {
        if (p25_h2(-10, p25_one(((a * 9) % 10007)))) {
            return;
        }
    } else {
        a = (p25_h2(p25_h2(a, a), (a | cl1[0])) | ((void) 0, ((a & 16383) >> (-4 & 7))));
    }
    printf("f5.3 %d\n", cl1[2]);
    {
        printf("f5.4 %d\n", cl1[1]);
        char c2 = (char) (((cl1[1] ?: (cl1[2] != cl1[0])) & 63) + 32);
        printf("f5.d2 %d\n", c2);
        {
            for (p25_int_t i4 = ((((c2 ^ 1000) - 1000) == a) & 1), *i4p = &i4; i4 < 3 && cl1[2]; *i4p += p25_one(i4)) {
                a &= p25_h2(cl1[0], p25_h2((99 != a), ((void) 0, cl1[2])));
            }
        }
    }
    if (0) {
        int e5 = 0;
        printf("f5.c5 %d\n", e5);
    }
}

int p25_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    a |= (a & ((void) 0, b));
    printf("f4.1 %d %d\n", a, ((((15 & 255) << (78 & 7)) % 10007) < (b % (b % 7 + 8))));
    return ((b && p25_f6(b, b)) && (((b && ((b + a) % 10007)) + a) % 10007));
}

int p25_f3(int a, int b) {
    int w1 = 0;
    do {
        w1++;
        int w2 = 0;
        while (w2 < 3 && 1) {
            w2++;
            if ((b || ((void) 0, (- b)))) {
                if (p25_one(p25_one(p25_h2(-3, b)))) {
                    {
                        break;
                    }
                }
            } else {
                double dd3 = p25_one(p25_one(a)) * 0.25 + 0.5;
                b ^= (int) (dd3) & 1023;
            }
            if ((b < 3)) {
                if (((((void) 0, ((void) 0, b)) ?: (- p25_h2(b, b))) != 0) != 0) {
                    {
                        continue;
                    }
                }
                a = (a ? (b ^ b) : a);
                b = p25_h1(((b * (-4 < a)) % 10007), p25_h2(b, b));
            } else {
                int v4 = (((b < 63) ? ((void) 0, a) : 22) / (((void) 0, 8) % 7 + 8));
                v4 ^= (int) (v4) & 1023;
            }
            unsigned u5 = (unsigned) (((void) 0, p25_h1(81, -8)) < ((b == a) & 89)) * 2654435761u;
            a ^= (int) (u5) & 1023;
        }
        if (b) {
        }
    } while (w1 < 3 && 1);
    int w6 = 0;
    while (w6 < 3 && (b < -15)) {
        w6++;
        switch (((b < 12) || p25_h2(37, (- 54))) & 3) {
        case 0: {
            if (p25_one(p25_one((w1 / (b % 7 + 8))))) {
                int (*fp7)(int, int) = p25_h1;
                a ^= (int) (fp7(7, 8)) & 1023;
                int v8 = 27;
                v8 ^= (int) (v8) & 1023;
                int a9[5] = { ((((a % (a % 7 + 8)) && w1) + fp7(1, 2)) % 10007), p25_h1((((b + v8) % 10007) == ((21 + 79) % 10007)), b), ((p25_h1(b, v8) ? p25_h1(v8, 11) : (b != v8)) | ((96 ^ v8) / (p25_h2(b, b) % 7 + 8))), 83, (- ((fp7(fp7(1, 2), 18) + 28) % 10007)) };
                b ^= (int) ((int) (sizeof a9 / sizeof a9[0])) & 1023;
            } else {
                a = b;
            }
        }
            break;
        }
    }
    int w10 = 0;
    while (w10 < 3 && 1) {
        w10++;
        int (*fp11)(int, int) = p25_h2;
        a ^= (int) (fp11(7, 8)) & 1023;
        struct p25_In pt12[] = { (((fp11(89, w1) >= fp11(a, w6)) + (a || a)) % 10007), (+ (((fp11(1, 2) && w6) % (61 % 7 + 8)) || (((a == b) - 69) % 10007))), a, (+ 96), (- p25_h2(((a + b) % 10007), fp11(29, 40))), w6 };
        b ^= (int) ((int) (sizeof pt12 / sizeof pt12[0])) & 1023;
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        p25_QUIET
        int v14 = p25_h1(p25_h1(fp11(1, 2), fp11(w1, w1)), p25_h1((b ? 36 : b), w1));
        a ^= (int) (v14) & 1023;
        p25_QUIET_END
#endif
    }
    if ((b / (17 % 7 + 8))) {
        return p25_h1(7, ((- b) | (a & 12)));
    }
    {
        int v16 = (((a * w6) % 10007) ?: ((w10 | b) | b));
        b ^= (int) (v16) & 1023;
    }
    return (((-19 ^ b) + a) % 10007);
}

int p25_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    p25_f4(((int) sizeof(p25_f4(1, d))), (d / (p25_f2(d - 1, d) % 7 + 8)));
    p25_f4(p25_h1(a, ((void) 0, a)), (- p25_f6(11, d)));
    a ^= ((int) sizeof(p25_f2(1, d)));
    switch (a & 3) {
    case 3: {
        if (d) {
            return ((void) 0, a);
        }
        printf("f2.1 %d %d\n", a, p25_h1(p25_h1(-19, a), a));
    }
        break;
    case 0: {
        {
            int gb1[64];
            int gn2 = p25_g1_fill((- d), p25_h1(p25_one(a), ((a < -4) || a)), gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v2 = gb1[gi3];
                printf("f2.g2 %d\n", v2);
            }
            {
            }
        }
    }
        break;
    case 1: {
        if ((((int) sizeof(p25_f2(1, a))) ^ ((48 - a) % 10007))) {
            char s4[] = "fefba";
            printf("f2.d4 %d [%s]\n", (int) sizeof s4, s4);
        } else {
            printf("f2.2 %d %d %d\n", a, ((void) 0, (- 47)), ((a * (16 < a)) % 10007));
        }
    }
        break;
    }
    printf("f2.3 %s %d %d\n", __func__, a, a);
    if (p25_one((- p25_h2(a, a)))) {
        return p25_f2(d - 1, 64);
    }
    return a;
}

int p25_f1(int a) {
    printf("f1.in %d\n", a);
    printf("f1.1 %d %d\n", a, a);
    p25_f4((((p25_f4(a, a) & 255) << (p25_f6(43, a) & 7)) % 10007), ((a & 29) % (a % 7 + 8)));
    a = (a | p25_one(p25_one(a)));
    return p25_h2(((a + (a && (a < 65))) % 10007), 20);
}

int p25_main(void) {
    printf("main.f1 %d\n", p25_f1(10));
    printf("main.f3 %d\n", p25_f3(31, 9));
    p25_f5(39);
    return 0;
}


int main(void) {
    printf("== seed 25\n");
    p25_main();
    return 0;
}
