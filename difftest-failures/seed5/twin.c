#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 5 */
struct p5_In { int x; int y; };
struct p5_S { int a; long b; char c; int arr[3]; struct p5_In in; };
union p5_U { int i; unsigned u; char bytes[4]; };
typedef int p5_int_t;
typedef struct p5_In p5_in_t;
typedef int (*p5_op_t)(int, int);
int p5_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p5_h2(int a, int b) { return (a - b * 5) % 10007; }
p5_op_t p5_ops[2] = { p5_h1, p5_h2 };
p5_in_t p5_gin = { 3, 4 };
p5_in_t *p5_pick(p5_in_t *p) { return p; }
#define p5_QUIET _Pragma("GCC diagnostic push")
#define p5_QUIET_END _Pragma("GCC diagnostic pop")

int p5_one(int x) {
    return x - x + 1;
}

int p5_g1_fill(int n, int *ybuf);
int p5_f1(int a, int b);
int p5_f2(int a);
int p5_f3(int a, int b);
int p5_f4(int d, int a);
void p5_f5(int a);

int p5_g1_fill(int n, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n;
    ybuf[yn++] = n;
    int y1 = 0;
    n ^= (int) (y1) & 1023;
    y1 &= -3;
    return yn;
}

void p5_f5(int a) {
    printf("f5.in %d\n", a);
    if ((a < -20)) {
        printf("f5.1 %d\n", a);
    }
#ifdef AC_DT_UNDEFINED
    printf("never\n");
#else
    a = (- p5_one(p5_one(a)));
#endif
    printf("f5.2 %d %d %d\n", a, a, p5_one(26));
    int gb1[64];
    int gn2 = p5_g1_fill(a, gb1);
    for (int gi3 = 0; gi3 < gn2; gi3++) {
        int v1 = gb1[gi3];
        printf("f5.g1 %d\n", v1);
    }
    {
        printf("f5.3 %d %d\n", a, a);
        if (p5_one(a)) {
            {
                {
                    printf("f5.f1 %d\n", a);
                    for (p5_int_t i2 = 0, *i2p = &i2; i2 < 2 && 1; (*i2p)++) {
                        printf("f5.4 %d\n", a);
                        if (p5_one((p5_one(61) % (p5_one(-4) % 7 + 8)))) {
                            char s3[] = "a";
                            printf("f5.d3 %d [%s]\n", (int) sizeof s3, s3);
                        } else {
                            printf("f5.5 %d %d\n", p5_one(p5_one(a)), a);
                        }
                    }
                }
                return;
            }
        }
    }
    {
        printf("f5.f1 %d\n", a);
        for (p5_int_t i2 = 0, *i2p = &i2; i2 < 2 && 1; (*i2p)++) {
            printf("f5.4 %d\n", a);
            if (p5_one((p5_one(61) % (p5_one(-4) % 7 + 8)))) {
                char s3[] = "a";
                printf("f5.d3 %d [%s]\n", (int) sizeof s3, s3);
            } else {
                printf("f5.5 %d %d\n", p5_one(p5_one(a)), a);
            }
        }
    }
}

int p5_f4(int d, int a) {
    printf("f4.in %d %d\n", d, a);
    if (d <= 0) {
        printf("f4.base %d\n", a);
        return a;
    }
    {
        char s1[] = {"aefeh"};
        printf("f4.d1 %d [%s]\n", (int) sizeof s1, s1);
#ifndef AC_DT_UNDEFINED
        {
            a |= p5_f4(d - 1, p5_h2(p5_f4(d - 1, 91), p5_one(d)));
        }
        printf("f4.1 %d\n", 54);
#else
        printf("never\n");
#endif
    }
    {
        printf("f4.f2 %d\n", a);
        int w3 = 0;
        while (w3 < 3 && 1) {
            w3++;
            a ^= (p5_h1(d, 41) != a);
        }
    }
    switch ((a < -20) & 3) {
    case 2: {
        p5_f5(a);
        p5_f5((p5_one(a) ?: a));
    }
        break;
    case 1: {
    }
        break;
    }
    printf("f4.2 %d %d %d\n", a, a, p5_one(((a < 56) ? a : a)));
    int v4 = a;
    printf("f4.d4 %d\n", v4);
    char c5 = (char) (((((((16 % (v4 % 7 + 8)) ^ (- -18)) & 255) << ((((p5_h1(v4, v4) & 255) << (p5_one(d) & 7)) % 10007) & 7)) % 10007) & 63) + 32);
    printf("f4.d5 %d\n", c5);
    return p5_h2((- p5_one(d)), 54);
}

