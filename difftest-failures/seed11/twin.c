#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 11 */
struct p11_In { int x; int y; };
struct p11_S { int a; long b; char c; int arr[3]; struct p11_In in; };
union p11_U { int i; unsigned u; char bytes[4]; };
typedef int p11_int_t;
typedef struct p11_In p11_in_t;
typedef int (*p11_op_t)(int, int);
int p11_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p11_h2(int a, int b) { return (a - b * 5) % 10007; }
p11_op_t p11_ops[2] = { p11_h1, p11_h2 };
p11_in_t p11_gin = { 3, 4 };
p11_in_t *p11_pick(p11_in_t *p) { return p; }
#define p11_QUIET _Pragma("GCC diagnostic push")
#define p11_QUIET_END _Pragma("GCC diagnostic pop")

int p11_one(int x) {
    return x - x + 1;
}

int p11_g1_fill(int n, int b, int *ybuf);
int p11_f1(int a, int b);
int p11_f2(int a, int b);
int p11_f3(int a);
int p11_f4(int d, int a);
void p11_f5(int a);
int p11_f6(int a, int b);

int p11_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    const int k1 = 37;
    n ^= (int) (k1) & 1023;
    if (((n + ((((void) 0, n) & 16383) >> (p11_f2(n, k1) & 7))) % 10007)) {
        int m2[][3] = { { (((b && b) ^ -19) / (2 % 7 + 8)), (((-4 & 255) << (p11_f6(p11_f6(55, 6), p11_h1(b, 22)) & 7)) % 10007), p11_f2(((p11_f2(k1, n) & 16383) >> (n & 7)), k1) } };
        n ^= (int) ((int) (sizeof m2 / sizeof m2[0])) & 1023;
        ybuf[yn++] = p11_f2((k1 == m2[0][0]), m2[0][0]);
    } else {
        struct p11_S st3 = { .in.y = b, .a = n, .arr[2] = k1, .c = 'q' };
        st3.in.x ^= (int) (st3.a) & 1023;
    }
    return yn;
}

int p11_f6(int a, int b) {
    int v1 = p11_one(a);
    b ^= (int) (v1) & 1023;
    long l2 = (long) v1 * 100000L;
    v1 ^= (int) (l2) & 1023;
    switch (((33 - (p11_h2(a, b) ^ p11_h2(b, -10))) % 10007) & 3) { case 2: {
        a = (b ? ((v1 || b) ? p11_one((int) (l2 % 10007)) : a) : (((int) (l2 % 10007) * b) % 10007));
    } }
    struct p11_In pt3[] = { { (p11_one(p11_h2(15, v1)) ?: p11_one(((a < 14) || v1))), p11_h2(p11_h1((v1 == (int) (l2 % 10007)), p11_one(95)), p11_one(v1)) }, { v1, (((((98 == b) ? ((void) 0, v1) : ((b - a) % 10007)) + a) % 10007) ?: (v1 != ((46 * b) % 10007))) } };
    b ^= (int) ((int) (sizeof pt3 / sizeof pt3[0])) & 1023;
    if (((void) 0, pt3[1].x)) {
        pt3[0].x = (- ((((void) 0, pt3[1].x) * (int) (l2 % 10007)) % 10007));
        if ((pt3[0].x < 49)) {
        }
    } else {
        if (p11_one(p11_one(p11_one((int) (l2 % 10007))))) {
            return (v1 / (p11_one(pt3[0].y) % 7 + 8));
        }
    }
    return (((v1 ^ b) + a) % 10007);
}

void p11_f5(int a) {
    printf("f5.in %d\n", a);
    a &= a;
    a ^= (- (- 83));
    if (p11_f6(p11_h1(p11_f6(a, -6), (41 < a)), a)) {
        { ac_dt_err = ((p11_f6(93, -4) & 7) + 1); goto fn_err; }
    }
    a |= ((a + (p11_one(a) ^ a)) % 10007);
    if (((void) 0, (p11_one(84) ?: a))) {
        { ac_dt_err = ((((82 + (- 52)) % 10007) & 7) + 1); goto fn_err; }
    }
fn_err:
    return;
}

