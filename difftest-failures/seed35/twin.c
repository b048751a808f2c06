#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 35 */
struct p35_In { int x; int y; };
struct p35_S { int a; long b; char c; int arr[3]; struct p35_In in; };
union p35_U { int i; unsigned u; char bytes[4]; };
typedef int p35_int_t;
typedef struct p35_In p35_in_t;
typedef int (*p35_op_t)(int, int);
int p35_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p35_h2(int a, int b) { return (a - b * 5) % 10007; }
p35_op_t p35_ops[2] = { p35_h1, p35_h2 };
p35_in_t p35_gin = { 3, 4 };
p35_in_t *p35_pick(p35_in_t *p) { return p; }
#define p35_QUIET _Pragma("GCC diagnostic push")
#define p35_QUIET_END _Pragma("GCC diagnostic pop")

int p35_one(int x) {
    return x - x + 1;
}

int p35_g1_fill(int n, int b, int *ybuf);
int p35_g2_fill(int n, int *ybuf);
int p35_f1(int a, int b);
int p35_f2(int d, int a);
int p35_f3(int a);
int p35_f4(int a, int b);
void p35_f5(int a, int b);

int p35_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    int v2 = 27;
    v2 ^= (int) (v2) & 1023;
    struct p35_In pt3[] = { { -10, n } };
    v2 ^= (int) ((int) (sizeof pt3 / sizeof pt3[0])) & 1023;
    double dd4 = p35_h1(((((v2 ? pt3[0].x : 86) + n) % 10007) ?: p35_h1(b, v2)), p35_h1((n ?: n), 58)) * 0.25 + 0.5;
    n ^= (int) (dd4) & 1023;
    return yn;
}

int p35_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = (p35_h2(n, n) ?: n);
    _Pragma("GCC diagnostic push")
    if ((n < 63)) {
        return yn;
    }
    char s1[] = {"chbde"};
    n ^= (int) ((int) sizeof s1) & 1023;
    _Pragma("GCC diagnostic pop")
    ybuf[yn++] = p35_h1(n, (- 46));
    int y2 = 0;
    n ^= (int) (y2) & 1023;
    switch ((n < (int) sizeof s1) & 3) { case 3: case 0: {
        n = y2;
    } }
    return yn;
}

void p35_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
    if ((((p35_one(b) || ((a < 87) || a)) + 38) % 10007)) {
        return;
    }
    int *cl1 = (int[]){ p35_one((- 94)), (p35_one(26) != b), p35_one(p35_h1(p35_one(b), p35_h2(b, a))) };
    printf("f5.d1 %d\n", cl1[1]);
