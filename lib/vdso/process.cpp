// This process's vDSO: found through AT_SYSINFO_EHDR and parsed once, on first use.
#include <solo/auxv.hpp>
#include <solo/sync/once.hpp>
#include <solo/vdso_elf.hpp>

#include "image_read.hpp"

namespace solo::vdso {

// The kernel does not say how big the vDSO mapping is. Its image is one PT_LOAD holding the whole file,
// mapped page by page, and its first page holds the ELF and program headers: so the headers are read within
// one page and the end of the first PT_LOAD, rounded up to a page, is what is certainly readable.
size_t mapped_size(const void *base, size_t page) noexcept {
  if (!base || page == 0 || (page & (page - 1)) != 0) return 0;
  elf::Ehdr eh;
  __builtin_memcpy(&eh, base, sizeof(eh));
  const auto *bytes = static_cast<const unsigned char *>(base);
  if (eh.e_ident[0] != elf::elfmag[0] || eh.e_ident[1] != elf::elfmag[1] || eh.e_ident[2] != elf::elfmag[2] ||
      eh.e_ident[3] != elf::elfmag[3] || eh.e_phentsize != sizeof(elf::Phdr))
    return 0;
  for (uint32_t i = 0; i < eh.e_phnum; ++i) {
    uint64_t at;
    if (!offset_add(eh.e_phoff, i, sizeof(elf::Phdr), at) || at > page || page - at < sizeof(elf::Phdr)) return 0;
    elf::Phdr ph;
    __builtin_memcpy(&ph, bytes + at, sizeof(ph));
    if (ph.p_type != elf::pt_load) continue;
    uint64_t end;
    if (__builtin_add_overflow(ph.p_offset, ph.p_filesz, &end) || end > (uint64_t(1) << 32))
      return 0; // no vDSO is gigabytes long

    uint64_t rounded = (end + page - 1) & ~uint64_t(page - 1);
    return rounded < page ? page : rounded;
  }
  return 0;
}

namespace {
Image image;
bool usable = false;
Once parsed_once;
} // namespace

Result<Image> find_process_image() noexcept {
  auto base = auxv::get(auxv::Type::AT_SYSINFO_EHDR);
  if (!base || *base == 0) return Errno::ENOENT;
  const void *p = reinterpret_cast<const void *>(*base);
  size_t page = auxv::get(auxv::Type::AT_PAGESZ).value_or(4096);
  return Image::parse(p, mapped_size(p, page));
}

// Parsed once; callers that come while another thread parses sleep until it is done (solo::Once).
const Image *process_image() noexcept {
  parsed_once.call([] {
    auto parsed = find_process_image();
    if (parsed) {
      image = *parsed;
      usable = true;
    }
  });
  return usable ? &image : nullptr;
}

} // namespace solo::vdso
