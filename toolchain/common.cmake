# Shared part of the per-architecture toolchain files (toolchain/<arch>.cmake sets SOLO_ARCH and includes
# this). Works from the source tree and from an install (<prefix>/lib/solo/toolchain/), for two uses:
# - solo's own build (its CMakeLists.txt sets SOLO_BUILDING_SOLO before project()): clang-19 and lld-19 for the
#   target, no sysroot needed for freestanding code; hosted code (the unit tests) finds each target's libc and
#   libstdc++ through Debian's cross g++ packages, which clang detects on its own.
# - a project of one's own, cross-built as a whole (-DCMAKE_TOOLCHAIN_FILE=<prefix>/lib/solo/toolchain/<arch>.cmake):
#   every executable is a solo program, because the compilers are solo's drivers (toolchain/solo-c++ and
#   solo-cc), which add solo's flags and library. find_package(solo) works there too.
get_filename_component(SOLO_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
include(${SOLO_ROOT}/cmake/solo-flags.cmake)
solo_arch_info(${SOLO_ARCH} solo_arch)

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${SOLO_ARCH})
set(SOLO_TRIPLE ${solo_arch_TRIPLE})
# The try_compile projects of CMake's checks read this file again: they must make the same choice.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES SOLO_BUILDING_SOLO)

if(SOLO_BUILDING_SOLO)
  set(CMAKE_C_COMPILER clang-19)
  set(CMAKE_CXX_COMPILER clang++-19)
  set(CMAKE_ASM_COMPILER clang-19)
  set(CMAKE_EXE_LINKER_FLAGS_INIT "-fuse-ld=lld")
else()
  set(CMAKE_C_COMPILER ${SOLO_ROOT}/toolchain/solo-cc)
  set(CMAKE_CXX_COMPILER ${SOLO_ROOT}/toolchain/solo-c++)
  set(CMAKE_ASM_COMPILER ${SOLO_ROOT}/toolchain/solo-cc)
  # The drivers build with -O2 when no -O is given; CMake's Debug configuration means unoptimised.
  set(CMAKE_C_FLAGS_DEBUG_INIT "-O0 -g")
  set(CMAKE_CXX_FLAGS_DEBUG_INIT "-O0 -g")
  # find_package(solo) finds this same solo, with no hint needed.
  if(NOT solo_DIR)
    set(solo_DIR ${SOLO_ROOT}/cmake)
  endif()
  set(SOLO_TOOLCHAIN ON)
endif()
set(CMAKE_C_COMPILER_TARGET ${SOLO_TRIPLE})
set(CMAKE_CXX_COMPILER_TARGET ${SOLO_TRIPLE})
set(CMAKE_ASM_COMPILER_TARGET ${SOLO_TRIPLE})
set(CMAKE_AR llvm-ar-19)
set(CMAKE_RANLIB llvm-ranlib-19)
set(CMAKE_STRIP llvm-strip-19)
set(CMAKE_OBJCOPY llvm-objcopy-19)

# Foreign architectures run under qemu-user, so ctest runs every test everywhere.
solo_arch_info(${CMAKE_HOST_SYSTEM_PROCESSOR} solo_host OPTIONAL)
if(NOT solo_host_NAME STREQUAL SOLO_ARCH)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${solo_arch_QEMU})
endif()

# Flags only this architecture needs (toolchain/<arch>.flags, shared with toolchain/solo-c++).
solo_flag_file(SOLO_ARCH_FLAGS ${SOLO_ARCH}.flags ${SOLO_ARCH})
