#include <stdio.h>

int ac_dt_err;

/* seed 1 */
struct p1_In { int x; int y; };
struct p1_S { int a; long b; char c; int arr[3]; struct p1_In in; };
union p1_U { int i; unsigned u; char bytes[4]; };
typedef int p1_int_t;
typedef struct p1_In p1_in_t;
typedef int (*p1_op_t)(int, int);
int p1_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p1_h2(int a, int b) { return (a - b * 5) % 10007; }
p1_op_t p1_ops[2] = { p1_h1, p1_h2 };
p1_in_t p1_gin = { 3, 4 };
p1_in_t *p1_pick(p1_in_t *p) { return p; }

int p1_one(int x) {
    return x - x + 1;
}

int p1_f1(int a);
int p1_f2(int a, int b);
int p1_f3(int a);
void p1_f4(int a, int b);

void p1_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    printf("f4.1 %d %d\n", b, a);
    for (int i1 = (p1_one(b) & 1); i1 < 2 && 1; i1++) {
        int v2 = a;
        printf("f4.d2 %d\n", v2);
        a = a;
        int a3[2] = { (- (v2 | (- a))), (((b * (v2 ^ 55)) % 10007) == i1) };
        printf("f4.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
    }
    printf("f4.2 %d\n", b);
    printf("f4.3 %d %d %d\n", b, p1_h2((- 83), 6), a);
}

int p1_f3(int a) {
    printf("f3.in %d\n", a);
    printf("f3.1 %d %d %d\n", (a >= 5), (- p1_one(a)), a);
    int v1 = p1_one(a);
    printf("f3.d1 %d\n", v1);
    v1 ^= p1_one(v1);
    int v2 = ((a + (((82 >= a) + a) % 10007)) % 10007);
    printf("f3.d2 %d\n", v2);
    printf("f3.2 %d %d\n", p1_one(p1_one(a)), p1_one(p1_one(v1)));
    return (((24 & 255) << (v1 & 7)) % 10007);
}

int p1_f2(int a, int b) {
    for (int i1 = 0; i1 < 3 && a; i1 += p1_one(i1)) {
        int w2 = 0;
        while (w2 < 2 && p1_one(i1)) {
            w2++;
            int v3 = ((b & 16383) >> (a & 7));
            a ^= (int) (v3) & 1023;
        }
    }
    a |= (a < 55);
    p1_int_t td4 = -7;
    b ^= (int) (td4) & 1023;
    int w5 = 0;
    while (w5 < 3 && 1) {
        w5++;
        int a6[2] = { 98, p1_one(p1_one(p1_one(38))) };
        td4 ^= (int) ((int) (sizeof a6 / sizeof a6[0])) & 1023;
        switch (p1_one(p1_one(p1_one(-9))) & 3) {
        case 2: {
            td4 |= (td4 & a6[1]);
        }
            /* fallthrough */
        case 0: {
            if (a) {
                a6[1] = 21;
                a6[1] ^= a6[0];
            } else {
                int v7 = -16;
                b ^= (int) (v7) & 1023;
            }
        }
            /* fallthrough */
        case 1: {
            p1_in_t td8 = { 11, p1_one((((a >= b) + (a6[0] == 15)) % 10007)) };
            b ^= (int) (td8.y) & 1023;
        }
            break;
        }
    }
    return (((a ^ b) + a) % 10007);
}

int p1_f1(int a) {
    printf("f1.in %d\n", a);
    a = p1_h1(a, p1_h2(15, ((a - 93) % 10007)));
    a = ((((- a) - a) % 10007) == 87);
    printf("f1.1 %d\n", p1_one(p1_one(a)));
    if (p1_one(((a / (a % 7 + 8)) | a))) {
        int w1 = 0;
        do {
            w1++;
        } while (w1 < 3 && 1);
        printf("f1.2 %d\n", ((((a & 16383) >> (-3 & 7)) - a) % 10007));
    } else {
        for (int i2 = 0; i2 < 2 && ((((- (a < 29)) & 255) << (((37 + (a & a)) % 10007) & 7)) % 10007); i2++) {
            printf("f1.3 %d %d\n", p1_h2((- 57), 82), ((((a * i2) % 10007) * p1_h1(0, a)) % 10007));
            a ^= a;
            int a3[5] = { p1_h1(p1_h2(p1_h2(a, i2), p1_h1(a, 99)), (- i2)), ((p1_h2((26 != i2), p1_h2(a, i2)) & 16383) >> (-18 & 7)), (((p1_h2(a, a) == i2) + ((a / (-10 % 7 + 8)) % (89 % 7 + 8))) % 10007), (- ((- i2) / (a % 7 + 8))), (a % ((((i2 % (a % 7 + 8)) + (- a)) % 10007) % 7 + 8)) };
            printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[4]);
        }
        printf("f1.4 %d %d %d\n", a, a, (((a < -1) + a) % 10007));
    }
    printf("f1.5 %d\n", (((a & 255) << ((37 ^ a) & 7)) % 10007));
    a = a;
    return (((((a | a) - ((47 - 86) % 10007)) % 10007) * (((- a) + (a ^ 48)) % 10007)) % 10007);
}

int p1_main(void) {
    printf("main.f1 %d\n", p1_f1(20));
    p1_f4(26, 19);
    return 0;
}


int main(void) {
    printf("== seed 1\n");
    p1_main();
    return 0;
}
