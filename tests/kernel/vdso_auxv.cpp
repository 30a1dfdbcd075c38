// On a real kernel the auxiliary vector points at the vDSO (qemu-user 7.2 gives none): AT_SYSINFO_EHDR is
// there and is the address of a mapped 64-bit little-endian ELF shared object with program headers and a
// PT_DYNAMIC segment, the parts a vDSO lookup reads.
#include "check.hpp"
#include <solo/auxv.hpp>

int main() {
  auto ehdr = solo::auxv::get(solo::auxv::Type::AT_SYSINFO_EHDR);
  CHECK(ehdr.has_value());
  if (!ehdr) return check::summary();
  CHECK(*ehdr != 0);
  CHECK(*ehdr % 4096 == 0); // the vDSO is mapped at a page boundary

  auto *image = reinterpret_cast<const unsigned char *>(*ehdr);
  CHECK(image[0] == 0x7f && image[1] == 'E' && image[2] == 'L' && image[3] == 'F');
  CHECK_EQ(image[4], 2); // ELFCLASS64
  CHECK_EQ(image[5], 1); // ELFDATA2LSB
  unsigned short type = static_cast<unsigned short>(image[16] | image[17] << 8);
  CHECK_EQ(type, 3); // ET_DYN

  // Elf64_Ehdr: e_phoff at 32 (8 bytes), e_phentsize at 54, e_phnum at 56; Elf64_Phdr: p_type first.
  unsigned long phoff = 0;
  for (int i = 7; i >= 0; --i) phoff = phoff << 8 | image[32 + i];
  unsigned phentsize = image[54] | image[55] << 8;
  unsigned phnum = image[56] | image[57] << 8;
  CHECK_EQ(phentsize, 56);
  CHECK(phnum > 0 && phnum < 16);
  int loads = 0, dynamics = 0;
  for (unsigned i = 0; i < phnum && phentsize == 56; ++i) {
    const unsigned char *ph = image + phoff + i * phentsize;
    unsigned p_type = ph[0] | ph[1] << 8 | ph[2] << 16 | static_cast<unsigned>(ph[3]) << 24;
    loads += p_type == 1;    // PT_LOAD
    dynamics += p_type == 2; // PT_DYNAMIC
  }
  CHECK_EQ(loads, 1);
  CHECK_EQ(dynamics, 1);
  return check::summary();
}
