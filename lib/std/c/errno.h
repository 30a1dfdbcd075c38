/* The error numbers for libc++'s <cerrno>, which builds std::errc from them (and would define stand-ins of its
   own, 9901 and up, for any that are missing): solo's names, as constants and macros that name them
   (solo/detail/errno_names.hpp). There is no `errno`: solo returns errors as values (solo::Result). */
#pragma once

#include <solo/detail/errno_names.hpp>
