/*
 * twin.h: turns a conformance .ac file into its plain-C twin.
 *
 * The runner compiles each tests/conformance/NAME.ac twice: translated by acc,
 * and as plain C with `-x c -include twin.h`, so that the twin is the same
 * program with `async` and `await` removed. Both must print the same lines.
 * The twin never includes the runtime: <ac.h> is blocked by its guard, and the
 * one runtime call the programs use, ac_sleep, is a function that does nothing
 * (an await of ac_sleep(0) only lets other tasks run, and there are none).
 */
#ifndef AC_TWIN_H
#define AC_TWIN_H

#define AC_TWIN 1
#define AC_H 1 /* <ac.h>'s include guard: the twin does not see the runtime */

#define async
#define await

static inline void ac_sleep(double seconds) { (void)seconds; }

#endif
