// Symbol lookup through DT_GNU_HASH or DT_HASH, with the version checked through DT_VERSYM/DT_VERDEF.
// Every loop is bounded: hash chains by the symbol count (DT_HASH) or by the image's end (DT_GNU_HASH walks
// forward only), the verdef list by DT_VERDEFNUM and the image size.
#include <solo/vdso_elf.hpp>

#include "image_read.hpp"

namespace solo::vdso {

bool Image::string_equals(uint64_t index, StringView want) const noexcept {
  if (index >= strsz_ || want.size() >= strsz_ - index) return false; // room for the name and its NUL
  const unsigned char *s = base_ + strtab_ + index;
  for (size_t i = 0; i < want.size(); ++i)
    if (s[i] != static_cast<unsigned char>(want[i])) return false;
  return s[want.size()] == 0;
}

StringView Image::string(uint64_t index) const noexcept {
  if (index >= strsz_) return {};
  const char *s = reinterpret_cast<const char *>(base_ + strtab_ + index);
  for (uint64_t n = 0; n < strsz_ - index; ++n)
    if (s[n] == 0) return StringView(s, n);
  return {}; // no NUL inside the string table
}

StringView Image::version_of(uint64_t symbol_index) const noexcept {
  if (!has_versions()) return {};
  uint16_t v;
  if (!read(versym_ + symbol_index * 2, v)) return {};
  uint16_t index = v & ~elf::versym_hidden;
  uint64_t at = verdef_;
  // A verdef entry is 20 bytes: a list longer than the image can hold must be looping.
  uint64_t limit = size_ / sizeof(elf::Verdef) + 1;
  if (verdefnum_ && verdefnum_ < limit) limit = verdefnum_;
  for (uint64_t n = 0; n < limit; ++n) {
    elf::Verdef d;
    if (!read(at, d)) return {};
    if (!(d.vd_flags & elf::ver_flg_base) && (d.vd_ndx & ~elf::versym_hidden) == index) {
      elf::Verdaux aux;
      if (!read(at + d.vd_aux, aux)) return {};
      StringView name = string(aux.vda_name);
      return name.empty() ? StringView{} : name;
    }
    if (d.vd_next == 0) return {};
    at += d.vd_next;
  }
  return {};
}

bool Image::version_matches(uint64_t symbol_index, StringView version) const noexcept {
  if (version.empty() || !has_versions()) return true;
  StringView have = version_of(symbol_index);
  return !have.empty() && have == version;
}

const void *Image::accept(uint64_t symbol_index, StringView name, StringView version) const noexcept {
  elf::Sym s;
  if (!read(symtab_ + symbol_index * sizeof(elf::Sym), s) || !string_equals(s.st_name, name)) return nullptr;
  unsigned type = elf::st_type(s.st_info), bind = elf::st_bind(s.st_info);
  if (s.st_shndx == elf::shn_undef) return nullptr;
  if (type != elf::stt_func && type != elf::stt_notype) return nullptr;
  if (bind != elf::stb_global && bind != elf::stb_weak) return nullptr;
  if (!version_matches(symbol_index, version)) return nullptr;
  uint64_t at;
  if (!offset_of(s.st_value, at) || at < segment_begin_ || at >= segment_end_) return nullptr;
  return base_ + at;
}

const void *Image::lookup_sysv(StringView name, StringView version) const noexcept {
  if (!sysv_hash_) return nullptr;
  uint64_t buckets = sysv_hash_ + 8, chains = buckets + uint64_t(sysv_nbucket_) * 4;
  uint32_t i;
  if (!read(buckets + uint64_t(sysv_hash(name) % sysv_nbucket_) * 4, i)) return nullptr;
  // A chain that visits every symbol once has nchain entries; more means it loops.
  for (uint64_t steps = 0; i != 0 && steps < sysv_nchain_; ++steps) {
    if (i >= sysv_nchain_) return nullptr;
    if (const void *p = accept(i, name, version)) return p;
    if (!read(chains + uint64_t(i) * 4, i)) return nullptr;
  }
  return nullptr;
}

const void *Image::lookup_gnu(StringView name, StringView version) const noexcept {
  if (!gnu_hash_) return nullptr;
  uint32_t h = gnu_hash(name);
  uint64_t bloom = gnu_hash_ + 16;
  // The bloom filter's words are the ELF class's: 64 or 32 bits.
  constexpr unsigned bits = 8 * sizeof(elf::Word);
  elf::Word word;
  if (!read(bloom + uint64_t((h / bits) & (gnu_bloom_size_ - 1)) * sizeof(elf::Word), word)) return nullptr;
  elf::Word mask = (elf::Word(1) << (h % bits)) | (elf::Word(1) << ((h >> gnu_bloom_shift_) % bits));
  if ((word & mask) != mask) return nullptr; // the filter says no such name

  uint64_t buckets = bloom + uint64_t(gnu_bloom_size_) * sizeof(elf::Word);
  uint64_t chains = buckets + uint64_t(gnu_nbuckets_) * 4;
  uint32_t first;
  if (!read(buckets + uint64_t(h % gnu_nbuckets_) * 4, first) || first == 0 || first < gnu_symoffset_) return nullptr;
  // The chain runs forward to a word with the low bit set; each step reads further into the image, so the
  // image's end stops a chain that never ends.
  for (uint64_t i = first;; ++i) {
    uint32_t chain_hash;
    if (!read(chains + (i - gnu_symoffset_) * 4, chain_hash)) return nullptr;
    if ((chain_hash | 1) == (h | 1))
      if (const void *p = accept(i, name, version)) return p;
    if (chain_hash & 1) return nullptr;
  }
}

const void *Image::lookup(StringView name, StringView version) const noexcept {
  return gnu_hash_ ? lookup_gnu(name, version) : lookup_sysv(name, version);
}

} // namespace solo::vdso
