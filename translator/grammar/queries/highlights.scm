; Syntax highlighting for Async C (.ac, .ah): C (the node names of tree-sitter-c,
; which this grammar extends) plus the Async C words.
;
; Capture names follow nvim-treesitter's (@keyword.coroutine, @keyword.repeat,
; ...); every highlighter that falls back from `a.b` to `a` (the tree-sitter CLI,
; Neovim, Helix) shows them at least as @keyword, @function, ... .
;
; Order: where two patterns capture the same node, the more specific one comes
; first (the tree-sitter CLI and Helix take the first match) and carries
; `(#set! priority 105)` (Neovim takes the highest priority, then the last match).
; There is deliberately no catch-all `(identifier) @variable`.

; ---------------------------------------------------------------------------
; Async C

(async_specifier) @keyword.coroutine
[
  "await"
  "yield"
  "from"
] @keyword.coroutine

[
  "try"
  "catch"
  "finally"
  "throw"
] @keyword.exception

(for_range_statement
  ":" @punctuation.delimiter)

; The runtime's own names.
((call_expression
  function: (identifier) @function.builtin)
  (#match? @function.builtin "^ac_[a-z_]+$")
  (#set! priority 110))
((type_identifier) @type.builtin
  (#match? @type.builtin "^ac_[a-z_]+$")
  (#set! priority 105))
; `async ac_gen(int) count(int n)`: the generator type is a macro.
((macro_type_specifier
  name: (identifier) @type.builtin)
  (#match? @type.builtin "^ac_[a-z_]+$")
  (#set! priority 110))

; ---------------------------------------------------------------------------
; C keywords

[
  "if"
  "else"
  "switch"
  "case"
  "default"
] @keyword.conditional

[
  "for"
  "while"
  "do"
  "continue"
  "break"
] @keyword.repeat

"return" @keyword.return
"goto" @keyword

[
  "struct"
  "union"
  "enum"
  "typedef"
] @keyword.type

[
  "const"
  "volatile"
  "restrict"
  "__restrict__"
  "_Atomic"
  "_Noreturn"
  "noreturn"
  "constexpr"
  "extern"
  "static"
  "auto"
  "register"
  "inline"
  "__inline"
  "__inline__"
  "__forceinline"
  "thread_local"
  "_Thread_local"
  "__thread"
  "__extension__"
] @keyword.modifier

(storage_class_specifier) @keyword.modifier
(type_qualifier) @keyword.modifier
(gnu_asm_qualifier) @keyword.modifier

[
  "sizeof"
  "offsetof"
  "alignof"
  "_Alignof"
  "__alignof__"
  "_Alignas"
  "alignas"
  "_Generic"
] @keyword.operator

[
  "asm"
  "__asm__"
  "__asm"
  "__attribute__"
  "__attribute"
  "__declspec"
] @keyword

; ---------------------------------------------------------------------------
; The preprocessor

"#include" @keyword.import

[
  "#define"
  "#if"
  "#ifdef"
  "#ifndef"
  "#elif"
  "#elifdef"
  "#elifndef"
  "#else"
  "#endif"
  "defined"
] @keyword.directive

(preproc_directive) @keyword.directive

(preproc_def
  name: (identifier) @constant.macro
  (#set! priority 105))
(preproc_function_def
  name: (identifier) @function.macro
  (#set! priority 105))
(preproc_params
  (identifier) @variable.parameter)

; ---------------------------------------------------------------------------
; Functions, types, fields, labels

(call_expression
  function: (identifier) @function.call
  (#set! priority 105))
(call_expression
  function: (field_expression
    field: (field_identifier) @function.call)
  (#set! priority 105))
(function_declarator
  declarator: (identifier) @function
  (#set! priority 105))

(type_identifier) @type
(macro_type_specifier
  name: (identifier) @type
  (#set! priority 105))
(primitive_type) @type.builtin
(sized_type_specifier) @type.builtin

(field_identifier) @property
(statement_identifier) @label

(parameter_declaration
  declarator: (identifier) @variable.parameter)
(parameter_declaration
  declarator: (pointer_declarator
    declarator: (identifier) @variable.parameter))

; ALL_CAPS names: constants (enumerators, macros), after the patterns above.
((identifier) @constant
  (#match? @constant "^[A-Z][A-Z0-9_]*$"))
(enumerator
  name: (identifier) @constant)

; ---------------------------------------------------------------------------
; Literals, comments, operators

(string_literal) @string
(system_lib_string) @string
(concatenated_string) @string
(escape_sequence) @string.escape
(char_literal) @character
(number_literal) @number
[
  (true)
  (false)
] @boolean
(null) @constant.builtin

(comment) @comment

[
  "=" "+=" "-=" "*=" "/=" "%=" "&=" "|=" "^=" "<<=" ">>="
  "+" "-" "*" "/" "%" "++" "--"
  "==" "!=" "<" ">" "<=" ">="
  "&&" "||" "!"
  "&" "|" "^" "~" "<<" ">>"
  "->" "?"
] @operator

(conditional_expression
  ":" @operator)

[
  ";"
  ","
  "."
  "..."
] @punctuation.delimiter

[
  "("
  ")"
  "["
  "]"
  "{"
  "}"
  "[["
  "]]"
] @punctuation.bracket
