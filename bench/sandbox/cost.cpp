// What a locked process pays per allowed system call: getpid and a 1-byte write to /dev/null, best of 15
// rounds of 100,000 calls. Prints "CALL MODE NANOSECONDS CALLS" for the best round. MODE:
//   unlocked   as it is
//   locked     after solo::sandbox::lock() (kill mode, its own manifest)
//   any        under a one-instruction filter that allows everything: what the kernel charges for having a
//              filter at all, the floor for any allow-list
//   uncached   under a filter that allows everything after reading an argument, which keeps the kernel from
//              deciding at attach time: what every allowed call would cost without its bitmap
#include <solo/io.hpp>
#include <solo/print.hpp>
#include <solo/sandbox.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/rw.hpp>
#include <solo/sys/seccomp.hpp>
#include <solo/time.hpp>

namespace sys = solo::sys;

namespace {

constexpr long rounds = 15, calls = 100'000;

long now_ns() {
  auto t = solo::time::clock_gettime(solo::time::Clock::Monotonic);
  return t ? t->tv_sec * 1'000'000'000L + t->tv_nsec : 0;
}

template <class F> long best(F call) {
  long best = -1;
  for (long r = 0; r < rounds; ++r) {
    long start = now_ns();
    for (long i = 0; i < calls; ++i) call();
    long ns = now_ns() - start;
    if (best < 0 || ns < best) best = ns;
  }
  return best;
}

// A filter of our own, for the comparisons.
solo::Result<void> install(bool read_argument) {
  namespace bpf = sys::bpf;
  sys::SockFilter program[] = {bpf::stmt(bpf::ld | bpf::w | bpf::abs, 16), // args[0]
                               bpf::stmt(bpf::ret | bpf::k, sys::seccomp_ret::allow)};
  sys::SockFprog prog{static_cast<unsigned short>(read_argument ? 2 : 1), read_argument ? program : program + 1};
  if (auto r = sys::prctl(sys::PrctlOption::SetNoNewPrivs, 1); !r) return r.error();
  if (auto r = sys::seccomp_set_mode_filter(sys::SeccompFilterFlags::None, prog); !r) return r.error();
  return {};
}

} // namespace

int main(int argc, char **argv) {
  solo::StringView mode = argc > 1 ? argv[1] : "";
  if (!(mode == "locked") && !(mode == "unlocked") && !(mode == "any") && !(mode == "uncached"))
    return solo::println(solo::io::stderr, "usage: cost unlocked|locked|any|uncached"), 2;
  auto null = sys::openat(sys::at_fdcwd, solo::CStr("/dev/null"), sys::OpenFlags::WriteOnly);
  if (!null) return solo::println(solo::io::stderr, "cost: /dev/null: {}", null.error()), 1;
  (void)now_ns(); // the vDSO found before the filter, as any program's first clock reading would
  solo::Result<void> locked{};
  if (mode == "locked") locked = solo::sandbox::lock();
  if (mode == "any" || mode == "uncached") locked = install(mode == "uncached");
  if (!locked) return solo::println(solo::io::stderr, "cost: cannot install the filter: {}", locked.error()), 1;
  int fd = null->get();
  long getpid_ns = best([] { (void)sys::getpid(); });
  long write_ns = best([fd] { (void)sys::write(fd, "x", 1); });
  solo::println("getpid {} {} {}", mode, getpid_ns, calls);
  solo::println("write {} {} {}", mode, write_ns, calls);
  return 0;
}
