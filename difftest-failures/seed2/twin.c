#include <stdio.h>

int ac_dt_err;

/* seed 2 */
struct p2_In { int x; int y; };
struct p2_S { int a; long b; char c; int arr[3]; struct p2_In in; };
union p2_U { int i; unsigned u; char bytes[4]; };
typedef int p2_int_t;
typedef struct p2_In p2_in_t;
typedef int (*p2_op_t)(int, int);
int p2_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p2_h2(int a, int b) { return (a - b * 5) % 10007; }
p2_op_t p2_ops[2] = { p2_h1, p2_h2 };
p2_in_t p2_gin = { 3, 4 };
p2_in_t *p2_pick(p2_in_t *p) { return p; }

int p2_one(int x) {
    return x - x + 1;
}

int p2_f1(int a);
int p2_f2(int a);
int p2_f3(int a, int b);

int p2_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    int w1 = 0;
    while (w1 < 3 && a) {
        w1++;
        if (((- (26 ^ a)) != 0) != 0) {
            a = ((((p2_h2(b, 71) ^ p2_h1(44, 64)) & 255) << ((- p2_one(b)) & 7)) % 10007);
        }
        if ((p2_h2(p2_one(a), p2_one(a)) % ((-3 / ((a / (a % 7 + 8)) % 7 + 8)) % 7 + 8))) {
            int v2 = (((((a * a) % 10007) * 60) % 10007) == (b & -17));
            printf("f3.d2 %d\n", v2);
            printf("f3.1 %d\n", (13 & v2));
            int v3 = p2_one(11);
            printf("f3.d3 %d\n", v3);
        } else {
            if (p2_h2((b != a), a)) {
                int v4 = ((35 < a) % (((b + b) % 10007) % 7 + 8));
                printf("f3.d4 %d\n", v4);
            } else {
                printf("f3.2 %d\n", b);
            }
        }
    }
    printf("f3.3 %d %d %d\n", b, 4, b);
    printf("f3.4 %d %d\n", b, a);
    return p2_one(62);
}

int p2_f2(int a) {
    if (a) {
        if (p2_one(a)) {
            if (((a / (p2_h1(-8, a) % 7 + 8)) ^ (- a))) {
            } else {
                a = a;
                int v1 = ((64 * (a == 45)) % 10007);
                v1 ^= (int) (v1) & 1023;
            }
        } else {
            if (a) {
                int v2 = 73;
                a ^= (int) (v2) & 1023;
            } else {
                int v3 = p2_one(a);
                a ^= (int) (v3) & 1023;
            }
        }
        if (p2_h2(a, ((((58 & 255) << (a & 7)) % 10007) < a))) {
            int v4 = (a ^ ((((a % (a % 7 + 8)) & 255) << (((82 & 16383) >> (a & 7)) & 7)) % 10007));
            a ^= (int) (v4) & 1023;
        }
        int v5 = 28;
        v5 ^= (int) (v5) & 1023;
    } else {
        a |= a;
    }
    switch ((a < 48) & 3) {
    case 2: {
        int w6 = 0;
        do {
            w6++;
        } while (w6 < 3 && (a < ((((((99 + 71) % 10007) + 36) % 10007) + 73) % 10007)));
        a &= ((a * p2_h1(p2_one(w6), a)) % 10007);
    }
        /* fallthrough */
    case 0: {
        if (a) {
            int w7 = 0;
            while (w7 < 2 && 1) {
                w7++;
                a &= (- p2_one(p2_one(a)));
            }
            switch (a & 3) {
            case 2: {
                p2_in_t td8 = { 63, p2_one(a) };
                td8.y ^= (int) (td8.y) & 1023;
            }
                /* fallthrough */
            default: {
                int v9 = (((a & a) + 44) % 10007);
                v9 ^= (int) (v9) & 1023;
            }
                break;
            }
        }
        for (int i10 = 0; i10 < 1 && a; i10++) {
            for (int i11 = 0; i11 < 3 && p2_one((i10 == 13)); i11++) {
                int a12[5] = { p2_h1(((i10 + (a < 44)) % 10007), (- (a | a))), (i10 | a), (i10 >= 38), p2_h2(p2_h2(p2_one(i10), (- 47)), p2_one((a / (a % 7 + 8)))), p2_one(p2_one(i11)) };
                a12[1] ^= (int) ((int) (sizeof a12 / sizeof a12[0])) & 1023;
                a ^= ((- p2_h1(i11, i10)) & a12[1]);
            }
        }
    }
        break;
    case 1: {
        if ((a < -16)) {
            if (a) {
                int a13[4] = { a, ((a * a) % 10007), ((((- ((a * a) % 10007)) & 255) << ((a / (a % 7 + 8)) & 7)) % 10007), a };
                a13[0] ^= (int) ((int) (sizeof a13 / sizeof a13[0])) & 1023;
            } else {
                a = a;
            }
        } else {
            int w14 = 0;
            do {
                w14++;
                p2_in_t td15 = { (- p2_h1(33, a)), p2_h2(a, 86) };
                a ^= (int) (td15.y) & 1023;
            } while (w14 < 3 && (a & p2_h2((a / (a % 7 + 8)), p2_h1(-17, a))));
        }
    }
        /* fallthrough */
    default: {
        int v16 = ((((13 < a) & ((26 - a) % 10007)) + 21) % 10007);
        a ^= (int) (v16) & 1023;
    }
        break;
    }
    return (((((-14 % (a % 7 + 8)) - p2_h1(a, 30)) % 10007) + a) % 10007);
}

int p2_f1(int a) {
    printf("f1.in %d\n", a);
    if (p2_f3((a / (p2_h1(a, a) % 7 + 8)), p2_h1(p2_h1(a, 7), a))) {
        printf("f1.1 %d\n", a);
        a |= p2_one(a);
    }
    if (p2_one(70)) {
        printf("f1.2 %d %d %d\n", a, a, a);
        printf("f1.3 %d %d %d\n", a, a, p2_one(p2_h1(-17, a)));
    }
    printf("f1.4 %d %d %d\n", p2_one((((23 & 255) << (90 & 7)) % 10007)), a, (a % (9 % 7 + 8)));
    if (((- (22 < a)) & (((a < 5) - ((a & 16383) >> (a & 7))) % 10007))) {
        int w1 = 0;
        do {
            w1++;
            a |= a;
            int v2 = p2_h2(a, ((84 + (52 % (a % 7 + 8))) % 10007));
            printf("f1.d2 %d\n", v2);
        } while (w1 < 3 && p2_one(p2_one(a)));
    } else {
        printf("f1.5 %d %d\n", (a != (a ^ 49)), a);
        printf("f1.6 %d\n", ((((a >= 43) & 255) << (50 & 7)) % 10007));
    }
    int v3 = (a % ((- (50 >= a)) % 7 + 8));
    printf("f1.d3 %d\n", v3);
    printf("f1.7 %d %d %d\n", 4, p2_h1(((v3 + v3) % 10007), v3), v3);
    return v3;
}

int p2_main(void) {
    printf("main.f1 %d\n", p2_f1(4));
    printf("main.f2 %d\n", p2_f2(11));
    return 0;
}


int main(void) {
    printf("== seed 2\n");
    p2_main();
    return 0;
}
