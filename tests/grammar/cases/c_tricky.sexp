(translation_unit
  (comment)
  (preproc_include
    path: (system_lib_string))
  (preproc_include
    path: (system_lib_string))
  (preproc_include
    path: (string_literal
      (string_content)))
  (preproc_function_def
    name: (identifier)
    parameters: (preproc_params
      (identifier)
      (identifier))
    value: (preproc_arg))
  (preproc_function_def
    name: (identifier)
    parameters: (preproc_params
      (identifier))
    value: (preproc_arg))
  (preproc_def
    name: (identifier))
  (preproc_ifdef
    name: (identifier)
    (preproc_function_def
      name: (identifier)
      parameters: (preproc_params)
      value: (preproc_arg))
    alternative: (preproc_elif
      condition: (binary_expression
        left: (preproc_defined
          (identifier))
        right: (binary_expression
          left: (identifier)
          right: (number_literal)))
      (preproc_function_def
        name: (identifier)
        parameters: (preproc_params)
        value: (preproc_arg))
      alternative: (preproc_else
        (preproc_function_def
          name: (identifier)
          parameters: (preproc_params
            (identifier))
          value: (preproc_arg)))))
  (type_definition
    type: (struct_specifier
      name: (type_identifier)
      body: (field_declaration_list
        (field_declaration
          type: (struct_specifier
            name: (type_identifier))
          declarator: (pointer_declarator
            declarator: (field_identifier)))
        (field_declaration
          type: (sized_type_specifier)
          declarator: (field_identifier)
          (bitfield_clause
            (number_literal)))
        (field_declaration
          type: (union_specifier
            body: (field_declaration_list
              (field_declaration
                type: (primitive_type)
                declarator: (field_identifier))
              (field_declaration
                type: (primitive_type)
                declarator: (field_identifier))))
          declarator: (field_identifier))
        (field_declaration
          type: (primitive_type)
          declarator: (array_declarator
            declarator: (field_identifier)))))
    declarator: (type_identifier))
  (type_definition
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (parenthesized_declarator
        (pointer_declarator
          declarator: (type_identifier)))
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type))
        (parameter_declaration
          type: (primitive_type)))))
  (type_definition
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (parenthesized_declarator
        (pointer_declarator
          declarator: (array_declarator
            declarator: (type_identifier)
            size: (number_literal))))
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type)
          declarator: (abstract_pointer_declarator)))))
  (enum_specifier
    name: (type_identifier)
    body: (enumerator_list
      (enumerator
        name: (identifier))
      (enumerator
        name: (identifier)
        value: (number_literal))
      (enumerator
        name: (identifier))))
  (declaration
    (storage_class_specifier)
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (parenthesized_declarator
        (pointer_declarator
          declarator: (function_declarator
            declarator: (identifier)
            parameters: (parameter_list
              (parameter_declaration
                type: (primitive_type)
                declarator: (identifier))))))
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type))
        (parameter_declaration
          type: (primitive_type)))))
  (declaration
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (parenthesized_declarator
        (pointer_declarator
          declarator: (array_declarator
            declarator: (identifier)
            size: (number_literal))))
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type))
        (parameter_declaration
          type: (primitive_type)))))
  (declaration
    type: (primitive_type)
    declarator: (pointer_declarator
      declarator: (function_declarator
        declarator: (parenthesized_declarator
          (pointer_declarator
            declarator: (array_declarator
              declarator: (parenthesized_declarator
                (pointer_declarator
                  declarator: (identifier)))
              size: (number_literal))))
        parameters: (parameter_list
          (parameter_declaration
            type: (primitive_type))))))
  (declaration
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type)
          declarator: (pointer_declarator
            declarator: (identifier)))
        (parameter_declaration
          type: (primitive_type)
          declarator: (identifier))
        (parameter_declaration
          type: (primitive_type)
          declarator: (identifier))
        (parameter_declaration
          type: (primitive_type)
          declarator: (function_declarator
            declarator: (parenthesized_declarator
              (pointer_declarator
                declarator: (identifier)))
            parameters: (parameter_list
              (parameter_declaration
                (type_qualifier)
                type: (primitive_type)
                declarator: (abstract_pointer_declarator))
              (parameter_declaration
                (type_qualifier)
                type: (primitive_type)
                declarator: (abstract_pointer_declarator))
              (parameter_declaration
                type: (primitive_type)
                declarator: (abstract_pointer_declarator)))))
        (parameter_declaration
          type: (primitive_type)
          declarator: (pointer_declarator
            declarator: (identifier))))))
  (declaration
    (attribute_specifier
      (argument_list
        (identifier)))
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          (type_qualifier)
          type: (primitive_type)
          declarator: (pointer_declarator
            declarator: (identifier))))))
  (declaration
    (attribute_specifier
      (argument_list
        (identifier)))
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type)
          declarator: (identifier)))))
  (declaration
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          (type_qualifier)
          type: (primitive_type)
          declarator: (pointer_declarator
            declarator: (identifier)))
        (variadic_parameter))
      (attribute_specifier
        (argument_list
          (call_expression
            function: (identifier)
            arguments: (argument_list
              (identifier)
              (number_literal)
              (number_literal)))))))
  (function_definition
    (storage_class_specifier)
    (storage_class_specifier)
    (attribute_specifier
      (argument_list
        (identifier)))
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type))))
    body: (compound_statement
      (return_statement
        (number_literal))))
  (expression_statement
    (call_expression
      function: (identifier)
      arguments: (argument_list
        (binary_expression
          left: (sizeof_expression
            type: (type_descriptor
              type: (primitive_type)))
          right: (number_literal))
        (string_literal
          (string_content)))))
  (declaration
    (storage_class_specifier)
    (type_qualifier)
    (type_qualifier)
    type: (primitive_type)
    declarator: (pointer_declarator
      (type_qualifier)
      declarator: (identifier)))
  (declaration
    (type_qualifier
      (alignas_qualifier
        (number_literal)))
    (storage_class_specifier)
    type: (primitive_type)
    declarator: (array_declarator
      declarator: (identifier)
      size: (number_literal)))
  (declaration
    (storage_class_specifier)
    type: (primitive_type)
    declarator: (identifier))
  (declaration
    (type_qualifier)
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type)))))
  (struct_specifier
    name: (type_identifier)
    body: (field_declaration_list
      (field_declaration
        type: (primitive_type)
        declarator: (field_identifier)
        declarator: (field_identifier))))
  (function_definition
    (storage_class_specifier)
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type)
          declarator: (identifier))
        (parameter_declaration
          type: (primitive_type)
          declarator: (identifier))))
    body: (compound_statement
      (return_statement
        (binary_expression
          left: (identifier)
          right: (identifier)))))
  (function_definition
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type)
          declarator: (identifier))
        (variadic_parameter)))
    body: (compound_statement
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (identifier)
          value: (number_literal)))
      (declaration
        type: (struct_specifier
          name: (type_identifier))
        declarator: (init_declarator
          declarator: (identifier)
          value: (initializer_list
            (initializer_pair
              designator: (field_designator
                (field_identifier))
              value: (number_literal))
            (initializer_pair
              designator: (field_designator
                (field_identifier))
              value: (number_literal)))))
      (declaration
        type: (struct_specifier
          name: (type_identifier))
        declarator: (init_declarator
          declarator: (identifier)
          value: (compound_literal_expression
            type: (type_descriptor
              type: (struct_specifier
                name: (type_identifier)))
            value: (initializer_list
              (number_literal)
              (number_literal)))))
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (array_declarator
            declarator: (identifier)
            size: (number_literal))
          value: (initializer_list
            (initializer_pair
              designator: (subscript_designator
                (number_literal))
              value: (number_literal))
            (initializer_pair
              designator: (subscript_range_designator
                start: (number_literal)
                end: (number_literal))
              value: (number_literal)))))
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (array_declarator
            declarator: (array_declarator
              declarator: (identifier)
              size: (number_literal))
            size: (number_literal))
          value: (initializer_list
            (initializer_list
              (number_literal)
              (number_literal)
              (number_literal))
            (initializer_list
              (number_literal)
              (number_literal)
              (number_literal)))))
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (pointer_declarator
            declarator: (identifier))
          value: (concatenated_string
            (string_literal
              (string_content))
            (string_literal
              (string_content))
            (string_literal
              (string_content)))))
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (identifier)
          value: (char_literal
            (escape_sequence))))
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (pointer_declarator
            declarator: (identifier))
          value: (pointer_expression
            argument: (identifier)))
        declarator: (init_declarator
          declarator: (pointer_declarator
            declarator: (pointer_declarator
              declarator: (identifier)))
          value: (pointer_expression
            argument: (identifier))))
      (declaration
        type: (type_identifier)
        declarator: (init_declarator
          declarator: (identifier)
          value: (identifier)))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (binary_expression
            left: (binary_expression
              left: (call_expression
                function: (identifier)
                arguments: (argument_list
                  (number_literal)
                  (number_literal)))
              right: (call_expression
                function: (parenthesized_expression
                  (pointer_expression
                    argument: (identifier)))
                arguments: (argument_list
                  (number_literal)
                  (number_literal))))
            right: (call_expression
              function: (call_expression
                function: (identifier)
                arguments: (argument_list
                  (number_literal)))
              arguments: (argument_list
                (number_literal)
                (number_literal))))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (binary_expression
            left: (binary_expression
              left: (cast_expression
                type: (type_descriptor
                  type: (primitive_type))
                value: (sizeof_expression
                  type: (type_descriptor
                    type: (struct_specifier
                      name: (type_identifier)))))
              right: (sizeof_expression
                value: (identifier)))
            right: (alignof_expression
              type: (type_descriptor
                type: (sized_type_specifier))))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (offsetof_expression
            type: (type_descriptor
              type: (struct_specifier
                name: (type_identifier)))
            member: (field_identifier))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (generic_expression
            (identifier)
            (type_descriptor
              type: (primitive_type))
            (number_literal)
            (type_descriptor
              type: (type_identifier))
            (number_literal))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (binary_expression
            left: (binary_expression
              left: (binary_expression
                left: (binary_expression
                  left: (call_expression
                    function: (identifier)
                    arguments: (argument_list
                      (identifier)
                      (number_literal)))
                  right: (number_literal))
                right: (number_literal))
              right: (number_literal))
            right: (binary_expression
              left: (number_literal)
              right: (number_literal)))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (conditional_expression
            condition: (unary_expression
              argument: (identifier))
            consequence: (unary_expression
              argument: (identifier))
            alternative: (unary_expression
              argument: (identifier)))))
      (expression_statement
        (assignment_expression
          left: (pointer_expression
            argument: (pointer_expression
              argument: (identifier)))
          right: (binary_expression
            left: (binary_expression
              left: (binary_expression
                left: (pointer_expression
                  argument: (identifier))
                right: (field_expression
                  argument: (identifier)
                  field: (field_identifier)))
              right: (field_expression
                argument: (parenthesized_expression
                  (pointer_expression
                    argument: (identifier)))
                field: (field_identifier)))
            right: (subscript_expression
              argument: (identifier)
              index: (subscript_expression
                argument: (subscript_expression
                  argument: (identifier)
                  index: (number_literal))
                index: (number_literal))))))
      (declaration
        type: (sized_type_specifier)
        declarator: (init_declarator
          declarator: (identifier)
          value: (binary_expression
            left: (number_literal)
            right: (cast_expression
              type: (type_descriptor
                type: (sized_type_specifier))
              value: (number_literal)))))
      (expression_statement
        (assignment_expression
          left: (identifier)
          right: (extension_expression
            (parenthesized_expression
              (compound_statement
                (declaration
                  type: (primitive_type)
                  declarator: (init_declarator
                    declarator: (identifier)
                    value: (number_literal)))
                (expression_statement
                  (binary_expression
                    left: (identifier)
                    right: (number_literal))))))))
      (switch_statement
        condition: (parenthesized_expression
          (identifier))
        body: (compound_statement
          (case_statement
            value: (number_literal))
          (case_statement
            value: (number_literal)
            (compound_statement
              (expression_statement
                (update_expression
                  argument: (identifier)))
              (break_statement)))
          (case_statement
            value: (number_literal))
          (case_statement
            value: (number_literal)
            (expression_statement
              (update_expression
                argument: (identifier))))
          (comment)
          (case_statement
            (goto_statement
              label: (statement_identifier)))))
      (while_statement
        condition: (parenthesized_expression
          (binary_expression
            left: (update_expression
              argument: (identifier))
            right: (number_literal)))
        body: (if_statement
          condition: (parenthesized_expression
            (binary_expression
              left: (identifier)
              right: (number_literal)))
          consequence: (continue_statement)
          alternative: (else_clause
            (break_statement))))
      (do_statement
        body: (expression_statement
          (update_expression
            argument: (identifier)))
        condition: (parenthesized_expression
          (binary_expression
            left: (identifier)
            right: (number_literal))))
      (for_statement
        initializer: (declaration
          type: (primitive_type)
          declarator: (init_declarator
            declarator: (identifier)
            value: (number_literal)))
        condition: (binary_expression
          left: (identifier)
          right: (identifier))
        update: (update_expression
          argument: (identifier))
        body: (expression_statement
          (assignment_expression
            left: (identifier)
            right: (identifier))))
      (labeled_statement
        label: (statement_identifier)
        (return_statement
          (comma_expression
            left: (identifier)
            right: (comma_expression
              left: (cast_expression
                type: (type_descriptor
                  type: (primitive_type))
                value: (number_literal))
              right: (identifier)))))))
  (function_definition
    type: (primitive_type)
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list
        (parameter_declaration
          type: (primitive_type)
          declarator: (identifier))
        (parameter_declaration
          type: (primitive_type)
          declarator: (pointer_declarator
            declarator: (array_declarator
              declarator: (identifier))))))
    body: (compound_statement
      (declaration
        type: (primitive_type)
        declarator: (init_declarator
          declarator: (identifier)
          value: (number_literal)))
      (if_statement
        condition: (parenthesized_expression
          (binary_expression
            left: (identifier)
            right: (number_literal)))
        consequence: (expression_statement
          (assignment_expression
            left: (identifier)
            right: (call_expression
              function: (identifier)
              arguments: (argument_list
                (number_literal)
                (number_literal)
                (number_literal)))))
        alternative: (else_clause
          (if_statement
            condition: (parenthesized_expression
              (identifier))
            consequence: (expression_statement
              (assignment_expression
                left: (identifier)
                right: (number_literal)))
            alternative: (else_clause
              (expression_statement
                (assignment_expression
                  left: (identifier)
                  right: (number_literal)))))))
      (expression_statement
        (gnu_asm_expression
          (gnu_asm_qualifier)
          assembly_code: (string_literal
            (string_content))
          output_operands: (gnu_asm_output_operand_list)
          input_operands: (gnu_asm_input_operand_list)
          clobbers: (gnu_asm_clobber_list
            register: (string_literal
              (string_content)))))
      (return_statement
        (conditional_expression
          condition: (identifier)
          consequence: (number_literal)
          alternative: (number_literal))))))
