#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 20 */
struct p20_In { int x; int y; };
struct p20_S { int a; long b; char c; int arr[3]; struct p20_In in; };
union p20_U { int i; unsigned u; char bytes[4]; };
typedef int p20_int_t;
typedef struct p20_In p20_in_t;
typedef int (*p20_op_t)(int, int);
int p20_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p20_h2(int a, int b) { return (a - b * 5) % 10007; }
p20_op_t p20_ops[2] = { p20_h1, p20_h2 };
p20_in_t p20_gin = { 3, 4 };
p20_in_t *p20_pick(p20_in_t *p) { return p; }
#define p20_QUIET _Pragma("GCC diagnostic push")
#define p20_QUIET_END _Pragma("GCC diagnostic pop")

int p20_one(int x) {
    return x - x + 1;
}

int p20_g1_fill(int n, int *ybuf);
int p20_f1(int a);
int p20_f2(int a, int b);
int p20_f3(int d, int a);
int p20_f4(int a);

int p20_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    struct p20_In pt1[] = { { (p20_h2(p20_h2(n, n), p20_h2(n, n)) & (59 / ((96 < n) % 7 + 8))), n }, { n, -14 }, { (((((-20 + n) % 10007) ?: ((n < 72) && n)) != 0) && (64 % (n % 7 + 8))), 75 } };
    n ^= (int) ((int) (sizeof pt1 / sizeof pt1[0])) & 1023;
    return yn;
}

int p20_f4(int a) {
    printf("f4.in %d\n", a);
    if (p20_one(a)) {
        return a;
    }
    {
        int gb1[64];
        int gn2 = p20_g1_fill(p20_one((a & a)), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v2 = gb1[gi3];
            printf("f4.g2 %d\n", v2);
        }
    }
    int gb4[64];
    int gn5 = p20_g1_fill((69 ^ (71 != a)), gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v3 = gb4[gi6];
        printf("f4.g3 %d\n", v3);
    }
    printf("f4.1 %d\n", a);
    return (p20_one(p20_one(a)) >= (((a ? a : 75) != 0) ? a : (a == 33)));
}

