#include <stdio.h>

int ac_dt_err;

/* seed 14 */
struct p14_In { int x; int y; };
struct p14_S { int a; long b; char c; int arr[3]; struct p14_In in; };
union p14_U { int i; unsigned u; char bytes[4]; };
typedef int p14_int_t;
typedef struct p14_In p14_in_t;
typedef int (*p14_op_t)(int, int);
int p14_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p14_h2(int a, int b) { return (a - b * 5) % 10007; }
p14_op_t p14_ops[2] = { p14_h1, p14_h2 };
p14_in_t p14_gin = { 3, 4 };
p14_in_t *p14_pick(p14_in_t *p) { return p; }

int p14_one(int x) {
    return x - x + 1;
}

int p14_f1(int a);
int p14_f2(int a, int b);
int p14_f3(int a, int b);

int p14_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    int w1 = 0;
    do {
        w1++;
        int w2 = 0;
        while (w2 < 1 && (a < 45)) {
            w2++;
            printf("f3.1 %d\n", b);
        }
        int v3 = p14_one(-6);
        printf("f3.d3 %d\n", v3);
        printf("f3.2 %d %d %d\n", a, a, a);
    } while (w1 < 3 && ((((a % (b % 7 + 8)) >= a) + (31 % (-8 % 7 + 8))) % 10007));
    if (a) {
        printf("f3.3 %d %d\n", a, b);
        if ((a < 34)) {
            int w4 = 0;
            do {
                w4++;
                int a5[2] = { ((- ((b * a) % 10007)) % (b % 7 + 8)), p14_one(74) };
                printf("f3.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[1]);
            } while (w4 < 2 && p14_one(b));
        }
    } else {
        b = (- p14_one(40));
        a = a;
    }
    b = -14;
    b ^= (a ^ a);
    return (((-12 ^ a) + 93) % 10007);
}

int p14_f2(int a, int b) {
    p14_int_t td1 = p14_h1(p14_one(a), p14_h1(30, p14_one(-17)));
    td1 ^= (int) (td1) & 1023;
    int w2 = 0;
    while (w2 < 3 && 1) {
        w2++;
        switch (b & 3) {
        case 3: {
            int w3 = 0;
            do {
                w3++;
                int v4 = td1;
                v4 ^= (int) (v4) & 1023;
            } while (w3 < 2 && (a < 85));
        }
            break;
        case 2: {
            int w5 = 0;
            do {
                w5++;
                td1 = p14_one(6);
            } while (w5 < 2 && p14_h1((a / (td1 % 7 + 8)), (- p14_one(td1))));
            switch ((b < 88) & 3) {
            case 3: {
                td1 = ((14 + td1) % 10007);
                int v6 = (36 ^ p14_h1((b / (28 % 7 + 8)), a));
                td1 ^= (int) (v6) & 1023;
            }
                /* fallthrough */
            case 2: {
            }
                break;
            case 1: {
                int v7 = a;
                v7 ^= (int) (v7) & 1023;
            }
                break;
            default: {
                int a8[4] = { td1, p14_h1(((a + (97 == td1)) % 10007), (td1 & a)), ((a * td1) % 10007), (((84 * td1) % 10007) % (99 % 7 + 8)) };
                td1 ^= (int) ((int) (sizeof a8 / sizeof a8[0])) & 1023;
            }
                break;
            }
        }
            /* fallthrough */
        default: {
            switch (p14_one(21) & 3) {
            case 2: {
            }
                break;
            case 3: {
            }
                /* fallthrough */
            default: {
                p14_in_t td9 = { p14_one(td1), a };
                td1 ^= (int) (td9.y) & 1023;
            }
                break;
            }
            int w10 = 0;
            do {
                w10++;
            } while (w10 < 2 && p14_one((a % ((- a) % 7 + 8))));
        }
            break;
        }
        int v11 = ((a + a) % 10007);
        td1 ^= (int) (v11) & 1023;
    }
    if ((((td1 & 255) << ((- a) & 7)) % 10007)) {
        int w12 = 0;
        while (w12 < 3 && (a < (((- (- 43)) + 0) % 10007))) {
            w12++;
            if ((((td1 < ((a + a) % 10007)) + (p14_h2(a, a) != (a ^ 60))) % 10007)) {
            }
        }
    }
    return (((93 ^ b) + a) % 10007);
}

int p14_f1(int a) {
    printf("f1.in %d\n", a);
    if ((a < 28)) {
        int a1[2] = { p14_one(((a - a) % 10007)), p14_one(a) };
        printf("f1.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[1]);
        for (int i2 = 0; i2 < 1 && ((p14_h1((- a1[0]), (((a1[1] & 255) << (a1[1] & 7)) % 10007)) * 6) % 10007); i2++) {
            if (p14_f3(((((53 + 90) % 10007) - -2) % 10007), ((a == 52) ^ ((a1[0] & 16383) >> (a1[1] & 7))))) {
                int a3[4] = { p14_f3(p14_one((((-11 & 255) << (a & 7)) % 10007)), a1[1]), 42, (a1[0] == a1[1]), ((- i2) % (a1[1] % 7 + 8)) };
                printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[3]);
                int a4[5] = { a, p14_f3((- a1[1]), (p14_h2(a1[1], a3[0]) % (a % 7 + 8))), 84, a3[0], ((((65 - a3[1]) % 10007) & 16383) >> (a1[((a3[0]) % 2 + 2) % 2] & 7)) };
                printf("f1.d4 %d %d\n", (int) (sizeof a4 / sizeof a4[0]), a4[4]);
            }
            if ((i2 < 29)) {
                printf("f1.1 %d %d\n", a1[0], a1[1]);
                printf("f1.2 %d\n", p14_h1(p14_one(a1[0]), ((i2 + 8) % 10007)));
            } else {
                p14_int_t td5 = p14_h2(a, 23);
                printf("f1.d5 %d\n", td5);
                int v6 = -14;
                printf("f1.d6 %d\n", v6);
            }
        }
    }
    printf("f1.3 %d %d %d\n", p14_h2((25 < a), (- 21)), 35, ((a >= 49) | (-9 ^ a)));
    p14_in_t td7 = { (((a * 90) % 10007) / (a % 7 + 8)), -1 };
    printf("f1.d7 %d\n", td7.y);
    td7.y ^= ((7 * (- ((a & 16383) >> (-12 & 7)))) % 10007);
    for (int i8 = 0; i8 < 3 && 1; i8++) {
        a ^= p14_h1(p14_h1((66 < td7.x), 14), (td7.y | (a ^ -16)));
        int a9[3] = { td7.x, (((td7.y & 255) << (a & 7)) % 10007), -16 };
        printf("f1.d9 %d %d\n", (int) (sizeof a9 / sizeof a9[0]), a9[2]);
    }
    return a;
}

int p14_main(void) {
    printf("main.f1 %d\n", p14_f1(19));
    printf("main.f2 %d\n", p14_f2(25, 33));
    return 0;
}


int main(void) {
    printf("== seed 14\n");
    p14_main();
    return 0;
}
