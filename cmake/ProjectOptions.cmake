# Compiler warnings and sanitizers live in INTERFACE targets that every project target
# links, so no flag is set globally and third-party code is never built with them.

add_library(mealplan_warnings INTERFACE)
target_compile_options(mealplan_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference
  -Wimplicit-fallthrough
  $<$<BOOL:${MEALPLAN_WERROR}>:-Werror>)

add_library(mealplan_sanitizers INTERFACE)
if(MEALPLAN_FUZZ)
  # libFuzzer instruments every project library for coverage; each fuzz binary then links
  # the fuzzer's own main (tests/fuzz). Needs clang (the `fuzz` preset sets it).
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MEALPLAN_FUZZ needs clang: use the `fuzz` preset")
  endif()
  target_compile_options(mealplan_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(mealplan_sanitizers INTERFACE -fsanitize=address,undefined)
elseif(MEALPLAN_SANITIZE)
  target_compile_options(mealplan_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(mealplan_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# mealplan_add_library(NAME SOURCES...): a static library of this project, with the
# project's warnings and sanitizers, and include paths rooted so that headers are
# included as "module/header.hpp".
function(mealplan_add_library name)
  add_library(${name} STATIC ${ARGN})
  target_link_libraries(${name} PRIVATE mealplan_warnings PUBLIC mealplan_sanitizers)
endfunction()

# mealplan_add_test(NAME SOURCES... LIBS libs... [LABELS labels...]): one GoogleTest
# executable, registered with ctest through gtest_discover_tests. LABELS (default `unit`)
# are ctest labels: `unit` (in-process, fast), `e2e` (runs the built executable), `slow`
# (long solves; left out of the edit-compile loop), `fuzz-replay` (the fuzz corpora).
function(mealplan_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main GTest::gmock
                                        mealplan_warnings mealplan_sanitizers)
  target_compile_definitions(${name} PRIVATE
    MEALPLAN_TEST_DIR="${PROJECT_SOURCE_DIR}/tests"
    MEALPLAN_DATA_DIR="${MEALPLAN_DATA_DIR}"
    MEALPLAN_EXECUTABLE="$<TARGET_FILE:mealplan>")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 600 LABELS "${ARG_LABELS}")
endfunction()
