(translation_unit
  (function_definition
    (async_specifier)
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type))))
    body: (compound_statement
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (binary_expression
            left: (await_expression
              argument: (call_expression
                function: (identifier)
                arguments: (argument_list)))
            right: (number_literal))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (cast_expression
            type: (type_descriptor
              type: (primitive_type))
            value: (await_expression
              argument: (identifier)))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (unary_expression
            argument: (await_expression
              argument: (await_expression
                argument: (call_expression
                  function: (identifier)
                  arguments: (argument_list)))))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (conditional_expression
            condition: (binary_expression
              left: (binary_expression
                left: (identifier)
                right: (await_expression
                  argument: (call_expression
                    function: (identifier)
                    arguments: (argument_list))))
              right: (identifier))
            consequence: (await_expression
              argument: (call_expression
                function: (identifier)
                arguments: (argument_list)))
            alternative: (identifier)))))))
