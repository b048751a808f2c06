#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 49 */
struct p49_In { int x; int y; };
struct p49_S { int a; long b; char c; int arr[3]; struct p49_In in; };
union p49_U { int i; unsigned u; char bytes[4]; };
typedef int p49_int_t;
typedef struct p49_In p49_in_t;
typedef int (*p49_op_t)(int, int);
int p49_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p49_h2(int a, int b) { return (a - b * 5) % 10007; }
p49_op_t p49_ops[2] = { p49_h1, p49_h2 };
p49_in_t p49_gin = { 3, 4 };
p49_in_t *p49_pick(p49_in_t *p) { return p; }
#define p49_QUIET _Pragma("GCC diagnostic push")
#define p49_QUIET_END _Pragma("GCC diagnostic pop")

int p49_one(int x) {
    return x - x + 1;
}

int p49_g1_fill(int n, int *ybuf);
int p49_g2_fill(int n, int b, int *ybuf);
int p49_f1(int a, int b);
int p49_f2(int a);
int p49_f3(int d, int a);

int p49_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = n;
    if (((n ? (n ? n : p49_h2(21, n)) : ((n < 50) || ((18 - n) % 10007))) != 0) != 0) {
        _Pragma("GCC diagnostic push")
        n |= (((n - n) % 10007) && p49_h1((n && n), 66));
        if (((((((n & 255) << (97 & 7)) % 10007) < p49_h1(n, n)) ? ((n / (n % 7 + 8)) ?: 8) : (- (n & n))) != 0) != 0) {
            n = (n % ((- p49_h1(22, n)) % 7 + 8));
            n = (- n);
        }
        _Pragma("GCC diagnostic pop")
        int a1[] = { p49_h1(((((n & 255) << (n & 7)) % 10007) && p49_h1(-16, n)), (((- n) * 9) % 10007)), (n ? ((n < -14) && ((n + n) % 10007)) : 45) };
        n ^= (int) ((int) (sizeof a1 / sizeof a1[0])) & 1023;
    } else {
        ybuf[yn++] = n;
    }
    return yn;
}

int p49_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    if (b) {
        return yn;
    }
    return yn;
}

int p49_f3(int d, int a) {
    printf("f3.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f3.base %d\n", a);
        return a;
    }
    for (int i1 = 0; i1 < 1 && p49_f3(d - 1, ((((d != a) & 255) << ((a & a) & 7)) % 10007)); i1 += p49_one(i1)) {
        a ^= (((p49_h1(a, a) % (((void) 0, 32) % 7 + 8)) + (- 57)) % 10007);
        p49_QUIET
        {
            printf("f3.1 %d %d %d\n", p49_h1((20 ^ a), p49_f3(d - 1, 66)), i1, ((void) 0, p49_one(58)));
            a |= (p49_one(p49_one(i1)) == (p49_one(55) < (a ?: 86)));
            struct p49_In *cl2 = &(struct p49_In){ (((p49_h1(((a & 16383) >> (-7 & 7)), ((i1 * 86) % 10007)) & 255) << (p49_h1(p49_h1(d, -11), ((a < 26) || (((a < -3) + a) % 10007))) & 7)) % 10007), (((a & 255) << ((p49_h1(i1, 18) | ((i1 - i1) % 10007)) & 7)) % 10007) };
            printf("f3.d2 %d\n", cl2->y);
        }
        if (0) {
            int e3 = 0;
            printf("f3.c3 %d\n", e3);
        }
        int v4 = (((d < 12) || p49_one(23)) ? p49_one(((void) 0, 11)) : a);
        printf("f3.d4 %d\n", v4);
        p49_QUIET_END
    }
    {
        printf("f3.2 %d\n", d);
    }
    if (0) {
        int e5 = 0;
        printf("f3.c5 %d\n", e5);
    }
    printf("f3.3 %d %d %d\n", a, a, d);
    return p49_h1((39 % ((((a & 255) << (61 & 7)) % 10007) % 7 + 8)), ((void) 0, a));
}

