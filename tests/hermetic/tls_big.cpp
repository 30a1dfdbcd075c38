// A TLS block too big for start-up's static buffer (it is mmap'ed instead), with a 256-byte alignment.
#include "check.hpp"

namespace {
alignas(256) thread_local unsigned char big[70000] = {1, 2, 3};
thread_local int after = 11;
} // namespace

int main() {
  CHECK_EQ(reinterpret_cast<unsigned long>(&big) % 256, 0);
  CHECK(big[0] == 1 && big[1] == 2 && big[2] == 3);
  bool rest_zero = true;
  for (unsigned i = 3; i < sizeof big; ++i) rest_zero = rest_zero && big[i] == 0;
  CHECK(rest_zero);
  CHECK_EQ(after, 11);
  big[69999] = 9;
  CHECK_EQ(big[69999], 9);
  return check::summary();
}
