#include <solo/io/retry.hpp>

namespace solo::io {

Result<size_t> read_exact(FdRef fd, void *buf, size_t size, size_t *done) noexcept {
  char *p = static_cast<char *>(buf);
  size_t got = 0;
  while (got < size) {
    auto n = io::read(fd, p + got, size - got);
    if (!n) {
      if (done) *done = got;
      return n.error();
    }
    if (*n == 0) break; // end of file
    got += *n;
  }
  if (done) *done = got;
  return got;
}

} // namespace solo::io
