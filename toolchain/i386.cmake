set(SOLO_ARCH i386)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
