#pragma GCC diagnostic ignored "-Wmissing-braces"
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
#define p19_QUIET _Pragma("GCC diagnostic push")
#define p19_QUIET_END _Pragma("GCC diagnostic pop")

int p19_one(int x) {
    return x - x + 1;
}

int p19_g1_fill(int n, int b, int *ybuf);
int p19_g2_fill(int n, int b, int *ybuf);
int p19_f1(int a);
int p19_f2(int a);
int p19_f3(int a, int b);

int p19_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    b = ((((- n) + n) % 10007) ?: n);
    return yn;
}

int p19_g2_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    p19_in_t td1 = { p19_h2(p19_h1(n, (n ? 95 : b)), (p19_h1(n, b) ? (b || n) : p19_h1(b, b))), ((b * (p19_h1(-1, b) ^ b)) % 10007) };
    b ^= (int) (td1.y) & 1023;
    td1.y |= ((((td1.y < 82) ? 72 : td1.y) / (p19_h2(91, b) % 7 + 8)) % ((((b ^ b) & 16383) >> ((td1.x < b) & 7)) % 7 + 8));
    if ((n % (((((55 & 16383) >> (-3 & 7)) + (n == td1.x)) % 10007) % 7 + 8))) {
        union p19_U un2 = { .u = (unsigned) (p19_h2(td1.x, b) == 36) };
        n ^= (int) (un2.u) & 1023;
        if ((((((n | b) ? n : p19_h2(36, (int) (un2.u % 1000u))) != 0) ? b : n) != 0) != 0) {
            return yn;
        }
    }
    return yn;
}

int p19_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    int gb1[64];
    int gn2 = p19_g1_fill(a, p19_one(a), gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f3.g1 %d\n", v1);
        printf("f3.1 %s %d\n", __func__, v1);
        for (p19_int_t i2 = 0; i2 < 1 && p19_one(p19_one(p19_one(v1))); i2 += p19_one(i2)) {
            if (p19_h1(b, p19_one(i2))) {
                if (((- v1) != 0) != 0) {
                    {
                        break;
                    }
                }
                int a3[] = { ((void) 0, ((((void) 0, b) - v1) % 10007)), (a ?: ((a < 94) ? ((a < 59) ? b : 37) : (48 ^ b))), (a != (((v1 & 16383) >> (99 & 7)) ? a : a)), (29 ^ (((v1 * a) % 10007) ?: ((i2 < 61) || i2))) };
                printf("f3.d3 %d %d\n", (int) (sizeof a3 / sizeof a3[0]), a3[3]);
            } else {
                char s4[] = {"gh"};
                printf("f3.d4 %d [%s]\n", (int) sizeof s4, s4);
                printf("f3.2 %s %d %d %d\n", __func__, v1, p19_h2(((b + a) % 10007), 13), b);
            }
            int gb4[64];
            int gn5 = p19_g1_fill((((75 + a) % 10007) ?: a), p19_h2(a, ((void) 0, 2)), gb4);
            for (int gi6 = 0; gi6 < gn5; gi6++) {
                int v5 = gb4[gi6];
                printf("f3.g5 %d\n", v5);
                union p19_U un6 = { ((a < (b ?: a)) % (v5 % 7 + 8)) };
                printf("f3.d6 %d\n", un6.i);
                unsigned u7 = (unsigned) (- (p19_h1(35, 35) ? ((b - -2) % 10007) : (a ? b : -19))) * 2654435761u;
                printf("f3.d7 %u\n", u7);
            }
        }
    }
    {
        for (int i8 = (b & 1); i8 < 1 && 1; i8++) {
            int gb7[64];
            int gn8 = p19_g1_fill(a, p19_one(41), gb7);
            for (int gi9 = 0; gi9 < gn8; gi9++) {
                int v9 = gb7[gi9];
                printf("f3.g9 %d\n", v9);
                printf("f3.3 %d %d %d\n", ((((a < -1) ? a : a) != 0) ? -5 : (a ^ i8)), a, v9);
            }
            a ^= (p19_one(p19_one(26)) ?: p19_one(p19_one(i8)));
            int m10[][3] = { { p19_one(p19_one(((void) 0, i8))), i8, b } };
            printf("f3.d10 %d %d\n", (int) (sizeof m10 / sizeof m10[0]), m10[0][2]);
        }
    }
    int gb10[64];
    int gn11 = p19_g1_fill(a, b, gb10);
    for (int gi12 = 0; gi12 < gn11; gi12++) {
        int v11 = gb10[gi12];
        printf("f3.g11 %d\n", v11);
        if (((void) 0, ((a - a) % 10007))) {
            if (((-1 % ((a ?: 43) % 7 + 8)) | ((a & b) ? (b & b) : (a >= 6)))) {
                if ((((((((27 & 255) << (a & 7)) % 10007) + (a ? b : b)) % 10007) ?: 33) != 0) != 0) {
                    { ac_dt_err = ((b & 7) + 1); goto fn_err; }
                }
                int m12[3][3] = { { 5, b, p19_h1(2, p19_h1(((void) 0, -18), (- a))) }, { (b || (((((b != a) + b) % 10007) ?: p19_h2(24, b)) != 0)), ((((((void) 0, a) & 255) << (a & 7)) % 10007) ?: ((((void) 0, b) + (a >= 78)) % 10007)), (a || (((35 * b) % 10007) % (a % 7 + 8))) }, { b, ((p19_h1((b | a), (v11 ^ a)) * p19_h2(v11, p19_h1(b, 53))) % 10007), (b && p19_h2(b, p19_h2(a, b))) } };
                printf("f3.d12 %d %d\n", (int) (sizeof m12 / sizeof m12[0]), m12[2][2]);
                int *p13 = &v11;
                printf("f3.d13 %d\n", *p13);
            }
            unsigned u14 = (unsigned) b * 2654435761u;
            printf("f3.d14 %u\n", u14);
        } else {
            if (p19_h1(((((a ? -18 : a) + v11) % 10007) ?: (- b)), ((v11 ?: 39) & ((a + a) % 10007)))) {
                a = p19_h1(p19_h1(a, (b | b)), (((void) 0, b) / (70 % 7 + 8)));
                int a15[5] = { ((void) 0, (- ((void) 0, b))), p19_h2(b, ((void) 0, a)), ((void) 0, p19_h1(b, (a == 36))), p19_h2(a, ((a != 73) % (p19_h2(v11, a) % 7 + 8))), ((p19_h1(p19_h1(b, b), ((23 + 93) % 10007)) - ((v11 < 30) && (((b < ((void) 0, 94)) + b) % 10007))) % 10007) };
                printf("f3.d15 %d %d\n", (int) (sizeof a15 / sizeof a15[0]), a15[4]);
                printf("f3.4 %d\n", a15[((((void) 0, a15[0])) % 5 + 5) % 5]);
            } else {
                printf("f3.5 %d %d %d\n", v11, (- (b / (66 % 7 + 8))), p19_h1(b, p19_h2(b, b)));
            }
            {
                int v11 = a;
                printf("f3.d15 %d\n", v11);
            }
        }
    }
    b = b;
    return (((p19_h1((a / (37 % 7 + 8)), (b ? a : a)) & 255) << (-20 & 7)) % 10007);
