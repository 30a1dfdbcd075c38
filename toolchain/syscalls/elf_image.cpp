// ELF header, section headers and symbols by the System V gABI: the same fields at class-dependent offsets.
#include "elf_image.hpp"

#include <solo/io.hpp>
#include <solo/io/retry.hpp>
#include <solo/mem.hpp>
#include <solo/sys/stat.hpp>

namespace syscalls {

namespace sys = solo::sys;
using solo::Errno;

namespace {
constexpr uint32_t sht_symtab = 2;
constexpr unsigned char stt_func = 2;
} // namespace

Result<ElfImage> ElfImage::read(const char *path) noexcept {
  auto fd = solo::io::openat(sys::at_fdcwd, solo::CStr(path), sys::OpenFlags::ReadOnly);
  if (!fd) return fd.error();
  sys::Stat st;
  if (auto r = sys::fstat(*fd, st); !r) return r.error();
  if (!sys::is_regular(st.st_mode)) return Errno::EINVAL;
  auto size = static_cast<uint64_t>(st.st_size);
  auto *data = static_cast<unsigned char *>(solo::mem::allocate(size ? size : 1));
  if (!data) return Errno::ENOMEM;
  auto got = solo::io::read_exact(*fd, data, size);
  if (!got) return got.error();
  ElfImage image;
  image.data_ = data; // kept for the life of the process: one file per run
  image.size_ = *got;
  if (image.size_ < 52 || data[0] != 0x7f || data[1] != 'E' || data[2] != 'L' || data[3] != 'F') return Errno::EINVAL;
  if ((data[4] != 1 && data[4] != 2) || (data[5] != 1 && data[5] != 2)) return Errno::EINVAL;
  image.is64_ = data[4] == 2;
  image.big_endian_ = data[5] == 2;
  if (image.is64_ && image.size_ < 64) return Errno::EINVAL;
  image.machine_ = image.u16(18);
  image.section_headers_ = image.word(image.is64_ ? 40 : 32);
  image.section_size_ = image.u16(image.is64_ ? 58 : 46);
  image.section_count_ = image.u16(image.is64_ ? 60 : 48);
  image.names_index_ = image.u16(image.is64_ ? 62 : 50);
  if (image.section_count_ != 0 &&
      (image.section_size_ < (image.is64_ ? 64 : 40) ||
       !image.contains(image.section_headers_, uint64_t{image.section_count_} * image.section_size_)))
    return Errno::EINVAL;
  return image;
}

uint64_t ElfImage::bytes(uint64_t offset, int count) const noexcept {
  if (!contains(offset, static_cast<uint64_t>(count))) return 0;
  uint64_t v = 0;
  for (int i = 0; i < count; ++i) {
    int shift = big_endian_ ? 8 * (count - 1 - i) : 8 * i;
    v |= uint64_t{data_[offset + i]} << shift;
  }
  return v;
}

bool ElfImage::header(size_t index, SectionHeader &h) const noexcept {
  if (index >= section_count_) return false;
  uint64_t at = section_headers_ + index * section_size_;
  h.name = u32(at);
  h.type = u32(at + 4);
  if (is64_) {
    h.address = u64(at + 16);
    h.offset = u64(at + 24);
    h.size = u64(at + 32);
    h.link = u32(at + 40);
    h.entry_size = u64(at + 56);
  } else {
    h.address = u32(at + 12);
    h.offset = u32(at + 16);
    h.size = u32(at + 20);
    h.link = u32(at + 24);
    h.entry_size = u32(at + 36);
  }
  return true;
}

StringView ElfImage::string(uint64_t table_offset, uint64_t table_size, uint32_t at) const noexcept {
  if (at >= table_size || !contains(table_offset, table_size)) return {};
  const char *s = reinterpret_cast<const char *>(data_ + table_offset + at);
  size_t n = 0;
  while (at + n < table_size && s[n] != '\0') ++n;
  return {s, n};
}

Result<Section> ElfImage::section(StringView name) const noexcept {
  SectionHeader names;
  if (!header(names_index_, names)) return Errno::ENOENT;
  for (size_t i = 0; i < section_count_; ++i) {
    SectionHeader h;
    header(i, h);
    if (!(string(names.offset, names.size, h.name) == name)) continue;
    if (!contains(h.offset, h.size)) return Errno::EINVAL;
    return Section{h.address, h.offset, h.size};
  }
  return Errno::ENOENT;
}

StringView ElfImage::function_at(uint64_t address, uint64_t &offset) const noexcept {
  for (size_t i = 0; i < section_count_; ++i) {
    SectionHeader symtab, strtab;
    if (!header(i, symtab) || symtab.type != sht_symtab || !header(symtab.link, strtab)) continue;
    uint64_t entry = symtab.entry_size ? symtab.entry_size : (is64_ ? 24 : 16);
    if (!contains(symtab.offset, symtab.size)) return {};
    for (uint64_t at = symtab.offset; at + entry <= symtab.offset + symtab.size; at += entry) {
      // Elf64_Sym: name, info, other, shndx, value, size. Elf32_Sym: name, value, size, info, other, shndx.
      unsigned char info = data_[at + (is64_ ? 4 : 12)];
      uint64_t value = is64_ ? u64(at + 8) : u32(at + 4);
      uint64_t size = is64_ ? u64(at + 16) : u32(at + 8);
      if ((info & 15) != stt_func || address < value || address - value >= size) continue;
      offset = address - value;
      return string(strtab.offset, strtab.size, u32(at));
    }
  }
  return {};
}

} // namespace syscalls
