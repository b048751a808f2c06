; Scopes, definitions and references for Async C (capture names of the
; tree-sitter CLI: @local.scope, @local.definition, @local.reference).

; Scopes: the file, each function (its parameters), each block, the loops that
; declare their variable, and a catch clause (its parameter).
[
  (translation_unit)
  (function_definition)
  (compound_statement)
  (for_statement)
  (for_range_statement)
  (catch_clause)
] @local.scope

; Definitions: parameters (also a catch's), declared variables, loop variables.
(parameter_declaration
  declarator: (identifier) @local.definition)
(parameter_declaration
  declarator: (pointer_declarator
    declarator: (identifier) @local.definition))
(parameter_declaration
  declarator: (array_declarator
    declarator: (identifier) @local.definition))
(declaration
  declarator: (identifier) @local.definition)
(init_declarator
  declarator: (identifier) @local.definition)
(init_declarator
  declarator: (pointer_declarator
    declarator: (identifier) @local.definition))
(init_declarator
  declarator: (array_declarator
    declarator: (identifier) @local.definition))
(declaration
  declarator: (pointer_declarator
    declarator: (identifier) @local.definition))
(declaration
  declarator: (array_declarator
    declarator: (identifier) @local.definition))
(for_range_statement
  declarator: (identifier) @local.definition)
(for_range_statement
  declarator: (pointer_declarator
    declarator: (identifier) @local.definition))

; References.
(identifier) @local.reference
