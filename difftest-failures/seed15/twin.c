#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 15 */
struct p15_In { int x; int y; };
struct p15_S { int a; long b; char c; int arr[3]; struct p15_In in; };
union p15_U { int i; unsigned u; char bytes[4]; };
typedef int p15_int_t;
typedef struct p15_In p15_in_t;
typedef int (*p15_op_t)(int, int);
int p15_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p15_h2(int a, int b) { return (a - b * 5) % 10007; }
p15_op_t p15_ops[2] = { p15_h1, p15_h2 };
p15_in_t p15_gin = { 3, 4 };
p15_in_t *p15_pick(p15_in_t *p) { return p; }
#define p15_QUIET _Pragma("GCC diagnostic push")
#define p15_QUIET_END _Pragma("GCC diagnostic pop")

int p15_one(int x) {
    return x - x + 1;
}

int p15_g1_fill(int n, int *ybuf);
int p15_f1(int a);
int p15_f2(int d, int a);
int p15_f3(int a);
int p15_f4(int a);

int p15_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    n ^= p15_f3(p15_f3((((45 + n) % 10007) ?: n)));
    return yn;
}

int p15_f4(int a) {
    printf("f4.in %d\n", a);
    {
        for (int i2 = (p15_one(((a < 97) ? p15_one(25) : p15_one(a))) & 1); i2 < 1 && (a < 68); i2++) {
            if (a) {
                if (((p15_h2(p15_h1(a, a), p15_one(82)) ? p15_one(a) : ((i2 & i2) / (((void) 0, 72) % 7 + 8))) != 0) != 0) {
                    { ac_dt_err = ((p15_h2(i2, (43 ^ i2)) & 7) + 1); goto fn_err; }
                }
            }
            printf("f4.1 %d\n", a);
        }
    }
    for (int i3 = (((36 + (- a)) % 10007) & 1); i3 < 2 && ((p15_h2(p15_h2(a, 55), 79) + (((void) 0, a) && p15_one(69))) % 10007); i3++) {
        if (((((void) 0, p15_one(i3)) ? i3 : p15_one((a < 29))) != 0) != 0) {
            int gb1[64];
            int gn2 = p15_g1_fill(((void) 0, a), gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v4 = gb1[gi3];
                printf("f4.g4 %d\n", v4);
                printf("f4.2 %d %d\n", (a / (p15_h2(37, 14) % 7 + 8)), 68);
            }
        } else {
            switch (i3 & 3) {
            case 3: {
            }
                break;
            }
        }
    }
    if ((((((((a < 79) || a) ? a : p15_h1(a, a)) + a) % 10007) ?: (((((a < 62) ? a : -15) + a) % 10007) ?: a)) != 0) != 0) {
        int w5 = 0;
        while (w5 < 3 && p15_one(a)) {
            w5++;
            {
                printf("f4.3 %d\n", (a ? a : a));
            }
        }
        p15_op_t *td7 = &p15_ops[1];
        printf("f4.d7 %d\n", (*td7)(5, 6));
    } else {
        for (p15_int_t i8 = (a & 1); i8 < 2 && 1; i8++) {
            int *cl9 = (int[]){ (- p15_one((i8 ?: a))), (p15_h2((59 >= i8), (a & 52)) ? (p15_h1(27, a) < 26) : (p15_one(i8) < p15_one(a))), (a && a) };
            printf("f4.d9 %d\n", cl9[1]);
            if ((a < 28)) {
                a = 62;
            }
        }
    }
    printf("f4.4 %d %d\n", a, p15_one(p15_h2(93, a)));
    printf("f4.5 %d %d\n", a, a);
    int w10 = 0;
    do {
        w10++;
        char s11[] = {"dgfeb"};
        printf("f4.d11 %d [%s]\n", (int) sizeof s11, s11);
    } while (w10 < 2 && a);
    return -16;
fn_err:
    return 0;
}

int p15_f3(int a) {
    a = (p15_one(a) ?: p15_h2((- 57), p15_h1(58, a)));
    if ((p15_one(((79 + -14) % 10007)) / (a % 7 + 8))) {
        switch (a & 3) {
        case 1: {
            {
                if (((void) 0, p15_h1(p15_one(63), p15_one(20)))) {
                    return p15_one(p15_one(p15_one(a)));
                }
                a &= a;
            }
        }
            break;
        case 0: {
            a ^= a;
            if (a) {
                if (a) {
                    {
                        break;
                    }
                }
                if (p15_h2(((a < 21) || ((59 * a) % 10007)), 20)) {
                    return p15_h1((a >= (- 13)), p15_h1((a ?: a), a));
                }
                if (((p15_one((- a)) ? p15_h1((-20 % (92 % 7 + 8)), a) : a) != 0) != 0) {
                    return a;
                }
            } else {
                char s1[] = {"bg"};
                a ^= (int) ((int) sizeof s1) & 1023;
            }
        }
            break;
        default: {
        }
            break;
        }
        const int k2 = p15_one(a);
        a ^= (int) (k2) & 1023;
    }
    a |= (((((void) 0, a) + p15_one(a)) % 10007) && p15_one(p15_h2(4, a)));
    int v3 = (a ? ((void) 0, p15_h1(a, a)) : ((a - 44) % 10007));
    a ^= (int) (v3) & 1023;
    v3 = p15_one(v3);
    return ((p15_h2(a, 80) + a) % 10007);
}

