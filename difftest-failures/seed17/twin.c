#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 17 */
struct p17_In { int x; int y; };
struct p17_S { int a; long b; char c; int arr[3]; struct p17_In in; };
union p17_U { int i; unsigned u; char bytes[4]; };
typedef int p17_int_t;
typedef struct p17_In p17_in_t;
typedef int (*p17_op_t)(int, int);
int p17_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p17_h2(int a, int b) { return (a - b * 5) % 10007; }
p17_op_t p17_ops[2] = { p17_h1, p17_h2 };
p17_in_t p17_gin = { 3, 4 };
p17_in_t *p17_pick(p17_in_t *p) { return p; }
#define p17_QUIET _Pragma("GCC diagnostic push")
#define p17_QUIET_END _Pragma("GCC diagnostic pop")

int p17_one(int x) {
    return x - x + 1;
}

int p17_g1_fill(int n, int b, int *ybuf);
int p17_f1(int a, int b);
int p17_f2(int a, int b);
int p17_f3(int d, int a);
int p17_f4(int a);
void p17_f5(int a, int b);
int p17_f6(int a);

int p17_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    p17_QUIET
    if (p17_h1(((67 == n) >= p17_f6(b)), ((- b) & p17_f6(n)))) {
        long l1 = (long) ((((void) 0, (b % (b % 7 + 8))) & 16383) >> (p17_f6(40) & 7)) * 100000L;
        b ^= (int) (l1) & 1023;
        b |= n;
    } else {
        b = p17_h1(19, -14);
#ifndef AC_DT_UNDEFINED
        ybuf[yn++] = p17_f6(p17_f2(53, b));
        int y2 = 0;
        b ^= (int) (y2) & 1023;
#else
        printf("never\n");
#endif
    }
    if (n) {
        ybuf[yn++] = b;
        int y3 = 0;
        b ^= (int) (y3) & 1023;
    }
    p17_QUIET_END
    if (((p17_h2(p17_f2(n, 50), p17_f2(n, n)) ? (n % (b % 7 + 8)) : n) != 0) != 0) {
        return yn;
    }
    ybuf[yn++] = -17;
    return yn;
}

int p17_f6(int a) {
    int *cl1 = (int[]){ (p17_one(p17_one(-10)) & 16), p17_one(p17_one((a ?: a))), a };
    cl1[1] ^= (int) (cl1[1]) & 1023;
    return (((p17_h1(cl1[1], cl1[0]) ? p17_one(79) : ((void) 0, a)) + a) % 10007);
}

