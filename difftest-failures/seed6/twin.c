#include <stdio.h>

int ac_dt_err;

/* seed 6 */
struct p6_In { int x; int y; };
struct p6_S { int a; long b; char c; int arr[3]; struct p6_In in; };
union p6_U { int i; unsigned u; char bytes[4]; };
typedef int p6_int_t;
typedef struct p6_In p6_in_t;
typedef int (*p6_op_t)(int, int);
int p6_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p6_h2(int a, int b) { return (a - b * 5) % 10007; }
p6_op_t p6_ops[2] = { p6_h1, p6_h2 };
p6_in_t p6_gin = { 3, 4 };
p6_in_t *p6_pick(p6_in_t *p) { return p; }

int p6_one(int x) {
    return x - x + 1;
}

int p6_f1(int a, int b);
int p6_f2(int a, int b);
int p6_f3(int a);

int p6_f3(int a) {
    printf("f3.in %d\n", a);
    p6_in_t td1 = { ((-8 + 55) % 10007), (- (((44 < a) + a) % 10007)) };
    printf("f3.d1 %d\n", td1.y);
    int v2 = td1.x;
    printf("f3.d2 %d\n", v2);
    return p6_one(v2);
}

int p6_f2(int a, int b) {
    int w1 = 0;
    while (w1 < 1 && 1) {
        w1++;
        if (p6_one(((-8 ^ a) < p6_h2(81, b)))) {
            int a2[5] = { p6_one(b), p6_one((((21 & 255) << (a & 7)) % 10007)), ((67 & 16383) >> ((a == b) & 7)), p6_h1(a, a), p6_h1(b, (- p6_one(a))) };
            b ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
        } else {
        }
        int w3 = 0;
        while (w3 < 2 && (b < ((6 + 74) % 10007))) {
            w3++;
            switch (b & 3) {
            case 1: {
                a ^= 3;
            }
                /* fallthrough */
            case 3: {
            }
                break;
            case 2: {
                a &= a;
            }
                break;
            }
        }
        int w4 = 0;
        do {
            w4++;
            a = b;
            int w5 = 0;
            while (w5 < 3 && w3) {
                w5++;
            }
        } while (w4 < 2 && (p6_h2(p6_one(a), w3) >= -8));
    }
    if (a) {
        if (p6_one(79)) {
            int v6 = p6_one((((-17 == b) & 16383) >> (b & 7)));
            a ^= (int) (v6) & 1023;
            int v7 = p6_one(b);
            b ^= (int) (v7) & 1023;
        } else {
            switch (a & 3) {
            case 0: {
                b = b;
            }
                break;
            case 3: {
                b = p6_one(p6_one(2));
            }
                break;
            case 2: {
                p6_int_t td8 = (- b);
                a ^= (int) (td8) & 1023;
            }
                break;
            default: {
            }
                break;
            }
            int w9 = 0;
            while (w9 < 1 && a) {
                w9++;
                a = 76;
                int a10[3] = { (- 8), (- (((a != 17) - (38 < a)) % 10007)), p6_one(27) };
                a ^= (int) ((int) (sizeof a10 / sizeof a10[0])) & 1023;
            }
        }
    } else {
        for (int i11 = ((w1 < 81) & 1); i11 < 3 && p6_one(w1); i11++) {
        }
        b &= p6_one(p6_one(((b & 16383) >> (a & 7))));
    }
    return (((p6_one(p6_one(92)) ^ b) + a) % 10007);
}

int p6_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    if ((a < 25)) {
        int v1 = p6_one(p6_f2(((a & 16383) >> (41 & 7)), (((b & 255) << (b & 7)) % 10007)));
        printf("f1.d1 %d\n", v1);
        if ((((a & 255) << (a & 7)) % 10007)) {
            a = p6_f3((v1 ^ ((62 + -19) % 10007)));
            printf("f1.1 %d %d\n", b, v1);
            printf("f1.2 %d\n", v1);
        }
    }
    printf("f1.3 %d %d %d\n", b, b, a);
    return 30;
}

int p6_main(void) {
    printf("main.f1 %d\n", p6_f1(14, 37));
    return 0;
}


int main(void) {
    printf("== seed 6\n");
    p6_main();
    return 0;
}
