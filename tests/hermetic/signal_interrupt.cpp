// The interrupt request: SIGINT installed with Action::interrupt makes blocking calls return EINTR promptly
// (while a SIGALRM storm, which does not request it, still leaves them alone), later calls fail at once until
// clear_interrupt(), and whole-buffer helpers report exactly how much they moved before stopping.
//
// "Promptly" is checked as "long before the call would have ended by itself": each call here would block
// for 5 s (or for ever) and the SIGINT comes after 100 ms, so anything under 2 s is the interrupt at work.
#include "signal_util.hpp"

using namespace test;
using solo::Errno;
using solo::Timespec;

namespace {

constexpr long prompt_ms = 2000;
volatile int sigints = 0;
void on_sigint(int) { sigints = sigints + 1; }

// A child that sends SIGINT to this process after `ms`.
int interrupt_after(long ms) {
  int parent = sys::getpid();
  return spawn([=] {
    pause_ms(ms);
    return sys::kill(parent, sig::INT) ? 0 : 1;
  });
}

// The same, counting from the parent's go: a byte on `go[0]` that the parent writes right before the call under
// test, so that a parent slow to get there (a loaded machine, an emulator) is not interrupted before it starts.
int interrupt_after_go(const int (&go)[2], long ms) {
  int parent = sys::getpid();
  return spawn([=] {
    char c;
    if (sys::raw(sys::nr::read, go[0], &c, 1) != 1) return 1;
    pause_ms(ms);
    return sys::kill(parent, sig::INT) ? 0 : 1;
  });
}
void say_go(const int (&go)[2]) { (void)sys::raw(sys::nr::write, go[1], "g", 1); }

// Reaps a helper child once a test is done with the interrupt (the request would make wait4 fail too).
void reap(int pid) {
  sig::clear_interrupt();
  (void)wait_for(pid);
}

void sleep_is_interrupted() {
  sig::clear_interrupt();
  int child = interrupt_after(100);
  long start = now_ms();
  auto r = io::sleep_for(Timespec::from_milliseconds(5000));
  long took = now_ms() - start;
  CHECK(r.error() == Errno::EINTR);
  CHECK(took < prompt_ms);
  CHECK(sig::interrupt_requested());
  CHECK(sigints > 0); // the program's own handler ran too
  print("sleep interrupted after ", took, " ms\n");
  // Later calls fail at once, without blocking, until the request is cleared.
  start = now_ms();
  CHECK(io::sleep_for(Timespec::from_milliseconds(5000)).error() == Errno::EINTR);
  CHECK(now_ms() - start < prompt_ms);
  sig::clear_interrupt();
  CHECK(!sig::interrupt_requested());
  CHECK(io::sleep_for(Timespec::from_milliseconds(1)).has_value());
  reap(child);
}

void read_poll_wait_are_interrupted() {
  int fds[2];
  CHECK(sys::pipe2(fds).has_value());
  char c;

  sig::clear_interrupt();
  int child = interrupt_after(100);
  long start = now_ms();
  CHECK(io::read(fds[0], &c, 1).error() == Errno::EINTR); // nobody ever writes
  CHECK(now_ms() - start < prompt_ms);
  reap(child);

  sig::clear_interrupt();
  child = interrupt_after(100);
  sys::Pollfd p{fds[0], sys::PollEvents::In, sys::PollEvents::None};
  start = now_ms();
  CHECK(io::poll(&p, 1, 5000).error() == Errno::EINTR);
  CHECK(now_ms() - start < prompt_ms);
  reap(child);

  sig::clear_interrupt();
  auto ep = sys::epoll_create1();
  CHECK(ep.has_value());
  auto interest = sys::epoll_event_for_fd(sys::EpollEvents::In, fds[0]);
  CHECK(sys::epoll_ctl(ep ? ep->get() : -1, sys::EpollOp::Add, fds[0], &interest).has_value());
  sys::EpollEvent ev[4];
  child = interrupt_after(100);
  start = now_ms();
  CHECK(io::epoll_wait(ep ? ep->get() : -1, ev, 4, 5000).error() == Errno::EINTR);
  CHECK(now_ms() - start < prompt_ms);
  reap(child);

  sig::clear_interrupt();
  Timespec timeout = Timespec::from_milliseconds(5000);
  child = interrupt_after(100);
  start = now_ms();
  CHECK(sig::wait(sig::SignalSet::of(sig::USR2), nullptr, &timeout).error() == Errno::EINTR);
  CHECK(now_ms() - start < prompt_ms);
  reap(child);

  // wait4 for a child that would live 5 s.
  sig::clear_interrupt();
  int sleeper = spawn([] {
    pause_ms(5000);
    return 0;
  });
  child = interrupt_after(100);
  start = now_ms();
  CHECK(io::wait4(sleeper).error() == Errno::EINTR);
  CHECK(now_ms() - start < prompt_ms);
  sig::clear_interrupt();
  reap(child);
  CHECK(sys::kill(sleeper, sig::KILL).has_value());
  CHECK_EQ(wait_for(sleeper).signal(), sig::KILL);

  (void)sys::close(fds[0]);
  (void)sys::close(fds[1]);
}

// Drains what is in a pipe right now (non-blocking reads) and checks it against the pattern.
size_t drain(int fd, unsigned char expected_base, size_t &wrong) {
  long flags = sys::raw(sys::nr::fcntl, fd, 3 /* F_GETFL */);
  (void)sys::raw(sys::nr::fcntl, fd, 4 /* F_SETFL */, flags | 04000 /* O_NONBLOCK */);
  static unsigned char buf[4096];
  size_t total = 0;
  for (;;) {
    long n = sys::raw(sys::nr::read, fd, buf, sizeof buf);
    if (n <= 0) break;
    for (long i = 0; i < n; ++i) wrong += buf[i] != static_cast<unsigned char>(expected_base + total + i);
    total += static_cast<size_t>(n);
  }
  return total;
}

void partial_transfers_are_exact() {
  // write_all of 1 MiB into a pipe nobody reads: it fills the pipe, blocks, and SIGINT stops it. The count
  // it reports must be exactly what the pipe holds.
  static unsigned char big[1 << 20];
  for (size_t i = 0; i < sizeof big; ++i) big[i] = static_cast<unsigned char>(i);
  int fds[2], go[2];
  CHECK(sys::pipe2(fds).has_value());
  CHECK(sys::pipe2(go).has_value());
  sig::clear_interrupt();
  int child = interrupt_after_go(go, 100);
  size_t written = 0;
  long start = now_ms();
  say_go(go);
  auto w = solo::io::write_all(fds[1], big, sizeof big, &written);
  CHECK(w.error() == Errno::EINTR);
  CHECK(now_ms() - start < prompt_ms);
  CHECK(written > 0);
  CHECK(written < sizeof big);
  size_t wrong = 0;
  CHECK_EQ(drain(fds[0], 0, wrong), written);
  CHECK_EQ(wrong, 0);
  print("write_all interrupted after ", static_cast<long>(written), " bytes\n");
  reap(child);
  (void)sys::close(fds[0]);
  (void)sys::close(fds[1]);

  // read_exact of 1000 bytes when only 300 ever come: the 300 are reported, then EINTR.
  CHECK(sys::pipe2(fds).has_value());
  sig::clear_interrupt();
  int parent = sys::getpid();
  child = spawn([&] {
    char c;
    if (sys::raw(sys::nr::read, go[0], &c, 1) != 1) return 1; // the parent is at read_exact
    if (!solo::io::write_all(fds[1], big, 300)) return 1;
    pause_ms(100);
    return sys::kill(parent, sig::INT) ? 0 : 1;
  });
  static unsigned char got[1000];
  size_t done = 0;
  say_go(go);
  auto r = io::read_exact(fds[0], got, sizeof got, &done);
  CHECK(r.error() == Errno::EINTR);
  CHECK_EQ(done, 300);
  wrong = 0;
  for (size_t i = 0; i < 300; ++i) wrong += got[i] != big[i];
  CHECK_EQ(wrong, 0);
  // The request stays until cleared: the next call fails at once.
  CHECK(io::read(fds[0], got, 1).error() == Errno::EINTR);
  reap(child);

  // copy: what it read, it writes, and the count it reports is what reached the output.
  int out[2];
  CHECK(sys::pipe2(out).has_value());
  sig::clear_interrupt();
  child = spawn([&] {
    char c;
    if (sys::raw(sys::nr::read, go[0], &c, 1) != 1) return 1; // the parent is at copy
    if (!solo::io::write_all(fds[1], big, 5000)) return 1;
    pause_ms(100);
    return sys::kill(parent, sig::INT) ? 0 : 1;
  });
  size_t copied = 0;
  say_go(go);
  auto c = io::copy(fds[0], out[1], &copied);
  CHECK(c.error() == Errno::EINTR);
  CHECK_EQ(copied, 5000);
  wrong = 0;
  CHECK_EQ(drain(out[0], 0, wrong), 5000);
  CHECK_EQ(wrong, 0);
  reap(child);
  sig::clear_interrupt();
  int all[] = {fds[0], fds[1], out[0], out[1], go[0], go[1]};
  for (int fd : all) (void)sys::close(fd);
}

// The window between the request check and the system call instruction: a handler that requests the
// interrupt there must make the call return EINTR without entering the kernel. Made deterministic by giving
// the cancellable call a flag pointer of 0, so the check itself faults, right at the start of the window;
// the SIGSEGV handler requests the interrupt with its ucontext, which moves the saved pc to the cancel path.
volatile int window_faults = 0;
void on_window_fault(int, sig::Info *, void *ucontext) {
  window_faults = window_faults + 1;
  if (window_faults > 3) sys::exit_group(3); // the pc was not moved: the load would fault for ever
  sig::request_interrupt(ucontext);
}

void window_is_closed() {
  sig::clear_interrupt();
  sig::Action old;
  CHECK(sig::set_action(sig::SEGV, sig::Action::call(on_window_fault), &old).has_value());
  long call[8] = {0, sys::nr::getpid};
  long r = io::__solo_syscall_cp(call);
  CHECK_EQ(r, -static_cast<long>(Errno::EINTR));
  CHECK_EQ(window_faults, 1);
  CHECK(sig::interrupt_requested());
  CHECK(sig::set_action(sig::SEGV, old).has_value());
  sig::clear_interrupt();
  // With a real flag and no request, the same call simply runs.
  long ok[8] = {reinterpret_cast<long>(&sig::detail::interrupt_flag), sys::nr::getpid};
  CHECK_EQ(io::__solo_syscall_cp(ok), sys::getpid());
}

} // namespace

int main() {
  CHECK(sig::set_action(sig::INT, sig::Action::interrupt(on_sigint)).has_value());
  auto installed = sig::get_action(sig::INT);
  CHECK(installed.has_value());
  CHECK(installed.value_or(sig::Action{}).interrupts);
  CHECK(installed.value_or(sig::Action{}).handler == reinterpret_cast<unsigned long>(&on_sigint));
  start_storm();
  sleep_is_interrupted();
  read_poll_wait_are_interrupted();
  partial_transfers_are_exact();
  stop_storm();
  window_is_closed();
  sig::clear_interrupt();
  return check::summary();
}
