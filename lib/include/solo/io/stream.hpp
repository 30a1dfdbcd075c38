// Buffered output streams. solo::io::stdout is fully buffered to files and pipes and line-buffered to a
// terminal (decided at its first flush); solo::io::stderr goes out at the end of every print. Both are flushed
// by solo::exit (returning from main), and flush_all() is there for anything that must flush earlier, such as
// code about to fork or exec.
//
// Bytes handed to a stream are never dropped because of a signal: its writes resume after EINTR whatever the
// interrupt request says (solo/interrupt.hpp stops *waiting*, not output), so a program stopping on Ctrl-C
// still writes everything it printed. A write blocked on a full pipe therefore waits for the reader; it ends
// early only if the kernel reports an error (EPIPE once the reader is gone, EAGAIN on a non-blocking
// descriptor), and that error is reported as below.
//
// Errors are sticky, like C's ferror: a failed write drops the buffered bytes and every later one, and
// flush() / error() report it until clear_error(). At exit a stream error is reported on stderr as GNU's
// tools do ("PROGRAM: write error: No space left on device") and an exit status of 0 becomes 1; a program that
// reports the error itself calls clear_error() afterwards so that it is not reported twice.
//
// With threads, one output at a time: print, println, write and flush hold the stream's lock (taken only once
// the program has spawned a thread), so a line printed by one thread never interleaves mid-line with another
// thread's, even when it fills the buffer. Formatting straight into the stream as a Sink takes no lock: hold a
// Stream::Locked around it. A formatter that prints to the stream it is formatting into deadlocks, and so
// does printing from a signal handler that interrupted a print to the same stream.
#pragma once

#include <solo/detail/fork_handlers.hpp>
#include <solo/detail/threads_started.hpp>
#include <solo/fd.hpp>
#include <solo/fmt/sink.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>
#include <solo/sync/mutex.hpp>

namespace solo::io {

class Stream : public fmt::Sink {
public:
  enum class Mode : unsigned char { Auto, Full, Line, Unbuffered };

  // The descriptor is borrowed (an int, or an Fd the caller keeps open until the last flush).
  constexpr Stream(FdRef fd, char *buf, size_t size, Mode mode) noexcept
      : Sink(buf, buf + size, &overflow), fd_(fd.get()), begin_(buf), mode_(mode) {}

  int fd() const noexcept { return fd_; }
  Mode mode() const noexcept { return mode_; }
  void set_mode(Mode m) noexcept { mode_ = m; }

  // The stream's lock for the scope of one output, once threads exist.
  class [[nodiscard]] Locked {
  public:
    explicit Locked(Stream &s) noexcept : s_(solo::detail::multithreaded() ? &s : nullptr) {
      if (s_) s_->lock();
    }
    ~Locked() {
      if (s_) s_->lock_.unlock();
    }
    Locked(const Locked &) = delete;
    Locked &operator=(const Locked &) = delete;

  private:
    Stream *s_;
  };

  // Writes out what is buffered; reports the first error this stream has seen.
  Result<void> flush() noexcept {
    Locked l(*this);
    return flush_buffer();
  }
  // The first error seen (Errno(0) if none).
  Errno error() const noexcept { return error_; }
  // Forgets the error (C's clearerr): later output is written again, and exit does not report it.
  void clear_error() noexcept { error_ = Errno(0); }

  // Text as it is, with the same flushing rules as print. (Sink::write, which formatters use, leaves the
  // flushing decision to the end of the print.)
  void write(StringView s) {
    Locked l(*this);
    Sink::write(s.data(), s.size());
    end_of_output();
  }
  using Sink::write;

  // Called after each complete print (with the lock held, if any): flushes a line-buffered stream that holds a
  // newline and an unbuffered one.
  void end_of_output() noexcept {
    if (mode_ == Mode::Full) return;
    if (mode_ == Mode::Auto) resolve_mode();
    if (mode_ == Mode::Unbuffered || (mode_ == Mode::Line && holds_newline())) (void)flush_buffer();
  }

  // proc::fork's handler for the standard streams (solo::detail::fork_handler_streams, stream.cpp).
  static void fork_prepare(void *) noexcept;
  static void fork_after(void *, bool) noexcept;

private:
  Result<void> flush_buffer() noexcept;
  void lock() noexcept { lock_.lock(); }
  static void overflow(Sink &sink, const char *s, size_t n);
  void write_out(const char *s, size_t n) noexcept;
  void resolve_mode() noexcept;
  bool holds_newline() const noexcept;

  int fd_;
  char *begin_;
  Mode mode_;
  Errno error_ = Errno(0);
  Mutex lock_;
};

// `stdout` and `stderr` may be macros in a hosted C library's <stdio.h>; these are solo's own. glibc's
// (`#define stdout stdout`) change nothing; musl's (`#define stdout (stdout)`) still leave these declarations
// valid, but `io::stdout` in a program then needs an #undef stdout after the C header.
extern Stream stdout;
extern Stream stderr;

namespace detail {
// solo's own headers name the stream this way, which survives either macro.
inline Stream &standard_output() noexcept { return stdout; }
} // namespace detail

// Flushes solo::io::stdout and stderr; the first error wins.
Result<void> flush_all() noexcept;

// Whether fd is a terminal (the TCGETS ioctl succeeds on it).
bool is_terminal(FdRef fd) noexcept;

} // namespace solo::io
