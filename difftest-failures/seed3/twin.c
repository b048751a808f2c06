#include <stdio.h>

int ac_dt_err;

/* seed 3 */
struct p3_In { int x; int y; };
struct p3_S { int a; long b; char c; int arr[3]; struct p3_In in; };
union p3_U { int i; unsigned u; char bytes[4]; };
typedef int p3_int_t;
typedef struct p3_In p3_in_t;
typedef int (*p3_op_t)(int, int);
int p3_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p3_h2(int a, int b) { return (a - b * 5) % 10007; }
p3_op_t p3_ops[2] = { p3_h1, p3_h2 };
p3_in_t p3_gin = { 3, 4 };
p3_in_t *p3_pick(p3_in_t *p) { return p; }

int p3_one(int x) {
    return x - x + 1;
}

int p3_f1(int a);
int p3_f2(int a, int b);
int p3_f3(int a, int b);
void p3_f4(int a);

void p3_f4(int a) {
    printf("f4.in %d\n", a);
    p3_int_t td1 = 40;
    printf("f4.d1 %d\n", td1);
    printf("f4.1 %d\n", a);
    printf("f4.2 %d %d %d\n", a, 55, a);
    switch (p3_one(td1) & 3) {
    case 2: {
        td1 = (- p3_one((67 ^ td1)));
    }
        /* fallthrough */
    default: {
        printf("f4.3 %d %d %d\n", (((41 - 32) % 10007) >= ((-15 + 28) % 10007)), p3_one(a), td1);
        int v2 = ((- p3_one(a)) & (p3_h2(td1, td1) | (a | td1)));
        printf("f4.d2 %d\n", v2);
    }
        break;
    }
    printf("f4.4 %d %d %d\n", td1, a, td1);
}

int p3_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    if (p3_one(88)) {
        switch ((a < 52) & 3) {
        case 1: {
            for (int i1 = 0; i1 < 3 && p3_one((((b & -16) + (b != -10)) % 10007)); i1 += p3_one(i1)) {
                printf("f3.1 %d %d\n", b, b);
                b &= b;
            }
        }
            /* fallthrough */
        case 2: {
            if (p3_h1((- (90 % (b % 7 + 8))), a)) {
                printf("f3.2 %d\n", ((a + a) % 10007));
                int a2[3] = { (((45 != ((a + 89) % 10007)) + (b & (a / (28 % 7 + 8)))) % 10007), ((8 + a) % 10007), p3_one((((((73 + 81) % 10007) & 255) << (40 & 7)) % 10007)) };
                printf("f3.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[2]);
                int v3 = a2[((a2[1]) % 3 + 3) % 3];
                printf("f3.d3 %d\n", v3);
            } else {
                printf("f3.3 %d %d\n", ((99 / (a % 7 + 8)) != ((b * b) % 10007)), ((b == a) / (b % 7 + 8)));
                p3_f4((- -2));
            }
            if (p3_one((b != -2))) {
                printf("f3.4 %d %d %d\n", a, a, p3_one(p3_one(a)));
                int v4 = (((- (a >= 16)) & 16383) >> ((b & b) & 7));
                printf("f3.d4 %d\n", v4);
                p3_int_t td5 = b;
                printf("f3.d5 %d\n", td5);
            }
        }
            break;
        }
        int w6 = 0;
        while (w6 < 2 && ((((a % (-1 % 7 + 8)) ^ 63) & 16383) >> (70 & 7))) {
            w6++;
            int v7 = (b == ((a != 36) & p3_h1(b, 55)));
            printf("f3.d7 %d\n", v7);
        }
    }
    int v8 = b;
    printf("f3.d8 %d\n", v8);
    switch (v8 & 3) {
    case 2: {
        printf("f3.5 %d %d %d\n", v8, v8, v8);
        a = ((p3_h2(v8, a) >= (b & 21)) / (a % 7 + 8));
    }
        break;
    case 3: {
    }
        break;
    case 1: {
        switch (p3_one(((a ^ 31) ^ b)) & 3) {
        case 0: {
            switch (a & 3) {
            case 1: {
                printf("f3.6 %d\n", a);
            }
                break;
            default: {
                printf("f3.7 %d\n", p3_one(p3_one(b)));
                int v9 = p3_one(b);
                printf("f3.d9 %d\n", v9);
            }
                break;
            }
            switch (p3_one(v8) & 3) {
            case 2: {
                printf("f3.8 %d\n", v8);
            }
                break;
            case 1: {
                printf("f3.9 %d %d\n", v8, p3_one(p3_one(-16)));
            }
                /* fallthrough */
            default: {
                int a10[3] = { ((((v8 == b) + v8) % 10007) | p3_h2(a, (a == -13))), (- p3_one((-7 / (b % 7 + 8)))), ((a + a) % 10007) };
                printf("f3.d10 %d %d\n", (int) (sizeof a10 / sizeof a10[0]), a10[2]);
                printf("f3.10 %d %d\n", (((((-6 & 16383) >> (-8 & 7)) & 255) << (-10 & 7)) % 10007), b);
            }
                break;
            }
        }
            break;
        }
    }
        break;
    }
    v8 &= p3_h2(p3_one(((a & 16383) >> (v8 & 7))), p3_one(p3_one(b)));
    return ((b | v8) >= (((v8 != a) & 16383) >> (v8 & 7)));
}

int p3_f2(int a, int b) {
    a ^= (a == 92);
    return ((((((16 & 255) << (46 & 7)) % 10007) ^ b) + a) % 10007);
}

int p3_f1(int a) {
    printf("f1.in %d\n", a);
    int v1 = ((81 + a) % 10007);
    printf("f1.d1 %d\n", v1);
    a &= a;
    return v1;
}

int p3_main(void) {
    printf("main.f1 %d\n", p3_f1(32));
    printf("main.f2 %d\n", p3_f2(21, 35));
    printf("main.f3 %d\n", p3_f3(8, 17));
    return 0;
}


int main(void) {
    printf("== seed 3\n");
    p3_main();
    return 0;
}
