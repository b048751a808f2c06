/**
 * @file Async C (.ac) grammar for tree-sitter.
 *
 * Async C is C17 plus async/await/yield/try/catch/finally/throw (see the
 * project's dialect spec). This grammar extends tree-sitter-c (pinned in
 * package.json) the way tree-sitter-cpp does: every C rule is inherited
 * unchanged except the ones below, which are new, extend C's rule, or (call
 * arguments, struct bit-fields, _Thread_local) accept more than C's does.
 *
 * Keywords: async, await, yield, try, catch, finally, throw (and `from`
 * after `yield`) are keywords wherever the grammar accepts them. The
 * tree-sitter 0.22 CLI has no reserved-word sets, so where no keyword fits
 * (e.g. `int await = 1;`) the word still lexes as an identifier, as
 * tree-sitter-c does with `int if = 1;`: the translator must reject
 * identifiers spelled like the reserved words.
 *
 * Regenerate src/ with ./regenerate.sh (tree-sitter CLI 0.22, ABI 14).
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

const C = require('tree-sitter-c/grammar');

// Precedences copied from tree-sitter-c's PREC table (not exported by it).
const PREC = {
  ASSIGNMENT: -2,
  UNARY: 14,
  CALL: 15,
};

/**
 * One or more `rule`s separated by commas (as in tree-sitter-c).
 * @param {RuleOrLiteral} rule
 */
function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}

/**
 * Zero or more `rule`s separated by commas (as in tree-sitter-c).
 * @param {RuleOrLiteral} rule
 */
function commaSep(rule) {
  return optional(seq(rule, repeat(seq(',', rule))));
}

