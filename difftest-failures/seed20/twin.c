#include <stdio.h>

int ac_dt_err;

/* seed 20 */
struct p20_In { int x; int y; };
struct p20_S { int a; long b; char c; int arr[3]; struct p20_In in; };
union p20_U { int i; unsigned u; char bytes[4]; };
typedef int p20_int_t;
typedef struct p20_In p20_in_t;
typedef int (*p20_op_t)(int, int);
int p20_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p20_h2(int a, int b) { return (a - b * 5) % 10007; }
p20_op_t p20_ops[2] = { p20_h1, p20_h2 };
p20_in_t p20_gin = { 3, 4 };
p20_in_t *p20_pick(p20_in_t *p) { return p; }

int p20_one(int x) {
    return x - x + 1;
}

int p20_f1(int a, int b);
int p20_f2(int a);
int p20_f3(int a, int b);
void p20_f4(int a);

void p20_f4(int a) {
    printf("f4.in %d\n", a);
    printf("f4.1 %d\n", a);
    printf("f4.2 %d %d %d\n", a, a, a);
}

int p20_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    printf("f3.1 %d %d\n", a, a);
    int a1[4] = { p20_one(a), 53, b, p20_one((((a >= 54) * 87) % 10007)) };
    printf("f3.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[3]);
    a1[0] = (p20_h1((a ^ a), (- 4)) ^ a);
    int v2 = (- p20_one(p20_one(-8)));
    printf("f3.d2 %d\n", v2);
    if (p20_one(19)) {
        p20_f4(b);
    }
    int a3[2] = { (7 % (59 % 7 + 8)), p20_h1((a1[1] % (23 % 7 + 8)), p20_one(p20_one(a))) };
    printf("f3.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
    return (a3[0] & 63);
}

int p20_f2(int a) {
    a ^= p20_one(p20_one((a < 23)));
    for (int i1 = (p20_one(1) & 1); i1 < 3 && 1; i1 += p20_one(i1)) {
        a = p20_one(43);
    }
    switch ((((((a & 255) << (a & 7)) % 10007) * 89) % 10007) & 3) {
    case 0: {
    }
        break;
    case 1: {
        int a2[5] = { a, (((a >= (a ^ -8)) + 9) % 10007), a, p20_one(((a + a) % 10007)), (- a) };
        a2[1] ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
        for (int i3 = (p20_one(a2[1]) & 1); i3 < 1 && (89 ^ a2[1]); i3++) {
            if (a2[((p20_one(a2[1])) % 5 + 5) % 5]) {
            } else {
                int a4[2] = { 18, ((a2[1] - 25) % 10007) };
                a2[0] ^= (int) ((int) (sizeof a4 / sizeof a4[0])) & 1023;
            }
            for (int i5 = 0; i5 < 2 && p20_one((- ((a2[1] + a2[1]) % 10007))); i5++) {
                p20_in_t td6 = { p20_one(i3), i3 };
                td6.y ^= (int) (td6.y) & 1023;
            }
        }
    }
        /* fallthrough */
    default: {
        for (int i7 = 0; i7 < 3 && 1; i7++) {
            switch (a & 3) {
            case 0: {
            }
                /* fallthrough */
            case 2: {
            }
                break;
            case 3: {
                int v8 = p20_h1(i7, 72);
                a ^= (int) (v8) & 1023;
            }
                break;
            }
        }
    }
        break;
    }
    a ^= a;
    for (int i9 = 0; i9 < 2 && 1; i9++) {
        int v10 = p20_one((a != ((a + a) % 10007)));
        v10 ^= (int) (v10) & 1023;
        int v11 = (((((v10 - -14) % 10007) < i9) + 99) % 10007);
        a ^= (int) (v11) & 1023;
    }
    return ((a + a) % 10007);
}

int p20_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    int w1 = 0;
    while (w1 < 2 && b) {
        w1++;
        for (int i2 = 0; i2 < 3 && 1; i2++) {
            int v3 = (68 % (a % 7 + 8));
            printf("f1.d3 %d\n", v3);
            p20_f4(a);
        }
        a &= (- p20_f3(((a - 8) % 10007), p20_h1(92, a)));
    }
    printf("f1.1 %d %d\n", (- (w1 / (a % 7 + 8))), w1);
    printf("f1.2 %d %d %d\n", b, a, w1);
    int v4 = ((a / (58 % 7 + 8)) ^ ((a + b) % 10007));
    printf("f1.d4 %d\n", v4);
    if ((v4 < 39)) {
        printf("f1.3 %d\n", w1);
    } else {
        v4 |= ((- 68) >= w1);
        if (v4) {
            printf("f1.4 %d\n", (((v4 < a) + p20_h1(w1, v4)) % 10007));
            int w5 = 0;
            while (w5 < 2 && 1) {
                w5++;
                printf("f1.5 %d\n", v4);
                printf("f1.6 %d %d\n", a, ((((54 & 16383) >> (34 & 7)) - p20_h1(b, 89)) % 10007));
                printf("f1.7 %d %d %d\n", ((42 & a) < p20_h2(w1, v4)), v4, a);
            }
            b = p20_h2(((b + w1) % 10007), p20_h2(v4, -3));
        }
    }
    printf("f1.8 %d\n", p20_h1(p20_h1(-13, a), ((a & 16383) >> (-16 & 7))));
    printf("f1.9 %d %d %d\n", b, a, (b != (- w1)));
    return p20_h1(a, 38);
}

int p20_main(void) {
    printf("main.f1 %d\n", p20_f1(19, 19));
    printf("main.f2 %d\n", p20_f2(15));
    return 0;
}


int main(void) {
    printf("== seed 20\n");
    p20_main();
    return 0;
}
