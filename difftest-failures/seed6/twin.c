#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 6 */
struct p6_In { int x; int y; };
struct p6_S { int a; long b; char c; int arr[3]; struct p6_In in; };
union p6_U { int i; unsigned u; char bytes[4]; };
typedef int p6_int_t;
typedef struct p6_In p6_in_t;
typedef int (*p6_op_t)(int, int);
int p6_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p6_h2(int a, int b) { return (a - b * 5) % 10007; }
p6_op_t p6_ops[2] = { p6_h1, p6_h2 };
p6_in_t p6_gin = { 3, 4 };
p6_in_t *p6_pick(p6_in_t *p) { return p; }
#define p6_QUIET _Pragma("GCC diagnostic push")
#define p6_QUIET_END _Pragma("GCC diagnostic pop")

int p6_one(int x) {
    return x - x + 1;
}

int p6_g1_fill(int n, int b, int *ybuf);
int p6_f1(int a, int b);
int p6_f2(int a);
int p6_f3(int d, int a);

int p6_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    struct p6_In pt1[] = { { (p6_h1(p6_h2(n, n), p6_f2(n)) ? n : n), p6_h1((p6_f2(n) | (n / (46 % 7 + 8))), -18) } };
    pt1[0].x ^= (int) ((int) (sizeof pt1 / sizeof pt1[0])) & 1023;
    if (p6_f2(p6_f2(pt1[0].x))) {
        n ^= p6_h2(p6_f2((n && pt1[0].x)), (p6_f2(b) != p6_f2(pt1[0].x)));
        if (p6_f2(pt1[0].y)) {
            ybuf[yn++] = n;
            if ((pt1[0].x < -6)) {
                return yn;
            }
        }
    } else {
        _Pragma("GCC diagnostic push")
#if 1
        if (p6_one(b)) {
            return yn;
        }
#else
        printf("never\n");
#endif
        _Pragma("GCC diagnostic pop")
        b = n;
    }
    return yn;
}

int p6_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    {
        int *cl2 = (int[]){ ((((((a < -3) ? 41 : a) + (a != 17)) % 10007) & 16383) >> (p6_f3(d - 1, ((d - d) % 10007)) & 7)), 74, 23 };
        printf("f3.d2 %d\n", cl2[1]);
        cl2[1] |= p6_f3(d - 1, ((((a & 255) << (d & 7)) % 10007) & a));
        {
            switch ((((void) 0, 47) & p6_h1((cl2[2] ?: d), d)) & 3) {
            case 0: {
            }
                break;
            }
            switch (a & 3) { case 0: case 1: {
                cl2[1] = cl2[0];
            } }
            if (p6_h1(76, a)) {
                {
                    goto L1;
                }
            }
        }
    L1:;
    }
    a &= 79;
    return ((a & 16383) >> (67 & 7));
}

int p6_f2(int a) {
    switch (((23 != p6_one(a)) & -9) & 3) { case 1: case 0: {
        a = a;
    } }
    if (p6_h2(((a ^ 45) % (a % 7 + 8)), p6_one(a))) {
        return (- (p6_one(26) % ((98 ^ a) % 7 + 8)));
    }
    char c1 = (char) ((a & 63) + 32);
    a ^= (int) (c1) & 1023;
    {
        int w3 = 0;
        while (w3 < 1 && ((c1 ^ 1000) - 1000)) {
            w3++;
            _Pragma("GCC diagnostic push")
            _Pragma("GCC diagnostic pop")
        }
        if (p6_h1(p6_one((((8 + a) % 10007) ?: 38)), (a != p6_h1(w3, a)))) {
            {
                goto L2;
            }
        }
        unsigned u4 = (unsigned) p6_one(27) * 2654435761u;
        a ^= (int) (u4) & 1023;
    L2:;
    }
    return (((p6_one(-1) ? -4 : (((c1 ^ 1000) - 1000) || (a < 1))) + a) % 10007);
}