fn_err:
    return 0;
}

int p19_f2(int a) {
    {
        a ^= p19_one(p19_one(p19_one(a)));
        if (a) {
            for (p19_int_t i2 = 0, *i2p = &i2; i2 < 3 && p19_one(p19_h2(a, a)); (*i2p)++) {
                struct p19_S st3 = { p19_one(p19_one(p19_h2(a, i2))), (((p19_one(((void) 0, a)) == p19_one(((void) 0, a))) + 0) % 10007), 'k', { ((((p19_h2(a, a) & 255) << (82 & 7)) % 10007) ? p19_h1(p19_h1(a, a), p19_one(a)) : ((void) 0, ((a & 16383) >> (a & 7)))), (p19_one(a) < p19_h1(p19_one(37), i2)), 83 }, { 74, (a ^ p19_one(a)) } };
                st3.in.x ^= (int) (st3.a) & 1023;
                st3.in.x ^= st3.arr[1];
            }
            if (p19_h2(a, a)) {
            } else {
                if ((p19_one(p19_one(a)) != (- a)) != 0) {
                    {
                        goto L1;
                    }
                }
            }
        } else {
            if ((a < 72)) {
                a |= ((p19_one(p19_h1(a, a)) - p19_h1(((64 + 11) % 10007), (((a & 255) << (a & 7)) % 10007))) % 10007);
            } else {
                char s4[] = "cha";
                a ^= (int) ((int) sizeof s4) & 1023;
            }
        }
        switch (p19_one((p19_h1(58, a) == p19_one(a))) & 3) {
        case 1: {
            switch (((((void) 0, p19_one(36)) + (((p19_one(-12) & 255) << (p19_h2(48, a) & 7)) % 10007)) % 10007) & 3) {
            case 2: {
                int m5[][2] = { a, (p19_one(a) | (-15 / (p19_one(a) % 7 + 8))) };
                m5[0][0] ^= (int) ((int) (sizeof m5 / sizeof m5[0])) & 1023;
            }
                /* fallthrough */
            case 0: {
            }
                break;
            default: {
            }
                break;
            }
        }
            /* fallthrough */
        case 0: {
            p19_op_t fp6 = p19_h1;
            a ^= (int) (fp6(7, 8)) & 1023;
        }
            /* fallthrough */
        case 2: {
            int w7 = 0;
            do {
                w7++;
                unsigned u8 = (unsigned) p19_one((((a * a) % 10007) == p19_one(11))) * 2654435761u;
                a ^= (int) (u8) & 1023;
            } while (w7 < 1 && 1);
            if (((- ((w7 & 16383) >> (1 & 7))) != 0) != 0) {
                a ^= ((a ?: w7) < ((w7 * a) % 10007));
                a ^= ((void) 0, (((49 * a) % 10007) % (w7 % 7 + 8)));
            } else {
                int v9 = (w7 < (a / (13 % 7 + 8)));
                a ^= (int) (v9) & 1023;
            }
        }
            break;
        }
    L1:;
    }
    switch (p19_h1((a ?: (39 % (a % 7 + 8))), (a && a)) & 3) { case 3: {
        a = ((a & p19_h2(25, 13)) ?: a);
    } }
    struct p19_S st10 = { (a ? a : (a ?: (a && a))), ((a + 0) % 10007), 'k', { (((((a & 255) << (a & 7)) % 10007) % (p19_h1(a, a) % 7 + 8)) >= 35), (p19_h1(p19_h2(a, a), (a || a)) ? (p19_h2(a, a) == (-18 ^ a)) : (a ?: a)), a }, { (a && (p19_h2(a, a) & p19_h2(a, a))), a } };
    st10.in.x ^= (int) (st10.a) & 1023;
    {
        for (p19_int_t i11 = (a & 1), *i11p = &i11; i11 < 1 && (st10.a < -19); *i11p += p19_one(i11)) {
            a = ((void) 0, p19_h2(((70 & 16383) >> (st10.in.y & 7)), ((int) st10.b && a)));
            st10.in.x &= ((void) 0, (((st10.in.y + (int) st10.b) % 10007) | p19_h1(92, a)));
            int v12 = st10.arr[1];
            st10.in.x ^= (int) (v12) & 1023;
        }
        {
            if (a) {
                int m13[3][3] = { { ((((st10.in.y ? st10.a : a) - a) % 10007) == (- ((void) 0, a))), (p19_h2((29 != st10.in.y), p19_h1(55, 0)) >= st10.a), (((int) st10.b / (p19_h2(5, a) % 7 + 8)) ?: (- ((void) 0, st10.arr[1]))) }, { p19_h2((st10.in.y ^ a), a), ((p19_h1(st10.arr[1], a) ?: (a < (int) st10.b)) & (((88 ^ a) + ((void) 0, st10.in.x)) % 10007)), ((p19_h2(33, st10.arr[1]) ^ ((-5 + (int) st10.b) % 10007)) | ((- st10.arr[1]) & (a >= (int) st10.b))) }, { (st10.arr[1] >= a), (st10.a & (int) st10.b), p19_h2((p19_h2(a, 39) && (a < 70)), ((a & -15) % ((68 != a) % 7 + 8))) } };
                m13[0][0] ^= (int) ((int) (sizeof m13 / sizeof m13[0])) & 1023;
            } else {
            }
        }
    }
    for (int i14 = 0; i14 < 3 && (a < ((void) 0, (- 34))); i14 += p19_one(i14)) {
        _Pragma("GCC diagnostic push")
        _Pragma("GCC diagnostic pop")
    }
    if (p19_h2((p19_h2(-6, 78) ?: p19_h1(st10.arr[1], a)), a)) {
        return ((void) 0, (((a & 16383) >> (st10.a & 7)) ?: (int) st10.b));
    }
    return ((((st10.a ? st10.in.x : st10.in.x) >= st10.in.y) + a) % 10007);
}

