// The function pointers behind solo::time, and how they are chosen: on the first call of any of them, every
// function is looked up in this process's vDSO (names and versions from arch/<arch>/vdso_arch.hpp); what is
// not there is served by the system call.
#include <solo/sys/time.hpp>
#include <solo/time.hpp>
#include <solo/vdso.hpp>
#include <vdso_arch.hpp>

namespace solo::time {

namespace {
// System-call stand-ins with the vDSO functions' signatures.
int syscall_clock_gettime(int clock, Timespec *ts) {
  return static_cast<int>(sys::raw(sys::tnr::clock_gettime, clock, ts));
}
int syscall_clock_getres(int clock, Timespec *ts) {
  return static_cast<int>(sys::raw(sys::tnr::clock_getres, clock, ts));
}
int syscall_gettimeofday(Timeval *tv, void *tz) { return static_cast<int>(sys::raw(sys::nr::gettimeofday, tv, tz)); }
long syscall_getcpu(unsigned *cpu, unsigned *node, void *cache) { return sys::raw(sys::nr::getcpu, cpu, node, cache); }
// arm64 and riscv64 have no time system call; their vDSOs have no time(). Seconds of CLOCK_REALTIME instead.
long time_from_clock_gettime(long *out) {
  Timespec ts;
  int ret = __atomic_load_n(&detail::clock_gettime_fn, __ATOMIC_RELAXED)(0, &ts);
  if (ret != 0) return ret;
  if (out) *out = ts.tv_sec;
  return ts.tv_sec;
}

// time() while resolution is under way elsewhere.
long time_from_syscall(long *out) {
  Timespec ts;
  int ret = syscall_clock_gettime(0, &ts);
  if (ret != 0) return ret;
  if (out) *out = ts.tv_sec;
  return ts.tv_sec;
}

struct Entry {
  const char *name;
  const char *symbol;
  Source source;
  const void *address;
};
Entry entries[function_count] = {
    {"clock_gettime", arch::vdso::clock_gettime, Source::Syscall, nullptr},
    {"clock_getres", arch::vdso::clock_getres, Source::Syscall, nullptr},
    {"gettimeofday", arch::vdso::gettimeofday, Source::Syscall, nullptr},
    {"time", arch::vdso::time, Source::ClockGettime, nullptr},
    {"getcpu", arch::vdso::getcpu, Source::Syscall, nullptr},
};
// 0: not resolved, 1: being resolved by one thread, 2: done.
int state = 0;

const void *find(const vdso::Image *image, Function f) noexcept {
  Entry &e = entries[static_cast<int>(f)];
  const void *p = image && e.symbol ? image->lookup(e.symbol, arch::vdso::version) : nullptr;
  if (p) {
    e.source = Source::Vdso;
    e.address = p;
  }
  return p;
}

// Points `slot` at the vDSO's function when it has one, at `fallback` otherwise.
template <class F> void pick(const vdso::Image *image, F &slot, Function f, F fallback) noexcept {
  const void *p = find(image, f);
  __atomic_store_n(&slot, p ? reinterpret_cast<F>(const_cast<void *>(p)) : fallback, __ATOMIC_RELAXED);
}

// One caller resolves; true once the pointers are final. Nobody waits: clock_gettime is async-signal-safe, and a
// signal handler that interrupted the resolving code would wait forever for it. A caller that finds resolution
// under way (another thread, or the code its handler interrupted) makes this one call through the system call.
// The image is parsed here afresh rather than through vdso::process_image(), which does wait.
bool resolve() noexcept {
  if (__atomic_load_n(&state, __ATOMIC_ACQUIRE) == 2) return true;
  int expected = 0;
  if (!__atomic_compare_exchange_n(&state, &expected, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
    return expected == 2;
  Result<vdso::Image> parsed = vdso::find_process_image();
  const vdso::Image *image = parsed ? &*parsed : nullptr;
  pick(image, detail::clock_gettime_fn, Function::ClockGettime, &syscall_clock_gettime);
  pick(image, detail::clock_getres_fn, Function::ClockGetres, &syscall_clock_getres);
  pick(image, detail::gettimeofday_fn, Function::Gettimeofday, &syscall_gettimeofday);
  pick(image, detail::time_fn, Function::Time, &time_from_clock_gettime);
  pick(image, detail::getcpu_fn, Function::Getcpu, &syscall_getcpu);
  __atomic_store_n(&state, 2, __ATOMIC_RELEASE);
  return true;
}

// What the pointers hold before the first call.
int first_clock_gettime(int clock, Timespec *ts) {
  return resolve() ? detail::clock_gettime_fn(clock, ts) : syscall_clock_gettime(clock, ts);
}
int first_clock_getres(int clock, Timespec *ts) {
  return resolve() ? detail::clock_getres_fn(clock, ts) : syscall_clock_getres(clock, ts);
}
int first_gettimeofday(Timeval *tv, void *tz) {
  return resolve() ? detail::gettimeofday_fn(tv, tz) : syscall_gettimeofday(tv, tz);
}
long first_time(long *out) { return resolve() ? detail::time_fn(out) : time_from_syscall(out); }
long first_getcpu(unsigned *cpu, unsigned *node, void *cache) {
  return resolve() ? detail::getcpu_fn(cpu, node, cache) : syscall_getcpu(cpu, node, cache);
}

// A failure other than EINVAL from anything but the system call itself (a vDSO that cannot serve this clock
// after all) deserves the real system call. EINVAL, the vDSO's answer for an unknown clock, is as final as the
// kernel's.
template <class F> bool retry(F used, F syscall, long ret) noexcept {
  return ret != -static_cast<long>(Errno::EINVAL) && used != syscall;
}
} // namespace

namespace detail {
ClockFn clock_gettime_fn = &first_clock_gettime;
ClockFn clock_getres_fn = &first_clock_getres;
GettimeofdayFn gettimeofday_fn = &first_gettimeofday;
TimeFn time_fn = &first_time;
GetcpuFn getcpu_fn = &first_getcpu;

Result<Timespec> clock_gettime_failed(int clock, int ret) noexcept {
  if (retry(__atomic_load_n(&clock_gettime_fn, __ATOMIC_RELAXED), &syscall_clock_gettime, ret)) {
    Timespec ts;
    ret = syscall_clock_gettime(clock, &ts);
    if (ret == 0) return ts;
  }
  return static_cast<Errno>(-ret);
}
} // namespace detail

Result<Timespec> clock_getres(Clock clock) noexcept {
  Timespec ts;
  detail::ClockFn fn = __atomic_load_n(&detail::clock_getres_fn, __ATOMIC_RELAXED);
  int ret = fn(static_cast<int>(clock), &ts);
  if (ret != 0 && retry(fn, &syscall_clock_getres, ret)) ret = syscall_clock_getres(static_cast<int>(clock), &ts);
  if (ret != 0) return static_cast<Errno>(-ret);
  return ts;
}

Result<Timeval> gettimeofday() noexcept {
  Timeval tv;
  detail::GettimeofdayFn fn = __atomic_load_n(&detail::gettimeofday_fn, __ATOMIC_RELAXED);
  int ret = fn(&tv, nullptr);
  if (ret != 0 && retry(fn, &syscall_gettimeofday, ret)) ret = syscall_gettimeofday(&tv, nullptr);
  if (ret != 0) return static_cast<Errno>(-ret);
  return tv;
}

Result<long> time() noexcept {
  long t = __atomic_load_n(&detail::time_fn, __ATOMIC_RELAXED)(nullptr);
  // time() returns seconds; only a value in the errno range is a failure (the year 2^63 is far off).
  if (sys::is_error(t)) return static_cast<Errno>(-t);
  return t;
}

Result<Cpu> getcpu() noexcept {
  Cpu c{0, 0};
  detail::GetcpuFn fn = __atomic_load_n(&detail::getcpu_fn, __ATOMIC_RELAXED);
  long ret = fn(&c.cpu, &c.node, nullptr);
  if (ret != 0 && retry(fn, &syscall_getcpu, ret)) ret = syscall_getcpu(&c.cpu, &c.node, nullptr);
  if (ret != 0) return static_cast<Errno>(-ret);
  return c;
}

Binding binding(Function f) noexcept {
  while (!resolve()) {
  }
  const Entry &e = entries[static_cast<int>(f)];
  return {f, e.name, e.source, e.symbol, e.symbol ? arch::vdso::version : nullptr, e.address};
}

const char *name(Source s) noexcept {
  switch (s) {
  case Source::Vdso:
    return "vdso";
  case Source::Syscall:
    return "syscall";
  case Source::ClockGettime:
    return "clock_gettime";
  }
  return "?";
}

} // namespace solo::time
