#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 30 */
struct p30_In { int x; int y; };
struct p30_S { int a; long b; char c; int arr[3]; struct p30_In in; };
union p30_U { int i; unsigned u; char bytes[4]; };
typedef int p30_int_t;
typedef struct p30_In p30_in_t;
typedef int (*p30_op_t)(int, int);
int p30_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p30_h2(int a, int b) { return (a - b * 5) % 10007; }
p30_op_t p30_ops[2] = { p30_h1, p30_h2 };
p30_in_t p30_gin = { 3, 4 };
p30_in_t *p30_pick(p30_in_t *p) { return p; }
#define p30_QUIET _Pragma("GCC diagnostic push")
#define p30_QUIET_END _Pragma("GCC diagnostic pop")

int p30_one(int x) {
    return x - x + 1;
}

int p30_g1_fill(int n, int *ybuf);
int p30_g2_fill(int n, int b, int *ybuf);
int p30_f1(int a);
int p30_f2(int a);
int p30_f3(int a, int b);
int p30_f4(int d, int a);
void p30_f5(int a);

int p30_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if ((n < 96)) {
        return yn;
    }
    return yn;
}

int p30_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = b;
    ybuf[yn++] = p30_h1(b, ((n - b) % 10007));
    int y1 = 0;
    n ^= (int) (y1) & 1023;
    ybuf[yn++] = ((-7 & b) || p30_h1(45, n));
    return yn;
}

void p30_f5(int a) {
    printf("f5.in %d\n", a);
    if ((((p30_h2(a, a) || (a < 51)) ? (p30_h1(a, -3) ?: 47) : 87) != 0) != 0) {
        return;
    }
    struct p30_S st1 = { p30_one(a), ((p30_h1((p30_h2(53, a) ^ p30_one(a)), a) + 0) % 10007), 'k', { a, (((void) 0, p30_one(a)) ?: 21), ((p30_one(p30_one(a)) * a) % 10007) }, { p30_one(((((a & 255) << (a & 7)) % 10007) ? p30_one(a) : p30_h2(2, a))), ((p30_one(a) & 16383) >> (p30_h1((((30 + a) % 10007) ?: a), p30_one(a)) & 7)) } };
    printf("f5.d1 %d %ld %d %d %d %d\n", st1.a, st1.b, st1.c, st1.arr[2], st1.in.x, st1.in.y);
    _Pragma("GCC diagnostic push")
    for (int i2 = 0; i2 < 2 && p30_one(((void) 0, (((st1.a & 255) << (a & 7)) % 10007))); i2++) {
        for (int i3 = 0; i3 < 1 && 1; i3 += p30_one(i3)) {
        }
        printf("f5.1 %d\n", ((p30_one(st1.arr[1]) + ((3 - st1.in.x) % 10007)) % 10007));
        {
            int (*fp4)(int, int) = p30_h1;
            printf("f5.d4 %d\n", fp4(7, 8));
        }
        {
            printf("f5.f4 %d\n", 5);
            a ^= 56;
            printf("f5.2 %d %d %d\n", i2, i2, st1.in.x);
        }
    }
    _Pragma("GCC diagnostic pop")
    _Pragma("GCC diagnostic push")
    const int k5 = ((st1.arr[1] * p30_one(a)) % 10007);
    printf("f5.d5 %d\n", k5);
    int (*fp6)(int, int) = p30_h2;
    printf("f5.d6 %d\n", fp6(7, 8));
    _Pragma("GCC diagnostic pop")
    if (p30_one(k5)) {
        { ac_dt_err = (((p30_one(a) ? 87 : ((a < 28) ? 1 : 61)) & 7) + 1); goto fn_err; }
    }
fn_err:
    return;
}

int p30_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    int gb1[64];
    int gn2 = p30_g2_fill(20, a, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f4.g1 %d\n", v1);
        int gb4[64];
        int gn5 = p30_g1_fill((d ^ 6), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v2 = gb4[gi6];
            printf("f4.g2 %d\n", v2);
        }
    }
    if (a) {
        return (p30_f4(d - 1, p30_f4(d - 1, a)) ? ((a && (a < 23)) | (d ?: 92)) : p30_one(((d + a) % 10007)));
    }
    if (((a ?: p30_h1((a >= 63), ((a < 85) ? 6 : a))) != 0) != 0) {
        return (p30_h1(((a < 42) || d), p30_one(a)) && a);
    }
    char s3[] = {"f"};
    printf("f4.d3 %d [%s]\n", (int) sizeof s3, s3);
    return p30_one(((((3 & 28) + a) % 10007) ?: p30_one(-10)));
}

