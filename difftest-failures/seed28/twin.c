#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

int ac_dt_err;

/* seed 28 */
struct p28_In { int x; int y; };
struct p28_S { int a; long b; char c; int arr[3]; struct p28_In in; };
union p28_U { int i; unsigned u; char bytes[4]; };
typedef int p28_int_t;
typedef struct p28_In p28_in_t;
typedef int (*p28_op_t)(int, int);
int p28_h1(int a, int b) { return (a * 3 + b) % 10007; }
int p28_h2(int a, int b) { return (a - b * 5) % 10007; }
p28_op_t p28_ops[2] = { p28_h1, p28_h2 };
p28_in_t p28_gin = { 3, 4 };
p28_in_t *p28_pick(p28_in_t *p) { return p; }
#define p28_QUIET _Pragma("GCC diagnostic push")
#define p28_QUIET_END _Pragma("GCC diagnostic pop")

int p28_one(int x) {
    return x - x + 1;
}

int p28_g1_fill(int n, int b, int *ybuf);
int p28_f1(int a);
int p28_f2(int a);
int p28_f3(int a);

int p28_g1_fill(int n, int b, int *ybuf) {
    int yn = 0;
    ybuf[yn++] = n + b;
    b = 57;
    b = b;
    return yn;
}

int p28_f3(int a) {
    printf("f3.in %d\n", a);
    if (((((((- a) - (a ?: a)) % 10007) & 255) << (a & 7)) % 10007)) {
        { ac_dt_err = ((p28_h2(a, 61) & 7) + 1); goto fn_err; }
    }
    {
        a &= p28_one(-1);
    }
    if (0) {
        int e1 = 0;
        printf("f3.c1 %d\n", e1);
    }
    int w2 = 0;
    do {
        w2++;
        printf("f3.1 %d %d\n", a, a);
        p28_QUIET
        {
            a ^= ((((p28_one(71) & 255) << ((- a) & 7)) % 10007) != a);
            printf("f3.2 %d\n", a);
            if (((p28_one(p28_one(32)) & 16383) >> (p28_one(p28_one(a)) & 7))) {
                { ac_dt_err = (((a == 1) & 7) + 1); goto fn_err; }
            }
        }
        p28_QUIET_END
        printf("f3.3 %s %d %d %d\n", __func__, a, ((void) 0, ((a < 46) ? a : a)), a);
    } while (w2 < 2 && p28_one((a / (p28_one(66) % 7 + 8))));
    return p28_one(-16);
fn_err:
    return 0;
}

int p28_f2(int a) {
    switch ((a < (- 0)) & 3) {
    case 3: {
    }
        /* fallthrough */
    case 0: {
        if (a) {
            return ((((a ^ a) + 56) % 10007) && a);
        }
        if (((-13 & 16383) >> (p28_h1(42, (a && a)) & 7))) {
            int m1[1][2] = { { a, ((a * p28_one((a >= 18))) % 10007) } };
            a ^= (int) ((int) (sizeof m1 / sizeof m1[0])) & 1023;
        }
    }
        break;
    case 1: {
        int w2 = 0;
        do {
            w2++;
            unsigned u3 = (unsigned) -2 * 2654435761u;
            a ^= (int) (u3) & 1023;
        } while (w2 < 3 && p28_one(-10));
        if (p28_one(w2)) {
            {
                break;
            }
        }
    }
        break;
    }
    if (p28_one(a)) {
        _Pragma("GCC diagnostic push")
        {
            a |= p28_one(a);
            a ^= a;
        }
        _Pragma("GCC diagnostic pop")
    } else {
        {
            {
                if ((p28_one((a % (a % 7 + 8))) && (a % (-4 % 7 + 8)))) {
                    return p28_one(p28_one(a));
                }
            }
        }
    }
    a = a;
    char s5[] = "";
    a ^= (int) ((int) sizeof s5) & 1023;
    switch (((int) sizeof s5 ^ p28_one(-20)) & 3) { case 0: {
        a = (- p28_one(p28_one(-18)));
    } }
    _Pragma("GCC diagnostic push")
    a ^= 96;
    char s6[] = "d";
    a ^= (int) ((int) sizeof s6) & 1023;
    _Pragma("GCC diagnostic pop")
    if (p28_one((p28_one(19) % (p28_h2((int) sizeof s5, a) % 7 + 8)))) {
        return (- p28_one(((a < -18) ? (int) sizeof s5 : a)));
    }
    return ((p28_one(p28_one((int) sizeof s6)) + a) % 10007);
}

int p28_f1(int a) {
    printf("f1.in %d\n", a);
    if ((((- ((void) 0, a)) - (- (- a))) % 10007)) {
        return ((p28_f2(a) & 16383) >> (49 & 7));
    }
    {
        {
            int ht3 = p28_f3(10);
            if (ac_dt_err) goto catch2;
            printf("f1.1 %d %d %d\n", (a == ht3), 57, a);
            printf("f1.2 %s %d %d %d\n", __func__, p28_one(2), a, a);
            a |= p28_one(a);
        }
        goto ok2;
        catch2: {
            int e1 = ac_dt_err;
            ac_dt_err = 0;
            printf("f1.c1 %d\n", e1);
            goto ok2;
        }
        ok2:;
    }
    if (0) {
        int e2 = 0;
        printf("f1.c2 %d\n", e2);
        int t3 = p28_one(p28_one(50));
            for (int i5 = 0; i5 < 2 && 1; i5 += p28_one(i5)) {
                printf("f1.3 %d\n", (((e2 * e2) % 10007) ? p28_one(a) : (a == 10)));
                printf("f1.4 %d %d\n", e2, a);
            }
        int r4 = t3;
        printf("f1.t5 %d\n", r4);
    }
    {
        char s6[] = {"fa"};
        printf("f1.d6 %d [%s]\n", (int) sizeof s6, s6);
        if (p28_one((int) sizeof s6)) {
            { ac_dt_err = (((int) sizeof s6 & 7) + 1); goto finerr4; }
        }
        a = a;
    }
    {
        printf("f1.f6 %d\n", a);
    }
    goto end4;
    finerr4: {
        int sv5 = ac_dt_err;
        ac_dt_err = 0;
        printf("f1.f6 %d\n", a);
        ac_dt_err = sv5;
        goto fn_err;
    }
    end4:;
    printf("f1.5 %d %d %d\n", (a != 34), p28_h2(a, a), a);
    printf("f1.6 %d\n", p28_h2(20, 13));
    return p28_h2(a, a);
fn_err:
    return 0;
}

int p28_main(void) {
    {
        int ht2 = p28_f1(3);
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
    int gn4 = p28_g1_fill(2, 5, gb3);
    for (int gi5 = 0; gi5 < gn4; gi5++) {
        int v = gb3[gi5];
        printf("main.g %d\n", v);
    }
    return 0;
}


int main(void) {
    printf("== seed 28\n");
    p28_main();
    return 0;
}