int p5_f3(int a, int b) {
    printf("f3.in %d %d\n", a, b);
    {
        int b = p5_one(((void) 0, p5_one(a)));
        printf("f3.1 %d %d\n", (b >= (b % (b % 7 + 8))), b);
        printf("f3.d1 %d\n", b);
    }
    char s2[] = "beabg";
    printf("f3.d2 %d [%s]\n", (int) sizeof s2, s2);
    if (p5_one(p5_one(((int) sizeof s2 % (50 % 7 + 8))))) {
        b = ((p5_one(a) || ((void) 0, b)) / ((((-14 & 255) << (a & 7)) % 10007) % 7 + 8));
        static int sl3 = 7;
        sl3 = (sl3 * 3 + ((p5_one(70) & 16383) >> (p5_one(b) & 7))) % 10007;
        printf("f3.d3 %d\n", sl3);
        if (p5_h1(p5_one(a), ((97 ^ sl3) || (-1 >= a)))) {
            return ((p5_one(p5_one(b)) + (p5_h1(53, b) ^ p5_h2(sl3, 0))) % 10007);
        }
    }
    a |= p5_h2(((32 + (int) sizeof s2) % 10007), 10);
    return a;
}

int p5_f2(int a) {
    char s1[] = "aaeghe";
    a ^= (int) ((int) sizeof s1) & 1023;
    int v3 = (a / (0 % 7 + 8));
    a ^= (int) (v3) & 1023;
    if (p5_one(p5_one(((v3 + 50) % 10007)))) {
        switch (p5_one(a) & 3) { case 2: {
            a = -14;
        } }
    }
    {
        int v3 = p5_one(p5_h1((a ? a : a), (int) sizeof s1));
        int *cl4 = (int[]){ 85, p5_one(p5_h1(((int) sizeof s1 / (v3 % 7 + 8)), p5_one(a))), p5_one(p5_one(v3)) };
        v3 ^= (int) (cl4[1]) & 1023;
        cl4[1] ^= (int) (v3) & 1023;
    }
    for (int i5 = 0; i5 < 1 && (((a && p5_h1(84, 88)) ? p5_one(v3) : (int) sizeof s1) != 0); i5 += p5_one(i5)) {
    }
    int a6[5] = { v3, (int) sizeof s1, p5_h2(((void) 0, (v3 ? 26 : v3)), a), v3, a };
    v3 ^= (int) ((int) (sizeof a6 / sizeof a6[0])) & 1023;
    long l7 = (long) 68 * 100000L;
    v3 ^= (int) (l7) & 1023;
    return ((p5_one((a != a6[1])) + a) % 10007);
}

