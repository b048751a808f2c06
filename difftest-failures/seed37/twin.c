#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 37 */
struct p37_In { int x; int y; };
struct p37_S { int a; long b; char c; int arr[3]; struct p37_In in; };
union p37_U { int i; unsigned u; char bytes[4]; };
typedef int p37_int_t;
typedef struct p37_In p37_in_t;
typedef int (*p37_op_t)(int, int);
int p37_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p37_h2(int a, int b) { return (a - b * 5) % 10007; }
p37_op_t p37_ops[2] = { p37_h1, p37_h2 };
p37_in_t p37_gin = { 3, 4 };
p37_in_t *p37_pick(p37_in_t *p) { return p; }
#define p37_QUIET _Pragma("GCC diagnostic push")
#define p37_QUIET_END _Pragma("GCC diagnostic pop")

int p37_one(int x) {
    return x - x + 1;
}

int p37_g1_fill(int n, int b, int *ybuf);
int p37_f1(int a);
int p37_f2(int a, int b);
int p37_f3(int a, int b);

int p37_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
#if 1
    ybuf[yn++] = 95;
    long l1 = (long) b * 100000L;
    b ^= (int) (l1) & 1023;
    if ((((p37_h1(n, (int) (l1 % 10007)) & 255) << (p37_h1((- 69), n) & 7)) % 10007)) {
        int m2[][2] = { { (int) (l1 % 10007), ((int) (l1 % 10007) < (-12 & p37_h1((int) (l1 % 10007), n))) }, { n, p37_h1((31 >= ((n - 69) % 10007)), p37_h2((72 >= (int) (l1 % 10007)), p37_h1(8, 59))) } };
        n ^= (int) ((int) (sizeof m2 / sizeof m2[0])) & 1023;
        if (((- (p37_h1(m2[1][0], b) ^ n)) != 0) != 0) {
            return yn;
        }
        if (n) {
            return yn;
        }
    }
#else
    printf("never\n");
#endif
    int a3[4] = { 82, n, n, (p37_h1((b / (1 % 7 + 8)), p37_h2(6, b)) < (((b * n) % 10007) ? 40 : (((n & 255) << (12 & 7)) % 10007))) };
    b ^= (int) ((int) (sizeof a3 / sizeof a3[0])) & 1023;
    a3[0] &= p37_h2(a3[((a3[((44) % 4 + 4) % 4]) % 4 + 4) % 4], a3[1]);
    return yn;
}

int p37_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    for (int i1 = ((((- b) % (57 % 7 + 8)) / (p37_one(p37_one(a)) % 7 + 8)) & 1); i1 < 1 && p37_one(p37_one(p37_one(63))); i1++) {
        if (p37_one(((void) 0, p37_h2(b, a)))) {
            {
                printf("f3.1 %d %d\n", (((97 == i1) & 16383) >> (p37_one(a) & 7)), p37_one(p37_h1(a, a)));
                long l3 = (long) p37_one((a / (b % 7 + 8))) * 100000L;
                printf("f3.d3 %ld\n", l3);
            }
            a &= 14;
            int gb1[64];
            int gn2 = p37_g1_fill(((void) 0, (((a & 255) << (40 & 7)) % 10007)), p37_one((b || i1)), gb1);
            for (int gi3 = 0; gi3 < gn2; gi3++) {
                int v4 = gb1[gi3];
                printf("f3.g4 %d\n", v4);
            }
        } else {
            printf("f3.2 %d %d\n", b, i1);
            if (((- p37_one(p37_one(b))) != 0) != 0) {
                b = (((void) 0, 80) ^ (p37_h1(a, 61) ? p37_one(b) : a));
                printf("f3.3 %d\n", p37_one(p37_one(b)));
            }
        }
        if ((i1 < 59)) {
            {
                continue;
            }
        }
    }
    char s5[] = {""};
    printf("f3.d5 %d [%s]\n", (int) sizeof s5, s5);
    return p37_one(((((b ?: (int) sizeof s5) + a) % 10007) ?: p37_one(b)));
}

