// What the float formatting tests share: how many random numbers to try, and the generator behind them.
#pragma once

#include <stdint.h>
#include <stdlib.h>

namespace float_test {

// Millions natively, fewer under emulation or sanitizers; SOLO_FMT_ITERATIONS overrides.
inline long iterations(long native) {
  if (const char *e = getenv("SOLO_FMT_ITERATIONS")) return atol(e);
#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
  return native;
#else
  return native / 10; // qemu-user runs aarch64/riscv64 here; ASan/UBSan are slow too
#endif
}

struct Rng {
  uint64_t s = 0x9e3779b97f4a7c15ULL;
  uint64_t next() { // splitmix64
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
};

} // namespace float_test