int p15_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    if (a) {
        if (p15_f3(a)) {
            int *cl1 = (int[]){ (p15_f3((8 % (d % 7 + 8))) % (p15_f2(d - 1, a) % 7 + 8)), (5 % (p15_f3(-16) % 7 + 8)), 13 };
            printf("f2.d1 %d\n", cl1[1]);
            printf("f2.1 %d\n", a);
            printf("f2.2 %d %d\n", a, a);
        }
        {
            printf("f2.3 %d %d\n", d, d);
        }
    } else {
        const int k3 = d;
        printf("f2.d3 %d\n", k3);
        {
            {
                a = p15_h2(a, p15_f2(d - 1, 12));
            }
            int w5 = 0;
            do {
                w5++;
                a = (((((7 + d) % 10007) ?: a) + (((51 == a) * (a >= d)) % 10007)) % 10007);
                printf("f2.4 %d %d %d\n", (21 ^ ((a - k3) % 10007)), (d == ((k3 < 63) ? 70 : d)), 50);
            } while (w5 < 3 && p15_h2((a ? 1 : 70), d));
            {
                if (p15_h2(((((d < 65) ? k3 : k3) != 0) && (((a == 16) + a) % 10007)), ((void) 0, ((k3 & 16383) >> (a & 7))))) {
                    {
                        int rv2 = (p15_h1(p15_h2(a, w5), ((a & 16383) >> (k3 & 7))) >= p15_h1((d || (w5 < 96)), (-16 ^ a)));
                        {
                            printf("f2.f8 %d\n", k3);
                        }
                        return rv2;
                    }
                }
            }
        }
        if (0) {
            int e6 = 0;
            printf("f2.c6 %d\n", e6);
            printf("f2.5 %d %d\n", a, e6);
            int gb3[64];
            int gn4 = p15_g1_fill((((k3 & 16383) >> (d & 7)) % (((8 & 16383) >> (65 & 7)) % 7 + 8)), gb3);
            for (int gi5 = 0; gi5 < gn4; gi5++) {
                int v7 = gb3[gi5];
                printf("f2.g7 %d\n", v7);
                a &= p15_h2(24, (d % (p15_h2(k3, k3) % 7 + 8)));
                unsigned u8 = (unsigned) p15_h1(32, a) * 2654435761u;
                printf("f2.d8 %u\n", u8);
            }
        }
        {
            printf("f2.f8 %d\n", k3);
        }
    }
    int w9 = 0;
    while (w9 < 2 && p15_h1(((d != a) ? (a && a) : -12), (((a % (a % 7 + 8)) + (a >= 42)) % 10007))) {
        w9++;
        if (p15_h2(((void) 0, d), d)) {
            return a;
        }
        switch ((((((36 + a) % 10007) ?: 90) % (p15_h2(a, d) % 7 + 8)) >= a) & 3) { case 1: {
            a = p15_h2(((d & d) ? (a || (a < -2)) : 57), ((((d & 255) << (d & 7)) % 10007) | (a && a)));
        } }
    }
    printf("f2.6 %s %d\n", __func__, ((((- 14) + a) % 10007) ?: a));
    if (((p15_h2((d ^ 14), 49) ?: ((a ^ w9) ? p15_h2(a, d) : (a | w9))) != 0) != 0) {
        int gb6[64];
        int gn7 = p15_g1_fill(90, gb6);
        for (int gi8 = 0; gi8 < gn7; gi8++) {
            int v10 = gb6[gi8];
            printf("f2.g10 %d\n", v10);
        }
        if (((a ? (p15_h2(a, a) ^ -18) : d) != 0) != 0) {
            p15_in_t *(*td11)(p15_in_t *) = p15_pick;
            printf("f2.d11 %d\n", td11(&p15_gin)->x);
            struct p15_In pt12[] = { { (td11(&p15_gin)->y || a), p15_h1(p15_h2((w9 < td11(&p15_gin)->y), 90), 36) }, { p15_h1((d / (p15_h1(14, d) % 7 + 8)), 70), (((a * (td11(&p15_gin)->y >= 51)) % 10007) && ((d ? ((void) 0, a) : a) != 0)) } };
            printf("f2.d12 %d %d\n", (int) (sizeof pt12 / sizeof pt12[0]), pt12[1].y);
        }
        printf("f2.7 %d\n", a);
    }
    printf("f2.8 %s %d %d %d\n", __func__, ((((- -17) + a) % 10007) ?: (a < 20)), w9, a);
    return ((p15_h2((d >= a), (d >= a)) & 16383) >> ((a == (a % (d % 7 + 8))) & 7));
}

int p15_f1(int a) {
    printf("f1.in %d\n", a);
    int t1 = p15_one(((void) 0, a));
        a = ((void) 0, a);
    int r2 = t1;
    printf("f1.t2 %d\n", r2);
    int ht1 = p15_f4(a);
    if (ac_dt_err) goto fn_err;
    a |= ht1;
    int ht2 = p15_f4(p15_f3(a));
    if (ac_dt_err) goto fn_err;
    printf("f1.1 %d %d %d\n", ht2, (((((a < 37) ? r2 : a) + a) % 10007) ?: 60), r2);
    int a3[] = { 35, ((((13 * -3) % 10007) ^ (a ? r2 : a)) | (((r2 ?: 58) * a) % 10007)), (((r2 < -11) && (((r2 < 87) + r2) % 10007)) || (((((r2 < -19) && (((a < 47) + a) % 10007)) && a) + a) % 10007)) };
    printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[2]);
    return a3[1];
fn_err:
    return 0;
}

int p15_main(void) {
    {
        int ht2 = p15_f1(29);
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
    printf("== seed 15\n");
    p15_main();
    return 0;
}
