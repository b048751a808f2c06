#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 38 */
struct p38_In { int x; int y; };
struct p38_S { int a; long b; char c; int arr[3]; struct p38_In in; };
union p38_U { int i; unsigned u; char bytes[4]; };
typedef int p38_int_t;
typedef struct p38_In p38_in_t;
typedef int (*p38_op_t)(int, int);
int p38_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p38_h2(int a, int b) { return (a - b * 5) % 10007; }
p38_op_t p38_ops[2] = { p38_h1, p38_h2 };
p38_in_t p38_gin = { 3, 4 };
p38_in_t *p38_pick(p38_in_t *p) { return p; }
#define p38_QUIET _Pragma("GCC diagnostic push")
#define p38_QUIET_END _Pragma("GCC diagnostic pop")

int p38_one(int x) {
    return x - x + 1;
}

int p38_g1_fill(int n, int *ybuf);
int p38_f1(int a);
int p38_f2(int a);
int p38_f3(int d, int a);
int p38_f4(int a, int b);
void p38_f5(int a, int b);
int p38_f6(int a, int b);

int p38_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    for (int i1 = 0; i1 < 3 && p38_h1((n ^ p38_h1(n, -9)), n); i1++) {
        n = n;
        for (p38_int_t i2 = 0; i2 < 1 && 1; i2++) {
            struct p38_S st3 = { i2, ((47 + 0) % 10007), 'k', { p38_h2(p38_h1(n, ((i2 & 16383) >> (n & 7))), n), ((p38_h1(((i1 * i2) % 10007), (i2 ? n : n)) - (((i1 * i1) % 10007) == ((n + i1) % 10007))) % 10007), i2 }, { 54, (-13 != p38_h2(n, n)) } };
            st3.in.x ^= (int) (st3.a) & 1023;
        }
    }
    ybuf[yn++] = 60;
    return yn;
}

int p38_f6(int a, int b) {
    b |= 90;
#ifndef AC_DT_UNDEFINED
    {
        int a2[] = { (b ?: p38_h1(((void) 0, 67), (- a))), 62, (b ? p38_one((a ^ a)) : ((b & a) != ((a & 16383) >> (a & 7)))), (((b * p38_one(15)) % 10007) >= (23 / (21 % 7 + 8))) };
        a ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
    }
    int (*fp3)(int, int) = p38_h1;
    a ^= (int) (fp3(7, 8)) & 1023;
#else
    printf("never\n");
#endif
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
#endif
    struct p38_In *cl4 = &(struct p38_In){ (p38_one((b ? b : b)) ? a : (b & (9 >= a))), (((32 & 255) << (((void) 0, b) & 7)) % 10007) };
    a ^= (int) (cl4->y) & 1023;
    return (((86 ^ b) + a) % 10007);
}

void p38_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    if (p38_h2(b, b)) {
        int m1[1][3] = { { b, p38_f6((- p38_one(-3)), a), a } };
        printf("f5.d1 %d %d\n", (int) (sizeof m1 / sizeof m1[0]), m1[0][2]);
        int t2 = p38_f6((((m1[0][1] + 38) % 10007) || p38_one(b)), p38_h1((b ? 52 : m1[0][0]), p38_one(m1[0][0])));
            static int sl4 = 6;
            sl4 = (sl4 * 3 + m1[0][1]) % 10007;
            printf("f5.d4 %d\n", sl4);
        int r3 = t2;
        printf("f5.t4 %d\n", r3);
        int gb1[64];
        int gn2 = p38_g1_fill(p38_f6(r3, (r3 ?: 78)), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v5 = gb1[gi3];
            printf("f5.g5 %d\n", v5);
        }
    } else {
        _Pragma("GCC diagnostic push")
        for (p38_int_t i6 = 0; i6 < 3 && b; i6++) {
            int v8 = p38_f6((((void) 0, a) ? p38_h1(79, i6) : p38_one(-16)), (- ((-15 * 9) % 10007)));
            printf("f5.d8 %d\n", v8);
            if ((p38_one(p38_one(39)) && p38_one(((void) 0, a)))) {
                return;
            }
        }
        for (int i9 = ((p38_h1((-19 & b), ((a < 76) ? 1 : 80)) >= ((b * ((void) 0, 19)) % 10007)) & 1); i9 < 3 && 1; i9++) {
            printf("f5.1 %d %d\n", b, i9);
            if (b) {
                { ac_dt_err = ((((((b < -3) ? i9 : -8) - i9) % 10007) & 7) + 1); goto fn_err; }
            }
        }
        _Pragma("GCC diagnostic pop")
    }
    b ^= (((a / (b % 7 + 8)) ? (((29 + a) % 10007) ?: b) : b) / (((void) 0, p38_h2(59, 82)) % 7 + 8));
    int gb4[64];
    int gn5 = p38_g1_fill(b, gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v10 = gb4[gi6];
        printf("f5.g10 %d\n", v10);
        {
            int w11 = 0;
            do {
                w11++;
                printf("f5.2 %d\n", (54 ^ ((b < -16) ? a : a)));
                printf("f5.3 %d %d\n", p38_h1(((v10 & 16383) >> (91 & 7)), ((91 & 16383) >> (6 & 7))), b);
                if ((((((a && (b < 50)) + b) % 10007) ?: -11) ^ (94 ^ b))) {
                    { ac_dt_err = ((b & 7) + 1); goto fn_err; }
                }
            } while (w11 < 2 && p38_h1(((((void) 0, 59) + (50 == b)) % 10007), ((68 + (b ? v10 : 49)) % 10007)));
            a &= (((- 1) - (((w11 & 74) - ((void) 0, v10)) % 10007)) % 10007);
            long l12 = (long) v10 * 100000L;
            printf("f5.d12 %ld\n", l12);
        }
    }
