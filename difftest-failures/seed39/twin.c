#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 39 */
struct p39_In { int x; int y; };
struct p39_S { int a; long b; char c; int arr[3]; struct p39_In in; };
union p39_U { int i; unsigned u; char bytes[4]; };
typedef int p39_int_t;
typedef struct p39_In p39_in_t;
typedef int (*p39_op_t)(int, int);
int p39_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p39_h2(int a, int b) { return (a - b * 5) % 10007; }
p39_op_t p39_ops[2] = { p39_h1, p39_h2 };
p39_in_t p39_gin = { 3, 4 };
p39_in_t *p39_pick(p39_in_t *p) { return p; }
#define p39_QUIET _Pragma("GCC diagnostic push")
#define p39_QUIET_END _Pragma("GCC diagnostic pop")

int p39_one(int x) {
    return x - x + 1;
}

int p39_g1_fill(int n, int *ybuf);
int p39_f1(int a, int b);
int p39_f2(int a);
int p39_f3(int d, int a);
int p39_f4(int a);

int p39_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    if (n) {
        struct p39_S st1 = { .in.y = ((n == p39_h1(95, n)) ^ 29), .a = ((p39_h1(87, 73) % (n % 7 + 8)) && p39_h1(p39_h2(75, n), n)), .arr[2] = n, .c = 'q' };
        n ^= (int) (st1.a) & 1023;
    }
#if 1
    {
        {
            n = n;
        }
    }
    unsigned u3 = (unsigned) ((n - p39_f2(n)) % 10007) * 2654435761u;
    n ^= (int) (u3) & 1023;
#else
    printf("never\n");
#endif
    n &= (n >= p39_f2(p39_one(n)));
    return yn;
}

int p39_f4(int a) {
    printf("f4.in %d\n", a);
    printf("f4.1 %d\n", p39_h2(((a < 52) ? a : 93), (64 != a)));
    printf("f4.2 %d\n", ((a + (a | a)) % 10007));
    return 38;
}

int p39_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    p39_f4(p39_f4(p39_f4(d)));
    if (((p39_f3(d - 1, p39_f3(d - 1, a)) ? p39_f4(((a < -5) && d)) : ((p39_f4(a) & 16383) >> (((void) 0, 74) & 7))) != 0) != 0) {
        p39_f4((((82 + a) % 10007) ?: p39_f4(d)));
        a ^= ((int) sizeof(p39_f4(1)));
    }
    for (int i1 = (p39_one((d >= p39_h2(d, a))) & 1); i1 < 3 && 1; i1++) {
        printf("f3.1 %d %d %d\n", a, i1, 62);
    }
    for (p39_int_t i2 = 0, *i2p = &i2; i2 < 2 && (a < 12); (*i2p)++) {
        printf("f3.2 %d %d\n", a, (((- i2) != 0) ? p39_one(i2) : p39_h2(86, a)));
        {
            unsigned u3 = (unsigned) ((int) sizeof(p39_f4(1))) * 2654435761u;
            printf("f3.d3 %u\n", u3);
            a ^= (p39_f4(p39_one(16)) ? p39_f4(p39_f4(d)) : p39_f4(43));
            for (p39_int_t i4 = (a & 1); i4 < 2 && 1; i4++) {
                int v6 = (i2 ? ((void) 0, ((a & 16383) >> (a & 7))) : (int) (u3 % 1000u));
                printf("f3.d6 %d\n", v6);
            }
        }
        {
            if ((a < 48)) {
                double dd7 = (p39_f4(p39_h2(i2, d)) == a) * 0.25 + 0.5;
                printf("f3.d7 %.3f\n", dd7);
                a |= p39_h2(a, (p39_f4(73) | (int) dd7));
            } else {
                a = p39_h2(a, (- p39_f4(a)));
            }
            printf("f3.3 %d\n", i2);
            if (p39_f4((p39_f4(96) == 72))) {
                a |= a;
                if (((p39_h2(i2, a) | p39_f4(-8)) ^ ((56 & 16383) >> ((i2 ^ 85) & 7)))) {
                    {
                        continue;
                    }
                }
            }
        }
    }
    static int sl8 = 2;
    sl8 = (sl8 * 3 + d) % 10007;
    printf("f3.d8 %d\n", sl8);
    switch (a & 3) { case 1: case 3: {
        a = p39_f4((p39_f4(sl8) | d));
    } }
    return p39_one(sl8);
}

