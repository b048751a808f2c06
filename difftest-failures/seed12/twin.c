#include <stdio.h>

int ac_dt_err;

/* seed 12 */
struct p12_In { int x; int y; };
struct p12_S { int a; long b; char c; int arr[3]; struct p12_In in; };
union p12_U { int i; unsigned u; char bytes[4]; };
typedef int p12_int_t;
typedef struct p12_In p12_in_t;
typedef int (*p12_op_t)(int, int);
int p12_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p12_h2(int a, int b) { return (a - b * 5) % 10007; }
p12_op_t p12_ops[2] = { p12_h1, p12_h2 };
p12_in_t p12_gin = { 3, 4 };
p12_in_t *p12_pick(p12_in_t *p) { return p; }

int p12_one(int x) {
    return x - x + 1;
}

int p12_f1(int a, int b);
int p12_f2(int a, int b);
int p12_f3(int a);
void p12_f4(int a, int b);
int p12_f5(int a);
int p12_f6(int a, int b);

int p12_f6(int a, int b) {
    printf("f6.in %d %d\n", a, b);
    b = p12_h1((b ^ (a | a)), (((93 & 16383) >> (a & 7)) | a));
    printf("f6.1 %d %d %d\n", b, p12_one(b), ((((a & 255) << (-7 & 7)) % 10007) | ((b - a) % 10007)));
    printf("f6.2 %d %d\n", b, ((a * b) % 10007));
    return b;
}

int p12_f5(int a) {
    int a1[4] = { ((((7 & a) & 255) << (((p12_h1(a, a) + p12_h2(a, 54)) % 10007) & 7)) % 10007), a, (a == 50), a };
    a1[1] ^= (int) ((int) (sizeof a1 / sizeof a1[0])) & 1023;
    if (p12_one(a1[1])) {
        int a2[4] = { a1[1], a1[1], a1[1], ((a1[1] + a1[0]) % 10007) };
        a ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
    } else {
        int a3[4] = { p12_one(((((a1[1] == 11) & 255) << (46 & 7)) % 10007)), a1[1], p12_one(p12_one(a1[((a1[0]) % 4 + 4) % 4])), p12_one(p12_one(p12_one(a))) };
        a1[1] ^= (int) ((int) (sizeof a3 / sizeof a3[0])) & 1023;
    }
    if (p12_one(p12_one((a1[0] != a1[1])))) {
        switch (((- p12_one((- a))) != 0) & 3) {
        case 2: {
            for (int i4 = ((a ^ ((42 + -18) % 10007)) & 1); i4 < 3 && 1; i4++) {
            }
        }
            break;
        }
    }
    return ((p12_h1(p12_one(a), (a1[1] < -17)) + a) % 10007);
}

void p12_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    b &= (61 & (b / (p12_h2(92, a) % 7 + 8)));
    if (b) {
        if (p12_h2((((a & 16383) >> (b & 7)) | a), p12_h2((b & a), (-9 >= b)))) {
            a = a;
        }
        printf("f4.1 %d %d\n", b, b);
        printf("f4.2 %d %d\n", ((((b < a) & 255) << (b & 7)) % 10007), b);
    }
    p12_in_t td1 = { a, b };
    printf("f4.d1 %d\n", td1.y);
    td1.y &= p12_f5((a / (td1.x % 7 + 8)));
    printf("f4.3 %d %d\n", 87, b);
}