fn_err:
    return;
}

int p38_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    for (p38_int_t i1 = 0; i1 < 1 && 1; i1 += p38_one(i1)) {
        printf("f4.1 %d %d %d\n", b, i1, b);
        _Pragma("GCC diagnostic push")
        unsigned u2 = (unsigned) (p38_f6(i1, p38_h2(a, 59)) ?: p38_f6(p38_f6(b, 87), (a ?: i1))) * 2654435761u;
        printf("f4.d2 %u\n", u2);
        int v4 = p38_h1((- ((b < 65) ? b : (int) (u2 % 1000u))), p38_f6(p38_f6(i1, 96), (a % ((int) (u2 % 1000u) % 7 + 8))));
        printf("f4.d4 %d\n", v4);
        _Pragma("GCC diagnostic pop")
    }
#ifndef AC_DT_UNDEFINED
    printf("f4.2 %d\n", (p38_f6(a, a) ?: p38_f6(b, b)));
#else
    printf("never\n");
#endif
    double dd5 = ((p38_f6(a, p38_f6(a, b)) - ((a != 23) | (b ?: 91))) % 10007) * 0.25 + 0.5;
    printf("f4.d5 %.3f\n", dd5);
    a |= a;
    int m6[1][2] = { { p38_one(b), ((void) 0, a) } };
    printf("f4.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[0][1]);
    return p38_one(((((- a) + b) % 10007) ?: (a && (b < 66))));
}

int p38_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    {
        a |= p38_f6(27, p38_f3(d - 1, 55));
        if (((void) 0, (15 % ((a ? a : 91) % 7 + 8)))) {
            return d;
        }
        a = p38_f6((a ^ 5), p38_h1(a, d));
    }
    struct p38_In *cl1 = &(struct p38_In){ ((p38_f6(((void) 0, a), d) & 16383) >> (p38_f3(d - 1, p38_h1(a, 48)) & 7)), p38_f6(p38_f6(d, 45), a) };
    printf("f3.d1 %d\n", cl1->y);
    {
        if (((90 + a) % 10007)) {
            {
                int rv2 = a;
                {
                    printf("f3.f4 %d\n", 83);
                    printf("f3.1 %s %d %d %d\n", __func__, p38_h2(((a & 16383) >> (a & 7)), (((94 & 255) << (cl1->y & 7)) % 10007)), d, 60);
                }
                return rv2;
            }
        }
        int t2 = p38_one(((p38_h2(82, a) & 16383) >> (cl1->x & 7)));
        int r3 = t2;
        printf("f3.t3 %d\n", r3);
    }
    if (0) {
        int e4 = 0;
        printf("f3.c4 %d\n", e4);
        a = ((((p38_f6(cl1->y, cl1->x) & 255) << (p38_f6(cl1->y, a) & 7)) % 10007) ? p38_f6(p38_f6(e4, d), 34) : (d % ((((92 & 255) << (cl1->y & 7)) % 10007) % 7 + 8)));
    }
    {
        printf("f3.f4 %d\n", 83);
        printf("f3.1 %s %d %d %d\n", __func__, p38_h2(((a & 16383) >> (a & 7)), (((94 & 255) << (cl1->y & 7)) % 10007)), d, 60);
    }
    return p38_h1(cl1->x, p38_one((cl1->x ?: a)));
}

int p38_f2(int a) {
#ifndef AC_DT_UNDEFINED
    a = (p38_f6(((a < 47) && a), (((a & 255) << (a & 7)) % 10007)) ? p38_f6(50, a) : 37);
    a &= a;
#else
    printf("never\n");
#endif
    unsigned u1 = (unsigned) p38_one(p38_f6(((33 * 68) % 10007), ((a - 15) % 10007))) * 2654435761u;
    a ^= (int) (u1) & 1023;
    int w2 = 0;
    while (w2 < 2 && 1) {
        w2++;
    }
    {
        const int k3 = ((((((((83 + a) % 10007) ?: a) != 0) ? w2 : p38_f6((int) (u1 % 1000u), 29)) + a) % 10007) ?: (((- w2) != 0) ? ((-2 + 35) % 10007) : p38_f6((int) (u1 % 1000u), 22)));
        a ^= (int) (k3) & 1023;
    }
    a = (- (((p38_f6(a, (int) (u1 % 1000u)) & 255) << ((a % (39 % 7 + 8)) & 7)) % 10007));
    return ((a + a) % 10007);
}

