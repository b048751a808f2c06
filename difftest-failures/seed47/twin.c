#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 47 */
struct p47_In { int x; int y; };
struct p47_S { int a; long b; char c; int arr[3]; struct p47_In in; };
union p47_U { int i; unsigned u; char bytes[4]; };
typedef int p47_int_t;
typedef struct p47_In p47_in_t;
typedef int (*p47_op_t)(int, int);
int p47_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p47_h2(int a, int b) { return (a - b * 5) % 10007; }
p47_op_t p47_ops[2] = { p47_h1, p47_h2 };
p47_in_t p47_gin = { 3, 4 };
p47_in_t *p47_pick(p47_in_t *p) { return p; }
#define p47_QUIET _Pragma("GCC diagnostic push")
#define p47_QUIET_END _Pragma("GCC diagnostic pop")

int p47_one(int x) {
    return x - x + 1;
}

int p47_g1_fill(int n, int *ybuf);
int p47_g2_fill(int n, int *ybuf);
int p47_f1(int a, int b);
int p47_f2(int d, int a);
int p47_f3(int a, int b);
int p47_f4(int a, int b);
void p47_f5(int a, int b);

int p47_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    struct p47_In pt1[] = { (+ 52), (+ p47_f3(p47_f3((n || (n < -16)), n), (((n == 35) + (n && (n < 57))) % 10007))), (+ p47_f3(p47_f3(n, (n ? 1 : 82)), p47_h1(p47_f3(-4, 52), p47_f3(n, n)))), (+ 43), (+ ((void) 0, n)), (n >= p47_f3(n, p47_h1(59, n))) };
    pt1[0].x ^= (int) ((int) (sizeof pt1 / sizeof pt1[0])) & 1023;
    return yn;
}

int p47_g2_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    {
        int v3 = n;
        v3 ^= (int) (v3) & 1023;
        ybuf[yn++] = p47_h1((v3 == n), n);
        if ((((((n ? n : 6) + v3) % 10007) ?: ((48 + 84) % 10007)) < (- ((v3 < 98) || n)))) {
            {
                goto L1;
            }
        }
    L1:;
    }
    ybuf[yn++] = (n < 46);
    switch (n & 3) { case 3: case 0: {
        n = p47_h2(n, n);
    } }
    return yn;
}

void p47_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    {
        _Pragma("GCC diagnostic push")
        p47_QUIET
        a = p47_one(a);
        b = p47_h2(32, ((void) 0, (a < b)));
        p47_QUIET_END
        _Pragma("GCC diagnostic pop")
    }
    {
        printf("f5.f0 %d\n", b);
        int w1 = 0;
        while (w1 < 1 && ((a ? (p47_h2(a, a) % (p47_one(57) % 7 + 8)) : (((a * a) % 10007) && b)) != 0)) {
            w1++;
            a &= ((((b & b) / (p47_h2(b, b) % 7 + 8)) - -14) % 10007);
            printf("f5.1 %d\n", a);
        }
    }
    printf("f5.2 %d\n", p47_one((b / (a % 7 + 8))));
    p47_op_t fp2 = p47_h2;
    printf("f5.d2 %d\n", fp2(7, 8));
    {
        b = 58;
        int t4 = p47_one(((p47_one(b) - p47_h2(a, 26)) % 10007));
            p47_op_t fp6 = p47_h2;
            printf("f5.d6 %d\n", fp6(7, 8));
            printf("f5.3 %d\n", a);
        int r5 = t4;
        printf("f5.t6 %d\n", r5);
        b &= p47_one(p47_one((a ?: 22)));
    }
    if (((p47_one(a) ?: (- (b >= 66))) != 0) != 0) {
        if (fp2(1, 2)) {
            return;
        }
        {
            if (p47_h2(a, (p47_one(a) && b))) {
                if (a) {
                    return;
                }
            } else {
                if (a) {
                    return;
                }
            }
            int w7 = 0;
            while (w7 < 1 && 1) {
                w7++;
                printf("f5.4 %d %d\n", 56, p47_h1((63 % (57 % 7 + 8)), p47_one(b)));
                b ^= (p47_one(14) ?: p47_one(((b < 64) ? b : 82)));
            }
        }
        if (0) {
            int e8 = 0;
            printf("f5.c8 %d\n", e8);
        }
        printf("f5.5 %d %d\n", 65, ((a == 11) % ((b >= a) % 7 + 8)));
    }
    a &= p47_one(((a & 16383) >> (p47_one(fp2(1, 2)) & 7)));
    printf("f5.6 %d %d %d\n", fp2(1, 2), a, b);
}

