// The same buffer passed where a path is expected: the message must point at CStr::from_buffer too.
#include <solo/sys/file.hpp>

int main() {
  char buf[16] = "name";
  auto fd = solo::sys::openat(solo::sys::at_fdcwd, buf, solo::sys::OpenFlags::ReadOnly);
  return fd ? 0 : 1;
}
