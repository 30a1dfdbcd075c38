// solo::time against the system calls, in this process: natively on x86-64 the host kernel's vDSO serves, and
// QEMU 10's under it; under QEMU 7.2 (no AT_SYSINFO_EHDR) the system calls do. Both ways the answers must agree with
// the kernel's.
#include "prelude.hpp"

#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <time.h>

#include <solo/sys/time.hpp>
#include <solo/time.hpp>
#include <solo/vdso.hpp>
#include <vdso_arch.hpp>

namespace {

using solo::Errno;
using solo::Timespec;
using solo::time::Clock;
using solo::time::Source;

bool have_vdso() { return getauxval(AT_SYSINFO_EHDR) != 0; }

Timespec sys_now(Clock c) {
  Timespec ts;
  REQUIRE(solo::sys::clock_gettime(static_cast<int>(c), &ts).has_value());
  return ts;
}

const Clock monotonic_clocks[] = {Clock::Monotonic, Clock::MonotonicRaw, Clock::MonotonicCoarse, Clock::Boottime};
const Clock all_clocks[] = {Clock::Realtime,        Clock::Monotonic,    Clock::ProcessCputime,
                            Clock::ThreadCputime,   Clock::MonotonicRaw, Clock::RealtimeCoarse,
                            Clock::MonotonicCoarse, Clock::Boottime,     Clock::Tai};

} // namespace

TEST_CASE("the functions are served by the vDSO exactly when the process has one") {
  using solo::time::Function;
  bool vdso = have_vdso();
  CHECK(vdso == emulator::gives("vdso")); // a real kernel and QEMU 10 give one, QEMU 7.2 none
  CHECK((solo::vdso::process_image() != nullptr) == vdso);
  auto fresh = solo::vdso::find_process_image(); // parsed again, uncached: the same answers
  CHECK(fresh.has_value() == vdso);
  if (fresh)
    CHECK(fresh->lookup(solo::arch::vdso::clock_gettime, solo::arch::vdso::version) ==
          solo::vdso::process_image()->lookup(solo::arch::vdso::clock_gettime, solo::arch::vdso::version));
  else
    CHECK(fresh.error() == Errno::ENOENT);
  auto expect = [&](Function f, const char *symbol) {
    auto b = solo::time::binding(f);
    CAPTURE(b.name);
    if (!symbol) {
      CHECK(b.symbol == nullptr);
      CHECK(b.source != Source::Vdso);
    } else if (vdso) {
      CHECK(b.source == Source::Vdso);
      CHECK(b.address == solo::vdso::process_image()->lookup(symbol, solo::arch::vdso::version));
      CHECK(b.address != nullptr);
    } else {
      // No vDSO (qemu-user): the system call, with nothing found.
      CHECK(b.source == Source::Syscall);
      CHECK(b.address == nullptr);
    }
  };
  expect(Function::ClockGettime, solo::arch::vdso::clock_gettime);
  expect(Function::ClockGetres, solo::arch::vdso::clock_getres);
  expect(Function::Gettimeofday, solo::arch::vdso::gettimeofday);
  expect(Function::Getcpu, solo::arch::vdso::getcpu);
  if (!solo::arch::vdso::time || !vdso)
    CHECK(solo::time::binding(Function::Time).source == Source::ClockGettime);
  else
    CHECK(solo::time::binding(Function::Time).source == Source::Vdso);
  CHECK(std::string(solo::time::name(Source::Vdso)) == "vdso");
  CHECK(std::string(solo::time::name(Source::Syscall)) == "syscall");
}

