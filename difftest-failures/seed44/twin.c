#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 44 */
struct p44_In { int x; int y; };
struct p44_S { int a; long b; char c; int arr[3]; struct p44_In in; };
union p44_U { int i; unsigned u; char bytes[4]; };
typedef int p44_int_t;
typedef struct p44_In p44_in_t;
typedef int (*p44_op_t)(int, int);
int p44_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p44_h2(int a, int b) { return (a - b * 5) % 10007; }
p44_op_t p44_ops[2] = { p44_h1, p44_h2 };
p44_in_t p44_gin = { 3, 4 };
p44_in_t *p44_pick(p44_in_t *p) { return p; }
#define p44_QUIET _Pragma("GCC diagnostic push")
#define p44_QUIET_END _Pragma("GCC diagnostic pop")

int p44_one(int x) {
    return x - x + 1;
}

int p44_g1_fill(int n, int *ybuf);
int p44_f1(int a);
int p44_f2(int a);
int p44_f3(int a, int b);
int p44_f4(int d, int a);
void p44_f5(int a);
int p44_f6(int a, int b);

int p44_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    int v2 = (p44_f6(p44_f6(n, n), n) < p44_f2(p44_f2(67)));
    v2 ^= (int) (v2) & 1023;
    return yn;
}

int p44_f6(int a, int b) {
    p44_QUIET
    if ((p44_h2(15, a) ^ p44_h2((b || (a < 35)), a))) {
        for (p44_int_t i1 = 0, *i1p = &i1; i1 < 3 && a; (*i1p)++) {
            int m2[3][2] = { { p44_one(b), a }, { a, a }, { ((((((b || a) & 255) << (p44_one(i1) & 7)) % 10007) & 16383) >> (p44_one(b) & 7)), (p44_one(a) ?: b) } };
            b ^= (int) ((int) (sizeof m2 / sizeof m2[0])) & 1023;
        }
        unsigned u3 = (unsigned) a * 2654435761u;
        b ^= (int) (u3) & 1023;
    } else {
        for (p44_int_t i4 = 0; i4 < 3 && (((((a + 0) % 10007) + p44_h2(11, 18)) % 10007) < p44_one(((b * 68) % 10007))); i4++) {
            b &= (p44_one(p44_one(i4)) / ((((a * a) % 10007) / (p44_one(a) % 7 + 8)) % 7 + 8));
            a = (((a == p44_one(a)) + (((((void) 0, b) & 255) << (p44_one(42) & 7)) % 10007)) % 10007);
        }
    }
    if ((a < 57)) {
        if (((void) 0, a)) {
            a |= (b ?: p44_one(a));
        } else {
            a ^= p44_one(b);
        }
    }
    p44_QUIET_END
    {
        int w6 = 0;
        while (w6 < 2 && ((void) 0, ((a + (- a)) % 10007))) {
            w6++;
            if (p44_one((((70 + a) % 10007) ?: p44_one(b)))) {
                a = p44_one((((((void) 0, 50) + b) % 10007) ?: p44_one(b)));
            }
        }
        char s7[] = "eacbh";
        a ^= (int) ((int) sizeof s7) & 1023;
        a = ((((a & 255) << ((b < 50) & 7)) % 10007) && (((b < (int) sizeof s7) ? b : (int) sizeof s7) & p44_one(-5)));
    }
    if (a) {
        const int k8 = a;
        a ^= (int) (k8) & 1023;
    }
    return (((10 ^ b) + a) % 10007);
}

