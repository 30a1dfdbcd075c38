// Listing the dynamic symbols of an image, for people studying the ABI.
#include <solo/vdso_elf.hpp>

#include "image_read.hpp"

namespace solo::vdso {

Result<Symbol> Image::symbol(size_t index) const noexcept {
  elf::Sym s;
  if (index >= symbol_count_ || !read(symtab_ + uint64_t(index) * sizeof(elf::Sym), s)) return Errno::ERANGE;
  Symbol out{};
  out.name = string(s.st_name);
  out.version = version_of(index);
  out.type = elf::st_type(s.st_info);
  out.binding = elf::st_bind(s.st_info);
  out.section = s.st_shndx;
  out.value = s.st_value;
  uint64_t at;
  if (s.st_shndx != elf::shn_undef && s.st_shndx != elf::shn_abs && offset_of(s.st_value, at) && at >= segment_begin_ &&
      at < segment_end_)
    out.address = base_ + at;
  // Exactly what lookup() would accept for this name (and the first such entry).
  out.callable = !out.name.empty() && out.address != nullptr && accept(index, out.name, out.version) == out.address;
  return out;
}

} // namespace solo::vdso
