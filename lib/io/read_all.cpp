#include <solo/io/read_all.hpp>
#include <solo/io/retry.hpp>
#include <solo/sys/stat.hpp>

namespace solo::io {

namespace {

// String and Vector<char> alike: room is made with try_reserve, read into through try_resize_for_overwrite,
// and what the read did not fill is cut off again.
template <class Buffer> Result<void> append_all(FdRef fd, Buffer &out) {
  // A regular file's size plus one byte, for the read that sees the end; anything else 64 KiB, then doubling
  // whenever the room is used up.
  sys::Stat st;
  size_t more = 64 * 1024;
  if (sys::fstat(fd, st) && sys::is_regular(st.st_mode) && st.st_size >= 0) more = static_cast<size_t>(st.st_size) + 1;
  for (;;) {
    size_t have = out.size();
    if (out.capacity() - have < more)
      if (auto r = out.try_reserve(have + more); !r) return r;
    if (auto r = out.try_resize_for_overwrite(out.capacity()); !r) return r;
    auto n = read(fd, out.data() + have, out.size() - have);
    out.truncate(have + (n ? *n : 0));
    if (!n) return n.error();
    if (*n == 0) return {};
    more = out.size() < out.capacity() ? 1 : out.size(); // room left: use it; none: double
  }
}

} // namespace

Result<void> read_append(FdRef fd, String &out) { return append_all(fd, out); }
Result<void> read_append(FdRef fd, Vector<char> &out) { return append_all(fd, out); }

Result<String> read_all(FdRef fd) {
  String out;
  if (auto r = append_all(fd, out); !r) return r.error();
  return out;
}

Result<String> read_file(CStr path) {
  auto fd = io::openat(sys::at_fdcwd, path, sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
  if (!fd) return fd.error();
  return read_all(*fd);
}

} // namespace solo::io
