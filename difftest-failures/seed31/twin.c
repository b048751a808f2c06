#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 31 */
struct p31_In { int x; int y; };
struct p31_S { int a; long b; char c; int arr[3]; struct p31_In in; };
union p31_U { int i; unsigned u; char bytes[4]; };
typedef int p31_int_t;
typedef struct p31_In p31_in_t;
typedef int (*p31_op_t)(int, int);
int p31_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p31_h2(int a, int b) { return (a - b * 5) % 10007; }
p31_op_t p31_ops[2] = { p31_h1, p31_h2 };
p31_in_t p31_gin = { 3, 4 };
p31_in_t *p31_pick(p31_in_t *p) { return p; }
#define p31_QUIET _Pragma("GCC diagnostic push")
#define p31_QUIET_END _Pragma("GCC diagnostic pop")

int p31_one(int x) {
    return x - x + 1;
}

int p31_g1_fill(int n, int *ybuf);
int p31_f1(int a);
int p31_f2(int a, int b);
int p31_f3(int d, int a);

int p31_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = ((n + ((n < -9) || (((n < 23) + n) % 10007))) % 10007);
    return yn;
}

int p31_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    a ^= p31_f3(d - 1, (p31_f3(d - 1, 91) ?: (a | a)));
    switch ((19 / (((void) 0, (d ?: a)) % 7 + 8)) & 3) {
    case 3: {
        int a1[] = { ((void) 0, a), a, -1, p31_one(((void) 0, a)) };
        printf("f3.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[3]);
    }
        /* fallthrough */
    default: {
        int t2 = p31_one(p31_h2(p31_one(a), p31_one(a)));
            int gb1[64];
            int gn2 = p31_g1_fill((- ((void) 0, a)), gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v4 = gb1[gi3];
                printf("f3.g4 %d\n", v4);
                a |= (((a ? p31_h1(a, a) : 19) != 0) ? 74 : ((- a) ^ a));
                printf("f3.1 %d\n", a);
            }
            int a5[2] = { p31_h2(p31_one((a ? a : d)), p31_one(a)), p31_one(p31_h1(p31_one(a), p31_one(d))) };
            printf("f3.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[1]);
        int r3 = t2;
        printf("f3.t5 %d\n", r3);
    }
        break;
    }
    printf("f3.2 %s %d\n", __func__, (((34 / (a % 7 + 8)) - a) % 10007));
    return ((p31_one(a) ? p31_one(a) : a) ^ d);
}

int p31_f2(int a, int b) {
    {
    }
    p31_QUIET
    if ((a || p31_one(p31_one(b)))) {
        const int k2 = a;
        a ^= (int) (k2) & 1023;
        int w3 = 0;
        while (w3 < 2 && 1) {
            w3++;
            a |= ((((a && (a >= 58)) & 255) << (p31_h1(p31_one(b), p31_h1(a, a)) & 7)) % 10007);
            a ^= b;
        }
    }
    p31_QUIET_END
    struct p31_In pt4[] = { a, (+ (p31_one(p31_h2(80, 96)) || a)), (p31_one(a) & p31_one(a)), (+ p31_one(p31_h1(p31_one(40), p31_one(62)))) };
    a ^= (int) ((int) (sizeof pt4 / sizeof pt4[0])) & 1023;
    if (pt4[1].x) {
        int m5[][2] = { { p31_one(p31_one((93 & 28))), p31_h1(p31_one(p31_h2(pt4[1].x, pt4[0].x)), p31_one(a)) }, { (p31_one(a) | pt4[1].x), ((void) 0, p31_one(p31_h1(a, b))) } };
        pt4[0].x ^= (int) ((int) (sizeof m5 / sizeof m5[0])) & 1023;
        switch (m5[0][0] & 3) {
        case 2: {
            if (m5[0][1]) {
                a = p31_one((((pt4[0].y & 16383) >> (m5[1][0] & 7)) ? p31_one(27) : ((93 * 8) % 10007)));
            }
            int v6 = (p31_h1((pt4[0].x ^ pt4[1].x), p31_one(b)) ?: p31_one((((m5[0][0] & 255) << (pt4[0].y & 7)) % 10007)));
            a ^= (int) (v6) & 1023;
        }
            /* fallthrough */
        case 1: {
            for (int i7 = (p31_one(p31_one(m5[1][0])) & 1); i7 < 2 && 1; i7++) {
                a = p31_h1((- ((void) 0, a)), (p31_h1(20, 19) ? p31_one(30) : a));
                pt4[0].x |= p31_one((((75 + i7) % 10007) ?: m5[0][0]));
            }
        }
            break;
        case 3: {
            for (int i8 = (((p31_one(((91 * 87) % 10007)) ? ((p31_one(b) & 16383) >> ((pt4[1].x ? a : m5[0][1]) & 7)) : ((void) 0, (m5[0][0] == 66))) != 0) & 1); i8 < 3 && 1; i8++) {
                char s9[] = {"aee"};
                a ^= (int) ((int) sizeof s9) & 1023;
                if (m5[1][0]) {
                    {
                        break;
                    }
                }
            }
            p31_QUIET
            char c10 = (char) (((pt4[0].y ? a : p31_h2(p31_h2(a, a), p31_one(m5[0][1]))) & 63) + 32);
            m5[0][0] ^= (int) (c10) & 1023;
            if ((((p31_one(a) || p31_h1(m5[0][0], pt4[0].y)) + ((void) 0, (b == a))) % 10007)) {
                return b;
            }
            p31_QUIET_END
        }
            break;
        }
        if (p31_one(b)) {
            return b;
        }
    }
    int a11[5] = { p31_one(9), p31_one(b), b, p31_h1(((p31_one(58) + (pt4[1].x ? b : a)) % 10007), ((pt4[1].x < 6) ? p31_one(10) : b)), ((p31_one((a ^ pt4[0].y)) - 37) % 10007) };
    pt4[0].x ^= (int) ((int) (sizeof a11 / sizeof a11[0])) & 1023;
    if ((((p31_one((-10 != a)) & 255) << (89 & 7)) % 10007)) {
        if (p31_one(14)) {
            return p31_one((73 >= (53 / (a11[1] % 7 + 8))));
        }
    }
    return ((((((a11[1] < 14) ? b : a11[0]) & a) ^ b) + a) % 10007);
}

int p31_f1(int a) {
    printf("f1.in %d\n", a);
    int (*fp1)(int, int) = p31_h2;
    printf("f1.d1 %d\n", fp1(7, 8));
    printf("f1.1 %d %d %d\n", (a == p31_one(a)), fp1(1, 2), a);
    {
        if ((a >= p31_one((a ? a : -18)))) {
#if 1
            printf("f1.2 %d %d\n", fp1(1, 2), a);
#else
            printf("never\n");
#endif
            if ((a < 10)) {
                { ac_dt_err = ((p31_one(p31_h2(a, 76)) & 7) + 1); goto fn_err; }
            }
            a ^= p31_one(a);
        } else {
            printf("f1.3 %s %d %d\n", __func__, fp1(1, 2), ((((fp1(1, 2) >= a) & 255) << (p31_one(a) & 7)) % 10007));
        }
    }
    if (((p31_one(a) ?: a) != 0) != 0) {
        a ^= a;
        {
            {
                printf("f1.4 %d %d %d\n", 51, a, a);
                a |= a;
                int *cl4 = (int[]){ 85, (p31_one(p31_h1(79, 70)) ?: p31_one(p31_one(a))), p31_h1(p31_one(p31_one(a)), (p31_one(a) ?: p31_h2(fp1(1, 2), a))) };
                printf("f1.d4 %d\n", cl4[1]);
            }
            {
                printf("f1.f4 %d\n", fp1(1, 2));
                int a5[4] = { p31_h1((((69 + fp1(1, 2)) % 10007) ^ (a | a)), p31_one(p31_h1(fp1(1, 2), a))), p31_one(((void) 0, fp1(a, a))), (p31_one(((void) 0, a)) && p31_h1(p31_one(fp1(1, 2)), fp1(25, a))), (((((76 < fp1(1, 2)) + (a || (a < -6))) % 10007) & 16383) >> (fp1(1, 2) & 7)) };
                printf("f1.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[3]);
            }
        }
        switch (a & 3) { case 0: case 1: {
            a = ((void) 0, (p31_one(a) != p31_one(fp1(1, 2))));
        } }
    }
    return -14;
fn_err:
    return 0;
}

int p31_main(void) {
    {
        int ht2 = p31_f1(33);
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
    printf("main.f2 %d\n", p31_f2(2, 14));
    return 0;
}


int main(void) {
    printf("== seed 31\n");
    p31_main();
    return 0;
}
