// abort() is a SIGABRT death seen by the parent, even when the program ignored or blocked SIGABRT; so are
// solo::panic, a pure virtual call and a deleted virtual slot.
#include "check.hpp"
#include "child.hpp"

#include <signal_arch.hpp>
#include <solo/panic.hpp>

extern "C" [[noreturn]] void abort();
extern "C" [[noreturn]] void __cxa_deleted_virtual();

namespace {
struct Base {
  Base() { call(); } // calls the pure virtual before Derived exists
  [[gnu::noinline]] void call() { kind(); }
  virtual void kind() = 0;

protected:
  ~Base() = default; // not virtual: a deleting destructor would need operator delete
};
struct Derived : Base {
  void kind() override {}
};
} // namespace

int main() {
  using namespace solo::sys;
  auto plain = check::run_in_child([] { abort(); });
  CHECK_EQ(plain.signal, 6);

  auto ignored = check::run_in_child([] {
    solo::arch::SigactionBuffer action{};
    action.k.handler = 1; // SIG_IGN
    action.seal();
    (void)raw(nr::rt_sigaction, 6, &action, nullptr, 8);
    abort();
  });
  CHECK_EQ(ignored.signal, 6);

  auto blocked = check::run_in_child([] {
    unsigned long set = 1UL << 5; // SIGABRT
    (void)raw(nr::rt_sigprocmask, 0 /* SIG_BLOCK */, &set, nullptr, 8);
    abort();
  });
  CHECK_EQ(blocked.signal, 6);

  auto panicked = check::run_in_child([] { solo::panic("test panic"); });
  CHECK_EQ(panicked.signal, 6);
  CHECK(panicked.err_has("solo: test panic\n"));

  auto pure = check::run_in_child([] { Derived d; });
  CHECK_EQ(pure.signal, 6);
  CHECK(pure.err_has("pure virtual function called"));

  auto deleted = check::run_in_child([] { __cxa_deleted_virtual(); });
  CHECK_EQ(deleted.signal, 6);
  CHECK(deleted.err_has("deleted virtual function called"));
  return check::summary();
}
