/* full_table.c: tree_sitter_ac(), the generated .ac language (parser_fast.c,
 * tree_sitter_ac_generated) with its whole parse table as one array.
 *
 * The generator writes the first LARGE_STATE_COUNT states as a
 * state x symbol array and the others ("small" states, most of the 2,000)
 * as lists of (action, symbols) groups, which the tree-sitter runtime scans
 * for every table lookup: on .ac sources that scan was 8% of the parse.
 * Here the small states are expanded once per process into rows of the same
 * array, and the language's large_state_count covers every state, so every
 * lookup indexes the array. An entry holds the value the runtime's scan
 * would have returned (the first group listing the symbol; 0, no action,
 * where none does), so the parser takes the same actions and builds the
 * same trees (tests/grammar/same_tree.c).
 *
 * Cost: one allocation of state_count x symbol_count entries (about 1.7 MB)
 * and about 1.4 M instructions, once per process; if the allocation fails,
 * the generated language is used as is. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "tree_sitter/parser.h"

const TSLanguage *tree_sitter_ac_generated(void);
const TSLanguage *tree_sitter_ac(void);

static TSLanguage full_language;
static pthread_once_t full_language_once = PTHREAD_ONCE_INIT;

/* Writes small state `state`'s groups into its row: each symbol gets the
 * value of the first group that lists it, as the runtime's scan finds. */
static void expand_small_state(const TSLanguage *lang, uint32_t state, uint16_t *row) {
  const uint16_t *data =
      &lang->small_parse_table[lang->small_parse_table_map[state - lang->large_state_count]];
  uint16_t group_count = *data++;
  for (uint16_t g = 0; g < group_count; g++) {
    uint16_t value = *data++;
    uint16_t symbol_count = *data++;
    for (uint16_t i = 0; i < symbol_count; i++, data++)
      if (row[*data] == 0) row[*data] = value;
  }
}

static void build_full_language(void) {
  const TSLanguage *lang = tree_sitter_ac_generated();
  size_t symbols = lang->symbol_count;
  uint16_t *table = calloc((size_t)lang->state_count * symbols, sizeof *table);
  if (!table) return; /* full_language stays zero: the generated one is used */
  memcpy(table, lang->parse_table, (size_t)lang->large_state_count * symbols * sizeof *table);
  for (uint32_t state = lang->large_state_count; state < lang->state_count; state++)
    expand_small_state(lang, state, table + state * symbols);
  full_language = *lang;
  full_language.parse_table = table;
  full_language.large_state_count = lang->state_count;
}

const TSLanguage *tree_sitter_ac(void) {
  pthread_once(&full_language_once, build_full_language);
  return full_language.parse_table ? &full_language : tree_sitter_ac_generated();
}
