#include <stdio.h>

int ac_dt_err;

/* seed 16 */
struct p16_In { int x; int y; };
struct p16_S { int a; long b; char c; int arr[3]; struct p16_In in; };
union p16_U { int i; unsigned u; char bytes[4]; };
typedef int p16_int_t;
typedef struct p16_In p16_in_t;
typedef int (*p16_op_t)(int, int);
int p16_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p16_h2(int a, int b) { return (a - b * 5) % 10007; }
p16_op_t p16_ops[2] = { p16_h1, p16_h2 };
p16_in_t p16_gin = { 3, 4 };
p16_in_t *p16_pick(p16_in_t *p) { return p; }

int p16_one(int x) {
    return x - x + 1;
}

int p16_f1(int a, int b);
int p16_f2(int a, int b);
int p16_f3(int a, int b);
void p16_f4(int a, int b);
int p16_f5(int a);

int p16_f5(int a) {
    int a1[3] = { (p16_h2(a, a) % (a % 7 + 8)), ((-19 + 40) % 10007), (((p16_h2(a, a) + a) % 10007) >= a) };
    a1[0] ^= (int) ((int) (sizeof a1 / sizeof a1[0])) & 1023;
    int a2[3] = { a1[0], a1[1], a };
    a2[0] ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
    int v3 = ((((a2[0] < a1[0]) - (- a1[0])) % 10007) % (a % 7 + 8));
    a1[1] ^= (int) (v3) & 1023;
    int w4 = 0;
    do {
        w4++;
        if (a1[0]) {
            if (p16_one(a1[1])) {
                int a5[5] = { ((a2[0] < (((a2[0] & 255) << (v3 & 7)) % 10007)) % ((((- a2[1]) + a) % 10007) % 7 + 8)), p16_h1(a2[1], p16_h1(p16_one(39), v3)), (a1[1] / ((((7 + a) % 10007) & (a2[0] == v3)) % 7 + 8)), ((a2[0] + a) % 10007), ((-18 * ((52 + (- v3)) % 10007)) % 10007) };
                a2[0] ^= (int) ((int) (sizeof a5 / sizeof a5[0])) & 1023;
                v3 ^= p16_one(p16_one(p16_one(82)));
            } else {
            }
        }
    } while (w4 < 1 && p16_one(p16_one(v3)));
    return ((p16_h2(((0 & 16383) >> (47 & 7)), a) + a) % 10007);
}

void p16_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    int v1 = (- b);
    printf("f4.d1 %d\n", v1);
    int v2 = p16_h1(p16_f5(p16_h2(a, -11)), p16_h2(b, (5 != v1)));
    printf("f4.d2 %d\n", v2);
    printf("f4.1 %d %d\n", p16_f5(p16_h1(v1, a)), b);
    v2 ^= (a & (((a < 57) + p16_h1(5, 31)) % 10007));
    int v3 = p16_h2((- 16), v1);
    printf("f4.d3 %d\n", v3);
    int v4 = p16_one(((v1 * b) % 10007));
    printf("f4.d4 %d\n", v4);
    printf("f4.2 %d %d %d\n", (- (- v3)), b, (v1 / (v4 % 7 + 8)));
}

int p16_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    printf("f3.1 %d %d %d\n", 83, (((b * a) % 10007) < b), a);
    printf("f3.2 %d\n", p16_f5(83));
    if ((((b & 16383) >> (58 & 7)) | (- p16_h2(10, b)))) {
        printf("f3.3 %d %d %d\n", b, b, a);
        printf("f3.4 %d %d\n", b, b);
    } else {
        for (int i1 = 0; i1 < 3 && 1; i1++) {
            int v2 = ((p16_h1((b != a), (14 ^ a)) + (a != ((1 + 33) % 10007))) % 10007);
            printf("f3.d2 %d\n", v2);
        }
        p16_int_t td3 = 80;
        printf("f3.d3 %d\n", td3);
    }
    printf("f3.5 %d\n", p16_one((a % (19 % 7 + 8))));
    printf("f3.6 %d\n", p16_h2((a ^ 63), (a < -13)));
    if ((p16_h2(a, 83) / (((- a) & (- a)) % 7 + 8))) {
        a = a;
    } else {
        printf("f3.7 %d %d %d\n", a, b, -20);
    }
    return (- 97);
}

