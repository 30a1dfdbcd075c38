#include <solo/fmt/sink.hpp>

namespace solo::fmt {

void Sink::fill_out(char c, size_t n) {
  char chunk[32];
  __builtin_memset(chunk, c, sizeof chunk);
  while (n > sizeof chunk) {
    write(chunk, sizeof chunk);
    n -= sizeof chunk;
  }
  write(chunk, n);
}

void BufferSink::drop(Sink &sink, const char *s, size_t n) {
  auto &self = static_cast<BufferSink &>(sink);
  size_t room = static_cast<size_t>(self.end_ - self.pos_);
  __builtin_memcpy(self.pos_, s, room);
  self.pos_ += room;
  self.dropped_ += n - room;
}

} // namespace solo::fmt
