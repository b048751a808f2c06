/* test_vtime.c: virtual time (ac_loop_new_opts, AC_VIRTUAL_TIME), the clock
 * it gives, ac_loop_stats, and ac_dump_tasks without a loop (issue 14). */
#include <ac.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double t0;
static double fired[4];
static int nfired;

static void record(void *arg) {
    (void)arg;
    if (nfired < 4)
        fired[nfired++] = ac_time() - t0;
}

/* Runs `await ac_sleep(seconds)` as main on l, with two call_later timers. */
static int run_sleep(ac_loop *l, double seconds) {
    ac_loop_set(l);
    nfired = 0;
    t0 = ac_time();
    cr_assert_eq(ac_call_later(3600, record, NULL), 0);
    cr_assert_eq(ac_call_later(60, record, NULL), 0);
    return ac_loop_run(l, ac_sleep(seconds), NULL);
}

Test(vtime, an_option_makes_hours_of_timers_jump) {
    ac_loop_options o = {.virtual_time = 1};
    ac_loop *l = ac_loop_new_opts(&o);
    ac_stats st;

    cr_assert_not_null(l);
    cr_assert_eq(run_sleep(l, 7200), 0);
    /* deadline order, never early; the clock read the jumped time */
    cr_assert_eq(nfired, 2);
    cr_assert(fired[0] >= 60 && fired[0] < 61, "first at %f", fired[0]);
    cr_assert(fired[1] >= 3600 && fired[1] < 3601, "second at %f", fired[1]);
    cr_assert(ac_time() - t0 >= 7200);
    cr_assert_eq(ac_loop_stats(l, &st), 0);
    cr_assert(st.virtual_skew >= 7199, "skew %f", st.virtual_skew);
    cr_assert_eq(st.tasks, 0);
    cr_assert_eq(st.timers, 0);
    cr_assert(st.steps >= 2);
    ac_loop_close(l);
    ac_loop_set(NULL);
}

Test(vtime, the_environment_turns_it_on_and_an_option_off) {
    ac_loop *l;
    ac_loop_options off = {.virtual_time = -1};
    ac_stats st;

    setenv("AC_VIRTUAL_TIME", "1", 1);
    l = ac_loop_new();
    cr_assert_eq(run_sleep(l, 100), 0);
    cr_assert_eq(nfired, 1); /* the 3600 s timer is dropped when the loop closes */
    ac_loop_close(l);
    l = ac_loop_new_opts(&off);
    ac_loop_set(l);
    cr_assert_eq(ac_loop_run(l, ac_sleep(0.001), NULL), 0);
    cr_assert_eq(ac_loop_stats(l, &st), 0);
    cr_assert_eq(st.virtual_skew, 0.0);
    ac_loop_close(l);
    ac_loop_set(NULL);
    unsetenv("AC_VIRTUAL_TIME");
}

Test(vtime, a_zeroed_option_set_is_ac_loop_new) {
    ac_loop_options none;
    ac_loop *l;
    ac_stats st;

    memset(&none, 0, sizeof none);
    l = ac_loop_new_opts(&none);
    cr_assert_not_null(l);
    ac_loop_set(l);
    cr_assert_eq(ac_loop_run(l, ac_sleep(0.001), NULL), 0);
    cr_assert_eq(ac_loop_stats(NULL, &st), 0); /* NULL: the current loop */
    cr_assert_eq(st.virtual_skew, 0.0);
    cr_assert_eq(ac_loop_stats(l, NULL), AC_EINVAL);
    ac_loop_close(l);
    ac_loop_set(NULL);
    l = ac_loop_new_opts(NULL);
    cr_assert_not_null(l);
    ac_loop_close(l);
}

Test(vtime, stats_and_dump_without_a_loop) {
    ac_stats st;
    char *text = NULL;
    size_t len = 0;
    FILE *m;

    ac_loop_set(NULL);
    cr_assert_eq(ac_loop_stats(NULL, &st), AC_EINVAL);
    ac_dump_tasks(NULL); /* nothing to print to: nothing happens */
    m = open_memstream(&text, &len);
    cr_assert_not_null(m);
    ac_dump_tasks(m);
    fclose(m);
    cr_assert_str_eq(text, "ac_dump_tasks: no loop on this thread\n");
    free(text);
}