int p30_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
#if 1
    if ((b < 60)) {
        return p30_one(a);
    }
#else
    printf("never\n");
#endif
    for (p30_int_t i1 = 0; i1 < 3 && (b || (a < 78)); i1++) {
        if (i1) {
            switch (a & 3) { default: {
                a = a;
            } }
            printf("f3.1 %d %d %d\n", a, b, (p30_one(a) ? p30_one(a) : (- b)));
        }
    }
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
    int m2[2][2] = { { b, 79 }, { p30_h1(a, ((((b >= a) + a) % 10007) ?: p30_one(b))), p30_h1(p30_one(p30_one(a)), (- (b / (b % 7 + 8)))) } };
    printf("f3.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[1][1]);
#endif
    {
        int gb2[64];
        int gn3 = p30_g2_fill(((((void) 0, b) + 47) % 10007), p30_one(p30_h2(a, b)), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v3 = gb2[gi4];
            printf("f3.g3 %d\n", v3);
        }
        int w4 = 0;
        while (w4 < 2 && ((p30_one(p30_h2(a, b)) ? p30_one(p30_h2(a, -7)) : p30_h1((b ? b : b), b)) != 0)) {
            w4++;
            int w5 = 0;
            while (w5 < 1 && (((b || p30_h1(a, b)) + b) % 10007)) {
                w5++;
                printf("f3.2 %d %d\n", b, b);
            }
            p30_op_t *td6 = &p30_ops[1];
            printf("f3.d6 %d\n", (*td6)(5, 6));
        }
        char s7[] = {"fchdhf"};
        printf("f3.d7 %d [%s]\n", (int) sizeof s7, s7);
    }
    {
        printf("f3.f7 %d\n", a);
        switch (p30_one((a || (b < -16))) & 3) {
        case 3: {
            if (b) {
                char s8[] = {"f"};
                printf("f3.d8 %d [%s]\n", (int) sizeof s8, s8);
                b ^= p30_one(89);
                double dd9 = p30_one(((a ? 1 : (int) sizeof s8) & (56 % ((int) sizeof s8 % 7 + 8)))) * 0.25 + 0.5;
                printf("f3.d9 %.3f\n", dd9);
            } else {
                printf("f3.3 %d %d %d\n", p30_one(p30_one(a)), 95, a);
            }
            printf("f3.4 %d %d\n", ((85 + (b ? b : b)) % 10007), a);
        }
            /* fallthrough */
        default: {
            b |= (((p30_one(70) ? p30_one(b) : (- a)) * (- 95)) % 10007);
            {
                printf("f3.5 %d\n", (((a * b) % 10007) || ((a ? b : b) != 0)));
            }
        }
            break;
        }
    }
    switch ((b ^ p30_one(b)) & 3) {
    case 0: {
        p30_f5(a);
        if (ac_dt_err) goto fn_err;
    }
        break;
    case 3: {
        static int sl10 = 0;
        sl10 = (sl10 * 3 + ((a % (96 % 7 + 8)) >= 27)) % 10007;
        printf("f3.d10 %d\n", sl10);
        {
            int b = p30_one((((a - 29) % 10007) ?: a));
            {
                printf("f3.6 %d\n", b);
                printf("f3.7 %d %d %d\n", (- ((void) 0, 1)), b, b);
            }
            if (0) {
                int e11 = 0;
                printf("f3.c11 %d\n", e11);
            }
            if (p30_one(b)) {
                return ((((- b) + b) % 10007) ?: p30_h2(sl10, a));
            }
            {
                printf("f3.8 %d %d\n", b, a);
                printf("f3.9 %d %d %d\n", b, p30_h2(((b < 24) ? a : a), 22), p30_h1((a ?: 6), p30_h2(76, b)));
                printf("f3.10 %d %d %d\n", 43, b, a);
            }
            {
                printf("f3.f11 %d\n", sl10);
                const int k12 = (((((b & 255) << (a & 7)) % 10007) ? (((93 + a) % 10007) ?: sl10) : sl10) % (((((a / (sl10 % 7 + 8)) & 255) << (76 & 7)) % 10007) % 7 + 8));
                printf("f3.d12 %d\n", k12);
            }
            printf("f3.d12 %d\n", b);
        }
    }
        break;
    default: {
        if ((((b & 255) << ((b || a) & 7)) % 10007)) {
            { ac_dt_err = (((b || p30_h2(15, b)) & 7) + 1); goto fn_err; }
        }
        {
            int b = p30_h1(a, (- (a || a)));
            if (p30_h1(p30_h1(((b & 16383) >> (b & 7)), p30_h2(b, b)), -4)) {
                {
                    break;
                }
            }
            printf("f3.d13 %d\n", b);
        }
    }
        break;
    }
    {
        a ^= (b && ((b >= a) ^ 62));
        if (((((a - 27) % 10007) / (p30_h2(a, a) % 7 + 8)) ^ (((b ^ -15) - p30_h2(b, a)) % 10007))) {
            int v14 = ((void) 0, (p30_h2(-9, a) / (((b < 80) ? a : 21) % 7 + 8)));
            printf("f3.d14 %d\n", v14);
            {
                printf("f3.11 %d %d\n", b, b);
                char s15[] = {"f"};
                printf("f3.d15 %d [%s]\n", (int) sizeof s15, s15);
            }
            {
                printf("f3.f15 %d\n", a);
            }
        }
    }
    {
        printf("f3.f15 %d\n", b);
        {
        }
    }
    printf("f3.12 %s %d\n", __func__, a);
    return ((((((25 & 16383) >> (a & 7)) & 255) << ((b ? a : a) & 7)) % 10007) | (b && ((- a) != 0)));
fn_err:
    return 0;
}

