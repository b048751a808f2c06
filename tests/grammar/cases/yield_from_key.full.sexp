(translation_unit
  (function_definition
    type: (macro_type_specifier
      name: (identifier) "("
      type: (type_descriptor
        type: (primitive_type)) ")")
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list "("
        (parameter_declaration
          type: (primitive_type)) ")"))
    body: (compound_statement "{"
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (identifier) "="
          value: (yield_expression "yield" "from"
            argument: (call_expression
              function: (identifier)
              arguments: (argument_list "(" ")")))) ";")
      (expression_statement
        (yield_expression "yield" "from"
          argument: (call_expression
            function: (identifier)
            arguments: (argument_list "("
              (identifier) ","
              (identifier) ")"))) ";")
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (identifier) "="
          value: (number_literal)) ";")
      (expression_statement
        (update_expression
          argument: (identifier) operator: "++") ";") "}")))
