#include <stdio.h>

int ac_dt_err;

/* seed 19 */
struct p19_In { int x; int y; };
struct p19_S { int a; long b; char c; int arr[3]; struct p19_In in; };
union p19_U { int i; unsigned u; char bytes[4]; };
typedef int p19_int_t;
typedef struct p19_In p19_in_t;
typedef int (*p19_op_t)(int, int);
int p19_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p19_h2(int a, int b) { return (a - b * 5) % 10007; }
p19_op_t p19_ops[2] = { p19_h1, p19_h2 };
p19_in_t p19_gin = { 3, 4 };
p19_in_t *p19_pick(p19_in_t *p) { return p; }

int p19_one(int x) {
    return x - x + 1;
}

int p19_f1(int a);
int p19_f2(int a);
int p19_f3(int a, int b);

int p19_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    printf("f3.1 %d %d\n", (a | ((b - 82) % 10007)), b);
    int w1 = 0;
    do {
        w1++;
        if ((((((b / (-20 % 7 + 8)) & 255) << (b & 7)) % 10007) < ((- a) | b))) {
            a &= p19_one(p19_one(b));
            printf("f3.2 %d\n", b);
        } else {
            int a2[5] = { (p19_h1(p19_one(b), ((b & 16383) >> (b & 7))) ^ (99 / ((62 == b) % 7 + 8))), -1, -6, (- p19_one(p19_h2(b, b))), b };
            printf("f3.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[4]);
        }
        printf("f3.3 %d %d %d\n", b, a, p19_one(a));
    } while (w1 < 2 && 1);
    printf("f3.4 %d %d %d\n", a, 86, a);
    return w1;
}

int p19_f2(int a) {
    p19_int_t td1 = p19_one(p19_one((a & a)));
    a ^= (int) (td1) & 1023;
    td1 = (((34 & 255) << ((td1 != 16) & 7)) % 10007);
    int v2 = p19_one(p19_one(a));
    a ^= (int) (v2) & 1023;
    int v3 = ((td1 + td1) % 10007);
    v3 ^= (int) (v3) & 1023;
    return ((80 + a) % 10007);
}

int p19_f1(int a) {
    printf("f1.in %d\n", a);
    a &= p19_f3(a, 42);
    p19_f3(a, ((a - a) % 10007));
    printf("f1.1 %d\n", a);
    if (((((- a) % (((a + a) % 10007) % 7 + 8)) + (a >= (75 / (a % 7 + 8)))) % 10007)) {
        p19_int_t td1 = (- (a & 50));
        printf("f1.d1 %d\n", td1);
        printf("f1.2 %d\n", td1);
        int w2 = 0;
        while (w2 < 1 && 1) {
            w2++;
            a &= (14 ^ a);
        }
    } else {
        int a3[2] = { p19_one(a), p19_one(p19_h1(p19_one(13), a)) };
        printf("f1.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[1]);
        p19_in_t td4 = { (p19_h2(a3[0], ((a * a3[0]) % 10007)) % (((a < 81) % ((a3[1] % (a % 7 + 8)) % 7 + 8)) % 7 + 8)), (((- 13) / (p19_h2(35, -6) % 7 + 8)) & (((a3[1] != a3[0]) + (a < 48)) % 10007)) };
        printf("f1.d4 %d\n", td4.y);
    }
    if ((p19_h2(((-10 + 50) % 10007), p19_h2(96, a)) | (((54 + 37) % 10007) != a))) {
        printf("f1.3 %d %d %d\n", a, a, a);
        printf("f1.4 %d %d\n", p19_h2(37, a), a);
    } else {
        a ^= ((- ((-14 * 55) % 10007)) / (((((-17 & a) & 255) << (75 & 7)) % 10007) % 7 + 8));
        int a5[3] = { p19_h1((((p19_h2(a, 79) & 255) << (p19_h2(a, a) & 7)) % 10007), (((a & 255) << (p19_h2(a, 35) & 7)) % 10007)), ((a & 16383) >> ((((-1 % (-4 % 7 + 8)) + (- 43)) % 10007) & 7)), ((p19_h2(a, 27) / ((-7 / (a % 7 + 8)) % 7 + 8)) % (a % 7 + 8)) };
        printf("f1.d5 %d %d\n", (int) (sizeof a5 / sizeof a5[0]), a5[2]);
    }
    if (a) {
        int a6[2] = { p19_h2(27, (p19_h2(11, 78) >= (24 % (a % 7 + 8)))), ((((- ((a - a) % 10007)) & 255) << (p19_h1((a % (a % 7 + 8)), (a ^ 37)) & 7)) % 10007) };
        printf("f1.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[1]);
        if (((((- (a6[1] != 30)) & 255) << (a6[(((- 9)) % 2 + 2) % 2] & 7)) % 10007)) {
            printf("f1.5 %d %d %d\n", ((((98 ^ a) & 255) << (a & 7)) % 10007), a, a6[1]);
            int a7[3] = { 35, a6[1], a6[1] };
            printf("f1.d7 %d %d\n", (int) (sizeof a7 / sizeof a7[0]), a7[2]);
            p19_int_t td8 = (((a6[0] >= (((a7[0] & 255) << (a6[1] & 7)) % 10007)) * (a6[((a6[0]) % 2 + 2) % 2] ^ a7[0])) % 10007);
            printf("f1.d8 %d\n", td8);
        }
    }
    return ((a ^ (a != 16)) % (p19_h2(a, p19_h2(a, a)) % 7 + 8));
}

int p19_main(void) {
    printf("main.f1 %d\n", p19_f1(35));
    printf("main.f2 %d\n", p19_f2(20));
    return 0;
}


int main(void) {
    printf("== seed 19\n");
    p19_main();
    return 0;
}
