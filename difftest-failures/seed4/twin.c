#include <stdio.h>

int ac_dt_err;

/* seed 4 */
struct p4_In { int x; int y; };
struct p4_S { int a; long b; char c; int arr[3]; struct p4_In in; };
union p4_U { int i; unsigned u; char bytes[4]; };
typedef int p4_int_t;
typedef struct p4_In p4_in_t;
typedef int (*p4_op_t)(int, int);
int p4_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p4_h2(int a, int b) { return (a - b * 5) % 10007; }
p4_op_t p4_ops[2] = { p4_h1, p4_h2 };
p4_in_t p4_gin = { 3, 4 };
p4_in_t *p4_pick(p4_in_t *p) { return p; }

int p4_one(int x) {
    return x - x + 1;
}

int p4_f1(int a, int b);
int p4_f2(int a);
int p4_f3(int a, int b);
void p4_f4(int a, int b);

void p4_f4(int a, int b) {
    printf("f4.in %d %d\n", a, b);
    int v1 = p4_one(p4_h1((a != b), (89 % (b % 7 + 8))));
    printf("f4.d1 %d\n", v1);
    p4_int_t td2 = (- (- v1));
    printf("f4.d2 %d\n", td2);
    printf("f4.1 %d %d %d\n", td2, p4_one(a), v1);
}

int p4_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    printf("f3.1 %d %d\n", a, a);
    if (p4_one(p4_one((a & a)))) {
        printf("f3.2 %d\n", a);
        printf("f3.3 %d %d\n", (a % (a % 7 + 8)), a);
    } else {
        int a1[4] = { (b / (p4_h2(((b + a) % 10007), a) % 7 + 8)), 86, a, p4_one((- p4_one(b))) };
        printf("f3.d1 %d %d\n", (int) (sizeof a1 / sizeof a1[0]), a1[3]);
        p4_f4(p4_one(p4_one(a)), p4_h2(p4_one(a), ((65 & 16383) >> (68 & 7))));
    }
    if (p4_h2(a, -6)) {
        switch (((- (- b)) != 0) & 3) {
        case 3: {
        }
            /* fallthrough */
        case 2: {
            int v2 = ((b + b) % 10007);
            printf("f3.d2 %d\n", v2);
        }
            break;
        case 1: {
            int v3 = a;
            printf("f3.d3 %d\n", v3);
            int v4 = a;
            printf("f3.d4 %d\n", v4);
        }
            break;
        default: {
            p4_f4(a, p4_one((a | a)));
        }
            break;
        }
        b &= ((((b & 16383) >> (a & 7)) + 66) % 10007);
    }
    int v5 = p4_one(p4_one(p4_h1(-8, b)));
    printf("f3.d5 %d\n", v5);
    p4_f4(v5, 64);
    return p4_one(((v5 / (31 % 7 + 8)) ^ b));
}

int p4_f2(int a) {
    a = p4_h2(p4_one(((60 - a) % 10007)), ((- a) < a));
    return ((p4_h2(a, -10) + a) % 10007);
}

int p4_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    b &= p4_h1(p4_h1(p4_h2(50, a), ((b - b) % 10007)), (15 ^ (a != b)));
    p4_in_t td1 = { 28, p4_f2(b) };
    printf("f1.d1 %d\n", td1.y);
    return p4_h1(((p4_h2(b, a) & 16383) >> ((- td1.x) & 7)), p4_f2(((td1.x + td1.y) % 10007)));
}

int p4_main(void) {
    printf("main.f1 %d\n", p4_f1(38, 8));
    printf("main.f3 %d\n", p4_f3(19, 7));
    return 0;
}


int main(void) {
    printf("== seed 4\n");
    p4_main();
    return 0;
}