int p16_f2(int a, int b) {
    p16_in_t td1 = { a, p16_h1((((- 5) + 64) % 10007), (b | (b / (51 % 7 + 8)))) };
    a ^= (int) (td1.y) & 1023;
    if (b) {
        int a2[3] = { ((p16_h2((a & -20), p16_f5(a)) + p16_h1(((71 & 16383) >> (47 & 7)), (b ^ td1.y))) % 10007), td1.y, p16_f5(((a / (b % 7 + 8)) / ((b >= 36) % 7 + 8))) };
        b ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
    }
    return (((81 ^ b) + a) % 10007);
}

int p16_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    switch ((a < 4) & 3) {
    case 3: {
        printf("f1.1 %d %d %d\n", p16_f2(p16_f5(b), a), -6, b);
        if (a) {
            p16_in_t td1 = { ((((b & a) != (b & 65)) * (((a < b) * p16_h1(b, b)) % 10007)) % 10007), (- ((b ^ 6) % (a % 7 + 8))) };
            printf("f1.d1 %d\n", td1.y);
            int v2 = (td1.x ^ td1.x);
            printf("f1.d2 %d\n", v2);
            if (p16_h1(p16_h1(((a & 16383) >> (b & 7)), b), 69)) {
                p16_in_t td3 = { p16_h1(((((td1.x >= b) & 255) << (((42 & 16383) >> (50 & 7)) & 7)) % 10007), (((td1.x | td1.x) - v2) % 10007)), (p16_h2((((td1.y & 255) << (13 & 7)) % 10007), (-4 / (td1.y % 7 + 8))) ^ (- (td1.x / (v2 % 7 + 8)))) };
                printf("f1.d3 %d\n", td3.y);
                printf("f1.2 %d %d\n", td1.y, a);
            }
        }
    }
        /* fallthrough */
    case 2: {
        printf("f1.3 %d %d\n", b, (- (a / (88 % 7 + 8))));
    }
        break;
    case 1: {
        printf("f1.4 %d\n", b);
    }
        break;
    default: {
        int w4 = 0;
        do {
            w4++;
            printf("f1.5 %d\n", (2 ^ (- b)));
            printf("f1.6 %d %d %d\n", (b == (b ^ 52)), b, a);
        } while (w4 < 1 && 1);
        b = p16_h1(p16_h1(((b & 16383) >> (38 & 7)), w4), a);
    }
        break;
    }
    printf("f1.7 %d %d %d\n", b, b, p16_h2((b / (86 % 7 + 8)), (- a)));
    int a5[3] = { -14, ((((a & 255) << ((a % (b % 7 + 8)) & 7)) % 10007) | (- a)), (p16_h2(((a * 63) % 10007), (27 ^ b)) < ((b - ((b - b) % 10007)) % 10007)) };
    printf("f1.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[2]);
    p16_in_t td6 = { ((b - a5[0]) % 10007), b };
    printf("f1.d6 %d\n", td6.y);
    printf("f1.8 %d %d %d\n", a, (((- 46) * p16_h2(5, 11)) % 10007), a);
    switch ((td6.x % ((((td6.y & 255) << ((td6.y == 31) & 7)) % 10007) % 7 + 8)) & 3) {
    case 0: {
        switch (a5[((a5[((b) % 3 + 3) % 3]) % 3 + 3) % 3] & 3) {
        case 2: {
            int v7 = p16_h2((((((a & 255) << (15 & 7)) % 10007) - 24) % 10007), (- 77));
            printf("f1.d7 %d\n", v7);
            printf("f1.9 %d\n", (- (-9 >= a5[1])));
        }
            break;
        }
        int v8 = p16_h2(-17, a5[1]);
        printf("f1.d8 %d\n", v8);
    }
        /* fallthrough */
    case 1: {
        printf("f1.10 %d\n", p16_h1(67, b));
        int w9 = 0;
        while (w9 < 1 && 1) {
            w9++;
            printf("f1.11 %d %d %d\n", p16_h1((- a), (- 97)), (29 < ((a + td6.x) % 10007)), 48);
        }
    }
        break;
    }
    return a5[0];
}

int p16_main(void) {
    printf("main.f1 %d\n", p16_f1(34, 15));
    printf("main.f3 %d\n", p16_f3(3, 7));
    p16_f4(40, 12);
    return 0;
}


int main(void) {
    printf("== seed 16\n");
    p16_main();
    return 0;
}
