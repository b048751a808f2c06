#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 55 */
struct p55_In { int x; int y; };
struct p55_S { int a; long b; char c; int arr[3]; struct p55_In in; };
union p55_U { int i; unsigned u; char bytes[4]; };
typedef int p55_int_t;
typedef struct p55_In p55_in_t;
typedef int (*p55_op_t)(int, int);
int p55_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p55_h2(int a, int b) { return (a - b * 5) % 10007; }
p55_op_t p55_ops[2] = { p55_h1, p55_h2 };
p55_in_t p55_gin = { 3, 4 };
p55_in_t *p55_pick(p55_in_t *p) { return p; }
#define p55_QUIET _Pragma("GCC diagnostic push")
#define p55_QUIET_END _Pragma("GCC diagnostic pop")

int p55_one(int x) {
    return x - x + 1;
}

int p55_g1_fill(int n, int b, int *ybuf);
int p55_f1(int a);
int p55_f2(int d, int a);
int p55_f3(int a, int b);

int p55_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    return yn;
}

int p55_f3(int a, int b) {
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
#endif
    for (p55_int_t i1 = ((b < 53) & 1); i1 < 2 && 1; i1++) {
    }
    a = p55_one(p55_one(19));
    {
        a ^= p55_h2(p55_h2((- 69), p55_one(b)), p55_one(p55_one(b)));
        int a3[4] = { p55_one(p55_h1(p55_one(b), p55_one(11))), ((((p55_h2(b, b) + (((b & 255) << (a & 7)) % 10007)) % 10007) & 16383) >> ((p55_one(b) ^ ((72 * 71) % 10007)) & 7)), p55_one(a), p55_h2(a, ((void) 0, ((b * b) % 10007))) };
        a3[0] ^= (int) ((int) (sizeof a3 / sizeof a3[0])) & 1023;
    }
    return (((((p55_h1(18, 90) - (- 37)) % 10007) ^ b) + a) % 10007);
}

int p55_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    static int sl1 = 6;
    sl1 = (sl1 * 3 + a) % 10007;
    printf("f2.d1 %d\n", sl1);
    printf("f2.1 %d %d\n", d, a);
    printf("f2.2 %d %d %d\n", (- p55_h1(a, 13)), p55_h1(((void) 0, sl1), p55_f3(64, -6)), a);
    char s2[] = "cgbe";
    printf("f2.d2 %d [%s]\n", (int) sizeof s2, s2);
    return ((void) 0, (sl1 & a));
}

int p55_f1(int a) {
    printf("f1.in %d\n", a);
    a &= ((void) 0, ((void) 0, p55_f3(18, 31)));
    {
        int gb2[64];
        int gn3 = p55_g1_fill(p55_f3(a, p55_f3(a, 47)), ((a | a) != p55_h1(a, a)), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v1 = gb2[gi4];
            printf("f1.g1 %d\n", v1);
            printf("f1.1 %d\n", a);
        }
        int w2 = 0;
        while (w2 < 3 && ((p55_one(73) && (((a < 37) ? a : a) != 0)) || (((((void) 0, a) == (a | a)) + a) % 10007))) {
            w2++;
            a &= (p55_one((a ? a : a)) < ((a && a) % (((a & 16383) >> (a & 7)) % 7 + 8)));
            a &= 60;
        }
    }
    if (0) {
        int e3 = 0;
        printf("f1.c3 %d\n", e3);
    }
    a = p55_h2(p55_one(9), a);
    a &= a;
    printf("f1.2 %d %d\n", -9, (p55_one(a) ^ a));
    struct p55_In *cl4 = &(struct p55_In){ a, (((((((a < -17) ? a : a) != 0) ? (a / (a % 7 + 8)) : ((a - a) % 10007)) + a) % 10007) ?: (((void) 0, a) ?: ((a < 76) ? a : a))) };
    printf("f1.d4 %d\n", cl4->y);
    return p55_h1(cl4->y, p55_h2(((void) 0, cl4->x), (a ?: 5)));
}

int p55_main(void) {
    printf("main.f1 %d\n", p55_f1(9));
    printf("main.f2 %d\n", p55_f2(3, 12));
    return 0;
}


int main(void) {
    printf("== seed 55\n");
    p55_main();
    return 0;
}
