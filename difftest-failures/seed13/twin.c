#include <stdio.h>

int ac_dt_err;

/* seed 13 */
struct p13_In { int x; int y; };
struct p13_S { int a; long b; char c; int arr[3]; struct p13_In in; };
union p13_U { int i; unsigned u; char bytes[4]; };
typedef int p13_int_t;
typedef struct p13_In p13_in_t;
typedef int (*p13_op_t)(int, int);
int p13_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p13_h2(int a, int b) { return (a - b * 5) % 10007; }
p13_op_t p13_ops[2] = { p13_h1, p13_h2 };
p13_in_t p13_gin = { 3, 4 };
p13_in_t *p13_pick(p13_in_t *p) { return p; }

int p13_one(int x) {
    return x - x + 1;
}

int p13_f1(int a, int b);
int p13_f2(int a);
int p13_f3(int a);
void p13_f4(int a);
int p13_f5(int a);

int p13_f5(int a) {
    for (int i1 = (p13_one(a) & 1); i1 < 1 && 1; i1++) {
        switch (((- p13_h1((50 >= a), p13_h1(a, a))) != 0) & 3) {
        case 1: {
        }
            /* fallthrough */
        case 3: {
            a |= p13_one(((a & 16383) >> (a & 7)));
            p13_in_t td2 = { a, p13_h1(p13_h2((- 27), p13_h1(a, -16)), p13_one(a)) };
            td2.y ^= (int) (td2.y) & 1023;
        }
            /* fallthrough */
        case 2: {
        }
            /* fallthrough */
        default: {
            if ((a % (p13_h2((- i1), p13_one(i1)) % 7 + 8))) {
                int v3 = p13_one(p13_one((a < i1)));
                v3 ^= (int) (v3) & 1023;
            } else {
                int a4[5] = { ((7 + a) % 10007), (a != 96), ((((10 + 36) % 10007) % (i1 % 7 + 8)) ^ (- a)), (i1 | a), p13_one(p13_one(a)) };
                a4[1] ^= (int) ((int) (sizeof a4 / sizeof a4[0])) & 1023;
                int v5 = a4[1];
                a ^= (int) (v5) & 1023;
            }
        }
            break;
        }
    }
    p13_int_t td6 = p13_one(((a + (((a & 255) << (a & 7)) % 10007)) % 10007));
    td6 ^= (int) (td6) & 1023;
    td6 &= td6;
    switch (p13_h1(a, 99) & 3) {
    case 2: {
        a = a;
    }
        break;
    case 0: {
    }
        break;
    }
    return (((- ((45 + 36) % 10007)) + a) % 10007);
}

void p13_f4(int a) {
    printf("f4.in %d\n", a);
    printf("f4.1 %d %d\n", a, ((a - (-13 ^ a)) % 10007));
    printf("f4.2 %d %d %d\n", a, a, a);
    a = a;
    printf("f4.3 %d\n", p13_h2(((a + 19) % 10007), p13_f5(33)));
    a = a;
}

int p13_f3(int a) {
    printf("f3.in %d\n", a);
    p13_f4(59);
    a |= p13_f5((a ^ 14));
    return p13_h1(a, a);
}

int p13_f2(int a) {
    int v1 = (a < 2);
    v1 ^= (int) (v1) & 1023;
    int a2[3] = { ((((a + a) % 10007) / (v1 % 7 + 8)) >= (- -9)), (a < 61), -17 };
    v1 ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
    int v3 = 43;
    v1 ^= (int) (v3) & 1023;
    int v4 = v1;
    v1 ^= (int) (v4) & 1023;
    if (a2[((-12) % 3 + 3) % 3]) {
        if ((a < 73)) {
            if (((- v4) != 0) != 0) {
                int v5 = ((- (v3 ^ 16)) != p13_h1(((13 + 7) % 10007), a2[((-4) % 3 + 3) % 3]));
                a ^= (int) (v5) & 1023;
            } else {
                int v6 = a;
                v6 ^= (int) (v6) & 1023;
                int a7[2] = { a2[((((p13_h2(a2[1], 24) & 16383) >> (a2[0] & 7))) % 3 + 3) % 3], (- a2[1]) };
                a2[1] ^= (int) ((int) (sizeof a7 / sizeof a7[0])) & 1023;
            }
        }
    } else {
        for (int i8 = 0; i8 < 2 && ((v4 - a2[1]) % 10007); i8 += p13_one(i8)) {
        }
        if ((a2[1] ^ v4)) {
            p13_int_t td9 = ((v4 * (((v1 - v3) % 10007) == (- v4))) % 10007);
            v4 ^= (int) (td9) & 1023;
        }
    }
    int v10 = a2[0];
    a2[0] ^= (int) (v10) & 1023;
    return (((a2[((-7) % 3 + 3) % 3] == v1) + a) % 10007);
}

int p13_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    int w1 = 0;
    while (w1 < 3 && a) {
        w1++;
        int w2 = 0;
        do {
            w2++;
            printf("f1.1 %d %d\n", (((-12 - 58) % 10007) != b), p13_one((30 / (-7 % 7 + 8))));
            p13_int_t td3 = (- p13_one(((85 + 3) % 10007)));
            printf("f1.d3 %d\n", td3);
        } while (w2 < 2 && 1);
    }
    b = ((90 - ((b ^ -8) % (a % 7 + 8))) % 10007);
    switch (((-14 - b) % 10007) & 3) {
    case 2: {
        int v4 = p13_h2(b, a);
        printf("f1.d4 %d\n", v4);
        printf("f1.2 %d %d %d\n", (- (v4 < 48)), (((a & 16383) >> (52 & 7)) | p13_h2(19, b)), b);
    }
        break;
    case 0: {
        for (int i5 = 0; i5 < 3 && (((((b + 67) % 10007) - p13_h1(a, b)) % 10007) ^ ((49 - ((w1 * b) % 10007)) % 10007)); i5++) {
            printf("f1.3 %d\n", b);
        }
    }
        break;
    }
    return 59;
}

int p13_main(void) {
    printf("main.f1 %d\n", p13_f1(29, 30));
    printf("main.f2 %d\n", p13_f2(16));
    printf("main.f3 %d\n", p13_f3(2));
    return 0;
}


int main(void) {
    printf("== seed 13\n");
    p13_main();
    return 0;
}