module.exports = grammar(C, {
  name: 'ac',

  // No conflicts are declared beyond those inherited from tree-sitter-c:
  // every new construct starts with a keyword of its own, so LR(1) plus
  // precedence decides everything.

  rules: {
    // `async` is a declaration specifier like `static` or `inline`: it may
    // appear wherever C allows a storage class, in any order with the others
    // (`static async int f(void)`, `async ac_gen(int) g(void)`).
    _declaration_modifiers: ($, original) => choice(
      original,
      $.async_specifier,
    ),

    // The `async` keyword itself, as a named node.
    async_specifier: _ => 'async',

    // C11's `_Thread_local` spelling, which tree-sitter-c lacks (it has
    // `thread_local` and `__thread`).
    storage_class_specifier: (_, original) => choice(
      original,
      '_Thread_local',
    ),

    // C99's complex and imaginary types (`double _Complex z`, `_Complex
    // double w`, `float _Imaginary`): `_Complex` combines with a type
    // specifier in any order, like a qualifier, so it is read as one (a
    // type_qualifier whose text is `_Complex`). The <complex.h> spelling
    // `complex` is a macro, not a keyword, and stays an identifier.
    type_qualifier: (_, original) => choice(
      original,
      '_Complex',
      '_Imaginary',
    ),

    // C11's `_Atomic(T)` type specifier (6.7.2.4) and GNU/C23's typeof:
    // `typeof(x + 1)`, `__typeof__(int *)`, `typeof_unqual(v)`.
    type_specifier: ($, original) => choice(
      original,
      $.atomic_type_specifier,
      $.typeof_specifier,
    ),

    // `_Atomic ( type-name )`: C11 6.7.2.4p4, an `_Atomic` followed by `(`
    // is this specifier, never the qualifier.
    atomic_type_specifier: $ => prec(1, seq(
      '_Atomic',
      '(',
      field('type', $.type_descriptor),
      ')',
    )),

    // `typeof ( expression )` or `typeof ( type-name )` (C23 6.7.2.5, GNU):
    // an identifier operand reads as an expression (`value`); the translator
    // tells a typedef name from a variable.
    typeof_specifier: $ => seq(
      choice('typeof', '__typeof__', '__typeof', 'typeof_unqual', '__typeof_unqual__'),
      '(',
      choice(
        field('value', $.expression),
        field('type', $.type_descriptor),
      ),
      ')',
    ),

    // Struct members: tree-sitter-c's rule plus C's unnamed bit-fields
    // (`unsigned : 0;`, `int : 4, x : 4;`), which it rejects.
    _field_declaration_declarator: $ => commaSep1(choice(
      seq(
        field('declarator', $._field_declarator),
        optional($.bitfield_clause),
      ),
      $.bitfield_clause,
    )),

    // C's switch body is any statement (C11 6.8.4): `switch (x) case 1: y();`
    // and `switch (x) default: n++;` are valid. tree-sitter-c takes only a
    // block. Outside a block a label governs exactly one statement (6.8.1),
    // so the body is a statement or a one-statement case_statement (a label
    // on a label nests: `case 1: case 2: y();`), never tree-sitter-c's
    // case_statement, whose statement list would swallow what follows the
    // switch.
    switch_statement: $ => seq(
      'switch',
      field('condition', $.parenthesized_expression),
      field('body', $._switch_body),
    ),

    _switch_body: $ => choice(
      $._non_case_statement,
      alias($._lone_case_statement, $.case_statement),
    ),

    _lone_case_statement: $ => seq(
      $._case_label,
      ':',
      $._switch_body,
    ),

    // tree-sitter-c's case_statement, whose label may also be a GNU case
    // range `case 1 ... 3:` (field `high`: the range's last value).
    case_statement: $ => prec.right(seq(
      $._case_label,
      ':',
      repeat(choice($._non_case_statement, $.declaration, $.type_definition)),
    )),

    _case_label: $ => choice(
      seq('case', field('value', $.expression), optional(seq('...', field('high', $.expression)))),
      'default',
    ),

    // `_Pragma("...")` (C99 6.10.9) is a preprocessing operator: translation
    // phase 4 replaces it with a #pragma and the parser never sees it, so it
    // may stand between any two tokens (`_Pragma("GCC diagnostic push")
    // x = f();` or `for (;;) _Pragma("GCC unroll 4") y();`, whose loop body is
    // `y();`). Like a comment it is an extra, and it is a `comment` node: the
    // translator keeps comments where it copies statements, and skips them
    // where it looks for the parts of a construct. The first two choices are
    // tree-sitter-c's comment token, the last the translator's own (below).
    comment: _ => token(choice(
      seq('//', /(\\+(.|\r?\n)|[^\\\n])*/),
      seq(
        '/*',
        /[^*]*\*+([^/*][^*]*\*+)*/,
        '/',
      ),
      seq('_Pragma', /\s*/, '(', /\s*/, optional(choice('L', 'u8', 'u', 'U')), '"',
        /([^"\\\n]|\\.)*/, '"', /\s*/, ')'),
      // a use of a macro whose body is only _Pragma operators: the
      // translator's parser view turns its name into \x01 bytes (syntax.c)
      /\x01+/,
    )),

    // New statements: try/catch/finally, throw, and the range-for loops.
    _non_case_statement: ($, original) => choice(
      original,
      $.try_statement,
      $.throw_statement,
      $.for_range_statement,
    ),

    // A call's arguments may also be type names, for the runtime's
    // type-generic macros: `ac_result(h, void *)`, `ac_future_new(int)`,
    // `ac_future_set(f, struct msg, m)`, and C's own `va_arg(ap, char *)`.
    // Same as tree-sitter-c's call_expression, except that the argument list
    // is _call_argument_list (still a node named `argument_list`).
    call_expression: $ => prec(PREC.CALL, seq(
      field('function', $.expression),
      field('arguments', alias($._call_argument_list, $.argument_list)),
    )),

    // As tree-sitter-c's, but a function type loses any tie: in
    // `printf("%d", ac_result(h, int))` the argument is a call whose
    // arguments include a type, not the function type `ac_result(h, int)`.
    abstract_function_declarator: $ => prec.dynamic(-1, prec(1, seq(
      field('declarator', optional($._abstract_declarator)),
      field('parameters', $.parameter_list),
    ))),

    // tree-sitter-c's argument_list plus `type_descriptor` arguments. Only
    // calls use it: attribute arguments keep C's argument_list, so
    // `__attribute__((const))` / `((noreturn))` still read those words as
    // identifiers. The type reading has negative dynamic precedence (below
    // macro_type_specifier's -1), so wherever tree-sitter-c already found a
    // parse (an identifier argument `f(T)`, a statement `f(T *);` read as a
    // macro type) that parse is kept. (The prec.dynamic must sit here: a
    // hidden one-symbol helper rule would be inlined and lose it.)
    _call_argument_list: $ => seq(
      '(',
      commaSep(choice(
        $.expression,
        $.compound_statement,
        prec.dynamic(-2, $.type_descriptor),
      )),
      ')',
    ),

    // New expressions: `await E` (a unary operator) and `yield E`
    // (an assignment-level operator).
    _expression_not_binary: ($, original) => choice(
      original,
      $.await_expression,
      $.yield_expression,
    ),

    // `await E`: binds exactly like C's unary operators (`!`, `-`, `~`), so
    // `await f() * 2` is `(await f()) * 2` and `(int) await t` is a cast of
    // the await. Same precedence/associativity as tree-sitter-c's
    // unary_expression.
    await_expression: $ => prec.left(PREC.UNARY, seq(
      'await',
      field('argument', $.expression),
    )),

    // `yield E`, `yield from E`, and the bare `yield` (no value).
    // Binds like assignment (lowest but comma, right-associative), so
    // `int x = yield a + b;` yields `a + b`. `from` is a contextual keyword:
    // it is only a keyword right after `yield` and stays an ordinary
    // identifier everywhere else (so yielding a variable named `from` needs
    // parentheses: `yield (from);`).
    yield_expression: $ => prec.right(PREC.ASSIGNMENT, choice(
      seq('yield', optional(field('argument', $.expression))),
      seq('yield', 'from', field('argument', $.expression)),
    )),

    // try { ... } catch (int err) { ... } ... finally { ... }
    // Zero or more catch clauses, then an optional finally clause; the
    // translator reports a try that has neither.
    try_statement: $ => seq(
      'try',
      field('body', $.compound_statement),
      repeat($.catch_clause),
      optional($.finally_clause),
    ),

    // catch (T name) { ... }: the parameter binds the error code.
    catch_clause: $ => seq(
      'catch',
      '(',
      field('parameter', $.parameter_declaration),
      ')',
      field('body', $.compound_statement),
    ),

    // finally { ... }: runs on every way out of the try.
    finally_clause: $ => seq(
      'finally',
      field('body', $.compound_statement),
    ),

    // `throw E;` raises E; a bare `throw;` rethrows the error being handled.
    throw_statement: $ => seq(
      'throw',
      optional($.expression),
      ';',
    ),

    // Range loops over generators:
    //   for (int v : gen(3)) body
    //   for await (ac_task *h : ac_as_completed(n, hs)) body
    // The declaration part reuses C's declaration specifiers (field `type`,
    // plus any qualifiers/modifiers as unnamed-field children) and one
    // declarator (field `declarator`); the generator expression is `right`.
    // Plain C `for (init; cond; update)` loops are untouched for_statements.
    for_range_statement: $ => seq(
      'for',
      optional('await'),
      '(',
      $._declaration_specifiers,
      field('declarator', $._declarator),
      ':',
      field('right', $.expression),
      ')',
      field('body', $.statement),
    ),
  },
});
