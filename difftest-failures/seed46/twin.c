#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 46 */
struct p46_In { int x; int y; };
struct p46_S { int a; long b; char c; int arr[3]; struct p46_In in; };
union p46_U { int i; unsigned u; char bytes[4]; };
typedef int p46_int_t;
typedef struct p46_In p46_in_t;
typedef int (*p46_op_t)(int, int);
int p46_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p46_h2(int a, int b) { return (a - b * 5) % 10007; }
p46_op_t p46_ops[2] = { p46_h1, p46_h2 };
p46_in_t p46_gin = { 3, 4 };
p46_in_t *p46_pick(p46_in_t *p) { return p; }
#define p46_QUIET _Pragma("GCC diagnostic push")
#define p46_QUIET_END _Pragma("GCC diagnostic pop")

int p46_one(int x) {
    return x - x + 1;
}

int p46_g1_fill(int n, int *ybuf);
int p46_f1(int a);
int p46_f2(int a);
int p46_f3(int d, int a);

int p46_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    int m1[][2] = { { (n & ((n && (n < 15)) ? p46_h2(n, 86) : n)), n } };
    m1[0][0] ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
    return yn;
}

int p46_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    a ^= (2 ^ p46_h1(((a < 46) ? 26 : a), 49));
    {
        {
            int v1 = a;
            printf("f3.d1 %d\n", v1);
            switch ((d | p46_f3(d - 1, (v1 >= 47))) & 3) {
            case 2: {
                if ((v1 < 56)) {
                    {
                        break;
                    }
                }
            }
                break;
            default: {
                a |= a;
            }
                break;
            }
        }
        if (0) {
            int e2 = 0;
            printf("f3.c2 %d\n", e2);
        }
        {
            printf("f3.f2 %d\n", a);
        }
    }
    if (0) {
        int e3 = 0;
        printf("f3.c3 %d\n", e3);
        {
            printf("f3.1 %d\n", p46_f3(d - 1, a));
        }
    }
    printf("f3.2 %d %d %d\n", (p46_one(a) ? ((void) 0, 81) : d), a, a);
    p46_op_t fp5 = p46_h1;
    printf("f3.d5 %d\n", fp5(7, 8));
    int gb3[64];
    int gn4 = p46_g1_fill(a, gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v6 = gb3[gi5];
        printf("f3.g6 %d\n", v6);
        int w7 = 0;
        do {
            w7++;
            if (p46_one(p46_one(24))) {
                {
                    break;
                }
            }
#ifndef AC_DT_UNDEFINED
            if (v6) {
                return a;
            }
            char c8 = (char) (((((91 + a) % 10007) ?: a) & 63) + 32);
            printf("f3.d8 %d\n", c8);
#else
            printf("never\n");
#endif
        } while (w7 < 3 && 1);
    }
    return ((a >= 1) && p46_h1(98, ((fp5(1, 2) < 94) && a)));
}

int p46_f2(int a) {
    for (int i1 = (p46_one(p46_one(p46_one(a))) & 1); i1 < 3 && p46_one(((((- a) + a) % 10007) ?: ((a < -1) || (((a < 89) + a) % 10007)))); i1++) {
        if (((p46_one(32) != ((a * a) % 10007)) == p46_one(a)) != 0) {
            {
                break;
            }
        }
        if (((void) 0, p46_one(((-7 + 96) % 10007)))) {
            {
                continue;
            }
        }
        {
        }
    }
    const int k3 = p46_h1(((p46_one(0) & 16383) >> (43 & 7)), (a ? (a != 80) : 42));
    a ^= (int) (k3) & 1023;
    {
        int a5[] = { (k3 ?: 81), p46_one(a) };
        a5[1] ^= (int) ((int) (sizeof a5 / sizeof a5[0])) & 1023;
        unsigned u6 = (unsigned) ((((((((void) 0, 92) + a5[0]) % 10007) ?: p46_one(-4)) + a5[1]) % 10007) ?: 7) * 2654435761u;
        a ^= (int) (u6) & 1023;
    }
    if (p46_one(k3)) {
        return (((((a + 57) % 10007) - p46_one(k3)) % 10007) ?: a);
    }
    a &= ((-9 + 30) % 10007);
    return ((a + a) % 10007);
}

int p46_f1(int a) {
    printf("f1.in %d\n", a);
    char c1 = (char) ((((((p46_f2(a) + ((32 + 3) % 10007)) % 10007) - p46_f2((a >= 91))) % 10007) & 63) + 32);
    printf("f1.d1 %d\n", c1);
    {
        {
            printf("f1.1 %s %d %d\n", __func__, a, ((c1 ^ 1000) - 1000));
            int v5 = p46_one(a);
            printf("f1.d5 %d\n", v5);
        }
    }
    printf("f1.2 %s %d %d\n", __func__, ((((40 + 61) % 10007) - (a ^ 56)) % 10007), p46_h1(p46_h2(((c1 ^ 1000) - 1000), 59), (- a)));
    return ((c1 ^ 1000) - 1000);
}

int p46_main(void) {
    printf("main.f1 %d\n", p46_f1(24));
    return 0;
}


int main(void) {
    printf("== seed 46\n");
    p46_main();
    return 0;
}
