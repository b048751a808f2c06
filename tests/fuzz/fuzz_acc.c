/* fuzz_acc.c: libFuzzer target for acc: the whole translation of one input
 * (parse, analyse, lower, emit into a buffer), nothing written.
 *
 * Built by -DAC_FUZZ=ON with clang (-fsanitize=fuzzer,address,undefined); run
 * by tests/fuzz/run.sh (a short run in the suite) or by hand:
 *   build-fuzz/translator/fuzz_acc -dict=tests/fuzz/acc.dict CORPUS_DIR samples tests/translate
 *
 * The input's length picks the variant (so the seed corpus stays plain .ac):
 * length % 8 == 6 translates it as an .ah header, == 7 without #line. The file name holds the characters C
 * text must escape (", \, a comment end, a trigraph), so every place that
 * writes it into the output is exercised. The error count and limit are
 * reset for each input.
 *
 * Each .ac input is translated twice, parsed whole and cut into up to three
 * pieces (ACC_PIECES, translator/src/chunk.c): status, output and diagnostics
 * must be the same bytes, or the target aborts. (Lowering in several
 * processes, ACC_JOBS, forks: tests/robustness/pieces.py checks it.) */
#include "acc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    sink = fopen("/dev/null", "w");
    if (getenv("FUZZ_ACC_VERBOSE")) sink = NULL; /* stderr: to read a reproducer's diagnostics */
    diag_set_sink(sink);
    return 0;
}

typedef struct Run {
    int rc;
    Buf out;
    char *diags; /* what was reported (NULL: not kept) */
    size_t ndiags;
} Run;

/* One translation of data, its diagnostics kept when `keep`. */
static Run translate_once(const uint8_t *data, size_t size, size_t variant, const char *pieces, bool keep) {
    Run r = {0};
    setenv("ACC_PIECES", pieces, 1);
    FILE *mem = keep ? open_memstream(&r.diags, &r.ndiags) : NULL;
    diag_set_sink(mem ? mem : sink);
    diag_reset();
    diag_max_errors = DIAG_MAX_ERRORS_DEFAULT;
    Options opt = {0};
    opt.line_directives = variant != 7;
    const char *path = variant == 6 ? "fu\"zz\\*/?\?/.ah" : "fu\"zz\\*/?\?/.ac";
    Source *src = source_from_memory(path, (const char *)data, size);
    r.rc = translate_source(src, &opt, "out\"\\.c", &r.out, NULL, NULL);
    unit_reap();
    if (r.rc == 0 && diag_error_count) abort(); /* success with errors reported */
    if (r.rc != 0 && r.out.len) abort();         /* output after errors */
    source_free(src);
    diag_set_sink(sink);
    if (mem) fclose(mem);
    return r;
}

static bool same_run(const Run *a, const Run *b) {
    return a->rc == b->rc && a->out.len == b->out.len && (!a->out.len || !memcmp(a->out.data, b->out.data, a->out.len)) &&
           a->ndiags == b->ndiags && (!a->ndiags || !memcmp(a->diags, b->diags, a->ndiags));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* acc refuses a file with a NUL byte before parsing (source_load) */
    if (memchr(data, 0, size)) return 0;
    size_t variant = size % 8;
    bool twice = variant != 6; /* headers are never cut */
    Run whole = translate_once(data, size, variant, "1", twice);
    if (twice) {
        Run cut = translate_once(data, size, variant, "3", true);
        if (!same_run(&whole, &cut)) abort(); /* cut into pieces, translated differently */
        buf_free(&cut.out);
        free(cut.diags);
    }
    buf_free(&whole.out);
    free(whole.diags);
    return 0;
}
