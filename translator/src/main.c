/* main.c: the acc command line (getopt_long_only: gcc's spellings, -MD and
 * -Werror as well as --output=FILE).
 *
 *   acc [options] input.ac [-o output.c]       input '-': standard input
 *   acc run [options] file.ac [file.ac|file.c|file.o|file.a]... [--] [args...]
 *   acc trace TRACE.json [-o timeline.html]      (trace_html.c)
 *
 * Exit status: 0, 1 on translation errors (no output is written), 2 on usage or
 * I/O errors. `acc run` exits with the program's own status.
 *
 * Output is all or nothing: the translation is made in memory and written only
 * when it succeeded, through a temporary file renamed over the output (or in
 * one go to standard output with -o -).
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700 /* nftw */
#include "acc.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef AC_VERSION
#define AC_VERSION "0.0"
#endif

/* Every option, in --help's order. */
static void usage(FILE *f) {
    fputs("usage: acc [options] input.ac [-o output.c]\n"
          "       acc run [options] file.ac [file.ac|file.c|file.o|file.a]... [--] [args...]\n"
          "       acc trace TRACE.json [-o timeline.html]   (a trace AC_TRACE wrote, as a page)\n"
          "Translates Async C (.ac -> .c, .ah -> .h); 'acc run' translates, compiles, links\n"
          "with libac and runs the program with args.\n"
          "options:\n"
          "  -o FILE, -oFILE, --output=FILE\n"
          "                  the output (default: the input with .ac -> .c, .ah -> .h;\n"
          "                  standard output when the input is '-'); '-': standard output\n"
          "  -I DIR, -IDIR   search DIR for included .ah headers (after the including\n"
          "                  file's own folder)\n"
          "  -MD             write a make-style depfile (the .ah files included): the -MF\n"
          "                  file, else OUTPUT.d with -o, else INPUT.d (with -o -, -MF\n"
          "                  is needed)\n"
          "  -MF FILE        the depfile's name (writes the depfile)\n"
          "  -MT TARGET      the depfile's target (default: the output's name)\n"
          "  --no-line       leave out #line directives\n"
          "  --frames=FILE   also write the frame layouts of the file's exported async\n"
          "                  functions to FILE, so that other files embed them as they\n"
          "                  do the runtime's (libac's own .ac files are built so)\n"
          "  --libac         the file is a source of libac: it defines async functions\n"
          "                  that ac.h declares\n"
          "  -fmax-errors=N  stop reporting after N errors (default 50; 0: no limit)\n"
          "  -Werror         make warnings errors\n"
          "  -ftime-report   print the time each pass took (to standard error)\n"
          "  --              the end of the options ('acc run': the next '--' ends the\n"
          "                  files, the rest are the program's arguments)\n"
          "  -               as the input: read standard input\n"
          "  -h, --help      print this help\n"
          "  --version       print the version\n"
          "'acc run' options (besides -I, --no-line, -fmax-errors, -Werror):\n"
          "  -l LIB, -L DIR  passed to the link\n"
          "environment for 'acc run': CC (cc), CFLAGS (-O2), LDFLAGS, LDLIBS (libraries\n"
          "after libac, e.g. LDLIBS=-lm)\n",
          f);
}

/* "-" for the input or the output: standard input or output. */
static bool is_std(const char *path) { return path && !strcmp(path, "-"); }

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
    buf_puts(&b, ":");
    if (input) { /* NULL: standard input, no file to depend on */
        buf_puts(&b, " ");
        put_make_path(&b, input);
    }
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

/* Writes all of data to fd; false (errno set) on failure. */
static bool write_all(int fd, const char *data, size_t len) {
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        off += (size_t)w;
    }
    return true;
}

/* An output that exists and is not a regular file (/dev/null, /dev/stdout, a
 * FIFO) is written in place, as cc -o does: renaming a temporary over it
 * would replace the device with a file. */
static bool write_special(const char *path, const char *data, size_t len) {
    int fd = open(path, O_WRONLY | O_TRUNC);
    if (fd < 0 || !write_all(fd, data, len)) {
        diag_fatal("cannot write '%s': %s", path, strerror(errno));
        if (fd >= 0) close(fd);
        return false;
    }
    if (close(fd) != 0) {
        diag_fatal("cannot write '%s': %s", path, strerror(errno));
        return false;
    }
    return true;
}

