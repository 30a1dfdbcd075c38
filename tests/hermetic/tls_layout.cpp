// The TLS layout crt/tls.cpp gives any thread (program_tls_image, tls_area_size, tls_area_init): laid out at
// every start offset in a buffer, each area holds .tdata's initial values (not the main thread's current ones),
// zeros for .tbss, every variable at the offset from the thread pointer the linker computed (the main thread's),
// aligned as declared, all inside the size asked for; on x86-64 the TCB points at itself.
#include "check.hpp"

#include <thread_arch.hpp>
#include <tls.hpp>

namespace {
thread_local long long initialised = 0x1122334455667788;
alignas(64) thread_local char aligned[5] = {1, 2, 3, 4, 5};
thread_local int zeros[16];

long offset_of(const void *variable, const void *tp) {
  return reinterpret_cast<const char *>(variable) - reinterpret_cast<const char *>(tp);
}

alignas(64) unsigned char buffer[8192];
} // namespace

int main() {
  using namespace solo::crt;
  TlsImage image = program_tls_image();
  CHECK(image.memsz >= sizeof(long) + sizeof aligned + sizeof zeros);
  CHECK(image.filesz <= image.memsz);
  CHECK(image.align >= 64);

  // The main thread's values change; new areas still start from the image.
  initialised = 1;
  aligned[0] = 9;
  zeros[3] = 7;
  void *main_tp = solo::arch::thread_pointer();
  long at_initialised = offset_of(&initialised, main_tp);
  long at_aligned = offset_of(aligned, main_tp);
  long at_zeros = offset_of(zeros, main_tp);

  unsigned long size = tls_area_size(image);
  CHECK(size < sizeof buffer - 128);
  for (unsigned shift = 0; shift < 128; shift += 8) {
    for (unsigned char &b : buffer) b = 0;
    unsigned char *area = buffer + shift;
    auto *tp = static_cast<unsigned char *>(tls_area_init(image, area));
    auto inside = [&](long offset, unsigned long bytes) {
      return tp + offset >= area && tp + offset + bytes <= area + size;
    };
    CHECK(inside(at_initialised, sizeof(long)) && inside(at_aligned, sizeof aligned) && inside(at_zeros, sizeof zeros));
    CHECK(*reinterpret_cast<long long *>(tp + at_initialised) == 0x1122334455667788);
    CHECK(reinterpret_cast<unsigned long>(tp + at_aligned) % 64 == 0);
    CHECK(tp[at_aligned] == 1 && tp[at_aligned + 4] == 5);
    bool zero = true;
    for (unsigned i = 0; i < sizeof zeros; ++i) zero = zero && tp[at_zeros + i] == 0;
    CHECK(zero);
    if (solo::arch::canary_in_tcb) CHECK(*reinterpret_cast<void **>(tp) == tp);
  }
  CHECK(initialised == 1 && aligned[0] == 9 && zeros[3] == 7); // the main thread's own block untouched
  return check::summary();
}