#endif
    for (int i2 = (p35_one((((a ? 23 : b) & 16383) >> (p35_h2(70, a) & 7))) & 1); i2 < 1 && ((((b ^ 56) ?: p35_one(b)) != 0) && (((b < -10) + a) % 10007)); i2++) {
        switch ((a < 82) & 3) {
        case 2: {
            printf("f5.1 %d %d\n", b, p35_one(p35_one(b)));
        }
            /* fallthrough */
        case 3: {
            p35_op_t fp3 = p35_h2;
            printf("f5.d3 %d\n", fp3(7, 8));
            int t4 = p35_one(((((fp3(1, 2) >= i2) + i2) % 10007) ?: (((69 + b) % 10007) ?: 15)));
            int r5 = t4;
            printf("f5.t5 %d\n", r5);
        }
            break;
        default: {
            printf("f5.2 %d %d %d\n", b, (((a < 88) || (((i2 < 45) + a) % 10007)) ? p35_h1(a, b) : p35_h2(a, a)), p35_h1(80, (((0 + a) % 10007) ?: b)));
        }
            break;
        }
        for (int i6 = 0; i6 < 1 && b; i6++) {
            _Pragma("GCC diagnostic push")
            a = ((void) 0, i6);
            printf("f5.3 %d %d\n", 19, a);
            _Pragma("GCC diagnostic pop")
        }
    }
    {
        switch (p35_one(p35_one(b)) & 3) {
        case 1: {
            int m7[][3] = { { p35_one(p35_h1(75, p35_one(75))), a, a }, { 28, p35_one(p35_one(p35_one(b))), p35_h1((p35_one(a) ? p35_one(a) : b), 23) }, { (p35_one(p35_h2(b, a)) || (49 ^ (b ?: a))), a, p35_one(((p35_one(a) * ((a - a) % 10007)) % 10007)) } };
            printf("f5.d7 %d %d\n", (int) (sizeof m7 / sizeof m7[0]), m7[2][2]);
            printf("f5.4 %d %d\n", ((b ^ 96) ? p35_one(66) : ((void) 0, 5)), (p35_h2(m7[0][1], m7[0][1]) != (a ? m7[0][1] : 79)));
        }
            break;
        case 3: {
            for (int i8 = (((b ?: a) != 0) & 1); i8 < 2 && b; i8++) {
                a = (p35_h2(27, (((b & 255) << (b & 7)) % 10007)) ? a : p35_one(p35_one(33)));
                printf("f5.5 %d\n", (a >= p35_one(a)));
            }
        }
            /* fallthrough */
        case 2: {
            int m9[][3] = { p35_h2(-1, (p35_one(a) ?: p35_h2(b, a))), p35_one(p35_one(((void) 0, b))), p35_one((((((40 + b) % 10007) ?: b) * p35_one(24)) % 10007)), (p35_one(((a - b) % 10007)) && p35_one(p35_h2(a, 11))), a, a };
            printf("f5.d9 %d %d\n", (int) (sizeof m9 / sizeof m9[0]), m9[1][2]);
        }
            /* fallthrough */
        default: {
#ifndef AC_DT_UNDEFINED
            b = b;
            a ^= (p35_one((a ?: b)) | p35_one(p35_one(15)));
#else
            printf("never\n");
#endif
        }
            break;
        }
    }
    if (0) {
        int e10 = 0;
        printf("f5.c10 %d\n", e10);
        if (e10) {
            b &= p35_h2((((b ?: a) - (b ?: 97)) % 10007), 28);
            _Pragma("GCC diagnostic push")
            p35_in_t td11 = { (b < p35_h2(p35_h1(a, e10), (e10 ?: 13))), ((((p35_h1(e10, b) ?: (b != e10)) + a) % 10007) ?: b) };
            printf("f5.d11 %d\n", td11.y);
            if (((void) 0, ((p35_h1(b, td11.x) * b) % 10007))) {
                return;
            }
            _Pragma("GCC diagnostic pop")
        } else {
            {
                b = (((a | b) & ((e10 & 16383) >> (b & 7))) ^ -6);
            }
            if (0) {
                int e12 = 0;
                printf("f5.c12 %d\n", e12);
            }
            {
                printf("f5.6 %d %d\n", a, e10);
                printf("f5.7 %d\n", p35_h2(((-1 + 17) % 10007), b));
            }
            {
                printf("f5.f12 %d\n", b);
                a = b;
            }
        }
    }
    printf("f5.8 %d %d %d\n", b, a, ((a ?: 7) == (((64 + a) % 10007) ?: b)));
    {
        a = b;
    }
    if (0) {
        int e13 = 0;
        printf("f5.c13 %d\n", e13);
        {
            printf("f5.9 %d %d %d\n", 4, e13, p35_h2(p35_h2(a, a), (a && e13)));
            int v14 = (((((54 + b) % 10007) >= (- b)) + (e13 & p35_h1(a, b))) % 10007);
            printf("f5.d14 %d\n", v14);
            int w15 = 0;
            while (w15 < 2 && b) {
                w15++;
                int m16[3][2] = { { a, (((((void) 0, a) & 255) << (-3 & 7)) % 10007) }, { v14, ((((v14 & 255) << (((b < -8) || a) & 7)) % 10007) % (p35_h1(p35_h1(b, 73), p35_h2(v14, v14)) % 7 + 8)) }, { (((((((a & 255) << (31 & 7)) % 10007) ?: ((e13 < -15) ? 1 : 10)) + b) % 10007) ?: (p35_h2(a, b) ?: ((a < 78) ? v14 : b))), ((v14 / (p35_h1(e13, 2) % 7 + 8)) < p35_h2(e13, (v14 ?: a))) } };
                printf("f5.d16 %d %d\n", (int) (sizeof m16 / sizeof m16[0]), m16[2][1]);
                b = ((e13 * (((void) 0, v14) % ((a ?: e13) % 7 + 8))) % 10007);
            }
        }
        if (0) {
            int e17 = 0;
            printf("f5.c17 %d\n", e17);
            int gb6[64];
            int gn7 = p35_g1_fill(b, (e13 ?: (e13 && (a < 78))), gb6);
            for (int gi8 = 0; gi8 < gn7; gi8++) {
                int v18 = gb6[gi8];
                printf("f5.g18 %d\n", v18);
                b &= (62 ^ ((void) 0, (a / (a % 7 + 8))));
            }
            {
                if ((b < 73)) {
                    {
                        goto L19;
                    }
                }
                b ^= a;
            L19:;
            }
        }
    }
}

