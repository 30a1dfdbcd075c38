// Where formatted text goes: a window [pos, end) of a buffer plus a function that makes room when it is full.
// A buffered stream's function writes the buffer out; a fixed buffer's counts what did not fit. Formatting
// writes straight into the window, so the common case is a bounds check and a copy.
#pragma once

#include <solo/types.hpp>

namespace solo::fmt {

class Sink {
public:
  void write(const char *s, size_t n) {
    if (static_cast<size_t>(end_ - pos_) >= n) {
      __builtin_memcpy(pos_, s, n);
      pos_ += n;
    } else {
      overflow_(*this, s, n);
    }
  }
  void put(char c) {
    if (pos_ != end_)
      *pos_++ = c;
    else
      overflow_(*this, &c, 1);
  }
  void fill(char c, size_t n) {
    if (n != 0) fill_out(c, n);
  }

  // For formatters that lay short text out in place: the write position when the window has room for n bytes,
  // else nullptr (then write() as usual). advance(k) then takes the k bytes written there.
  char *room(size_t n) noexcept { return static_cast<size_t>(end_ - pos_) >= n ? pos_ : nullptr; }
  void advance(size_t k) noexcept { pos_ += k; }

  Sink(const Sink &) = delete;
  Sink &operator=(const Sink &) = delete;

protected:
  void fill_out(char c, size_t n);

  // Called when `n` bytes at `s` do not fit in [pos_, end_): must consume them all (write, copy or drop).
  using Overflow = void (*)(Sink &, const char *s, size_t n);
  constexpr Sink(char *pos, char *end, Overflow overflow) noexcept : pos_(pos), end_(end), overflow_(overflow) {}

  char *pos_;
  char *end_;
  Overflow overflow_;
};

// Formats into a caller's fixed buffer. Text that does not fit is counted, not written.
class BufferSink : public Sink {
public:
  BufferSink(char *buf, size_t size) noexcept : Sink(buf, buf + size, &drop), begin_(buf) {}
  // What was written, and how much the full text needed.
  size_t written() const noexcept { return static_cast<size_t>(pos_ - begin_); }
  size_t needed() const noexcept { return written() + dropped_; }

private:
  static void drop(Sink &sink, const char *s, size_t n);
  char *begin_;
  size_t dropped_ = 0;
};

} // namespace solo::fmt
