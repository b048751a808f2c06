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

int p17_one(int x) {
    return x - x + 1;
}

int p17_f1(int a, int b);
int p17_f2(int a, int b);
int p17_f3(int a, int b);
void p17_f4(int a);
int p17_f5(int a, int b);
int p17_f6(int a);

int p17_f6(int a) {
    printf("f6.in %d\n", a);
    a = p17_one(p17_h2(a, (- 51)));
    a = p17_h2(p17_one((97 < a)), (a ^ (a % (a % 7 + 8))));
    return (a % (((p17_h2(55, a) & 16383) >> (p17_h1(19, 83) & 7)) % 7 + 8));
}

int p17_f5(int a, int b) {
    int a1[4] = { (((53 / (b % 7 + 8)) - (- b)) % 10007), a, a, (((((9 & 16383) >> (a & 7)) + a) % 10007) == a) };
    a ^= (int) ((int) (sizeof a1 / sizeof a1[0])) & 1023;
    p17_in_t td2 = { p17_one((((((91 & 255) << (81 & 7)) % 10007) + 74) % 10007)), a1[0] };
    td2.y ^= (int) (td2.y) & 1023;
    return ((((81 & 16) ^ b) + a) % 10007);
}

void p17_f4(int a) {
    printf("f4.in %d\n", a);
    a |= 98;
    switch (p17_f5((a / (a % 7 + 8)), ((-1 & 16383) >> ((a & a) & 7))) & 3) {
    case 0: {
        p17_int_t td1 = a;
        printf("f4.d1 %d\n", td1);
        switch (p17_one(p17_f5(((76 * a) % 10007), a)) & 3) {
        case 0: {
            printf("f4.1 %d\n", td1);
        }
            break;
        case 1: {
            printf("f4.2 %d %d %d\n", a, td1, a);
            for (int i2 = ((a < 88) & 1); i2 < 3 && ((((a & 255) << ((9 / (a % 7 + 8)) & 7)) % 10007) ^ p17_h1(p17_f5(a, 63), ((td1 + td1) % 10007))); i2++) {
                a ^= (a < ((a + -6) % 10007));
                printf("f4.3 %d\n", i2);
                p17_in_t td3 = { ((-14 + (- i2)) % 10007), td1 };
                printf("f4.d3 %d\n", td3.y);
            }
        }
            /* fallthrough */
        default: {
            if (p17_f5(a, a)) {
                td1 = (66 < ((a * (- 82)) % 10007));
                printf("f4.4 %d %d\n", a, p17_h1((a & 59), a));
                p17_int_t td4 = ((a - ((((-17 & 255) << (21 & 7)) % 10007) ^ (a != td1))) % 10007);
                printf("f4.d4 %d\n", td4);
            }
            printf("f4.5 %d\n", td1);
        }
            break;
        }
    }
        break;
    case 2: {
        for (int i5 = (p17_h1(((39 + (a | a)) % 10007), ((a & 75) % (a % 7 + 8))) & 1); i5 < 3 && 1; i5 += p17_one(i5)) {
            int v6 = 9;
            printf("f4.d6 %d\n", v6);
            int v7 = (- (- (((i5 & 255) << (v6 & 7)) % 10007)));
            printf("f4.d7 %d\n", v7);
        }
    }
        break;
    default: {
        if (a) {
            int a8[4] = { (p17_h2(a, a) >= p17_h2(-16, 80)), a, a, 40 };
            printf("f4.d8 %d %d\n", (int) (sizeof a8 / sizeof a8[0]), a8[3]);
            p17_in_t td9 = { ((a8[1] != a8[((a) % 4 + 4) % 4]) / ((a8[0] ^ 13) % 7 + 8)), (32 < ((61 % (a8[0] % 7 + 8)) / (p17_h1(a8[1], a) % 7 + 8))) };
            printf("f4.d9 %d\n", td9.y);
            printf("f4.6 %d\n", a8[((((-20 & 16383) >> (td9.y & 7))) % 4 + 4) % 4]);
        } else {
            if (a) {
                printf("f4.7 %d %d %d\n", a, a, a);
            } else {
                printf("f4.8 %d %d %d\n", ((a & 16383) >> (p17_h2(a, 27) & 7)), a, p17_h1(42, (((a & 255) << (a & 7)) % 10007)));
                int v10 = p17_h1((- ((65 * a) % 10007)), a);
                printf("f4.d10 %d\n", v10);
            }
        }
        printf("f4.9 %d %d\n", ((((a % (a % 7 + 8)) & 255) << (4 & 7)) % 10007), a);
    }
        break;
    }
    int w11 = 0;
    do {
        w11++;
        printf("f4.10 %d\n", a);
    } while (w11 < 2 && ((a * (((((a + a) % 10007) & 255) << (11 & 7)) % 10007)) % 10007));
    printf("f4.11 %d %d\n", p17_h1(p17_h2(27, w11), ((a * a) % 10007)), p17_h2(a, (a < 27)));
}

