#include <stdio.h>

int ac_dt_err;

/* seed 5 */
struct p5_In { int x; int y; };
struct p5_S { int a; long b; char c; int arr[3]; struct p5_In in; };
union p5_U { int i; unsigned u; char bytes[4]; };
typedef int p5_int_t;
typedef struct p5_In p5_in_t;
typedef int (*p5_op_t)(int, int);
int p5_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p5_h2(int a, int b) { return (a - b * 5) % 10007; }
p5_op_t p5_ops[2] = { p5_h1, p5_h2 };
p5_in_t p5_gin = { 3, 4 };
p5_in_t *p5_pick(p5_in_t *p) { return p; }

int p5_one(int x) {
    return x - x + 1;
}

int p5_f1(int a, int b);
int p5_f2(int a);
int p5_f3(int a, int b);
void p5_f4(int a);
int p5_f5(int a);

int p5_f5(int a) {
    p5_in_t td1 = { p5_one((a / (a % 7 + 8))), 1 };
    td1.y ^= (int) (td1.y) & 1023;
    a ^= p5_h1(5, (- p5_one(13)));
    for (int i2 = 0; i2 < 3 && 1; i2 += p5_one(i2)) {
        int w3 = 0;
        while (w3 < 2 && p5_one(-18)) {
            w3++;
            int w4 = 0;
            do {
                w4++;
                int a5[4] = { a, (td1.y ^ ((i2 % (td1.x % 7 + 8)) / (-7 % 7 + 8))), i2, (p5_h1((a ^ a), 48) ^ p5_h2((91 ^ a), p5_h2(15, a))) };
                a ^= (int) ((int) (sizeof a5 / sizeof a5[0])) & 1023;
            } while (w4 < 1 && ((p5_h1(td1.x, p5_one(td1.x)) + (- ((a - td1.y) % 10007))) % 10007));
            if (((((td1.x % (5 % 7 + 8)) & 255) << (td1.y & 7)) % 10007)) {
            }
        }
        p5_int_t td6 = (- p5_one(td1.x));
        td1.y ^= (int) (td6) & 1023;
    }
    return ((40 + a) % 10007);
}

void p5_f4(int a) {
    printf("f4.in %d\n", a);
    int v1 = 41;
    printf("f4.d1 %d\n", v1);
    p5_int_t td2 = (-20 / (v1 % 7 + 8));
    printf("f4.d2 %d\n", td2);
    printf("f4.1 %d %d %d\n", p5_f5(57), (p5_h1(52, a) & v1), v1);
}

int p5_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    b = p5_f5(b);
    switch ((((((16 % (b % 7 + 8)) ^ (- -18)) & 255) << ((((p5_h1(a, b) & 255) << ((b < 24) & 7)) % 10007) & 7)) % 10007) & 3) {
    case 3: {
        printf("f3.1 %d\n", a);
        int w1 = 0;
        while (w1 < 2 && 1) {
            w1++;
            printf("f3.2 %d\n", b);
            printf("f3.3 %d %d %d\n", a, a, a);
        }
    }
        /* fallthrough */
    case 2: {
        int w2 = 0;
        while (w2 < 1 && 1) {
            w2++;
            printf("f3.4 %d %d %d\n", a, a, b);
        }
    }
        break;
    }
    return b;
}

int p5_f2(int a) {
    int v1 = a;
    v1 ^= (int) (v1) & 1023;
    int v2 = (- v1);
    v1 ^= (int) (v2) & 1023;
    return ((((v2 + (((a & 255) << (v1 & 7)) % 10007)) % 10007) + a) % 10007);
}

int p5_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    p5_f3(((63 + 41) % 10007), (((-14 & 255) << (a & 7)) % 10007));
    int w1 = 0;
    do {
        w1++;
        int w2 = 0;
        while (w2 < 2 && 1) {
            w2++;
            b ^= (p5_h2(((a + a) % 10007), b) == ((a + (b < 7)) % 10007));
            int w3 = 0;
            do {
                w3++;
                printf("f1.1 %d %d\n", a, ((b * ((53 * b) % 10007)) % 10007));
                printf("f1.2 %d %d %d\n", b, b, b);
            } while (w3 < 1 && 1);
        }
    } while (w1 < 1 && 1);
    int v4 = a;
    printf("f1.d4 %d\n", v4);
    printf("f1.3 %d %d\n", a, v4);
    printf("f1.4 %d\n", v4);
    printf("f1.5 %d %d %d\n", p5_h1((a ^ -14), p5_f2(4)), (((- 0) - (- w1)) % 10007), b);
    return ((v4 + (((v4 * a) % 10007) >= a)) % 10007);
}

int p5_main(void) {
    printf("main.f1 %d\n", p5_f1(5, 27));
    p5_f4(36);
    return 0;
}


int main(void) {
    printf("== seed 5\n");
    p5_main();
    return 0;
}