int p35_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    if ((p35_h1((a || (b < 73)), p35_h2(-20, a)) / (p35_one(p35_h1(b, 83)) % 7 + 8))) {
        return (((b >= 40) - b) % 10007);
    }
    if (p35_one(((a + b) % 10007))) {
        return (((void) 0, (b & b)) ?: ((a - b) % 10007));
    }
    {
        printf("f4.1 %d\n", p35_h1(b, 7));
    }
    if (0) {
        int e1 = 0;
        printf("f4.c1 %d\n", e1);
    }
    {
        printf("f4.f1 %d\n", a);
        int gb2[64];
        int gn3 = p35_g2_fill(b, gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v2 = gb2[gi4];
            printf("f4.g2 %d\n", v2);
            int gb5[64];
            int gn6 = p35_g1_fill(p35_h2(p35_one(30), b), v2, gb5);
            for (int gi7 = 0; gi7 < gn6; gi7++) {
                int v3 = gb5[gi7];
                printf("f4.g3 %d\n", v3);
                a ^= ((b + 24) % 10007);
                int m4[1][3] = { { a, (- (v3 / (9 % 7 + 8))), a } };
                printf("f4.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[0][2]);
            }
            int gb8[64];
            int gn9 = p35_g1_fill(((((15 & 255) << (a & 7)) % 10007) >= p35_one(-10)), ((v2 / (64 % 7 + 8)) ? 68 : ((void) 0, a)), gb8);
            for (int gi10 = 0; gi10 < gn9; gi10++) {
                int v5 = gb8[gi10];
                printf("f4.g5 %d\n", v5);
                a = (((p35_h2(((void) 0, v2), (40 % (v2 % 7 + 8))) & 255) << ((p35_h1(b, a) ? v2 : ((void) 0, 6)) & 7)) % 10007);
            }
        }
        {
            int w6 = 0;
            while (w6 < 2 && 1) {
                w6++;
                printf("f4.2 %d\n", b);
            }
            char s7[] = {"edc"};
            printf("f4.d7 %d [%s]\n", (int) sizeof s7, s7);
            printf("f4.3 %d %d\n", b, p35_h1(a, (b ? b : (int) sizeof s7)));
        }
    }
    return (p35_one(b) / (p35_one(((void) 0, a)) % 7 + 8));
}

int p35_f3(int a) {
    a &= p35_one(((p35_h1(a, a) - p35_h2(a, 58)) % 10007));
    {
        if ((a < 16)) {
            {
                goto L1;
            }
        }
    L1:;
    }
    struct p35_S st2 = { .in.y = ((((a & 16383) >> (a & 7)) & (- a)) ^ p35_one((a ^ 38))), .a = p35_one(p35_one(p35_h2(1, a))), .arr[2] = a, .c = 'q' };
    a ^= (int) (st2.a) & 1023;
    if ((st2.arr[1] < 95)) {
        return (a / (st2.a % 7 + 8));
    }
    return ((p35_one(a) + a) % 10007);
}

int p35_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    printf("f2.1 %s %d\n", __func__, a);
    int v1 = d;
    printf("f2.d1 %d\n", v1);
    v1 = p35_f2(d - 1, (d ^ p35_h2(6, v1)));
    return -10;
}

int p35_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    {
        int b = -10;
        b ^= p35_f4(((int) sizeof(p35_f2(1, b))), (p35_f3(a) ^ p35_h2(34, a)));
        printf("f1.d1 %d\n", b);
    }
    char s2[] = "d";
    printf("f1.d2 %d [%s]\n", (int) sizeof s2, s2);
    {
        if (((41 * a) % 10007)) {
            { ac_dt_err = ((((a < 60) || (b ^ (int) sizeof s2)) & 7) + 1); goto catch1; }
        }
        b = (((b >= a) % (((void) 0, 37) % 7 + 8)) || p35_f2(1, p35_f3((int) sizeof s2)));
        printf("f1.1 %s %d\n", __func__, ((a ^ 94) >= (b ^ 88)));
    }
    goto ok1;
    catch1: {
        int e3 = ac_dt_err;
        ac_dt_err = 0;
        printf("f1.c3 %d\n", e3);
        goto ok1;
    }
    ok1:;
    return ((b % ((a & 7) % 7 + 8)) && ((b & 16383) >> ((int) sizeof s2 & 7)));
}

int p35_main(void) {
    printf("main.f1 %d\n", p35_f1(31, 2));
    p35_f5(35, 8);
    return 0;
}


int main(void) {
    printf("== seed 35\n");
    p35_main();
    return 0;
}
