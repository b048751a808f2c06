#include <stdio.h>

int ac_dt_err;

/* seed 7 */
struct p7_In { int x; int y; };
struct p7_S { int a; long b; char c; int arr[3]; struct p7_In in; };
union p7_U { int i; unsigned u; char bytes[4]; };
typedef int p7_int_t;
typedef struct p7_In p7_in_t;
typedef int (*p7_op_t)(int, int);
int p7_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p7_h2(int a, int b) { return (a - b * 5) % 10007; }
p7_op_t p7_ops[2] = { p7_h1, p7_h2 };
p7_in_t p7_gin = { 3, 4 };
p7_in_t *p7_pick(p7_in_t *p) { return p; }

int p7_one(int x) {
    return x - x + 1;
}

int p7_f1(int a);
int p7_f2(int a, int b);
int p7_f3(int a);
void p7_f4(int a);
int p7_f5(int a);

int p7_f5(int a) {
    switch (a & 3) {
    case 1: {
    }
        break;
    default: {
    }
        break;
    }
    return ((17 + a) % 10007);
}

void p7_f4(int a) {
    printf("f4.in %d\n", a);
    int v1 = (a < 69);
    printf("f4.d1 %d\n", v1);
    int a2[5] = { p7_h2((((v1 & 255) << ((- v1) & 7)) % 10007), v1), p7_f5((((- v1) & 16383) >> (a & 7))), p7_f5(v1), p7_f5((- (- v1))), p7_f5(a) };
    printf("f4.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[4]);
    int a3[2] = { a2[1], p7_h1(p7_one(p7_f5(a)), a) };
    printf("f4.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
    int v4 = a2[((a2[((a2[1]) % 5 + 5) % 5]) % 5 + 5) % 5];
    printf("f4.d4 %d\n", v4);
    printf("f4.1 %d %d\n", a2[0], a);
}

int p7_f3(int a) {
    printf("f3.in %d\n", a);
    a &= p7_f5(26);
    p7_f4((- (a & 22)));
    if (((- (p7_h1(a, 40) / (a % 7 + 8))) != 0) != 0) {
        a |= p7_f5(p7_f5((41 ^ a)));
    } else {
        for (int i1 = (((- (- (- a))) != 0) & 1); i1 < 1 && ((40 + ((((a != 85) & 255) << ((a / (a % 7 + 8)) & 7)) % 10007)) % 10007); i1++) {
            printf("f3.1 %d\n", ((44 * (- i1)) % 10007));
        }
    }
    printf("f3.2 %d\n", ((p7_h1(a, a) & 16383) >> ((- a) & 7)));
    p7_int_t td2 = ((- (a == 8)) / ((a ^ a) % 7 + 8));
    printf("f3.d2 %d\n", td2);
    int a3[2] = { (((td2 & 255) << (-9 & 7)) % 10007), p7_f5(p7_f5((- -12))) };
    printf("f3.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
    p7_f4(((-6 * ((a3[0] * a3[1]) % 10007)) % 10007));
    return (a & ((35 ^ a3[0]) / ((td2 / (a % 7 + 8)) % 7 + 8)));
}

int p7_f2(int a, int b) {
    int a1[5] = { b, p7_h2(p7_h1(p7_f5(b), (b % (a % 7 + 8))), -9), p7_f5((60 % (p7_h2(62, 71) % 7 + 8))), (((((- 67) >= p7_h1(b, b)) & 255) << (p7_h1(p7_f5(a), 12) & 7)) % 10007), (- 9) };
    a1[1] ^= (int) ((int) (sizeof a1 / sizeof a1[0])) & 1023;
    a1[1] = ((a1[(((b < a1[0])) % 5 + 5) % 5] + ((((a & 255) << (a1[0] & 7)) % 10007) / (a1[1] % 7 + 8))) % 10007);
    return (((a1[0] ^ b) + a) % 10007);
}

int p7_f1(int a) {
    printf("f1.in %d\n", a);
    a ^= a;
    int a1[2] = { (a ^ 15), 16 };
    printf("f1.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[1]);
    int a2[5] = { (((a1[((a1[1]) % 2 + 2) % 2] + a) % 10007) & a), a1[1], (((((a * 5) % 10007) * p7_h2(6, a)) % 10007) & -9), (((- a1[1]) % ((- a) % 7 + 8)) ^ 89), ((a1[0] + (a1[((-20) % 2 + 2) % 2] >= ((a + a1[1]) % 10007))) % 10007) };
    printf("f1.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[4]);
    int v3 = a1[0];
    printf("f1.d3 %d\n", v3);
    if (a2[1]) {
        printf("f1.1 %d %d %d\n", a2[0], a2[0], (a1[((a1[1]) % 2 + 2) % 2] ^ a1[1]));
        int w4 = 0;
        do {
            w4++;
            printf("f1.2 %d %d\n", v3, a2[1]);
        } while (w4 < 2 && p7_h1(19, (17 ^ a2[1])));
    } else {
        int v5 = ((((- 99) ^ v3) + p7_h1(p7_h2(a, a1[1]), (- 28))) % 10007);
        printf("f1.d5 %d\n", v5);
        switch (((((((a2[0] & 78) & 255) << ((12 ^ a2[1]) & 7)) % 10007) + ((68 & 16383) >> (((v3 + -17) % 10007) & 7))) % 10007) & 3) {
        case 0: {
            switch (((- v5) != 0) & 3) {
            case 2: {
                v3 ^= ((a2[0] | (13 ^ a1[0])) / (p7_h2(a1[1], p7_h1(a1[0], a2[1])) % 7 + 8));
                int v6 = a1[0];
                printf("f1.d6 %d\n", v6);
            }
                /* fallthrough */
            case 3: {
                int a7[3] = { (v5 != v3), a1[1], v5 };
                printf("f1.d7 %d %d\n", (int) (sizeof a7 / sizeof a7[0]), a7[2]);
                printf("f1.3 %d %d %d\n", a7[0], v5, a1[0]);
            }
                break;
            case 0: {
                int a8[3] = { v5, a2[1], 84 };
                printf("f1.d8 %d %d\n", (int) (sizeof a8 / sizeof a8[0]), a8[2]);
            }
                break;
            }
            int w9 = 0;
            while (w9 < 1 && a1[1]) {
                w9++;
                v3 |= ((a2[(((v5 % (a1[1] % 7 + 8))) % 5 + 5) % 5] + ((v5 / (v5 % 7 + 8)) != (v5 & v3))) % 10007);
            }
        }
            break;
        default: {
            if (p7_h1(a2[0], a1[0])) {
                printf("f1.4 %d\n", v3);
            }
        }
            break;
        }
    }
    return ((a1[((a1[((59) % 2 + 2) % 2]) % 2 + 2) % 2] + (- (0 / (a1[1] % 7 + 8)))) % 10007);
}

int p7_main(void) {
    printf("main.f1 %d\n", p7_f1(12));
    return 0;
}


int main(void) {
    printf("== seed 7\n");
    p7_main();
    return 0;
}
