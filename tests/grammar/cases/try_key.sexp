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
      (try_statement
        body: (compound_statement
          (try_statement
            body: (compound_statement
              (expression_statement
                (await_expression
                  argument: (call_expression
                    function: (identifier)
                    arguments: (argument_list)))))
            (catch_clause
              parameter: (parameter_declaration
                type: (primitive_type)
                declarator: (identifier))
              body: (compound_statement
                (throw_statement)))
            (finally_clause
              body: (compound_statement
                (expression_statement
                  (await_expression
                    argument: (call_expression
                      function: (identifier)
                      arguments: (argument_list))))))))
        (catch_clause
          parameter: (parameter_declaration
            type: (primitive_type)
            declarator: (identifier))
          body: (compound_statement
            (throw_statement
              (call_expression
                function: (identifier)
                arguments: (argument_list
                  (identifier)
                  (string_literal
                    (string_content))
                  (identifier))))))
        (catch_clause
          parameter: (parameter_declaration
            type: (sized_type_specifier)
            declarator: (identifier))
          body: (compound_statement))
        (finally_clause
          body: (compound_statement
            (throw_statement
              (identifier))))))))
