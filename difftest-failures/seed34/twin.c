#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 34 */
struct p34_In { int x; int y; };
struct p34_S { int a; long b; char c; int arr[3]; struct p34_In in; };
union p34_U { int i; unsigned u; char bytes[4]; };
typedef int p34_int_t;
typedef struct p34_In p34_in_t;
typedef int (*p34_op_t)(int, int);
int p34_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p34_h2(int a, int b) { return (a - b * 5) % 10007; }
p34_op_t p34_ops[2] = { p34_h1, p34_h2 };
p34_in_t p34_gin = { 3, 4 };
p34_in_t *p34_pick(p34_in_t *p) { return p; }
#define p34_QUIET _Pragma("GCC diagnostic push")
#define p34_QUIET_END _Pragma("GCC diagnostic pop")

int p34_one(int x) {
    return x - x + 1;
}

int p34_g1_fill(int n, int *ybuf);
int p34_g2_fill(int n, int b, int *ybuf);
int p34_f1(int a);
int p34_f2(int a);
int p34_f3(int a);
int p34_f4(int d, int a);
void p34_f5(int a, int b);

int p34_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    int v2 = ((((((70 + 99) % 10007) + n) % 10007) ?: p34_h2(n, n)) & (p34_h1(n, 5) < (n ? n : n)));
    n ^= (int) (v2) & 1023;
    int m3[2][2] = { { v2, (p34_h2(p34_h2(23, n), (v2 & 0)) && (v2 < 50)) }, { p34_h1(((v2 ?: n) < p34_h2(59, n)), v2), ((((((n < v2) & 16383) >> (((v2 - 25) % 10007) & 7)) & 255) << (v2 & 7)) % 10007) } };
    v2 ^= (int) ((int) (sizeof m3 / sizeof m3[0])) & 1023;
    for (int i4 = (p34_h2(m3[0][0], (- 30)) & 1); i4 < 1 && n; i4++) {
        if (((47 * p34_h2(((v2 - v2) % 10007), 13)) % 10007)) {
            m3[0][0] = 81;
            ybuf[yn++] = (((- m3[0][1]) != 0) && n);
        } else {
            int a5[] = { p34_h1((((29 >= m3[0][0]) + p34_h1(n, n)) % 10007), i4), (((v2 ^ p34_h1(v2, n)) + 88) % 10007), p34_h1(-1, (m3[0][1] && v2)), (((((m3[0][0] ?: v2) != 0) ? 34 : (((58 & 255) << (n & 7)) % 10007)) != 0) ? p34_h1((i4 ^ m3[1][0]), (i4 && v2)) : m3[1][0]), ((((46 ^ m3[0][0]) ? ((v2 < 86) && m3[0][1]) : ((m3[1][0] * m3[0][0]) % 10007)) + (((50 != v2) + ((n < 99) && n)) % 10007)) % 10007) };
            a5[0] ^= (int) ((int) (sizeof a5 / sizeof a5[0])) & 1023;
            for (int i6 = ((i4 < 48) & 1); i6 < 3 && p34_h2((a5[((a5[1]) % 5 + 5) % 5] % ((v2 ? -11 : a5[0]) % 7 + 8)), a5[1]); i6++) {
            }
        }
        n &= (((m3[1][0] ? i4 : (51 ^ m3[0][1])) != 0) && m3[1][0]);
    }
    return yn;
}

int p34_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = (((b ?: b) != 0) ? b : (n < -17));
    return yn;
}