int p20_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    a = p20_h2(p20_h2(((int) sizeof(p20_f4(1))), p20_f4(42)), (((a == 41) + a) % 10007));
    int w1 = 0;
    while (w1 < 3 && 1) {
        w1++;
        a = 52;
        if (p20_f4(d)) {
            {
                break;
            }
        }
        p20_f4(a);
    }
    int gb1[64];
    int gn2 = p20_g1_fill((p20_one(w1) == (a && a)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v2 = gb1[gi3];
        printf("f3.g2 %d\n", v2);
    }
    {
        {
            int w3 = 0;
            do {
                w3++;
                printf("f3.1 %d\n", a);
                struct p20_In *cl4 = &(struct p20_In){ (((void) 0, d) ? p20_one((d % (d % 7 + 8))) : (p20_h2(a, 51) / ((a != 39) % 7 + 8))), p20_h2(a, (w1 / (p20_h1(-14, w1) % 7 + 8))) };
                printf("f3.d4 %d\n", cl4->y);
                struct p20_In *cl5 = &(struct p20_In){ (((((cl4->y ^ a) & 255) << (((d < 87) || d) & 7)) % 10007) != (((-10 + cl4->x) % 10007) ?: (-10 % (a % 7 + 8)))), (((cl4->x + (cl4->x & cl4->x)) % 10007) ^ 64) };
                printf("f3.d5 %d\n", cl5->y);
            } while (w3 < 2 && p20_h1((p20_f3(d - 1, a) && ((void) 0, w1)), p20_h2(p20_one(a), 52)));
        }
        {
            printf("f3.f5 %d\n", 9);
            a ^= p20_h1((p20_f3(d - 1, 83) >= p20_h2(54, a)), a);
        }
    }
    {
        printf("f3.f5 %d\n", 86);
        switch ((d ^ (((73 & 16383) >> (a & 7)) % (((void) 0, d) % 7 + 8))) & 3) {
        case 0: {
            a ^= ((((d < 6) ? a : w1) / (a % 7 + 8)) != p20_h1(((d - -3) % 10007), (a / (a % 7 + 8))));
            a = (p20_h1((d & a), 68) < a);
        }
            break;
        default: {
            a |= a;
        }
            break;
        }
        int m6[][2] = { (((void) 0, (((61 + a) % 10007) ?: 92)) ? d : (p20_h2(a, a) != w1)), (w1 % ((((w1 && (w1 < 30)) - (58 ^ d)) % 10007) % 7 + 8)) };
        printf("f3.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[0][1]);
    }
    return a;
}

int p20_f2(int a, int b) {
    if (p20_one(-15)) {
        if (((- p20_one((- 68))) != 0) != 0) {
            return (((((void) 0, b) & 255) << (p20_h1(p20_one(b), ((a - a) % 10007)) & 7)) % 10007);
        }
        struct p20_In pt1[] = { { ((void) 0, p20_one(p20_one(66))), a }, { p20_h1(p20_one(((82 & 16383) >> (b & 7))), (p20_one(a) || a)), ((p20_one((a || a)) & 16383) >> (p20_one(b) & 7)) }, { ((67 + ((a == 70) ^ 29)) % 10007), p20_one(1) } };
        b ^= (int) ((int) (sizeof pt1 / sizeof pt1[0])) & 1023;
    } else {
        unsigned u2 = (unsigned) -16 * 2654435761u;
        b ^= (int) (u2) & 1023;
        int v3 = p20_one((((-20 != a) * p20_h1(-6, a)) % 10007));
        a ^= (int) (v3) & 1023;
    }
    int w4 = 0;
    while (w4 < 3 && p20_one(b)) {
        w4++;
        char s5[] = {"hdbche"};
        a ^= (int) ((int) sizeof s5) & 1023;
        for (int i6 = 0; i6 < 2 && p20_h2(p20_one((b & b)), p20_one(((a + a) % 10007))); i6 += p20_one(i6)) {
            if (a) {
                int m7[][2] = { { p20_h2(p20_h1((- (int) sizeof s5), p20_one(b)), (a != p20_one(-15))), (((p20_one(11) + (a ? (int) sizeof s5 : a)) % 10007) >= 68) } };
                a ^= (int) ((int) (sizeof m7 / sizeof m7[0])) & 1023;
                struct p20_S st8 = { ((((- (20 ^ a)) + b) % 10007) ?: (((m7[0][1] ? 15 : b) != 0) ? 45 : (-4 ^ i6))), ((b + 0) % 10007), 'k', { (- ((b < 44) ? b : (98 & i6))), (((((void) 0, a) + a) % 10007) || (((i6 / (6 % 7 + 8)) * (- b)) % 10007)), b }, { 10, i6 } };
                st8.in.x ^= (int) (st8.a) & 1023;
            } else {
            }
        }
    }
    a ^= a;
    return ((((a ?: p20_one(a)) ^ b) + a) % 10007);
}

int p20_f1(int a) {
    printf("f1.in %d\n", a);
    int gb1[64];
    int gn2 = p20_g1_fill(p20_f2(p20_f2(a, a), ((a * a) % 10007)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f1.g1 %d\n", v1);
    }
    printf("f1.1 %s %d %d %d\n", __func__, a, a, ((void) 0, a));
    int gb4[64];
    int gn5 = p20_g1_fill(p20_h2((a && (a < -15)), (a || (a < 71))), gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v2 = gb4[gi6];
        printf("f1.g2 %d\n", v2);
    }
    a |= a;
    int gb7[64];
    int gn8 = p20_g1_fill(a, gb7);
    for (int gi9 = 0; gi9 < gn8; gi9++) {
        int v3 = gb7[gi9];
        printf("f1.g3 %d\n", v3);
        switch ((a < 1) & 3) {
        case 1: {
#if 1
            printf("f1.2 %d %d\n", ((p20_h2(v3, 35) & 16383) >> (((void) 0, a) & 7)), v3);
#else
            printf("never\n");
#endif
        }
            break;
        case 3: {
            p20_QUIET
            const int k4 = p20_h1((((a ?: v3) + a) % 10007), a);
            printf("f1.d4 %d\n", k4);
            if (((p20_h1(v3, ((-3 * k4) % 10007)) ?: (a ? k4 : p20_h2(k4, v3))) != 0) != 0) {
                {
                    continue;
                }
            }
            p20_QUIET_END
            a = (((((void) 0, v3) & 255) << (((((v3 & 255) << (a & 7)) % 10007) ?: (a == 39)) & 7)) % 10007);
        }
            /* fallthrough */
        default: {
            if (((a ? v3 : (90 != a)) < ((a ?: a) % (36 % 7 + 8)))) {
                printf("f1.3 %s %d %d\n", __func__, a, (((a ? 1 : 97) & 16383) >> (a & 7)));
            }
        }
            break;
        }
        a |= ((((a < 82) ? a : (a || (a < -20))) - ((-1 >= a) ? v3 : (a && v3))) % 10007);
    }
#ifndef AC_DT_UNDEFINED
    int gb10[64];
    int gn11 = p20_g1_fill(((-1 & 16383) >> ((a < 42) & 7)), gb10);
    for (int gi12 = 0; gi12 < gn11; gi12++) {
        int v5 = gb10[gi12];
        printf("f1.g5 %d\n", v5);
        if (v5) {
            printf("f1.4 %d %d %d\n", a, a, 26);
            if (v5) {
                { ac_dt_err = ((a & 7) + 1); goto fn_err; }
            }
        }
    }
#else
    printf("never\n");
#endif
    return (p20_h2(-11, ((a < 60) ? a : a)) ?: 3);
fn_err:
    return 0;
}

int p20_main(void) {
    {
        int ht2 = p20_f1(30);
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
    printf("== seed 20\n");
    p20_main();
    return 0;
}
