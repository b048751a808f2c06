#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 57 */
struct p57_In { int x; int y; };
struct p57_S { int a; long b; char c; int arr[3]; struct p57_In in; };
union p57_U { int i; unsigned u; char bytes[4]; };
typedef int p57_int_t;
typedef struct p57_In p57_in_t;
typedef int (*p57_op_t)(int, int);
int p57_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p57_h2(int a, int b) { return (a - b * 5) % 10007; }
p57_op_t p57_ops[2] = { p57_h1, p57_h2 };
p57_in_t p57_gin = { 3, 4 };
p57_in_t *p57_pick(p57_in_t *p) { return p; }
#define p57_QUIET _Pragma("GCC diagnostic push")
#define p57_QUIET_END _Pragma("GCC diagnostic pop")

int p57_one(int x) {
    return x - x + 1;
}

int p57_g1_fill(int n, int b, int *ybuf);
int p57_g2_fill(int n, int b, int *ybuf);
int p57_f1(int a);
int p57_f2(int a);
int p57_f3(int d, int a);

int p57_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    double dd1 = p57_h2(((n ? n : 45) == p57_h2(n, 30)), (n ? n : p57_h1(24, b))) * 0.25 + 0.5;
    n ^= (int) (dd1) & 1023;
    ybuf[yn++] = b;
    int y2 = 0;
    n ^= (int) (y2) & 1023;
    struct p57_S st3 = { .in.y = ((((int) dd1 & -15) - ((37 - ((b - (int) dd1) % 10007)) % 10007)) % 10007), .a = (((((y2 * -5) % 10007) - 75) % 10007) && (((y2 && y2) ? p57_h1(b, (int) dd1) : 73) != 0)), .arr[2] = p57_h2((((y2 || n) + ((int) dd1 == 12)) % 10007), (y2 || (b < ((82 + 66) % 10007)))), .c = 'q' };
    st3.in.x ^= (int) (st3.a) & 1023;
    return yn;
}

int p57_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
#if 1
    if (n) {
        int m1[][2] = { p57_h2(2, ((n < 1) && b)), ((p57_h2(b, n) & n) ? ((b / (n % 7 + 8)) == n) : ((b ? b : b) == b)) };
        m1[0][0] ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    } else {
        for (int i2 = (b & 1); i2 < 3 && n; i2++) {
            b = (((p57_h2(b, i2) ? (((52 & 255) << (61 & 7)) % 10007) : p57_h1(83, i2)) + (((n * 26) % 10007) >= (-8 / (n % 7 + 8)))) % 10007);
            n ^= (((p57_h2(b, b) + i2) % 10007) ?: ((((69 + 19) % 10007) * n) % 10007));
        }
    }
    int a3[] = { ((- -8) == p57_h2((- n), b)), p57_h1((((b ? b : n) * p57_h1(-5, 47)) % 10007), (- b)), (((n ? ((13 + b) % 10007) : p57_h2(b, n)) != 0) ? (- b) : b), (n / ((((n | n) + (b || n)) % 10007) % 7 + 8)), b };
    n ^= (int) ((int) (sizeof a3 / sizeof a3[0])) & 1023;
#else
    printf("never\n");
#endif
    ybuf[yn++] = n;
    int y4 = 0;
    b ^= (int) (y4) & 1023;
    return yn;
}

