(translation_unit
  (function_definition
    (async_specifier)
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list "("
        (parameter_declaration
          type: (primitive_type)) ")"))
    body: (compound_statement "{"
      (for_range_statement "for" "("
        type: (primitive_type)
        declarator: (identifier) ":"
        right: (call_expression
          function: (identifier)
          arguments: (argument_list "("
            (number_literal) ")")) ")"
        body: (expression_statement
          (call_expression
            function: (identifier)
            arguments: (argument_list "("
              (string_literal "\""
                (string_content) "\"") ","
              (identifier) ")")) ";"))
      (for_range_statement "for" "await" "("
        type: (type_identifier)
        declarator: (pointer_declarator "*"
          declarator: (identifier)) ":"
        right: (call_expression
          function: (identifier)
          arguments: (argument_list "("
            (identifier) ","
            (identifier) ")")) ")"
        body: (compound_statement "{" "}"))
      (for_range_statement "for" "("
        (type_qualifier "const")
        type: (primitive_type)
        declarator: (pointer_declarator "*"
          declarator: (identifier)) ":"
        right: (call_expression
          function: (identifier)
          arguments: (argument_list "("
            (identifier) ")")) ")"
        body: (compound_statement "{" "}"))
      (for_statement "for" "("
        initializer: (declaration
          type: (primitive_type)
          declarator: (init_declarator
            declarator: (identifier) "="
            value: (number_literal)) ";")
        condition: (binary_expression
          left: (identifier) operator: "<"
          right: (number_literal)) ";"
        update: (update_expression
          argument: (identifier) operator: "++") ")"
        body: (compound_statement "{" "}")) "}")))
