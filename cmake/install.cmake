# What `cmake --install build/<arch>` puts under the prefix; `make install` (scripts/install) runs it for
# every architecture of toolchain/arches into one prefix. The install is a copy of the tree's shape, so the
# driver, the toolchain files and the CMake package work the same from both (they find everything relative to
# themselves, so a moved install still works):
#   <prefix>/lib/solo/              solo's root: lib/include/, arch/, toolchain/, cmake/, VERSION
#   <prefix>/lib/solo/<arch>/       libsolo.a, one per installed architecture (start-up code included)
#   <prefix>/lib/pkgconfig/         solo-<arch>.pc for each, solo.pc for this machine's architecture
#   <prefix>/bin/                   the host tools (toolchain/host-tools): solo-c++, solo-cc, ...
#   <prefix>/lib/solo/<arch>/bin/   solo-box and a link to it for each of its applets (an initramfs's /bin)
# Every tree installs the shared part too, so installing any one architecture gives a working solo for it.
set(solo_dest lib/solo)

install(TARGETS solo ARCHIVE DESTINATION ${solo_dest}/${SOLO_ARCH})

# Headers: every directory the compile flags name (cmake/solo-flags.cmake), without the sources beside them.
solo_header_dirs(solo_installed_header_dirs)
foreach(dir ${solo_installed_header_dirs})
  install(DIRECTORY ${SOLO_ROOT}/${dir}/ DESTINATION ${solo_dest}/${dir}
          PATTERN "*.cpp" EXCLUDE PATTERN "*.c" EXCLUDE PATTERN "*.S" EXCLUDE PATTERN "CMakeLists.txt" EXCLUDE)
endforeach()

