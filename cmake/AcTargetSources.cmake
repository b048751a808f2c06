# AcTargetSources.cmake: Async C sources in a CMake target.
#
#   ac_target_sources(<target> [PRIVATE|PUBLIC|INTERFACE] <file>...
#                     [HEADER_BASE <dir>])
#
# For each <name>.ac: translates it with `acc` into the build tree
# (${CMAKE_CURRENT_BINARY_DIR}/ac/<name>.c) and adds that C file to <target>.
# The translation depends on the .ac file, on acc, and (through the depfile acc
# writes with -MD) on every .ah header the file includes: editing a header
# re-translates exactly the files that include it.
#
# For each <name>.ah listed, and each .ah file beside a listed .ac file:
# translates it into ${CMAKE_CURRENT_BINARY_DIR}/ac/<name>.h (a header's path
# below HEADER_BASE is kept: HEADER_BASE include + include/net/io.ah gives
# ac/net/io.h, for `#include "net/io.ah"`), and puts ac/ on the target's include
# path. An .ah found through an include directory elsewhere must be listed.
#
# acc gets -I for the .ac file's folder, HEADER_BASE, and the target's include
# directories (with those its links bring), so `#include "x.ah"` resolves as the
# C compiler resolves the #include "x.h" it becomes. The generated C file is
# compiled with the .ac file's folder on its include path, so plain headers
# beside the .ac are found as they would be beside a .c file.
#
# Other files (.c, .h, ...) are passed on to target_sources() unchanged. Links
# ${AC_RUNTIME_TARGET} (default ac::runtime, the static libac; set it to
# ac::runtime_shared before the call for libac.so) with PRIVATE, or PUBLIC when
# files were given as PUBLIC, or INTERFACE for interface libraries: use the
# keyword form of target_link_libraries() for the same target.
#
# The target property AC_OPTIONS adds options to every acc call for it
# (e.g. --no-line). Generated files name the .ac file by its absolute path in
# their #line directives (so compiler messages and debuggers find it from any
# directory), in the banner and in the async traceback. Call ac_target_sources
# in the directory (CMakeLists.txt) that creates the target.
#
# Needs CMake 3.20 (DEPFILE with the Makefile and Ninja generators).

include_guard(GLOBAL)
if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR "ac_target_sources needs CMake 3.20 or later (this is ${CMAKE_VERSION})")
endif()
# Depfile paths are absolute; NEW is the behaviour that needs no conversion
# (the function records this setting where it is defined, here).
cmake_policy(SET CMP0116 NEW)

# The name of SRC (absolute) inside the build tree: its path below the current
# source (or binary) folder, or below BASE when given, else its file name.
function(_ac_build_name src base out_var)
  set(rel "")
  foreach(dir IN ITEMS "${base}" "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_CURRENT_BINARY_DIR}")
    if(dir STREQUAL "")
      continue()
    endif()
    cmake_path(IS_PREFIX dir "${src}" NORMALIZE inside)
    if(inside)
      cmake_path(RELATIVE_PATH src BASE_DIRECTORY "${dir}" OUTPUT_VARIABLE rel)
      break()
    endif()
  endforeach()
  if(rel STREQUAL "")
    cmake_path(GET src FILENAME rel)
  endif()
  set(${out_var} "${rel}" PARENT_SCOPE)
endfunction()

