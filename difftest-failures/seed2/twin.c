#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 2 */
struct p2_In { int x; int y; };
struct p2_S { int a; long b; char c; int arr[3]; struct p2_In in; };
union p2_U { int i; unsigned u; char bytes[4]; };
typedef int p2_int_t;
typedef struct p2_In p2_in_t;
typedef int (*p2_op_t)(int, int);
int p2_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p2_h2(int a, int b) { return (a - b * 5) % 10007; }
p2_op_t p2_ops[2] = { p2_h1, p2_h2 };
p2_in_t p2_gin = { 3, 4 };
p2_in_t *p2_pick(p2_in_t *p) { return p; }
#define p2_QUIET _Pragma("GCC diagnostic push")
#define p2_QUIET_END _Pragma("GCC diagnostic pop")

int p2_one(int x) {
    return x - x + 1;
}

int p2_g1_fill(int n, int b, int *ybuf);
int p2_f1(int a);
int p2_f2(int d, int a);
int p2_f3(int a, int b);

int p2_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    if (p2_h1(p2_h2((n && (n < 34)), b), b)) {
        if ((b < 81)) {
            ybuf[yn++] = (((b ? b : b) != 0) ? b : (92 & b));
            if ((((p2_h1(((n + b) % 10007), p2_h1(b, n)) & 255) << (p2_h1(n, ((-18 - n) % 10007)) & 7)) % 10007)) {
                return yn;
            }
            for (int i1 = (p2_h1((p2_h1(90, n) || ((((-4 + b) % 10007) ?: b) != 0)), n) & 1); i1 < 3 && (n < -1); i1++) {
                double dd2 = n * 0.25 + 0.5;
                n ^= (int) (dd2) & 1023;
                if (((p2_h2((i1 && i1), (int) dd2) - b) % 10007)) {
                    {
                        break;
                    }
                }
            }
        } else {
            n = (p2_h1(n, ((n < -5) ? 1 : 32)) || (n < 85));
        }
        ybuf[yn++] = n;
        int y3 = 0;
        n ^= (int) (y3) & 1023;
    }
    struct p2_In pt4[] = { b, n };
    n ^= (int) ((int) (sizeof pt4 / sizeof pt4[0])) & 1023;
    int m5[1][3] = { { b, p2_h2(b, p2_h2(p2_h2(17, pt4[0].y), ((n < 54) ? n : b))), pt4[0].x } };
    n ^= (int) ((int) (sizeof m5 / sizeof m5[0])) & 1023;
    return yn;
}

int p2_f3(int a, int b) {
    if (b) {
        return p2_one(b);
    }
    for (int i1 = 0; i1 < 2 && 1; i1++) {
        {
            union p2_U un3 = { (((a ? p2_h2(i1, 8) : (61 >= b)) != 0) ? p2_h1(73, ((a < 29) ? b : b)) : b) };
            b ^= (int) (un3.i) & 1023;
            int a4[] = { ((void) 0, ((p2_one(38) & 16383) >> (2 & 7))), 12 };
            a4[0] ^= (int) ((int) (sizeof a4 / sizeof a4[0])) & 1023;
            struct p2_In pt5[] = { { p2_h1(un3.i, p2_one((a < 18))), ((p2_one(b) < (a4[1] ?: a)) < p2_one(28)) }, { a4[1], p2_one(p2_one(p2_one(b))) } };
            b ^= (int) ((int) (sizeof pt5 / sizeof pt5[0])) & 1023;
        }
        {
            int b = 61;
            p2_QUIET
            int (*fp7)(int, int) = p2_h2;
            a ^= (int) (fp7(7, 8)) & 1023;
            b |= p2_one(p2_one(((fp7(1, 2) < 3) && (((b < -7) + fp7(1, 2)) % 10007))));
            p2_QUIET_END
            a ^= (int) (b) & 1023;
        }
    }
    return (((p2_one(p2_one(a)) ^ b) + a) % 10007);
}