install(FILES ${SOLO_ROOT}/VERSION DESTINATION ${solo_dest})
file(GLOB solo_toolchain_files CONFIGURE_DEPENDS ${SOLO_ROOT}/toolchain/*flags ${SOLO_ROOT}/toolchain/*.cmake
     ${SOLO_ROOT}/toolchain/*.ld)
install(FILES ${solo_toolchain_files} ${SOLO_ROOT}/toolchain/arches ${SOLO_ROOT}/toolchain/host-tools
              ${SOLO_ROOT}/toolchain/depends ${SOLO_ROOT}/toolchain/libcxx-release DESTINATION ${solo_dest}/toolchain)
# The linker wrapper every link goes through (toolchain/link-flags' --ld-path).
install(PROGRAMS ${SOLO_ROOT}/toolchain/solo-ld DESTINATION ${solo_dest}/toolchain)
install(FILES ${SOLO_ROOT}/cmake/soloConfig.cmake ${SOLO_ROOT}/cmake/soloConfigVersion.cmake
              ${SOLO_ROOT}/cmake/solo-flags.cmake DESTINATION ${solo_dest}/cmake)
install(FILES ${SOLO_ROOT}/README.md DESTINATION share/doc/solo)

# Host tools: scripts go into solo's toolchain/ with a relative link from bin/ (they find solo's root from
# their own real path); solo programs are built here for this machine. Run at the end of the configuration,
# once every target exists; build/<arch>/install-targets tells scripts/install what to build first.
solo_arch_info(${CMAKE_HOST_SYSTEM_PROCESSOR} solo_machine OPTIONAL)
function(solo_install_host_tools)
  file(STRINGS ${SOLO_ROOT}/toolchain/host-tools tools REGEX "^[^#]")
  set(targets solo)
  foreach(tool ${tools})
    if(TARGET ${tool})
      if(solo_machine_NAME STREQUAL SOLO_ARCH)
        install(TARGETS ${tool} RUNTIME DESTINATION bin)
        list(APPEND targets ${tool})
      endif()
    elseif(EXISTS ${SOLO_ROOT}/toolchain/${tool})
      if(IS_SYMLINK ${SOLO_ROOT}/toolchain/${tool})
        # A second name for a script (solo-cc): the same link inside the install.
        file(READ_SYMLINK ${SOLO_ROOT}/toolchain/${tool} link_target)
        install(CODE "file(CREATE_LINK ${link_target}
                      \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${solo_dest}/toolchain/${tool}\" SYMBOLIC)")
      else()
        install(PROGRAMS ${SOLO_ROOT}/toolchain/${tool} DESTINATION ${solo_dest}/toolchain)
      endif()
      install(CODE "file(MAKE_DIRECTORY \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
                    file(CREATE_LINK ../${solo_dest}/toolchain/${tool}
                         \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/${tool}\" SYMBOLIC)")
    else()
      message(FATAL_ERROR "toolchain/host-tools names ${tool}: neither a script in toolchain/ nor a target")
    endif()
  endforeach()
  # And what other directories install (solo-box, examples/box).
  get_property(extra GLOBAL PROPERTY solo_install_targets)
  list(APPEND targets ${extra})
  list(JOIN targets "\n" targets)
  file(WRITE ${CMAKE_BINARY_DIR}/install-targets "${targets}\n")
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL solo_install_host_tools)

# pkg-config: solo-<arch>.pc, relative to its own place (${pcfiledir}), so a moved install still works.
# Cflags are a C++ program's (C programs build with solo-cc); Libs end with the library itself.
function(solo_pkg_config arch file)
  solo_arch_info(${arch} pc_arch)
  set(SOLO_ROOT_TEXT "\${solo_root}")
  solo_flags(${arch} pc PROGRAM)
  list(JOIN pc_CXX_FLAGS " " cxx_flags)
  list(JOIN pc_COMPILE_FLAGS " " compile_flags)
  list(JOIN pc_LINK_FLAGS " " link_flags)
  list(JOIN pc_PIE_LINK_FLAGS " " pie_link_flags)
  list(JOIN pc_NO_MANIFEST_LINK_FLAGS " " no_manifest_link_flags)
  file(WRITE ${file}
       "prefix=\${pcfiledir}/../..\n"
       "solo_root=\${prefix}/${solo_dest}\n"
       "arch=${arch}\n"
       "triple=${pc_arch_TRIPLE}\n"
       "cxx=\${prefix}/bin/solo-c++\n"
       "cc=\${prefix}/bin/solo-cc\n"
       "qemu=${pc_arch_QEMU}\n"
       "# Libs without the flags that drop the system-call manifest (for solo::sandbox, solo-syscalls).\n"
       "libs_with_syscall_manifest=--target=\${triple} ${link_flags} ${pie_link_flags} \${solo_root}/${arch}/libsolo.a\n"
       "\n"
       "Name: solo-${arch}\n"
       "Description: freestanding C++20 runtime for small static Linux executables, for ${arch}\n"
       "Version: ${PROJECT_VERSION}\n"
       "Cflags: --target=\${triple} ${cxx_flags} ${compile_flags}\n"
       "Libs: --target=\${triple} ${link_flags} ${pie_link_flags} ${no_manifest_link_flags} \${solo_root}/${arch}/libsolo.a\n")
endfunction()
solo_pkg_config(${SOLO_ARCH} ${CMAKE_BINARY_DIR}/pkgconfig/solo-${SOLO_ARCH}.pc)
install(FILES ${CMAKE_BINARY_DIR}/pkgconfig/solo-${SOLO_ARCH}.pc DESTINATION lib/pkgconfig)
if(solo_machine_NAME STREQUAL SOLO_ARCH)
  configure_file(${CMAKE_BINARY_DIR}/pkgconfig/solo-${SOLO_ARCH}.pc ${CMAKE_BINARY_DIR}/pkgconfig/solo.pc COPYONLY)
  install(FILES ${CMAKE_BINARY_DIR}/pkgconfig/solo.pc DESTINATION lib/pkgconfig)
endif()
