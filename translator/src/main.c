/* main.c: the acc command line.
 *
 *   acc [-I dir]... [-MD] [-MF depfile] [--no-line] [-fmax-errors=N] input.ac [-o output.c]
 *   acc run [-I dir]... file.ac [args...]
 *
 * Exit status: 0, 1 on translation errors (no output is written), 2 on usage or
 * I/O errors. `acc run` exits with the program's own status.
 */
#include "acc.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef AC_VERSION
#define AC_VERSION "0.0"
#endif

static void usage(FILE *f) {
    fputs("usage: acc [options] input.ac [-o output.c]\n"
          "       acc run [options] file.ac [args...]\n"
          "options:\n"
          "  -o FILE      output file (default: input with .ac -> .c, .ah -> .h)\n"
          "  -I DIR       search DIR for included .ah headers\n"
          "  -MD          write a make-style depfile: OUTPUT.d, or the -MF file\n"
          "  -MF FILE     the depfile's name\n"
          "  --no-line    leave out #line directives\n"
          "  -fmax-errors=N  stop reporting after N errors (default 50; 0: no limit)\n"
          "  --version    print the version\n"
          "environment for 'acc run': CC (cc), CFLAGS (-O2), LDFLAGS\n",
          f);
}

static char *default_output(const char *in) {
    size_t n = strlen(in);
    if (n > 3 && !strcmp(in + n - 3, ".ac")) return xprintf("%.*s.c", (int)(n - 3), in);
    if (n > 3 && !strcmp(in + n - 3, ".ah")) return xprintf("%.*s.h", (int)(n - 3), in);
    return xprintf("%s.c", in);
}

/* A path as make reads it: blanks and '#' escaped with '\\', '$' doubled. */
static void put_make_path(Buf *b, const char *path) {
    for (const char *c = path; *c; c++) {
        if (*c == ' ' || *c == '\t' || *c == '#') buf_puts(b, "\\");
        if (*c == '$') buf_puts(b, "$");
        buf_put(b, c, 1);
    }
}

static bool write_depfile(const char *path, const char *target, const char *input, const Vec *deps) {
    Buf b = {0};
    put_make_path(&b, target);
    buf_puts(&b, ": ");
    put_make_path(&b, input);
    for (int i = 0; i < deps->len; i++) {
        buf_puts(&b, " \\\n  ");
        put_make_path(&b, deps->items[i]);
    }
    buf_puts(&b, "\n");
    for (int i = 0; i < deps->len; i++) {
        put_make_path(&b, deps->items[i]);
        buf_puts(&b, ":\n");
    }
    bool ok = write_file_atomic(path, b.data, b.len);
    buf_free(&b);
    return ok;
}

bool write_file_atomic(const char *path, const char *data, size_t len) {
    char *tmp = xprintf("%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        diag_fatal("cannot write '%s': %s", path, strerror(errno));
        free(tmp);
        return false;
    }
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            break;
        }
        off += (size_t)w;
    }
    bool ok = off == len && close(fd) == 0;
    if (ok) fchmod(fd, 0644), chmod(tmp, 0644);
    if (!ok || rename(tmp, path) != 0) {
        diag_fatal("cannot write '%s': %s", path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return false;
    }
    free(tmp);
    return true;
}

/* Is path the file src (the same inode, through whatever name)? */
static bool same_file(const char *path, const struct stat *src) {
    struct stat st;
    return stat(path, &st) == 0 && st.st_dev == src->st_dev && st.st_ino == src->st_ino;
}

/* Writing the output (or the depfile) over the input would lose the source. */
static bool overwrites_input(const Options *opt, const char *output) {
    struct stat in;
    if (stat(opt->input, &in) != 0) return false; /* reading it reports why */
    const char *what = NULL, *path = NULL;
    if (same_file(output, &in)) what = "output", path = output;
    else if (opt->depfile && same_file(opt->depfile, &in)) what = "depfile", path = opt->depfile;
    if (!what) return false;
    diag_fatal("the %s '%s' is the input file '%s': it would be overwritten", what, path, opt->input);
    return true;
}

