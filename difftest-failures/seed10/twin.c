#include <stdio.h>

int ac_dt_err;

/* seed 10 */
struct p10_In { int x; int y; };
struct p10_S { int a; long b; char c; int arr[3]; struct p10_In in; };
union p10_U { int i; unsigned u; char bytes[4]; };
typedef int p10_int_t;
typedef struct p10_In p10_in_t;
typedef int (*p10_op_t)(int, int);
int p10_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p10_h2(int a, int b) { return (a - b * 5) % 10007; }
p10_op_t p10_ops[2] = { p10_h1, p10_h2 };
p10_in_t p10_gin = { 3, 4 };
p10_in_t *p10_pick(p10_in_t *p) { return p; }

int p10_one(int x) {
    return x - x + 1;
}

int p10_f1(int a, int b);
int p10_f2(int a, int b);
int p10_f3(int a);

int p10_f3(int a) {
    printf("f3.in %d\n", a);
    printf("f3.1 %d %d\n", (((a & 255) << (p10_h2(13, a) & 7)) % 10007), ((a + (- a)) % 10007));
    printf("f3.2 %d\n", p10_one(a));
    switch ((a >= (((a != 39) + (- a)) % 10007)) & 3) {
    case 3: {
        printf("f3.3 %d\n", 11);
        p10_int_t td1 = 43;
        printf("f3.d1 %d\n", td1);
    }
        break;
    }
    return a;
}

int p10_f2(int a, int b) {
    p10_in_t td1 = { b, ((((- b) | b) * (- 79)) % 10007) };
    b ^= (int) (td1.y) & 1023;
    b = p10_h2(p10_one(((td1.x + a) % 10007)), (a >= 78));
    td1.y &= p10_one(b);
    return (((a ^ b) + a) % 10007);
}

int p10_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    p10_f3(p10_h2(p10_f2(a, b), (24 ^ a)));
    if (p10_f3(((b % (b % 7 + 8)) ^ (b != 1)))) {
        b = ((a * 33) % 10007);
        if ((a < 55)) {
            int v1 = (- a);
            printf("f1.d1 %d\n", v1);
            if (a) {
                printf("f1.1 %d\n", 24);
                p10_f3((v1 != (b | v1)));
            } else {
                printf("f1.2 %d\n", (- p10_f2(v1, b)));
            }
        }
        a |= p10_f2(p10_f2(39, ((54 + b) % 10007)), p10_f2(19, (b >= a)));
    }
    p10_int_t td2 = (77 % (b % 7 + 8));
    printf("f1.d2 %d\n", td2);
    int v3 = p10_h1(a, p10_h1(a, (td2 ^ 71)));
    printf("f1.d3 %d\n", v3);
    int a4[4] = { b, p10_f3(a), ((p10_h2(a, b) + (-1 % (a % 7 + 8))) % 10007), p10_f2(a, p10_f2(b, b)) };
    printf("f1.d4 %d %d\n", (int) (sizeof a4 / sizeof a4[0]), a4[3]);
    if (b) {
        printf("f1.3 %d %d %d\n", a4[0], a4[0], (- -4));
        int v5 = ((((((34 - 77) % 10007) + (((10 & 255) << (7 & 7)) % 10007)) % 10007) + (a4[((a4[1]) % 4 + 4) % 4] < a4[0])) % 10007);
        printf("f1.d5 %d\n", v5);
        for (int i6 = (a & 1); i6 < 2 && 1; i6++) {
            b = (((((b != a4[0]) + (- -5)) % 10007) + (- v5)) % 10007);
            int w7 = 0;
            do {
                w7++;
                v5 |= (- ((((a & 16383) >> (v5 & 7)) + td2) % 10007));
            } while (w7 < 2 && 1);
        }
    } else {
        if (a4[0]) {
            switch (((a >= td2) & b) & 3) {
            case 2: {
            }
                /* fallthrough */
            case 0: {
                int a8[4] = { b, a4[((99) % 4 + 4) % 4], p10_h2(((a4[0] % (a4[1] % 7 + 8)) >= ((td2 * a4[1]) % 10007)), p10_h1((v3 != 95), (- 50))), ((p10_h1(b, (- a4[1])) - b) % 10007) };
                printf("f1.d8 %d %d\n", (int) (sizeof a8 / sizeof a8[0]), a8[3]);
                printf("f1.4 %d %d\n", a, (- p10_h1(61, b)));
            }
                break;
            default: {
                v3 = (11 < ((((a - a4[1]) % 10007) - (a4[1] & 84)) % 10007));
            }
                break;
            }
            printf("f1.5 %d %d\n", b, ((a4[0] - (a4[1] >= 64)) % 10007));
            printf("f1.6 %d\n", a4[0]);
        } else {
            int w9 = 0;
            while (w9 < 3 && (a < 25)) {
                w9++;
                printf("f1.7 %d %d %d\n", a4[0], td2, (((((36 & 255) << (26 & 7)) % 10007) * (a4[0] & a4[1])) % 10007));
            }
            int v10 = v3;
            printf("f1.d10 %d\n", v10);
        }
        td2 = td2;
    }
    return p10_h1(((35 < a4[1]) / ((48 ^ td2) % 7 + 8)), ((- v3) ^ (td2 & a4[0])));
}

int p10_main(void) {
    printf("main.f1 %d\n", p10_f1(11, 0));
    return 0;
}


int main(void) {
    printf("== seed 10\n");
    p10_main();
    return 0;
}