int p49_f2(int a) {
    _Pragma("GCC diagnostic push")
#ifndef AC_DT_UNDEFINED
    unsigned u1 = (unsigned) p49_one(a) * 2654435761u;
    a ^= (int) (u1) & 1023;
    switch ((a < 18) & 3) {
    case 1: {
        int a2[4] = { (((a & 255) << (p49_one(p49_one(a)) & 7)) % 10007), p49_one(p49_one(((int) (u1 % 1000u) & -11))), ((((- a) + 93) % 10007) ?: p49_one(p49_h2(a, a))), (int) (u1 % 1000u) };
        a ^= (int) ((int) (sizeof a2 / sizeof a2[0])) & 1023;
    }
        break;
    default: {
        if ((((((a ? -17 : a) + a) % 10007) ?: (int) (u1 % 1000u)) ^ p49_one(p49_one(-12)))) {
            return (((p49_one(((a - (int) (u1 % 1000u)) % 10007)) & 255) << ((((int) (u1 % 1000u) && a) / (p49_one(a) % 7 + 8)) & 7)) % 10007);
        }
    }
        break;
    }
#else
    printf("never\n");
#endif
    _Pragma("GCC diagnostic pop")
    switch (((void) 0, ((a * p49_one(a)) % 10007)) & 3) {
    case 1: {
        switch ((((a % ((a == 39) % 7 + 8)) ?: p49_one((a != 50))) != 0) & 3) {
        case 1: {
            for (p49_int_t i3 = 0; i3 < 2 && 1; i3 += p49_one(i3)) {
                a |= (- p49_one(p49_h1(a, a)));
            }
            int v5 = ((a + (((a < 53) ? 54 : a) != (a ^ 31))) % 10007);
            a ^= (int) (v5) & 1023;
        }
            /* fallthrough */
        case 2: {
            switch (p49_one(((((a & 255) << (a & 7)) % 10007) ? a : p49_one(-11))) & 3) {
            case 2: {
                if (((- (a ? p49_one(a) : p49_one(64))) != 0) != 0) {
                    {
                        break;
                    }
                }
            }
                /* fallthrough */
            case 0: {
                struct p49_S st6 = { .in.y = (p49_one((a / (a % 7 + 8))) == (a ?: ((void) 0, 88))), .a = (((- p49_one(a)) != 0) ? p49_one((a < 18)) : 8), .arr[2] = p49_one(p49_one(a)), .c = 'q' };
                st6.in.x ^= (int) (st6.a) & 1023;
                struct p49_In pt7[] = { { a, p49_one(st6.a) }, { p49_h2(p49_one(st6.arr[1]), st6.in.y), (p49_one((st6.in.y / (-14 % 7 + 8))) || (st6.a < ((void) 0, 51))) } };
                pt7[0].x ^= (int) ((int) (sizeof pt7 / sizeof pt7[0])) & 1023;
            }
                break;
            case 3: {
            }
                /* fallthrough */
            default: {
                unsigned u8 = (unsigned) 63 * 2654435761u;
                a ^= (int) (u8) & 1023;
            }
                break;
            }
        }
            /* fallthrough */
        default: {
            if ((((a < 18) ? p49_one(((a < 22) || a)) : a) != 0) != 0) {
                a = a;
                a = (a == ((void) 0, a));
            }
            union p49_U un9 = { (((p49_one(((52 + 12) % 10007)) & 255) << (((a ? a : -14) | ((a < -8) && a)) & 7)) % 10007) };
            a ^= (int) (un9.i) & 1023;
        }
            break;
        }
        long l10 = (long) a * 100000L;
        a ^= (int) (l10) & 1023;
    }
        break;
    case 2: {
        const int k11 = p49_one(p49_h1(a, p49_one(a)));
        a ^= (int) (k11) & 1023;
    }
        break;
    case 3: {
        switch (p49_one((((a < 6) * ((72 * 50) % 10007)) % 10007)) & 3) {
        case 0: {
#ifndef AC_DT_UNDEFINED
            struct p49_In pt12[] = { { ((-3 + (- ((void) 0, a))) % 10007), p49_one(p49_one(p49_one(a))) } };
            a ^= (int) ((int) (sizeof pt12 / sizeof pt12[0])) & 1023;
#else
            printf("never\n");
#endif
        }
            /* fallthrough */
        case 3: {
#if 1
            p49_op_t *td13 = &p49_ops[1];
            a ^= (int) ((*td13)(5, 6)) & 1023;
#else
            printf("never\n");
#endif
            {
                int v15 = (p49_one(a) ?: (p49_one(a) / (((a < 85) ? a : 43) % 7 + 8)));
                a ^= (int) (v15) & 1023;
            }
        }
            break;
        default: {
            a &= p49_one(a);
            switch ((a < ((-1 + 24) % 10007)) & 3) {
            case 0: {
                struct p49_S st16 = { p49_h2(p49_one(p49_one(-9)), (90 ^ (66 & a))), ((a + 0) % 10007), 'k', { ((((a && a) + (a || (a < 55))) % 10007) ^ 75), (82 >= ((a == 26) % (p49_h1(-12, a) % 7 + 8))), (p49_h2(p49_h1(a, a), (a / (a % 7 + 8))) || a) }, { 48, ((void) 0, a) } };
                a ^= (int) (st16.a) & 1023;
            }
                break;
            case 3: {
                long l17 = (long) a * 100000L;
                a ^= (int) (l17) & 1023;
            }
                break;
            case 1: {
                const int k18 = (p49_h1((a == 17), a) >= (((a ? a : 77) != 0) ? p49_h1(a, 10) : p49_h2(a, 98)));
                a ^= (int) (k18) & 1023;
            }
                break;
            default: {
            }
                break;
            }
        }
            break;
        }
        switch (((p49_h2(((a & 16383) >> (-16 & 7)), (a ? a : 1)) - ((a ^ 52) ?: a)) % 10007) & 3) {
        case 1: {
#ifdef AC_DT_UNDEFINED
            printf("never\n");
#else
            if (((a ?: a) != 0) != 0) {
                {
                    break;
                }
            }
#endif
        }
            break;
        case 2: {
#if 1
            unsigned u19 = (unsigned) a * 2654435761u;
            a ^= (int) (u19) & 1023;
#else
            printf("never\n");
#endif
        }
            /* fallthrough */
        default: {
        }
            break;
        }
    }
        break;
    }
    return ((a + a) % 10007);
}

int p49_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    char s1[] = "";
    printf("f1.d1 %d [%s]\n", (int) sizeof s1, s1);
    printf("f1.1 %d\n", b);
    return a;
}

int p49_main(void) {
    printf("main.f1 %d\n", p49_f1(25, 27));
    printf("main.f2 %d\n", p49_f2(5));
    int gb1[64];
    int gn2 = p49_g1_fill(2, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v = gb1[gi3];
        printf("main.g %d\n", v);
    }
    int gb4[64];
    int gn5 = p49_g2_fill(1, 2, gb4);
    for (int gi6 = 0; gi6 < gn5; gi6++) {
        int v = gb4[gi6];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 49\n");
    p49_main();
    return 0;
}
