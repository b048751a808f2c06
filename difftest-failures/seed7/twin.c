#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 7 */
struct p7_In { int x; int y; };
struct p7_S { int a; long b; char c; int arr[3]; struct p7_In in; };
union p7_U { int i; unsigned u; char bytes[4]; };
typedef int p7_int_t;
typedef struct p7_In p7_in_t;
typedef int (*p7_op_t)(int, int);
int p7_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p7_h2(int a, int b) { return (a - b * 5) % 10007; }
p7_op_t p7_ops[2] = { p7_h1, p7_h2 };
p7_in_t p7_gin = { 3, 4 };
p7_in_t *p7_pick(p7_in_t *p) { return p; }
#define p7_QUIET _Pragma("GCC diagnostic push")
#define p7_QUIET_END _Pragma("GCC diagnostic pop")

int p7_one(int x) {
    return x - x + 1;
}

int p7_g1_fill(int n, int *ybuf);
int p7_g2_fill(int n, int b, int *ybuf);
int p7_f1(int a, int b);
int p7_f2(int d, int a);
int p7_f3(int a);
int p7_f4(int a);
void p7_f5(int a);

int p7_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    long l1 = (long) ((n & 16383) >> (((n >= 6) ? (n ? n : 26) : (n ?: 73)) & 7)) * 100000L;
    n ^= (int) (l1) & 1023;
    n = n;
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
    long l2 = (long) p7_h2((((n ?: n) != 0) ? p7_h2((int) (l1 % 10007), 25) : n), (int) (l1 % 10007)) * 100000L;
    n ^= (int) (l2) & 1023;
#endif
    union p7_U un3 = { .u = (unsigned) ((p7_h2(n, n) | p7_h2((int) (l1 % 10007), n)) | p7_h1((- (int) (l1 % 10007)), (n || n))) };
    n ^= (int) (un3.u) & 1023;
    return yn;
}

int p7_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    char c1 = (char) ((n & 63) + 32);
    b ^= (int) (c1) & 1023;
    return yn;
}

