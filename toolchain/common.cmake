# Shared part of the per-architecture toolchain files: clang-19 and lld-19 for any target, no sysroot needed
# for freestanding code. Hosted code (the unit tests) finds each target's libc and libstdc++ through
# Debian's cross g++ packages, which clang detects on its own.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${SOLO_ARCH})
set(SOLO_TRIPLE ${SOLO_ARCH}-linux-gnu)

set(CMAKE_C_COMPILER clang-19)
set(CMAKE_CXX_COMPILER clang++-19)
set(CMAKE_ASM_COMPILER clang-19)
set(CMAKE_C_COMPILER_TARGET ${SOLO_TRIPLE})
set(CMAKE_CXX_COMPILER_TARGET ${SOLO_TRIPLE})
set(CMAKE_ASM_COMPILER_TARGET ${SOLO_TRIPLE})
set(CMAKE_AR llvm-ar-19)
set(CMAKE_RANLIB llvm-ranlib-19)
set(CMAKE_STRIP llvm-strip-19)
set(CMAKE_OBJCOPY llvm-objcopy-19)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-fuse-ld=lld")

# Foreign architectures run under qemu-user, so ctest runs every test everywhere.
if(NOT SOLO_ARCH STREQUAL CMAKE_HOST_SYSTEM_PROCESSOR)
  set(CMAKE_CROSSCOMPILING_EMULATOR qemu-${SOLO_ARCH})
endif()

# Flags only this architecture needs (toolchain/<arch>.flags, shared with toolchain/solo-c++).
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/${SOLO_ARCH}.flags SOLO_ARCH_FLAGS REGEX "^[^#]")
