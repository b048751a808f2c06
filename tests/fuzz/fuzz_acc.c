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
 * writes it into the output is exercised. Diagnostics go to /dev/null; the
 * error count and limit are reset for each input. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* acc refuses a file with a NUL byte before parsing (source_load) */
    if (memchr(data, 0, size)) return 0;
    size_t variant = size % 8;
    diag_reset();
    diag_max_errors = DIAG_MAX_ERRORS_DEFAULT;
    Options opt = {0};
    opt.line_directives = variant != 7;
    const char *path = variant == 6 ? "fu\"zz\\*/?\?/.ah" : "fu\"zz\\*/?\?/.ac";
    Source *src = source_from_memory(path, (const char *)data, size);
    Buf out = {0};
    int rc = translate_source(src, &opt, "out\"\\.c", &out, NULL, NULL);
    if (rc == 0 && diag_error_count) abort(); /* success with errors reported */
    if (rc != 0 && out.len) abort();           /* output after errors */
    buf_free(&out);
    source_free(src);
    return 0;
}