int p12_f3(int a) {
    printf("f3.in %d\n", a);
    printf("f3.1 %d %d\n", a, (- (a >= 47)));
    int w1 = 0;
    while (w1 < 2 && p12_one(p12_f5(p12_h2(a, a)))) {
        w1++;
        int a2[3] = { ((97 * a) % 10007), ((p12_h2((- 20), p12_one(a)) - (- (a != 12))) % 10007), p12_h1(p12_h1(a, a), p12_one((a | a))) };
        printf("f3.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[2]);
        for (int i3 = 0; i3 < 1 && p12_h1(a2[1], p12_h1(43, 46)); i3 += p12_one(i3)) {
            a2[0] &= p12_one(((((a2[0] + 51) % 10007) & 16383) >> (i3 & 7)));
            int a4[3] = { a, (((- a2[0]) - i3) % 10007), a2[1] };
            printf("f3.d4 %d %d\n", (int) (sizeof a4 / sizeof a4[0]), a4[2]);
            printf("f3.2 %d %d\n", a4[1], a4[0]);
        }
    }
    printf("f3.3 %d %d\n", (a % (a % 7 + 8)), p12_f6(a, p12_one(97)));
    switch ((((((((-14 & 255) << (a & 7)) % 10007) + (82 == w1)) % 10007) * ((a % (a % 7 + 8)) & ((84 + 17) % 10007))) % 10007) & 3) {
    case 0: {
        int a5[2] = { ((((a >= 11) - (a != 49)) % 10007) | (a % (((66 - 40) % 10007) % 7 + 8))), 54 };
        printf("f3.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[1]);
    }
        break;
    }
    return ((a < ((15 + -11) % 10007)) / (86 % 7 + 8));
}

int p12_f2(int a, int b) {
    p12_in_t td1 = { (p12_h2(94, p12_one(b)) / (-7 % 7 + 8)), ((b & 16383) >> (((((-17 / (b % 7 + 8)) & 255) << (b & 7)) % 10007) & 7)) };
    a ^= (int) (td1.y) & 1023;
    if (a) {
        if (((- ((((b - td1.x) % 10007) * (a < 43)) % 10007)) != 0) != 0) {
            a &= td1.x;
            for (int i2 = 0; i2 < 1 && 1; i2++) {
                int v3 = td1.y;
                td1.y ^= (int) (v3) & 1023;
            }
        } else {
            int v4 = td1.x;
            td1.y ^= (int) (v4) & 1023;
            p12_int_t td5 = (- (a ^ p12_h1(td1.x, a)));
            td5 ^= (int) (td5) & 1023;
        }
    }
    int w6 = 0;
    do {
        w6++;
    } while (w6 < 3 && (((a ^ (((13 & 255) << (38 & 7)) % 10007)) & 16383) >> (a & 7)));
    if (((((- p12_one(b)) & 255) << (p12_h2((b ^ td1.x), (((a & 255) << (td1.y & 7)) % 10007)) & 7)) % 10007)) {
        int w7 = 0;
        do {
            w7++;
            if (a) {
                p12_in_t td8 = { p12_h1(p12_h2(p12_h1(a, td1.x), (95 ^ td1.y)), (td1.x != td1.y)), ((33 + ((a >= 60) ^ (- td1.y))) % 10007) };
                b ^= (int) (td8.y) & 1023;
                a = (((b & 255) << (a & 7)) % 10007);
            } else {
                p12_int_t td9 = p12_h2((((47 & 255) << (p12_h1(td1.x, 21) & 7)) % 10007), ((- td1.y) >= (- td1.x)));
                b ^= (int) (td9) & 1023;
            }
            b = (- p12_h2((b | td1.x), (- w6)));
            p12_in_t td10 = { td1.y, ((p12_h2((28 >= a), (- b)) - ((b != -14) % (td1.y % 7 + 8))) % 10007) };
            b ^= (int) (td10.y) & 1023;
        } while (w7 < 3 && p12_h2(((- b) / (td1.x % 7 + 8)), ((p12_h1(35, td1.x) & 16383) >> (b & 7))));
    }
    if (b) {
    } else {
        if (((((w6 & 255) << (13 & 7)) % 10007) >= td1.x)) {
            switch (p12_one(p12_one(b)) & 3) {
            case 3: {
                int v11 = (49 < p12_h2((a >= w6), (59 % (86 % 7 + 8))));
                v11 ^= (int) (v11) & 1023;
                p12_in_t td12 = { a, (b >= -14) };
                a ^= (int) (td12.y) & 1023;
            }
                break;
            case 0: {
                b = ((p12_h1((a % (b % 7 + 8)), ((a - a) % 10007)) & 16383) >> (p12_h1((- td1.y), p12_h2(a, 0)) & 7));
            }
                /* fallthrough */
            default: {
                a = a;
            }
                break;
            }
        } else {
            a ^= 24;
        }
        int v13 = ((- p12_h1(a, -1)) != (p12_h1(72, td1.x) & ((b * a) % 10007)));
        b ^= (int) (v13) & 1023;
    }
    for (int i14 = 0; i14 < 1 && ((- a) == p12_h1((13 % (a % 7 + 8)), b)); i14++) {
        int v15 = ((- p12_h2(b, b)) & p12_h2(((a * 72) % 10007), (((i14 & 255) << (91 & 7)) % 10007)));
        a ^= (int) (v15) & 1023;
        int a16[3] = { v15, (b / (((p12_h1(v15, v15) & 16383) >> (24 & 7)) % 7 + 8)), (- (p12_h1(b, v15) / (p12_h1(b, a) % 7 + 8))) };
        b ^= (int) ((int) (sizeof a16 / sizeof a16[0])) & 1023;
    }
    return ((((((a % (b % 7 + 8)) + b) % 10007) ^ b) + a) % 10007);
}

int p12_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    if ((a < -10)) {
        int a1[4] = { p12_f5(a), b, (p12_h2(a, (a ^ a)) >= 32), p12_one((- p12_f5(a))) };
        printf("f1.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[3]);
    }
    for (int i2 = 0; i2 < 1 && ((- a) != 0); i2 += p12_one(i2)) {
        int v3 = b;
        printf("f1.d3 %d\n", v3);
    }
    return p12_h1(a, a);
}

int p12_main(void) {
    printf("main.f1 %d\n", p12_f1(33, 4));
    printf("main.f2 %d\n", p12_f2(40, 30));
    printf("main.f3 %d\n", p12_f3(28));
    p12_f4(35, 16);
    return 0;
}


int main(void) {
    printf("== seed 12\n");
    p12_main();
    return 0;
}