int p2_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    if (p2_f2(d - 1, p2_h1(p2_f2(d - 1, d), (((a & 255) << (a & 7)) % 10007)))) {
    } else {
        for (p2_int_t i1 = 0, *i1p = &i1; i1 < 3 && 1; (*i1p)++) {
            int gb1[64];
            int gn2 = p2_g1_fill(a, d, gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v2 = gb1[gi3];
                printf("f2.g2 %d\n", v2);
            }
            printf("f2.1 %d %d %d\n", a, i1, a);
        }
        if (((a ^ a) >= d)) {
            printf("f2.2 %d %d %d\n", a, a, d);
            if (p2_h2(p2_f3(p2_h1(-1, a), d), p2_one(((void) 0, a)))) {
                a = p2_h1(p2_h1(a, a), ((d < 85) && a));
            }
            for (p2_int_t i3 = 0; i3 < 1 && 1; i3++) {
                printf("f2.3 %d\n", p2_one(p2_one(a)));
            }
        } else {
            printf("f2.4 %d %d %d\n", (a != 16), (((- a) != 0) ? ((d & 16383) >> (d & 7)) : (((-17 + d) % 10007) ?: a)), a);
            {
                if (p2_one(a)) {
                    return (p2_one(p2_one(d)) ? p2_h2(d, p2_one(a)) : a);
                }
                a &= p2_one(d);
            }
        }
    }
    {
        a |= a;
        switch (((a + a) % 10007) & 3) {
        case 1: {
            {
                a |= a;
            }
        }
            break;
        }
    }
    int *cl6 = (int[]){ p2_one((p2_one(45) != a)), a, (- a) };
    printf("f2.d6 %d\n", cl6[1]);
    return p2_one(((72 + p2_h2(11, 8)) % 10007));
}

int p2_f1(int a) {
    printf("f1.in %d\n", a);
    p2_op_t fp1 = p2_h1;
    printf("f1.d1 %d\n", fp1(7, 8));
    char s2[] = "";
    printf("f1.d2 %d [%s]\n", (int) sizeof s2, s2);
    {
        if (a) {
            { ac_dt_err = ((p2_f3(p2_f3(3, (int) sizeof s2), (- a)) & 7) + 1); goto fn_err; }
        }
        printf("f1.1 %d %d %d\n", (a || (fp1(1, 2) ^ (int) sizeof s2)), 26, a);
        if (p2_h2(a, p2_h2((int) sizeof s2, 86))) {
            if (fp1(((((((int) sizeof s2 + 83) % 10007) + a) % 10007) ?: (int) sizeof s2), p2_h2(p2_h2(a, 26), ((21 + (int) sizeof s2) % 10007)))) {
                printf("f1.2 %d\n", a);
                a &= p2_h1(a, fp1(21, (int) sizeof s2));
            }
            for (p2_int_t i4 = 0, *i4p = &i4; i4 < 2 && 1; *i4p += p2_one(i4)) {
                printf("f1.3 %d\n", p2_h1((a >= 74), (a / (a % 7 + 8))));
                printf("f1.4 %d %d %d\n", fp1(i4, 19), a, i4);
            }
        } else {
            if (((fp1(1, 2) ? 89 : fp1((- -17), (a & 73))) != 0) != 0) {
                { ac_dt_err = (((((17 != a) + 3) % 10007) & 7) + 1); goto fn_err; }
            }
            {
                a = (- (((fp1(1, 2) && (a < -6)) + (fp1(1, 2) ? 1 : 53)) % 10007));
            }
            if (0) {
                int e5 = 0;
                printf("f1.c5 %d\n", e5);
                printf("f1.5 %d\n", e5);
            }
        }
    }
    int gb2[64];
    int gn3 = p2_g1_fill((a ? 1 : 74), a, gb2);
    for (int gi4 = 0; gi4 < gn3; gi4++) {
        int v6 = gb2[gi4];
        printf("f1.g6 %d\n", v6);
    }
    return fp1(a, ((((int) sizeof s2 & 255) << (((a + a) % 10007) & 7)) % 10007));
fn_err:
    return 0;
}

int p2_main(void) {
    {
        int ht2 = p2_f1(21);
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
    printf("== seed 2\n");
    p2_main();
    return 0;
}
