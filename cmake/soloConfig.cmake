# find_package(solo CONFIG [COMPONENTS <arch>...]): solo's CMake package, from an install
# (<prefix>/lib/solo/cmake/, found through CMAKE_PREFIX_PATH=<prefix>, or on its own under /usr) or from the
# source tree (-Dsolo_DIR=<tree>/cmake, libraries built in build/<arch> on demand). Whatever the project's
# languages (project(x CXX) needs nothing else: the library is prebuilt), it gives
#   solo::<arch>        a solo program's compile and link flags and library, for each installed architecture
#   solo::solo          the same for SOLO_ARCH (a cache variable: the toolchain's architecture, else this
#                       machine's, if solo has it)
#   solo_add_executable(<name> [ARCH <arch>] [NO_PIE] [SYSCALL_MANIFEST] <sources>...)
#                       an executable that is a solo program: a static PIE, or a static non-PIE at a fixed
#                       address with NO_PIE; for a foreign architecture its CROSSCOMPILING_EMULATOR is the
#                       qemu-user program, so add_test(NAME t COMMAND <name>) runs it anywhere
#   SOLO_ARCHES, SOLO_ROOT, SOLO_VERSION, SOLO_EMULATOR_<arch> (empty for this machine's)
# The compiler is the project's and must be clang (19, as solo is built with): CXX=clang++-19 CC=clang-19.
# With solo's toolchain file (<prefix>/lib/solo/toolchain/<arch>.cmake) the compilers are solo's drivers and
# every executable is a solo program already; the targets and the function work the same there.
# Warnings and -Werror stay the project's choice; with no build type and no -O in CMAKE_<LANG>_FLAGS, solo's
# targets build with -O2, as the driver does.
get_filename_component(SOLO_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
include(${SOLO_ROOT}/cmake/solo-flags.cmake)
file(STRINGS ${SOLO_ROOT}/VERSION SOLO_VERSION)

# Where each architecture's library is: <root>/<arch>/ in an install, <root>/build/<arch>/ in the tree (built
# through the driver when missing or out of date, as toolchain/solo-c++ does for its own links).
if(EXISTS ${SOLO_ROOT}/CMakeLists.txt)
  set(solo_in_tree ON)
else()
  set(solo_in_tree OFF)
endif()
solo_arches(solo_known_arches)
set(SOLO_ARCHES)
foreach(arch ${solo_known_arches})
  if(solo_in_tree OR EXISTS ${SOLO_ROOT}/${arch}/libsolo.a)
    list(APPEND SOLO_ARCHES ${arch})
  endif()
endforeach()

set(solo_missing)
get_property(solo_enabled GLOBAL PROPERTY ENABLED_LANGUAGES)
foreach(lang C CXX)
  if(lang IN_LIST solo_enabled AND NOT CMAKE_${lang}_COMPILER_ID STREQUAL "Clang")
    set(solo_missing "solo programs are compiled by clang, and this project's ${lang} compiler is "
                     "${CMAKE_${lang}_COMPILER_ID} ${CMAKE_${lang}_COMPILER_VERSION} (${CMAKE_${lang}_COMPILER}): "
                     "configure it with CC=clang-19 CXX=clang++-19, or with solo's toolchain file "
                     "-DCMAKE_TOOLCHAIN_FILE=${SOLO_ROOT}/toolchain/<arch>.cmake")
  endif()
endforeach()
if(NOT solo_missing AND NOT "C" IN_LIST solo_enabled AND NOT "CXX" IN_LIST solo_enabled)
  set(solo_missing "solo programs are C++ or C: the project enables neither (project(x CXX))")
endif()
foreach(arch ${solo_FIND_COMPONENTS})
  if(NOT arch IN_LIST SOLO_ARCHES)
    string(REPLACE ";" " " solo_have "${SOLO_ARCHES}")
    set(solo_missing "solo in ${SOLO_ROOT} has no ${arch} (it has: ${solo_have})")
  endif()
endforeach()
if(solo_missing)
  string(REPLACE ";" "" solo_NOT_FOUND_MESSAGE "${solo_missing}")
  set(solo_FOUND FALSE)
  return()
endif()

if(SOLO_TOOLCHAIN)
  set(solo_default_arch ${SOLO_ARCH})
else()
  solo_arch_info(${CMAKE_SYSTEM_PROCESSOR} solo_system OPTIONAL)
  set(solo_default_arch ${solo_system_NAME})
endif()
set(SOLO_ARCH "${solo_default_arch}" CACHE STRING "The architecture of solo::solo (one of toolchain/arches)")
solo_arch_info(${CMAKE_HOST_SYSTEM_PROCESSOR} solo_machine OPTIONAL)

# No build type and no -O of the project's own: -O2, as toolchain/solo-c++ does (the README says why).
set(solo_default_optimisation)
if(NOT SOLO_TOOLCHAIN AND NOT CMAKE_C_FLAGS MATCHES "(^| )-O" AND NOT CMAKE_CXX_FLAGS MATCHES "(^| )-O")
  set(solo_default_optimisation $<$<CONFIG:>:-O2>)
endif()

foreach(arch ${SOLO_ARCHES})
  solo_arch_info(${arch} solo_this)
  if(solo_this_NAME STREQUAL solo_machine_NAME)
    set(SOLO_EMULATOR_${arch} "")
  else()
    set(SOLO_EMULATOR_${arch} ${solo_this_QEMU})
  endif()
  if(TARGET solo::${arch}) # found before, in this directory or above
    continue()
  endif()
  # A consumer with the target property SOLO_NO_PIE set (solo_add_executable(... NO_PIE)) is a non-PIE.
  set(no_pie $<BOOL:$<TARGET_PROPERTY:SOLO_NO_PIE>>)
  # ... and one with SOLO_SYSCALL_MANIFEST (solo_add_executable(... SYSCALL_MANIFEST)) keeps its manifest.
  set(manifest $<BOOL:$<TARGET_PROPERTY:SOLO_SYSCALL_MANIFEST>>)
  if(SOLO_TOOLCHAIN)
    # The compilers are solo's drivers: they add the flags and the library; the last --target is the one.
    add_library(solo::${arch} INTERFACE IMPORTED)
    set_target_properties(solo::${arch} PROPERTIES
      INTERFACE_COMPILE_OPTIONS "--target=${solo_this_TRIPLE};$<${no_pie}:-no-pie>"
      INTERFACE_LINK_OPTIONS "--target=${solo_this_TRIPLE};$<${no_pie}:-no-pie>;$<${manifest}:--syscall-manifest>")
  else()
    solo_flags(${arch} solo_this PROGRAM)
    list(REMOVE_ITEM solo_this_COMPILE_FLAGS -fPIE)
    # Flags inside a generator expression: its commas (-Wl,-z,...) escaped.
    foreach(list CXX_FLAGS NO_PIE_COMPILE_FLAGS PIE_LINK_FLAGS NO_PIE_LINK_FLAGS NO_MANIFEST_LINK_FLAGS)
      string(REPLACE "," "$<COMMA>" solo_this_${list} "${solo_this_${list}}")
    endforeach()
    set(compile --target=${solo_this_TRIPLE} ${solo_default_optimisation}
                "$<$<COMPILE_LANGUAGE:CXX>:${solo_this_CXX_FLAGS}>" ${solo_this_COMPILE_FLAGS}
                "$<IF:${no_pie},${solo_this_NO_PIE_COMPILE_FLAGS},-fPIE>")
    set(link --target=${solo_this_TRIPLE} ${solo_this_LINK_FLAGS}
             "$<IF:${no_pie},${solo_this_NO_PIE_LINK_FLAGS},${solo_this_PIE_LINK_FLAGS}>"
             "$<$<NOT:${manifest}>:${solo_this_NO_MANIFEST_LINK_FLAGS}>")
    if(solo_in_tree)
      set(library ${SOLO_ROOT}/build/${arch}/libsolo.a)
    else()
      set(library ${SOLO_ROOT}/${arch}/libsolo.a)
    endif()
    add_library(solo::${arch} STATIC IMPORTED)
    set_target_properties(solo::${arch} PROPERTIES
      IMPORTED_LOCATION ${library}
      INTERFACE_COMPILE_OPTIONS "${compile}"
      INTERFACE_LINK_OPTIONS "${link}")
  endif()
  if(solo_in_tree AND NOT TARGET solo_library_${arch})
    # In the tree, every build first brings the library up to date (the driver's check costs a few ms).
    add_custom_target(solo_library_${arch}
      COMMAND ${SOLO_ROOT}/toolchain/solo-c++ --target=${arch} -print-file-name=libsolo.a
      COMMENT "solo: checking libsolo.a for ${arch}" VERBATIM)
    add_dependencies(solo::${arch} solo_library_${arch})
  endif()
endforeach()

if(NOT TARGET solo::solo AND SOLO_ARCH)
  if(NOT SOLO_ARCH IN_LIST SOLO_ARCHES)
    string(REPLACE ";" " " solo_have "${SOLO_ARCHES}")
    set(solo_NOT_FOUND_MESSAGE "SOLO_ARCH is ${SOLO_ARCH}, and solo in ${SOLO_ROOT} has: ${solo_have}")
    set(solo_FOUND FALSE)
    return()
  endif()
  add_library(solo::solo INTERFACE IMPORTED)
  set_target_properties(solo::solo PROPERTIES INTERFACE_LINK_LIBRARIES solo::${SOLO_ARCH})
endif()

# solo_add_executable(<name> [ARCH <arch>] [NO_PIE] [SYSCALL_MANIFEST] <sources>...)
function(solo_add_executable name)
  cmake_parse_arguments(arg "NO_PIE;SYSCALL_MANIFEST" "ARCH" "" ${ARGN})
  if(NOT arg_ARCH)
    set(arg_ARCH ${SOLO_ARCH})
  endif()
  if(NOT arg_ARCH)
    message(FATAL_ERROR "solo_add_executable(${name}): this machine is not one of solo's architectures "
                        "(${SOLO_ARCHES}): give ARCH or set SOLO_ARCH")
  endif()
  solo_arch_info(${arg_ARCH} arch)
  if(NOT TARGET solo::${arch_NAME})
    message(FATAL_ERROR "solo_add_executable(${name}): solo in ${SOLO_ROOT} has no ${arch_NAME} (${SOLO_ARCHES})")
  endif()
  add_executable(${name} ${arg_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE solo::${arch_NAME})
  set_target_properties(${name} PROPERTIES SOLO_ARCH ${arch_NAME} SOLO_NO_PIE ${arg_NO_PIE}
                        SOLO_SYSCALL_MANIFEST ${arg_SYSCALL_MANIFEST}
                        CROSSCOMPILING_EMULATOR "${SOLO_EMULATOR_${arch_NAME}}")
endfunction()

set(solo_FOUND TRUE)