void p34_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    {
        for (int i1 = 0; i1 < 2 && 1; i1 += p34_one(i1)) {
            if (p34_h1(19, (p34_one(i1) ? p34_one(a) : p34_one(a)))) {
                { ac_dt_err = (((p34_one(a) ?: ((i1 - a) % 10007)) & 7) + 1); goto finerr1; }
            }
            int gb2[64];
            int gn3 = p34_g1_fill(p34_h1(41, (((b & 255) << (a & 7)) % 10007)), gb2);
            for (int gi4 = 0; gi4 < gn3; gi4++) {
                int v2 = gb2[gi4];
                printf("f5.g2 %d\n", v2);
                struct p34_In *cl3 = &(struct p34_In){ (- p34_h1(p34_one(a), b)), a };
                printf("f5.d3 %d\n", cl3->y);
            }
        }
        printf("f5.1 %d\n", b);
        if (((a ? a : a) != 0) != 0) {
            if ((-10 < ((p34_h2(-4, b) + (b || (b < 66))) % 10007))) {
                b ^= (p34_one(p34_h2(-7, b)) ? ((b < ((-14 * 71) % 10007)) ? (b ^ a) : (((-10 + a) % 10007) ?: b)) : a);
            } else {
                int v5 = b;
                printf("f5.d5 %d\n", v5);
            }
        }
    }
    {
        printf("f5.f5 %d\n", b);
        int gb5[64];
        int gn6 = p34_g1_fill((p34_one(75) & -7), gb5);
        for (int gi7 = 0; gi7 < gn6; gi7++) {
            int v6 = gb5[gi7];
            printf("f5.g6 %d\n", v6);
            if (v6) {
                a |= 15;
                b ^= a;
            }
            a &= (p34_h2(38, b) ? p34_one(6) : (p34_h1(b, 46) < v6));
        }
        p34_QUIET
        if (p34_one(((p34_h2(14, b) * p34_h2(b, a)) % 10007))) {
            int v7 = 78;
            printf("f5.d7 %d\n", v7);
            a &= p34_one(p34_one(v7));
        }
        p34_QUIET_END
    }
    goto end1;
    finerr1: {
        int sv8 = ac_dt_err;
        ac_dt_err = 0;
        printf("f5.f5 %d\n", b);
        int gb9[64];
        int gn10 = p34_g1_fill((p34_one(75) & -7), gb9);
        for (int gi11 = 0; gi11 < gn10; gi11++) {
            int v6 = gb9[gi11];
            printf("f5.g6 %d\n", v6);
            if (v6) {
                a |= 15;
                b ^= a;
            }
            a &= (p34_h2(38, b) ? p34_one(6) : (p34_h1(b, 46) < v6));
        }
        p34_QUIET
        if (p34_one(((p34_h2(14, b) * p34_h2(b, a)) % 10007))) {
            int v7 = 78;
            printf("f5.d7 %d\n", v7);
            a &= p34_one(p34_one(v7));
        }
        p34_QUIET_END
        ac_dt_err = sv8;
        goto fn_err;
    }
    end1:;
    b |= (b == (((((b < 25) ? a : b) + b) % 10007) ?: (b & a)));
    if (b) {
        if (b) {
            {
                b = ((((a < 1) - ((void) 0, b)) % 10007) & p34_h2(p34_one(a), p34_one(a)));
                printf("f5.2 %d %d %d\n", (- (b ?: a)), (((b >= 80) + ((b + b) % 10007)) % 10007), a);
                printf("f5.3 %d %d\n", a, p34_h1(p34_h1(b, a), 75));
            }
            printf("f5.4 %d %d %d\n", b, (((a ?: 89) != 0) || (b & b)), a);
            int gb12[64];
            int gn13 = p34_g1_fill(((void) 0, p34_h1(b, b)), gb12);
            for (int gi14 = 0; gi14 < gn13; gi14++) {
                int v9 = gb12[gi14];
                printf("f5.g9 %d\n", v9);
                int *p10 = &v9;
                printf("f5.d10 %d\n", *p10);
                long l11 = (long) b * 100000L;
                printf("f5.d11 %ld\n", l11);
            }
        }
        printf("f5.5 %d\n", b);
    }
    b &= 78;
fn_err:
    return;
}

