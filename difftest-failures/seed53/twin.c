#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 53 */
struct p53_In { int x; int y; };
struct p53_S { int a; long b; char c; int arr[3]; struct p53_In in; };
union p53_U { int i; unsigned u; char bytes[4]; };
typedef int p53_int_t;
typedef struct p53_In p53_in_t;
typedef int (*p53_op_t)(int, int);
int p53_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p53_h2(int a, int b) { return (a - b * 5) % 10007; }
p53_op_t p53_ops[2] = { p53_h1, p53_h2 };
p53_in_t p53_gin = { 3, 4 };
p53_in_t *p53_pick(p53_in_t *p) { return p; }
#define p53_QUIET _Pragma("GCC diagnostic push")
#define p53_QUIET_END _Pragma("GCC diagnostic pop")

int p53_one(int x) {
    return x - x + 1;
}

int p53_g1_fill(int n, int *ybuf);
int p53_f1(int a, int b);
int p53_f2(int a, int b);
int p53_f3(int d, int a);
int p53_f4(int a, int b);

int p53_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if ((n == ((p53_h2(n, n) * n) % 10007)) != 0) {
        return yn;
    }
    for (int i1 = (((n + n) % 10007) & 1); i1 < 2 && n; i1++) {
        n = p53_h2(n, n);
    }
    return yn;
}

int p53_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    char s1[] = {""};
    printf("f4.d1 %d [%s]\n", (int) sizeof s1, s1);
    int gb1[64];
    int gn2 = p53_g1_fill((p53_h2(a, a) != p53_one(a)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v2 = gb1[gi3];
        printf("f4.g2 %d\n", v2);
    }
    a ^= ((void) 0, p53_one(52));
    switch (a & 3) { case 3: case 0: {
        a = (((p53_h1(a, a) ? ((int) sizeof s1 % (a % 7 + 8)) : ((void) 0, 63)) != 0) && p53_h1(p53_one(a), ((((int) sizeof s1 & 255) << (b & 7)) % 10007)));
    } }
    return (b || p53_one((- b)));
}

int p53_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    int t1 = p53_one(p53_one(a));
        int v4 = (a || a);
        printf("f3.d4 %d\n", v4);
        unsigned u5 = (unsigned) (((((v4 | a) & 255) << (p53_h2(97, v4) & 7)) % 10007) ?: p53_h1(d, p53_h1(a, a))) * 2654435761u;
        printf("f3.d5 %u\n", u5);
    int r2 = t1;
    printf("f3.t5 %d\n", r2);
    p53_f4(p53_f3(d - 1, p53_h1(a, 78)), ((- 38) & p53_one(a)));
    if ((a < -7)) {
        return a;
    }
    p53_f4(a, a);
    return p53_h2((a & ((int) sizeof(p53_f4(1, 42)))), p53_f3(d - 1, p53_f4(d, a)));
}

int p53_f2(int a, int b) {
    int w1 = 0;
    do {
        w1++;
        a |= (((p53_one(b) ? a : (b & b)) - p53_one(p53_one(91))) % 10007);
    } while (w1 < 2 && 1);
    _Pragma("GCC diagnostic push")
    a = p53_h1(a, p53_one(p53_one(b)));
#if 1
    if (p53_h2(((((- b) + a) % 10007) ?: (w1 & w1)), p53_one((w1 | a)))) {
        char s2[] = "";
        b ^= (int) ((int) sizeof s2) & 1023;
        a &= b;
    } else {
        long l3 = (long) p53_one(40) * 100000L;
        a ^= (int) (l3) & 1023;
    }
    a |= (b >= ((void) 0, a));
    a = p53_one(p53_h2((-10 >= w1), 25));
#else
    printf("never\n");
#endif
    _Pragma("GCC diagnostic pop")
    return ((((a < p53_one(a)) ^ b) + a) % 10007);
}

int p53_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    int gb1[64];
    int gn2 = p53_g1_fill(p53_f2(42, a), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f1.g1 %d\n", v1);
    }
    printf("f1.1 %s %d %d\n", __func__, b, (- p53_f2(b, b)));
    return p53_f2(((a < ((65 - 61) % 10007)) || a), p53_h1(b, (a || a)));
}

int p53_main(void) {
    printf("main.f1 %d\n", p53_f1(4, 9));
    return 0;
}


int main(void) {
    printf("== seed 53\n");
    p53_main();
    return 0;
}
