set(SOLO_ARCH armv7)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
