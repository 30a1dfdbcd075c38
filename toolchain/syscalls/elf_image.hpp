// A whole ELF file in memory, read field by field in its own class (32 or 64 bits) and byte order, whatever
// the machine reading it: solo-syscalls reads binaries of every architecture on any of them.
#pragma once

#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace syscalls {

using solo::Result;
using solo::StringView;

struct Section {
  uint64_t address = 0;
  uint64_t offset = 0;
  uint64_t size = 0;
};

class ElfImage {
public:
  // EINVAL: not an ELF file, or one whose headers point outside it.
  static Result<ElfImage> read(const char *path) noexcept;

  uint16_t machine() const noexcept { return machine_; }
  bool is64() const noexcept { return is64_; }
  bool big_endian() const noexcept { return big_endian_; }

  // The section of that name; ENOENT when there is none (or no section headers at all).
  Result<Section> section(StringView name) const noexcept;
  // The function symbol (from .symtab) that contains `address`, and how far into it; empty when stripped.
  StringView function_at(uint64_t address, uint64_t &offset) const noexcept;

  // Fields at `offset` in the file, in its byte order; 0 beyond the end (callers check ranges first).
  uint16_t u16(uint64_t offset) const noexcept { return static_cast<uint16_t>(bytes(offset, 2)); }
  uint32_t u32(uint64_t offset) const noexcept { return static_cast<uint32_t>(bytes(offset, 4)); }
  uint64_t u64(uint64_t offset) const noexcept { return bytes(offset, 8); }
  // An address or offset-sized word: 4 bytes in a 32-bit file, 8 in a 64-bit one.
  uint64_t word(uint64_t offset) const noexcept { return is64_ ? u64(offset) : u32(offset); }
  bool contains(uint64_t offset, uint64_t size) const noexcept { return offset <= size_ && size <= size_ - offset; }

private:
  uint64_t bytes(uint64_t offset, int count) const noexcept;
  struct SectionHeader {
    uint32_t name, type;
    uint64_t address, offset, size;
    uint32_t link;
    uint64_t entry_size;
  };
  bool header(size_t index, SectionHeader &h) const noexcept;
  StringView string(uint64_t table_offset, uint64_t table_size, uint32_t at) const noexcept;

  const unsigned char *data_ = nullptr;
  uint64_t size_ = 0;
  uint16_t machine_ = 0;
  bool is64_ = false, big_endian_ = false;
  uint64_t section_headers_ = 0;
  uint16_t section_count_ = 0, section_size_ = 0, names_index_ = 0;
};

} // namespace syscalls
