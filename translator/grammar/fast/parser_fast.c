/* parser_fast.c: the .ac parser (src/parser.c, as tree-sitter generates it)
 * compiled with cheaper forms of the generated lexer's macros.
 *
 * src/parser.c is left exactly as `tree-sitter generate` writes it; this file
 * includes its header first, replaces two of the header's lexer helpers by
 * equivalent but faster ones, then includes parser.c (whose own #include of
 * the header is then a no-op thanks to the include guard). The translator
 * links this instead of parser.c; editors still get plain src/parser.c.
 * The language function is renamed tree_sitter_ac_generated: full_table.c
 * defines tree_sitter_ac, the same language with a faster parse table.
 *
 * What changes and why it accepts the same tokens:
 * - ADVANCE_MAP(c0, s0, c1, s1, ...) tested the lookahead against each
 *   character in turn (up to 34 pairs, for every character of the input,
 *   whitespace included). It becomes a `switch` over the same characters,
 *   each case going to the same state: the compiler turns it into a jump
 *   table or a short decision tree. The characters are distinct, so "first
 *   match" and "the matching case" are the same; keys are cast to uint16_t
 *   exactly as the original's `static const uint16_t map[]` stored them, and
 *   no match falls through to the code after the macro as before.
 * - set_contains(ranges, n, c), a binary search over up to 765 Unicode
 *   ranges per identifier character, first scans the ranges in order while
 *   they start at or below c when c is ASCII. The ranges are sorted and
 *   disjoint (the binary search relies on that too), so the scan finds c's
 *   range exactly when the search would; it stops after at most the handful
 *   of ASCII ranges. Non-ASCII characters use the original search.
 * tests/grammar/same_tree.c checks that the trees are unchanged. */
#include "tree_sitter/parser.h"
#include "switch_map.h"

#undef ADVANCE_MAP
#define ADVANCE_MAP(...)              \
  {                                   \
    switch (lookahead) {              \
      AC_SWITCH_MAP(__VA_ARGS__)      \
      default:                        \
        break;                        \
    }                                 \
  }

/* set_contains for an ASCII character: the ranges in order, stopping at the
 * first that starts after c (sorted, disjoint ranges). */
static __attribute__((noinline)) bool
ac_ascii_set_contains(const TSCharacterRange *ranges, uint32_t len, int32_t c) {
  for (uint32_t i = 0; i < len && ranges[i].start <= c; i++)
    if (c <= ranges[i].end) return true;
  return false;
}

#define set_contains(ranges, len, c)                                            \
  ((uint32_t)(c) < 0x80 ? ac_ascii_set_contains((ranges), (len), (c))           \
                        : (set_contains)((ranges), (len), (c)))

#define tree_sitter_ac tree_sitter_ac_generated
#include "../src/parser.c"
