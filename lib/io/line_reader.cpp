#include <solo/io/line_reader.hpp>
#include <solo/sys/file.hpp>

namespace solo::io {

Result<bool> LineReader::read_line(Line &line) noexcept {
  size_t scanned = start_;
  for (;;) {
    for (size_t i = scanned; i < end_; ++i)
      if (buf_[i] == '\n') {
        line = {StringView(buf_ + start_, i - start_), true, false};
        start_ = i + 1;
        return true;
      }
    if (eof_ || (start_ == 0 && end_ == size_)) {
      if (start_ == end_) return false;
      // End of input without a newline, or a line as long as the buffer: hand out what there is.
      line = {StringView(buf_ + start_, end_ - start_), false, !eof_};
      start_ = end_ = 0;
      return true;
    }
    // Move the unfinished line to the front and read more after it.
    if (start_ != 0) {
      __builtin_memmove(buf_, buf_ + start_, end_ - start_);
      end_ -= start_;
      start_ = 0;
    }
    scanned = end_;
    auto n = sys::read(fd_, buf_ + end_, size_ - end_);
    if (!n) {
      if (n.error() == Errno::EINTR) continue;
      return n.error();
    }
    if (*n == 0)
      eof_ = true;
    else
      end_ += *n;
  }
}

} // namespace solo::io
