#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 4 */
struct p4_In { int x; int y; };
struct p4_S { int a; long b; char c; int arr[3]; struct p4_In in; };
union p4_U { int i; unsigned u; char bytes[4]; };
typedef int p4_int_t;
typedef struct p4_In p4_in_t;
typedef int (*p4_op_t)(int, int);
int p4_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p4_h2(int a, int b) { return (a - b * 5) % 10007; }
p4_op_t p4_ops[2] = { p4_h1, p4_h2 };
p4_in_t p4_gin = { 3, 4 };
p4_in_t *p4_pick(p4_in_t *p) { return p; }
#define p4_QUIET _Pragma("GCC diagnostic push")
#define p4_QUIET_END _Pragma("GCC diagnostic pop")

int p4_one(int x) {
    return x - x + 1;
}

int p4_g1_fill(int n, int *ybuf);
int p4_f1(int a);
int p4_f2(int a, int b);
int p4_f3(int d, int a);
int p4_f4(int a, int b);

int p4_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = p4_f2(n, (((-17 + n) % 10007) ?: n));
    if (n) {
        return yn;
    }
    ybuf[yn++] = n;
    switch (((- ((void) 0, n)) % (p4_f2(((46 + n) % 10007), n) % 7 + 8)) & 3) {
    case 3: {
        if (n) {
            n |= 17;
            char s1[] = {"befaf"};
            n ^= (int) ((int) sizeof s1) & 1023;
            {
                n = (p4_one((n ? 1 : (int) sizeof s1)) % (p4_h1(((void) 0, (int) sizeof s1), n) % 7 + 8));
            }
        } else {
        }
        ybuf[yn++] = n;
    }
        /* fallthrough */
    default: {
        n = p4_f2((p4_f2(31, n) || (n < 95)), p4_f2(((void) 0, n), p4_f2(60, n)));
        if (p4_f2(((n + 80) % 10007), p4_f2((51 < n), n))) {
            int w2 = 0;
            while (w2 < 1 && n) {
                w2++;
                int *cl3 = (int[]){ 29, n, n };
                n ^= (int) (cl3[1]) & 1023;
            }
            for (p4_int_t i4 = 0; i4 < 2 && 1; i4++) {
                ybuf[yn++] = 2;
            }
        } else {
            int w5 = 0;
            while (w5 < 1 && (n < 56)) {
                w5++;
                int a6[5] = { p4_f2(p4_h2(52, p4_one(n)), n), 2, p4_f2(((22 ^ n) ? ((void) 0, n) : n), n), p4_f2((p4_one(n) ?: p4_f2(n, n)), p4_f2(p4_one(n), p4_f2(60, n))), ((n / (67 % 7 + 8)) ? ((void) 0, n) : -10) };
                a6[0] ^= (int) ((int) (sizeof a6 / sizeof a6[0])) & 1023;
                ybuf[yn++] = a6[((a6[((51) % 5 + 5) % 5]) % 5 + 5) % 5];
                int *cl7 = (int[]){ p4_f2(p4_f2(45, p4_f2(a6[1], n)), n), a6[1], ((void) 0, (((- a6[0]) != 0) ? a6[((25) % 5 + 5) % 5] : p4_f2(n, n))) };
                n ^= (int) (cl7[1]) & 1023;
            }
        }
    }
        break;
    }
    return yn;
}

int p4_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    int gb1[64];
    int gn2 = p4_g1_fill((- p4_h1(b, a)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f4.g1 %d\n", v1);
        for (p4_int_t i2 = 0; i2 < 3 && ((p4_h1((- -11), p4_h1(-19, a)) & 16383) >> (24 & 7)); i2 += p4_one(i2)) {
            {
                int v1 = p4_h2(((b ? 1 : 32) / (p4_one(i2) % 7 + 8)), p4_h1((a != 41), (a & i2)));
                if (p4_h1(((- 82) >= v1), p4_h2(((0 + -13) % 10007), (b < a)))) {
                    {
                        goto L3;
                    }
                }
                printf("f4.d3 %d\n", v1);
            L3:;
            }
            printf("f4.1 %d %d %d\n", i2, a, v1);
        }
    }
    printf("f4.2 %d %d %d\n", a, a, a);
    b &= (b && p4_h2(p4_one(b), p4_one(a)));
    printf("f4.3 %d\n", b);
    a &= ((p4_one(((void) 0, 98)) & 16383) >> (13 & 7));
    printf("f4.4 %s %d %d %d\n", __func__, a, a, a);
    printf("f4.5 %d\n", a);
    return ((((((void) 0, b) + (a < b)) % 10007) - b) % 10007);
}

int p4_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    a = ((int) sizeof(p4_f3(1, a)));
    int t1 = p4_one(p4_h1(((a + a) % 10007), p4_one(a)));
    int r2 = t1;
    printf("f3.t2 %d\n", r2);
    return a;
}

int p4_f2(int a, int b) {
    if (p4_h1((p4_h1(49, 55) < p4_one(a)), p4_one(p4_h1(a, b)))) {
        return b;
    }
    {
        b = ((((int) sizeof(p4_f4(1, a))) - b) % 10007);
        int v1 = p4_h1(b, p4_one((a || a)));
        v1 ^= (int) (v1) & 1023;
    }
    return (((((53 & b) & ((a * a) % 10007)) ^ b) + a) % 10007);
}

int p4_f1(int a) {
    printf("f1.in %d\n", a);
    union p4_U un1 = { (- p4_f3(0, ((70 + 27) % 10007))) };
    printf("f1.d1 %d\n", un1.i);
    _Pragma("GCC diagnostic push")
    printf("f1.1 %d %d\n", (p4_h2(un1.i, a) ?: p4_one(un1.i)), a);
    printf("f1.2 %d %d %d\n", ((a < ((24 + 80) % 10007)) ? 35 : p4_f2(a, un1.i)), (p4_f2(a, a) >= ((a & 16383) >> (a & 7))), p4_f2(p4_h2(un1.i, un1.i), (a != 26)));
    _Pragma("GCC diagnostic pop")
    {
        if ((p4_one(p4_one(a)) < un1.i)) {
            { ac_dt_err = ((p4_one((a || (un1.i < 47))) & 7) + 1); goto fn_err; }
        }
        {
            switch (((a ?: (p4_h1(un1.i, -20) % (a % 7 + 8))) != 0) & 3) { case 1: case 3: {
                un1.i = ((99 + 39) % 10007);
            } }
        }
        double dd3 = p4_h2((a ? ((un1.i - 44) % 10007) : p4_h2(a, a)), (- (a || un1.i))) * 0.25 + 0.5;
        printf("f1.d3 %.3f\n", dd3);
    }
    return (a < ((void) 0, (a ?: un1.i)));
fn_err:
    return 0;
}

int p4_main(void) {
    {
        int ht2 = p4_f1(26);
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
    printf("main.f4 %d\n", p4_f4(23, 15));
    return 0;
}


int main(void) {
    printf("== seed 4\n");
    p4_main();
    return 0;
}