void p17_f5(int a, int b) {
    printf("f5.in %d %d\n", a, b);
    printf("f5.1 %d %d\n", a, p17_f6(((a < -11) || a)));
    if (p17_one(b)) {
        return;
    }
    if (p17_f6(p17_h2(54, b))) {
        printf("f5.2 %d %d\n", a, b);
        {
            b &= b;
        }
        {
            printf("f5.f0 %d\n", 54);
            switch (b & 3) {
            case 1: {
                b = (- p17_f6(p17_h1(a, a)));
            }
                break;
            case 2: {
                a &= (- ((void) 0, ((void) 0, a)));
                int (*fp1)(int, int) = p17_h1;
                printf("f5.d1 %d\n", fp1(7, 8));
            }
                break;
            default: {
                printf("f5.3 %d\n", b);
                b |= p17_one(p17_f6(p17_one(a)));
            }
                break;
            }
        }
        int a2[] = { ((b & 16383) >> (18 & 7)), p17_f6(p17_f6(b)), b, 55, ((p17_h1(b, (((82 + a) % 10007) ?: b)) - ((void) 0, p17_h1(64, a))) % 10007) };
        printf("f5.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[4]);
    }
    {
        int gb3[64];
        int gn4 = p17_g1_fill(a, (- ((b < 48) ? b : a)), gb3);
        for (int gi5 = 0; gi5 < gn4; gi5++) {
            int v3 = gb3[gi5];
            printf("f5.g3 %d\n", v3);
            _Pragma("GCC diagnostic push")
            printf("f5.4 %d %d\n", a, a);
            _Pragma("GCC diagnostic pop")
            int v4 = b;
            printf("f5.d4 %d\n", v4);
        }
        a = p17_h2((p17_h2(40, b) || b), ((void) 0, 14));
    }
    if (0) {
        int e5 = 0;
        printf("f5.c5 %d\n", e5);
        a = e5;
    }
    {
        printf("f5.f5 %d\n", a);
        p17_in_t td6 = { (- ((((a && b) + a) % 10007) ?: (b & a))), b };
        printf("f5.d6 %d\n", td6.y);
        if (((- ((void) 0, p17_h2(-16, 80))) != 0) != 0) {
            p17_int_t ta8[2] = { ((((((40 * a) % 10007) && td6.y) + a) % 10007) ?: (((void) 0, a) ? (a == b) : (b ? b : 45))), (td6.x / ((b ?: p17_h2(b, -20)) % 7 + 8)) };
            p17_int_t (*td7)[2] = &ta8;
            printf("f5.d8 %d\n", (*td7)[1]);
        }
    }
}

int p17_f4(int a) {
    printf("f4.in %d\n", a);
    p17_in_t td1 = { a, p17_h2(a, ((p17_f6(44) + ((a * a) % 10007)) % 10007)) };
    printf("f4.d1 %d\n", td1.y);
    a &= 27;
    if (p17_f6(53)) {
        { ac_dt_err = ((p17_f6((a ? a : a)) & 7) + 1); goto fn_err; }
    }
    return (p17_h1(p17_f6(a), p17_f6(22)) % (p17_h1(td1.y, td1.y) % 7 + 8));
fn_err:
    return 0;
}

int p17_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    int w1 = 0;
    while (w1 < 1 && 1) {
        w1++;
        printf("f3.1 %d %d\n", p17_f6(p17_f3(d - 1, a)), a);
    }
    printf("f3.2 %d\n", w1);
    printf("f3.3 %d %d %d\n", a, d, p17_one((w1 != a)));
#ifndef AC_DT_UNDEFINED
    double dd2 = p17_h1((p17_f6(-17) != (d < 27)), p17_f3(d - 1, p17_f6(55))) * 0.25 + 0.5;
    printf("f3.d2 %.3f\n", dd2);
    printf("f3.4 %d %d %d\n", p17_h1(a, ((void) 0, d)), 42, p17_h1((a ^ (int) dd2), (17 < d)));
#else
    printf("never\n");
#endif
    struct p17_S st3 = { .in.y = a, .a = p17_one(p17_one(w1)), .arr[2] = ((p17_h2(w1, p17_f6(a)) - p17_f6(p17_h1(38, 47))) % 10007), .c = 'q' };
    printf("f3.d3 %d %ld %d %d %d %d\n", st3.a, st3.b, st3.c, st3.arr[2], st3.in.x, st3.in.y);
    printf("f3.5 %d %d\n", st3.in.x, 34);
    return (((void) 0, a) % (-10 % 7 + 8));
}

int p17_f2(int a, int b) {
    int w1 = 0;
    while (w1 < 2 && (p17_f6((b ? b : a)) / (a % 7 + 8))) {
        w1++;
    }
    return (((((a ? b : a) / (a % 7 + 8)) ^ b) + a) % 10007);
}

int p17_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    {
        int ht1 = p17_f4(b);
        if (ac_dt_err) goto fn_err;
        b ^= ((ht1 & 16383) >> (b & 7));
        {
            {
                int (*fp2)(int, int) = p17_h2;
                printf("f1.d2 %d\n", fp2(7, 8));
            }
        }
        if (0) {
            int e3 = 0;
            printf("f1.c3 %d\n", e3);
            int t4 = p17_one((p17_f6(b) | p17_one(b)));
            int r5 = t4;
            printf("f1.t5 %d\n", r5);
            {
                char s7[] = {"hbg"};
                printf("f1.d7 %d [%s]\n", (int) sizeof s7, s7);
            }
        }
        {
            printf("f1.f7 %d\n", b);
        }
    }
    char s8[] = {"gg"};
    printf("f1.d8 %d [%s]\n", (int) sizeof s8, s8);
    printf("f1.1 %d %d %d\n", ((a ^ (int) sizeof s8) ^ ((b < 40) ? b : a)), (int) sizeof s8, (b % (((48 - (int) sizeof s8) % 10007) % 7 + 8)));
    if ((a < (int) sizeof s8)) {
        int v9 = 31;
        printf("f1.d9 %d\n", v9);
    }
    return ((-18 / (((a < (int) sizeof s8) ? 18 : b) % 7 + 8)) ? (((((17 + a) % 10007) ?: a) != 0) && a) : 95);
fn_err:
    return 0;
}

int p17_main(void) {
    {
        int ht2 = p17_f1(26, 0);
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
    p17_f5(24, 16);
    return 0;
}


int main(void) {
    printf("== seed 17\n");
    p17_main();
    return 0;
}
