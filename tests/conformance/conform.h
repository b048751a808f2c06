/*
 * conform.h: the checks of the C conformance programs (tests/conformance).
 *
 * ASSERT(expected, expr) evaluates both as long long and prints one line,
 * "check N: VALUE", so that the translated program and its plain-C twin
 * (twin.h) can be compared line by line; a value that differs from the
 * expected one also prints "FAIL" with both values, and conform_end() then
 * makes the program exit with status 1. The line does not print the text of
 * expr: acc replaces an await inside a macro argument by a temporary before
 * the C preprocessor stringifies it, so #expr differs between the twins.
 * Plain C only: this header is included by the .ac files and passed to the C
 * compiler as it is.
 */
#ifndef CONFORM_H
#define CONFORM_H

#include <stdio.h>

static int conform_checks;
static int conform_failures;

static inline void conform_check(long long expected, long long actual, int line) {
    conform_checks++;
    printf("check %d: %lld\n", conform_checks, actual);
    if (actual != expected) {
        conform_failures++;
        printf("FAIL check %d (line %d): expected %lld, got %lld\n", conform_checks, line,
               expected, actual);
    }
    fflush(stdout); /* a program that hangs still shows how far it got */
}

/* A string compared with strcmp semantics, printed whole. */
static inline void conform_check_str(const char *expected, const char *actual, int line) {
    int same = 1;
    const char *e = expected, *a = actual;
    conform_checks++;
    printf("check %d: \"%s\"\n", conform_checks, actual);
    for (; *e != '\0' || *a != '\0'; e++, a++)
        if (*e != *a) {
            same = 0;
            break;
        }
    if (!same) {
        conform_failures++;
        printf("FAIL check %d (line %d): expected \"%s\"\n", conform_checks, line, expected);
    }
    fflush(stdout);
}

#define ASSERT(expected, expr) conform_check((long long)(expected), (long long)(expr), __LINE__)
#define ASSERT_STR(expected, expr) conform_check_str((expected), (expr), __LINE__)

/* The exit status of main: 0 when every check held. */
static inline int conform_end(const char *file) {
    printf("%s: %d checks, %d failed\n", file, conform_checks, conform_failures);
    return conform_failures != 0;
}

#endif