int p47_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    {
        int b = p47_h1(p47_one(((23 * a) % 10007)), p47_one(a));
        {
            int b = p47_one(p47_h1(a, ((void) 0, a)));
            if (p47_h2(p47_h2(a, p47_one(b)), p47_one(p47_one(62)))) {
                p47_f5(-17, (- (b ?: a)));
            }
            {
                static int sl2 = 7;
                sl2 = (sl2 * 3 + a) % 10007;
                printf("f4.d2 %d\n", sl2);
                b &= p47_h2(p47_one(34), (b % ((sl2 == a) % 7 + 8)));
            }
            {
                printf("f4.f2 %d\n", 38);
                long l3 = (long) p47_h2(p47_one(b), (p47_one(76) && p47_one(38))) * 100000L;
                printf("f4.d3 %ld\n", l3);
            }
            printf("f4.d3 %d\n", b);
        }
        printf("f4.d3 %d\n", b);
    }
    return ((98 * (((a ?: -8) != 0) ? ((a * 45) % 10007) : 62)) % 10007);
}

int p47_f3(int a, int b) {
    if (b) {
        int m1[][2] = { { p47_h1((- a), ((((b < 75) ? b : a) + 2) % 10007)), ((p47_one(p47_h2(b, 10)) & 16383) >> (p47_one(((int) sizeof(p47_f4(1, a)))) & 7)) }, { p47_h1(((b | a) || p47_one(a)), a), (a ? b : b) } };
        a ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    } else {
        if (p47_one((p47_one(0) | p47_one(b)))) {
            return (b % (a % 7 + 8));
        }
    }
    a = p47_one((p47_one(98) & (a == 50)));
    switch ((a < 20) & 3) {
    case 2: {
        p47_op_t fp2 = p47_h1;
        a ^= (int) (fp2(7, 8)) & 1023;
    }
        /* fallthrough */
    case 0: {
        if ((p47_one(b) || ((void) 0, p47_h2(a, b)))) {
            if (b) {
                b ^= p47_one(((p47_h1(a, 83) + ((a - 29) % 10007)) % 10007));
            }
            if (((p47_h1(b, b) ? p47_one(b) : p47_h1(a, b)) / (p47_one((- b)) % 7 + 8))) {
                double dd3 = b * 0.25 + 0.5;
                a ^= (int) (dd3) & 1023;
            }
        } else {
        }
    }
        break;
    case 3: {
        struct p47_S st4 = { .in.y = ((void) 0, a), .a = p47_one(((void) 0, (a % (b % 7 + 8)))), .arr[2] = p47_one((a ^ p47_one(6))), .c = 'q' };
        st4.in.x ^= (int) (st4.a) & 1023;
    }
        break;
    default: {
    }
        break;
    }
    switch (p47_h1(((b < 76) && p47_one(81)), b) & 3) { case 0: case 3: {
        a = p47_one((- a));
    } }
    double dd5 = ((((a & b) || (a / (b % 7 + 8))) + (((b + b) % 10007) % ((a != 9) % 7 + 8))) % 10007) * 0.25 + 0.5;
    b ^= (int) (dd5) & 1023;
    return ((((((a & 16383) >> (b & 7)) & (a % (a % 7 + 8))) ^ b) + a) % 10007);
}

int p47_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    p47_f4(((p47_one(d) - ((a & 16383) >> (-9 & 7))) % 10007), ((a && d) ^ p47_h1(62, d)));
    printf("f2.1 %d %d %d\n", ((void) 0, p47_f2(d - 1, d)), a, a);
    int t1 = p47_one((a >= (d | a)));
        printf("f2.2 %d %d %d\n", 45, p47_f2(d - 1, a), d);
    int r2 = t1;
    printf("f2.t2 %d\n", r2);
    if (r2) {
        int w3 = 0;
        do {
            w3++;
            static int sl4 = 6;
            sl4 = (sl4 * 3 + (r2 / (p47_h2(a, a) % 7 + 8))) % 10007;
            printf("f2.d4 %d\n", sl4);
        } while (w3 < 1 && r2);
    }
    return (p47_h1(a, ((void) 0, a)) ?: (p47_h1(0, r2) >= 42));
}

int p47_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    if (a) {
        return p47_f4((a ? a : a), p47_h2(a, p47_f4(a, a)));
    }
    if ((b < 45)) {
        return ((((a < 33) ? ((void) 0, a) : (((59 + a) % 10007) ?: a)) != 0) ? (a || ((void) 0, a)) : ((a ? 53 : a) & ((void) 0, b)));
    }
    printf("f1.1 %d %d\n", ((((b != 23) + b) % 10007) ?: p47_h2(72, b)), (- 87));
    return p47_h2(a, p47_h2((a ?: b), ((52 - a) % 10007)));
}

int p47_main(void) {
    printf("main.f1 %d\n", p47_f1(30, 11));
    int gb1[64];
    int gn2 = p47_g1_fill(0, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v = gb1[gi3];
        printf("main.g %d\n", v);
    }
    int gb4[64];
    int gn5 = p47_g2_fill(3, gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v = gb4[gi6];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 47\n");
    p47_main();
    return 0;
}
