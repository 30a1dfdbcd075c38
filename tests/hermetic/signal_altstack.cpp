// Handlers on the alternate signal stack: a handler installed with Flags::OnStack runs on the stack given to
// sigaltstack, and that is what lets a program survive a stack overflow: the SIGSEGV for the guard page is
// delivered on the alternate stack, because the thread's own stack has no room left for a signal frame.
#include "signal_util.hpp"

using namespace test;
using solo::Errno;

namespace {

alignas(16) char alt_stack[64 * 1024];

bool on_alt_stack(const void *p) {
  auto a = reinterpret_cast<unsigned long>(p);
  auto base = reinterpret_cast<unsigned long>(alt_stack);
  return a >= base && a < base + sizeof alt_stack;
}

volatile int ran_on_alt = -1;
volatile int reported_on_stack = -1;

void on_usr1(int) {
  volatile char marker = 0;
  ran_on_alt = on_alt_stack(const_cast<const char *>(&marker));
  sys::SignalStack now{};
  (void)sys::sigaltstack(nullptr, &now);
  reported_on_stack = (now.flags & sys::signal_stack::on_stack) != 0;
}

// The overflow child's handler: reports through its exit code, since there is nowhere to return to.
void on_segv(int signo, sig::Info *info, void *) {
  volatile char marker = 0;
  if (signo != sig::SEGV) sys::exit_group(44);
  if (info->code != sig::code::segv_maperr && info->code != sig::code::segv_accerr) sys::exit_group(45);
  sys::exit_group(on_alt_stack(const_cast<const char *>(&marker)) ? 42 : 43);
}

volatile long sink = 0;
volatile long never = -1; // a way out the compiler cannot rule out
long overflow(long n) {
  if (n == never) return 0;
  volatile char frame[1024];
  frame[0] = static_cast<char>(n);
  frame[sizeof frame - 1] = static_cast<char>(n >> 8);
  long below = overflow(n + 1); // never returns: recursion until the guard page
  return below + frame[0] + frame[sizeof frame - 1];
}

void handler_on_alternate_stack() {
  CHECK(sig::set_alternate_stack(alt_stack, sizeof alt_stack).has_value());
  CHECK(sig::recommended_stack_size() <= sizeof alt_stack);
  sys::SignalStack now{};
  CHECK(sys::sigaltstack(nullptr, &now).has_value());
  CHECK(now.base == alt_stack);
  CHECK_EQ(now.size, sizeof alt_stack);
  CHECK_EQ(now.flags & sys::signal_stack::on_stack, 0);

  CHECK(sig::set_action(sig::USR1, sig::Action::call(on_usr1, sig::Flags::OnStack)).has_value());
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(ran_on_alt, 1);
  CHECK_EQ(reported_on_stack, 1);

  // Without Flags::OnStack the same handler stays on the thread's stack.
  CHECK(sig::set_action(sig::USR1, sig::Action::call(on_usr1)).has_value());
  CHECK(sig::raise(sig::USR1).has_value());
  CHECK_EQ(ran_on_alt, 0);
  CHECK_EQ(reported_on_stack, 0);
}

void overflow_is_caught() {
  int child = spawn([] {
    // A small stack limit so the overflow comes quickly (qemu-user's guest stack is fixed-size anyway).
    struct {
      unsigned long cur, max;
    } limit{1 << 20, 1 << 20};
    constexpr int rlimit_stack = 3;
    (void)sys::raw(sys::nr::prlimit64, 0, rlimit_stack, &limit, nullptr);
    if (!sig::set_alternate_stack(alt_stack, sizeof alt_stack)) return 50;
    if (!sig::set_action(sig::SEGV, sig::Action::call(on_segv, sig::Flags::OnStack))) return 51;
    sink = overflow(0);
    return 52;
  });
  auto status = wait_for(child);
  CHECK_EQ(status.signal(), 0); // not killed by the SIGSEGV
  CHECK_EQ(status.exit_code(), 42);

  // The same overflow without an alternate stack cannot run the handler: the child dies of SIGSEGV.
  int bare = spawn([] {
    struct {
      unsigned long cur, max;
    } limit{1 << 20, 1 << 20};
    (void)sys::raw(sys::nr::prlimit64, 0, 3, &limit, nullptr);
    if (!sig::set_action(sig::SEGV, sig::Action::call(on_segv))) return 51;
    sink = overflow(0);
    return 52;
  });
  status = wait_for(bare);
  CHECK_EQ(status.signal(), sig::SEGV);
}

} // namespace

int main() {
  handler_on_alternate_stack();
  overflow_is_caught();
  CHECK(sig::disable_alternate_stack().has_value());
  sys::SignalStack now{};
  CHECK(sys::sigaltstack(nullptr, &now).has_value());
  CHECK(now.flags & sys::signal_stack::disable);
  return check::summary();
}