int p39_f2(int a) {
    if (((p39_h2(a, p39_one(a)) + (p39_h2(a, a) == p39_one(a))) % 10007)) {
        return p39_one(88);
    }
    a = a;
    struct p39_S st1 = { p39_h1((a ?: a), 11), (((a || (a < 86)) + 0) % 10007), 'k', { p39_one((p39_one(a) && p39_one(65))), 77, (a / (a % 7 + 8)) }, { (a ? a : (- 20)), ((void) 0, a) } };
    a ^= (int) (st1.a) & 1023;
    for (p39_int_t i2 = (((p39_one((int) st1.b) ?: (int) st1.b) != 0) & 1), *i2p = &i2; i2 < 2 && st1.in.y; (*i2p)++) {
        int v3 = (st1.in.y >= (st1.in.y | p39_h1((int) st1.b, a)));
        st1.in.x ^= (int) (v3) & 1023;
    }
    switch (p39_h1(83, (((void) 0, a) ? p39_one((int) st1.b) : 92)) & 3) {
    case 2: {
        if ((p39_one(p39_one(a)) < ((void) 0, ((17 & 16383) >> (a & 7))))) {
            switch ((20 ^ p39_one(p39_one(st1.in.x))) & 3) { default: {
                a = p39_one(p39_one(p39_h1(70, st1.in.x)));
            } }
        } else {
            a ^= ((p39_one(st1.in.x) && (int) st1.b) ? st1.a : (p39_one(st1.in.y) ? a : p39_one(st1.in.x)));
        }
        if (((void) 0, ((void) 0, ((st1.in.y & 16383) >> (73 & 7))))) {
            int a4[] = { p39_one((st1.arr[1] != st1.a)), (- p39_one(st1.in.x)), st1.in.y };
            a4[0] ^= (int) ((int) (sizeof a4 / sizeof a4[0])) & 1023;
        } else {
            {
                st1.in.x = p39_one(p39_one((st1.a ^ (int) st1.b)));
                st1.in.x ^= (p39_one((st1.a == a)) / (p39_h1(p39_one(st1.in.y), p39_h2(a, 8)) % 7 + 8));
                a = p39_h1(p39_one(((62 + st1.a) % 10007)), ((st1.arr[1] / (a % 7 + 8)) ? ((48 + 74) % 10007) : p39_one(st1.a)));
            }
        }
    }
        break;
    default: {
        const int k5 = (st1.in.y ? st1.arr[1] : st1.in.x);
        a ^= (int) (k5) & 1023;
    }
        break;
    }
    int m6[2][3] = { { st1.in.x, (60 == p39_one(p39_one(59))), p39_one(a) }, { (66 / (p39_one(p39_one(61)) % 7 + 8)), p39_one((((p39_one(st1.in.y) & 255) << (((int) st1.b / ((int) st1.b % 7 + 8)) & 7)) % 10007)), 34 } };
    st1.in.x ^= (int) ((int) (sizeof m6 / sizeof m6[0])) & 1023;
    return ((st1.a + a) % 10007);
}

int p39_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    if (((void) 0, b)) {
        { ac_dt_err = ((p39_h1(75, a) & 7) + 1); goto fn_err; }
    }
    p39_f4(p39_f4(((71 - a) % 10007)));
    p39_f4(((b + ((a < 96) && a)) % 10007));
    return (((((b ? 23 : a) + b) % 10007) ?: (b ?: b)) % ((- ((b - b) % 10007)) % 7 + 8));
fn_err:
    return 0;
}

int p39_main(void) {
    {
        int ht2 = p39_f1(28, 23);
        if (ac_dt_err) goto catch1;
        printf("main.f1 %d\n", ht2);
    }
    goto ok1;
    catch1: {
        int e1 = ac_dt_err;
        ac_dt_err = 0;
        printf("main.caught %d\n", e1);
        goto ok1;
    }
    ok1:;
    int gb3[64];
    int gn4 = p39_g1_fill(3, gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v = gb3[gi5];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 39\n");
    p39_main();
    return 0;
}