void p7_f5(int a) {
    printf("f5.in %d\n", a);
    {
        struct p7_In pt1[] = { { p7_one(a), p7_one((((p7_one(a) & 255) << (p7_one(a) & 7)) % 10007)) }, { p7_one(((9 / (a % 7 + 8)) ?: (a ?: 24))), p7_one(a) } };
        printf("f5.d1 %d %d\n", (int) (sizeof pt1 / sizeof pt1[0]), pt1[1].y);
        int gb1[64];
        int gn2 = p7_g2_fill((a < p7_h2(pt1[0].x, 72)), p7_one(((pt1[1].x * pt1[1].x) % 10007)), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v2 = gb1[gi3];
            printf("f5.g2 %d\n", v2);
            printf("f5.1 %d %d %d\n", a, v2, ((((pt1[1].x < 7) || a) + (((94 + pt1[0].x) % 10007) ?: 46)) % 10007));
            if (((void) 0, ((void) 0, pt1[0].y))) {
                char c3 = (char) ((a & 63) + 32);
                printf("f5.d3 %d\n", c3);
                static int sl4 = 8;
                sl4 = (sl4 * 3 + (((- ((c3 ^ 1000) - 1000)) != 0) ? ((void) 0, 36) : p7_one(pt1[0].x))) % 10007;
                printf("f5.d4 %d\n", sl4);
                int *p5 = &v2;
                printf("f5.d5 %d\n", *p5);
            }
        }
    }
    a ^= a;
    int a6[] = { ((((a && a) + (a ?: a)) % 10007) ?: a), (a ? 1 : -10), p7_one((a != p7_one(a))), (((((-12 + a) % 10007) ?: (a ? -6 : a)) + a) % 10007), ((a & ((void) 0, a)) ^ 35) };
    printf("f5.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[4]);
}

int p7_f4(int a) {
    printf("f4.in %d\n", a);
    int gb1[64];
    int gn2 = p7_g2_fill(((-3 >= a) / ((a < 32) % 7 + 8)), (((a * a) % 10007) / (19 % 7 + 8)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f4.g1 %d\n", v1);
    }
    char s2[] = {""};
    printf("f4.d2 %d [%s]\n", (int) sizeof s2, s2);
    a |= -2;
    switch (p7_one(89) & 3) {
    case 3: {
        int v4 = p7_h1(p7_h1(p7_h1((int) sizeof s2, a), p7_h1(a, (int) sizeof s2)), (int) sizeof s2);
        printf("f4.d4 %d\n", v4);
    }
        break;
    case 1: {
        int gb4[64];
        int gn5 = p7_g1_fill((((a < (int) sizeof s2) && a) == p7_one(a)), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v5 = gb4[gi6];
            printf("f4.g5 %d\n", v5);
            printf("f4.1 %d\n", p7_one(p7_one(50)));
        }
    }
        /* fallthrough */
    case 2: {
        printf("f4.2 %d\n", p7_one(p7_one((int) sizeof s2)));
    }
        break;
    default: {
        p7_QUIET
        if ((a < 42)) {
            return a;
        }
#ifndef AC_DT_UNDEFINED
        a = p7_one(p7_one(87));
#else
        printf("never\n");
#endif
        p7_QUIET_END
    }
        break;
    }
    return p7_one(p7_one((- (int) sizeof s2)));
}

int p7_f3(int a) {
    if ((((a < 31) ? ((void) 0, a) : p7_one(a)) & a)) {
        return p7_one(p7_one(p7_one(a)));
    }
    a ^= (a && (p7_one(32) & (a % (a % 7 + 8))));
    {
        if (a) {
            {
                goto L1;
            }
        }
        char s2[] = {"hhdbdc"};
        a ^= (int) ((int) sizeof s2) & 1023;
    L1:;
    }
    return ((p7_h2(-20, ((a + a) % 10007)) + a) % 10007);
}

int p7_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    {
        a &= d;
        printf("f2.1 %d %d\n", d, d);
        int w1 = 0;
        do {
            w1++;
            int a2[5] = { (d / (p7_h2(((-12 + 19) % 10007), (17 ^ a)) % 7 + 8)), a, ((d & 16383) >> (a & 7)), a, p7_f4(22) };
            printf("f2.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[4]);
            for (p7_int_t i3 = 0, *i3p = &i3; i3 < 2 && (((((a2[0] && (a != -9)) + a) % 10007) ?: p7_f3(a2[1])) != 0); (*i3p)++) {
                int v4 = p7_one(p7_one((-15 % (20 % 7 + 8))));
                printf("f2.d4 %d\n", v4);
                printf("f2.2 %d %d %d\n", a2[0], d, p7_one((i3 ?: 85)));
            }
        } while (w1 < 1 && 1);
    }
    if (0) {
        int e5 = 0;
        printf("f2.c5 %d\n", e5);
        if (p7_h1(p7_f2(d - 1, a), p7_one(((a - a) % 10007)))) {
            a |= (((a / (a % 7 + 8)) && p7_f2(d - 1, a)) % (9 % 7 + 8));
            if (((54 + d) % 10007)) {
                {
                    int rv2 = p7_one(p7_h1(a, d));
                    {
                        printf("f2.f5 %d\n", a);
                    }
                    return rv2;
                }
            }
            printf("f2.3 %d\n", a);
        } else {
            a &= a;
            if ((((((a & 255) << ((a % (a % 7 + 8)) & 7)) % 10007) ?: (d ? (d && a) : 1)) != 0) != 0) {
                a = a;
            } else {
                printf("f2.4 %d %d\n", ((((8 + a) % 10007) ?: a) == a), d);
            }
        }
    }
    {
        printf("f2.f5 %d\n", a);
    }
    struct p7_In *cl6 = &(struct p7_In){ p7_h2(a, ((a / (d % 7 + 8)) ?: ((a < 79) ? 31 : a))), a };
    printf("f2.d6 %d\n", cl6->y);
    char c7 = (char) ((79 & 63) + 32);
    printf("f2.d7 %d\n", c7);
    int v9 = p7_h1(cl6->y, (((42 + a) % 10007) ?: ((c7 ^ 1000) - 1000)));
    printf("f2.d9 %d\n", v9);
    char s10[] = "ecfe";
    printf("f2.d10 %d [%s]\n", (int) sizeof s10, s10);
    cl6->y = (int) sizeof s10;
    printf("f2.5 %d\n", cl6->y);
    return (- -6);
}

int p7_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    char s1[] = {"hbegfe"};
    printf("f1.d1 %d [%s]\n", (int) sizeof s1, s1);
    int m2[][2] = { { -14, p7_f4(b) }, { (((b < -4) ? a : a) % ((b ? a : a) % 7 + 8)), (- ((a < (int) sizeof s1) ? 1 : 11)) } };
    printf("f1.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[1][1]);
    int *cl3 = (int[]){ a, b, m2[1][0] };
    printf("f1.d3 %d\n", cl3[1]);
    m2[0][0] &= m2[0][0];
    struct p7_S st4 = { p7_one(13), (((int) sizeof s1 + 0) % 10007), 'k', { (((p7_h2(p7_f3(b), 0) & 255) << ((p7_f3(a) | p7_one(b)) & 7)) % 10007), ((void) 0, a), 24 }, { p7_h1(cl3[1], a), m2[0][1] } };
    printf("f1.d4 %d %ld %d %d %d %d\n", st4.a, st4.b, st4.c, st4.arr[2], st4.in.x, st4.in.y);
    printf("f1.1 %d %d %d\n", st4.arr[1], m2[1][0], a);
    return 83;
}

int p7_main(void) {
    printf("main.f1 %d\n", p7_f1(40, 5));
    p7_f5(40);
    return 0;
}


int main(void) {
    printf("== seed 7\n");
    p7_main();
    return 0;
}
