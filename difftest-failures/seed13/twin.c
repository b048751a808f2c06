#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 13 */
struct p13_In { int x; int y; };
struct p13_S { int a; long b; char c; int arr[3]; struct p13_In in; };
union p13_U { int i; unsigned u; char bytes[4]; };
typedef int p13_int_t;
typedef struct p13_In p13_in_t;
typedef int (*p13_op_t)(int, int);
int p13_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p13_h2(int a, int b) { return (a - b * 5) % 10007; }
p13_op_t p13_ops[2] = { p13_h1, p13_h2 };
p13_in_t p13_gin = { 3, 4 };
p13_in_t *p13_pick(p13_in_t *p) { return p; }
#define p13_QUIET _Pragma("GCC diagnostic push")
#define p13_QUIET_END _Pragma("GCC diagnostic pop")

int p13_one(int x) {
    return x - x + 1;
}

int p13_g1_fill(int n, int *ybuf);
int p13_f1(int a);
int p13_f2(int a);
int p13_f3(int d, int a);
int p13_f4(int a);
void p13_f5(int a);

int p13_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    char c1 = (char) ((p13_h1((((93 + n) % 10007) ?: p13_h1(n, 52)), p13_h2(p13_h2(13, n), p13_f2(n))) & 63) + 32);
    n ^= (int) (c1) & 1023;
    struct p13_In pt2[] = { { n, (((c1 ^ 1000) - 1000) | p13_f2(87)) }, { p13_one((((27 + ((c1 ^ 1000) - 1000)) % 10007) ?: (7 == ((c1 ^ 1000) - 1000)))), p13_one(((c1 ^ 1000) - 1000)) }, { (((void) 0, (((c1 ^ 1000) - 1000) ^ -5)) | p13_f2(((void) 0, n))), p13_one(n) } };
    n ^= (int) ((int) (sizeof pt2 / sizeof pt2[0])) & 1023;
    return yn;
}