int p11_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    {
        int t1 = p11_one(p11_f6(a, p11_h2(d, a)));
            char s3[] = {"abbd"};
            printf("f4.d3 %d [%s]\n", (int) sizeof s3, s3);
            int a4[] = { p11_f6(((void) 0, ((void) 0, (int) sizeof s3)), p11_h1(p11_f6(a, a), p11_f6(a, a))), p11_h2((p11_h1(20, 34) ? p11_f4(d - 1, 72) : 11), ((((int) sizeof s3 >= a) & 16383) >> (((d & 16383) >> (10 & 7)) & 7))), ((void) 0, ((void) 0, d)), p11_h1(((void) 0, (int) sizeof s3), ((int) sizeof s3 % ((int) sizeof s3 % 7 + 8))), ((a ? 1 : 59) / (p11_h2(d, a) % 7 + 8)) };
            printf("f4.d4 %d %d\n", (int) (sizeof a4 / sizeof a4[0]), a4[4]);
        int r2 = t1;
        printf("f4.t4 %d\n", r2);
    }
    if (0) {
        int e5 = 0;
        printf("f4.c5 %d\n", e5);
        int gb2[64];
        int gn3 = p11_g1_fill(((a < -10) ? ((void) 0, e5) : e5), p11_h2((e5 & a), (a ?: 46)), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v6 = gb2[gi4];
            printf("f4.g6 %d\n", v6);
        }
        char s7[] = {""};
        printf("f4.d7 %d [%s]\n", (int) sizeof s7, s7);
    }
    a ^= ((void) 0, ((void) 0, 92));
    a = ((void) 0, p11_h2(a, a));
    return (((23 / (a % 7 + 8)) >= ((a * d) % 10007)) < p11_f4(d - 1, (((49 + a) % 10007) ?: d)));
}

int p11_f3(int a) {
    printf("f3.in %d\n", a);
    if (a) {
        { ac_dt_err = (((((a ? 40 : a) * ((a + a) % 10007)) % 10007) & 7) + 1); goto fn_err; }
    }
    _Pragma("GCC diagnostic push")
    switch (a & 3) { case 3: case 1: {
        a = p11_f6((((31 + a) % 10007) ?: a), ((((((94 + a) % 10007) ?: 37) + a) % 10007) ?: p11_h1(-2, 46)));
    } }
    for (int i1 = ((a < -1) & 1); i1 < 1 && 1; i1 += p11_one(i1)) {
        _Pragma("GCC diagnostic push")
        printf("f3.1 %d %d %d\n", (- p11_one(a)), ((a | i1) >= (80 ^ i1)), (p11_f6(72, a) ? 51 : (a / (a % 7 + 8))));
        _Pragma("GCC diagnostic pop")
        if (p11_f6(i1, a)) {
            int v2 = a;
            printf("f3.d2 %d\n", v2);
        } else {
            printf("f3.2 %d\n", (p11_one(58) ? p11_h1(a, a) : a));
            if (p11_one((p11_one(a) >= ((void) 0, a)))) {
                { ac_dt_err = ((((i1 / (a % 7 + 8)) != p11_h1(a, i1)) & 7) + 1); goto fn_err; }
            }
        }
    }
    _Pragma("GCC diagnostic pop")
    printf("f3.3 %s %d\n", __func__, p11_one(a));
    int w3 = 0;
    do {
        w3++;
        {
            p11_QUIET
            struct p11_S st4 = { .in.y = a, .a = a, .arr[2] = -14, .c = 'q' };
            printf("f3.d4 %d %ld %d %d %d %d\n", st4.a, st4.b, st4.c, st4.arr[2], st4.in.x, st4.in.y);
            p11_QUIET_END
            {
                printf("f3.4 %d %d\n", ((void) 0, p11_one(87)), ((((void) 0, st4.a) - ((int) st4.b == 19)) % 10007));
                printf("f3.5 %d\n", -14);
            }
        }
        {
            printf("f3.f5 %d\n", a);
            printf("f3.6 %d %d %d\n", a, p11_h2((a ? a : a), a), a);
            union p11_U un6 = { ((((79 & a) + p11_h1(25, a)) % 10007) ? -14 : ((71 + (a != 17)) % 10007)) };
            printf("f3.d6 %d\n", un6.i);
        }
        a = (((- (a % (a % 7 + 8))) != 0) ? -11 : ((((void) 0, a) & 16383) >> (p11_h1(-17, 94) & 7)));
    } while (w3 < 1 && (a < 64));
    p11_QUIET
    struct p11_In pt7[] = { w3, (((void) 0, (- w3)) ^ 1) };
    printf("f3.d7 %d %d\n", (int) (sizeof pt7 / sizeof pt7[0]), pt7[0].y);
    {
        pt7[0].x = (- (p11_h2(a, pt7[0].y) / (p11_h1(52, pt7[0].x) % 7 + 8)));
        _Pragma("GCC diagnostic push")
        a &= (((((((pt7[0].y || pt7[0].x) + a) % 10007) ?: ((a < -15) || a)) + pt7[0].x) % 10007) ?: (((void) 0, pt7[0].y) / (((73 + a) % 10007) % 7 + 8)));
        _Pragma("GCC diagnostic pop")
    }
    p11_QUIET_END
    return w3;
fn_err:
    return 0;
}

