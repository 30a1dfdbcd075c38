# How solo itself and programs built on it are compiled and linked. `solo_add_executable(name src...)` is the
# in-tree equivalent of toolchain/solo-c++.
set(SOLO_ROOT ${CMAKE_CURRENT_LIST_DIR}/..)

set(SOLO_WARNINGS -Wall -Wextra -Werror)
# The flags of every solo program, shared with toolchain/solo-c++ (the files say why each is there).
file(STRINGS ${SOLO_ROOT}/toolchain/compile-flags SOLO_PROGRAM_FLAGS REGEX "^[^#]")
file(STRINGS ${SOLO_ROOT}/toolchain/link-flags SOLO_LINK_FLAGS REGEX "^[^#]")
list(APPEND SOLO_PROGRAM_FLAGS ${SOLO_ARCH_FLAGS})
# PIE (the default) or not is chosen per executable (solo_add_executable(... NO_PIE)); the library itself is
# position-independent, so it links into both.
list(REMOVE_ITEM SOLO_PROGRAM_FLAGS -fPIE)
file(STRINGS ${SOLO_ROOT}/toolchain/pie-link-flags SOLO_PIE_LINK_FLAGS REGEX "^[^#]")
file(STRINGS ${SOLO_ROOT}/toolchain/no-pie-compile-flags SOLO_NO_PIE_COMPILE_FLAGS REGEX "^[^#]")
file(STRINGS ${SOLO_ROOT}/toolchain/no-pie-link-flags SOLO_NO_PIE_LINK_FLAGS REGEX "^[^#]")
# The standard library's headers (toolchain/std-headers, lib/std/README.md). Configuring stops here, with the
# reason, when libc++'s tree is missing or of another release than the one solo's __config_site is written for.
file(STRINGS ${SOLO_ROOT}/toolchain/std-headers solo_std_lines REGEX "^(include|libcxx) ")
foreach(line ${solo_std_lines})
  string(REGEX MATCH "^([a-z]+) ([^ ]+) ?(.*)$" _ "${line}")
  set(dir ${CMAKE_MATCH_2})
  if(NOT IS_ABSOLUTE ${dir})
    set(dir ${SOLO_ROOT}/${dir})
  endif()
  if(CMAKE_MATCH_1 STREQUAL "libcxx")
    set(release ${CMAKE_MATCH_3})
    if(NOT EXISTS ${dir}/__config)
      message(FATAL_ERROR "solo: no libc++ headers in ${dir}: install libc++-19-dev (make setup)")
    endif()
    file(STRINGS ${dir}/__config version REGEX "define _LIBCPP_VERSION [0-9]+")
    string(REGEX MATCH "[0-9]+$" version "${version}")
    math(EXPR major "${version} / 10000")
    math(EXPR minor "${version} / 100 % 100")
    if(NOT "${major}.${minor}" STREQUAL release)
      message(FATAL_ERROR "solo: the libc++ headers in ${dir} are release ${major}.${minor} (_LIBCPP_VERSION "
                          "${version}); solo's lib/std/headers/__config_site is written for ${release}")
    endif()
  endif()
  list(APPEND SOLO_STD_INCLUDE_FLAGS -isystem${dir}) # one word: CMake drops repeated options
endforeach()
list(APPEND SOLO_PROGRAM_FLAGS ${SOLO_STD_INCLUDE_FLAGS})

# solo's own code is freestanding: it assumes nothing about a C library behind it.
set(SOLO_RUNTIME_FLAGS -ffreestanding)

file(GLOB_RECURSE SOLO_LIB_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/lib/*.cpp)
# lib/std/ holds the few pieces of libc++'s compiled library a solo program needs; the hosted builds have the
# host's standard library instead.
list(FILTER SOLO_LIB_SOURCES EXCLUDE REGEX "/lib/std/")
file(GLOB SOLO_STD_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/lib/std/*.cpp)
file(GLOB SOLO_CRT_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/crt/*.cpp)
file(GLOB SOLO_ARCH_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/arch/${SOLO_ARCH}/*.S ${SOLO_ROOT}/arch/${SOLO_ARCH}/*.cpp)
set(SOLO_INCLUDE_DIRS ${SOLO_ROOT}/lib/include ${SOLO_ROOT}/arch/${SOLO_ARCH})

# The runtime every freestanding program links: lib/ (with lib/std/) + crt/ + arch/<arch>/.
add_library(solo STATIC ${SOLO_LIB_SOURCES} ${SOLO_STD_SOURCES} ${SOLO_CRT_SOURCES} ${SOLO_ARCH_SOURCES})
target_include_directories(solo PUBLIC ${SOLO_INCLUDE_DIRS})
target_compile_options(solo PUBLIC ${SOLO_PROGRAM_FLAGS} ${SOLO_WARNINGS} PRIVATE ${SOLO_RUNTIME_FLAGS} -fPIE)
target_link_options(solo INTERFACE ${SOLO_LINK_FLAGS})
# The mem* functions must never be turned back into calls to themselves. crt/ runs before the canary is set
# (and __stack_chk_fail must not check it again): no stack protector there. crt/relocate.cpp runs before
# relocation: no jump tables either (see the comment at its top).
set_source_files_properties(${SOLO_CRT_SOURCES} PROPERTIES COMPILE_OPTIONS "-fno-builtin;-fno-stack-protector")
# Code that runs once per process is built for size: unrolled or vectorised loops only make every binary bigger.
set(solo_run_once ${SOLO_ROOT}/crt/start.cpp ${SOLO_ROOT}/crt/tls.cpp ${SOLO_ROOT}/crt/exit.cpp)
set_source_files_properties(${solo_run_once} PROPERTIES COMPILE_OPTIONS "-fno-builtin;-fno-stack-protector;-Os")
set_source_files_properties(${SOLO_ROOT}/crt/relocate.cpp PROPERTIES
                            COMPILE_OPTIONS "-fno-builtin;-fno-stack-protector;-fno-jump-tables;-Os")

# solo_add_executable(name [NO_PIE] sources...): a static PIE by default, a static non-PIE with NO_PIE.
function(solo_add_executable name)
  cmake_parse_arguments(arg "NO_PIE" "" "" ${ARGN})
  add_executable(${name} ${arg_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE solo)
  if(arg_NO_PIE)
    target_compile_options(${name} PRIVATE ${SOLO_NO_PIE_COMPILE_FLAGS})
    target_link_options(${name} PRIVATE ${SOLO_NO_PIE_LINK_FLAGS})
  else()
    target_compile_options(${name} PRIVATE -fPIE)
    target_link_options(${name} PRIVATE ${SOLO_PIE_LINK_FLAGS})
  endif()
endfunction()

# lib/ alone, compiled as ordinary hosted code, for the doctest unit tests: the solo namespace keeps it
# apart from the host's libc. `solo_hosted_asan` is the same with AddressSanitizer and UBSan (native only).
function(solo_add_hosted_library name)
  add_library(${name} STATIC ${SOLO_LIB_SOURCES})
  target_include_directories(${name} PUBLIC ${SOLO_INCLUDE_DIRS})
  target_compile_options(${name} PUBLIC ${SOLO_WARNINGS} ${ARGN})
  target_link_options(${name} PUBLIC -fuse-ld=lld ${ARGN})
endfunction()

# A binary check: static, no interpreter, nothing needed from elsewhere, non-executable stack.
function(solo_check_binary target)
  add_test(NAME binary.${target} COMMAND ${SOLO_ROOT}/tests/binary/check-elf $<TARGET_FILE:${target}>)
  set_tests_properties(binary.${target} PROPERTIES LABELS binary)
endfunction()
