#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 36 */
struct p36_In { int x; int y; };
struct p36_S { int a; long b; char c; int arr[3]; struct p36_In in; };
union p36_U { int i; unsigned u; char bytes[4]; };
typedef int p36_int_t;
typedef struct p36_In p36_in_t;
typedef int (*p36_op_t)(int, int);
int p36_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p36_h2(int a, int b) { return (a - b * 5) % 10007; }
p36_op_t p36_ops[2] = { p36_h1, p36_h2 };
p36_in_t p36_gin = { 3, 4 };
p36_in_t *p36_pick(p36_in_t *p) { return p; }
#define p36_QUIET _Pragma("GCC diagnostic push")
#define p36_QUIET_END _Pragma("GCC diagnostic pop")

int p36_one(int x) {
    return x - x + 1;
}

int p36_g1_fill(int n, int b, int *ybuf);
int p36_f1(int a);
int p36_f2(int d, int a);
int p36_f3(int a, int b);
int p36_f4(int a);
void p36_f5(int a);

int p36_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    ybuf[yn++] = p36_h2((n != 33), p36_f3(n, b));
    return yn;
}

void p36_f5(int a) {
    printf("f5.in %d\n", a);
    if ((((p36_one(p36_one(a)) & 255) << (((a | a) && (a < 96)) & 7)) % 10007)) {
        return;
    }
    if (((- p36_one(a)) != 0) != 0) {
    } else {
        printf("f5.1 %s %d\n", __func__, a);
    }
    {
#ifndef AC_DT_UNDEFINED
        for (int i2 = 0; i2 < 1 && (a ^ a); i2++) {
            a &= a;
            if (p36_h1(p36_h2(p36_h1(37, a), a), a)) {
                {
                    goto L1;
                }
            }
            a |= 64;
        }
        {
            printf("f5.2 %d %d\n", p36_h2(p36_one(a), p36_one(43)), a);
        }
        if (0) {
            int e3 = 0;
            printf("f5.c3 %d\n", e3);
            a ^= 20;
            printf("f5.3 %d %d\n", a, a);
        }
        {
            printf("f5.f3 %d\n", a);
            struct p36_In *cl4 = &(struct p36_In){ a, a };
            printf("f5.d4 %d\n", cl4->y);
        }
#else
        printf("never\n");
#endif
        printf("f5.4 %d\n", a);
    L1:;
    }
}

