// Output handed to solo's streams survives an interrupt request, and output that cannot be written is never
// lost silently. Each case runs in a child whose stdout and stderr are pipes (or /dev/full, or a pipe nobody
// reads) and which ends through solo::exit, as returning from main does; the parent compares exactly what
// came out and how the child ended.
//
// What an interrupt request (signal::request_interrupt, Action::interrupt on SIGINT) means for output:
//   * it stops waiting (reads, accepts, polls, sleeps), never the bytes a program handed to a stream: what
//     stdout buffered before the signal, what println writes after it, and stderr all come out;
//   * a stream write that blocks on a full pipe while the interrupt is requested still completes;
//   * a flush at exit that cannot complete says "PROGRAM: write error: REASON" on stderr and turns a
//     status of 0 into 1 (a program that reports the error itself calls clear_error(), as GNU's does).
#include "signal_util.hpp"

#include <solo/exit.hpp>
#include <solo/print.hpp>
#include <solo/process.hpp>
#include <solo/sys/file.hpp>

using namespace test;
using solo::StringView;

namespace {

constexpr size_t big = 256 * 1024; // four times a pipe's default capacity

struct Ended {
  int status = -1; // the exit status, or -1 when a signal ended the child
  int signal = 0;
  char *out = nullptr;
  size_t out_size = 0;
  char err[4096] = {};
  size_t err_size = 0;
  StringView out_text() const { return StringView(out, out_size); }
  StringView err_text() const { return StringView(err, err_size); }
};

char out_buffer[big + 4096];

enum class Target { Pipe, DevFull, ClosedPipe };

// Opens /dev/full as descriptor `fd`; false where there is none.
bool dev_full_at(int fd) {
  auto full = sys::openat(sys::at_fdcwd, "/dev/full", sys::OpenFlags::WriteOnly);
  if (!full) return false;
  return sys::dup3(full->get(), fd).has_value();
}

bool have_dev_full() { return sys::openat(sys::at_fdcwd, "/dev/full", sys::OpenFlags::WriteOnly).has_value(); }

// Runs `body` in a child with stdout on `target` and stderr on a pipe, and ends it with solo::exit(body()).
// `before_reading(pid)` runs in the parent before it starts reading the child's stdout.
template <class Body, class Before> Ended run(Target target, Body body, Before before_reading) {
  Ended e;
  e.out = out_buffer;
  int out[2], err[2];
  CHECK(sys::pipe2(out).has_value());
  CHECK(sys::pipe2(err).has_value());
  if (target == Target::ClosedPipe) (void)sys::close(out[0]); // before the fork: the child must find no reader
  int pid = fork();
  if (pid == 0) {
    sig::clear_interrupt();
    if (target == Target::DevFull) {
      if (!dev_full_at(1)) sys::exit_group(98);
    } else {
      (void)sys::dup3(out[1], 1);
    }
    (void)sys::dup3(err[1], 2);
    int ends[] = {out[0], out[1], err[0], err[1]};
    for (int fd : ends)
      if (!(fd == out[0] && target == Target::ClosedPipe)) (void)sys::close(fd);
    solo::exit(body());
  }
  (void)sys::close(out[1]);
  (void)sys::close(err[1]);
  before_reading(pid);
  // Both pipes at once, so that neither fills up while the other is read.
  sys::Pollfd p[2] = {{target == Target::ClosedPipe ? -1 : out[0], sys::PollEvents::In, sys::PollEvents::None},
                      {err[0], sys::PollEvents::In, sys::PollEvents::None}};
  for (int open = target == Target::ClosedPipe ? 1 : 2; open > 0;) {
    auto ready = sys::raw(sys::tnr::ppoll, p, 2, nullptr, nullptr, 8);
    if (ready < 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (p[i].fd < 0 || p[i].revents == sys::PollEvents::None) continue;
      char *at = i == 0 ? e.out + e.out_size : e.err + e.err_size;
      size_t room = i == 0 ? sizeof out_buffer - e.out_size : sizeof e.err - e.err_size;
      long n = sys::raw(sys::nr::read, p[i].fd, at, room);
      if (n <= 0) {
        (void)sys::close(p[i].fd);
        p[i].fd = -1;
        --open;
        continue;
      }
      (i == 0 ? e.out_size : e.err_size) += static_cast<size_t>(n);
    }
  }
  int status = 0;
  CHECK_EQ(sys::raw(sys::nr::wait4, pid, &status, 0, nullptr), pid);
  if ((status & 0x7f) == 0)
    e.status = (status >> 8) & 0xff;
  else
    e.signal = status & 0x7f;
  return e;
}

template <class Body> Ended run(Target target, Body body) {
  return run(target, body, [](int) {});
}

void interrupt_me() {
  (void)sig::set_action(sig::INT, sig::Action::interrupt());
  (void)sig::raise(sig::INT);
}

bool all(StringView s, char c, size_t n) {
  if (s.size() != n) return false;
  for (char x : s)
    if (x != c) return false;
  return true;
}

void show(const char *what, const Ended &e) {
  if (e.status == 0) return;
  print(what, e.status, " (status)\n");
  (void)io::out(e.err_text());
}

// The program: text buffered before the signal, println after it, stderr, flush(), clear_interrupt().
void output_survives_the_request() {
  auto e = run(Target::Pipe, [] {
    solo::print("before the signal\n"); // buffered: stdout is a pipe
    interrupt_me();
    if (!sig::interrupt_requested()) return 20;
    solo::println("after the signal {}", 1);
    solo::println(solo::io::stderr, "stderr after the signal");
    if (!solo::io::stdout.flush()) return 21;
    if (solo::io::stdout.error() != solo::Errno(0)) return 22;
    sig::clear_interrupt();
    solo::println("after clear_interrupt");
    return 0;
  });
  show("output_survives_the_request: ", e);
  CHECK_EQ(e.status, 0);
  CHECK(e.out_text() == "before the signal\nafter the signal 1\nafter clear_interrupt\n");
  CHECK(e.err_text() == "stderr after the signal\n");
}

// Nothing flushed by hand: the exit flush writes what is buffered, long text to stderr too.
void exit_flushes_after_the_request() {
  auto e = run(Target::Pipe, [] {
    static char line[3001];
    for (size_t i = 0; i < 3000; ++i) line[i] = 'e';
    solo::print("{}", "unterminated");
    interrupt_me();
    solo::println(solo::io::stderr, "{}", StringView(line, 3000)); // six times stderr's buffer
    solo::print("{}", " and more");
    return 0;
  });
  show("exit_flushes_after_the_request: ", e);
  CHECK_EQ(e.status, 0);
  CHECK(e.out_text() == "unterminated and more");
  CHECK_EQ(e.err_size, 3001);
}

// A write blocked on a full pipe when the interrupt comes completes once the reader reads.
void blocked_write_completes() {
  auto e = run(
      Target::Pipe,
      [] {
        (void)sig::set_action(sig::INT, sig::Action::interrupt());
        static char chunk[1000];
        for (char &c : chunk) c = 'b';
        for (size_t i = 0; i < big / sizeof chunk; ++i) solo::print("{}", StringView(chunk, sizeof chunk));
        solo::print("{}", StringView(chunk, big % sizeof chunk));
        if (!solo::io::stdout.flush()) return 30;
        return sig::interrupt_requested() ? 0 : 31; // the signal did arrive while writing
      },
      [](int pid) {
        pause_ms(200); // the child has filled the pipe and waits in write
        CHECK(sys::kill(pid, sig::INT).has_value());
        pause_ms(200);
      });
  show("blocked_write_completes: ", e);
  CHECK_EQ(e.status, 0);
  CHECK(all(e.out_text(), 'b', big));
}

// The exit flush fails: a message in GNU's words and a failing status.
void exit_reports_write_errors() {
  auto program = StringView(solo::process::argv()[0]);
  auto expect = [&](const Ended &e, StringView reason) {
    StringView err = e.err_text();
    StringView tail = ": write error: ";
    bool ok = err.size() == program.size() + tail.size() + reason.size() + 1 &&
              StringView(err.data(), program.size()) == program &&
              StringView(err.data() + program.size(), tail.size()) == tail &&
              StringView(err.data() + program.size() + tail.size(), reason.size()) == reason &&
              err.data()[err.size() - 1] == '\n';
    if (!ok) {
      (void)io::out("stderr was: ");
      (void)io::out(err);
      (void)io::out("\n");
    }
    return ok;
  };

  // A closed pipe with SIGPIPE ignored: EPIPE.
  auto closed = run(Target::ClosedPipe, [] {
    (void)sig::set_action(sig::PIPE, sig::Action::ignore());
    solo::println("nobody reads this");
    return 0;
  });
  CHECK_EQ(closed.status, 1);
  CHECK(expect(closed, "Broken pipe"));

  // With SIGPIPE at its default the write kills the program, as it does GNU's tools.
  auto killed = run(Target::ClosedPipe, [] {
    solo::println("nobody reads this");
    return 0;
  });
  CHECK_EQ(killed.signal, sig::PIPE);

  // After an interrupt request the error is still the write's own, not EINTR.
  auto interrupted = run(Target::ClosedPipe, [] {
    (void)sig::set_action(sig::PIPE, sig::Action::ignore());
    solo::print("pending ");
    interrupt_me();
    solo::println("and after");
    return 0;
  });
  CHECK_EQ(interrupted.status, 1);
  CHECK(expect(interrupted, "Broken pipe"));

  if (!have_dev_full()) {
    (void)io::out("no /dev/full here: its cases are skipped\n");
    return;
  }
  auto full = run(Target::DevFull, [] {
    solo::println("hello");
    return 0;
  });
  CHECK_EQ(full.status, 1);
  CHECK(expect(full, "No space left on device"));

  // A failing status of the program's own is kept.
  auto three = run(Target::DevFull, [] {
    solo::println("hello");
    return 3;
  });
  CHECK_EQ(three.status, 3);
  CHECK(expect(three, "No space left on device"));

  // solo::exit(0) called directly is the same exit.
  auto direct = run(Target::DevFull, []() -> int {
    solo::print("x");
    solo::exit(0);
  });
  CHECK_EQ(direct.status, 1);
  CHECK(expect(direct, "No space left on device"));

  // A program that saw the error and reported it clears it: no second message.
  auto reported = run(Target::DevFull, [] {
    solo::println("hello");
    auto f = solo::io::stdout.flush();
    if (f) return 40;
    solo::println(solo::io::stderr, "own message: {}", f.error());
    solo::io::stdout.clear_error();
    return 4;
  });
  CHECK_EQ(reported.status, 4);
  CHECK(reported.err_text() == "own message: No space left on device\n");

  // Nothing written, nothing to report.
  auto silent = run(Target::DevFull, [] { return 0; });
  CHECK_EQ(silent.status, 0);
  CHECK_EQ(silent.err_size, 0);
}

} // namespace

int main() {
  output_survives_the_request();
  exit_flushes_after_the_request();
  blocked_write_completes();
  exit_reports_write_errors();
  return check::summary();
}
