#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 14 */
struct p14_In { int x; int y; };
struct p14_S { int a; long b; char c; int arr[3]; struct p14_In in; };
union p14_U { int i; unsigned u; char bytes[4]; };
typedef int p14_int_t;
typedef struct p14_In p14_in_t;
typedef int (*p14_op_t)(int, int);
int p14_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p14_h2(int a, int b) { return (a - b * 5) % 10007; }
p14_op_t p14_ops[2] = { p14_h1, p14_h2 };
p14_in_t p14_gin = { 3, 4 };
p14_in_t *p14_pick(p14_in_t *p) { return p; }
#define p14_QUIET _Pragma("GCC diagnostic push")
#define p14_QUIET_END _Pragma("GCC diagnostic pop")

int p14_one(int x) {
    return x - x + 1;
}

int p14_g1_fill(int n, int b, int *ybuf);
int p14_g2_fill(int n, int b, int *ybuf);
int p14_f1(int a);
int p14_f2(int a, int b);
int p14_f3(int a, int b);

int p14_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    switch ((b < 25) & 3) { case 1: {
        b = p14_h1(b, b);
    } }
    ybuf[yn++] = (- n);
    if (((- (((44 & 16383) >> (n & 7)) && b)) != 0) != 0) {
        ybuf[yn++] = n;
        ybuf[yn++] = ((b ^ b) ? 1 : 27);
        b = ((((n | p14_h2(12, 79)) & 255) << (b & 7)) % 10007);
    } else {
        b = 74;
        ybuf[yn++] = (b ? (b < -4) : n);
        int y1 = 0;
        b ^= (int) (y1) & 1023;
    }
    ybuf[yn++] = ((b & n) || (n < ((99 + 70) % 10007)));
    return yn;
}

int p14_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    char s1[] = "";
    n ^= (int) ((int) sizeof s1) & 1023;
#if 1
#else
    printf("never\n");
#endif
    {
        int m2[][2] = { (p14_f2(p14_f2((int) sizeof s1, 10), n) ^ p14_f2((83 % (n % 7 + 8)), (((-12 + b) % 10007) ?: (int) sizeof s1))), n };
        n ^= (int) ((int) (sizeof m2 / sizeof m2[0])) & 1023;
    }
    return yn;
}

int p14_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    for (int i1 = 0; i1 < 2 && 1; i1 += p14_one(i1)) {
        a |= p14_one(b);
    }
    if (p14_h1((b ? (-14 ^ a) : (a ?: b)), p14_one(p14_one(6)))) {
        return b;
    }
    int gb1[64];
    int gn2 = p14_g2_fill((b ?: p14_one(b)), -6, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v2 = gb1[gi3];
        printf("f3.g2 %d\n", v2);
        int gb4[64];
        int gn5 = p14_g1_fill((36 ^ p14_h1(a, b)), p14_h2(a, p14_h1(-9, a)), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v3 = gb4[gi6];
            printf("f3.g3 %d\n", v3);
        }
        int *cl4 = (int[]){ p14_one((- (((b & 255) << (-8 & 7)) % 10007))), v2, ((void) 0, a) };
        printf("f3.d4 %d\n", cl4[1]);
    }
    int t5 = p14_one(((a < 34) ? p14_one(69) : p14_one(b)));
        a = b;
    int r6 = t5;
    printf("f3.t6 %d\n", r6);
    a = b;
    if ((a < 9)) {
        return (((33 + r6) % 10007) ?: p14_one(p14_one(a)));
    }
    {
        int w7 = 0;
        while (w7 < 3 && 1) {
            w7++;
            {
                printf("f3.1 %d %d\n", r6, a);
                printf("f3.2 %d\n", p14_one(p14_one(r6)));
            }
            printf("f3.3 %d %d %d\n", r6, b, p14_one(p14_one(b)));
        }
    }
    return (b ^ ((a + (- b)) % 10007));
}

int p14_f2(int a, int b) {
#ifndef AC_DT_UNDEFINED
    a &= (51 >= (((b + -18) % 10007) / ((a ? a : a) % 7 + 8)));
#else
    printf("never\n");
#endif
    union p14_U un1 = { p14_one(p14_one(b)) };
    un1.i ^= (int) (un1.i) & 1023;
    return (((p14_one(b) ^ b) + a) % 10007);
}