int p30_f2(int a) {
    int m1[2][3] = { { (((void) 0, a) & a), a, (a && p30_one(p30_one(a))) }, { a, p30_h1(a, p30_h1(86, (a ^ 49))), a } };
    m1[0][0] ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    if (p30_one(-13)) {
        _Pragma("GCC diagnostic push")
        _Pragma("GCC diagnostic push")
        if (((p30_h1(p30_one(65), (a && a)) * a) % 10007)) {
            return ((p30_one(m1[1][0]) & a) && a);
        }
        _Pragma("GCC diagnostic pop")
        struct p30_In pt2[] = { (+ p30_one((56 & p30_one(m1[0][1])))), (+ p30_one((p30_h1(63, m1[0][0]) && (m1[1][0] < ((void) 0, 78))))), (+ m1[0][0]), (+ ((void) 0, ((m1[0][1] >= 8) ? (a ?: -8) : 74))), (+ m1[0][1]), (+ m1[0][0]) };
        pt2[0].x ^= (int) ((int) (sizeof pt2 / sizeof pt2[0])) & 1023;
        _Pragma("GCC diagnostic pop")
    } else {
        for (int i3 = 0; i3 < 1 && p30_h1(90, 42); i3++) {
        }
    }
    return ((((m1[0][1] + p30_h1(a, 75)) % 10007) + a) % 10007);
}