int p6_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    int gb1[64];
    int gn2 = p6_g1_fill(p6_f2(p6_f2(a)), (a >= (69 % (a % 7 + 8))), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f1.g1 %d\n", v1);
        char s2[] = "cfch";
        printf("f1.d2 %d [%s]\n", (int) sizeof s2, s2);
    }
    for (int i3 = (p6_f2(((12 < b) < p6_f3(0, a))) & 1); i3 < 2 && 1; i3++) {
        printf("f1.1 %s %d\n", __func__, b);
        if (a) {
            int m4[][3] = { (- p6_h2((i3 ? b : 62), p6_h1(-3, a))), p6_one(p6_h1(81, b)), p6_one(p6_one(i3)), p6_one(p6_one(p6_h1(i3, b))), b, a };
            printf("f1.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[1][2]);
        }
    }
    if ((((((82 & 16383) >> (b & 7)) ^ 57) & 16383) >> (a & 7))) {
        int v6 = a;
        printf("f1.d6 %d\n", v6);
        p6_int_t td7 = ((((13 + a) % 10007) ?: a) == ((((v6 & 255) << (v6 & 7)) % 10007) ? v6 : (a / (a % 7 + 8))));
        printf("f1.d7 %d\n", td7);
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        {
            if ((((((-5 >= td7) | p6_h2(3, 78)) & 255) << ((((b & 16383) >> (td7 & 7)) / (((void) 0, 98) % 7 + 8)) & 7)) % 10007)) {
                {
                    int rv5 = (((- td7) != 0) ? (p6_h2(b, a) && ((b < 80) && td7)) : a);
                    {
                        printf("f1.f8 %d\n", v6);
                        char c9 = (char) (((p6_h1(td7, v6) == (b ?: ((void) 0, td7))) & 63) + 32);
                        printf("f1.d9 %d\n", c9);
                        double dd10 = p6_h2((b ?: (b >= td7)), p6_h2(p6_h2(td7, 90), (b ? 2 : td7))) * 0.25 + 0.5;
                        printf("f1.d10 %.3f\n", dd10);
                    }
                    return rv5;
                }
            }
            printf("f1.2 %d\n", 51);
            char s8[] = {""};
            printf("f1.d8 %d [%s]\n", (int) sizeof s8, s8);
        }
        {
            printf("f1.f8 %d\n", v6);
            char c9 = (char) (((p6_h1(td7, v6) == (b ?: ((void) 0, td7))) & 63) + 32);
            printf("f1.d9 %d\n", c9);
            double dd10 = p6_h2((b ?: (b >= td7)), p6_h2(p6_h2(td7, 90), (b ? 2 : td7))) * 0.25 + 0.5;
            printf("f1.d10 %.3f\n", dd10);
        }
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
        int *cl11 = (int[]){ (- b), p6_h1(v6, p6_h2(b, ((void) 0, 7))), (((((v6 & 16383) >> (a & 7)) ? (- a) : ((14 - v6) % 10007)) + 0) % 10007) };
        printf("f1.d11 %d\n", cl11[1]);
        if ((((td7 ?: (58 ^ b)) + 40) % 10007)) {
            { ac_dt_err = (((cl11[2] && cl11[2]) & 7) + 1); goto fn_err; }
        }
        printf("f1.3 %d %d %d\n", p6_h1(((cl11[1] * td7) % 10007), p6_h1(td7, v6)), (td7 ? ((20 + -14) % 10007) : v6), v6);
#endif
        for (int i12 = 0; i12 < 2 && 1; i12++) {
            unsigned u13 = (unsigned) (b ? td7 : ((p6_h1(20, 69) + v6) % 10007)) * 2654435761u;
            printf("f1.d13 %u\n", u13);
        }
#endif
    }
    union p6_U un14 = { a };
    printf("f1.d14 %d\n", un14.i);
    return ((void) 0, p6_h2((80 ^ a), a));
fn_err:
    return 0;
}

int p6_main(void) {
    {
        int ht2 = p6_f1(13, 12);
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
    printf("== seed 6\n");
    p6_main();
    return 0;
}
