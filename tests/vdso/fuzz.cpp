// libFuzzer entry point: the input bytes are a vDSO image. Parsing and every kind of lookup must stay inside
// the input (AddressSanitizer checks each read), finish (libFuzzer's timeout), and only ever return addresses
// inside the input. The functions found are not called: the bytes are not code.
#include <stdint.h>
#include <stdlib.h>

#include <solo/vdso.hpp>
#include <vdso_arch.hpp>

namespace {
const char *const names[] = {solo::arch::vdso::clock_gettime,
                             solo::arch::vdso::clock_getres,
                             solo::arch::vdso::gettimeofday,
                             "__vdso_time",
                             "__vdso_getcpu",
                             "",
                             "x"};
const char *const versions[] = {solo::arch::vdso::version, "", "LINUX_0.0"};

void inside(const void *p, const uint8_t *data, size_t size) {
  auto *b = static_cast<const uint8_t *>(p);
  if (p && (b < data || b >= data + size)) abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  auto image = solo::vdso::Image::parse(data, size);
  if (!image) return 0;
  for (const char *name : names)
    for (const char *version : versions) {
      inside(image->lookup(name, version), data, size);
      inside(image->lookup_sysv(name, version), data, size);
      inside(image->lookup_gnu(name, version), data, size);
    }
  unsigned sum = 0;
  size_t count = image->symbol_count();
  for (size_t i = 0; i < count && i < 4096; ++i) {
    auto s = image->symbol(i);
    if (!s) continue;
    inside(s->address, data, size);
    for (char c : s->name) sum += static_cast<unsigned char>(c);
    for (char c : s->version) sum += static_cast<unsigned char>(c);
  }
  return static_cast<int>(sum & 0);
}
