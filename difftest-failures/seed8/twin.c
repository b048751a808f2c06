#include <stdio.h>

int ac_dt_err;

/* seed 8 */
struct p8_In { int x; int y; };
struct p8_S { int a; long b; char c; int arr[3]; struct p8_In in; };
union p8_U { int i; unsigned u; char bytes[4]; };
typedef int p8_int_t;
typedef struct p8_In p8_in_t;
typedef int (*p8_op_t)(int, int);
int p8_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p8_h2(int a, int b) { return (a - b * 5) % 10007; }
p8_op_t p8_ops[2] = { p8_h1, p8_h2 };
p8_in_t p8_gin = { 3, 4 };
p8_in_t *p8_pick(p8_in_t *p) { return p; }

int p8_one(int x) {
    return x - x + 1;
}

int p8_f1(int a, int b);
int p8_f2(int a, int b);
int p8_f3(int a);
void p8_f4(int a);

void p8_f4(int a) {
    printf("f4.in %d\n", a);
    int v1 = 6;
    printf("f4.d1 %d\n", v1);
    p8_int_t td2 = p8_one((v1 ^ (a | v1)));
    printf("f4.d2 %d\n", td2);
    a ^= p8_one((((54 == v1) - td2) % 10007));
    printf("f4.1 %d %d\n", td2, td2);
    int v3 = p8_one(p8_one(p8_one(td2)));
    printf("f4.d3 %d\n", v3);
    for (int i4 = ((td2 < 28) & 1); i4 < 1 && 1; i4++) {
        printf("f4.2 %d\n", v3);
        printf("f4.3 %d\n", p8_one(v3));
        p8_in_t td5 = { (((p8_h2(v3, -16) < (- 2)) + 36) % 10007), v1 };
        printf("f4.d5 %d\n", td5.y);
    }
    printf("f4.4 %d\n", a);
}

