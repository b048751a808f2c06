/* same_tree: checks that the translator's parser build (translator/grammar/
 * fast/: src/parser.c with faster lexer macros and a full parse table) gives
 * the same trees as src/parser.c compiled as generated.
 *
 *   same_tree FILE...      (or -: read the file names from standard input)
 *
 * Both parsers read each file; the two trees are walked together with tree
 * cursors, every node (named or not, extras, ERROR and MISSING included)
 * compared by symbol, field, byte range and points, flags and child count.
 * Prints each file whose trees differ and "N files, M differ"; exits 1 if
 * any differ. tree_sitter_ac_plain is src/parser.c built with
 * -Dtree_sitter_ac=tree_sitter_ac_plain (tests/CMakeLists.txt). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_ac(void);
const TSLanguage *tree_sitter_ac_plain(void);

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, cap *= 2);
      if (!bigger) { free(buf); buf = NULL; }
      buf = bigger;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

static bool same_point(TSPoint a, TSPoint b) { return a.row == b.row && a.column == b.column; }

/* The two nodes' own properties (not their children). */
static bool same_node(TSNode a, TSNode b) {
  return ts_node_symbol(a) == ts_node_symbol(b) &&
         ts_node_start_byte(a) == ts_node_start_byte(b) &&
         ts_node_end_byte(a) == ts_node_end_byte(b) &&
         same_point(ts_node_start_point(a), ts_node_start_point(b)) &&
         same_point(ts_node_end_point(a), ts_node_end_point(b)) &&
         ts_node_is_named(a) == ts_node_is_named(b) &&
         ts_node_is_missing(a) == ts_node_is_missing(b) &&
         ts_node_is_extra(a) == ts_node_is_extra(b) &&
         ts_node_has_error(a) == ts_node_has_error(b) &&
         ts_node_child_count(a) == ts_node_child_count(b);
}

/* Walks both trees in step (pre-order); false at the first difference, whose
 * byte offset goes to *where. */
static bool same_tree(TSTree *ta, TSTree *tb, uint32_t *where) {
  TSTreeCursor a = ts_tree_cursor_new(ts_tree_root_node(ta));
  TSTreeCursor b = ts_tree_cursor_new(ts_tree_root_node(tb));
  bool same = true;
  for (;;) {
    TSNode na = ts_tree_cursor_current_node(&a), nb = ts_tree_cursor_current_node(&b);
    if (!same_node(na, nb) ||
        ts_tree_cursor_current_field_id(&a) != ts_tree_cursor_current_field_id(&b))
      goto differ;
    bool down_a = ts_tree_cursor_goto_first_child(&a);
    bool down_b = ts_tree_cursor_goto_first_child(&b);
    if (down_a != down_b) goto differ;
    if (down_a) continue;
    for (;;) {
      bool next_a = ts_tree_cursor_goto_next_sibling(&a);
      bool next_b = ts_tree_cursor_goto_next_sibling(&b);
      if (next_a != next_b) goto differ;
      if (next_a) break;
      bool up_a = ts_tree_cursor_goto_parent(&a);
      bool up_b = ts_tree_cursor_goto_parent(&b);
      if (up_a != up_b) goto differ;
      if (!up_a) goto done;
    }
  }
differ:
  *where = ts_node_start_byte(ts_tree_cursor_current_node(&a));
  same = false;
done:
  ts_tree_cursor_delete(&a);
  ts_tree_cursor_delete(&b);
  return same;
}

static TSTree *parse(TSParser *p, const char *text, size_t len) {
  ts_parser_reset(p);
  return ts_parser_parse_string(p, NULL, text, (uint32_t)len);
}

/* 1: the file's trees differ, 0: same, -1: unreadable. */
static int check_file(TSParser *fast, TSParser *plain, const char *path) {
  size_t len;
  char *text = read_file(path, &len);
  if (!text) {
    fprintf(stderr, "same_tree: cannot read %s\n", path);
    return -1;
  }
  TSTree *ta = parse(fast, text, len), *tb = parse(plain, text, len);
  uint32_t where = 0;
  int differ = !same_tree(ta, tb, &where);
  if (differ) printf("DIFFER: %s (first at byte %u)\n", path, where);
  ts_tree_delete(ta);
  ts_tree_delete(tb);
  free(text);
  return differ;
}

int main(int argc, char **argv) {
  TSParser *fast = ts_parser_new(), *plain = ts_parser_new();
  if (!ts_parser_set_language(fast, tree_sitter_ac()) ||
      !ts_parser_set_language(plain, tree_sitter_ac_plain())) {
    fprintf(stderr, "same_tree: language version mismatch\n");
    return 2;
  }
  unsigned files = 0, differ = 0, bad = 0;
  bool from_stdin = argc == 2 && strcmp(argv[1], "-") == 0;
  char line[4096];
  for (int i = 1;; i++) {
    const char *path;
    if (from_stdin) {
      if (!fgets(line, sizeof line, stdin)) break;
      line[strcspn(line, "\n")] = 0;
      if (!line[0]) continue;
      path = line;
    } else {
      if (i >= argc) break;
      path = argv[i];
    }
    int r = check_file(fast, plain, path);
    files++;
    if (r > 0) differ++;
    if (r < 0) bad++;
  }
  printf("%u files, %u differ\n", files, differ);
  ts_parser_delete(fast);
  ts_parser_delete(plain);
  return differ || bad || files == 0 ? 1 : 0;
}
