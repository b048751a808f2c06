#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 22 */
struct p22_In { int x; int y; };
struct p22_S { int a; long b; char c; int arr[3]; struct p22_In in; };
union p22_U { int i; unsigned u; char bytes[4]; };
typedef int p22_int_t;
typedef struct p22_In p22_in_t;
typedef int (*p22_op_t)(int, int);
int p22_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p22_h2(int a, int b) { return (a - b * 5) % 10007; }
p22_op_t p22_ops[2] = { p22_h1, p22_h2 };
p22_in_t p22_gin = { 3, 4 };
p22_in_t *p22_pick(p22_in_t *p) { return p; }
#define p22_QUIET _Pragma("GCC diagnostic push")
#define p22_QUIET_END _Pragma("GCC diagnostic pop")

int p22_one(int x) {
    return x - x + 1;
}

int p22_g1_fill(int n, int b, int *ybuf);
int p22_f1(int a);
int p22_f2(int d, int a);
int p22_f3(int a, int b);
int p22_f4(int a);

int p22_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    n ^= p22_h2((((n / (b % 7 + 8)) + n) % 10007), (n == (n % (n % 7 + 8))));
    return yn;
}

int p22_f4(int a) {
    printf("f4.in %d\n", a);
    switch (p22_one(25) & 3) {
    case 0: {
        if (a) {
            a |= (a ? a : a);
            {
                if (p22_one((((((-18 + a) % 10007) ?: a) != 0) || p22_h2(a, a)))) {
                    {
                        int rv2 = a;
                        {
                            printf("f4.f1 %d\n", 69);
                        }
                        return rv2;
                    }
                }
                printf("f4.1 %d %d %d\n", a, a, (p22_one(a) != a));
                printf("f4.2 %d %d %d\n", a, a, a);
            }
            if (0) {
                int e1 = 0;
                printf("f4.c1 %d\n", e1);
            }
            {
                printf("f4.f1 %d\n", 69);
            }
        } else {
            a &= (((p22_one(p22_one(a)) & 255) << (((void) 0, p22_one(a)) & 7)) % 10007);
        }
    }
        break;
    case 3: {
        int gb3[64];
        int gn4 = p22_g1_fill(p22_one(p22_h2(a, 23)), a, gb3);
        for (int gi5 = 0; gi5 < gn4; gi5++) {
            int v2 = gb3[gi5];
            printf("f4.g2 %d\n", v2);
            int m3[1][2] = { { ((((32 % (a % 7 + 8)) - p22_one(63)) % 10007) ?: (18 / (a % 7 + 8))), a } };
            printf("f4.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[0][1]);
        }
        int gb6[64];
        int gn7 = p22_g1_fill(a, (p22_one(76) && (a < 84)), gb6);
        for (int gi8 = 0; gi8 < gn7; gi8++) {
            int v4 = gb6[gi8];
            printf("f4.g4 %d\n", v4);
            int w5 = 0;
            do {
                w5++;
                static int sl6 = 7;
                sl6 = (sl6 * 3 + p22_h2(v4, 76)) % 10007;
                printf("f4.d6 %d\n", sl6);
                struct p22_In pt7[] = { (+ p22_one(54)), (+ p22_h1((p22_h2(a, 80) | a), p22_h1((sl6 ^ a), a))), (p22_h1((((sl6 & 255) << (22 & 7)) % 10007), 45) != p22_h2((a ? a : sl6), (a ? sl6 : 32))), (+ ((void) 0, (sl6 == ((void) 0, 97)))), a, a };
                printf("f4.d7 %d %d\n", (int) (sizeof pt7 / sizeof pt7[0]), pt7[2].y);
                printf("f4.3 %d\n", pt7[0].y);
            } while (w5 < 1 && p22_one(a));
            printf("f4.4 %d\n", v4);
        }
    }
        break;
    default: {
        a = ((((p22_one(a) < a) + a) % 10007) ?: (((((a < 97) ? 41 : a) + a) % 10007) ?: (a & a)));
    }
        break;
    }
    int t8 = p22_one((p22_one(10) >= (a % (a % 7 + 8))));
    int r9 = t8;
    printf("f4.t9 %d\n", r9);
    a = r9;
    if (p22_one(p22_one(p22_h1(a, 36)))) {
        { ac_dt_err = (((p22_one(-20) ?: r9) & 7) + 1); goto fn_err; }
    }
    for (int i10 = 0; i10 < 1 && p22_one(p22_h1(46, p22_one(r9))); i10++) {
        a ^= r9;
        int gb9[64];
        int gn10 = p22_g1_fill(a, ((77 % (a % 7 + 8)) == (i10 ?: r9)), gb9);
        for (int gi11 = 0; gi11 < gn10; gi11++) {
            int v11 = gb9[gi11];
            printf("f4.g11 %d\n", v11);
            for (int i12 = 0; i12 < 2 && 1; i12 += p22_one(i12)) {
                printf("f4.5 %d %d %d\n", i10, p22_h2((73 ^ a), 72), p22_h1(-19, (v11 ? i10 : i12)));
            }
        }
    }
    switch (p22_h1(p22_h1((a >= 71), (((r9 & 255) << (a & 7)) % 10007)), (((void) 0, a) & p22_h1(a, a))) & 3) {
    case 1: {
        switch (((void) 0, ((p22_h1(74, a) * (a ? a : a)) % 10007)) & 3) { case 2: {
            a = ((((- a) & 16383) >> (p22_h2(r9, r9) & 7)) ? a : (p22_h2(a, r9) ? (94 % (r9 % 7 + 8)) : (a == -17)));
        } }
    }
        break;
    case 3: {
        a &= (r9 ? ((r9 < ((void) 0, 41)) && ((-15 * r9) % 10007)) : (r9 % (p22_h2(71, 2) % 7 + 8)));
    }
        break;
    case 2: {
        {
            printf("f4.6 %s %d\n", __func__, ((77 - ((a < 76) || a)) % 10007));
            int v14 = ((83 + (- (- 79))) % 10007);
            printf("f4.d14 %d\n", v14);
        }
        for (int i15 = 0; i15 < 3 && 1; i15++) {
            a &= p22_h1(75, 76);
        }
    }
        /* fallthrough */
    default: {
        int v16 = ((((((a ? -15 : a) + a) % 10007) ?: p22_h2(a, 76)) * (((93 >= a) + (a / (a % 7 + 8))) % 10007)) % 10007);
        printf("f4.d16 %d\n", v16);
    }
        break;
    }
    return a;
fn_err:
    return 0;
}

int p22_f3(int a, int b) {
    int v1 = p22_one((p22_h2(b, a) ?: 21));
    b ^= (int) (v1) & 1023;
    if (v1) {
        return v1;
    }
    v1 |= ((p22_h1(b, p22_h1(a, b)) & 16383) >> (b & 7));
    {
        char s3[] = {"bcabe"};
        a ^= (int) ((int) sizeof s3) & 1023;
        for (p22_int_t i4 = 0, *i4p = &i4; i4 < 3 && 1; (*i4p)++) {
        }
    }
    _Pragma("GCC diagnostic push")
    if (b) {
        const int k5 = b;
        a ^= (int) (k5) & 1023;
        b = ((a + ((92 + ((void) 0, v1)) % 10007)) % 10007);
    } else {
        char s6[] = "gabhdh";
        b ^= (int) ((int) sizeof s6) & 1023;
    }
    _Pragma("GCC diagnostic pop")
    return (((v1 ^ b) + a) % 10007);
}

int p22_f2(int d, int a) {
    printf("f2.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f2.base %d\n", a);
        return a;
    }
    int gb1[64];
    int gn2 = p22_g1_fill(98, ((a & a) >= p22_h1(a, a)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f2.g1 %d\n", v1);
    }
    if (((a ? d : 28) != 0) != 0) {
        int m2[][3] = { ((- ((int) sizeof(p22_f2(1, a)))) / (((((a < -20) ? a : d) - -20) % 10007) % 7 + 8)), p22_f2(d - 1, ((void) 0, p22_h1(a, a))), a };
        printf("f2.d2 %d %d\n", (int) (sizeof m2 / sizeof m2[0]), m2[0][2]);
        a = (p22_f2(d - 1, a) ? p22_f3(((m2[0][0] + 54) % 10007), p22_f3(m2[0][0], -2)) : p22_f3(p22_h1(a, m2[0][1]), p22_f3(72, m2[0][1])));
    } else {
        {
            if (p22_h1((p22_f3(35, a) ?: a), p22_f3(p22_one(a), a))) {
                printf("f2.1 %d %d %d\n", a, a, d);
            } else {
            }
        }
        a = p22_f3(41, ((void) 0, (-20 < a)));
    }
    int v4 = (d / (p22_f3(-19, a) % 7 + 8));
    printf("f2.d4 %d\n", v4);
    for (p22_int_t i5 = (a & 1); i5 < 2 && 1; i5++) {
        {
            if (p22_f3(94, (((a ? a : a) != 0) ? ((a < -18) ? a : a) : ((i5 - i5) % 10007)))) {
                return (p22_f3((i5 % (a % 7 + 8)), p22_f3(70, v4)) ? 50 : p22_f3(36, (a & a)));
            }
            for (int i6 = 0; i6 < 1 && a; i6 += p22_one(i6)) {
                if ((p22_f3((d ?: 83), i6) != (d < p22_h1(v4, i6))) != 0) {
                    {
                        continue;
                    }
                }
                printf("f2.2 %d\n", a);
            }
            {
                p22_int_t td8 = (a ?: v4);
                printf("f2.d8 %d\n", td8);
                v4 |= p22_one(p22_one(p22_one(td8)));
            }
        }
        if (0) {
            int e9 = 0;
            printf("f2.c9 %d\n", e9);
            printf("f2.3 %d\n", a);
            printf("f2.4 %d %d %d\n", (- (v4 ?: a)), i5, ((void) 0, ((18 + a) % 10007)));
        }
        double dd10 = p22_h1(v4, v4) * 0.25 + 0.5;
        printf("f2.d10 %.3f\n", dd10);
    }
    a &= 38;
    int w11 = 0;
    while (w11 < 1 && 1) {
        w11++;
        a |= ((((((-1 + 19) % 10007) & 16383) >> (97 & 7)) & 16383) >> (a & 7));
    }
    return (- ((p22_h2(v4, 56) - a) % 10007));
}

int p22_f1(int a) {
    printf("f1.in %d\n", a);
    {
        printf("f1.1 %d\n", (((17 + a) % 10007) ?: p22_f3(95, a)));
        int w1 = 0;
        do {
            w1++;
            if (a) {
                a = p22_h2((((a < -6) && (((a < 21) + a) % 10007)) ^ p22_f3(a, a)), ((5 & 16383) >> (-4 & 7)));
                a ^= a;
            } else {
                struct p22_In pt2[] = { { p22_f3(p22_f3(p22_one(a), (a == 40)), 26), a }, { (a | p22_f3(p22_f3(a, -13), p22_h2(a, a))), (p22_f3(p22_f3(57, a), p22_f3(a, a)) != (((- 15) + 33) % 10007)) }, { (((p22_h2(a, a) ?: 63) != 0) || p22_h2(p22_f3(a, a), ((void) 0, a))), a } };
                printf("f1.d2 %d %d\n", (int) (sizeof pt2 / sizeof pt2[0]), pt2[2].y);
                printf("f1.2 %d\n", a);
            }
        } while (w1 < 1 && 1);
    }
    if (0) {
        int e3 = 0;
        printf("f1.c3 %d\n", e3);
    }
    {
        printf("f1.f3 %d\n", a);
    }
    {
        a = (p22_f3(59, (a ?: -13)) && a);
        a ^= (a != 13);
        for (int i5 = 0; i5 < 1 && 1; i5++) {
            switch (a & 3) {
            case 2: {
                int m6[][2] = { p22_f3((((a ? a : a) != 0) || p22_h2(i5, i5)), ((p22_one(a) - (i5 ? i5 : a)) % 10007)), 63, p22_f3(p22_h2(p22_f3(i5, 74), ((i5 < 74) ? a : a)), p22_f3(p22_f3(i5, i5), p22_h2(a, 41))), p22_f3(((70 * 79) % 10007), ((28 >= a) / (((a + a) % 10007) % 7 + 8))) };
                printf("f1.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[1][1]);
            }
                /* fallthrough */
            case 1: {
                char s7[] = {"ghe"};
                printf("f1.d7 %d [%s]\n", (int) sizeof s7, s7);
                a = i5;
            }
                break;
            case 3: {
                p22_op_t *td8 = &p22_ops[1];
                printf("f1.d8 %d\n", (*td8)(5, 6));
                union p22_U un9 = { (p22_h1(p22_one(a), p22_one(a)) != p22_one((i5 != (*td8)(3, 4)))) };
                printf("f1.d9 %d\n", un9.i);
            }
                break;
            }
            char s10[] = "chcc";
            printf("f1.d10 %d [%s]\n", (int) sizeof s10, s10);
        }
    }
    int w11 = 0;
    do {
        w11++;
        int m12[][3] = { (21 % ((- (a == 69)) % 7 + 8)), (((a + p22_h2(21, a)) % 10007) ^ ((a < 46) ? (a < 30) : a)), (a ?: ((a / (73 % 7 + 8)) < ((a & 16383) >> (a & 7)))), ((((((30 + a) % 10007) ?: 72) != 0) && (a / (67 % 7 + 8))) & (((a ? a : a) + 64) % 10007)), -10, a, a, 21, (a % (((((a * a) % 10007) - ((68 - 63) % 10007)) % 10007) % 7 + 8)) };
        printf("f1.d12 %d %d\n", (int) (sizeof m12 / sizeof m12[0]), m12[2][2]);
        m12[0][0] &= (((a < 50) && m12[0][1]) ^ m12[0][1]);
    } while (w11 < 1 && 1);
    {
#ifndef AC_DT_UNDEFINED
        printf("f1.3 %s %d %d %d\n", __func__, a, w11, a);
        switch (w11 & 3) { case 0: case 3: {
            a = -14;
        } }
        a |= (- 96);
#else
        printf("never\n");
#endif
    }
    {
        printf("f1.f12 %d\n", w11);
    }
    a = p22_h1(((((a - 33) % 10007) & 16383) >> (((void) 0, a) & 7)), p22_h1(60, ((void) 0, -16)));
    struct p22_S st13 = { (((((w11 < 32) ? a : 27) >= ((w11 < 17) ? a : 7)) + p22_h2(((46 + a) % 10007), a)) % 10007), ((((((p22_h1(w11, a) & ((17 + -6) % 10007)) & 255) << ((5 / (49 % 7 + 8)) & 7)) % 10007) + 0) % 10007), 'k', { 55, (((w11 + (a ? w11 : w11)) % 10007) || a), a }, { p22_h1(((p22_h1(w11, 30) + (a | a)) % 10007), p22_h1((a & 70), (((96 + a) % 10007) ?: a))), ((w11 ? ((a * a) % 10007) : p22_h2(w11, w11)) | p22_h2(a, p22_h2(a, 55))) } };
    printf("f1.d13 %d %ld %d %d %d %d\n", st13.a, st13.b, st13.c, st13.arr[2], st13.in.x, st13.in.y);
    return w11;
}

int p22_main(void) {
    printf("main.f1 %d\n", p22_f1(22));
    {
        int ht2 = p22_f4(27);
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
    printf("== seed 22\n");
    p22_main();
    return 0;
}
