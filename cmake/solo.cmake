# How solo itself and the programs of this tree are built. `solo_add_executable(name src...)` is the in-tree
# equivalent of toolchain/solo-c++; a project of one's own uses the installed package instead
# (find_package(solo), cmake/soloConfig.cmake) or the toolchain files.
if(NOT SOLO_BUILDING_SOLO)
  message(FATAL_ERROR "cmake/solo.cmake builds solo itself. In a project of your own, use find_package(solo CONFIG) "
                      "or -DCMAKE_TOOLCHAIN_FILE=<solo>/toolchain/<arch>.cmake (README: Using solo in your project).")
endif()
get_filename_component(SOLO_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
include(${SOLO_ROOT}/cmake/solo-flags.cmake)

# Warnings are errors in solo's own code (lib/, crt/, examples/, tests/), never in the programs of its users.
set(SOLO_WARNINGS -Wall -Wextra -Werror)
# The flags of every solo program, shared with toolchain/solo-c++ (the files say why each is there).
solo_flags(${SOLO_ARCH} solo)
# PIE (the default) or not is chosen per executable (solo_add_executable(... NO_PIE)); the library itself is
# position-independent, so it links into both.
list(REMOVE_ITEM solo_COMPILE_FLAGS -fPIE)
# SOLO_CXX_PROGRAM_FLAGS: a C++ program's compile flags, as one plain list (for a compiler run by a test).
set(SOLO_CXX_PROGRAM_FLAGS ${solo_CXX_FLAGS} ${solo_COMPILE_FLAGS})
set(SOLO_PROGRAM_FLAGS)
foreach(flag ${solo_CXX_FLAGS})
  list(APPEND SOLO_PROGRAM_FLAGS $<$<COMPILE_LANGUAGE:CXX>:${flag}>)
endforeach()
list(APPEND SOLO_PROGRAM_FLAGS ${solo_COMPILE_FLAGS})
set(SOLO_LINK_FLAGS ${solo_LINK_FLAGS})
set(SOLO_PIE_LINK_FLAGS ${solo_PIE_LINK_FLAGS})
set(SOLO_NO_PIE_COMPILE_FLAGS ${solo_NO_PIE_COMPILE_FLAGS})
set(SOLO_NO_PIE_LINK_FLAGS ${solo_NO_PIE_LINK_FLAGS})
set(SOLO_INCLUDE_DIRS ${solo_INCLUDE_DIRS})
# The standard library's include flags alone (toolchain/c++-compile-flags), for a hosted compile run by a test.
set(SOLO_STD_INCLUDE_FLAGS ${solo_CXX_FLAGS})
list(FILTER SOLO_STD_INCLUDE_FLAGS INCLUDE REGEX "^-isystem")
# solo's own code is freestanding: it assumes nothing about a C library behind it.
set(SOLO_RUNTIME_FLAGS -ffreestanding)

file(GLOB_RECURSE SOLO_LIB_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/lib/*.cpp)
# lib/std/ holds the few pieces of libc++'s compiled library a solo program needs; the hosted builds have the
# host's standard library instead.
list(FILTER SOLO_LIB_SOURCES EXCLUDE REGEX "/lib/std/")
file(GLOB SOLO_STD_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/lib/std/*.cpp)
file(GLOB SOLO_CRT_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/crt/*.cpp)
file(GLOB SOLO_ARCH_SOURCES CONFIGURE_DEPENDS ${SOLO_ROOT}/arch/${SOLO_ARCH}/*.S ${SOLO_ROOT}/arch/${SOLO_ARCH}/*.cpp)
# The runtime every freestanding program links: lib/ (with lib/std/) + crt/ + arch/<arch>/.
add_library(solo STATIC ${SOLO_LIB_SOURCES} ${SOLO_STD_SOURCES} ${SOLO_CRT_SOURCES} ${SOLO_ARCH_SOURCES})
target_compile_options(solo PUBLIC ${SOLO_PROGRAM_FLAGS} PRIVATE ${SOLO_WARNINGS} ${SOLO_RUNTIME_FLAGS} -fPIE)
target_link_options(solo INTERFACE ${SOLO_LINK_FLAGS})
# The same runtime built for size (-Oz), for solo-box (examples/box): the binary an initramfs carries, where
# bytes count more than speed.
add_library(solo_small STATIC ${SOLO_LIB_SOURCES} ${SOLO_STD_SOURCES} ${SOLO_CRT_SOURCES} ${SOLO_ARCH_SOURCES})
target_compile_options(solo_small PUBLIC ${SOLO_PROGRAM_FLAGS} PRIVATE ${SOLO_WARNINGS} ${SOLO_RUNTIME_FLAGS} -fPIE -Oz)
target_link_options(solo_small INTERFACE ${SOLO_LINK_FLAGS})
# The mem* functions must never be turned back into calls to themselves. crt/ runs before the canary is set
# (and __stack_chk_fail must not check it again): no stack protector there. crt/relocate.cpp runs before
# relocation: no jump tables either (see the comment at its top).
# arch/<arch>/*.cpp (the compiler's run-time helpers where an architecture needs them) follow crt/'s rules.
set(solo_arch_cpp_sources ${SOLO_ARCH_SOURCES})
list(FILTER solo_arch_cpp_sources INCLUDE REGEX "[.]cpp$")
set_source_files_properties(${SOLO_CRT_SOURCES} ${solo_arch_cpp_sources} PROPERTIES COMPILE_OPTIONS "-fno-builtin;-fno-stack-protector")
# Code that runs once per process is built for size: unrolled or vectorised loops only make every binary bigger.
set(solo_run_once ${SOLO_ROOT}/crt/start.cpp ${SOLO_ROOT}/crt/tls.cpp ${SOLO_ROOT}/crt/exit.cpp
                  ${SOLO_ROOT}/crt/init_arrays.cpp ${SOLO_ROOT}/crt/fini_array.cpp)
set_source_files_properties(${solo_run_once} PROPERTIES COMPILE_OPTIONS "-fno-builtin;-fno-stack-protector;-Os")
# So is the lockdown (lib/sandbox): built once into a filter, then the kernel does the work.
file(GLOB solo_sandbox_sources CONFIGURE_DEPENDS ${SOLO_ROOT}/lib/sandbox/*.cpp)
set_source_files_properties(${solo_sandbox_sources} PROPERTIES COMPILE_OPTIONS "-Os")
set_source_files_properties(${SOLO_ROOT}/crt/relocate.cpp PROPERTIES
                            COMPILE_OPTIONS "-fno-builtin;-fno-stack-protector;-fno-jump-tables;-Os")

# solo_add_executable(name [NO_PIE] [SYSCALL_MANIFEST] [RUNTIME solo_small] sources...): a static PIE by default,
# a static non-PIE with NO_PIE; RUNTIME solo_small links the runtime built for size. SYSCALL_MANIFEST keeps the
# binary's system-call manifest (what solo::sandbox and toolchain/solo-syscalls read); without it the linker
# drops it (toolchain/no-syscall-manifest.ld).
function(solo_add_executable name)
  cmake_parse_arguments(arg "NO_PIE;SYSCALL_MANIFEST" "RUNTIME" "" ${ARGN})
  if(NOT arg_RUNTIME)
    set(arg_RUNTIME solo)
  endif()
  add_executable(${name} ${arg_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${arg_RUNTIME})
  target_compile_options(${name} PRIVATE ${SOLO_WARNINGS})
  set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS ${SOLO_ROOT}/toolchain/solo-ld) # the linker itself
  if(NOT arg_SYSCALL_MANIFEST)
    target_link_options(${name} PRIVATE ${solo_NO_MANIFEST_LINK_FLAGS})
    set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS ${SOLO_ROOT}/toolchain/no-syscall-manifest.ld)
  endif()
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
  # The host's threads are not solo's: code that skips locks before solo's first spawn must never skip them here
  # (solo/detail/threads_started.hpp).
  target_compile_definitions(${name} PUBLIC SOLO_HOSTED=1)
  target_compile_options(${name} PUBLIC ${SOLO_WARNINGS} ${ARGN})
  target_link_options(${name} PUBLIC -fuse-ld=lld ${ARGN})
endfunction()

# A binary check: static, no interpreter, nothing needed from elsewhere, non-executable stack.
function(solo_check_binary target)
  add_test(NAME binary.${target} COMMAND ${SOLO_ROOT}/tests/binary/check-elf $<TARGET_FILE:${target}>)
  set_tests_properties(binary.${target} PROPERTIES LABELS binary)
endfunction()