bool write_file_atomic(const char *path, const char *data, size_t len) {
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) return write_special(path, data, len);
    char *tmp = xprintf("%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        diag_fatal("cannot write '%s': %s", path, strerror(errno));
        free(tmp);
        return false;
    }
    bool ok = write_all(fd, data, len) && fchmod(fd, 0644) == 0;
    ok = close(fd) == 0 && ok;
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
    if (is_std(opt->input) || stat(opt->input, &in) != 0) return false; /* reading it reports why */
    const char *what = NULL, *path = NULL;
    if (!is_std(output) && same_file(output, &in)) what = "output", path = output;
    else if (opt->depfile && same_file(opt->depfile, &in)) what = "depfile", path = opt->depfile;
    if (!what) return false;
    diag_fatal("the %s '%s' is the input file '%s': it would be overwritten", what, path, opt->input);
    return true;
}

/* Standard input, read to its end, as a source named "<stdin>" (gcc's name;
 * its .ah includes are searched from the current folder). */
static Source *load_stdin(void) {
    Buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) buf_put(&b, chunk, n);
    if (ferror(stdin)) {
        diag_fatal("cannot read standard input: %s", strerror(errno));
        buf_free(&b);
        return NULL;
    }
    if (b.len && memchr(b.data, 0, b.len)) {
        diag_fatal("standard input is not text (it contains a NUL byte)");
        buf_free(&b);
        return NULL;
    }
    Source *s = source_from_memory("<stdin>", b.data ? b.data : "", b.len);
    buf_free(&b);
    return s;
}

/* The translation, all at once: a file through write_file_atomic, or standard
 * output in one write once it is complete. */
static bool write_output(const char *path, const char *data, size_t len) {
    if (!is_std(path)) return write_file_atomic(path, data, len);
    fflush(stdout);
    if (!write_all(STDOUT_FILENO, data, len)) {
        diag_fatal("cannot write standard output: %s", strerror(errno));
        return false;
    }
    return true;
}

/* Translates one file. Returns 0, 1 (errors in the input) or 2 (I/O). When
 * headers is not NULL, the .ah files it includes are added to it as pairs
 * (path found, name as written). dep_target: -MT's, or NULL. */
