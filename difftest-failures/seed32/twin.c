#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 32 */
struct p32_In { int x; int y; };
struct p32_S { int a; long b; char c; int arr[3]; struct p32_In in; };
union p32_U { int i; unsigned u; char bytes[4]; };
typedef int p32_int_t;
typedef struct p32_In p32_in_t;
typedef int (*p32_op_t)(int, int);
int p32_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p32_h2(int a, int b) { return (a - b * 5) % 10007; }
p32_op_t p32_ops[2] = { p32_h1, p32_h2 };
p32_in_t p32_gin = { 3, 4 };
p32_in_t *p32_pick(p32_in_t *p) { return p; }
#define p32_QUIET _Pragma("GCC diagnostic push")
#define p32_QUIET_END _Pragma("GCC diagnostic pop")

int p32_one(int x) {
    return x - x + 1;
}

int p32_g1_fill(int n, int *ybuf);
int p32_f1(int a);
int p32_f2(int d, int a);
int p32_f3(int a, int b);

int p32_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    return yn;
}

int p32_f3(int a, int b) {
    {
        char c2 = (char) ((((((a - b) % 10007) % (b % 7 + 8)) && p32_one(74)) & 63) + 32);
        b ^= (int) (c2) & 1023;
    }
    b |= b;
    for (int i3 = 0; i3 < 2 && 1; i3++) {
        {
            int b = a;
            a ^= (int) (b) & 1023;
        }
    }
    return ((((- ((void) 0, b)) ^ b) + a) % 10007);
}

int p32_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    {
        static int sl1 = 5;
        sl1 = (sl1 * 3 + ((d ? 98 : a) / (p32_one(79) % 7 + 8))) % 10007;
        printf("f2.d1 %d\n", sl1);
        switch ((((d >= p32_h2(d, 9)) ? sl1 : 12) != 0) & 3) {
        case 0: {
            int w2 = 0;
            while (w2 < 3 && 1) {
                w2++;
                a = ((void) 0, sl1);
            }
        }
            /* fallthrough */
        default: {
            printf("f2.1 %d %d\n", 59, sl1);
        }
            break;
        }
        {
            p32_QUIET
            a |= d;
            p32_QUIET_END
            a ^= p32_f2(d - 1, ((d ?: sl1) ^ a));
            printf("f2.2 %d %d %d\n", a, sl1, p32_f2(d - 1, p32_h1(a, a)));
        }
        if (0) {
            int e3 = 0;
            printf("f2.c3 %d\n", e3);
            if ((p32_h2(p32_f3(e3, d), d) == p32_f3(p32_f3(69, e3), p32_f3(93, 70))) != 0) {
                {
                    int rv3 = p32_h1(a, sl1);
                    {
                        printf("f2.f3 %d\n", a);
                        printf("f2.5 %d\n", 91);
                    }
                    return rv3;
                }
            }
            if (sl1) {
                printf("f2.3 %s %d %d\n", __func__, ((((e3 < 71) && a) * p32_one(9)) % 10007), a);
                a = p32_f3((p32_h1(e3, e3) ? p32_h1(sl1, d) : (- e3)), p32_f3(((e3 + e3) % 10007), e3));
                a = (p32_h2(p32_h2(a, a), d) ? ((-16 * (a ?: -9)) % 10007) : sl1);
            } else {
                printf("f2.4 %d %d %d\n", a, (a ? (a != 1) : p32_one(a)), d);
                a = ((41 - ((void) 0, (sl1 ? a : e3))) % 10007);
            }
        }
        {
            printf("f2.f3 %d\n", a);
            printf("f2.5 %d\n", 91);
        }
    }
    if (0) {
        int e4 = 0;
        printf("f2.c4 %d\n", e4);
    }
    {
        if (((void) 0, p32_f3((a ^ a), ((void) 0, 34)))) {
            return p32_f3(p32_one(((a * 83) % 10007)), p32_f3((a ? a : 38), ((d - a) % 10007)));
        }
        a = p32_h1(((a * a) % 10007), (p32_f3(-20, 83) ? d : a));
    }
    switch (((void) 0, p32_f3((a ^ 60), p32_h1(a, a))) & 3) { default: {
        a = d;
    } }
    int m6[1][3] = { { (a ?: 27), p32_h1(d, p32_f3((d ?: a), p32_h2(a, d))), ((void) 0, ((void) 0, a)) } };
    printf("f2.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[0][2]);
    int m7[][2] = { (((((void) 0, m6[0][0]) ? m6[0][1] : d) * p32_f3(p32_f3(m6[0][0], -6), d)) % 10007), a, m6[0][1], (p32_f3(((m6[0][0] < 85) || d), (d % (d % 7 + 8))) & (((a >= d) * p32_h1(34, m6[0][0])) % 10007)), p32_h1(p32_f3((m6[0][0] / (m6[0][0] % 7 + 8)), p32_one(a)), p32_f3(((void) 0, m6[0][1]), 89)), (((p32_h2(a, 6) != ((m6[0][0] + d) % 10007)) + ((void) 0, (m6[0][1] != a))) % 10007) };
    printf("f2.d7 %d %d\n", (int) (sizeof m7 / sizeof m7[0]), m7[2][1]);
    return 67;
}