int p8_f3(int a) {
    printf("f3.in %d\n", a);
    for (int i1 = 0; i1 < 3 && 1; i1 += p8_one(i1)) {
        if (((i1 + a) % 10007)) {
            p8_f4((((a == 62) + a) % 10007));
            printf("f3.1 %d %d %d\n", a, a, a);
            printf("f3.2 %d %d\n", (17 % ((88 ^ a) % 7 + 8)), p8_h2(p8_h2(a, i1), 14));
        }
        switch (((- (((i1 < 11) + 47) % 10007)) != 0) & 3) {
        case 2: {
            printf("f3.3 %d %d %d\n", a, (- a), i1);
        }
            /* fallthrough */
        default: {
            printf("f3.4 %d %d %d\n", ((21 & 16383) >> ((i1 >= a) & 7)), i1, ((i1 * i1) % 10007));
            int v2 = 2;
            printf("f3.d2 %d\n", v2);
        }
            break;
        }
    }
    if (p8_one(((((a * a) % 10007) & 16383) >> ((a ^ a) & 7)))) {
        printf("f3.5 %d %d %d\n", a, p8_one((a < 49)), a);
        p8_int_t td3 = (a % ((- p8_one(27)) % 7 + 8));
        printf("f3.d3 %d\n", td3);
    } else {
        if (p8_one(p8_h2(p8_one(64), p8_one(a)))) {
            int a4[2] = { p8_h2(p8_one(p8_one(a)), -7), p8_h2((p8_h1(a, 77) / ((5 ^ a) % 7 + 8)), (a & (a < 33))) };
            printf("f3.d4 %d %d\n", (int) (sizeof a4 / sizeof a4[0]), a4[1]);
            printf("f3.6 %d %d %d\n", a, a, (((a & 255) << ((- 35) & 7)) % 10007));
        }
    }
    a |= (p8_h1(19, ((70 & 16383) >> (4 & 7))) != 90);
    int a5[3] = { ((- (59 ^ a)) & 58), (p8_h1((a != 30), a) / (a % 7 + 8)), ((- (68 != a)) & ((15 * a) % 10007)) };
    printf("f3.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[2]);
    int a6[4] = { ((15 + 41) % 10007), ((((a5[1] != 65) + a5[0]) % 10007) / (p8_h2((a ^ 93), (((a5[0] & 255) << (a5[1] & 7)) % 10007)) % 7 + 8)), ((((a5[0] & 255) << (a5[0] & 7)) % 10007) % (a5[1] % 7 + 8)), (p8_h1((((a5[0] & 255) << (12 & 7)) % 10007), (a5[1] / (-17 % 7 + 8))) / ((a & (79 < a5[1])) % 7 + 8)) };
    printf("f3.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[3]);
    if (((- (((97 & 255) << ((- a6[0]) & 7)) % 10007)) != 0) != 0) {
        a5[0] = (((a6[((29) % 4 + 4) % 4] >= -11) - a6[1]) % 10007);
        a ^= ((26 - (a5[0] == ((a + a5[1]) % 10007))) % 10007);
        switch (((62 - (-17 % (a6[0] % 7 + 8))) % 10007) & 3) {
        case 1: {
            printf("f3.7 %d %d %d\n", a6[0], a6[1], a5[0]);
            int a7[2] = { a6[((((((a6[1] == a5[0]) & 255) << (a5[0] & 7)) % 10007)) % 4 + 4) % 4], ((p8_h2(((a5[0] & 16383) >> (a5[0] & 7)), a6[0]) & 16383) >> (a6[1] & 7)) };
            printf("f3.d7 %d %d\n", (int) (sizeof a7 / sizeof a7[0]), a7[1]);
        }
            break;
        case 2: {
            int v8 = (- a6[((a5[0]) % 4 + 4) % 4]);
            printf("f3.d8 %d\n", v8);
        }
            break;
        default: {
            int w9 = 0;
            do {
                w9++;
                printf("f3.8 %d %d\n", ((((- 51) & 255) << (a5[1] & 7)) % 10007), a5[1]);
                printf("f3.9 %d\n", a5[0]);
            } while (w9 < 1 && 1);
        }
            break;
        }
    }
    return (a5[0] / ((a6[0] / (((a - a5[1]) % 10007) % 7 + 8)) % 7 + 8));
}

int p8_f2(int a, int b) {
    return (((p8_one(p8_h1(a, b)) ^ b) + a) % 10007);
}

int p8_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    printf("f1.1 %d %d %d\n", a, 39, p8_f2((b % (a % 7 + 8)), p8_one(b)));
    printf("f1.2 %d\n", a);
    if (a) {
        if ((b ^ (a != 33))) {
            int a1[4] = { p8_one(p8_f2((- a), (a | a))), ((b & 16383) >> (a & 7)), b, b };
            printf("f1.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[3]);
        } else {
            int v2 = ((b + 77) % 10007);
            printf("f1.d2 %d\n", v2);
        }
        p8_int_t td3 = -19;
        printf("f1.d3 %d\n", td3);
    } else {
        for (int i4 = 0; i4 < 2 && b; i4 += p8_one(i4)) {
            printf("f1.3 %d %d\n", a, p8_f2(((47 & 16383) >> (a & 7)), 68));
            switch (b & 3) {
            case 0: {
                int v5 = p8_h2(((((a - -2) % 10007) + ((a & 16383) >> (b & 7))) % 10007), (((51 - i4) % 10007) & a));
                printf("f1.d5 %d\n", v5);
                b |= p8_f2(b, 38);
            }
                /* fallthrough */
            default: {
                p8_in_t td6 = { ((((- i4) & (- a)) + 19) % 10007), p8_one(a) };
                printf("f1.d6 %d\n", td6.y);
                p8_in_t td7 = { 14, p8_h2(p8_h2(p8_f2(a, b), b), ((- b) % (((2 + -19) % 10007) % 7 + 8))) };
                printf("f1.d7 %d\n", td7.y);
            }
                break;
            }
        }
    }
    b = 90;
    if (b) {
        printf("f1.4 %d %d\n", b, b);
    }
    for (int i8 = 0; i8 < 3 && p8_h1((- (((a & 255) << (b & 7)) % 10007)), ((((55 * a) % 10007) * (b ^ a)) % 10007)); i8++) {
        if ((((i8 % ((-1 == b) % 7 + 8)) + (-4 ^ (b == i8))) % 10007)) {
            for (int i9 = 0; i9 < 2 && 1; i9++) {
                printf("f1.5 %d %d\n", p8_h2((((i9 & 255) << (b & 7)) % 10007), (- i9)), i8);
                printf("f1.6 %d %d %d\n", -19, (((- b) + p8_h2(b, i8)) % 10007), b);
            }
            if ((((i8 >= 34) | ((97 - a) % 10007)) >= a)) {
                printf("f1.7 %d\n", i8);
                printf("f1.8 %d %d\n", b, p8_h1(b, (- a)));
            }
        } else {
            a ^= -9;
        }
        p8_int_t td10 = a;
        printf("f1.d10 %d\n", td10);
        int v11 = ((((p8_h1(td10, 95) + (td10 != 36)) % 10007) & 16383) >> (-20 & 7));
        printf("f1.d11 %d\n", v11);
    }
    printf("f1.9 %d %d\n", a, 23);
    return a;
}

int p8_main(void) {
    printf("main.f1 %d\n", p8_f1(0, 29));
    printf("main.f3 %d\n", p8_f3(20));
    return 0;
}


int main(void) {
    printf("== seed 8\n");
    p8_main();
    return 0;
}
