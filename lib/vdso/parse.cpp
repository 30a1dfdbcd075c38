// Parsing a vDSO image: ELF header, program headers, dynamic section, hash tables. Section headers are never
// read (the kernel does not promise they are right). Anything that does not add up makes the image, or the
// one table concerned, unusable.
#include <solo/vdso_elf.hpp>
#include <vdso_arch.hpp>

#include "image_read.hpp"

namespace solo::vdso {

namespace {
bool header_ok(const elf::Ehdr &h) noexcept {
  for (int i = 0; i < 4; ++i)
    if (h.e_ident[i] != elf::elfmag[i]) return false;
  return h.e_ident[elf::ei_class] == elf::elfclass_native && h.e_ident[elf::ei_data] == elf::elfdata2lsb &&
         h.e_type == elf::et_dyn && h.e_machine == arch::vdso::elf_machine && h.e_phentsize == sizeof(elf::Phdr);
}
} // namespace

bool Image::offset_of(uint64_t vaddr, uint64_t &offset) const noexcept {
  offset = vaddr - bias_; // wrapping on purpose: old kernels link the vDSO at 0xffffffffff700000
  return offset < size_;
}

bool Image::init_sysv_hash() noexcept {
  // nbucket, nchain, bucket[nbucket], chain[nchain]; nchain is the number of symbols.
  uint32_t header[2];
  if (!read(sysv_hash_, header) || header[0] == 0) return false;
  uint64_t words = 2 + uint64_t(header[0]) + header[1];
  if (words * 4 > size_ - sysv_hash_) return false;
  sysv_nbucket_ = header[0];
  sysv_nchain_ = header[1];
  return true;
}

bool Image::init_gnu_hash() noexcept {
  // nbuckets, symoffset, bloom_size, bloom_shift, bloom[bloom_size] (64-bit words on ELF64, 32-bit on ELF32),
  // bucket[nbuckets], then one chain word per hashed symbol, from symbol index symoffset on.
  uint32_t header[4];
  if (!read(gnu_hash_, header)) return false;
  uint32_t nbuckets = header[0], bloom_size = header[2], bloom_shift = header[3];
  if (nbuckets == 0 || bloom_size == 0 || (bloom_size & (bloom_size - 1)) != 0 || bloom_shift >= 32)
    return false; // the hash has 32 bits
  uint64_t bytes = 16 + uint64_t(bloom_size) * sizeof(elf::Word) + uint64_t(nbuckets) * 4;
  if (bytes > size_ - gnu_hash_) return false;
  gnu_nbuckets_ = nbuckets;
  gnu_symoffset_ = header[1];
  gnu_bloom_size_ = bloom_size;
  gnu_bloom_shift_ = bloom_shift;
  return true;
}

// DT_GNU_HASH does not record how many symbols there are: the last one is the end of the chain that starts at
// the highest bucket. Every step reads one more word of the image, so the walk ends by the image's end at worst.
size_t Image::count_gnu_symbols() const noexcept {
  uint64_t buckets = gnu_hash_ + 16 + uint64_t(gnu_bloom_size_) * sizeof(elf::Word);
  uint64_t chains = buckets + uint64_t(gnu_nbuckets_) * 4;
  uint32_t last = 0;
  for (uint32_t b = 0; b < gnu_nbuckets_; ++b) {
    uint32_t index;
    if (!read(buckets + uint64_t(b) * 4, index)) return 0;
    if (index > last) last = index;
  }
  if (last < gnu_symoffset_) return gnu_symoffset_;
  for (uint64_t i = last;; ++i) {
    uint32_t word;
    if (!read(chains + (i - gnu_symoffset_) * 4, word)) return i;
    if (word & 1) return i + 1;
  }
}

Result<Image> Image::parse(const void *base, size_t size) noexcept {
  Image img;
  img.base_ = static_cast<const unsigned char *>(base);
  img.size_ = size;
  elf::Ehdr eh;
  if (!base || !img.read(0, eh) || !header_ok(eh)) return Errno::ENOEXEC;

  // The first PT_LOAD gives the load bias; the first PT_DYNAMIC the dynamic section.
  elf::Phdr load{}, dynamic{};
  bool have_load = false, have_dynamic = false;
  for (uint32_t i = 0; i < eh.e_phnum; ++i) {
    uint64_t at;
    elf::Phdr ph;
    if (!offset_add(eh.e_phoff, i, sizeof(elf::Phdr), at) || !img.read(at, ph)) return Errno::ENOEXEC;
    if (ph.p_type == elf::pt_load && !have_load) {
      load = ph;
      have_load = true;
    } else if (ph.p_type == elf::pt_dynamic && !have_dynamic) {
      dynamic = ph;
      have_dynamic = true;
    }
  }
  if (!have_load || !have_dynamic || load.p_offset >= size) return Errno::ENOEXEC;
  img.bias_ = load.p_vaddr - load.p_offset;
  img.segment_begin_ = load.p_offset;
  uint64_t end;
  img.segment_end_ = __builtin_add_overflow(load.p_offset, load.p_filesz, &end) || end > size ? size : end;

  // The dynamic section: stop at DT_NULL, at the end of the segment, or at the end of the image.
  uint64_t dyn_at;
  if (!img.offset_of(dynamic.p_vaddr, dyn_at)) return Errno::ENOEXEC;
  uint64_t symtab = 0, strtab = 0, strsz = 0, hash = 0, gnu = 0, versym = 0, verdef = 0;
  bool have_symtab = false, have_strtab = false, have_strsz = false;
  for (uint64_t i = 0; i < dynamic.p_filesz / sizeof(elf::Dyn); ++i) {
    elf::Dyn d;
    if (!img.read(dyn_at + i * sizeof(elf::Dyn), d) || d.d_tag == elf::dt_null) break;
    switch (d.d_tag) {
    case elf::dt_symtab:
      symtab = d.d_val, have_symtab = true;
      break;
    case elf::dt_strtab:
      strtab = d.d_val, have_strtab = true;
      break;
    case elf::dt_strsz:
      strsz = d.d_val, have_strsz = true;
      break;
    case elf::dt_hash:
      hash = d.d_val;
      break;
    case elf::dt_gnu_hash:
      gnu = d.d_val;
      break;
    case elf::dt_versym:
      versym = d.d_val;
      break;
    case elf::dt_verdef:
      verdef = d.d_val;
      break;
    case elf::dt_verdefnum:
      img.verdefnum_ = d.d_val;
      break;
    case elf::dt_syment:
      if (d.d_val != sizeof(elf::Sym)) return Errno::ENOEXEC;
      break;
    default:
      break;
    }
  }
  if (!have_symtab || !have_strtab || !img.offset_of(symtab, img.symtab_) || !img.offset_of(strtab, img.strtab_))
    return Errno::ENOEXEC;
  uint64_t strings_left = size - img.strtab_;
  img.strsz_ = have_strsz && strsz < strings_left ? strsz : strings_left;

  // Optional tables: one out of the image is simply absent.
  if (hash && (!img.offset_of(hash, img.sysv_hash_) || !img.init_sysv_hash())) img.sysv_hash_ = 0;
  if (gnu && (!img.offset_of(gnu, img.gnu_hash_) || !img.init_gnu_hash())) img.gnu_hash_ = 0;
  if (!img.sysv_hash_ && !img.gnu_hash_) return Errno::ENOEXEC;
  // Versions need both tables; with either one missing, names match alone.
  if (!versym || !verdef || !img.offset_of(versym, img.versym_) || !img.offset_of(verdef, img.verdef_))
    img.versym_ = img.verdef_ = 0;

  uint64_t count = img.sysv_hash_ ? img.sysv_nchain_ : img.count_gnu_symbols();
  uint64_t fit = (size - img.symtab_) / sizeof(elf::Sym);
  img.symbol_count_ = count < fit ? count : fit;
  return img;
}

} // namespace solo::vdso