int p5_f1(int a, int b) {
    printf("f1.in %d %d\n", a, b);
    _Pragma("GCC diagnostic push")
    printf("f1.1 %d %d %d\n", ((b - ((a * b) % 10007)) % 10007), b, a);
    printf("f1.2 %s %d %d\n", __func__, p5_f2(a), a);
    _Pragma("GCC diagnostic pop")
#if 1
    struct p5_In pt1[] = { { b, b } };
    printf("f1.d1 %d %d\n", (int) (sizeof pt1 / sizeof pt1[0]), pt1[0].y);
    {
        int b = (p5_f2(60) != ((pt1[0].y & 39) && pt1[0].x));
        char s3[] = "bh";
        printf("f1.d3 %d [%s]\n", (int) sizeof s3, s3);
        printf("f1.3 %d\n", (p5_f3(-9, pt1[0].x) & pt1[0].y));
        if (b) {
            unsigned u4 = (unsigned) ((a < 89) ? b : 26) * 2654435761u;
            printf("f1.d4 %u\n", u4);
        } else {
            printf("f1.4 %s %d %d %d\n", __func__, -19, b, (p5_one(a) ?: p5_h1(a, 35)));
            printf("f1.5 %s %d %d\n", __func__, pt1[0].x, p5_one((pt1[0].x | b)));
        }
        printf("f1.d4 %d\n", b);
    }
    static int sl5 = 6;
    sl5 = (sl5 * 3 + pt1[0].x) % 10007;
    printf("f1.d5 %d\n", sl5);
#else
    printf("never\n");
#endif
    {
        int a6[2] = { (((((a || b) * ((void) 0, 52)) % 10007) * a) % 10007), ((((b || b) + ((void) 0, a)) % 10007) ^ (p5_h2(a, b) || a)) };
        printf("f1.d6 %d %d\n", (int) (sizeof a6 / sizeof a6[0]), a6[1]);
    }
    if (0) {
        int e7 = 0;
        printf("f1.c7 %d\n", e7);
        char s8[] = {""};
        printf("f1.d8 %d [%s]\n", (int) sizeof s8, s8);
    }
    {
        printf("f1.f8 %d\n", b);
    }
    long l9 = (long) 27 * 100000L;
    printf("f1.d9 %ld\n", l9);
    printf("f1.6 %d %d\n", a, a);
    {
        {
            switch ((((int) (l9 % 10007) ? ((p5_one((int) (l9 % 10007)) & 16383) >> (p5_h1(a, (int) (l9 % 10007)) & 7)) : p5_h1(p5_h2(13, b), a)) != 0) & 3) {
            case 1: {
                long l11 = (long) ((((a < 1) ? p5_one(b) : a) != 0) ? (p5_one((int) (l9 % 10007)) ?: p5_h1(a, (int) (l9 % 10007))) : 49) * 100000L;
                printf("f1.d11 %ld\n", l11);
            }
                /* fallthrough */
            case 3: {
                int m12[][2] = { { p5_one(p5_one(a)), b }, { ((((void) 0, p5_h2(39, a)) + a) % 10007), p5_h2(((((((97 + a) % 10007) ?: a) & 255) << ((a ?: b) & 7)) % 10007), (int) (l9 % 10007)) } };
                printf("f1.d12 %d %d\n", (int) (sizeof m12 / sizeof m12[0]), m12[1][1]);
                const int k13 = (p5_h1(((m12[0][0] < 36) ? m12[1][0] : (int) (l9 % 10007)), ((a < 60) || (((m12[0][1] < -5) + b) % 10007))) ? (- (b & m12[0][0])) : (m12[0][0] == (- (int) (l9 % 10007))));
                printf("f1.d13 %d\n", k13);
            }
                break;
            case 2: {
                printf("f1.7 %d\n", a);
            }
                break;
            }
        }
        if (0) {
            int e14 = 0;
            printf("f1.c14 %d\n", e14);
            {
                int v15 = (b / (63 % 7 + 8));
                printf("f1.d15 %d\n", v15);
            }
            {
                printf("f1.f15 %d\n", a);
                int v16 = e14;
                printf("f1.d16 %d\n", v16);
                a = ((p5_h2(p5_h2(b, a), (int) (l9 % 10007)) - ((59 != a) || v16)) % 10007);
            }
        }
    }
    char s17[] = {""};
    printf("f1.d17 %d [%s]\n", (int) sizeof s17, s17);
    return a;
}

int p5_main(void) {
    printf("main.f1 %d\n", p5_f1(24, 25));
    return 0;
}


int main(void) {
    printf("== seed 5\n");
    p5_main();
    return 0;
}
