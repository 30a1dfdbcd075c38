// Timespec: the kernel's struct __kernel_timespec (two 64-bit fields on every architecture solo supports),
// with the arithmetic deadlines need.
#pragma once

#include <solo/types.hpp>

namespace solo {

struct Timespec {
  long long tv_sec = 0;
  long long tv_nsec = 0;

  static constexpr long long nanos_per_second = 1'000'000'000;

  static constexpr Timespec from_nanoseconds(long long ns) noexcept {
    Timespec t{ns / nanos_per_second, ns % nanos_per_second};
    if (t.tv_nsec < 0) {
      t.tv_nsec += nanos_per_second;
      --t.tv_sec;
    }
    return t;
  }
  static constexpr Timespec from_milliseconds(long long ms) noexcept { return from_nanoseconds(ms * 1'000'000); }
  constexpr long long to_nanoseconds() const noexcept { return tv_sec * nanos_per_second + tv_nsec; }

  friend constexpr Timespec operator+(Timespec a, Timespec b) noexcept {
    Timespec t{a.tv_sec + b.tv_sec, a.tv_nsec + b.tv_nsec};
    if (t.tv_nsec >= nanos_per_second) {
      t.tv_nsec -= nanos_per_second;
      ++t.tv_sec;
    }
    return t;
  }
  friend constexpr Timespec operator-(Timespec a, Timespec b) noexcept {
    Timespec t{a.tv_sec - b.tv_sec, a.tv_nsec - b.tv_nsec};
    if (t.tv_nsec < 0) {
      t.tv_nsec += nanos_per_second;
      --t.tv_sec;
    }
    return t;
  }
  friend constexpr bool operator==(Timespec a, Timespec b) noexcept {
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
  }
  friend constexpr bool operator<(Timespec a, Timespec b) noexcept {
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
  }
  friend constexpr bool operator<=(Timespec a, Timespec b) noexcept { return !(b < a); }
};

static_assert(sizeof(Timespec) == 16, "struct __kernel_timespec is two 64-bit fields");

} // namespace solo