/* Translates one file. Returns 0, 1 (errors in the input) or 2 (I/O). When
 * headers is not NULL, the .ah files it includes are added to it as pairs
 * (path found, name as written). */
static int translate(const Options *opt, Vec *headers) {
    char *output = opt->output ? xstrdup(opt->output) : default_output(opt->input);
    if (overwrites_input(opt, output)) {
        free(output);
        return 2;
    }
    Source *src = source_load(opt->input);
    if (!src) {
        free(output);
        return 2;
    }
    Buf out = {0};
    Vec deps = {0}, dep_names = {0};
    int rc = translate_source(src, opt, output, &out, &deps, &dep_names);
    if (!rc && !write_file_atomic(output, out.data ? out.data : "", out.len)) rc = 2;
    if (!rc && opt->depfile && !write_depfile(opt->depfile, output, src->path, &deps)) rc = 2;
    for (int i = 0; i < deps.len; i++) {
        if (headers && !rc) {
            vec_push(headers, deps.items[i]);
            vec_push(headers, dep_names.items[i]);
        } else {
            free(deps.items[i]);
            free(dep_names.items[i]);
        }
    }
    vec_free(&deps);
    vec_free(&dep_names);
    buf_free(&out);
    free(output);
    source_free(src);
    return rc;
}

/* ---- acc run ------------------------------------------------------------ */

/* Where the runtime's header and library are: next to the build tree this acc
 * was built in, or under the prefix it is installed in (bin/../include, lib). */
static void runtime_paths(char **inc, char **lib) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
#ifdef AC_BUILD_BIN_DIR
    char *dir = xstrdup(exe);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    char real_build[PATH_MAX];
    if (realpath(AC_BUILD_BIN_DIR, real_build) && !strcmp(real_build, dir)) {
        *inc = xstrdup(AC_BUILD_INCLUDE_DIR);
        *lib = xstrdup(AC_BUILD_LIB_DIR);
        free(dir);
        return;
    }
    free(dir);
#endif
    char *last = strrchr(exe, '/');
    if (last) *last = 0;
    *inc = xprintf("%s/../include", exe);
    *lib = xprintf("%s/../" AC_INSTALL_LIBDIR_NAME, exe);
}

static int run_child(char **argv) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "acc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 1;
}

/* Splits a flags string on blanks into argv entries. */
static void push_words(Vec *v, const char *s) {
    while (s && *s) {
        while (*s == ' ' || *s == '\t') s++;
        const char *e = s;
        while (*e && *e != ' ' && *e != '\t') e++;
        if (e > s) vec_push(v, xstrndup(s, (size_t)(e - s)));
        s = e;
    }
}

