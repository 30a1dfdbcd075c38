#include <solo/io.hpp>
#include <solo/io/retry.hpp>

namespace solo::io {

namespace {
template <class Write> Result<void> write_loop(const void *data, size_t size, size_t *written, Write write) noexcept {
  const char *p = static_cast<const char *>(data);
  size_t done = 0;
  while (done < size) {
    auto n = write(p + done, size - done);
    if (!n) {
      if (written) *written = done;
      return n.error();
    }
    done += *n;
  }
  if (written) *written = done;
  return {};
}
} // namespace

// Short writes are continued and EINTR resumed under the policy in solo/io/retry.hpp: once an interrupt is
// requested the loop stops at the next call, and `written` says exactly how much went out.
Result<void> write_all(FdRef fd, const void *data, size_t size, size_t *written) noexcept {
  return write_loop(data, size, written, [fd](const char *p, size_t n) { return io::write(fd, p, n); });
}

Result<void> write_all_uninterrupted(FdRef fd, const void *data, size_t size, size_t *written) noexcept {
  return write_loop(data, size, written, [fd](const char *p, size_t n) {
    return sys::result<size_t>(detail::resume_always([&] { return sys::raw(sys::nr::write, fd, p, n); }));
  });
}

} // namespace solo::io