int p30_f1(int a) {
    printf("f1.in %d\n", a);
    p30_op_t fp1 = p30_h2;
    printf("f1.d1 %d\n", fp1(7, 8));
    int a2[3] = { fp1(19, ((p30_f2(a) - (-15 != a)) % 10007)), (a ^ a), p30_h2(p30_f2(p30_f2(a)), -12) };
    printf("f1.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[2]);
    if ((fp1(1, 2) < 57)) {
        {
            {
                if (((fp1(1, 2) + (p30_f2(a2[0]) == a2[((a2[0]) % 3 + 3) % 3])) % 10007)) {
                    return a;
                }
                int a3[2] = { p30_one(fp1(1, 2)), a2[1] };
                printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
                printf("f1.1 %d %d\n", a2[((92) % 3 + 3) % 3], a2[1]);
            }
            if (0) {
                int e4 = 0;
                printf("f1.c4 %d\n", e4);
                int m5[2][2] = { { (- 65), -6 }, { 19, p30_h1(82, (p30_one(-20) & e4)) } };
                printf("f1.d5 %d %d\n", (int) (sizeof m5 / sizeof m5[0]), m5[1][1]);
                int a6[] = { ((void) 0, (- ((void) 0, 95))), (((((a2[((40) % 3 + 3) % 3] & 16383) >> (p30_one(a2[1]) & 7)) & 255) << (a2[((e4) % 3 + 3) % 3] & 7)) % 10007), 75, (a2[0] ^ p30_h2((a2[1] ? 1 : 93), a2[((a2[1]) % 3 + 3) % 3])) };
                printf("f1.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[3]);
            }
            a2[1] |= 67;
        }
        if (0) {
            int e7 = 0;
            printf("f1.c7 %d\n", e7);
            if (a2[((a2[1]) % 3 + 3) % 3]) {
                return (((e7 ? a : fp1(1, 2)) | (a2[0] ?: 43)) / ((((e7 * 9) % 10007) / ((a ? a : e7) % 7 + 8)) % 7 + 8));
            }
        }
        switch ((((-14 / ((a2[1] && fp1(1, 2)) % 7 + 8)) * -13) % 10007) & 3) { case 0: case 1: {
            a = 52;
        } }
        p30_op_t fp8 = p30_h1;
        printf("f1.d8 %d\n", fp8(7, 8));
    } else {
        {
            printf("f1.2 %d %d\n", a2[1], a2[1]);
            {
                printf("f1.3 %d\n", a2[((a) % 3 + 3) % 3]);
                a2[1] ^= ((((a2[1] < 48) || fp1(1, 2)) % (a % 7 + 8)) & (a2[1] ?: (65 != fp1(1, 2))));
            }
            if (0) {
                int e10 = 0;
                printf("f1.c10 %d\n", e10);
                printf("f1.4 %d %d\n", a2[0], e10);
                printf("f1.5 %d %d %d\n", (- (a && a2[0])), a, 2);
            }
            for (int i11 = 0; i11 < 2 && 1; i11++) {
                printf("f1.6 %d %d %d\n", a2[0], ((((fp1(1, 2) < 15) && (((a2[1] < 65) + a2[0]) % 10007)) + (- a)) % 10007), ((((33 + a) % 10007) ?: 6) | a));
                printf("f1.7 %d\n", ((void) 0, ((62 + 63) % 10007)));
            }
        }
        {
            printf("f1.8 %d %d %d\n", (((7 + a) % 10007) ?: fp1(a2[1], a2[0])), a, a);
            a2[1] |= (16 % (((a2[((a) % 3 + 3) % 3] * a2[1]) % 10007) % 7 + 8));
        }
    }
    if (a) {
        for (p30_int_t i13 = 0, *i13p = &i13; i13 < 1 && 1; (*i13p)++) {
            if (a2[0]) {
                a2[1] |= (((68 * (a ^ a2[1])) % 10007) ? (a2[0] % ((a | a2[1]) % 7 + 8)) : (((a2[1] ? fp1(1, 2) : a2[0]) != 0) && (fp1(1, 2) % (fp1(1, 2) % 7 + 8))));
            } else {
                printf("f1.9 %d %d\n", a, a2[0]);
            }
        }
        struct p30_In pt14[] = { (+ 66), (+ fp1(1, 2)) };
        printf("f1.d14 %d %d\n", (int) (sizeof pt14 / sizeof pt14[0]), pt14[0].y);
        p30_in_t td15 = { 63, ((void) 0, a2[1]) };
        printf("f1.d15 %d\n", td15.y);
    }
    if ((((((((9 + a) % 10007) ?: a2[1]) != 0) ? 1 : 4) != 0) || a2[1])) {
        printf("f1.10 %d\n", fp1(1, 2));
        int m16[][3] = { { ((0 % (p30_h2(a2[1], 77) % 7 + 8)) / (p30_h2(a, (a2[0] ?: 84)) % 7 + 8)), (91 ^ fp1((fp1(1, 2) ? a2[1] : a), fp1(a, 3))), 29 } };
        printf("f1.d16 %d %d\n", (int) (sizeof m16 / sizeof m16[0]), m16[0][2]);
        int gb4[64];
        int gn5 = p30_g2_fill((fp1(1, 2) ? a2[((a2[1]) % 3 + 3) % 3] : fp1(m16[0][1], 82)), (((a2[1] * m16[0][0]) % 10007) / (a2[0] % 7 + 8)), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v17 = gb4[gi6];
            printf("f1.g17 %d\n", v17);
        }
    }
    return (a2[1] == ((a + a2[1]) % 10007));
}

int p30_main(void) {
    printf("main.f1 %d\n", p30_f1(10));
    {
        int ht2 = p30_f3(34, 25);
        if (ac_dt_err) goto catch1;
        printf("main.f3 %d\n", ht2);
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
    printf("== seed 30\n");
    p30_main();
    return 0;
}