void p44_f5(int a) {
    printf("f5.in %d\n", a);
    if (a) {
        return;
    }
    int gb1[64];
    int gn2 = p44_g1_fill(p44_one((a ?: a)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f5.g1 %d\n", v1);
    }
    int t2 = p44_one(a);
        char c4 = (char) ((p44_one((((p44_h2(a, a) & 255) << ((- a) & 7)) % 10007)) & 63) + 32);
        printf("f5.d4 %d\n", c4);
        switch ((((c4 ^ 1000) - 1000) < 65) & 3) { default: {
            a = 57;
        } }
    int r3 = t2;
    printf("f5.t4 %d\n", r3);
    int gb4[64];
    int gn5 = p44_g1_fill((p44_h1(60, -10) % (((90 - a) % 10007) % 7 + 8)), gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v5 = gb4[gi6];
        printf("f5.g5 %d\n", v5);
    }
    _Pragma("GCC diagnostic push")
    int m6[3][3] = { { (r3 ?: (((a < 58) || r3) % ((r3 | r3) % 7 + 8))), (((p44_one(37) ?: (r3 ?: 66)) != 0) ? ((((r3 ?: 69) + a) % 10007) ?: r3) : ((a ?: 3) ^ (- 3))), p44_one(1) }, { ((((a == 29) ? (((4 & 255) << (r3 & 7)) % 10007) : a) != 0) && p44_one(p44_one(a))), p44_one(a), p44_one(a) }, { p44_one(10), (a < p44_one(p44_h1(a, a))), p44_h1(r3, (p44_one(33) == (a != 50))) } };
    printf("f5.d6 %d %d\n", (int) (sizeof m6 / sizeof m6[0]), m6[2][2]);
    _Pragma("GCC diagnostic pop")
}

int p44_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    int w1 = 0;
    while (w1 < 3 && 1) {
        w1++;
        int w2 = 0;
        do {
            w2++;
            switch ((a < 21) & 3) {
            case 1: {
                printf("f4.1 %d\n", (((a + a) % 10007) ?: 90));
                printf("f4.2 %d %d\n", d, ((void) 0, ((d - 72) % 10007)));
            }
                /* fallthrough */
            case 2: {
                a &= ((p44_one((79 != a)) & 16383) >> (p44_h2((a ? d : a), (d ^ d)) & 7));
                int v3 = p44_one(p44_one(p44_one(a)));
                printf("f4.d3 %d\n", v3);
            }
                /* fallthrough */
            case 3: {
                if (((p44_one(p44_one(-5)) + p44_h2(a, p44_h1(d, a))) % 10007)) {
                    {
                        break;
                    }
                }
                const int k4 = p44_h2((- ((94 + a) % 10007)), ((void) 0, 40));
                printf("f4.d4 %d\n", k4);
            }
                /* fallthrough */
            default: {
                a ^= ((p44_h1((- a), a) * a) % 10007);
                printf("f4.3 %d %d %d\n", a, (((11 / (a % 7 + 8)) + a) % 10007), a);
            }
                break;
            }
            long l5 = (long) (- p44_h2(-4, (2 % (a % 7 + 8)))) * 100000L;
            printf("f4.d5 %ld\n", l5);
        } while (w2 < 2 && (d < 43));
        switch (((p44_h2(87, d) & p44_h2(w2, 82)) & a) & 3) { case 2: case 0: {
            a = ((void) 0, ((void) 0, w2));
        } }
    }
    {
        a = (((a + (a != 59)) % 10007) ? d : ((p44_f4(d - 1, w1) - (- a)) % 10007));
    }
    if (0) {
        int e6 = 0;
        printf("f4.c6 %d\n", e6);
        const int k7 = (((((w1 + e6) % 10007) == p44_f4(d - 1, a)) + 87) % 10007);
        printf("f4.d7 %d\n", k7);
    }
    {
        printf("f4.f7 %d\n", a);
    }
    return p44_one(p44_one((w1 ?: w1)));
}

int p44_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    printf("f3.1 %d %d\n", a, (((59 / (b % 7 + 8)) * p44_one(79)) % 10007));
    {
        int b = (- p44_one(p44_h2(a, 92)));
        if (((p44_h1(((void) 0, b), p44_one(a)) ?: p44_one(p44_one(69))) != 0) != 0) {
            {
                goto L1;
            }
        }
        int w2 = 0;
        while (w2 < 3 && 1) {
            w2++;
#if 1
            b = ((p44_one(b) || (a < 79)) & ((b < ((95 & 16383) >> (78 & 7))) ? (((-6 & 255) << (-19 & 7)) % 10007) : p44_one(47)));
#else
            printf("never\n");
#endif
            if (a) {
                { ac_dt_err = ((a & 7) + 1); goto fn_err; }
            }
            switch ((b < 7) & 3) {
            case 2: {
                b |= p44_one(((((48 + a) % 10007) ?: 11) == a));
                struct p44_In pt3[] = { (+ p44_one((p44_one(b) ?: p44_one(a)))), a, ((((((b + b) % 10007) & 255) << (a & 7)) % 10007) != p44_one((57 & 10))), (+ p44_one((((-3 & 16383) >> (a & 7)) ? (- b) : p44_h1(-13, 56)))), (+ p44_one(p44_one((((-3 + a) % 10007) ?: 6)))), (a | (- p44_h1(a, b))) };
                printf("f3.d3 %d %d\n", (int) (sizeof pt3 / sizeof pt3[0]), pt3[2].y);
            }
                break;
            case 0: {
                if (((a < 71) || (((b < 73) + a) % 10007))) {
                    {
                        goto L1;
                    }
                }
            }
                /* fallthrough */
            default: {
                printf("f3.2 %s %d\n", __func__, a);
                printf("f3.3 %d\n", 50);
            }
                break;
            }
        }
        printf("f3.d3 %d\n", b);
    L1:;
    }
    return -14;