static int run_program(Options *opt, int argc, char **argv) {
    char tmpl[] = "/tmp/acc-run-XXXXXX";
    if (!mkdtemp(tmpl)) {
        diag_fatal("cannot make a temporary directory: %s", strerror(errno));
        return 2;
    }
    const char *base = strrchr(opt->input, '/');
    base = base ? base + 1 : opt->input;
    char *cfile = xprintf("%s/%.*s.c", tmpl, (int)(strlen(base) > 3 ? strlen(base) - 3 : strlen(base)), base);
    char *exe = xprintf("%s/a.out", tmpl);
    opt->output = cfile;
    Vec headers = {0};
    int rc = translate(opt, &headers);
    /* The .ah headers it includes become .h files beside the .c file, at the
     * names the #include lines give. */
    Vec made = {0};
    for (int k = 0; rc == 0 && k < headers.len; k += 2) {
        const char *name = headers.items[k + 1];
        size_t len = strlen(name);
        char *out = xprintf("%s/%.*s.h", tmpl, (int)(len - 3), name);
        for (char *sl = strchr(out + strlen(tmpl) + 1, '/'); sl; sl = strchr(sl + 1, '/')) {
            *sl = 0;
            if (mkdir(out, 0700) == 0) vec_push(&made, xstrdup(out));
            *sl = '/';
        }
        Options ho = *opt;
        ho.input = headers.items[k];
        ho.output = out;
        ho.depfile = NULL;
        rc = translate(&ho, NULL);
        vec_push(&made, out);
    }
    if (rc == 0) {
        char *inc, *lib;
        runtime_paths(&inc, &lib);
        Vec cc = {0};
        const char *ccname = getenv("CC");
        push_words(&cc, ccname && *ccname ? ccname : "cc");
        const char *cflags = getenv("CFLAGS");
        push_words(&cc, cflags ? cflags : "-O2");
        vec_push(&cc, xprintf("-I%s", inc));
        char *dir = xstrdup(opt->input);
        char *sl = strrchr(dir, '/');
        if (sl) {
            *sl = 0;
            vec_push(&cc, xprintf("-I%s", dir));
        }
        free(dir);
        for (int i = 0; i < opt->include_dirs.len; i++)
            vec_push(&cc, xprintf("-I%s", (char *)opt->include_dirs.items[i]));
        vec_push(&cc, xstrdup(cfile));
        vec_push(&cc, xstrdup("-o"));
        vec_push(&cc, xstrdup(exe));
        push_words(&cc, getenv("LDFLAGS"));
        vec_push(&cc, xprintf("%s/libac.a", lib));
        push_words(&cc, AC_UV_LIBS);
        vec_push(&cc, NULL);
        int crc = run_child((char **)cc.items);
        for (int i = 0; i < cc.len; i++) free(cc.items[i]);
        vec_free(&cc);
        free(inc);
        free(lib);
        if (crc != 0) {
            fprintf(stderr, "acc: error: the C compiler failed (status %d)\n", crc);
            rc = 1;
        } else {
            Vec av = {0};
            vec_push(&av, exe);
            for (int i = 0; i < argc; i++) vec_push(&av, argv[i]);
            vec_push(&av, NULL);
            rc = run_child((char **)av.items);
            vec_free(&av);
            if (rc < 0) rc = 1;
        }
    }
    for (int k = made.len - 1; k >= 0; k--) {
        if (unlink(made.items[k]) != 0) rmdir(made.items[k]);
        free(made.items[k]);
    }
    vec_free(&made);
    for (int k = 0; k < headers.len; k++) free(headers.items[k]);
    vec_free(&headers);
    unlink(exe);
    unlink(cfile);
    rmdir(tmpl);
    free(cfile);
    free(exe);
    return rc;
}

/* A non-negative decimal count. */
static bool parse_count(const char *s, int *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno || v < 0 || v > INT_MAX) return false;
    *out = (int)v;
    return true;
}

int main(int argc, char **argv) {
    Options opt = {0};
    opt.line_directives = true;
    bool run = argc > 1 && !strcmp(argv[1], "run");
    bool md = false;
    int i = run ? 2 : 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-o") && i + 1 < argc && !run) opt.output = argv[++i];
        else if (!strcmp(a, "-I") && i + 1 < argc) vec_push(&opt.include_dirs, argv[++i]);
        else if (!strncmp(a, "-I", 2) && a[2]) vec_push(&opt.include_dirs, (char *)a + 2);
        else if (!strcmp(a, "-MD")) md = true;
        else if (!strcmp(a, "-MF") && i + 1 < argc) opt.depfile = argv[++i];
        else if (!strcmp(a, "--no-line")) opt.line_directives = false;
        else if (!strncmp(a, "-fmax-errors=", 13) && parse_count(a + 13, &diag_max_errors)) continue;
        else if (!strcmp(a, "--version")) {
            printf("acc %s\n", AC_VERSION);
            return 0;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "acc: error: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else if (!opt.input) {
            opt.input = a;
            if (run) {
                i++;
                break;
            }
        } else {
            fprintf(stderr, "acc: error: more than one input file ('%s')\n", a);
            return 2;
        }
    }
    if (!opt.input) {
        usage(stderr);
        return 2;
    }
    char *dep = NULL;
    if (md && !opt.depfile) {
        const char *o = opt.output ? opt.output : opt.input;
        dep = xprintf("%s.d", o);
        opt.depfile = dep;
    }
    int rc = run ? run_program(&opt, argc - i, argv + i) : translate(&opt, NULL);
    free(dep);
    vec_free(&opt.include_dirs);
    return rc;
}

