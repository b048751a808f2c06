(translation_unit
  (function_definition
    type: (macro_type_specifier
      name: (identifier)
      type: (type_descriptor
        type: (primitive_type)))
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type))))
    body: (compound_statement
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (identifier)
          value: (yield_expression
            argument: (number_literal))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (yield_expression
            argument: (number_literal))))
      (expression_statement
        (yield_expression
          argument: (binary_expression
            left: (identifier)
            right: (binary_expression
              left: (identifier)
              right: (number_literal)))))
      (expression_statement
        (yield_expression)))))
