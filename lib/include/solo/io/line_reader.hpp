// Reading a descriptor line by line through a caller's buffer (nothing is allocated). A line longer than the
// buffer is not cut or lost: it arrives in pieces of exactly the buffer's size marked `partial`, and then a
// last piece that is not (empty when the line's length is a multiple of the buffer size). Every byte of the
// input reaches the caller exactly once, and every line, the last one too, ends with a piece that is not
// partial. Reads follow the EINTR policy (solo/io/retry.hpp): after an interrupt request read_line returns
// EINTR and keeps what it has buffered, so a later call carries on where it stopped.
//
//   char buf[4096];
//   solo::io::LineReader in(0, buf, sizeof buf);
//   solo::io::Line line;
//   while (auto more = in.read_line(line); more && *more) use(line.text);
#pragma once

#include <solo/fd.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo::io {

struct Line {
  StringView text;      // without the '\n'; valid until the next read_line
  bool newline = false; // it ended with '\n' (false for a last line without one, and for partial pieces)
  bool partial = false; // the buffer filled up first: the same line continues in the next piece
};

class LineReader {
public:
  // The descriptor is borrowed, as by every call that takes a FdRef: an int, or an Fd the caller keeps open.
  LineReader(FdRef fd, char *buf, size_t size) noexcept : fd_(fd.get()), buf_(buf), size_(size) {}

  // true with the next line (or piece) in `line`; false at the end of input; an Errno if read failed
  // (EINTR only after an interrupt request).
  Result<bool> read_line(Line &line) noexcept;

private:
  int fd_;
  char *buf_;
  size_t size_;
  size_t start_ = 0, end_ = 0;
  bool eof_ = false;
  bool continued_ = false; // the last piece handed out was partial
};

} // namespace solo::io