static int translate(const Options *opt, const char *dep_target, Vec *headers) {
    bool std_in = is_std(opt->input);
    char *output = opt->output ? xstrdup(opt->output) : std_in ? xstrdup("-") : default_output(opt->input);
    if (overwrites_input(opt, output)) {
        free(output);
        return 2;
    }
    Source *src = std_in ? load_stdin() : source_load(opt->input);
    if (!src) {
        free(output);
        return 2;
    }
    /* What the generated code's #line directives name: the output, or for
     * standard output the file the input's name suggests. */
    char *line_name = !is_std(output) ? xstrdup(output) : std_in ? xstrdup("<stdout>") : default_output(opt->input);
    Buf out = {0};
    Vec deps = {0}, dep_names = {0};
    time_phase(NULL);
    int rc = translate_source(src, opt, line_name, &out, &deps, &dep_names);
    if (!rc && opt->depfile &&
        !write_depfile(opt->depfile, dep_target ? dep_target : line_name, std_in ? NULL : src->path, &deps))
        rc = 2;
    char *frames = emit_take_frames();
    if (!rc && opt->frames) {
        const char *base = strrchr(src->path, '/');
        char *text = xprintf("/* Generated by acc from %s: the frames of its exported async functions. */\n%s",
                             base ? base + 1 : src->path, frames ? frames : "");
        if (!write_output(opt->frames, text, strlen(text))) rc = 2;
        free(text);
    }
    free(frames);
    if (!rc && !write_output(output, out.data ? out.data : "", out.len)) rc = 2;
    unit_reap(); /* the trees, deleted while the output was written */
    time_phase("write");
    time_report_print();
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
    free(line_name);
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

/* The signals that end a program, passed on to the child acc waits for: a
 * `kill PID` of acc (a service manager, a test script) reaches the program,
 * which exits its own way while acc waits and then removes its temporaries,
 * as `go run` does. One the terminal sent to the whole process group
 * (Ctrl-C: si_code SI_KERNEL) has reached the child already. */
static const int forwarded_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
enum { NFORWARDED = sizeof forwarded_signals / sizeof *forwarded_signals };
static volatile sig_atomic_t child_pid;

static void forward_signal(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    if (child_pid > 0 && (info == NULL || info->si_code != SI_KERNEL)) kill((pid_t)child_pid, sig);
}

/* Runs argv; its exit status, 128 + N when signal N ended it, -1 when it
 * could not be started. */
static int run_child(char **argv) {
    fflush(stdout);
    sigset_t block, old_mask;
    sigemptyset(&block);
    for (int i = 0; i < NFORWARDED; i++) sigaddset(&block, forwarded_signals[i]);
    sigprocmask(SIG_BLOCK, &block, &old_mask); /* none lost between fork and child_pid */
    struct sigaction fwd = {.sa_sigaction = forward_signal, .sa_flags = SA_SIGINFO | SA_RESTART}, old[NFORWARDED];
    sigemptyset(&fwd.sa_mask);
    for (int i = 0; i < NFORWARDED; i++) sigaction(forwarded_signals[i], &fwd, &old[i]);
    pid_t pid = fork();
    if (pid == 0) { /* the program: the default actions (exec keeps ignored ones), no mask */
        for (int i = 0; i < NFORWARDED; i++) sigaction(forwarded_signals[i], &old[i], NULL);
        sigprocmask(SIG_SETMASK, &old_mask, NULL);
        execvp(argv[0], argv);
        fprintf(stderr, "acc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    child_pid = pid > 0 ? pid : 0;
    sigprocmask(SIG_SETMASK, &old_mask, NULL);
    int status = 0, rc = -1;
    if (pid > 0) {
        pid_t w;
        while ((w = waitpid(pid, &status, 0)) < 0 && errno == EINTR) continue;
        if (w == pid)
            rc = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
    }
    child_pid = 0;
    for (int i = 0; i < NFORWARDED; i++) sigaction(forwarded_signals[i], &old[i], NULL);
    return rc;
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

/* Removes the temporary tree of `acc run` (nftw, deepest first). */
static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

static bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

/* The files of `acc run`: .ac files to translate ('-': standard input) and
 * what the C compiler takes as is. */
static bool is_ac_file(const char *a) { return is_std(a) || has_suffix(a, ".ac"); }
static bool is_program_file(const char *a) {
    return is_ac_file(a) || has_suffix(a, ".c") || has_suffix(a, ".o") || has_suffix(a, ".a") ||
           has_suffix(a, ".so");
}

/* Translates input (the k-th .ac file) into dir/k/NAME.c, and the .ah headers
 * it includes into .h files beside it at the names the #include lines give.
 * Returns 0, 1 or 2 as translate() does; *cfile is the .c file's path. */
static int translate_for_run(const Options *base, const char *input, const char *dir, int k,
                             char **cfile) {
    char *sub = xprintf("%s/%d", dir, k);
    mkdir(sub, 0700);
    const char *name = is_std(input) ? "stdin.ac" : strrchr(input, '/') ? strrchr(input, '/') + 1 : input;
    size_t len = strlen(name);
    *cfile = xprintf("%s/%.*s.c", sub, (int)(has_suffix(name, ".ac") ? len - 3 : len), name);
    Options opt = *base;
    opt.input = input;
    opt.output = *cfile;
    opt.depfile = NULL;
    Vec headers = {0};
    int rc = translate(&opt, NULL, &headers);
    for (int h = 0; h < headers.len; h += 2) {
        const char *hname = headers.items[h + 1];
        size_t hlen = strlen(hname);
        char *out = xprintf("%s/%.*s.h", sub, (int)(hlen - 3), hname);
        for (char *sl = strchr(out + strlen(sub) + 1, '/'); sl; sl = strchr(sl + 1, '/')) {
            *sl = 0;
            mkdir(out, 0700);
            *sl = '/';
        }
        Options ho = *base;
        ho.input = headers.items[h];
        ho.output = out;
        ho.depfile = NULL;
        if (!rc) rc = translate(&ho, NULL, NULL);
        free(out);
    }
    for (int h = 0; h < headers.len; h++) free(headers.items[h]);
    vec_free(&headers);
    free(sub);
    return rc;
}

/* cc CFLAGS -I<runtime> -I<each input's folder> -I... FILES -o EXE LDFLAGS
 * libac.a LINK LDLIBS <libuv>; the command's status. */
static int compile_program(const Options *opt, const Vec *inputs, const Vec *cfiles, const Vec *link,
                           const char *exe) {
    char *inc, *lib;
    runtime_paths(&inc, &lib);
    Vec cc = {0};
    const char *ccname = getenv("CC");
    push_words(&cc, ccname && *ccname ? ccname : "cc");
    const char *cflags = getenv("CFLAGS");
    push_words(&cc, cflags ? cflags : "-O2");
    push_words(&cc, AC_RUN_FLAGS); /* those libac was built with (a sanitized build) */
    vec_push(&cc, xprintf("-I%s", inc));
    for (int i = 0; i < inputs->len; i++) {
        const char *in = inputs->items[i];
        const char *sl = strrchr(in, '/');
        if (sl) vec_push(&cc, xprintf("-I%.*s", (int)(sl - in), in));
    }
    for (int i = 0; i < opt->include_dirs.len; i++)
        vec_push(&cc, xprintf("-I%s", (char *)opt->include_dirs.items[i]));
    for (int i = 0; i < cfiles->len; i++) vec_push(&cc, xstrdup(cfiles->items[i]));
    vec_push(&cc, xstrdup("-o"));
    vec_push(&cc, xstrdup(exe));
    push_words(&cc, getenv("LDFLAGS"));
    vec_push(&cc, xprintf("%s/libac.a", lib));
    for (int i = 0; i < link->len; i++) vec_push(&cc, xstrdup(link->items[i]));
    push_words(&cc, getenv("LDLIBS"));
    push_words(&cc, AC_UV_LIBS);
    vec_push(&cc, NULL);
    int crc = run_child((char **)cc.items);
    for (int i = 0; i < cc.len; i++) free(cc.items[i]);
    vec_free(&cc);
    free(inc);
    free(lib);
    return crc;
}

/* acc run: every .ac of inputs translated into a temporary folder, compiled
 * with the other files, linked and run with args; the folder is removed. */
static int run_program(const Options *opt, const Vec *inputs, const Vec *link, int argc, char **argv) {
    /* In $TMPDIR when it is set, as gcc and mktemp(1) do, else /tmp. */
    const char *tmpdir = getenv("TMPDIR");
    if (!tmpdir || !*tmpdir) tmpdir = "/tmp";
    char *tmpl = xprintf("%s/acc-run-XXXXXX", tmpdir);
    if (!mkdtemp(tmpl)) {
        diag_fatal("cannot make a temporary directory in %s: %s", tmpdir, strerror(errno));
        free(tmpl);
        return 2;
    }
    Vec cfiles = {0};
    int rc = 0;
    for (int i = 0; i < inputs->len && rc == 0; i++) {
        const char *in = inputs->items[i];
        if (!is_ac_file(in)) {
            vec_push(&cfiles, xstrdup(in));
            continue;
        }
        char *cfile;
        rc = translate_for_run(opt, in, tmpl, i, &cfile);
        vec_push(&cfiles, cfile);
    }
    char *exe = xprintf("%s/a.out", tmpl);
    if (rc == 0) {
        int crc = compile_program(opt, inputs, &cfiles, link, exe);
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
    for (int i = 0; i < cfiles.len; i++) free(cfiles.items[i]);
    vec_free(&cfiles);
    free(exe);
    nftw(tmpl, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(tmpl);
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

/* ---- the options --------------------------------------------------------- */

enum { OPT_MD = 256, OPT_MF, OPT_MT, OPT_NO_LINE, OPT_MAX_ERRORS, OPT_WERROR, OPT_VERSION, OPT_TIME_REPORT, OPT_FRAMES, OPT_LIBAC };

/* getopt_long_only: a single dash takes long options too (-MD, -MF, -Werror,
 * -fmax-errors=N, as gcc spells them); one that names no long option is read
 * as short options (-oFILE, -IDIR, -lm). */
static const struct option long_options[] = {
    {"output", required_argument, NULL, 'o'},
    {"MD", no_argument, NULL, OPT_MD},
    {"MF", required_argument, NULL, OPT_MF},
    {"MT", required_argument, NULL, OPT_MT},
    {"no-line", no_argument, NULL, OPT_NO_LINE},
    {"frames", required_argument, NULL, OPT_FRAMES},
    {"libac", no_argument, NULL, OPT_LIBAC},
    {"fmax-errors", required_argument, NULL, OPT_MAX_ERRORS},
    {"Werror", no_argument, NULL, OPT_WERROR},
    {"ftime-report", no_argument, NULL, OPT_TIME_REPORT},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {NULL, 0, NULL, 0},
};

typedef struct Command {
    Options opt;
    bool run, md;
    const char *dep_target; /* -MT */
    Vec link;               /* acc run: -l and -L, as cc takes them */
    int status;             /* -1: go on; else exit with it (--help, --version, errors) */
} Command;

static int usage_error(const char *fmt, const char *arg) {
    fputs("acc: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" ('acc --help' lists the options)\n", stderr);
    return 2;
}

/* One option of getopt's; sets cmd->status to stop. */
static void take_option(Command *cmd, int c, char **argv) {
    Options *opt = &cmd->opt;
    switch (c) {
    case 'o':
        if (cmd->run) cmd->status = usage_error("%s: 'acc run' writes no output file", "-o");
        else opt->output = optarg;
        break;
    case 'I': vec_push(&opt->include_dirs, optarg); break;
    case 'l': vec_push(&cmd->link, xprintf("-l%s", optarg)); break;
    case 'L': vec_push(&cmd->link, xprintf("-L%s", optarg)); break;
    case OPT_MD: cmd->md = true; break;
    case OPT_MF: opt->depfile = optarg; break;
    case OPT_MT: cmd->dep_target = optarg; break;
    case OPT_NO_LINE: opt->line_directives = false; break;
    case OPT_FRAMES: opt->frames = optarg; break;
    case OPT_LIBAC: opt->libac = true; break;
    case OPT_WERROR: diag_werror = true; break;
    case OPT_TIME_REPORT: time_report = true; break;
    case OPT_MAX_ERRORS:
        if (!parse_count(optarg, &diag_max_errors))
            cmd->status = usage_error("-fmax-errors=%s: not a count", optarg);
        break;
    case OPT_VERSION:
        printf("acc %s\n", AC_VERSION);
        cmd->status = 0;
        break;
    case 'h':
        usage(stdout);
        cmd->status = 0;
        break;
    case ':': cmd->status = usage_error("option '%s' needs an argument", argv[optind - 1]); break;
    default: cmd->status = usage_error("unknown option '%s'", argv[optind - 1]); break;
    }
}

/* The depfile of -MD: the -MF file, else OUTPUT.d. Returns false (usage
 * error) when there is no file name to make it from. */
static bool settle_depfile(Command *cmd, char **made) {
    Options *opt = &cmd->opt;
    if (!cmd->md || opt->depfile) return true;
    const char *o = opt->output ? opt->output : opt->input;
    if (is_std(o)) return false;
    *made = xprintf("%s.d", o);
    opt->depfile = *made;
    return true;
}

int trace_main(int argc, char **argv); /* trace_html.c: acc trace */

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "trace")) return trace_main(argc - 1, argv + 1);
    Command cmd = {.status = -1};
    cmd.opt.line_directives = true;
    cmd.run = argc > 1 && !strcmp(argv[1], "run");
    int first = cmd.run ? 1 : 0; /* getopt skips argv[first] as the program name */
    /* acc run: '+' stops at the first file, so the program's own options
     * after it reach the program */
    const char *shorts = cmd.run ? "+:o:I:l:L:h" : ":o:I:h";
    opterr = 0;
    int c;
    while (cmd.status < 0 && (c = getopt_long_only(argc - first, argv + first, shorts, long_options, NULL)) != -1)
        take_option(&cmd, c, argv + first);
    if (cmd.status >= 0) {
        vec_free(&cmd.opt.include_dirs);
        for (int i = 0; i < cmd.link.len; i++) free(cmd.link.items[i]);
        vec_free(&cmd.link);
        return cmd.status;
    }
    int i = first + optind;
    Vec inputs = {0};
    int rc;
    char *dep = NULL;
    if (cmd.run) {
        while (i < argc && is_program_file(argv[i])) vec_push(&inputs, argv[i++]);
        if (i < argc && !strcmp(argv[i], "--")) i++;
        if (!inputs.len) {
            rc = usage_error("%s: no file to run (.ac, .c, .o, .a)", "acc run");
        } else {
            cmd.opt.input = inputs.items[0];
            rc = run_program(&cmd.opt, &inputs, &cmd.link, argc - i, argv + i);
        }
    } else if (i >= argc) {
        usage(stderr);
        rc = 2;
    } else if (i + 1 < argc) {
        rc = usage_error("more than one input file ('%s')", argv[i + 1]);
    } else {
        cmd.opt.input = argv[i];
        if (!settle_depfile(&cmd, &dep))
            rc = usage_error("%s: the output is standard output: name the depfile with -MF", "-MD");
        else {
            unit_keep_trees = true; /* the one translation of this process: its end frees them */
            rc = translate(&cmd.opt, cmd.dep_target, NULL);
        }
    }
    free(dep);
    vec_free(&inputs);
    vec_free(&cmd.opt.include_dirs);
    for (int k = 0; k < cmd.link.len; k++) free(cmd.link.items[k]);
    vec_free(&cmd.link);
    return rc;
}