int p37_f2(int a, int b) {
    if (((void) 0, ((void) 0, a))) {
        return p37_one(p37_one(p37_one(b)));
    }
    {
        if ((b < 73)) {
            {
                goto L1;
            }
        }
        {
            a |= ((p37_one(b) | (b && a)) ? ((33 * p37_h1(b, -17)) % 10007) : ((p37_h2(96, b) * p37_one(b)) % 10007));
        }
    L1:;
    }
    for (int i3 = ((a < (- 53)) & 1); i3 < 2 && p37_one(22); i3++) {
        int m4[3][2] = { { p37_h2((b / (((void) 0, a) % 7 + 8)), (p37_one(b) && p37_h1(a, 81))), p37_one(p37_one(p37_one(a))) }, { i3, p37_one(i3) }, { p37_one(p37_h2(a, p37_one(b))), ((b + (i3 ^ (a / (a % 7 + 8)))) % 10007) } };
        a ^= (int) ((int) (sizeof m4 / sizeof m4[0])) & 1023;
    }
    const int k5 = a;
    a ^= (int) (k5) & 1023;
    a = ((void) 0, (p37_one(b) % (p37_one(a) % 7 + 8)));
    return (((29 ^ b) + a) % 10007);
}

int p37_f1(int a) {
    printf("f1.in %d\n", a);
    if (p37_f2(p37_f2(p37_f3(a, 27), 5), (((a < 44) + p37_h1(51, 0)) % 10007))) {
        return ((void) 0, -15);
    }
    a = (a >= 23);
    int *cl1 = (int[]){ p37_h1(p37_h1(((a & 16383) >> (42 & 7)), (((6 + a) % 10007) ?: -8)), ((void) 0, a)), 75, a };
    printf("f1.d1 %d\n", cl1[1]);
    int gb1[64];
    int gn2 = p37_g1_fill(cl1[0], ((41 & 16383) >> (cl1[1] & 7)), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v2 = gb1[gi3];
        printf("f1.g2 %d\n", v2);
        {
            int m3[][3] = { { ((void) 0, ((cl1[0] ?: 26) / (((void) 0, a) % 7 + 8))), p37_h2((((((a & 255) << (v2 & 7)) % 10007) + (99 != a)) % 10007), ((cl1[0] + (cl1[0] || cl1[1])) % 10007)), (((v2 & a) ^ a) && (cl1[2] < (- (- -18)))) } };
            printf("f1.d3 %d %d\n", (int) (sizeof m3 / sizeof m3[0]), m3[0][2]);
        }
        {
            printf("f1.f3 %d\n", a);
        }
        {
            int w4 = 0;
            do {
                w4++;
                a |= ((((void) 0, cl1[1]) - p37_h1(((39 + a) % 10007), -11)) % 10007);
                int (*fp5)(int, int) = p37_h2;
                printf("f1.d5 %d\n", fp5(7, 8));
                printf("f1.1 %d\n", fp5(1, 2));
            } while (w4 < 2 && cl1[1]);
            if (cl1[1]) {
                { ac_dt_err = (((p37_h1(92, 34) % ((cl1[0] < a) % 7 + 8)) & 7) + 1); goto fn_err; }
            }
            if (((((a ?: cl1[0]) != 0) ? cl1[0] : ((15 + 89) % 10007)) & (a ^ ((void) 0, a)))) {
                { ac_dt_err = ((p37_h1((((cl1[0] & 255) << (30 & 7)) % 10007), 87) & 7) + 1); goto fn_err; }
            }
        }
    }
    return (- ((cl1[1] != cl1[2]) || (((69 < cl1[1]) + cl1[1]) % 10007)));
fn_err:
    return 0;
}

int p37_main(void) {
    {
        int ht2 = p37_f1(8);
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
    printf("== seed 37\n");
    p37_main();
    return 0;
}