int p19_f1(int a) {
    printf("f1.in %d\n", a);
    if ((((void) 0, p19_one(a)) / (((p19_one(a) + (a != 9)) % 10007) % 7 + 8))) {
        if (((p19_one(p19_one(a)) * (p19_one(98) ? (- a) : p19_one(60))) % 10007)) {
            printf("f1.1 %d %d %d\n", (p19_one(a) >= a), ((a - a) % 10007), a);
            a ^= p19_one(52);
        } else {
            a = p19_one(23);
            if (((p19_one((a != 64)) ? (- p19_one(a)) : ((((76 & 255) << (a & 7)) % 10007) ? 82 : p19_one(a))) != 0) != 0) {
                return (- (p19_h2(94, a) == a));
            }
        }
        switch (p19_one(p19_one(p19_one(78))) & 3) {
        case 0: {
            {
                int a2[3] = { p19_one(a), (p19_one(a) & p19_one((a % (85 % 7 + 8)))), a };
                printf("f1.d2 %d %d\n", (int) (sizeof a2 / sizeof a2[0]), a2[2]);
            }
        }
            break;
        }
        {
            int w3 = 0;
            do {
                w3++;
                struct p19_In *cl4 = &(struct p19_In){ ((((- a) + a) % 10007) ?: (p19_one(37) < 29)), ((void) 0, 9) };
                printf("f1.d4 %d\n", cl4->y);
                cl4->y |= ((void) 0, p19_one(p19_one(a)));
                if (p19_one(-6)) {
                    { ac_dt_err = (((47 < a) & 7) + 1); goto catch1; }
                }
            } while (w3 < 2 && 1);
        }
        goto ok1;
        catch1: {
            int e5 = ac_dt_err;
            ac_dt_err = 0;
            printf("f1.c5 %d\n", e5);
            char c6 = (char) ((((a < 13) ? p19_one(p19_h1(39, a)) : p19_h2(e5, a)) & 63) + 32);
            printf("f1.d6 %d\n", c6);
            goto ok1;
        }
        ok1:;
    }
    for (int i7 = ((a < -11) & 1); i7 < 1 && 1; i7++) {
        printf("f1.2 %d\n", a);
        {
            int gb2[64];
            int gn3 = p19_g1_fill(((p19_one(a) + p19_one(a)) % 10007), ((void) 0, p19_one(77)), gb2);
            for (int gi4 = 0; gi4 < gn3; gi4++) {
                int v9 = gb2[gi4];
                printf("f1.g9 %d\n", v9);
                printf("f1.3 %d\n", a);
                if (p19_h2(p19_one(((i7 < -4) ? i7 : a)), ((void) 0, 68))) {
                    {
                        continue;
                    }
                }
            }
            printf("f1.4 %d %d %d\n", a, p19_one(-7), (((- 74) * i7) % 10007));
        }
        {
            {
                if ((a < 60)) {
                    {
                        {
                            printf("f1.f13 %d\n", i7);
                        }
                        continue;
                    }
                }
            }
        }
        if (0) {
            int e11 = 0;
            printf("f1.c11 %d\n", e11);
            if ((((- (i7 >= 65)) * ((i7 < 37) ? (i7 & 12) : (70 == a))) % 10007)) {
                p19_int_t td12 = p19_h2(((-7 & 16383) >> (a & 7)), a);
                printf("f1.d12 %d\n", td12);
                static int sl13 = 9;
                sl13 = (sl13 * 3 + a) % 10007;
                printf("f1.d13 %d\n", sl13);
            } else {
            }
        }
        {
            printf("f1.f13 %d\n", i7);
        }
    }
    {
        int gb6[64];
        int gn7 = p19_g1_fill((a < (a % (a % 7 + 8))), (((a + a) % 10007) || (a < 11)), gb6);
        for (int gi8 = 0; gi8 < gn7; gi8++) {
            int v14 = gb6[gi8];
            printf("f1.g14 %d\n", v14);
            const int k15 = ((((a ? v14 : a) * p19_h1(73, 81)) % 10007) / (42 % 7 + 8));
            printf("f1.d15 %d\n", k15);
        }
        a = ((((((((57 + a) % 10007) ?: 3) + a) % 10007) ?: p19_h1(a, 31)) - a) % 10007);
    }
    for (int i16 = 0; i16 < 1 && a; i16 += p19_one(i16)) {
    }
    return p19_h1((- p19_h1(a, a)), ((92 + ((41 + -19) % 10007)) % 10007));
}

int p19_main(void) {
    printf("main.f1 %d\n", p19_f1(9));
    printf("main.f2 %d\n", p19_f2(18));
    {
        int ht2 = p19_f3(18, 25);
        if (ac_dt_err) goto catch1;
        printf("main.f3 %d\n", ht2);
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
    int gn4 = p19_g2_fill(0, 5, gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v = gb3[gi5];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 19\n");
    p19_main();
    return 0;
}