int p38_f1(int a) {
    printf("f1.in %d\n", a);
    p38_f4(a, a);
    a |= ((((a < ((58 & 16383) >> (84 & 7))) ? (a & a) : p38_h2(a, 81)) != 0) ? 63 : a);
    int gb1[64];
    int gn2 = p38_g1_fill(a, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f1.g1 %d\n", v1);
        printf("f1.1 %d %d\n", a, a);
    }
    int v2 = 56;
    printf("f1.d2 %d\n", v2);
    a = ((((13 * a) % 10007) & (9 == v2)) || v2);
    if (((- v2) != 0) != 0) {
        {
            printf("f1.2 %d %d %d\n", ((((- v2) + a) % 10007) ?: v2), v2, v2);
            int w3 = 0;
            do {
                w3++;
                v2 = ((v2 < 92) ? a : ((((v2 * 94) % 10007) + (- v2)) % 10007));
                printf("f1.3 %d %d %d\n", a, v2, ((void) 0, ((-16 + 82) % 10007)));
                int v4 = ((a + 69) % 10007);
                printf("f1.d4 %d\n", v4);
            } while (w3 < 3 && (((p38_h1(v2, a) == (((18 + a) % 10007) ?: 8)) ? (((((a & 255) << (a & 7)) % 10007) + ((v2 < 23) || v2)) % 10007) : p38_h2(a, v2)) != 0));
            printf("f1.4 %d\n", v2);
        }
        if (0) {
            int e5 = 0;
            printf("f1.c5 %d\n", e5);
            switch (((((e5 || v2) ? p38_h1(v2, a) : 51) & 16383) >> ((p38_h2(68, v2) ^ ((void) 0, a)) & 7)) & 3) {
            case 0: {
                char s6[] = "aebgf";
                printf("f1.d6 %d [%s]\n", (int) sizeof s6, s6);
            }
                break;
            default: {
                printf("f1.5 %d %d %d\n", v2, v2, (((a & 16383) >> (2 & 7)) ^ (78 >= a)));
            }
                break;
            }
        }
        {
            printf("f1.f6 %d\n", 68);
            int gb5[64];
            int gn6 = p38_g1_fill(((p38_h2(a, 56) & 16383) >> (((13 + 71) % 10007) & 7)), gb5);
            for (int gi7 = 0; gi7 < gn6; gi7++) {
                int v7 = gb5[gi7];
                printf("f1.g7 %d\n", v7);
                p38_int_t ta9[2] = { (- p38_h2((- -13), (96 % (3 % 7 + 8)))), v7 };
                p38_int_t (*td8)[2] = &ta9;
                printf("f1.d9 %d\n", (*td8)[1]);
            }
            printf("f1.6 %d\n", 54);
        }
        printf("f1.7 %d %d\n", v2, (((p38_h1(13, a) & 255) << (50 & 7)) % 10007));
        int a10[2] = { 9, ((a + 47) % 10007) };
        printf("f1.d10 %d %d\n", (int) (sizeof a10 / sizeof a10[0]), a10[1]);
    } else {
        struct p38_In pt11[] = { ((a / ((- a) % 7 + 8)) / (a % 7 + 8)), (81 == p38_h2((- a), 83)), (+ ((void) 0, (- (v2 ? 56 : v2)))), (+ 21) };
        printf("f1.d11 %d %d\n", (int) (sizeof pt11 / sizeof pt11[0]), pt11[1].y);
        printf("f1.8 %d %d\n", pt11[0].y, v2);
    }
    switch (((void) 0, ((70 - a) % 10007)) & 3) {
    case 0: {
        {
            int v2 = (a == 24);
            if ((((v2 < (v2 | a)) & 16383) >> (p38_h1(56, p38_h1(74, v2)) & 7))) {
                {
                    goto L12;
                }
            }
            {
                struct p38_In pt13[] = { (+ ((void) 0, v2)), v2, (- -19), (- ((((v2 && (a < 55)) + v2) % 10007) ?: ((void) 0, a))) };
                printf("f1.d13 %d %d\n", (int) (sizeof pt13 / sizeof pt13[0]), pt13[1].y);
                if (a) {
                    {
                        {
                            printf("f1.f14 %d\n", v2);
                        }
                        break;
                    }
                }
            }
            if (0) {
                int e14 = 0;
                printf("f1.c14 %d\n", e14);
            }
            {
                printf("f1.f14 %d\n", v2);
            }
            printf("f1.d14 %d\n", v2);
        L12:;
        }
    }
        break;
    default: {
        printf("f1.9 %d\n", p38_h1(-8, (v2 < 61)));
    }
        break;
    }
    return 67;
}

int p38_main(void) {
    printf("main.f1 %d\n", p38_f1(18));
    printf("main.f2 %d\n", p38_f2(31));
    {
        p38_f5(31, 29);
        if (ac_dt_err) goto catch1;
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
    printf("== seed 38\n");
    p38_main();
    return 0;
}