int p32_f1(int a) {
    printf("f1.in %d\n", a);
    int t1 = p32_one(p32_f3(a, p32_one(a)));
        int gb1[64];
        int gn2 = p32_g1_fill(p32_f3(a, p32_f3(5, a)), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v3 = gb1[gi3];
            printf("f1.g3 %d\n", v3);
            int a4[] = { p32_one(a), p32_h1(a, v3) };
            printf("f1.d4 %d %d\n", (int) (sizeof a4 / sizeof a4[0]), a4[1]);
            printf("f1.1 %d %d %d\n", a4[0], p32_f3(a4[1], p32_h1(8, a4[1])), (- a4[0]));
        }
        int gb4[64];
        int gn5 = p32_g1_fill(99, gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v5 = gb4[gi6];
            printf("f1.g5 %d\n", v5);
            _Pragma("GCC diagnostic push")
            int a6[] = { ((void) 0, ((a * p32_h2(a, 73)) % 10007)), ((((a < 29) ? 72 : ((void) 0, a)) & 16383) >> (((void) 0, v5) & 7)), (20 ^ (- p32_h2(a, a))), (((- a) - v5) % 10007), ((((p32_h1(v5, 7) & 255) << ((a || (a < 9)) & 7)) % 10007) ?: v5) };
            printf("f1.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[4]);
            printf("f1.2 %d\n", v5);
            _Pragma("GCC diagnostic pop")
            int gb7[64];
            int gn8 = p32_g1_fill(68, gb7);
            for (int gi9 = 0; gi9 < gn8; gi9++) {
                int v7 = gb7[gi9];
                printf("f1.g7 %d\n", v7);
                printf("f1.3 %d %d %d\n", v7, (((a6[0] < -10) ? a6[1] : a6[1]) & (4 / (a % 7 + 8))), a6[1]);
                printf("f1.4 %d\n", (((36 & 255) << (36 & 7)) % 10007));
            }
        }
    int r2 = t1;
    printf("f1.t7 %d\n", r2);
    char c8 = (char) ((p32_f3(p32_h2(p32_f3(68, a), (((a & 255) << (r2 & 7)) % 10007)), p32_f3(a, 7)) & 63) + 32);
    printf("f1.d8 %d\n", c8);
    printf("f1.5 %d %d %d\n", 15, r2, (p32_one(57) ?: a));
    printf("f1.6 %d\n", p32_h2(r2, ((17 & 16383) >> (92 & 7))));
    return (a >= 13);
}

int p32_main(void) {
    printf("main.f1 %d\n", p32_f1(2));
    return 0;
}


int main(void) {
    printf("== seed 32\n");
    p32_main();
    return 0;
}
