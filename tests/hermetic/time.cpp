// solo::time in a freestanding program, started by solo's own start-up. The first argument says what must serve
// the clocks here: "vdso" (natively, on a booted kernel, under QEMU 10) or "syscall" (QEMU 7.2 gives no vDSO).
// Without it (e.g. as /init of a real kernel) the expectation follows AT_SYSINFO_EHDR. Either way every function
// works and agrees with the system calls.
#include "check.hpp"
#include <solo/auxv.hpp>
#include <solo/sys/time.hpp>
#include <solo/time.hpp>
#include <solo/vdso.hpp>
#include <vdso_arch.hpp>

using solo::Timespec;
using solo::time::Clock;
using solo::time::Function;
using solo::time::Source;

static Timespec sys_now(Clock c) {
  Timespec ts;
  CHECK(solo::sys::clock_gettime(static_cast<int>(c), &ts).has_value());
  return ts;
}

int main(int argc, char **argv) {
  bool have_ehdr = solo::auxv::get(solo::auxv::Type::AT_SYSINFO_EHDR).value_or(0) != 0;
  bool want_vdso = argc > 1 ? solo::StringView(argv[1]) == "vdso" : have_ehdr;
  CHECK(argc == 1 || solo::StringView(argv[1]) == "vdso" || solo::StringView(argv[1]) == "syscall");
  CHECK(have_ehdr == want_vdso);
  CHECK((solo::vdso::process_image() != nullptr) == want_vdso);

  // What serves each function.
  Source expected = want_vdso ? Source::Vdso : Source::Syscall;
  CHECK(solo::time::binding(Function::ClockGettime).source == expected);
  CHECK(solo::time::binding(Function::ClockGetres).source ==
        (solo::arch::vdso::clock_getres ? expected : Source::Syscall));
  CHECK(solo::time::binding(Function::Gettimeofday).source == expected);
  CHECK(solo::time::binding(Function::Getcpu).source == (solo::arch::vdso::getcpu ? expected : Source::Syscall));
  CHECK(solo::time::binding(Function::Time).source ==
        (solo::arch::vdso::time && want_vdso ? Source::Vdso : Source::ClockGettime));
  if (want_vdso) CHECK(solo::time::binding(Function::ClockGettime).address != nullptr);

  // Monotonic clocks sandwiched between system calls.
  const Clock monotonic[] = {Clock::Monotonic, Clock::MonotonicRaw, Clock::MonotonicCoarse, Clock::Boottime};
  for (Clock c : monotonic) {
    for (int i = 0; i < 200; ++i) {
      Timespec before = sys_now(c);
      auto t = solo::time::clock_gettime(c);
      Timespec after = sys_now(c);
      CHECK(t.has_value());
      CHECK(before <= t.value_or(Timespec{}) && t.value_or(Timespec{}) <= after);
    }
  }
  // Realtime within a millisecond; every clock's resolution as the kernel says.
  const Timespec ms = Timespec::from_milliseconds(1);
  Timespec before = sys_now(Clock::Realtime);
  Timespec real = solo::time::clock_gettime(Clock::Realtime).value_or(Timespec{});
  Timespec after = sys_now(Clock::Realtime);
  CHECK(before - ms <= real && real <= after + ms);
  for (int id = 0; id <= 11; ++id) {
    Timespec kernel;
    auto r = solo::time::clock_getres(static_cast<Clock>(id));
    if (solo::sys::clock_getres(id, &kernel)) {
      CHECK(r.has_value());
      Timespec got = r.value_or(Timespec{-1, -1});
      CHECK(got == kernel);
    } else {
      CHECK(r.error() == solo::Errno::EINVAL);
    }
  }
  CHECK(solo::time::clock_gettime(static_cast<Clock>(100)).error() == solo::Errno::EINVAL);
  CHECK(solo::time::clock_getres(static_cast<Clock>(-5)).error() == solo::Errno::EINVAL);

  before = sys_now(Clock::Realtime);
  auto tv = solo::time::gettimeofday();
  after = sys_now(Clock::Realtime);
  CHECK(tv.has_value());
  Timespec tv_ts{tv->tv_sec, tv->tv_usec * 1000};
  CHECK(before - ms <= tv_ts && tv_ts <= after + ms);
  auto secs = solo::time::time();
  CHECK(secs.has_value());
  long now_sec = sys_now(Clock::Realtime).tv_sec;
  CHECK(secs.value_or(0) <= now_sec && secs.value_or(0) >= now_sec - 1);
  auto cpu = solo::time::getcpu();
  unsigned kernel_node = ~0u;
  CHECK(cpu.has_value());
  CHECK(solo::sys::getcpu(nullptr, &kernel_node).has_value());
  CHECK(cpu->node == kernel_node);

  auto deadline = solo::time::Deadline::after(Timespec{60, 0});
  CHECK(!deadline.expired());
  const Timespec minute{60, 0};
  CHECK(deadline.remaining() <= minute);
  CHECK(solo::time::Deadline::after(Timespec{}).expired());
  return check::summary();
}
