// The vDSO: a small shared object the kernel maps into every process (found through AT_SYSINFO_EHDR) whose
// functions read the clocks without entering the kernel. This is its parser and symbol lookup.
//
// The parser trusts nothing in the image: it reads only program headers and the dynamic section (section
// headers are not reliable in vDSO images), keeps every read inside [base, base + size), and bounds every
// loop, so a truncated, corrupt or hostile image gives "not found", never a crash or a hang.
#pragma once

#include <solo/result.hpp>
#include <solo/string_view.hpp>
#include <solo/types.hpp>

namespace solo::vdso {

// One entry of the dynamic symbol table, for people studying the ABI.
struct Symbol {
  StringView name;     // empty when the name is outside the string table
  StringView version;  // the verdef name ("LINUX_2.6"); empty when unversioned or the image has no verdef
  unsigned type;       // STT_FUNC = 2, STT_OBJECT = 1, STT_NOTYPE = 0, ...
  unsigned binding;    // STB_GLOBAL = 1, STB_WEAK = 2, STB_LOCAL = 0
  unsigned section;    // st_shndx: 0 = undefined, 0xfff1 = absolute
  uint64_t value;      // st_value as linked
  const void *address; // where the symbol is in this mapping; nullptr when undefined or outside the image
  bool callable;       // what lookup() accepts: defined, FUNC/NOTYPE, GLOBAL/WEAK, inside the loaded segment
};

class Image {
public:
  // An empty image: finds nothing.
  constexpr Image() noexcept = default;

  // Parses the image mapped at `base`, of which `size` bytes are readable. Fails with ENOEXEC when it is not an
  // ELF64 shared object for this architecture with a usable dynamic symbol table and hash table.
  static Result<Image> parse(const void *base, size_t size) noexcept;

  // The address of a callable symbol `name` of version `version`, or nullptr. An empty version, or an image
  // without DT_VERSYM/DT_VERDEF, matches by name alone.
  const void *lookup(StringView name, StringView version = {}) const noexcept;

  // Every dynamic symbol, by index (index 0 is the null symbol).
  size_t symbol_count() const noexcept { return symbol_count_; }
  Result<Symbol> symbol(size_t index) const noexcept;

  bool has_sysv_hash() const noexcept { return sysv_hash_ != 0; }
  bool has_gnu_hash() const noexcept { return gnu_hash_ != 0; }
  bool has_versions() const noexcept { return versym_ != 0 && verdef_ != 0; }
  const void *base() const noexcept { return base_; }
  size_t size() const noexcept { return static_cast<size_t>(size_); }

  // Lookup through one hash table only (nullptr when the image does not have that table); lookup() prefers
  // DT_GNU_HASH. For tests that check each table alone.
  const void *lookup_sysv(StringView name, StringView version = {}) const noexcept;
  const void *lookup_gnu(StringView name, StringView version = {}) const noexcept;

private:
  template <class Type> bool read(uint64_t offset, Type &out) const noexcept;
  bool offset_of(uint64_t vaddr, uint64_t &offset) const noexcept;
  bool string_equals(uint64_t index, StringView want) const noexcept;
  StringView string(uint64_t index) const noexcept;
  bool version_matches(uint64_t symbol_index, StringView version) const noexcept;
  StringView version_of(uint64_t symbol_index) const noexcept;
  const void *accept(uint64_t symbol_index, StringView name, StringView version) const noexcept;
  bool init_sysv_hash() noexcept;
  bool init_gnu_hash() noexcept;
  size_t count_gnu_symbols() const noexcept;

  const unsigned char *base_ = nullptr;
  uint64_t size_ = 0;
  uint64_t bias_ = 0;          // image offset = vaddr - bias_ (wrapping): first PT_LOAD's p_vaddr - p_offset
  uint64_t segment_begin_ = 0; // the first PT_LOAD's bytes, as image offsets, clamped to the image
  uint64_t segment_end_ = 0;
  // Image offsets of the tables; 0 = absent (offset 0 is the ELF header, never a table).
  uint64_t symtab_ = 0, strtab_ = 0, strsz_ = 0, sysv_hash_ = 0, gnu_hash_ = 0, versym_ = 0, verdef_ = 0;
  uint64_t verdefnum_ = 0;
  uint32_t sysv_nbucket_ = 0, sysv_nchain_ = 0;
  uint32_t gnu_nbuckets_ = 0, gnu_symoffset_ = 0, gnu_bloom_size_ = 0, gnu_bloom_shift_ = 0;
  size_t symbol_count_ = 0;
};

// The hash functions of the two tables.
uint32_t sysv_hash(StringView name) noexcept;
uint32_t gnu_hash(StringView name) noexcept;

// The size of the kernel's vDSO mapped at `base`, from its first PT_LOAD (rounded up to `page`, never below one
// page); 0 when the headers do not make sense. Only for the image the kernel mapped: a page is always readable.
size_t mapped_size(const void *base, size_t page) noexcept;

// This process's vDSO (AT_SYSINFO_EHDR), parsed now; ENOENT when there is none (qemu-user gives none), ENOEXEC
// when it is unusable. Touches no shared state: safe in a signal handler.
Result<Image> find_process_image() noexcept;

// The entry points beyond solo::time's functions that this architecture's kernels may put in the vDSO
// (arch/<arch>/vdso_arch.hpp: getrandom, riscv_hwprobe, the signal trampoline, ...), to show what a kernel offers
// (examples/vdso); solo calls none of them. `address` is where `image` has the symbol, or nullptr.
struct OtherEntry {
  StringView function;
  StringView symbol;
  StringView version;
  const void *address;
};
size_t other_entry_count() noexcept;
OtherEntry other_entry(const Image &image, size_t index) noexcept; // index < other_entry_count()

// The same, parsed once and kept; nullptr when there is none or it is unusable. A thread that arrives while
// another is parsing waits for it, so this is not for signal handlers.
const Image *process_image() noexcept;

} // namespace solo::vdso
