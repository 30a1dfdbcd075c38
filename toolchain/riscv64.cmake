set(SOLO_ARCH riscv64)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
