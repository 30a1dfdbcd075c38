# find_package(solo <version>): solo's version is <root>/VERSION. Before 1.0 a minor version may break
# compatibility, so 0.x.y matches requests of the same 0.x; from 1.0 on, the same major version does. solo
# has no size of its own (it holds libraries for every architecture), so no pointer size is compared.
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/../VERSION PACKAGE_VERSION)
set(PACKAGE_VERSION_COMPATIBLE FALSE)
if(PACKAGE_FIND_VERSION VERSION_EQUAL PACKAGE_VERSION)
  set(PACKAGE_VERSION_EXACT TRUE)
endif()
string(REGEX MATCH "^[0-9]+" have_major "${PACKAGE_VERSION}")
string(REGEX MATCH "^[0-9]+\\.[0-9]+" have_minor "${PACKAGE_VERSION}")
if(PACKAGE_FIND_VERSION VERSION_LESS_EQUAL PACKAGE_VERSION)
  if(have_major STREQUAL "0")
    if("${PACKAGE_FIND_VERSION_MAJOR}.${PACKAGE_FIND_VERSION_MINOR}" VERSION_EQUAL have_minor)
      set(PACKAGE_VERSION_COMPATIBLE TRUE)
    endif()
  elseif(PACKAGE_FIND_VERSION_MAJOR STREQUAL have_major)
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
  endif()
endif()
