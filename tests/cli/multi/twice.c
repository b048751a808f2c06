/* Built into libtwice.a by tests/cli/run.sh: a library for LDLIBS and -l. */
int twice(int x) { return 2 * x; }
