// The ELF structures and constants of the vDSO parser (solo/vdso_elf.hpp) against the C library's <elf.h>, and
// each architecture's vDSO machine number against its EM_ constant.
#include <elf.h>
#include <stddef.h>

#include <solo/vdso_elf.hpp>
#include <uapi_names.hpp>
#include <vdso_arch.hpp>

namespace elf = solo::vdso::elf;

// The class of this architecture's word, as the parser reads it.
#if __SIZEOF_POINTER__ == 8
#define ELFW(name) Elf64_##name
#else
#define ELFW(name) Elf32_##name
#endif

#define SAME_FIELD(ours, theirs, field)                                                                                \
  static_assert(offsetof(elf::ours, field) == offsetof(theirs, field) &&                                               \
                    sizeof(elf::ours::field) == sizeof(theirs::field),                                                 \
                #ours "::" #field)

static_assert(sizeof(elf::Ehdr) == sizeof(ELFW(Ehdr)));
SAME_FIELD(Ehdr, ELFW(Ehdr), e_ident);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_type);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_machine);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_version);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_entry);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_phoff);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_shoff);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_flags);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_ehsize);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_phentsize);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_phnum);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_shentsize);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_shnum);
SAME_FIELD(Ehdr, ELFW(Ehdr), e_shstrndx);

static_assert(sizeof(elf::Phdr) == sizeof(ELFW(Phdr)));
SAME_FIELD(Phdr, ELFW(Phdr), p_type);
SAME_FIELD(Phdr, ELFW(Phdr), p_flags);
SAME_FIELD(Phdr, ELFW(Phdr), p_offset);
SAME_FIELD(Phdr, ELFW(Phdr), p_vaddr);
SAME_FIELD(Phdr, ELFW(Phdr), p_paddr);
SAME_FIELD(Phdr, ELFW(Phdr), p_filesz);
SAME_FIELD(Phdr, ELFW(Phdr), p_memsz);
SAME_FIELD(Phdr, ELFW(Phdr), p_align);

static_assert(sizeof(elf::Dyn) == sizeof(ELFW(Dyn)));
SAME_FIELD(Dyn, ELFW(Dyn), d_tag);
static_assert(offsetof(elf::Dyn, d_val) == offsetof(ELFW(Dyn), d_un) &&
              sizeof(elf::Dyn::d_val) == sizeof(ELFW(Dyn)::d_un));

static_assert(sizeof(elf::Sym) == sizeof(ELFW(Sym)));
SAME_FIELD(Sym, ELFW(Sym), st_name);
SAME_FIELD(Sym, ELFW(Sym), st_info);
SAME_FIELD(Sym, ELFW(Sym), st_other);
SAME_FIELD(Sym, ELFW(Sym), st_shndx);
SAME_FIELD(Sym, ELFW(Sym), st_value);
SAME_FIELD(Sym, ELFW(Sym), st_size);

static_assert(sizeof(elf::Verdef) == sizeof(ELFW(Verdef)));
SAME_FIELD(Verdef, ELFW(Verdef), vd_version);
SAME_FIELD(Verdef, ELFW(Verdef), vd_flags);
SAME_FIELD(Verdef, ELFW(Verdef), vd_ndx);
SAME_FIELD(Verdef, ELFW(Verdef), vd_cnt);
SAME_FIELD(Verdef, ELFW(Verdef), vd_hash);
SAME_FIELD(Verdef, ELFW(Verdef), vd_aux);
SAME_FIELD(Verdef, ELFW(Verdef), vd_next);

static_assert(sizeof(elf::Verdaux) == sizeof(ELFW(Verdaux)));
SAME_FIELD(Verdaux, ELFW(Verdaux), vda_name);
SAME_FIELD(Verdaux, ELFW(Verdaux), vda_next);

static_assert(elf::elfmag[0] == ELFMAG0 && elf::elfmag[1] == ELFMAG1 && elf::elfmag[2] == ELFMAG2 &&
              elf::elfmag[3] == ELFMAG3);
static_assert(elf::ei_class == EI_CLASS && elf::ei_data == EI_DATA);
static_assert(elf::elfclass32 == ELFCLASS32 && elf::elfclass64 == ELFCLASS64 && elf::elfdata2lsb == ELFDATA2LSB);
static_assert(elf::elfclass_native == (sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32));
static_assert(elf::et_dyn == ET_DYN);
static_assert(elf::em_x86_64 == EM_X86_64 && elf::em_aarch64 == EM_AARCH64 && elf::em_riscv == EM_RISCV &&
              elf::em_arm == EM_ARM);
static_assert(elf::pt_load == PT_LOAD && elf::pt_dynamic == PT_DYNAMIC);
static_assert(elf::dt_null == DT_NULL && elf::dt_hash == DT_HASH && elf::dt_strtab == DT_STRTAB &&
              elf::dt_symtab == DT_SYMTAB && elf::dt_strsz == DT_STRSZ && elf::dt_syment == DT_SYMENT);
static_assert(elf::dt_gnu_hash == DT_GNU_HASH && elf::dt_versym == DT_VERSYM && elf::dt_verdef == DT_VERDEF &&
              elf::dt_verdefnum == DT_VERDEFNUM);
static_assert(elf::shn_undef == SHN_UNDEF && elf::shn_abs == SHN_ABS);
static_assert(elf::stt_notype == STT_NOTYPE && elf::stt_object == STT_OBJECT && elf::stt_func == STT_FUNC);
static_assert(elf::stb_local == STB_LOCAL && elf::stb_global == STB_GLOBAL && elf::stb_weak == STB_WEAK);
static_assert(elf::st_bind(ELF32_ST_INFO(STB_WEAK, STT_FUNC)) == STB_WEAK);
static_assert(elf::st_type(ELF32_ST_INFO(STB_WEAK, STT_FUNC)) == STT_FUNC);
static_assert(elf::ver_flg_base == VER_FLG_BASE);

// The machine each architecture's vDSO is checked for.
static_assert(solo::arch::vdso::elf_machine == SOLO_UAPI_ELF_MACHINE);
