# ac_async_table(HEADER OUT): the table of the runtime's async functions that
# acc compiles in (translator/src/analyse.c includes it as "ac_async.def"),
# read from their declarations in ac.h, the one source of truth:
#     AC_ASYNC(T) name(params);        (one line each)
# becomes
#     AC_ASYNC(T, name, (params))
# Run at configure time; editing ac.h re-runs it (CMAKE_CONFIGURE_DEPENDS), and
# OUT is rewritten only when the table changes.
function(ac_async_table header out)
  file(STRINGS ${header} lines REGEX "^AC_ASYNC\\(")
  set(table "/* Generated from ac.h by cmake/AcAsyncTable.cmake: do not edit. */\n")
  set(n 0)
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "^AC_ASYNC\\(([^()]+)\\) ([A-Za-z_][A-Za-z0-9_]*)(\\(.*\\));[ \t]*$")
      message(FATAL_ERROR "${header}: an AC_ASYNC declaration must be one line "
                          "'AC_ASYNC(T) name(params);': ${line}")
    endif()
    string(APPEND table "AC_ASYNC(${CMAKE_MATCH_1}, ${CMAKE_MATCH_2}, ${CMAKE_MATCH_3})\n")
    math(EXPR n "${n} + 1")
  endforeach()
  if(n EQUAL 0)
    message(FATAL_ERROR "${header}: no AC_ASYNC declarations")
  endif()
  file(CONFIGURE OUTPUT ${out} CONTENT "${table}" @ONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${header})
endfunction()
