#include <stdio.h>

int ac_dt_err;

/* seed 9 */
struct p9_In { int x; int y; };
struct p9_S { int a; long b; char c; int arr[3]; struct p9_In in; };
union p9_U { int i; unsigned u; char bytes[4]; };
typedef int p9_int_t;
typedef struct p9_In p9_in_t;
typedef int (*p9_op_t)(int, int);
int p9_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p9_h2(int a, int b) { return (a - b * 5) % 10007; }
p9_op_t p9_ops[2] = { p9_h1, p9_h2 };
p9_in_t p9_gin = { 3, 4 };
p9_in_t *p9_pick(p9_in_t *p) { return p; }

int p9_one(int x) {
    return x - x + 1;
}

int p9_f1(int a, int b);
int p9_f2(int a, int b);
int p9_f3(int a);
void p9_f4(int a);
int p9_f5(int a);
int p9_f6(int a, int b);

int p9_f6(int a, int b) {
    printf("f6.in %d %d\n", a, b);
    printf("f6.1 %d %d %d\n", a, 72, a);
    a = 55;
    switch (p9_one((((30 - 5) % 10007) / ((b | a) % 7 + 8))) & 3) {
    case 0: {
        printf("f6.2 %d\n", a);
    }
        break;
    }
    int v1 = ((((69 ^ ((b & 16383) >> (a & 7))) & 255) << (p9_h1(95, a) & 7)) % 10007);
    printf("f6.d1 %d\n", v1);
    printf("f6.3 %d %d %d\n", (26 & 22), a, b);
    a &= p9_one(-17);
    return (((a - (b < 83)) % 10007) == p9_h1(b, p9_one(a)));
}

int p9_f5(int a) {
    int v1 = ((a - (- ((a & 16383) >> (a & 7)))) % 10007);
    a ^= (int) (v1) & 1023;
    int v2 = (v1 ^ (((((a & 255) << (v1 & 7)) % 10007) & 16383) >> (a & 7)));
    v1 ^= (int) (v2) & 1023;
    switch (p9_h1(p9_one(73), p9_one(v2)) & 3) {
    case 3: {
        int v3 = p9_one((((v1 != 41) + (a & a)) % 10007));
        v3 ^= (int) (v3) & 1023;
    }
        /* fallthrough */
    case 2: {
    }
        /* fallthrough */
    default: {
        v2 = v2;
    }
        break;
    }
    int a4[2] = { (v1 | ((((80 + a) % 10007) + -8) % 10007)), v1 };
    a4[0] ^= (int) ((int) (sizeof a4 / sizeof a4[0])) & 1023;
    return (((- ((a4[1] - a4[0]) % 10007)) + a) % 10007);
}

void p9_f4(int a) {
    printf("f4.in %d\n", a);
    a = p9_f5(64);
    a &= (((((a < 44) & 255) << (16 & 7)) % 10007) < (-15 / (a % 7 + 8)));
    switch (p9_h2(p9_f5((52 % (a % 7 + 8))), a) & 3) {
    case 3: {
        a ^= (a / ((((77 * a) % 10007) % ((a | a) % 7 + 8)) % 7 + 8));
    }
        break;
    case 2: {
        printf("f4.1 %d %d\n", p9_f5(-10), a);
        switch ((((a & 255) << (a & 7)) % 10007) & 3) {
        case 1: {
            printf("f4.2 %d\n", a);
            printf("f4.3 %d %d %d\n", a, p9_h2((- a), -3), a);
        }
            /* fallthrough */
        case 2: {
        }
            break;
        case 3: {
            a &= 62;
            printf("f4.4 %d\n", a);
        }
            break;
        default: {
            printf("f4.5 %d\n", a);
        }
            break;
        }
    }
        break;
    }
}

int p9_f3(int a) {
    printf("f3.in %d\n", a);
    p9_in_t td1 = { p9_f6((6 < a), p9_h2(p9_f5(a), a)), (- p9_f5(20)) };
    printf("f3.d1 %d\n", td1.y);
    printf("f3.1 %d %d %d\n", a, td1.x, (1 % (a % 7 + 8)));
    a &= ((td1.y + p9_h1((((td1.y & 255) << (td1.y & 7)) % 10007), p9_one(td1.y))) % 10007);
    return ((87 - (58 ^ td1.y)) % 10007);
}

int p9_f2(int a, int b) {
    int v1 = ((69 & 16383) >> (78 & 7));
    b ^= (int) (v1) & 1023;
    int w2 = 0;
    while (w2 < 1 && 1) {
        w2++;
        a = (v1 == 16);
    }
    a = p9_f5(p9_f5((- a)));
    return (((p9_one(p9_f5(73)) ^ b) + a) % 10007);
}

int p9_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    if (a) {
        printf("f1.1 %d %d %d\n", p9_f3(p9_f2(b, b)), b, b);
        int v1 = ((-5 & 16383) >> (a & 7));
        printf("f1.d1 %d\n", v1);
        int v2 = (p9_h2(v1, (v1 ^ b)) | a);
        printf("f1.d2 %d\n", v2);
    }
    printf("f1.2 %d %d\n", b, (- 70));
    p9_int_t td3 = p9_h1((- (((a & 255) << (b & 7)) % 10007)), 3);
    printf("f1.d3 %d\n", td3);
    int w4 = 0;
    while (w4 < 3 && ((- ((a + p9_h2(a, a)) % 10007)) != 0)) {
        w4++;
        if (((((a == 36) ^ a) * ((a ^ b) | (((b & 255) << (td3 & 7)) % 10007))) % 10007)) {
            printf("f1.3 %d\n", a);
            printf("f1.4 %d %d\n", ((a & td3) ^ ((a + 30) % 10007)), b);
        } else {
            if (td3) {
                a = (- ((((td3 & 255) << (23 & 7)) % 10007) & (b & 56)));
                b |= b;
            } else {
                printf("f1.5 %d\n", b);
                a ^= ((a & (8 / (66 % 7 + 8))) & 94);
            }
        }
        printf("f1.6 %d\n", td3);
        int v5 = 6;
        printf("f1.d5 %d\n", v5);
    }
    switch (p9_h2(w4, w4) & 3) {
    case 1: {
        printf("f1.7 %d\n", b);
        int v6 = (a % (62 % 7 + 8));
        printf("f1.d6 %d\n", v6);
    }
        /* fallthrough */
    case 2: {
        printf("f1.8 %d %d\n", td3, (((((a & 255) << (-10 & 7)) % 10007) - (a < 55)) % 10007));
    }
        break;
    }
    return p9_h1(a, p9_h1((- a), ((td3 + td3) % 10007)));
}

int p9_main(void) {
    printf("main.f1 %d\n", p9_f1(4, 1));
    p9_f4(39);
    return 0;
}


int main(void) {
    printf("== seed 9\n");
    p9_main();
    return 0;
}