int p36_f4(int a) {
    printf("f4.in %d\n", a);
    {
        char s2[] = "fcgeb";
        printf("f4.d2 %d [%s]\n", (int) sizeof s2, s2);
        int w3 = 0;
        while (w3 < 3 && 1) {
            w3++;
            {
                printf("f4.1 %d\n", ((a < (25 % ((int) sizeof s2 % 7 + 8))) ? a : a));
                printf("f4.2 %s %d %d\n", __func__, p36_h2(((int) sizeof s2 / (a % 7 + 8)), p36_one(a)), a);
                int v4 = p36_h1(a, a);
                printf("f4.d4 %d\n", v4);
            }
        }
        _Pragma("GCC diagnostic push")
        p36_f5(0);
        int v6 = (((int) sizeof s2 + (p36_one(a) || p36_h1(77, 15))) % 10007);
        printf("f4.d6 %d\n", v6);
        _Pragma("GCC diagnostic pop")
    }
    int gb1[64];
    int gn2 = p36_g1_fill(p36_one(p36_one(72)), p36_one(p36_h1(96, 46)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v7 = gb1[gi3];
        printf("f4.g7 %d\n", v7);
        p36_QUIET
        {
            if (p36_one((((84 & 255) << (-14 & 7)) % 10007))) {
                { ac_dt_err = ((v7 & 7) + 1); goto finerr4; }
            }
            if ((((a & 255) << (p36_one((v7 || v7)) & 7)) % 10007)) {
                {
                    int rv5 = v7;
                    {
                        printf("f4.f7 %d\n", 80);
                        char s8[] = {"ag"};
                        printf("f4.d8 %d [%s]\n", (int) sizeof s8, s8);
                    }
                    return rv5;
                }
            }
            printf("f4.3 %d\n", a);
        }
        {
            printf("f4.f7 %d\n", 80);
            char s8[] = {"ag"};
            printf("f4.d8 %d [%s]\n", (int) sizeof s8, s8);
        }
        goto end4;
        finerr4: {
            int sv6 = ac_dt_err;
            ac_dt_err = 0;
            printf("f4.f7 %d\n", 80);
            char s8[] = {"ag"};
            printf("f4.d8 %d [%s]\n", (int) sizeof s8, s8);
            ac_dt_err = sv6;
            goto fn_err;
        }
        end4:;
        if ((((void) 0, p36_one(-19)) || ((p36_h2(92, 9) ? (v7 & 99) : (- v7)) != 0))) {
            {
                continue;
            }
        }
        p36_QUIET_END
        printf("f4.4 %s %d %d %d\n", __func__, a, a, v7);
    }
    if (p36_h1(p36_one((-17 < a)), (((a || a) - (a ^ 31)) % 10007))) {
        {
            int t10 = p36_one(p36_h1(((24 + -9) % 10007), ((49 + 29) % 10007)));
                int m12[][3] = { ((void) 0, (p36_h2(55, 62) < 40)), 38, (((p36_h2(a, a) + a) % 10007) % (p36_h1(((86 + 88) % 10007), p36_h2(a, a)) % 7 + 8)), a, (((p36_h2(a, 45) + a) % 10007) ^ 5), (((p36_h1(a, a) || a) + p36_h1((a || a), p36_h2(a, a))) % 10007), 36, ((((((a & 255) << (a & 7)) % 10007) != (- a)) & 16383) >> (a & 7)), (a ? p36_h2((a ? a : a), (-19 ^ a)) : ((void) 0, ((void) 0, a))) };
                printf("f4.d12 %d %d\n", (int) (sizeof m12 / sizeof m12[0]), m12[2][2]);
                struct p36_In *cl13 = &(struct p36_In){ a, (((((- m12[2][0]) & 255) << (m12[0][1] & 7)) % 10007) == p36_h1(((67 + 72) % 10007), ((a < -20) || (((m12[0][1] < 42) + a) % 10007)))) };
                printf("f4.d13 %d\n", cl13->y);
            int r11 = t10;
            printf("f4.t13 %d\n", r11);
            unsigned u14 = (unsigned) ((p36_h1((((a & 255) << (a & 7)) % 10007), 28) - ((14 / (a % 7 + 8)) ^ (a || a))) % 10007) * 2654435761u;
            printf("f4.d14 %u\n", u14);
        }
        p36_op_t fp15 = p36_h2;
        printf("f4.d15 %d\n", fp15(7, 8));
    } else {
        if (a) {
            { ac_dt_err = ((((a ? a : a) >= (a % (72 % 7 + 8))) & 7) + 1); goto fn_err; }
        }
    }
    int a16[5] = { ((a < 62) || (((a < (- -3)) + a) % 10007)), a, ((a + ((a / (90 % 7 + 8)) < ((33 + 70) % 10007))) % 10007), (a >= p36_h2(p36_h2(a, 6), (a & a))), 34 };
    printf("f4.d16 %d %d\n", (int) (sizeof a16 / sizeof a16[0]), a16[4]);
    a16[0] = a16[((a16[((a16[((-14) % 5 + 5) % 5]) % 5 + 5) % 5]) % 5 + 5) % 5];
    return ((void) 0, ((a16[1] != 92) && a));
fn_err:
    return 0;
}

int p36_f3(int a, int b) {
    char s1[] = "fb";
    a ^= (int) ((int) sizeof s1) & 1023;
    for (p36_int_t i2 = (p36_one(a) & 1); i2 < 1 && a; i2++) {
        {
            int b = i2;
            if (p36_one(a)) {
                {
                    continue;
                }
            }
            b = p36_one(p36_one(11));
            char s4[] = {"h"};
            a ^= (int) ((int) sizeof s4) & 1023;
            b ^= (int) (b) & 1023;
        }
    }
    int w5 = 0;
    while (w5 < 1 && 1) {
        w5++;
        b = ((((p36_one(a) & 255) << (84 & 7)) % 10007) ? (p36_h1(a, (int) sizeof s1) ? (a ?: a) : p36_one((int) sizeof s1)) : b);
        char s6[] = "";
        a ^= (int) ((int) sizeof s6) & 1023;
    }
    long l7 = (long) a * 100000L;
    b ^= (int) (l7) & 1023;
    return (((((37 - p36_one(a)) % 10007) ^ b) + a) % 10007);
}

int p36_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    if (a) {
        printf("f2.1 %s %d %d %d\n", __func__, ((p36_f2(d - 1, 84) & 16383) >> (p36_f3(a, a) & 7)), a, a);
        a |= a;
    } else {
        printf("f2.2 %d\n", a);
    }
    if (p36_one((p36_f2(d - 1, 9) ?: ((a < 27) ? a : d)))) {
#ifndef AC_DT_UNDEFINED
        for (p36_int_t i1 = 0; i1 < 2 && a; i1 += p36_one(i1)) {
            if (d) {
                {
                    continue;
                }
            }
        }
        a &= p36_f3(p36_h2((d ?: -18), a), p36_h1(((a * d) % 10007), a));
        if ((d < 31)) {
            a ^= ((void) 0, 83);
            printf("f2.3 %d %d %d\n", p36_h2((a != 61), (((d & 255) << (86 & 7)) % 10007)), p36_f3(p36_h1(a, a), a), ((a < 37) ? p36_f3(d, d) : (((-12 + d) % 10007) ?: a)));
            if (a) {
                return p36_h1(63, d);
            }
        }
#else
        printf("never\n");
#endif
        {
            int m2[1][3] = { { d, 42, ((((d + 21) % 10007) ?: a) / (d % 7 + 8)) } };
            printf("f2.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[0][2]);
            switch (p36_one((p36_one(m2[0][0]) ?: (m2[0][0] == 25))) & 3) {
            case 3: {
                a &= ((p36_one(5) & p36_h2(-2, 4)) == p36_one((a | m2[0][0])));
            }
                /* fallthrough */
            default: {
                if (a) {
                    return (p36_h1((a ? m2[0][0] : 44), 21) ? p36_one(((a - a) % 10007)) : p36_one((- m2[0][1])));
                }
            }
                break;
            }
        }
        if (0) {
            int e3 = 0;
            printf("f2.c3 %d\n", e3);
        }
        a = 70;
    } else {
        a = -14;
        a &= d;
    }
    a = ((void) 0, (p36_h1(8, d) ?: p36_h1(a, 83)));
    int m4[][3] = { (((72 + a) % 10007) ?: (- ((a * d) % 10007))), ((8 + 39) % 10007), ((a ?: p36_h1(a, a)) < p36_h1(d, (- a))), (a >= (d ?: (a >= 43))), ((((((a < -2) ? d : 65) + ((55 + 83) % 10007)) % 10007) * a) % 10007), d, (((a >= 97) ^ a) ?: p36_h2((a ^ a), ((void) 0, a))), ((((a >= 45) & (d ? a : a)) + -5) % 10007), (((- (a ?: d)) + a) % 10007) };
    printf("f2.d4 %d %d\n", (int) (sizeof m4 / sizeof m4[0]), m4[2][2]);
    printf("f2.4 %d\n", m4[2][0]);
    return a;
}

int p36_f1(int a) {
    printf("f1.in %d\n", a);
    char c1 = (char) ((-2 & 63) + 32);
    printf("f1.d1 %d\n", c1);
    if (p36_f3((((c1 ^ 1000) - 1000) / (a % 7 + 8)), ((c1 ^ 1000) - 1000))) {
        {
            if (p36_f3(((-5 + (- 11)) % 10007), a)) {
            }
        }
        struct p36_In pt3[] = { { p36_f3(p36_h1(p36_f3(a, 70), p36_h2(a, ((c1 ^ 1000) - 1000))), p36_f3(-5, ((c1 ^ 1000) - 1000))), a }, { ((a * (((- a) - p36_h2(a, ((c1 ^ 1000) - 1000))) % 10007)) % 10007), a } };
        printf("f1.d3 %d %d\n", (int) (sizeof pt3 / sizeof pt3[0]), pt3[1].y);
        int gb1[64];
        int gn2 = p36_g1_fill(51, (- pt3[0].x), gb1);
        for (int gi3 = 0; gi3 < gn2; gi3++) {
            int v4 = gb1[gi3];
            printf("f1.g4 %d\n", v4);
            if (p36_h2((19 >= ((c1 ^ 1000) - 1000)), pt3[1].x)) {
            } else {
                a &= ((pt3[0].x - (v4 && ((- pt3[0].y) != 0))) % 10007);
            }
            printf("f1.1 %d %d %d\n", pt3[1].x, pt3[0].x, v4);
        }
    } else {
        char s5[] = {""};
        printf("f1.d5 %d [%s]\n", (int) sizeof s5, s5);
        int v6 = ((a - ((((((int) sizeof s5 + a) % 10007) ?: a) - a) % 10007)) % 10007);
        printf("f1.d6 %d\n", v6);
    }
    int gb4[64];
    int gn5 = p36_g1_fill((((- 78) - ((c1 ^ 1000) - 1000)) % 10007), (p36_h2(a, a) != (a & 80)), gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v7 = gb4[gi6];
        printf("f1.g7 %d\n", v7);
    }
    const int k8 = p36_h1((26 == ((a * 78) % 10007)), 84);
    printf("f1.d8 %d\n", k8);
    printf("f1.2 %d %d %d\n", a, k8, (a | k8));
    return 23;
}

int p36_main(void) {
    printf("main.f1 %d\n", p36_f1(25));
    {
        int ht2 = p36_f4(2);
        if (ac_dt_err) goto catch1;
        printf("main.f4 %d\n", ht2);
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
    printf("== seed 36\n");
    p36_main();
    return 0;
}
