(translation_unit
  (function_definition
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
          right: (call_expression
            function: (identifier)
            arguments: (argument_list
              (identifier)
              (type_descriptor
                type: (primitive_type)
                declarator: (abstract_pointer_declarator))))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (call_expression
            function: (identifier)
            arguments: (argument_list
              (type_descriptor
                type: (primitive_type))))))
      (expression_statement
        (call_expression
          function: (identifier)
          arguments: (argument_list
            (identifier)
            (type_descriptor
              type: (struct_specifier
                name: (type_identifier)))
            (identifier))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (call_expression
            function: (identifier)
            arguments: (argument_list
              (identifier)
              (identifier)))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (call_expression
            function: (identifier)
            arguments: (argument_list
              (identifier)
              (type_descriptor
                (type_qualifier)
                type: (primitive_type)
                declarator: (abstract_pointer_declarator)))))))))