TEST_CASE("the host's vDSO parsed from getauxval(AT_SYSINFO_EHDR)") {
  unsigned long base = getauxval(AT_SYSINFO_EHDR);
  if (!base) {
    MESSAGE("no vDSO in this process (qemu-user): nothing to parse");
    CHECK(solo::vdso::process_image() == nullptr);
    return;
  }
  size_t size = solo::vdso::mapped_size(reinterpret_cast<void *>(base), getauxval(AT_PAGESZ));
  CHECK(size >= 4096);
  // Never more than the kernel mapped: the [vdso] line of /proc/self/maps.
  FILE *maps = fopen("/proc/self/maps", "r");
  REQUIRE(maps != nullptr);
  char line[512];
  unsigned long start = 0, end = 0;
  while (fgets(line, sizeof(line), maps))
    if (strstr(line, "[vdso]")) sscanf(line, "%lx-%lx", &start, &end);
  fclose(maps);
  CHECK(start == base);
  CHECK(size <= end - start);
  auto image = solo::vdso::Image::parse(reinterpret_cast<void *>(base), size);
  REQUIRE(image.has_value());
  CHECK(image->has_versions());
  int callable = 0;
  bool saw_clock_gettime = false;
  for (size_t i = 0; i < image->symbol_count(); ++i) {
    auto s = image->symbol(i);
    REQUIRE(s.has_value());
    callable += s->callable;
    if (s->name == solo::arch::vdso::clock_gettime) {
      saw_clock_gettime = true;
      CHECK(s->version == solo::arch::vdso::version);
      CHECK(s->type == 2); // STT_FUNC
      CHECK(s->callable);
    }
  }
  CHECK(callable >= 3);
  CHECK(saw_clock_gettime);
  // The listing and the hash lookup agree on a real kernel's image: each callable symbol is found where it is
  // listed, and the others (x86-64's absolute LINUX_2.6 object, riscv64's undefined symbol) are not found.
  for (size_t i = 1; i < image->symbol_count(); ++i) {
    auto s = image->symbol(i);
    REQUIRE(s.has_value());
    CAPTURE(std::string(s->name.data(), s->name.size()));
    const void *found = image->lookup(s->name, s->version);
    if (s->callable)
      CHECK(found == s->address);
    else
      CHECK(found == nullptr);
  }
  // The time functions of the process are in this image.
  auto fn = static_cast<const char *>(image->lookup(solo::arch::vdso::clock_gettime, solo::arch::vdso::version));
  REQUIRE(fn != nullptr);
  CHECK(fn >= reinterpret_cast<const char *>(base));
  CHECK(fn < reinterpret_cast<const char *>(base) + size);
  CHECK(solo::time::binding(solo::time::Function::ClockGettime).address == fn);
}