fn_err:
    return 0;
}

int p44_f2(int a) {
    if (a) {
        int w1 = 0;
        do {
            w1++;
            int (*fp2)(int, int) = p44_h1;
            a ^= (int) (fp2(7, 8)) & 1023;
            int v3 = fp2(1, 2);
            v3 ^= (int) (v3) & 1023;
            int m4[3][3] = { { 96, (p44_one(0) ^ ((void) 0, (v3 >= 31))), p44_h2(((void) 0, ((a * a) % 10007)), ((fp2(1, 2) < 66) && fp2(1, 2))) }, { 40, (49 % (a % 7 + 8)), a }, { p44_one(42), v3, ((p44_one(fp2(1, 2)) < 15) ? p44_h2(87, p44_one(a)) : ((void) 0, p44_one(a))) } };
            a ^= (int) ((int) (sizeof m4 / sizeof m4[0])) & 1023;
        } while (w1 < 3 && 1);
        p44_in_t *(*td5)(p44_in_t *) = p44_pick;
        a ^= (int) (td5(&p44_gin)->x) & 1023;
    } else {
        a = 3;
        a |= p44_h2((a | a), ((a < 4) ? p44_one(a) : a));
    }
    {
        for (int i6 = 0; i6 < 2 && p44_one((p44_h2(a, a) ? a : (a != 46))); i6 += p44_one(i6)) {
            struct p44_In *cl7 = &(struct p44_In){ ((void) 0, a), p44_one(p44_h2((a / (34 % 7 + 8)), -17)) };
            cl7->y ^= (int) (cl7->y) & 1023;
        }
        a &= (p44_one(p44_one(a)) != a);
        a &= p44_one(62);
    }
    return ((p44_one(((-18 + 39) % 10007)) + a) % 10007);
}

int p44_f1(int a) {
    printf("f1.in %d\n", a);
    {
        int m1[][2] = { { p44_f2(p44_h2(((a < -13) ? a : a), (a & a))), p44_one(a) } };
        printf("f1.d1 %d %d\n", (int) (sizeof m1 / sizeof m1[0]), m1[0][1]);
        _Pragma("GCC diagnostic push")
        {
            if (p44_one(p44_one(((a < 75) || m1[0][0])))) {
                { ac_dt_err = ((p44_h1(a, m1[0][0]) & 7) + 1); goto finerr1; }
            }
        }
        int gb2[64];
        int gn3 = p44_g1_fill((p44_one(m1[0][0]) >= (a ^ 91)), gb2);
        for (int gi4 = 0; gi4 < gn3; gi4++) {
            int v2 = gb2[gi4];
            printf("f1.g2 %d\n", v2);
            m1[0][0] |= p44_one((((v2 < 13) ? m1[0][1] : m1[0][0]) < p44_one(85)));
        }
        _Pragma("GCC diagnostic pop")
    }
    {
        printf("f1.f2 %d\n", a);
    }
    goto end1;
    finerr1: {
        int sv5 = ac_dt_err;
        ac_dt_err = 0;
        printf("f1.f2 %d\n", a);
        ac_dt_err = sv5;
        goto fn_err;
    }
    end1:;
    printf("f1.1 %d\n", ((void) 0, p44_h2(20, a)));
    printf("f1.2 %d %d %d\n", a, a, (p44_h2(18, a) ^ 30));
    int gb6[64];
    int gn7 = p44_g1_fill((p44_h1(85, a) ? a : a), gb6);
    for (int gi8 = 0; gi8 < gn7; gi8++) {
        int v3 = gb6[gi8];
        printf("f1.g3 %d\n", v3);
    }
    a &= a;
    return (((void) 0, a) ?: a);
fn_err:
    return 0;
}

int p44_main(void) {
    {
        int ht2 = p44_f1(34);
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
    {
        int ht4 = p44_f3(20, 11);
        if (ac_dt_err) goto catch3;
        printf("main.f3 %d\n", ht4);
    }
    goto ok3;
    catch3: {
        int e2 = ac_dt_err;
        ac_dt_err = 0;
        printf("main.caught %d\n", e2);
        goto ok3;
    }
    ok3:;
    p44_f5(0);
    return 0;
}


int main(void) {
    printf("== seed 44\n");
    p44_main();
    return 0;
}