int p17_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    switch (a & 3) {
    case 0: {
        if (p17_f5(a, b)) {
            int a1[3] = { (p17_h1((b ^ a), (17 < a)) >= (a | (b & b))), p17_f5((- 93), (a ^ b)), p17_f6((- 34)) };
            printf("f3.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[2]);
            int a2[3] = { a1[0], -10, (((a1[0] % ((b % (b % 7 + 8)) % 7 + 8)) * (((b != 78) + a1[0]) % 10007)) % 10007) };
            printf("f3.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[2]);
            a1[1] = (- b);
        }
    }
        break;
    }
    if (p17_f6(a)) {
        printf("f3.1 %d %d\n", b, ((- 79) % (16 % 7 + 8)));
        b ^= (((a < b) + b) % 10007);
    } else {
        a = (83 ^ a);
        printf("f3.2 %d %d %d\n", b, a, b);
    }
    if ((((b * 88) % 10007) | a)) {
        b ^= a;
    } else {
        if ((b < (- 8))) {
        }
        int v3 = (a < -18);
        printf("f3.d3 %d\n", v3);
    }
    printf("f3.3 %d %d %d\n", ((a / (b % 7 + 8)) ^ b), a, (a / (b % 7 + 8)));
    printf("f3.4 %d\n", ((a == 5) | (a / (a % 7 + 8))));
    return ((p17_h1(-9, (((b & 255) << (b & 7)) % 10007)) & 16383) >> (b & 7));
}

int p17_f2(int a, int b) {
    if (p17_h1(p17_f5(b, p17_f5(80, a)), p17_f5(p17_h1(a, b), p17_one(a)))) {
        b ^= p17_h2((((((54 & 255) << (a & 7)) % 10007) & 16383) >> ((a & b) & 7)), 12);
    }
    b = p17_f5(44, 82);
    return (((a ^ b) + a) % 10007);
}

int p17_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    int a1[4] = { ((b & 16383) >> ((a == 23) & 7)), 87, a, p17_h2(((((26 & 26) & 255) << (b & 7)) % 10007), p17_f5(p17_f5(a, a), p17_f5(a, a))) };
    printf("f1.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[3]);
    if (((((p17_h1(b, a) & 255) << (p17_h1(35, 89) & 7)) % 10007) | (a1[((b) % 4 + 4) % 4] & p17_h1(a1[1], a)))) {
        if (p17_h1((a % (54 % 7 + 8)), ((- 85) ^ (- a1[0])))) {
            printf("f1.1 %d\n", b);
            int w2 = 0;
            do {
                w2++;
                p17_in_t td3 = { ((p17_h1(-4, a) & 16383) >> (84 & 7)), (a == 79) };
                printf("f1.d3 %d\n", td3.y);
                int v4 = (- a1[1]);
                printf("f1.d4 %d\n", v4);
            } while (w2 < 1 && ((((((10 - b) % 10007) == b) & 255) << (6 & 7)) % 10007));
            b |= a1[0];
        }
    } else {
        b = (74 ^ (p17_h1(47, a1[1]) % (a1[((b) % 4 + 4) % 4] % 7 + 8)));
        printf("f1.2 %d\n", b);
    }
    int v5 = (((-8 & 16383) >> (a1[0] & 7)) != ((((1 + 48) % 10007) + (b ^ b)) % 10007));
    printf("f1.d5 %d\n", v5);
    a1[0] = -14;
    printf("f1.3 %d %d\n", 28, a1[1]);
    return a1[(((p17_h1(5, a1[0]) == -14)) % 4 + 4) % 4];
}

int p17_main(void) {
    printf("main.f1 %d\n", p17_f1(11, 8));
    printf("main.f3 %d\n", p17_f3(38, 21));
    p17_f4(36);
    return 0;
}


int main(void) {
    printf("== seed 17\n");
    p17_main();
    return 0;
}
