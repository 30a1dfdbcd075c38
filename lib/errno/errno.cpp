#include <solo/errno.hpp>

namespace solo {

const char *name(Errno e) noexcept {
  switch (e) {
#define SOLO_ERRNO(n, number, text)                                                                                    \
  case Errno::n:                                                                                                       \
    return #n;
#include <solo/errno_list.inc>
#undef SOLO_ERRNO
  }
  return "EUNKNOWN";
}

const char *message(Errno e) noexcept {
  switch (e) {
#define SOLO_ERRNO(n, number, text)                                                                                    \
  case Errno::n:                                                                                                       \
    return text;
#include <solo/errno_list.inc>
#undef SOLO_ERRNO
  }
  return "Unknown error";
}

} // namespace solo
