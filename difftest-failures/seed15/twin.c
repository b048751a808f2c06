#include <stdio.h>

int ac_dt_err;

/* seed 15 */
struct p15_In { int x; int y; };
struct p15_S { int a; long b; char c; int arr[3]; struct p15_In in; };
union p15_U { int i; unsigned u; char bytes[4]; };
typedef int p15_int_t;
typedef struct p15_In p15_in_t;
typedef int (*p15_op_t)(int, int);
int p15_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p15_h2(int a, int b) { return (a - b * 5) % 10007; }
p15_op_t p15_ops[2] = { p15_h1, p15_h2 };
p15_in_t p15_gin = { 3, 4 };
p15_in_t *p15_pick(p15_in_t *p) { return p; }

int p15_one(int x) {
    return x - x + 1;
}

int p15_f1(int a);
int p15_f2(int a);
int p15_f3(int a);
void p15_f4(int a);

void p15_f4(int a) {
    printf("f4.in %d\n", a);
    int v1 = a;
    printf("f4.d1 %d\n", v1);
    printf("f4.1 %d %d\n", a, v1);
}

int p15_f3(int a) {
    printf("f3.in %d\n", a);
    a |= a;
    int a1[5] = { a, (- 87), a, (- (((20 & 255) << ((a | a) & 7)) % 10007)), p15_one(p15_one(p15_h2(a, a))) };
    printf("f3.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[4]);
    int v2 = ((- p15_one(a1[1])) ^ (a == 94));
    printf("f3.d2 %d\n", v2);
    return p15_one(a1[0]);
}

int p15_f2(int a) {
    a &= (a & a);
    switch (p15_one(70) & 3) {
    case 1: {
        a = p15_h1(p15_h1(p15_h2(a, a), p15_one(69)), a);
        int w1 = 0;
        do {
            w1++;
            a = p15_one(p15_one(p15_one(a)));
        } while (w1 < 1 && 1);
    }
        break;
    default: {
        a = ((39 + a) % 10007);
        p15_in_t td2 = { p15_h2((- p15_one(a)), a), (((p15_h1(p15_one(a), p15_one(40)) & 255) << (74 & 7)) % 10007) };
        td2.y ^= (int) (td2.y) & 1023;
    }
        break;
    }
    int a3[4] = { a, (- (a & (((a & 255) << (-15 & 7)) % 10007))), p15_one(a), p15_one(p15_one(a)) };
    a3[1] ^= (int) ((int) (sizeof a3 / sizeof a3[0])) & 1023;
    if (p15_one(((a * p15_h2(a3[0], -3)) % 10007))) {
        switch ((((a3[1] & 255) << ((a3[0] == 88) & 7)) % 10007) & 3) {
        case 3: {
        }
            break;
        case 0: {
            a3[1] &= a;
        }
            break;
        default: {
            a3[0] = 16;
        }
            break;
        }
        if (p15_one(p15_h2((a3[0] / (a3[0] % 7 + 8)), p15_one(a)))) {
            int w4 = 0;
            while (w4 < 1 && p15_one(p15_h1((a ^ a3[0]), p15_one(26)))) {
                w4++;
                int v5 = a3[1];
                v5 ^= (int) (v5) & 1023;
                a = 68;
            }
            if ((w4 < 62)) {
                int v6 = (a3[1] & a3[0]);
                a ^= (int) (v6) & 1023;
            }
        }
    } else {
    }
    return ((p15_one(p15_one(a3[1])) + a) % 10007);
}

int p15_f1(int a) {
    printf("f1.in %d\n", a);
    if (p15_f2(p15_one((a < 3)))) {
        switch (((- a) % ((- a) % 7 + 8)) & 3) {
        case 1: {
            int v1 = 44;
            printf("f1.d1 %d\n", v1);
        }
            break;
        default: {
            int v2 = ((48 + (((a - 46) % 10007) & a)) % 10007);
            printf("f1.d2 %d\n", v2);
        }
            break;
        }
        int v3 = ((((((a - a) % 10007) & 16383) >> (a & 7)) - (- p15_one(a))) % 10007);
        printf("f1.d3 %d\n", v3);
    }
    printf("f1.1 %d %d\n", a, a);
    int w4 = 0;
    do {
        w4++;
        p15_int_t td5 = p15_h1(((a ^ a) / (79 % 7 + 8)), 7);
        printf("f1.d5 %d\n", td5);
    } while (w4 < 3 && 1);
    if (p15_one(((a == 9) ^ a))) {
        int w6 = 0;
        while (w6 < 3 && 1) {
            w6++;
            switch (a & 3) {
            case 1: {
                printf("f1.2 %d\n", a);
                printf("f1.3 %d %d %d\n", ((((a * 45) % 10007) + ((w4 + a) % 10007)) % 10007), p15_h1((- 60), p15_h1(a, w4)), a);
            }
                /* fallthrough */
            case 0: {
                int v7 = ((35 % (((63 & 16383) >> (a & 7)) % 7 + 8)) < ((- a) ^ ((w4 & 16383) >> (a & 7))));
                printf("f1.d7 %d\n", v7);
                int v8 = (a >= 4);
                printf("f1.d8 %d\n", v8);
            }
                break;
            }
            if (a) {
                int v9 = ((- p15_h2(w4, a)) / ((((a - 97) % 10007) % (((a - w4) % 10007) % 7 + 8)) % 7 + 8));
                printf("f1.d9 %d\n", v9);
            } else {
                printf("f1.4 %d %d %d\n", a, (((46 & 255) << ((- 80) & 7)) % 10007), p15_h2(((-5 + 30) % 10007), p15_h1(a, w4)));
            }
        }
    }
    return a;
}

int p15_main(void) {
    printf("main.f1 %d\n", p15_f1(14));
    p15_f4(30);
    return 0;
}


int main(void) {
    printf("== seed 15\n");
    p15_main();
    return 0;
}
