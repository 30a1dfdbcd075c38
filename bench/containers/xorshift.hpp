// The container benchmarks' pseudo-random numbers: xorshift64, the same sequence on every run and in every
// build (solo's and the standard library's), so both sides do exactly the same work.
#pragma once

#include <cstdint>

struct XorShift {
  uint64_t state;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};
