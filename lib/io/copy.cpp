#include <solo/io.hpp>
#include <solo/io/retry.hpp>

namespace solo::io {

Result<size_t> copy(FdRef in, FdRef out, size_t *done) noexcept {
  char buf[32 * 1024];
  size_t total = 0;
  for (;;) {
    auto n = io::read(in, buf, sizeof buf);
    if (!n) {
      if (done) *done = total;
      return n.error();
    }
    if (*n == 0) break;
    // What copy has taken from `in` exists only in its buffer: an interrupt request does not stop this write.
    size_t written = 0;
    if (auto w = write_all_uninterrupted(out, buf, *n, &written); !w) {
      if (done) *done = total + written; // what reached `out`, exactly
      return w.error();
    }
    total += *n;
  }
  if (done) *done = total;
  return total;
}

} // namespace solo::io
