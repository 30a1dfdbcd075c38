// On a real kernel the auxiliary vector points at the vDSO (qemu-user 7.2 gives none): AT_SYSINFO_EHDR is
// there and is the address of a mapped 64-bit little-endian ELF shared object with program headers and a
// PT_DYNAMIC segment, the parts a vDSO lookup reads. Its dynamic section names the string and symbol tables
// and the hash tables the argument hash=sysv|gnu|both says this kernel builds (qemu/kernels.list: Debian's
// 6.1 arm64 vDSO has DT_HASH only, 6.12's DT_GNU_HASH only, x86-64 and riscv64 both).
#include "check.hpp"
#include "kernel.hpp"
#include <solo/auxv.hpp>

using solo::StringView;

namespace {

struct Elf64Phdr {
  unsigned p_type, p_flags;
  unsigned long p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};
struct Elf64Dyn {
  long tag;
  unsigned long value;
};

void check_dynamic(unsigned long base, const Elf64Phdr *load, const Elf64Phdr *dynamic, StringView want) {
  // Where the image is: the first PT_LOAD's file offset sits at `base` (wrapping arithmetic).
  unsigned long bias = base + load->p_offset - load->p_vaddr;
  bool strtab = false, symtab = false, hash = false, gnu_hash = false, verdef = false;
  int entries = 0;
  for (auto *d = reinterpret_cast<const Elf64Dyn *>(bias + dynamic->p_vaddr); d->tag != 0 && entries < 64;
       ++d, ++entries) {
    strtab |= d->tag == 5;            // DT_STRTAB
    symtab |= d->tag == 6;            // DT_SYMTAB
    hash |= d->tag == 4;              // DT_HASH
    gnu_hash |= d->tag == 0x6ffffef5; // DT_GNU_HASH
    verdef |= d->tag == 0x6ffffffc;   // DT_VERDEF
  }
  CHECK(entries < 64);
  CHECK(strtab);
  CHECK(symtab);
  CHECK(hash || gnu_hash);
  CHECK(hash == (want == "sysv" || want == "both"));
  CHECK(gnu_hash == (want == "gnu" || want == "both"));
  (ktest::Line() << "vDSO dynamic section: DT_HASH " << (hash ? "yes" : "no") << ", DT_GNU_HASH "
                 << (gnu_hash ? "yes" : "no") << ", DT_VERDEF " << (verdef ? "yes" : "no"))
      .print();
}

} // namespace

int main(int argc, char **argv) {
  StringView arg = argc == 2 ? StringView(argv[1]) : StringView();
  StringView want = arg.size() > 5 ? StringView(arg.data() + 5, arg.size() - 5) : StringView();
  CHECK(arg == "hash=sysv" || arg == "hash=gnu" || arg == "hash=both");
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
  const Elf64Phdr *load = nullptr, *dynamic = nullptr;
  for (unsigned i = 0; i < phnum && phentsize == sizeof(Elf64Phdr); ++i) {
    auto *ph = reinterpret_cast<const Elf64Phdr *>(image + phoff + i * phentsize);
    if (ph->p_type == 1 && loads++ == 0) load = ph;       // PT_LOAD
    if (ph->p_type == 2 && dynamics++ == 0) dynamic = ph; // PT_DYNAMIC
  }
  CHECK_EQ(loads, 1);
  CHECK_EQ(dynamics, 1);
  if (load && dynamic) check_dynamic(*ehdr, load, dynamic, want);
  return check::summary();
}
