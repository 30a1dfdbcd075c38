// The vDSO entry points solo lists but does not call, from arch/<arch>/vdso_arch.hpp.
#include <solo/vdso.hpp>
#include <vdso_arch.hpp>

namespace solo::vdso {

size_t other_entry_count() noexcept { return sizeof(arch::vdso::others) / sizeof(arch::vdso::others[0]); }

OtherEntry other_entry(const Image &image, size_t index) noexcept {
  const arch::vdso::Entry &e = arch::vdso::others[index];
  const char *version = e.version ? e.version : arch::vdso::version;
  return {e.function, e.symbol, version, image.lookup(e.symbol, version)};
}

} // namespace solo::vdso