void p13_f5(int a) {
    printf("f5.in %d\n", a);
    if (((a ? p13_one(a) : 4) | p13_one(p13_one(-2)))) {
        a = (a & p13_h2(a, ((a * 96) % 10007)));
    } else {
        int m1[1][2] = { { 10, a } };
        printf("f5.d1 %d %d\n", (int) (sizeof m1 / sizeof m1[0]), m1[0][1]);
        int gb1[64];
        int gn2 = p13_g1_fill(a, gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v2 = gb1[gi3];
            printf("f5.g2 %d\n", v2);
            for (int i3 = (v2 & 1); i3 < 2 && 1; i3 += p13_one(i3)) {
                int m4[2][2] = { { p13_one(((p13_one(a) - p13_one(v2)) % 10007)), (- 41) }, { ((((void) 0, m1[0][0]) & 16383) >> (((((void) 0, v2) + (- a)) % 10007) & 7)), 96 } };
                printf("f5.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[1][1]);
            }
        }
    }
    printf("f5.1 %d\n", p13_h1((a ? a : 96), ((10 + -8) % 10007)));
    union p13_U un5 = { p13_h1(p13_h2(((a * a) % 10007), (a || a)), ((a || a) / (((void) 0, a) % 7 + 8))) };
    printf("f5.d5 %d\n", un5.i);
}

int p13_f4(int a) {
    printf("f4.in %d\n", a);
    printf("f4.1 %d %d\n", p13_one(a), ((void) 0, ((a + a) % 10007)));
    {
        if (a) {
            return ((void) 0, ((a % (a % 7 + 8)) == a));
        }
        unsigned u1 = (unsigned) (p13_h1(a, 49) != p13_one(a)) * 2654435761u;
        printf("f4.d1 %u\n", u1);
    }
    for (int i2 = 0; i2 < 3 && 1; i2 += p13_one(i2)) {
        if (a) {
            a = p13_one(a);
        } else {
            switch (((p13_h2(p13_one(a), p13_one(a)) ?: a) != 0) & 3) {
            case 0: {
                if ((i2 < -17)) {
                    return ((31 & (30 != a)) % (((void) 0, p13_one(a)) % 7 + 8));
                }
                printf("f4.2 %d %d\n", (p13_one(a) ? 1 : -17), a);
            }
                break;
            case 1: {
                printf("f4.3 %d %d\n", a, ((p13_h1(i2, 65) * (i2 == a)) % 10007));
                printf("f4.4 %d\n", ((a < 37) ? (92 < a) : p13_h1(i2, a)));
            }
                break;
            case 2: {
                union p13_U un3 = { .u = (unsigned) (a ?: ((void) 0, 94)) };
                printf("f4.d3 %u\n", un3.u);
            }
                break;
            default: {
                a = (p13_one(i2) | (78 & ((a & 16383) >> (a & 7))));
            }
                break;
            }
        }
    }
    printf("f4.5 %d %d %d\n", a, (- a), a);
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
    {
        a ^= p13_one(p13_one(p13_one(a)));
        struct p13_In pt4[] = { (+ ((void) 0, a)), a };
        printf("f4.d4 %d %d\n", (int) (sizeof pt4 / sizeof pt4[0]), pt4[0].y);
    }
    if (0) {
        int e5 = 0;
        printf("f4.c5 %d\n", e5);
        {
            printf("f4.6 %s %d\n", __func__, e5);
            int a6[] = { (p13_h1(76, a) ?: ((e5 ? a : -7) | e5)), a, p13_one(e5), p13_one(p13_one(p13_one(e5))) };
            printf("f4.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[3]);
            printf("f4.7 %d\n", a6[((p13_one(a6[1])) % 4 + 4) % 4]);
        }
        if (0) {
            int e7 = 0;
            printf("f4.c7 %d\n", e7);
        }
        {
            printf("f4.f7 %d\n", 72);
        }
    }
    if (((p13_one(a) ? p13_one(a) : p13_one(78)) < a)) {
        return 90;
    }
#endif
    if (a) {
        { ac_dt_err = (((p13_one(a) && (a < 81)) & 7) + 1); goto fn_err; }
    }
    return ((p13_one(a) == -12) ? ((p13_one(73) - a) % 10007) : (- (a && a)));
fn_err:
    return 0;
}

int p13_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    int t1 = p13_one(p13_one(p13_one(a)));
        a = a;
    int r2 = t1;
    printf("f3.t2 %d\n", r2);
    printf("f3.1 %d\n", a);
    if ((((((67 % (d % 7 + 8)) + p13_f3(d - 1, r2)) % 10007) - a) % 10007)) {
        int w3 = 0;
        while (w3 < 1 && 1) {
            w3++;
            printf("f3.2 %d %d %d\n", a, a, d);
        }
        int gb1[64];
        int gn2 = p13_g1_fill((a < w3), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v4 = gb1[gi3];
            printf("f3.g4 %d\n", v4);
            printf("f3.3 %s %d %d\n", __func__, a, a);
            int *p5 = &v4;
            printf("f3.d5 %d\n", *p5);
        }
    } else {
        for (p13_int_t i6 = 0; i6 < 1 && ((((((d * 70) % 10007) < a) & 255) << (r2 & 7)) % 10007); i6++) {
            for (int i7 = 0; i7 < 1 && 1; i7++) {
                unsigned u8 = (unsigned) r2 * 2654435761u;
                printf("f3.d8 %u\n", u8);
            }
            a |= ((((int) sizeof(p13_f3(1, d))) + 76) % 10007);
        }
        a &= a;
    }
    char s9[] = "fhhdf";
    printf("f3.d9 %d [%s]\n", (int) sizeof s9, s9);
#ifndef AC_DT_UNDEFINED
    {
        printf("f3.4 %d %d\n", (p13_one(r2) ? r2 : ((38 + 49) % 10007)), d);
    }
#else
    printf("never\n");
#endif
    return (a < (p13_f3(d - 1, (int) sizeof s9) ?: ((a & 16383) >> (a & 7))));
}

int p13_f2(int a) {
    a ^= a;
    return (((p13_h1(a, -2) != p13_one(72)) + a) % 10007);
}

int p13_f1(int a) {
    printf("f1.in %d\n", a);
    int ht1 = p13_f4(p13_one(-20));
    if (ac_dt_err) goto fn_err;
    printf("f1.1 %d %d %d\n", ht1, a, a);
    if (p13_f2(p13_h2((a < 37), p13_f2(a)))) {
        int w1 = 0;
        while (w1 < 1 && ((- a) != 0)) {
            w1++;
            for (int i2 = 0; i2 < 1 && 1; i2 += p13_one(i2)) {
                printf("f1.2 %d %d %d\n", ((void) 0, p13_h2(a, -3)), i2, i2);
                printf("f1.3 %d %d\n", i2, i2);
            }
            a &= (((a ? a : p13_h2(a, a)) != 0) || ((((a - a) % 10007) & 16383) >> ((a ?: -9) & 7)));
        }
        printf("f1.4 %d\n", ((void) 0, a));
    }
    {
        a = p13_h1(((((a * 37) % 10007) * (a || a)) % 10007), ((a + (a && (a < 94))) % 10007));
        for (p13_int_t i3 = 0, *i3p = &i3; i3 < 3 && ((((void) 0, a) * (((- a) != 0) ? ((19 + 81) % 10007) : (a == 32))) % 10007); (*i3p)++) {
            int m4[][2] = { ((p13_h1(24, a) | ((a < 69) ? a : a)) ?: i3), (p13_h2((a ?: a), (i3 && a)) ?: p13_h1((((24 & 255) << (a & 7)) % 10007), i3)), -10, (a && ((a ? p13_h1(31, a) : (i3 != 55)) != 0)), a, ((p13_h1(a, i3) % ((- a) % 7 + 8)) == i3) };
            printf("f1.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[2][1]);
            double dd5 = (p13_h1(a, p13_h2(i3, m4[0][0])) ?: m4[0][1]) * 0.25 + 0.5;
            printf("f1.d5 %.3f\n", dd5);
        }
    }
    if ((a & (((void) 0, a) ?: (a | a)))) {
        {
            printf("f1.5 %d %d\n", a, a);
            {
                a ^= a;
                int m6[][3] = { 94, p13_h1(((a >= 31) ? a : (42 / (a % 7 + 8))), (a == (((-8 + a) % 10007) ?: a))), a, a, a, (((- a) & p13_h1(a, a)) ^ -1) };
                printf("f1.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[1][2]);
                a ^= ((((p13_h1(m6[0][0], a) ?: (3 / (m6[0][1] % 7 + 8))) + m6[0][1]) % 10007) ?: a);
            }
            if (0) {
                int e7 = 0;
                printf("f1.c7 %d\n", e7);
            }
        }
        if (0) {
            int e8 = 0;
            printf("f1.c8 %d\n", e8);
            a |= ((a < 87) && a);
            int gb4[64];
            int gn5 = p13_g1_fill((((a * e8) % 10007) ? p13_h1(a, 26) : (91 < a)), gb4);
            for (int gi6 = 0; gi6 < gn5; gi6++) {
                int v9 = gb4[gi6];
                printf("f1.g9 %d\n", v9);
                a = ((a - ((e8 + (a && (a < -1))) % 10007)) % 10007);
            }
        }
    }
    p13_op_t *td10 = &p13_ops[1];
    printf("f1.d10 %d\n", (*td10)(5, 6));
    return ((*td10)(3, 4) ?: (- p13_h1(a, (*td10)(3, 4))));
fn_err:
    return 0;
}

int p13_main(void) {
    {
        int ht2 = p13_f1(9);
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
    p13_f5(12);
    return 0;
}


int main(void) {
    printf("== seed 13\n");
    p13_main();
    return 0;
}