int p34_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    a = p34_f4(d - 1, (- p34_h1(-16, a)));
    return (p34_f4(d - 1, (- d)) < p34_one(-8));
}

int p34_f3(int a) {
    printf("f3.in %d\n", a);
    char s1[] = {"a"};
    printf("f3.d1 %d [%s]\n", (int) sizeof s1, s1);
    if (a) {
        {
#ifndef AC_DT_UNDEFINED
            printf("f3.1 %d\n", (int) sizeof s1);
#else
            printf("never\n");
#endif
            printf("f3.2 %d %d\n", a, p34_f4(2, a));
        }
        {
            printf("f3.f1 %d\n", a);
            int gb2[64];
            int gn3 = p34_g2_fill(a, p34_one(a), gb2);
            for (int gi4 = 0; gi4 < gn3; gi4++) {
                int v2 = gb2[gi4];
                printf("f3.g2 %d\n", v2);
                char s3[] = {"gggfa"};
                printf("f3.d3 %d [%s]\n", (int) sizeof s3, s3);
                printf("f3.3 %d\n", p34_one(47));
            }
        }
        if (p34_one(a)) {
            a ^= a;
            double dd4 = ((a < (int) sizeof s1) ? (int) sizeof s1 : p34_h2(((a < 65) && (((a < 32) + a) % 10007)), (((16 + a) % 10007) ?: a))) * 0.25 + 0.5;
            printf("f3.d4 %.3f\n", dd4);
        }
    }
    printf("f3.4 %d\n", ((p34_one(18) + ((33 + (int) sizeof s1) % 10007)) % 10007));
    printf("f3.5 %d %d\n", a, p34_one(a));
    if (p34_one(p34_one(p34_one(11)))) {
        switch (p34_one(((((29 + -11) % 10007) + -2) % 10007)) & 3) {
        case 0: {
            for (int i5 = ((a < (int) sizeof s1) & 1); i5 < 2 && 1; i5++) {
                int m6[][2] = { (p34_one(a) != p34_one(i5)), ((void) 0, ((void) 0, p34_h1(46, 23))), p34_one(p34_one(((void) 0, a))), p34_h1((i5 < ((a < (int) sizeof s1) ? -11 : a)), (- ((void) 0, (int) sizeof s1))), ((((((a ? a : 66) + i5) % 10007) ?: ((83 * 78) % 10007)) & 16383) >> (95 & 7)), (((void) 0, ((a < 63) ? a : i5)) < (i5 ? (i5 ^ 29) : 75)) };
                printf("f3.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[2][1]);
            }
            {
                a = a;
            }
        }
            break;
        default: {
        }
            break;
        }
        for (p34_int_t i7 = 0; i7 < 3 && 1; i7++) {
            a = p34_h1(((a < 31) ? p34_h2(a, (int) sizeof s1) : a), a);
            a ^= a;
        }
    } else {
        int gb5[64];
        int gn6 = p34_g1_fill(p34_h2(p34_h2(94, a), (38 == a)), gb5);
        for (int gi7 = 0; gi7 < gn6; gi7++) {
            int v8 = gb5[gi7];
            printf("f3.g8 %d\n", v8);
            if ((p34_h2(p34_h2(v8, a), (a < -1)) || a)) {
                printf("f3.6 %d %d %d\n", (((int) sizeof s1 ^ a) && ((a < 72) && v8)), (int) sizeof s1, (p34_h2((int) sizeof s1, v8) == ((v8 < 83) ? v8 : v8)));
                printf("f3.7 %d\n", v8);
            }
        }
    }
    return p34_h2(p34_h1((((14 & 255) << ((int) sizeof s1 & 7)) % 10007), (int) sizeof s1), (((a ? a : a) != 0) ? (a % (a % 7 + 8)) : p34_h1(36, (int) sizeof s1)));
}

int p34_f2(int a) {
    {
        p34_QUIET
        a = p34_one(((int) sizeof(p34_f4(1, a))));
        p34_QUIET_END
        a |= p34_one(p34_one(p34_one(a)));
        a = ((a < 71) || (((((((a & 255) << (a & 7)) % 10007) ? p34_h2(a, a) : ((a + -14) % 10007)) != 0) + a) % 10007));
    }
    int a2[] = { p34_h2(((int) sizeof(p34_f4(1, 5))), (p34_one(57) < a)), ((a < ((void) 0, 26)) || (57 % (p34_h1(a, a) % 7 + 8))) };
    a2[0] ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
    return ((((void) 0, ((a < 65) ? a : 80)) + a) % 10007);
}

int p34_f1(int a) {
    printf("f1.in %d\n", a);
    printf("f1.1 %d\n", (- ((a < 71) || a)));
    if (a) {
        switch (p34_f4(2, -7) & 3) {
        case 3: {
            printf("f1.2 %d %d\n", a, a);
        }
            break;
        case 0: {
            printf("f1.3 %d %d\n", p34_h1(p34_f4(1, a), 97), ((94 * p34_f2(24)) % 10007));
            int m1[][3] = { { p34_one(p34_one(29)), p34_h1((p34_h1(a, a) / ((a ? 3 : a) % 7 + 8)), ((((void) 0, 24) + 89) % 10007)), 20 }, { ((a - p34_h2(p34_h2(a, a), (a == -16))) % 10007), (p34_h1((a ?: a), ((-8 * a) % 10007)) | (((a || (a < 52)) + p34_h1(a, a)) % 10007)), ((void) 0, (((50 - a) % 10007) ?: p34_h2(a, 42))) } };
            printf("f1.d1 %d %d\n", (int) (sizeof m1 / sizeof m1[0]), m1[1][2]);
        }
            break;
        }
    }
    int m2[][2] = { (a / ((((a == 26) & 16383) >> ((- a) & 7)) % 7 + 8)), -7 };
    printf("f1.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[0][1]);
    int a3[] = { (m2[0][0] ? p34_h1(p34_h2(69, a), a) : (p34_h2(a, m2[0][1]) & 26)), ((((m2[0][0] < 95) ? m2[0][0] : 46) < ((a < 40) ? m2[0][0] : a)) && (((((void) 0, m2[0][0]) < (16 ^ m2[0][1])) + m2[0][0]) % 10007)), (((void) 0, (m2[0][1] % (a % 7 + 8))) >= ((void) 0, ((40 * m2[0][1]) % 10007))), (((m2[0][0] || ((m2[0][1] + a) % 10007)) + (a ? (- a) : (16 < a))) % 10007), (((83 + m2[0][0]) % 10007) ?: (m2[0][0] % (13 % 7 + 8))) };
    printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[4]);
    a3[0] |= a3[1];
    {
#ifdef AC_DT_UNDEFINED
        printf("never\n");
#else
#endif
        if (p34_h1(((void) 0, -6), p34_h2((m2[0][0] & m2[0][0]), ((m2[0][0] < 97) && a)))) {
            { ac_dt_err = ((37 & 7) + 1); goto fn_err; }
        }
        printf("f1.4 %d\n", a);
    }
    return ((((m2[0][0] && a3[((a3[0]) % 5 + 5) % 5]) & 255) << (a3[(((72 ^ a)) % 5 + 5) % 5] & 7)) % 10007);
fn_err:
    return 0;
}

int p34_main(void) {
    {
        int ht2 = p34_f1(7);
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
    printf("main.f3 %d\n", p34_f3(19));
    {
        p34_f5(39, 4);
        if (ac_dt_err) goto catch3;
    }
    goto ok3;
    catch3: {
        int e2 = ac_dt_err;
        ac_dt_err = 0;
        printf("main.caught %d\n", e2);
        goto ok3;
    }
    ok3:;
    return 0;
}


int main(void) {
    printf("== seed 34\n");
    p34_main();
    return 0;
}
