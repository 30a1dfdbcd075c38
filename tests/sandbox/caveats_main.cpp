// Makes each marker call locked down (trap mode), so a call missing from the manifest is reported: exits 0
// when every call succeeds, locked where the kernel can filter and unlocked under qemu-user.
#include "caveats.hpp"

#include <solo/sandbox.hpp>

long (*volatile twins[])() = {twin_a, twin_b};

int main() {
  auto r = solo::sandbox::lock(solo::sandbox::Mode::Trap);
  if (!r && r.error() != solo::Errno::ENOSYS) return 3;
  long sum = inline_used() + template_used(0) + from_other_unit();
  for (auto twin : twins) sum += twin();
  return sum >= 0 ? 0 : 1;
}