function(ac_target_sources target)
  if(NOT TARGET "${target}")
    message(FATAL_ERROR "ac_target_sources: there is no target '${target}'")
  endif()
  get_target_property(imported "${target}" IMPORTED)
  get_target_property(aliased "${target}" ALIASED_TARGET)
  if(imported OR aliased)
    message(FATAL_ERROR "ac_target_sources: '${target}' is an imported or alias target")
  endif()
  get_target_property(tdir "${target}" SOURCE_DIR)
  if(NOT tdir STREQUAL CMAKE_CURRENT_SOURCE_DIR)
    message(FATAL_ERROR "ac_target_sources: call it in ${tdir}/CMakeLists.txt, where '${target}' is created")
  endif()
  get_target_property(type "${target}" TYPE)
  if(NOT AC_RUNTIME_TARGET)
    set(AC_RUNTIME_TARGET ac::runtime)
  endif()

  # The arguments: scope keywords, HEADER_BASE <dir>, files.
  set(scope PRIVATE)
  set(header_base "")
  set(acs "")        # "<scope>|<absolute path>" of each .ac
  set(ahs "")        # absolute paths of the .ah headers
  set(ah_scope PRIVATE)
  set(link_scope PRIVATE)
  set(others_PRIVATE "")
  set(others_PUBLIC "")
  set(others_INTERFACE "")
  set(want_base FALSE)
  foreach(arg IN LISTS ARGN)
    if(want_base)
      cmake_path(ABSOLUTE_PATH arg BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE OUTPUT_VARIABLE header_base)
      set(want_base FALSE)
    elseif(arg STREQUAL "HEADER_BASE")
      set(want_base TRUE)
    elseif(arg MATCHES "^(PRIVATE|PUBLIC|INTERFACE)$")
      set(scope "${arg}")
    elseif(arg MATCHES "\\.(ac|ah)$")
      cmake_path(ABSOLUTE_PATH arg BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE OUTPUT_VARIABLE path)
      if(arg MATCHES "\\.ac$")
        list(APPEND acs "${scope}|${path}")
      else()
        list(APPEND ahs "${path}")
      endif()
      if(NOT scope STREQUAL "PRIVATE")
        set(link_scope PUBLIC)
        if(arg MATCHES "\\.ah$")
          set(ah_scope PUBLIC)
        endif()
      endif()
    else()
      list(APPEND others_${scope} "${arg}")
    endif()
  endforeach()
  if(want_base)
    message(FATAL_ERROR "ac_target_sources: HEADER_BASE needs a folder")
  endif()
  if(type STREQUAL "INTERFACE_LIBRARY")
    set(link_scope INTERFACE)
    set(ah_scope INTERFACE)
  endif()
  foreach(s PRIVATE PUBLIC INTERFACE)
    if(others_${s})
      target_sources("${target}" ${s} ${others_${s}})
    endif()
  endforeach()

  # Headers beside the .ac files are translated too.
  foreach(entry IN LISTS acs)
    string(REGEX REPLACE "^[A-Z]+\\|" "" src "${entry}")
    cmake_path(GET src PARENT_PATH dir)
    file(GLOB beside CONFIGURE_DEPENDS "${dir}/*.ah")
    list(APPEND ahs ${beside})
  endforeach()
  list(REMOVE_DUPLICATES ahs)

  # What every acc call for this target gets: its options and -I for its
  # include directories (evaluated when the build system is generated, so
  # directories added later, and those of linked targets, count).
  set(opts "$<TARGET_PROPERTY:${target},AC_OPTIONS>")
  set(tinc "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(incs "$<$<BOOL:${tinc}>:-I$<JOIN:${tinc},$<SEMICOLON>-I>>")
  if(header_base)
    list(PREPEND incs "-I${header_base}")
  endif()
  set(gen "${CMAKE_CURRENT_BINARY_DIR}/ac")

  # .ah -> ac/<name>.h. A header's rule is made once per directory (targets of
  # one CMakeLists.txt may share a header) and built by a custom target that
  # the users' targets depend on, so it exists before any C file is compiled.
  set(new_headers "")
  set(header_targets "")
  foreach(src IN LISTS ahs)
    _ac_build_name("${src}" "${header_base}" rel)
    string(REGEX REPLACE "\\.ah$" ".h" hrel "${rel}")
    set(out "${gen}/${hrel}")
    string(MD5 key "${out}")
    get_property(owner DIRECTORY PROPERTY "AC_HEADER_${key}")
    if(owner)
      list(APPEND header_targets "${owner}")
      continue()
    endif()
    cmake_path(GET out PARENT_PATH outdir)
    file(MAKE_DIRECTORY "${outdir}")
    cmake_path(GET src PARENT_PATH srcdir)
    add_custom_command(OUTPUT "${out}"
      COMMAND ac::acc ${opts} "-I${srcdir}" ${incs} -MD -MF "${out}.d" "${src}" -o "${out}"
      DEPENDS "${src}" ac::acc
      DEPFILE "${out}.d"
      COMMENT "acc: translating ${rel}"
      COMMAND_EXPAND_LISTS VERBATIM)
    list(APPEND new_headers "${out}")
  endforeach()
  if(new_headers)
    set(n 0)
    set(htarget "${target}_ac_headers")
    while(TARGET "${htarget}")
      math(EXPR n "${n} + 1")
      set(htarget "${target}_ac_headers_${n}")
    endwhile()
    add_custom_target("${htarget}" DEPENDS ${new_headers})
    set_target_properties("${htarget}" PROPERTIES FOLDER "ac")
    foreach(out IN LISTS new_headers)
      string(MD5 key "${out}")
      set_property(DIRECTORY PROPERTY "AC_HEADER_${key}" "${htarget}")
    endforeach()
    list(APPEND header_targets "${htarget}")
  endif()
  if(header_targets)
    list(REMOVE_DUPLICATES header_targets)
    add_dependencies("${target}" ${header_targets})
    target_include_directories("${target}" ${ah_scope} "$<BUILD_INTERFACE:${gen}>")
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
      target_sources("${target}" PRIVATE ${ahs})   # listed for IDEs; not compiled
    endif()
  endif()

  # .ac -> ac/<name>.c, compiled as part of the target.
  foreach(entry IN LISTS acs)
    string(REGEX MATCH "^[A-Z]+" s "${entry}")
    string(REGEX REPLACE "^[A-Z]+\\|" "" src "${entry}")
    _ac_build_name("${src}" "" rel)
    string(REGEX REPLACE "\\.ac$" ".c" crel "${rel}")
    set(out "${gen}/${crel}")
    cmake_path(GET src PARENT_PATH srcdir)
    get_property(done DIRECTORY PROPERTY AC_TRANSLATED)
    if(NOT out IN_LIST done)
      cmake_path(GET out PARENT_PATH outdir)
      file(MAKE_DIRECTORY "${outdir}")
      add_custom_command(OUTPUT "${out}"
        COMMAND ac::acc ${opts} "-I${srcdir}" ${incs} -MD -MF "${out}.d" "${src}" -o "${out}"
        DEPENDS "${src}" ac::acc
        DEPFILE "${out}.d"
        COMMENT "acc: translating ${rel}"
        COMMAND_EXPAND_LISTS VERBATIM)
      set_property(DIRECTORY APPEND PROPERTY AC_TRANSLATED "${out}")
      set_property(SOURCE "${out}" APPEND PROPERTY INCLUDE_DIRECTORIES "${srcdir}")
    endif()
    target_sources("${target}" ${s} "${out}")
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
      target_sources("${target}" PRIVATE "${src}")   # listed for IDEs; not compiled
    endif()
  endforeach()

  target_link_libraries("${target}" ${link_scope} ${AC_RUNTIME_TARGET})
endfunction()
