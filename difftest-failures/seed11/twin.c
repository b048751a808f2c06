#include <stdio.h>

int ac_dt_err;

/* seed 11 */
struct p11_In { int x; int y; };
struct p11_S { int a; long b; char c; int arr[3]; struct p11_In in; };
union p11_U { int i; unsigned u; char bytes[4]; };
typedef int p11_int_t;
typedef struct p11_In p11_in_t;
typedef int (*p11_op_t)(int, int);
int p11_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p11_h2(int a, int b) { return (a - b * 5) % 10007; }
p11_op_t p11_ops[2] = { p11_h1, p11_h2 };
p11_in_t p11_gin = { 3, 4 };
p11_in_t *p11_pick(p11_in_t *p) { return p; }

int p11_one(int x) {
    return x - x + 1;
}

int p11_f1(int a, int b);
int p11_f2(int a, int b);
int p11_f3(int a);
void p11_f4(int a);
int p11_f5(int a, int b);
int p11_f6(int a);

int p11_f6(int a) {
    printf("f6.in %d\n", a);
    printf("f6.1 %d\n", a);
    if (p11_one(p11_h1((- a), (- a)))) {
        a |= (a % (a % 7 + 8));
        printf("f6.2 %d %d %d\n", a, a, a);
        p11_in_t td1 = { a, a };
        printf("f6.d1 %d\n", td1.y);
    }
    return p11_one(p11_h2((a | a), p11_one(a)));
}

int p11_f5(int a, int b) {
    for (int i1 = 0; i1 < 2 && a; i1++) {
        p11_in_t td2 = { a, p11_one((b / (92 % 7 + 8))) };
        td2.y ^= (int) (td2.y) & 1023;
        int v3 = ((((((-12 & 255) << (b & 7)) % 10007) >= p11_h2(75, a)) + td2.y) % 10007);
        v3 ^= (int) (v3) & 1023;
    }
    int v4 = a;
    a ^= (int) (v4) & 1023;
    b = (b < 74);
    return (((v4 ^ b) + a) % 10007);
}

void p11_f4(int a) {
    printf("f4.in %d\n", a);
    p11_f6((p11_h2(a, a) ^ p11_h2(a, -10)));
    a |= p11_f5(p11_f5(p11_f5(a, a), a), p11_f5(((a & 16383) >> (88 & 7)), a));
    a |= (((a & 255) << (((12 * (- a)) % 10007) & 7)) % 10007);
}

int p11_f3(int a) {
    printf("f3.in %d\n", a);
    for (int i1 = 0; i1 < 1 && p11_f5(p11_f5(72, p11_f5(28, a)), 84); i1 += p11_one(i1)) {
        p11_f6((((i1 == a) + ((34 + a) % 10007)) % 10007));
    }
    int w2 = 0;
    do {
        w2++;
        a ^= p11_f6((a | a));
        int w3 = 0;
        do {
            w3++;
            a = p11_one(((- a) | a));
        } while (w3 < 1 && (((p11_h2(a, (- a)) & 255) << (p11_h1(83, p11_f5(a, a)) & 7)) % 10007));
    } while (w2 < 1 && p11_h2((a == ((51 * a) % 10007)), p11_f5((((a & 255) << (46 & 7)) % 10007), ((a & 16383) >> (a & 7)))));
    switch (p11_f6(a) & 3) {
    case 2: {
        if (a) {
            a ^= p11_one(p11_one(88));
        }
    }
        break;
    }
    printf("f3.1 %d\n", 21);
    printf("f3.2 %d %d %d\n", a, (- p11_one(84)), a);
    printf("f3.3 %d %d %d\n", a, p11_h1(((w2 - a) % 10007), p11_h2(a, a)), p11_h1(a, ((a + a) % 10007)));
    return (((w2 & 255) << (a & 7)) % 10007);
}

int p11_f2(int a, int b) {
    p11_in_t td1 = { ((33 & 16383) >> (b & 7)), 20 };
    a ^= (int) (td1.y) & 1023;
    return (((td1.y ^ b) + a) % 10007);
}

int p11_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    int v1 = ((b & 16383) >> (80 & 7));
    printf("f1.d1 %d\n", v1);
    if (p11_h1(p11_h1((-15 < b), p11_f2(a, a)), p11_f2(p11_f2(a, 87), b))) {
        printf("f1.1 %d %d %d\n", (b != (v1 & 39)), a, a);
    }
    if (((((b * (v1 == b)) % 10007) + ((v1 & a) == (52 ^ b))) % 10007)) {
        switch (a & 3) {
        case 2: {
            b = (- a);
        }
            break;
        case 0: {
            a |= b;
            printf("f1.2 %d %d\n", (a == (- 83)), a);
        }
            break;
        case 1: {
        }
            break;
        default: {
            switch (((v1 * ((b % (a % 7 + 8)) / (((b + a) % 10007) % 7 + 8))) % 10007) & 3) {
            case 1: {
                printf("f1.3 %d\n", b);
                b |= b;
            }
                break;
            default: {
                printf("f1.4 %d %d\n", (a >= (((80 & 255) << (a & 7)) % 10007)), a);
            }
                break;
            }
        }
            break;
        }
        if (b) {
            v1 ^= 59;
        }
    } else {
        int v2 = (((18 == a) ^ (b >= 20)) % ((p11_h1(a, v1) % ((- b) % 7 + 8)) % 7 + 8));
        printf("f1.d2 %d\n", v2);
    }
    printf("f1.5 %d %d\n", (((v1 & 16383) >> (76 & 7)) >= p11_h2(a, 52)), v1);
    b = a;
    return p11_h1(b, (35 / ((v1 >= 24) % 7 + 8)));
}

int p11_main(void) {
    printf("main.f1 %d\n", p11_f1(30, 21));
    printf("main.f3 %d\n", p11_f3(26));
    p11_f4(39);
    return 0;
}


int main(void) {
    printf("== seed 11\n");
    p11_main();
    return 0;
}
