// The few ELF structures and constants the vDSO parser reads (System V gABI; the GNU extensions for
// versions and DT_GNU_HASH), in the class of this architecture's word. tests/abi/vdso_layout.cpp checks each
// against <elf.h>. Every architecture solo supports is little-endian.
#pragma once

#include <stdint.h>

namespace solo::vdso::elf {

// The ELF class is the word's: a process's vDSO is ELFCLASS64 on the 64-bit architectures, ELFCLASS32 on the
// 32-bit ones.
#if __SIZEOF_POINTER__ == 8
using Word = uint64_t; // Elf64_Addr, Elf64_Off, Elf64_Xword
using Sword = int64_t;
inline constexpr unsigned char elfclass_native = 2; // ELFCLASS64
#else
using Word = uint32_t;
using Sword = int32_t;
inline constexpr unsigned char elfclass_native = 1; // ELFCLASS32
#endif

struct Ehdr {
  unsigned char e_ident[16];
  uint16_t e_type;
  uint16_t e_machine;
  uint32_t e_version;
  Word e_entry;
  Word e_phoff;
  Word e_shoff;
  uint32_t e_flags;
  uint16_t e_ehsize;
  uint16_t e_phentsize;
  uint16_t e_phnum;
  uint16_t e_shentsize;
  uint16_t e_shnum;
  uint16_t e_shstrndx;
};

// ELF64 moved p_flags next to p_type and the symbol's st_value/st_size after its small fields (alignment).
#if __SIZEOF_POINTER__ == 8
struct Phdr {
  uint32_t p_type;
  uint32_t p_flags;
  uint64_t p_offset;
  uint64_t p_vaddr;
  uint64_t p_paddr;
  uint64_t p_filesz;
  uint64_t p_memsz;
  uint64_t p_align;
};

struct Sym {
  uint32_t st_name;
  unsigned char st_info; // binding in the high nibble, type in the low one
  unsigned char st_other;
  uint16_t st_shndx;
  uint64_t st_value;
  uint64_t st_size;
};
#else
struct Phdr {
  uint32_t p_type;
  uint32_t p_offset;
  uint32_t p_vaddr;
  uint32_t p_paddr;
  uint32_t p_filesz;
  uint32_t p_memsz;
  uint32_t p_flags;
  uint32_t p_align;
};

struct Sym {
  uint32_t st_name;
  uint32_t st_value;
  uint32_t st_size;
  unsigned char st_info; // binding in the high nibble, type in the low one
  unsigned char st_other;
  uint16_t st_shndx;
};
#endif

struct Dyn {
  Sword d_tag;
  Word d_val; // d_val and d_ptr share this word
};

struct Verdef {
  uint16_t vd_version;
  uint16_t vd_flags;
  uint16_t vd_ndx;
  uint16_t vd_cnt;
  uint32_t vd_hash;
  uint32_t vd_aux;  // offset of the first Verdaux, from this Verdef
  uint32_t vd_next; // offset of the next Verdef, from this one; 0 ends the list
};

struct Verdaux {
  uint32_t vda_name; // offset in the string table
  uint32_t vda_next;
};

// e_ident
inline constexpr unsigned char elfmag[4] = {0x7f, 'E', 'L', 'F'};
inline constexpr int ei_class = 4;
inline constexpr int ei_data = 5;
inline constexpr unsigned char elfclass32 = 1;
inline constexpr unsigned char elfclass64 = 2;
inline constexpr unsigned char elfdata2lsb = 1;

inline constexpr uint16_t et_dyn = 3;

inline constexpr uint16_t em_x86_64 = 62;
inline constexpr uint16_t em_aarch64 = 183;
inline constexpr uint16_t em_riscv = 243;
inline constexpr uint16_t em_arm = 40;

inline constexpr uint32_t pt_load = 1;
inline constexpr uint32_t pt_dynamic = 2;

inline constexpr int64_t dt_null = 0;
inline constexpr int64_t dt_hash = 4;
inline constexpr int64_t dt_strtab = 5;
inline constexpr int64_t dt_symtab = 6;
inline constexpr int64_t dt_strsz = 10;
inline constexpr int64_t dt_syment = 11;
inline constexpr int64_t dt_gnu_hash = 0x6ffffef5;
inline constexpr int64_t dt_versym = 0x6ffffff0;
inline constexpr int64_t dt_verdef = 0x6ffffffc;
inline constexpr int64_t dt_verdefnum = 0x6ffffffd;

inline constexpr uint16_t shn_undef = 0;
inline constexpr uint16_t shn_abs = 0xfff1;

inline constexpr unsigned stt_notype = 0;
inline constexpr unsigned stt_object = 1;
inline constexpr unsigned stt_func = 2;
inline constexpr unsigned stb_local = 0;
inline constexpr unsigned stb_global = 1;
inline constexpr unsigned stb_weak = 2;

constexpr unsigned st_bind(unsigned char info) noexcept { return info >> 4; }
constexpr unsigned st_type(unsigned char info) noexcept { return info & 0xf; }

inline constexpr uint16_t ver_flg_base = 1;       // the Verdef naming the file itself, not a version
inline constexpr uint16_t versym_hidden = 0x8000; // high bit of a versym entry; the index is the low 15 bits

} // namespace solo::vdso::elf
