#include <stdio.h>

int ac_dt_err;

/* seed 18 */
struct p18_In { int x; int y; };
struct p18_S { int a; long b; char c; int arr[3]; struct p18_In in; };
union p18_U { int i; unsigned u; char bytes[4]; };
typedef int p18_int_t;
typedef struct p18_In p18_in_t;
typedef int (*p18_op_t)(int, int);
int p18_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p18_h2(int a, int b) { return (a - b * 5) % 10007; }
p18_op_t p18_ops[2] = { p18_h1, p18_h2 };
p18_in_t p18_gin = { 3, 4 };
p18_in_t *p18_pick(p18_in_t *p) { return p; }

int p18_one(int x) {
    return x - x + 1;
}

int p18_f1(int a);
int p18_f2(int a, int b);
int p18_f3(int a, int b);
void p18_f4(int a);

void p18_f4(int a) {
    printf("f4.in %d\n", a);
    printf("f4.1 %d %d %d\n", a, a, a);
    a = a;
    for (int i1 = 0; i1 < 3 && 1; i1++) {
        a |= p18_one((a == 4));
        p18_in_t td2 = { ((p18_h2(i1, i1) != ((84 + -20) % 10007)) % (((a ^ 67) == (i1 & i1)) % 7 + 8)), ((63 + (((((a - a) % 10007) & 255) << ((- 81) & 7)) % 10007)) % 10007) };
        printf("f4.d2 %d\n", td2.y);
    }
}

int p18_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    printf("f3.1 %d\n", (((89 & 13) + ((-4 & 16383) >> (b & 7))) % 10007));
    int a1[2] = { 30, (- p18_one(p18_one(b))) };
    printf("f3.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[1]);
    printf("f3.2 %d %d %d\n", p18_one((79 < b)), a, a1[1]);
    return 89;
}

int p18_f2(int a, int b) {
    if (p18_one(64)) {
        int a1[2] = { (p18_h2(b, p18_one(1)) / (a % 7 + 8)), ((((- p18_h2(a, a)) & 255) << (18 & 7)) % 10007) };
        a1[1] ^= (int) ((int) (sizeof a1 / sizeof a1[0])) & 1023;
    } else {
        for (int i2 = 0; i2 < 1 && ((b / (b % 7 + 8)) == ((p18_h1(b, a) + (- b)) % 10007)); i2 += p18_one(i2)) {
            int v3 = p18_h2(((a & 16383) >> ((a < b) & 7)), p18_one((b & 80)));
            b ^= (int) (v3) & 1023;
            switch (a & 3) {
            case 1: {
                a ^= (95 / (((i2 & 16383) >> ((-12 ^ b) & 7)) % 7 + 8));
            }
                /* fallthrough */
            case 3: {
            }
                break;
            default: {
                b |= p18_h1(54, (-7 % (((4 + a) % 10007) % 7 + 8)));
            }
                break;
            }
        }
    }
    switch (((- (32 % (b % 7 + 8))) != 0) & 3) {
    case 2: {
        switch (p18_h1(-19, b) & 3) {
        case 0: {
            b &= p18_one((- p18_one(b)));
        }
            break;
        case 2: {
            int a4[3] = { (a < b), (((b & 255) << (((((- b) & 255) << (b & 7)) % 10007) & 7)) % 10007), (a >= 45) };
            a4[1] ^= (int) ((int) (sizeof a4 / sizeof a4[0])) & 1023;
        }
            break;
        case 3: {
            a = b;
        }
            break;
        }
    }
        break;
    case 3: {
        if (p18_one(p18_one((a & a)))) {
            if ((b < -9)) {
            } else {
                a = p18_h2(((a < b) & (- a)), a);
            }
            b = p18_h2(p18_h1(b, (b != 34)), p18_h2((- b), p18_one(98)));
        }
        if ((a < 1)) {
            b ^= p18_h1(b, ((((63 + 83) % 10007) + ((b - b) % 10007)) % 10007));
        }
    }
        break;
    default: {
        int v5 = 65;
        v5 ^= (int) (v5) & 1023;
    }
        break;
    }
    if ((b < ((73 * 78) % 10007))) {
        int v6 = p18_one(p18_one((- b)));
        a ^= (int) (v6) & 1023;
    } else {
        p18_in_t td7 = { (- p18_h1(b, ((a - a) % 10007))), (p18_h2(a, ((a + b) % 10007)) < b) };
        td7.y ^= (int) (td7.y) & 1023;
        int v8 = td7.x;
        a ^= (int) (v8) & 1023;
    }
    int v9 = (((- p18_h1(b, b)) * (((b | b) & 16383) >> (-9 & 7))) % 10007);
    a ^= (int) (v9) & 1023;
    switch (p18_one((92 ^ (a & a))) & 3) {
    case 3: {
        for (int i10 = (((- ((26 + b) % 10007)) != 0) & 1); i10 < 1 && 1; i10++) {
            int w11 = 0;
            while (w11 < 2 && 1) {
                w11++;
            }
        }
    }
        break;
    case 0: {
    }
        break;
    default: {
        int w12 = 0;
        do {
            w12++;
            if ((66 >= v9)) {
            }
            int v13 = (p18_h2(p18_h2(a, a), (80 % (a % 7 + 8))) == p18_h2(b, p18_h1(v9, b)));
            b ^= (int) (v13) & 1023;
        } while (w12 < 3 && p18_one(b));
        int w14 = 0;
        while (w14 < 2 && 1) {
            w14++;
            int w15 = 0;
            while (w15 < 3 && 1) {
                w15++;
            }
        }
    }
        break;
    }
    return (((a ^ b) + a) % 10007);
}

int p18_f1(int a) {
    printf("f1.in %d\n", a);
    printf("f1.1 %d %d %d\n", (((a >= 48) - p18_h2(a, a)) % 10007), a, p18_h2((a & a), a));
    int v1 = (a | ((a ^ a) / (p18_h2(a, a) % 7 + 8)));
    printf("f1.d1 %d\n", v1);
    return a;
}

int p18_main(void) {
    printf("main.f1 %d\n", p18_f1(36));
    printf("main.f3 %d\n", p18_f3(33, 16));
    p18_f4(3);
    return 0;
}


int main(void) {
    printf("== seed 18\n");
    p18_main();
    return 0;
}
