#include <solo/detail/link.hpp>
#include <solo/io.hpp>
#include <solo/io/flush_hook.hpp>
#include <solo/io/stream.hpp>
#include <solo/process.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/tty.hpp>

namespace solo::io {

namespace {
// One page each: a pipe takes a page at a time, and files are written in blocks of that size anyway.
constinit char stdout_buffer[4096];
// stderr is written at the end of each print; its buffer only has to hold one typical message.
constinit char stderr_buffer[512];
} // namespace

constinit Stream stdout(stdout_fd, stdout_buffer, sizeof stdout_buffer, Stream::Mode::Auto);
constinit Stream stderr(stderr_fd, stderr_buffer, sizeof stderr_buffer, Stream::Mode::Unbuffered);

void Stream::fork_prepare(void *) noexcept {
  stdout.lock_.lock();
  stderr.lock_.lock();
}

void Stream::fork_after(void *, bool) noexcept {
  stderr.lock_.unlock();
  stdout.lock_.unlock();
}

} // namespace solo::io

// proc::fork takes both standard streams' locks around the fork, so that neither is in the middle of another
// thread's print in the child's copy (found by name, lib/thread/fork_handlers.cpp).
solo::detail::ForkHandler solo::detail::fork_handler_streams{&solo::io::Stream::fork_prepare,
                                                             &solo::io::Stream::fork_after, nullptr};

namespace solo::io {

bool is_terminal(FdRef fd) noexcept {
  sys::Termios t;
  return sys::get_termios(fd, t).has_value();
}

void Stream::resolve_mode() noexcept { mode_ = is_terminal(fd_) ? Mode::Line : Mode::Full; }

bool Stream::holds_newline() const noexcept {
  for (const char *p = pos_; p != begin_;)
    if (*--p == '\n') return true;
  return false;
}

// Bytes in a stream belong to the program's output: they are written whatever the interrupt request says.
void Stream::write_out(const char *s, size_t n) noexcept {
  if (error_ != Errno(0) || n == 0) return;
  if (auto r = write_all_uninterrupted(fd_, s, n); !r) error_ = r.error();
}

Result<void> Stream::flush_buffer() noexcept {
  size_t n = static_cast<size_t>(pos_ - begin_);
  pos_ = begin_;
  write_out(begin_, n);
  if (error_ != Errno(0)) return error_;
  return {};
}

void Stream::overflow(Sink &sink, const char *s, size_t n) {
  SOLO_LINK_WITH(__solo_flush_step); // every Stream points here: a program with one flushes it at exit
  auto &self = static_cast<Stream &>(sink);
  if (self.mode_ == Mode::Auto) self.resolve_mode();
  size_t capacity = static_cast<size_t>(self.end_ - self.begin_);
  // Fill the buffer up, write it, then either buffer the rest or, if it is big, write it directly.
  size_t room = static_cast<size_t>(self.end_ - self.pos_);
  __builtin_memcpy(self.pos_, s, room);
  self.pos_ += room;
  s += room;
  n -= room;
  (void)self.flush_buffer();
  if (n >= capacity) {
    self.write_out(s, n);
    return;
  }
  __builtin_memcpy(self.pos_, s, n);
  self.pos_ += n;
}

Result<void> flush_all() noexcept {
  auto a = stdout.flush();
  auto b = stderr.flush();
  return a ? b : a;
}

namespace detail {
// The strong definition of the weak hook in crt/exit.cpp (see flush_hook.hpp).
void flush_standard_streams() noexcept { (void)flush_all(); }
} // namespace detail

namespace {

// The flush at exit: if it cannot complete, "PROGRAM: write error: REASON" (GNU's words) on stderr, in one
// write when it fits stderr's buffer, and a failing status. Returns the status to exit with.
int finish_standard_streams(int status) noexcept {
  auto out = stdout.flush();
  if (!out) {
    char **argv = process::argv();
    if (argv != nullptr && argv[0] != nullptr) {
      stderr.Sink::write(argv[0], StringView(argv[0]).size());
      stderr.Sink::write(": ", 2);
    }
    StringView what = "write error: ", reason(message(out.error()));
    stderr.Sink::write(what.data(), what.size());
    stderr.Sink::write(reason.data(), reason.size());
    stderr.put('\n');
  }
  auto err = stderr.flush();
  if (out && err) return status;
  return status == 0 ? 1 : status;
}

} // namespace

} // namespace solo::io

// exit's last step before exit_group (solo/detail/link.hpp).
extern "C" void __solo_flush_step(long *status) {
  SOLO_STEP(__solo_flush_step, SOLO_STEP_FLUSH);
  *status = solo::io::finish_standard_streams(static_cast<int>(*status));
}
