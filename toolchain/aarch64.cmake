set(SOLO_ARCH aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
