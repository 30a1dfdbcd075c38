#include <solo/io/line_reader.hpp>
#include <solo/io/retry.hpp>

namespace solo::io {

Result<bool> LineReader::read_line(Line &line) noexcept {
  size_t scanned = start_;
  for (;;) {
    for (size_t i = scanned; i < end_; ++i)
      if (buf_[i] == '\n') {
        line = {StringView(buf_ + start_, i - start_), true, false};
        start_ = i + 1;
        continued_ = false;
        return true;
      }
    if (eof_) {
      // The end of input ends the last line. A line whose pieces have all been handed out as partial still
      // gets its last piece, empty, so that every line ends with a piece that is not partial.
      if (start_ == end_ && !continued_) return false;
      line = {StringView(buf_ + start_, end_ - start_), false, false};
      start_ = end_ = 0;
      continued_ = false;
      return true;
    }
    if (start_ == 0 && end_ == size_) {
      // A line as long as the buffer: hand out what there is; the line continues in the next piece.
      line = {StringView(buf_, end_), false, true};
      start_ = end_ = 0;
      continued_ = true;
      return true;
    }
    // Move the unfinished line to the front and read more after it.
    if (start_ != 0) {
      __builtin_memmove(buf_, buf_ + start_, end_ - start_);
      end_ -= start_;
      start_ = 0;
    }
    scanned = end_;
    // Under the EINTR policy: an interrupt request ends the wait with EINTR, and what is buffered stays
    // for the next call.
    auto n = io::read(fd_, buf_ + end_, size_ - end_);
    if (!n) return n.error();
    if (*n == 0)
      eof_ = true;
    else
      end_ += *n;
  }
}

} // namespace solo::io