TEST_CASE("monotonic clocks: system call <= solo <= system call") {
  for (Clock c : monotonic_clocks) {
    CAPTURE(static_cast<int>(c));
    for (int i = 0; i < 1000; ++i) {
      Timespec before = sys_now(c);
      auto t = solo::time::clock_gettime(c);
      Timespec after = sys_now(c);
      REQUIRE(t.has_value());
      CHECK(before <= *t);
      CHECK(*t <= after);
      CHECK(t->tv_nsec >= 0);
      CHECK(t->tv_nsec < 1'000'000'000);
    }
  }
}

TEST_CASE("realtime clocks agree with the system call within a millisecond") {
  // Between two system calls, give or take a millisecond (the wall clock may be stepped at any time).
  const Timespec ms = Timespec::from_milliseconds(1);
  for (Clock c : {Clock::Realtime, Clock::Tai}) {
    for (int i = 0; i < 100; ++i) {
      Timespec before = sys_now(c);
      auto t = solo::time::clock_gettime(c);
      Timespec after = sys_now(c);
      REQUIRE(t.has_value());
      CHECK(before - ms <= *t);
      CHECK(*t <= after + ms);
    }
  }
  {
    Timespec before = sys_now(Clock::RealtimeCoarse);
    auto coarse = solo::time::clock_gettime(Clock::RealtimeCoarse);
    Timespec after = sys_now(Clock::RealtimeCoarse);
    REQUIRE(coarse.has_value());
    CHECK(before - ms <= *coarse);
    CHECK(*coarse <= after + ms);
  }
  // gettimeofday and time() tell the same time (gettimeofday in whole microseconds, time() in whole seconds).
  Timespec before = sys_now(Clock::Realtime);
  auto tv = solo::time::gettimeofday();
  Timespec now = sys_now(Clock::Realtime);
  REQUIRE(tv.has_value());
  CHECK(tv->tv_usec >= 0);
  CHECK(tv->tv_usec < 1'000'000);
  Timespec tv_ts{tv->tv_sec, tv->tv_usec * 1000};
  CHECK(before - ms <= tv_ts);
  CHECK(tv_ts <= now + ms);
  auto secs = solo::time::time();
  REQUIRE(secs.has_value());
  Timespec later = sys_now(Clock::Realtime);
  CHECK(*secs <= later.tv_sec);
  CHECK(*secs >= now.tv_sec - 1);
}

TEST_CASE("CPU-time clocks work (the vDSO hands them to the kernel)") {
  for (Clock c : {Clock::ProcessCputime, Clock::ThreadCputime}) {
    auto a = solo::time::clock_gettime(c);
    volatile long spin = 0;
    for (int i = 0; i < 100000; ++i) spin = spin + i;
    auto b = solo::time::clock_gettime(c);
    REQUIRE((a.has_value() && b.has_value()));
    CHECK(*a <= *b);
    CHECK(b->to_nanoseconds() > 0);
  }
}

TEST_CASE("clock_getres equals the system call's for every clock") {
  for (Clock c : all_clocks) {
    CAPTURE(static_cast<int>(c));
    Timespec sys;
    REQUIRE(solo::sys::clock_getres(static_cast<int>(c), &sys).has_value());
    auto r = solo::time::clock_getres(c);
    REQUIRE(r.has_value());
    CHECK(*r == sys);
  }
}

TEST_CASE("unknown clock ids give EINVAL, as from the kernel") {
  // Not 16..23: since Linux 6.17 those are the auxiliary clocks (CLOCK_AUX), and for a disabled one the 6.18 vDSO's
  // clock_getres answers where the system call says EINVAL.
  for (int id : {10, 12, 24, 100, 1 << 20, -5}) {
    CAPTURE(id);
    Timespec ts;
    CHECK(solo::sys::clock_gettime(id, &ts).error() == Errno::EINVAL);
    CHECK(solo::time::clock_gettime(static_cast<Clock>(id)).error() == Errno::EINVAL);
    CHECK(solo::sys::clock_getres(id, &ts).error() == Errno::EINVAL);
    CHECK(solo::time::clock_getres(static_cast<Clock>(id)).error() == Errno::EINVAL);
  }
}

TEST_CASE("getcpu agrees with the system call") {
  auto c = solo::time::getcpu();
  REQUIRE(c.has_value());
  unsigned cpu = ~0u, node = ~0u;
  REQUIRE(solo::sys::getcpu(&cpu, &node).has_value());
  long cpus = sysconf(_SC_NPROCESSORS_CONF);
  CHECK(c->cpu < static_cast<unsigned>(cpus));
  CHECK(cpu < static_cast<unsigned>(cpus));
  CHECK(c->node == node); // the test may migrate between CPUs, not between nodes on a test machine
}

namespace {
int fake_errors = 0;
int fake_eio(int, Timespec *) {
  ++fake_errors;
  return -static_cast<int>(Errno::EIO);
}
int fake_einval(int, Timespec *) {
  ++fake_errors;
  return -static_cast<int>(Errno::EINVAL);
}
} // namespace

TEST_CASE("a vDSO failure other than EINVAL is retried with the system call") {
  REQUIRE(solo::time::clock_gettime(Clock::Monotonic).has_value()); // resolved now
  auto saved = solo::time::detail::clock_gettime_fn;
  solo::time::detail::clock_gettime_fn = &fake_eio;
  Timespec before = sys_now(Clock::Monotonic);
  auto t = solo::time::clock_gettime(Clock::Monotonic);
  Timespec after = sys_now(Clock::Monotonic);
  solo::time::detail::clock_gettime_fn = &fake_einval;
  auto bad = solo::time::clock_gettime(Clock::Monotonic);
  solo::time::detail::clock_gettime_fn = saved;
  CHECK(fake_errors == 2);
  REQUIRE(t.has_value()); // EIO from the "vDSO": the system call answered
  CHECK(before <= *t);
  CHECK(*t <= after);
  CHECK(bad.error() == Errno::EINVAL); // EINVAL is final
}

namespace {
int fake_gettimeofday_eio(solo::Timeval *, void *) {
  ++fake_errors;
  return -static_cast<int>(Errno::EIO);
}
long fake_getcpu_eio(unsigned *, unsigned *, void *) {
  ++fake_errors;
  return -static_cast<long>(Errno::EIO);
}
} // namespace

TEST_CASE("clock_getres, gettimeofday and getcpu retry a vDSO failure with the system call too") {
  namespace d = solo::time::detail;
  (void)solo::time::binding(solo::time::Function::ClockGetres); // resolved now
  fake_errors = 0;
  auto saved_getres = d::clock_getres_fn;
  auto saved_gettimeofday = d::gettimeofday_fn;
  auto saved_getcpu = d::getcpu_fn;
  d::clock_getres_fn = &fake_eio;
  d::gettimeofday_fn = &fake_gettimeofday_eio;
  d::getcpu_fn = &fake_getcpu_eio;
  auto res = solo::time::clock_getres(Clock::Monotonic);
  auto tv = solo::time::gettimeofday();
  auto cpu = solo::time::getcpu();
  d::clock_getres_fn = &fake_einval;
  auto bad = solo::time::clock_getres(Clock::Monotonic);
  d::clock_getres_fn = saved_getres;
  d::gettimeofday_fn = saved_gettimeofday;
  d::getcpu_fn = saved_getcpu;
  CHECK(fake_errors == 4);
  Timespec kernel;
  REQUIRE(solo::sys::clock_getres(1, &kernel).has_value());
  REQUIRE(res.has_value());
  CHECK(*res == kernel);
  REQUIRE(tv.has_value());
  CHECK(tv->tv_sec > 1'600'000'000); // after September 2020
  CHECK(cpu.has_value());
  CHECK(bad.error() == Errno::EINVAL);
}

TEST_CASE("deadlines count down on the monotonic clock and clamp at zero") {
  using solo::time::Deadline;
  Deadline past = Deadline::after(Timespec{-5, 0});
  CHECK(past.expired());
  CHECK(past.remaining() == Timespec{});
  CHECK(Deadline::after(Timespec{}).expired());

  Timespec start = sys_now(Clock::Monotonic);
  Deadline hour = Deadline::after(Timespec{3600, 0});
  Timespec end = sys_now(Clock::Monotonic);
  CHECK_FALSE(hour.expired());
  CHECK(start + Timespec{3600, 0} <= hour.when());
  CHECK(hour.when() <= end + Timespec{3600, 0});
  Timespec left = hour.remaining();
  CHECK(left <= Timespec{3600, 0});
  CHECK(Timespec{3500, 0} < left);

  // (Not expired yet: the hour above; a 20 ms one could expire in any stall.)
  Deadline soon = Deadline::after(Timespec::from_milliseconds(20));
  struct timespec nap = {0, 30'000'000};
  while (nanosleep(&nap, &nap) != 0) {
  }
  CHECK(soon.expired());
  CHECK(soon.remaining() == Timespec{});

  CHECK(Deadline::at(Timespec{0, 1}).expired());
  Deadline never = Deadline::never();
  CHECK(never.is_never());
  CHECK_FALSE(never.expired());
  CHECK(never.remaining().tv_sec == Deadline::never_seconds);
  CHECK(Deadline::after(Timespec{Deadline::never_seconds, 0}).is_never()); // saturates, does not wrap
  CHECK(Deadline::after(Timespec{Deadline::never_seconds - 1, 999'999'999}).is_never());
}
