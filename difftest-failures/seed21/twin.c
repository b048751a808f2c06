#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 21 */
struct p21_In { int x; int y; };
struct p21_S { int a; long b; char c; int arr[3]; struct p21_In in; };
union p21_U { int i; unsigned u; char bytes[4]; };
typedef int p21_int_t;
typedef struct p21_In p21_in_t;
typedef int (*p21_op_t)(int, int);
int p21_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p21_h2(int a, int b) { return (a - b * 5) % 10007; }
p21_op_t p21_ops[2] = { p21_h1, p21_h2 };
p21_in_t p21_gin = { 3, 4 };
p21_in_t *p21_pick(p21_in_t *p) { return p; }
#define p21_QUIET _Pragma("GCC diagnostic push")
#define p21_QUIET_END _Pragma("GCC diagnostic pop")

int p21_one(int x) {
    return x - x + 1;
}

int p21_g1_fill(int n, int b, int *ybuf);
int p21_f1(int a, int b);
int p21_f2(int a, int b);
int p21_f3(int d, int a);
int p21_f4(int a, int b);

int p21_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = b;
    ybuf[yn++] = 97;
    int y1 = 0;
    n ^= (int) (y1) & 1023;
    return yn;
}

int p21_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    printf("f4.1 %d %d %d\n", b, b, p21_h2(-9, 38));
    b = p21_one(a);
    a = b;
    printf("f4.2 %d\n", b);
    printf("f4.3 %d %d %d\n", p21_one((b == a)), a, a);
    return (p21_one(a) ?: p21_one((- a)));
}

int p21_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    char s1[] = {"gdd"};
    printf("f3.d1 %d [%s]\n", (int) sizeof s1, s1);
    int t2 = p21_one(a);
        a = a;
        p21_f4((int) sizeof s1, a);
    int r3 = t2;
    printf("f3.t3 %d\n", r3);
    int t4 = p21_one((((- a) != 0) && (((((a < 13) ? 54 : a) != 0) + a) % 10007)));
        int v6 = ((int) sizeof(p21_f3(1, 63)));
        printf("f3.d6 %d\n", v6);
    int r5 = t4;
    printf("f3.t6 %d\n", r5);
    printf("f3.1 %d %d\n", (p21_one(r3) >= ((int) sizeof(p21_f3(1, d)))), r3);
    a |= p21_f4(((p21_f4(42, r3) * (((r3 & 255) << (r3 & 7)) % 10007)) % 10007), a);
    long l7 = (long) p21_h2(r5, p21_f4(((a + (int) sizeof s1) % 10007), ((r3 < (int) sizeof s1) && d))) * 100000L;
    printf("f3.d7 %ld\n", l7);
    return ((int) sizeof(p21_f4(1, (int) sizeof s1)));
}

int p21_f2(int a, int b) {
    b = -20;
    b |= p21_h1((((b < 1) ? a : 21) % (44 % 7 + 8)), b);
    char s1[] = "ggh";
    a ^= (int) ((int) sizeof s1) & 1023;
    int w2 = 0;
    while (w2 < 3 && (-18 & b)) {
        w2++;
        if ((b < 4)) {
            return p21_one(p21_one(a));
        }
    }
    {
#ifndef AC_DT_UNDEFINED
        for (int i4 = (p21_h2(p21_one(b), (- (int) sizeof s1)) & 1); i4 < 1 && a; i4 += p21_one(i4)) {
            b ^= b;
        }
#else
        printf("never\n");
#endif
        int a5[4] = { p21_one(((void) 0, 7)), p21_h1(b, 83), a, 95 };
        a5[0] ^= (int) ((int) (sizeof a5 / sizeof a5[0])) & 1023;
    }
    return (((((w2 < -19) ? a : p21_h1(44, (int) sizeof s1)) ^ b) + a) % 10007);
}

int p21_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    int t1 = p21_one(((b & 16383) >> (54 & 7)));
    int r2 = t1;
    printf("f1.t2 %d\n", r2);
    p21_f4(((((- a) & 255) << (p21_h2(63, b) & 7)) % 10007), a);
    for (p21_int_t i3 = ((((46 < a) != p21_f4(57, a)) / (((void) 0, (b && b)) % 7 + 8)) & 1); i3 < 2 && p21_h2(p21_h1(p21_f2(17, 5), ((void) 0, a)), p21_f4(p21_f4(b, b), p21_f2(a, a))); i3++) {
        const int k4 = (- 24);
        printf("f1.d4 %d\n", k4);
    }
    printf("f1.1 %d %d\n", (((- r2) + p21_h1(a, a)) % 10007), r2);
    return r2;
}

int p21_main(void) {
    printf("main.f1 %d\n", p21_f1(33, 0));
    printf("main.f3 %d\n", p21_f3(3, 19));
    int gb1[64];
    int gn2 = p21_g1_fill(2, 5, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v = gb1[gi3];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 21\n");
    p21_main();
    return 0;
}