int p57_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    {
        for (p57_int_t i1 = (((- (p57_one(d) & 21)) != 0) & 1); i1 < 1 && p57_one(a); i1 += p57_one(i1)) {
            a |= d;
            int gb2[64];
            int gn3 = p57_g2_fill(p57_one(((int) sizeof(p57_f3(1, 85)))), 87, gb2);
            for (int gi4 = 0; gi4 < gn3; gi4++) {
                int v2 = gb2[gi4];
                printf("f3.g2 %d\n", v2);
                printf("f3.1 %d %d\n", p57_one(p57_one(a)), a);
            }
            for (int i3 = 0; i3 < 1 && (d == p57_one(((i1 < 95) ? a : 99))); i3++) {
                printf("f3.2 %d\n", ((97 * ((i1 + d) % 10007)) % 10007));
            }
        }
        {
            for (int i5 = 0; i5 < 3 && a; i5 += p57_one(i5)) {
                a ^= p57_one(-15);
            }
        }
        int t6 = p57_one(((void) 0, p57_one(a)));
            if ((a < 39)) {
                printf("f3.3 %s %d\n", __func__, p57_f3(d - 1, (d >= a)));
            } else {
                union p57_U un8 = { .u = (unsigned) (p57_h1(a, p57_f3(d - 1, a)) | a) };
                printf("f3.d8 %u\n", un8.u);
            }
        int r7 = t6;
        printf("f3.t8 %d\n", r7);
    }
    if (0) {
        int e9 = 0;
        printf("f3.c9 %d\n", e9);
        int gb5[64];
        int gn6 = p57_g1_fill(((p57_one(d) * (85 != a)) % 10007), (a ?: ((d & 16383) >> (a & 7))), gb5);
        for (int gi7 = 0; gi7 < gn6; gi7++) {
            int v10 = gb5[gi7];
            printf("f3.g10 %d\n", v10);
            int (*fp11)(int, int) = p57_h1;
            printf("f3.d11 %d\n", fp11(7, 8));
            int gb8[64];
            int gn9 = p57_g2_fill((((a & 16383) >> (91 & 7)) ? v10 : 94), a, gb8);
            for (int gi10 = 0; gi10 < gn9; gi10++) {
                int v12 = gb8[gi10];
                printf("f3.g12 %d\n", v12);
                a = a;
            }
        }
    }
    int gb11[64];
    int gn12 = p57_g2_fill((67 != a), a, gb11);
    for (int gi13 = 0; gi13 < gn12; gi13++) {
        int v13 = gb11[gi13];
        printf("f3.g13 %d\n", v13);
        {
            switch (p57_h1((- -7), p57_one(a)) & 3) {
            case 3: {
                a = (((69 + a) % 10007) ?: ((void) 0, (d || a)));
                printf("f3.4 %d %d %d\n", a, d, a);
            }
                /* fallthrough */
            case 2: {
                char c14 = (char) ((p57_h2(((a && a) % ((50 & 18) % 7 + 8)), a) & 63) + 32);
                printf("f3.d14 %d\n", c14);
                a = p57_h2(((c14 ^ 1000) - 1000), v13);
            }
                break;
            case 0: {
                int a15[4] = { (d >= v13), ((void) 0, (p57_h2(v13, -1) ?: (a / (v13 % 7 + 8)))), -19, p57_h1(p57_h2((a & 78), p57_h1(a, v13)), p57_h1(p57_h1(a, 27), ((v13 * 83) % 10007))) };
                printf("f3.d15 %d %d\n", (int) (sizeof a15 / sizeof a15[0]), a15[3]);
            }
                /* fallthrough */
            default: {
                if (p57_h1(((v13 < ((35 & 16383) >> (98 & 7))) ? ((void) 0, a) : (v13 == 98)), (- ((a < 24) ? a : d)))) {
                    {
                        break;
                    }
                }
                struct p57_In *cl16 = &(struct p57_In){ v13, -16 };
                printf("f3.d16 %d\n", cl16->y);
            }
                break;
            }
        }
        {
            printf("f3.f16 %d\n", v13);
            if (((((((81 & 16383) >> (a & 7)) / ((a | v13) % 7 + 8)) & 255) << (p57_h1(92, p57_h2(14, a)) & 7)) % 10007)) {
                const int k17 = (p57_h2((v13 ^ 84), p57_h1(a, -19)) | v13);
                printf("f3.d17 %d\n", k17);
                int m18[][3] = { { (((void) 0, ((a < 59) || (((a < 41) + d) % 10007))) ? (62 / (-12 % 7 + 8)) : (((((k17 & 255) << (v13 & 7)) % 10007) + ((void) 0, -9)) % 10007)), (a < d), p57_h2(k17, ((62 ^ k17) != (a & k17))) }, { ((((d ?: k17) & 255) << (84 & 7)) % 10007), (- 97), a } };
                printf("f3.d18 %d %d\n", (int) (sizeof m18 / sizeof m18[0]), m18[1][2]);
                int m19[][2] = { { m18[0][1], m18[0][0] }, { (((((v13 < -8) && m18[1][0]) + (v13 & a)) % 10007) ^ 74), m18[0][0] }, { m18[1][0], m18[1][0] } };
                printf("f3.d19 %d %d\n", (int) (sizeof m19 / sizeof m19[0]), m19[2][1]);
            } else {
                int (*fp20)(int, int) = p57_h2;
                printf("f3.d20 %d\n", fp20(7, 8));
                printf("f3.5 %d %d %d\n", v13, d, a);
            }
            a &= (((a < ((void) 0, -6)) && p57_h1(a, 35)) ? ((a / (d % 7 + 8)) ?: 93) : (a >= (d % (d % 7 + 8))));
        }
    }
    printf("f3.6 %d %d\n", a, a);
    return (- (- a));
}

int p57_f2(int a) {
    for (int i1 = (a & 1); i1 < 1 && a; i1++) {
        a |= (((68 + a) % 10007) ?: ((void) 0, (1 / (63 % 7 + 8))));
    }
    a = (a ?: p57_one((a ?: a)));
    a ^= a;
    return ((p57_h2(p57_one(a), (a ? a : a)) + a) % 10007);
}

int p57_f1(int a) {
    printf("f1.in %d\n", a);
    int a1[3] = { p57_f2(((void) 0, a)), p57_f2(((a && (a < -19)) ^ (a ? a : 55))), ((p57_f2(a) ? ((a - 82) % 10007) : (a < 0)) % (((void) 0, (a ? a : a)) % 7 + 8)) };
    printf("f1.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[2]);
    if (a1[0]) {
        int gb1[64];
        int gn2 = p57_g2_fill(25, ((a | a) >= a1[0]), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v2 = gb1[gi3];
            printf("f1.g2 %d\n", v2);
            if ((v2 < 10)) {
                { ac_dt_err = ((p57_h2(v2, (- -11)) & 7) + 1); goto fn_err; }
            }
            a = a;
        }
        int gb4[64];
        int gn5 = p57_g2_fill(a1[1], 37, gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v3 = gb4[gi6];
            printf("f1.g3 %d\n", v3);
        }
        if (a1[((a) % 3 + 3) % 3]) {
            return (a ? p57_f2((a1[1] ? a1[1] : a1[1])) : -16);
        }
    }
    int a4[2] = { ((((void) 0, a) * p57_f2((a || a1[0]))) % 10007), (p57_f2(a) ?: p57_f2((a1[0] ^ 50))) };
    printf("f1.d4 %d %d\n", (int) (sizeof a4 / sizeof a4[0]), a4[1]);
    printf("f1.1 %d %d %d\n", a1[0], ((p57_f2(a4[1]) - (a4[1] ? a4[1] : a4[1])) % 10007), a4[1]);
    return (p57_h1(p57_f2(62), a4[1]) / (p57_one(p57_f2(a4[1])) % 7 + 8));
fn_err:
    return 0;
}

int p57_main(void) {
    {
        int ht2 = p57_f1(27);
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
    printf("== seed 57\n");
    p57_main();
    return 0;
}
