/*
 * parse_check: parse Async C (.ac) files with the generated tree-sitter
 * grammar and report every syntax error.
 *
 * Usage:
 *   parse_check [-v] FILE...   report ERROR and MISSING nodes, gcc style:
 *                                FILE:LINE:COL: error: syntax error near 'tok'
 *                                FILE:LINE:COL: error: missing 'X'
 *                              exit 1 if any file has one (or cannot be read),
 *                              0 otherwise. Silent on success unless -v.
 *   parse_check --sexp FILE    print the tree's S-expression (ts_node_string:
 *                              named nodes only); exit 1 if it has errors.
 *   parse_check --sexp-full FILE
 *                              the same, but anonymous tokens are shown too,
 *                              quoted ("yield" "from" ...), so keyword-only
 *                              differences (`yield` vs `yield from`, `for` vs
 *                              `for await`) show up.
 *
 * Build:
 *   cc -std=c11 -O1 -I translator/grammar/src -o parse_check \
 *      tests/grammar/parse_check.c translator/grammar/src/parser.c -ltree-sitter
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_ac(void);

/* The runtime's ts_builtin_sym_error (runtime 0.20 has no ts_node_is_error). */
#define TS_SYMBOL_ERROR ((TSSymbol)-1)

static char *read_file(const char *path, size_t *len_out) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 8192, len = 0;
  char *buf = malloc(cap);
  if (!buf) { fclose(f); return NULL; }
  size_t n;
  while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
    len += n;
    if (len == cap) {
      char *nb = realloc(buf, cap *= 2);
      if (!nb) { free(buf); fclose(f); return NULL; }
      buf = nb;
    }
  }
  bool err = ferror(f);
  fclose(f);
  if (err) { free(buf); return NULL; }
  *len_out = len;
  return buf;
}

/* Print up to 20 bytes of the source starting at byte `start` (stopping at a
 * newline or at `end`), escaping quotes/backslashes. */
static void print_snippet(const char *src, size_t src_len, uint32_t start,
                          uint32_t end) {
  if (end > src_len) end = (uint32_t)src_len;
  if (end <= start) {
    /* Zero-width error: show the token that follows. */
    end = start;
    while (end < src_len && end - start < 20 && src[end] != '\n') end++;
  }
  size_t shown = 0;
  for (uint32_t i = start; i < end && shown < 20; i++, shown++) {
    char c = src[i];
    if (c == '\n' || c == '\r') break;
    if (c == '\'' || c == '\\') putchar('\\');
    putchar(c == '\t' ? ' ' : c);
  }
  if (end - start > shown) fputs("...", stdout);
}

/* Walk the tree; report ERROR and MISSING nodes. Returns the count. */
static int report(const char *path, const char *src, size_t len, TSNode root) {
  int errors = 0;
  TSTreeCursor cur = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    bool descend = ts_node_has_error(n);
    if (ts_node_is_missing(n)) {
      TSPoint p = ts_node_start_point(n);
      printf("%s:%u:%u: error: missing '%s'\n", path, p.row + 1,
             p.column + 1, ts_node_type(n));
      errors++;
    } else if (ts_node_symbol(n) == TS_SYMBOL_ERROR) {
      TSPoint p = ts_node_start_point(n);
      printf("%s:%u:%u: error: syntax error near '", path, p.row + 1,
             p.column + 1);
      print_snippet(src, len, ts_node_start_byte(n), ts_node_end_byte(n));
      printf("'\n");
      errors++;
      /* Still descend: an ERROR may contain MISSING nodes or nested errors. */
    }
    if (descend && ts_tree_cursor_goto_first_child(&cur)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cur)) {
      if (!ts_tree_cursor_goto_parent(&cur)) {
        ts_tree_cursor_delete(&cur);
        return errors;
      }
    }
  }
}

/* Print `node` like ts_node_string, but with anonymous children as "tok". */
static void print_full(TSTreeCursor *cur) {
  TSNode n = ts_tree_cursor_current_node(cur);
  const char *field = ts_tree_cursor_current_field_name(cur);
  if (field) printf("%s: ", field);
  if (ts_node_is_missing(n)) {
    printf(ts_node_is_named(n) ? "(MISSING %s)" : "(MISSING \"%s\")",
           ts_node_type(n));
    return;
  }
  if (!ts_node_is_named(n)) {
    putchar('"');
    for (const char *t = ts_node_type(n); *t; t++) {
      if (*t == '"' || *t == '\\') putchar('\\');
      if (*t == '\n') { fputs("\\n", stdout); continue; }
      putchar(*t);
    }
    putchar('"');
    return;
  }
  printf("(%s", ts_node_type(n));
  if (ts_tree_cursor_goto_first_child(cur)) {
    do {
      putchar(' ');
      print_full(cur);
    } while (ts_tree_cursor_goto_next_sibling(cur));
    ts_tree_cursor_goto_parent(cur);
  }
  putchar(')');
}

static int usage(void) {
  fprintf(stderr, "usage: parse_check [-v] FILE...\n"
                  "       parse_check --sexp FILE\n"
                  "       parse_check --sexp-full FILE\n");
  return 2;
}

int main(int argc, char **argv) {
  bool verbose = false, sexp = false, full = false;
  int first = 1;
  for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
    if (!strcmp(argv[first], "-v")) verbose = true;
    else if (!strcmp(argv[first], "--sexp")) sexp = true;
    else if (!strcmp(argv[first], "--sexp-full")) sexp = full = true;
    else if (!strcmp(argv[first], "--")) { first++; break; }
    else return usage();
  }
  if (first >= argc) return usage();

  TSParser *parser = ts_parser_new();
  if (!ts_parser_set_language(parser, tree_sitter_ac())) {
    fprintf(stderr, "parse_check: incompatible tree-sitter language version\n");
    return 2;
  }

  int status = 0;
  for (int i = first; i < argc; i++) {
    const char *path = argv[i];
    size_t len = 0;
    char *src = read_file(path, &len);
    if (!src) {
      fprintf(stderr, "%s: error: cannot read file\n", path);
      status = 1;
      continue;
    }
    TSTree *tree = ts_parser_parse_string(parser, NULL, src, (uint32_t)len);
    TSNode root = ts_tree_root_node(tree);
    if (sexp && full) {
      TSTreeCursor cur = ts_tree_cursor_new(root);
      print_full(&cur);
      putchar('\n');
      ts_tree_cursor_delete(&cur);
      if (ts_node_has_error(root)) status = 1;
    } else if (sexp) {
      char *s = ts_node_string(root);
      printf("%s\n", s);
      free(s);
      if (ts_node_has_error(root)) status = 1;
    } else {
      int n = report(path, src, len, root);
      if (n) status = 1;
      else if (verbose) printf("%s: ok\n", path);
    }
    ts_tree_delete(tree);
    free(src);
  }
  ts_parser_delete(parser);
  return status;
}
