#include <solo/io.hpp>
#include <solo/sys/file.hpp>

namespace solo::io {

Result<void> write_all(int fd, const void *data, size_t size, size_t *written) noexcept {
  const char *p = static_cast<const char *>(data);
  size_t done = 0;
  while (done < size) {
    auto n = sys::write(fd, p + done, size - done);
    if (!n) {
      if (n.error() == Errno::EINTR) continue;
      if (written) *written = done;
      return n.error();
    }
    done += *n;
  }
  if (written) *written = done;
  return {};
}

} // namespace solo::io
