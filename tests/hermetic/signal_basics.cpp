// solo::signal in a freestanding binary: handlers with and without SA_SIGINFO return through the restorer
// (or riscv64's vDSO/qemu trampoline), siginfo is read right, and the flags, masks, waits and signalfd behave
// as the kernel documents.
#include "signal_util.hpp"

using namespace test;
using solo::Errno;
using solo::Timespec;

namespace {

volatile int hits = 0;
volatile int depth = 0;
volatile int max_depth = 0;
volatile int last_signo = 0;
sig::Info last_info;

void count(int signo) {
  hits = hits + 1;
  last_signo = signo;
}

void record_info(int signo, sig::Info *info, void *ucontext) {
  hits = hits + 1;
  last_signo = signo;
  last_info = *info;
  CHECK(ucontext != nullptr);
}

void reset_counts() {
  hits = 0;
  depth = 0;
  max_depth = 0;
  last_signo = 0;
  last_info = {};
}

void set_and_sets() {
  auto s = sig::SignalSet::of(sig::INT, sig::TERM, 64);
  CHECK(s.contains(sig::INT) && s.contains(sig::TERM) && s.contains(64));
  CHECK(!s.contains(sig::HUP));
  CHECK_EQ(s.count(), 3);
  CHECK_EQ(s.bits(), (1ull << 1) | (1ull << 14) | (1ull << 63));
  s.remove(sig::TERM).add(0).add(65); // out of range: ignored
  CHECK_EQ(s.count(), 2);
  CHECK((s & ~sig::SignalSet::of(sig::INT)) == sig::SignalSet::of(64));
  CHECK(sig::SignalSet::all().count() == 64);

  CHECK(sig::set_action(sig::KILL, sig::Action::ignore()).error() == Errno::EINVAL);
  CHECK(sig::set_action(0, sig::Action::ignore()).error() == Errno::EINVAL);
  CHECK(sig::set_action(65, sig::Action::ignore()).error() == Errno::EINVAL);
}

void plain_and_info_handlers() {
  reset_counts();
  sig::Action old;
  CHECK(sig::set_action(sig::USR1, sig::Action::call(count), &old).has_value());
  CHECK_EQ(old.handler, sig::Action::default_handler);
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(hits, 1);
  CHECK_EQ(last_signo, sig::USR1);
  auto now = sig::get_action(sig::USR1);
  CHECK(now.has_value());
  CHECK(now.value_or(sig::Action{}).handler == reinterpret_cast<unsigned long>(&count));
  CHECK(!sig::any(now.value_or(sig::Action{}).flags & sig::Flags::SigInfo));

  reset_counts();
  CHECK(sig::set_action(sig::USR2, sig::Action::call(record_info)).has_value());
  CHECK(sig::raise(sig::USR2).has_value());
  CHECK_EQ(hits, 1);
  CHECK_EQ(last_info.signo, sig::USR2);
  CHECK_EQ(last_info.code, sig::code::tkill);
  CHECK(last_info.sent_by_process());
  CHECK_EQ(last_info.pid(), sys::getpid());
  CHECK_EQ(last_info.uid(), sys::raw(sys::nr::getuid));

  // kill from another process: the sender's pid, SI_USER.
  reset_counts();
  int parent = sys::getpid();
  CHECK(sig::block(sig::SignalSet::of(sig::USR2)).has_value());
  int child = spawn([=] { return sys::kill(parent, sig::USR2) ? 0 : 1; });
  (void)wait_for(child);
  CHECK(sig::pending().value_or(sig::SignalSet{}).contains(sig::USR2));
  CHECK(sig::unblock(sig::SignalSet::of(sig::USR2)).has_value());
  CHECK_EQ(hits, 1);
  CHECK_EQ(last_info.code, sig::code::user);
  CHECK_EQ(last_info.pid(), child);
}

void on_reset(int) { hits = hits + 1; }

void reset_hand_and_no_defer() {
  reset_counts();
  CHECK(sig::set_action(sig::USR1, sig::Action::call(on_reset, sig::Flags::ResetHand)).has_value());
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(hits, 1);
  CHECK_EQ(sig::get_action(sig::USR1).value_or(sig::Action::ignore()).handler, sig::Action::default_handler);
  // A second USR1 would now kill us: leave it ignored instead.
  CHECK(sig::set_action(sig::USR1, sig::Action::ignore()).has_value());
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(hits, 1);
}

// Raises itself once from inside: with SA_NODEFER the second run nests inside the first, otherwise it waits
// (blocked) until the first returns.
void reenter(int signo) {
  depth = depth + 1;
  if (depth > max_depth) max_depth = depth;
  hits = hits + 1;
  if (hits == 1) (void)sig::raise(signo);
  depth = depth - 1;
}

volatile int usr2_seen_inside = -1;
void raise_usr2(int) {
  (void)sig::raise(sig::USR2);
  usr2_seen_inside = hits;
}

void no_defer() {
  reset_counts();
  CHECK(sig::set_action(sig::USR1, sig::Action::call(reenter)).has_value());
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(hits, 2);
  CHECK_EQ(max_depth, 1);

  reset_counts();
  CHECK(sig::set_action(sig::USR1, sig::Action::call(reenter, sig::Flags::NoDefer)).has_value());
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(hits, 2);
  CHECK_EQ(max_depth, 2);

  // Action::mask blocks other signals while the handler runs: USR2 raised inside waits until it returns.
  reset_counts();
  CHECK(sig::set_action(sig::USR2, sig::Action::call(count)).has_value());
  CHECK(sig::set_action(sig::USR1, sig::Action::call(raise_usr2, sig::Flags::None, sig::SignalSet::of(sig::USR2)))
            .has_value());
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(usr2_seen_inside, 0);
  CHECK_EQ(hits, 1);
  CHECK_EQ(last_signo, sig::USR2);
  CHECK(sig::current_mask().value_or(sig::SignalSet::all()).empty());
}

void blocked_then_unblocked() {
  reset_counts();
  CHECK(sig::set_action(sig::USR1, sig::Action::call(count)).has_value());
  auto old = sig::block(sig::SignalSet::of(sig::USR1));
  CHECK(old.has_value());
  CHECK(!old.value_or(sig::SignalSet::all()).contains(sig::USR1));
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK(sig::raise(sig::USR1).has_value()); // standard signals do not queue: one delivery
  CHECK_EQ(hits, 0);
  CHECK(sig::pending().value_or(sig::SignalSet{}).contains(sig::USR1));
  CHECK(sig::current_mask().value_or(sig::SignalSet{}).contains(sig::USR1));
  CHECK(sig::unblock(sig::SignalSet::of(sig::USR1)).has_value());
  CHECK_EQ(hits, 1);
  CHECK(!sig::pending().value_or(sig::SignalSet::all()).contains(sig::USR1));
}

void waiting_for_signals() {
  auto set = sig::SignalSet::of(sig::USR2);
  CHECK(sig::block(set).has_value());
  Timespec zero{};
  CHECK(sig::wait(set, nullptr, &zero).error() == Errno::EAGAIN);
  CHECK(sig::raise(sig::USR2).has_value());
  sig::Info info{};
  CHECK_EQ(sig::wait(set, &info).value_or(-1), sig::USR2);
  CHECK_EQ(info.signo, sig::USR2);
  CHECK_EQ(info.code, sig::code::tkill);
  CHECK_EQ(info.pid(), sys::getpid());

  // Real-time signals queue, with their order and values.
  int rt = sig::first_realtime + 2;
  auto rtset = sig::SignalSet::of(rt);
  CHECK(sig::block(rtset).has_value());
  for (int v = 1; v <= 3; ++v) {
    sig::Info q{};
    q.signo = rt;
    q.code = sig::code::queue;
    q.fields.rt.pid = sys::getpid();
    q.fields.rt.uid = static_cast<unsigned>(sys::raw(sys::nr::getuid));
    q.fields.rt.value.integer = v * 10;
    CHECK_EQ(sys::raw(sys::nr::rt_sigqueueinfo, sys::getpid(), rt, &q), 0);
  }
  for (int v = 1; v <= 3; ++v) {
    sig::Info got{};
    CHECK_EQ(sig::wait(rtset, &got, &zero).value_or(-1), rt);
    CHECK_EQ(got.code, sig::code::queue);
    CHECK_EQ(got.value().integer, v * 10);
  }

  // signalfd: a queued signal read as a record.
  auto fd = sig::signalfd(set);
  CHECK(fd.has_value());
  if (fd) {
    CHECK(sig::raise(sig::USR2).has_value());
    sig::SignalfdInfo rec{};
    auto n = io::read(fd->get(), &rec, sizeof rec);
    CHECK_EQ(n.value_or(0), sizeof rec);
    CHECK_EQ(rec.signo, sig::USR2);
    CHECK_EQ(rec.code, sig::code::tkill);
    CHECK_EQ(rec.pid, sys::getpid());
    // Nothing left: a non-blocking signalfd says EAGAIN.
    auto nb = sig::signalfd(set, sys::signalfd_flags::nonblock | sys::signalfd_flags::cloexec);
    CHECK(nb.has_value());
    if (nb) CHECK(io::read(nb->get(), &rec, sizeof rec).error() == Errno::EAGAIN);
  }
  CHECK(sig::unblock(set | rtset).has_value());
}

void suspend_until_handled() {
  reset_counts();
  auto usr1 = sig::SignalSet::of(sig::USR1);
  CHECK(sig::set_action(sig::USR1, sig::Action::call(count)).has_value());
  CHECK(sig::block(usr1).has_value());
  int parent = sys::getpid();
  int child = spawn([=] {
    pause_ms(50);
    return sys::kill(parent, sig::USR1) ? 0 : 1;
  });
  while (hits == 0) sig::suspend({}); // USR1 can only arrive inside suspend, never between check and wait
  CHECK_EQ(hits, 1);
  CHECK(sig::current_mask().value_or(sig::SignalSet{}).contains(sig::USR1)); // suspend put the mask back
  (void)wait_for(child);
  CHECK(sig::unblock(usr1).has_value());
}

volatile int child_pid = 0, child_code = 0, child_status = 0;
void on_child(int, sig::Info *info, void *) {
  child_pid = info->pid();
  child_code = info->code;
  child_status = info->status();
}

void sigchld_info() {
  CHECK(sig::set_action(sig::CHLD, sig::Action::call(on_child, sig::Flags::NoChildStop)).has_value());
  auto chld = sig::SignalSet::of(sig::CHLD);
  CHECK(sig::block(chld).has_value());
  int child = spawn([] { return 42; });
  while (child_pid == 0) sig::suspend({});
  CHECK_EQ(child_pid, child);
  CHECK_EQ(child_code, sig::code::child_exited);
  CHECK_EQ(child_status, 42);
  auto status = wait_for(child);
  CHECK_EQ(status.exit_code(), 42);

  child_pid = 0;
  int victim = spawn([] {
    pause_ms(10000);
    return 0;
  });
  CHECK(sys::kill(victim, sig::TERM).has_value());
  while (child_pid == 0) sig::suspend({});
  CHECK_EQ(child_pid, victim);
  CHECK_EQ(child_code, sig::code::child_killed);
  CHECK_EQ(child_status, sig::TERM);
  status = wait_for(victim);
  CHECK(sig::unblock(chld).has_value());
  CHECK(sig::set_action(sig::CHLD, sig::Action::default_action()).has_value());
}

// SA_RESTART: the kernel restarts the read itself. Without it, the raw read fails with EINTR.
long read_interrupted_once(sig::Flags flags) {
  CHECK(sig::set_action(sig::USR1, sig::Action::call(count, flags)).has_value());
  int fds[2];
  CHECK(sys::pipe2(fds).has_value());
  int parent = sys::getpid();
  reset_counts(); // before the child exists: its signal is never counted away
  // 300 ms for the parent to be inside read: a loaded machine under an emulator can stall it for long.
  int child = spawn([&] {
    pause_ms(300);
    if (!sys::kill(parent, sig::USR1)) return 1;
    pause_ms(50);
    return solo::io::write_all(fds[1], "y", 1) ? 0 : 1;
  });
  char c = 0;
  long r = sys::raw(sys::nr::read, fds[0], &c, 1);
  CHECK_EQ(hits, 1);
  (void)wait_for(child);
  (void)sys::close(fds[0]);
  (void)sys::close(fds[1]);
  return r;
}

void restart_or_not() {
  CHECK_EQ(read_interrupted_once(sig::Flags::Restart), 1);
  CHECK_EQ(read_interrupted_once(sig::Flags::None), -static_cast<long>(Errno::EINTR));
}

// A handler that uses plenty of stack of its own, returning into the middle of a deep recursion: every frame
// below must come back intact through the restorer.
void heavy_handler(int) {
  volatile char scratch[4096];
  for (unsigned i = 0; i < sizeof scratch; ++i) scratch[i] = static_cast<char>(i);
  hits = hits + scratch[100];
}

long recurse(long n, bool raise_at_bottom) {
  volatile long local[4] = {n, n * 3, n ^ 0x5a5a, n + 7};
  if (n == 0) {
    if (raise_at_bottom) (void)sig::raise(sig::USR1);
    return 1;
  }
  long below = recurse(n - 1, raise_at_bottom);
  return below + local[0] + local[1] + (local[2] & 0xff) + local[3];
}

void deep_recursion_returns() {
  long expected = recurse(5000, false);
  CHECK(sig::set_action(sig::USR1, sig::Action::call(heavy_handler)).has_value());
  reset_counts();
  CHECK_EQ(recurse(5000, true), expected);
  CHECK_EQ(hits, 100);
  // And with the storm landing anywhere in the recursion, over and over.
  start_storm(200);
  long before = alarms;
  long start = now_ms();
  long wrong = 0;
  while (now_ms() - start < 200 || alarms - before < 20) {
    wrong += recurse(5000, false) != expected;
  }
  stop_storm();
  CHECK_EQ(wrong, 0);
  CHECK(alarms - before >= 20);
}

int on_user1_calls = 0;
void bump(int) { ++on_user1_calls; }

void reset_to_defaults() {
  CHECK(sig::set_action(sig::USR1, sig::Action::call(bump)).has_value());
  CHECK(sig::set_action(sig::USR2, sig::Action::call(record_info)).has_value());
  CHECK(sig::set_action(sig::WINCH, sig::Action::interrupt()).has_value());
  CHECK(sig::set_action(sig::PIPE, sig::Action::ignore()).has_value());
  CHECK(sig::reset_handlers() >= 3);
  CHECK_EQ(sig::get_action(sig::USR1).value_or(sig::Action::ignore()).handler, sig::Action::default_handler);
  CHECK_EQ(sig::get_action(sig::USR2).value_or(sig::Action::ignore()).handler, sig::Action::default_handler);
  CHECK(!sig::get_action(sig::WINCH).value_or(sig::Action::ignore()).is_handler());
  CHECK_EQ(sig::get_action(sig::PIPE).value_or(sig::Action{}).handler, sig::Action::ignore_handler);
  CHECK_EQ(sig::reset_handlers(), 0);
  CHECK(sig::set_action(sig::PIPE, sig::Action::default_action()).has_value());
}

} // namespace

int main() {
  set_and_sets();
  plain_and_info_handlers();
  reset_hand_and_no_defer();
  no_defer();
  blocked_then_unblocked();
  waiting_for_signals();
  suspend_until_handled();
  sigchld_info();
  restart_or_not();
  deep_recursion_returns();
  reset_to_defaults();
  return check::summary();
}