int p14_f1(int a) {
    printf("f1.in %d\n", a);
    a |= p14_f3(p14_f2(a, a), ((int) sizeof(p14_f3(1, 57))));
    switch (a & 3) {
    case 1: {
        {
            printf("f1.1 %d %d %d\n", a, p14_h1(p14_f2(-9, 19), a), ((((((a & 255) << (a & 7)) % 10007) & 255) << (a & 7)) % 10007));
            {
                long l2 = (long) p14_h1(p14_h1((a ?: a), ((a * 57) % 10007)), ((a || a) ? ((a < 92) ? a : 72) : (a ?: a))) * 100000L;
                printf("f1.d2 %ld\n", l2);
            }
        }
        switch (a & 3) {
        case 0: {
            switch (((a & 16383) >> (13 & 7)) & 3) { case 3: {
                a = p14_h2(((void) 0, (16 / (a % 7 + 8))), 42);
            } }
            int gb1[64];
            int gn2 = p14_g1_fill(a, 17, gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v3 = gb1[gi3];
                printf("f1.g3 %d\n", v3);
                printf("f1.2 %d %d\n", v3, v3);
                a |= a;
            }
        }
            break;
        default: {
            printf("f1.3 %d\n", (((49 & 16383) >> (a & 7)) % (p14_h2(a, a) % 7 + 8)));
        }
            break;
        }
    }
        break;
    case 3: {
        int gb4[64];
        int gn5 = p14_g1_fill((- p14_h1(65, a)), p14_h1(a, p14_h2(a, a)), gb4);
        for (int gi6 = 0; gi6 < gn5; gi6++) {
            int v4 = gb4[gi6];
            printf("f1.g4 %d\n", v4);
            {
                a ^= (p14_h1(v4, (v4 != a)) >= -6);
                printf("f1.4 %d\n", a);
            }
            if (0) {
                int e5 = 0;
                printf("f1.c5 %d\n", e5);
            }
            {
                printf("f1.f5 %d\n", a);
            }
        }
        int m6[][2] = { { (a == 25), ((((a ? a : a) * a) % 10007) || ((void) 0, (a ^ -7))) } };
        printf("f1.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[0][1]);
    }
        /* fallthrough */
    default: {
        struct p14_In *cl7 = &(struct p14_In){ a, a };
        printf("f1.d7 %d\n", cl7->y);
    }
        break;
    }
    if (((a ? 90 : (((a / (74 % 7 + 8)) & 16383) >> ((a ^ a) & 7))) != 0) != 0) {
        int a8[5] = { ((-4 + 58) % 10007), (- p14_h2(((a & 16383) >> (a & 7)), (a ? a : a))), a, (((a % ((a ^ 56) % 7 + 8)) - a) % 10007), -16 };
        printf("f1.d8 %d %d\n", (int) (sizeof a8 / sizeof a8[0]), a8[4]);
        int m9[][3] = { { ((((((76 & 255) << ((- a) & 7)) % 10007) & 255) << ((a8[1] % (a8[0] % 7 + 8)) & 7)) % 10007), ((((- a) & 16383) >> (a8[((a) % 5 + 5) % 5] & 7)) ?: a8[1]), a8[0] }, { (((void) 0, ((void) 0, 97)) % ((((a & 16383) >> (a8[1] & 7)) && (a < 23)) % 7 + 8)), ((a8[0] < 42) || ((((a8[0] ? (87 < a8[1]) : a8[0]) != 0) + a8[0]) % 10007)), (((p14_h1(a8[0], 84) ? ((a8[0] < 19) ? a8[0] : a) : (a / (a8[1] % 7 + 8))) + a) % 10007) }, { ((((void) 0, a) ?: a) != a8[0]), a8[0], (- (a8[((a) % 5 + 5) % 5] >= 46)) } };
        printf("f1.d9 %d %d\n", (int) (sizeof m9 / sizeof m9[0]), m9[2][2]);
        static int sl10 = 2;
        sl10 = (sl10 * 3 + ((m9[2][0] % (-17 % 7 + 8)) ?: ((m9[0][0] < 51) ? a : a8[1]))) % 10007;
        printf("f1.d10 %d\n", sl10);
    } else {
        {
            int w11 = 0;
            while (w11 < 3 && 1) {
                w11++;
                printf("f1.5 %d\n", -16);
                a = (((((-3 + a) % 10007) ?: a) != 0) ? (- p14_h1(a, a)) : ((a < 11) ? p14_h2(a, a) : (a ^ a)));
                if ((a < 83)) {
                    { ac_dt_err = (((((a ? a : a) != 0) ? ((void) 0, 91) : (a / (a % 7 + 8))) & 7) + 1); goto fn_err; }
                }
            }
            {
            }
        }
    }
    return a;
fn_err:
    return 0;
}

int p14_main(void) {
    {
        int ht2 = p14_f1(35);
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
    return 0;
}


int main(void) {
    printf("== seed 14\n");
    p14_main();
    return 0;
}