int p11_f2(int a, int b) {
    if (a) {
        return ((void) 0, (- (28 >= b)));
    }
    struct p11_In *cl1 = &(struct p11_In){ p11_f6((p11_f6(b, b) || b), p11_h1(p11_f6(-3, 96), (((28 + b) % 10007) ?: 65))), p11_one(p11_one(a)) };
    cl1->y ^= (int) (cl1->y) & 1023;
    int *cl2 = (int[]){ p11_h1(((((b && a) + a) % 10007) ?: p11_h2(75, a)), ((cl1->y < 27) || (b | b))), 5, p11_one(p11_one(p11_h2(b, cl1->y))) };
    a ^= (int) (cl2[1]) & 1023;
    return ((((p11_one(cl1->x) | cl1->y) ^ b) + a) % 10007);
}

int p11_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    printf("f1.1 %d %d %d\n", p11_f6(7, p11_h2(a, 28)), a, p11_f6((a / (b % 7 + 8)), a));
    switch ((a & p11_h1(((17 & 16383) >> (b & 7)), b)) & 3) {
    case 1: {
        if (b) {
            return b;
        }
    }
        break;
    case 2: {
        printf("f1.2 %d %d\n", p11_one(p11_f6(87, b)), p11_one(b));
    }
        break;
    case 0: {
        printf("f1.3 %d %d\n", (p11_one(a) == ((a + 86) % 10007)), p11_one(b));
    }
        break;
    }
    {
#if 1
        printf("f1.4 %d\n", (- ((b < 14) ? b : a)));
        switch (b & 3) {
        case 0: {
            printf("f1.5 %d %d\n", b, b);
        }
            /* fallthrough */
        case 3: {
            printf("f1.6 %d %d\n", 1, (((((-12 & 255) << (b & 7)) % 10007) + (a ?: b)) % 10007));
            p11_op_t fp1 = p11_h1;
            printf("f1.d1 %d\n", fp1(7, 8));
        }
            /* fallthrough */
        case 2: {
            printf("f1.7 %d %d\n", b, b);
            const int k2 = p11_one(p11_one((a == 23)));
            printf("f1.d2 %d\n", k2);
        }
            /* fallthrough */
        default: {
            b = (((p11_h1(b, b) * (- b)) % 10007) ?: ((((void) 0, 64) * p11_h1(b, a)) % 10007));
        }
            break;
        }
        int gb2[64];
        int gn3 = p11_g1_fill((((void) 0, a) ? b : ((b + b) % 10007)), b, gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v3 = gb2[gi4];
            printf("f1.g3 %d\n", v3);
        }
#else
        printf("never\n");
#endif
        {
            a = (a ?: (((b + a) % 10007) != (b ?: 50)));
        }
        {
            printf("f1.f3 %d\n", -1);
            int m4[][2] = { { ((((a + (b == 69)) % 10007) * p11_h2((b / (b % 7 + 8)), p11_h2(a, 26))) % 10007), p11_h1(b, p11_h2(((void) 0, b), b)) }, { 89, a } };
            printf("f1.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[1][1]);
        }
    }
    if (0) {
        int e5 = 0;
        printf("f1.c5 %d\n", e5);
        b ^= (a ? ((p11_h1(b, b) + (e5 >= a)) % 10007) : b);
    }
    {
        printf("f1.f5 %d\n", 84);
    }
    {
        int b = ((a / (p11_h1(a, 46) % 7 + 8)) < (((void) 0, -20) & a));
        int gb6[64];
        int gn7 = p11_g1_fill((a ^ (- b)), ((((a / (11 % 7 + 8)) & 255) << ((b ? -7 : b) & 7)) % 10007), gb6);
        for (int gi8 = 0; gi8 < gn7; gi8++) {
            int v7 = gb6[gi8];
            printf("f1.g7 %d\n", v7);
            for (p11_int_t i8 = 0; i8 < 2 && v7; i8++) {
                b = (((void) 0, (v7 ?: b)) || p11_h1(((void) 0, b), p11_h1(b, b)));
            }
            int *p9 = &v7;
            printf("f1.d9 %d\n", *p9);
        }
        b &= ((p11_h2(-20, b) == p11_h2(b, a)) & a);
        printf("f1.d9 %d\n", b);
    }
    if (((p11_h1((a % (a % 7 + 8)), (a ? a : b)) ? -11 : a) != 0) != 0) {
        {
            printf("f1.8 %d %d %d\n", (p11_h1(a, b) || (b < -1)), b, 43);
            int w10 = 0;
            do {
                w10++;
                double dd11 = ((((b ?: b) & (b || a)) + p11_h2(((38 * a) % 10007), (b % (b % 7 + 8)))) % 10007) * 0.25 + 0.5;
                printf("f1.d11 %.3f\n", dd11);
                b = (90 != p11_h1(a, a));
            } while (w10 < 3 && 1);
        }
        if (0) {
            int e12 = 0;
            printf("f1.c12 %d\n", e12);
            int gb10[64];
            int gn11 = p11_g1_fill(a, (((void) 0, e12) % ((((b & 255) << (b & 7)) % 10007) % 7 + 8)), gb10);
            for (int gi12 = 0; gi12 < gn11; gi12++) {
                int v13 = gb10[gi12];
                printf("f1.g13 %d\n", v13);
                static int sl14 = 9;
                sl14 = (sl14 * 3 + (((a ?: b) + a) % 10007)) % 10007;
                printf("f1.d14 %d\n", sl14);
                a = a;
            }
            printf("f1.9 %s %d\n", __func__, 19);
        }
    } else {
        struct p11_S st15 = { p11_h1(p11_h1((a ? b : 95), (b % (91 % 7 + 8))), (- (53 ^ a))), ((a + 0) % 10007), 'k', { b, ((a + a) % 10007), (((- b) & (b < 28)) ?: ((((b < 14) + a) % 10007) ?: (a == 28))) }, { a, (a ? (51 != p11_h2(-14, a)) : ((8 - ((-15 * a) % 10007)) % 10007)) } };
        printf("f1.d15 %d %ld %d %d %d %d\n", st15.a, st15.b, st15.c, st15.arr[2], st15.in.x, st15.in.y);
    }
    return b;
}

int p11_main(void) {
    printf("main.f1 %d\n", p11_f1(7, 17));
    {
        int ht2 = p11_f3(9);
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
    {
        p11_f5(4);
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
    printf("== seed 11\n");
    p11_main();
    return 0;
}
