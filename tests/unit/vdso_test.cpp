// The vDSO parser against synthetic images built for this architecture (tests/vdso/): each is mapped at an
// address of the kernel's choosing, parsed, and the function found is called. Then the same images damaged in
// every way the parser must survive, read from heap buffers of exactly their size so AddressSanitizer (in the
// unit_asan build) catches any read past the end.
#include "prelude.hpp"

#include <elf.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include <string>
#include <vector>

#include <solo/vdso.hpp>
#include <vdso_arch.hpp>

namespace {

namespace names = solo::arch::vdso;
using solo::vdso::Image;

// struct __kernel_timespec (64-bit fields everywhere; the 32-bit architectures' clock_gettime64).
struct Ts {
  long long sec, nsec;
};
// i386's vDSO has only a 32-bit-time clock_getres, which solo does not use: its images have none.
constexpr bool has_getres = names::clock_getres != nullptr;

// This architecture's ELF class, which its vDSO and the images share. Word: an address-sized field.
#if __SIZEOF_POINTER__ == 8
using Ehdr = Elf64_Ehdr;
using Phdr = Elf64_Phdr;
using Dyn = Elf64_Dyn;
using Sym = Elf64_Sym;
using Verdef = Elf64_Verdef;
using Verdaux = Elf64_Verdaux;
using Word = uint64_t;
using Sword = int64_t;
constexpr unsigned char other_class = ELFCLASS32;
#else
using Ehdr = Elf32_Ehdr;
using Phdr = Elf32_Phdr;
using Dyn = Elf32_Dyn;
using Sym = Elf32_Sym;
using Verdef = Elf32_Verdef;
using Verdaux = Elf32_Verdaux;
using Word = uint32_t;
using Sword = int32_t;
constexpr unsigned char other_class = ELFCLASS64;
#endif
constexpr Word far_word = ~Word(0);
using ClockFn = int (*)(int, Ts *);

std::vector<unsigned char> load(const char *variant) {
  std::string path = std::string(SOLO_VDSO_IMAGES) + "/" + variant + ".so";
  std::vector<unsigned char> bytes;
  FILE *f = fopen(path.c_str(), "rb");
  if (!f) return bytes;
  unsigned char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), f)) > 0) bytes.insert(bytes.end(), buf, buf + n);
  fclose(f);
  return bytes;
}

// A flat copy of the image in fresh pages, made executable: what the kernel does with its vDSO.
struct Mapping {
  void *base = MAP_FAILED;
  size_t size = 0;
  explicit Mapping(const std::vector<unsigned char> &bytes) : size(bytes.size()) {
    base = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) return;
    memcpy(base, bytes.data(), size);
    if (mprotect(base, size, PROT_READ | PROT_EXEC) != 0) {
      munmap(base, size);
      base = MAP_FAILED;
    }
  }
  ~Mapping() {
    if (base != MAP_FAILED) munmap(base, size);
  }
  bool ok() const { return base != MAP_FAILED; }
  bool contains(const void *p) const {
    auto *b = static_cast<const unsigned char *>(base);
    auto *q = static_cast<const unsigned char *>(p);
    return q >= b && q < b + size;
  }
};

// Calls a clock_gettime found in an image: the stand-in writes {42, clock}.
void check_clock_gettime(const void *fn, int clock) {
  REQUIRE(fn != nullptr);
  Ts ts{-1, -1};
  CHECK(reinterpret_cast<ClockFn>(const_cast<void *>(fn))(clock, &ts) == 0);
  CHECK(ts.sec == 42);
  CHECK(ts.nsec == clock);
}
// ... and clock_getres writes {0, 43 + clock}.
void check_clock_getres(const void *fn, int clock) {
  REQUIRE(fn != nullptr);
  Ts ts{-1, -1};
  CHECK(reinterpret_cast<ClockFn>(const_cast<void *>(fn))(clock, &ts) == 0);
  CHECK(ts.sec == 0);
  CHECK(ts.nsec == 43 + clock);
}

} // namespace

TEST_CASE("synthetic vDSO images: each hash table alone, both, and a high link address") {
  for (const char *variant : {"both", "sysv", "gnu", "high"}) {
    CAPTURE(variant);
    auto bytes = load(variant);
    REQUIRE(!bytes.empty());
    Mapping m(bytes);
    REQUIRE(m.ok());
    auto image = Image::parse(m.base, m.size);
    REQUIRE(image.has_value());
    CHECK(image->has_versions());
    bool sysv = strcmp(variant, "gnu") != 0, gnu = strcmp(variant, "sysv") != 0;
    CHECK(image->has_sysv_hash() == sysv);
    CHECK(image->has_gnu_hash() == gnu);

    const void *fn = image->lookup(names::clock_gettime, names::version);
    CHECK(m.contains(fn));
    check_clock_gettime(fn, 1);
    check_clock_gettime(fn, 7);
    if (has_getres) check_clock_getres(image->lookup(names::clock_getres, names::version), 4);
    // Each table finds the same function on its own.
    if (sysv) CHECK(image->lookup_sysv(names::clock_gettime, names::version) == fn);
    if (gnu) CHECK(image->lookup_gnu(names::clock_gettime, names::version) == fn);
    if (!sysv) CHECK(image->lookup_sysv(names::clock_gettime, names::version) == nullptr);
    if (!gnu) CHECK(image->lookup_gnu(names::clock_gettime, names::version) == nullptr);

    CHECK(image->lookup(names::clock_gettime) == fn); // no version asked: the name alone
    CHECK(image->lookup(names::clock_gettime, "LINUX_0.0") == nullptr);
    CHECK(image->lookup("clock_gettime_not_here", names::version) == nullptr);
    CHECK(image->lookup("") == nullptr);
    // A prefix or an extension of the name is another name.
    std::string longer = std::string(names::clock_gettime) + "x";
    CHECK(image->lookup(longer.c_str()) == nullptr);
    CHECK(image->lookup(solo::StringView(names::clock_gettime, strlen(names::clock_gettime) - 1)) == nullptr);
  }
}

TEST_CASE("the same image parsed at two addresses gives the same offsets") {
  auto bytes = load("high");
  REQUIRE(!bytes.empty());
  Mapping a(bytes), b(bytes);
  REQUIRE((a.ok() && b.ok()));
  REQUIRE(a.base != b.base);
  auto ia = Image::parse(a.base, a.size), ib = Image::parse(b.base, b.size);
  REQUIRE((ia && ib));
  auto fa = static_cast<const char *>(ia->lookup(names::clock_gettime, names::version));
  auto fb = static_cast<const char *>(ib->lookup(names::clock_gettime, names::version));
  REQUIRE((fa && fb));
  CHECK(fa - static_cast<char *>(a.base) == fb - static_cast<char *>(b.base));
  check_clock_gettime(fb, 3);
}

TEST_CASE("an image without versions matches names alone") {
  auto bytes = load("noverdef");
  Mapping m(bytes);
  REQUIRE(m.ok());
  auto image = Image::parse(m.base, m.size);
  REQUIRE(image.has_value());
  CHECK_FALSE(image->has_versions());
  check_clock_gettime(image->lookup(names::clock_gettime, names::version), 5);
  check_clock_gettime(image->lookup(names::clock_gettime), 6);
  auto s = image->symbol(1);
  REQUIRE(s.has_value());
  CHECK(s->version.empty());
}

TEST_CASE("the right name in the wrong version is not found") {
  auto bytes = load("wrongversion");
  Mapping m(bytes);
  REQUIRE(m.ok());
  auto image = Image::parse(m.base, m.size);
  REQUIRE(image.has_value());
  CHECK(image->lookup(names::clock_gettime, names::version) == nullptr);
  if (has_getres) CHECK(image->lookup(names::clock_getres, names::version) == nullptr);
  check_clock_gettime(image->lookup(names::clock_gettime, "LINUX_0.0"), 2); // it is there, in LINUX_0.0
  check_clock_gettime(image->lookup(names::clock_gettime), 2);
}

TEST_CASE("a data object of the function's name is not a function") {
  auto bytes = load("object");
  Mapping m(bytes);
  REQUIRE(m.ok());
  auto image = Image::parse(m.base, m.size);
  REQUIRE(image.has_value());
  CHECK(image->lookup(names::clock_gettime, names::version) == nullptr);
  CHECK(image->lookup(names::clock_gettime) == nullptr);
  if (has_getres) check_clock_getres(image->lookup(names::clock_getres, names::version), 0);
  bool listed = false;
  for (size_t i = 0; i < image->symbol_count(); ++i) {
    auto s = image->symbol(i);
    REQUIRE(s.has_value());
    if (s->name == names::clock_gettime) {
      listed = true;
      CHECK(s->type == STT_OBJECT);
      CHECK_FALSE(s->callable);
    }
  }
  CHECK(listed);
}

TEST_CASE("undefined symbols are skipped") {
  for (const char *variant : {"undef", "undef_gnu"}) {
    CAPTURE(variant);
    auto bytes = load(variant);
    Mapping m(bytes);
    REQUIRE(m.ok());
    auto image = Image::parse(m.base, m.size);
    REQUIRE(image.has_value());
    CHECK(image->lookup(names::gettimeofday, names::version) == nullptr);
    CHECK(image->lookup(names::gettimeofday) == nullptr);
    CHECK(image->lookup_sysv(names::gettimeofday) == nullptr);
    check_clock_gettime(image->lookup(names::clock_gettime, names::version), 9);
    bool listed = false;
    for (size_t i = 0; i < image->symbol_count(); ++i) {
      auto s = image->symbol(i);
      REQUIRE(s.has_value());
      if (s->name == names::gettimeofday) {
        listed = true;
        CHECK(s->section == SHN_UNDEF);
        CHECK(s->address == nullptr);
        CHECK_FALSE(s->callable);
      }
    }
    CHECK(listed);
  }
}

TEST_CASE("symbol listing: names, versions, types, bindings, addresses") {
  auto bytes = load("both");
  Mapping m(bytes);
  REQUIRE(m.ok());
  auto image = Image::parse(m.base, m.size);
  REQUIRE(image.has_value());
  CHECK(image->symbol_count() == 2 + has_getres); // the null symbol, clock_gettime, clock_getres
  auto null = image->symbol(0);
  REQUIRE(null.has_value());
  CHECK(null->name.empty());
  CHECK_FALSE(null->callable);
  int found = 0;
  for (size_t i = 1; i < image->symbol_count(); ++i) {
    auto s = image->symbol(i);
    REQUIRE(s.has_value());
    CHECK(s->version == names::version);
    CHECK(s->type == STT_FUNC);
    CHECK(s->binding == STB_GLOBAL);
    CHECK(s->callable);
    CHECK(image->lookup(s->name, s->version) == s->address);
    found += s->name == names::clock_gettime || (has_getres && s->name == names::clock_getres);
  }
  CHECK(found == 1 + has_getres);
  CHECK(image->symbol(image->symbol_count()).error() == solo::Errno::ERANGE);
}

TEST_CASE("hash functions give the values of the ELF and GNU specifications") {
  CHECK(solo::vdso::sysv_hash("") == 0);
  CHECK(solo::vdso::gnu_hash("") == 5381);
  CHECK(solo::vdso::gnu_hash("a") == 5381 * 33 + 'a');
  // The gABI's and GNU's published sample values.
  CHECK(solo::vdso::sysv_hash("printf") == 0x077905a6);
  CHECK(solo::vdso::gnu_hash("printf") == 0x156b2bb8);
  CHECK(solo::vdso::sysv_hash("__vdso_clock_gettime") == 0x0d35ec75);
  CHECK(solo::vdso::gnu_hash("__vdso_clock_gettime") == 0x6e43a318);
}

// ---- Damaged images -------------------------------------------------------------------------------------

namespace {

// Where things are in an intact image (single PT_LOAD linked at 0 or high: offset = vaddr - bias).
struct Layout {
  Ehdr eh;
  uint64_t bias = 0;
  uint64_t dynamic = 0; // offset of the dynamic section
  uint64_t hash = 0, gnu_hash = 0, symtab = 0, strtab = 0, versym = 0, verdef = 0;
  size_t dyn_count = 0;
};

Layout layout(const std::vector<unsigned char> &b) {
  Layout l;
  memcpy(&l.eh, b.data(), sizeof(l.eh));
  for (int i = 0; i < l.eh.e_phnum; ++i) {
    Phdr ph;
    memcpy(&ph, b.data() + l.eh.e_phoff + i * sizeof(ph), sizeof(ph));
    if (ph.p_type == PT_LOAD && l.bias == 0) l.bias = ph.p_vaddr - ph.p_offset;
    if (ph.p_type == PT_DYNAMIC) {
      l.dynamic = ph.p_offset;
      l.dyn_count = ph.p_filesz / sizeof(Dyn);
    }
  }
  for (size_t i = 0; i < l.dyn_count; ++i) {
    Dyn d;
    memcpy(&d, b.data() + l.dynamic + i * sizeof(d), sizeof(d));
    uint64_t off = d.d_un.d_ptr - l.bias;
    if (d.d_tag == DT_HASH) l.hash = off;
    if (d.d_tag == DT_GNU_HASH) l.gnu_hash = off;
    if (d.d_tag == DT_SYMTAB) l.symtab = off;
    if (d.d_tag == DT_STRTAB) l.strtab = off;
    if (d.d_tag == DT_VERSYM) l.versym = off;
    if (d.d_tag == DT_VERDEF) l.verdef = off;
  }
  return l;
}

template <class T> void put(std::vector<unsigned char> &b, uint64_t off, T v) { memcpy(b.data() + off, &v, sizeof(v)); }
template <class T> T get(const std::vector<unsigned char> &b, uint64_t off) {
  T v;
  memcpy(&v, b.data() + off, sizeof(v));
  return v;
}

// Sets the value of the first dynamic entry with `tag`.
void set_dyn(std::vector<unsigned char> &b, const Layout &l, Sword tag, Word value) {
  for (size_t i = 0; i < l.dyn_count; ++i) {
    uint64_t at = l.dynamic + i * sizeof(Dyn);
    if (get<Sword>(b, at) == tag) put<Word>(b, at + offsetof(Dyn, d_un), value);
  }
}

// Parses a copy of `bytes` in a heap block of exactly its size and tries every lookup. Whatever comes back must
// lie inside the copy. Returns what the plain versioned clock_gettime lookup found (as an offset, or -1).
long probe(const std::vector<unsigned char> &bytes) {
  std::vector<unsigned char> copy(bytes); // a heap block of exactly the image's size
  auto image = Image::parse(copy.data(), bytes.size());
  if (!image) return -1;
  auto inside = [&](const void *p) {
    auto *q = static_cast<const unsigned char *>(p);
    return !p || (q >= copy.data() && q < copy.data() + bytes.size());
  };
  long result = -1;
  for (const char *name :
       {names::clock_gettime, has_getres ? names::clock_getres : "", names::gettimeofday, "", "nothing"})
    for (const char *version : {names::version, "", "LINUX_0.0"}) {
      const void *p = image->lookup(name, version);
      CHECK(inside(p));
      CHECK(inside(image->lookup_sysv(name, version)));
      CHECK(inside(image->lookup_gnu(name, version)));
      if (name == names::clock_gettime && version == names::version && p)
        result = static_cast<const unsigned char *>(p) - copy.data();
    }
  for (size_t i = 0; i < image->symbol_count() && i < 10000; ++i) {
    auto s = image->symbol(i);
    if (s) CHECK(inside(s->address));
  }
  return result;
}

} // namespace

TEST_CASE("damaged images: truncated at every length") {
  for (const char *variant : {"both", "sysv", "gnu", "high"}) {
    CAPTURE(variant);
    auto bytes = load(variant);
    REQUIRE(!bytes.empty());
    long intact = probe(bytes);
    REQUIRE(intact > 0);
    for (size_t n = 0; n < bytes.size(); ++n) {
      std::vector<unsigned char> cut(bytes.begin(), bytes.begin() + n);
      long found = probe(cut);
      // Either not found, or the very same function when everything it needs survived the cut.
      CHECK((found == -1 || found == intact));
      if (n < sizeof(Ehdr)) CHECK(found == -1);
    }
  }
}

TEST_CASE("damaged images: headers") {
  auto good = load("both");
  REQUIRE(probe(good) > 0);
  Layout l = layout(good);
  auto damaged = [&](auto change) {
    auto b = good;
    change(b);
    return probe(b);
  };
  CHECK(damaged([](auto &b) { b[0] = 0; }) == -1);                  // magic
  CHECK(damaged([](auto &b) { b[EI_CLASS] = other_class; }) == -1); // class
  CHECK(damaged([](auto &b) { b[EI_DATA] = ELFDATA2MSB; }) == -1);  // byte order
  CHECK(damaged([](auto &b) { put<uint16_t>(b, offsetof(Ehdr, e_type), ET_EXEC); }) == -1);
  CHECK(damaged([](auto &b) { put<uint16_t>(b, offsetof(Ehdr, e_machine), EM_SPARCV9); }) == -1);
  CHECK(damaged([](auto &b) { put<uint16_t>(b, offsetof(Ehdr, e_phentsize), 12); }) == -1);
  CHECK(damaged([](auto &b) { put<Word>(b, offsetof(Ehdr, e_phoff), far_word - 8); }) == -1);  // far out
  CHECK(damaged([&](auto &b) { put<Word>(b, offsetof(Ehdr, e_phoff), b.size() - 8); }) == -1); // at the end
  CHECK(damaged([](auto &b) { put<uint16_t>(b, offsetof(Ehdr, e_phnum), 0xffff); }) == -1);    // huge
  CHECK(damaged([](auto &b) { put<uint16_t>(b, offsetof(Ehdr, e_phnum), 0); }) == -1);         // no program headers
  // Program headers: the PT_LOAD's offset, the PT_DYNAMIC's address, the dynamic section's size.
  for (int i = 0; i < l.eh.e_phnum; ++i) {
    uint64_t ph = l.eh.e_phoff + i * sizeof(Phdr);
    uint32_t type = get<uint32_t>(good, ph);
    if (type == PT_LOAD) {
      CHECK(damaged([&](auto &b) { put<Word>(b, ph + offsetof(Phdr, p_offset), b.size()); }) == -1); // past the end
      CHECK(damaged([&](auto &b) { put<Word>(b, ph + offsetof(Phdr, p_offset), far_word); }) == -1);
      CHECK(damaged([&](auto &b) { put<uint32_t>(b, ph, PT_NOTE); }) == -1); // no PT_LOAD left
    }
    if (type == PT_DYNAMIC) {
      CHECK(damaged([&](auto &b) { put<Word>(b, ph + offsetof(Phdr, p_vaddr), far_word); }) == -1); // far out
      CHECK(damaged([&](auto &b) { put<Word>(b, ph + offsetof(Phdr, p_filesz), 0); }) == -1);       // empty dynamic
      CHECK(damaged([&](auto &b) { put<Word>(b, ph + offsetof(Phdr, p_filesz), far_word); }) > 0);  // DT_NULL ends it
      CHECK(damaged([&](auto &b) { put<uint32_t>(b, ph, PT_NULL); }) == -1); // no PT_DYNAMIC left
    }
  }
}

TEST_CASE("damaged images: dynamic entries out of range") {
  for (const char *variant : {"both", "sysv", "gnu"}) {
    CAPTURE(variant);
    auto good = load(variant);
    Layout l = layout(good);
    auto with = [&](Sword tag, Word value) {
      auto b = good;
      set_dyn(b, l, tag, value);
      return probe(b);
    };
    for (Word far : {Word(good.size() + l.bias), far_word, Word(l.bias - 1), Word(l.bias + good.size() - 1)}) {
      CAPTURE(far);
      CHECK(with(DT_SYMTAB, far) == -1);
      CHECK(with(DT_STRTAB, far) == -1);
    }
    CHECK(with(DT_SYMENT, sizeof(Sym) + 8) == -1);
    CHECK(with(DT_STRSZ, 0) == -1);
    CHECK(with(DT_STRSZ, far_word) > 0); // clamped to the image
    // Versions out of range: names alone then, so the function is found again.
    CHECK(with(DT_VERDEF, far_word) > 0);
    CHECK(with(DT_VERSYM, far_word) > 0);
    if (l.hash && l.gnu_hash) {
      CHECK(with(DT_HASH, far_word) > 0); // the other table still works
      CHECK(with(DT_GNU_HASH, far_word) > 0);
    } else {
      CHECK(with(l.hash ? DT_HASH : DT_GNU_HASH, far_word) == -1);
      CHECK(with(l.hash ? DT_HASH : DT_GNU_HASH, l.bias + good.size() - 4) == -1);
    }
  }
}

TEST_CASE("damaged images: DT_HASH with zero buckets, looping chains, indices out of range") {
  auto good = load("sysv");
  Layout l = layout(good);
  REQUIRE(l.hash != 0);
  uint32_t nbucket = get<uint32_t>(good, l.hash), nchain = get<uint32_t>(good, l.hash + 4);
  uint64_t buckets = l.hash + 8, chains = buckets + 4 * nbucket;
  long intact = probe(good);
  auto damaged = [&](auto change) {
    auto b = good;
    change(b);
    return probe(b);
  };
  auto same_or_none = [&](long r) { return r == -1 || r == intact; };
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.hash, 0); }) == -1);              // zero buckets
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.hash, 0xffffffff); }) == -1);     // buckets past the end
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.hash + 4, 0x40000000); }) == -1); // chains past the end
  // Every bucket and chain pointing at symbol 1, forever: a lookup of anything else must end.
  CHECK(same_or_none(damaged([&](auto &b) {
    for (uint32_t i = 0; i < nbucket; ++i) put<uint32_t>(b, buckets + 4 * i, 1);
    for (uint32_t i = 0; i < nchain; ++i) put<uint32_t>(b, chains + 4 * i, 1);
  })));
  // A two-symbol cycle.
  CHECK(same_or_none(damaged([&](auto &b) {
    for (uint32_t i = 0; i < nbucket; ++i) put<uint32_t>(b, buckets + 4 * i, 1);
    put<uint32_t>(b, chains + 4, 2);
    put<uint32_t>(b, chains + 8, 1);
  })));
  // Indices past the symbol table.
  CHECK(damaged([&](auto &b) {
          for (uint32_t i = 0; i < nbucket; ++i) put<uint32_t>(b, buckets + 4 * i, 0xfffffff0);
        }) == -1);
  CHECK(same_or_none(damaged([&](auto &b) {
    for (uint32_t i = 0; i < nchain; ++i) put<uint32_t>(b, chains + 4 * i, nchain);
    for (uint32_t i = 0; i < nbucket; ++i) put<uint32_t>(b, buckets + 4 * i, nchain - 1);
  })));
}

TEST_CASE("damaged images: DT_GNU_HASH with zero buckets, bad bloom, endless chains, bad symoffset") {
  auto good = load("gnu");
  Layout l = layout(good);
  REQUIRE(l.gnu_hash != 0);
  uint32_t nbuckets = get<uint32_t>(good, l.gnu_hash), bloom_size = get<uint32_t>(good, l.gnu_hash + 8);
  // The bloom filter's words are address-sized (ELF class bits).
  uint64_t buckets = l.gnu_hash + 16 + sizeof(Word) * uint64_t(bloom_size), chains = buckets + 4 * nbuckets;
  long intact = probe(good);
  auto damaged = [&](auto change) {
    auto b = good;
    change(b);
    return probe(b);
  };
  auto same_or_none = [&](long r) { return r == -1 || r == intact; };
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash, 0); }) == -1);              // zero buckets
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash, 0x7fffffff); }) == -1);     // buckets past the end
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash + 8, 0); }) == -1);          // no bloom words
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash + 8, 3); }) == -1);          // not a power of two
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash + 8, 0x40000000); }) == -1); // bloom past the end
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash + 12, 32); }) == -1);        // shift too wide
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash + 12, 0xffffffff); }) == -1);
  // A zero bloom filter rejects everything; an all-ones one lets the chains decide.
  CHECK(damaged([&](auto &b) {
          for (uint32_t i = 0; i < bloom_size; ++i) put<Word>(b, l.gnu_hash + 16 + sizeof(Word) * i, 0);
        }) == -1);
  CHECK(damaged([&](auto &b) {
          for (uint32_t i = 0; i < bloom_size; ++i) put<Word>(b, l.gnu_hash + 16 + sizeof(Word) * i, far_word);
        }) > 0);
  // symoffset above every bucket's first index, or far beyond the table.
  CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash + 4, 0xffffffff); }) == -1);
  CHECK(same_or_none(damaged([&](auto &b) { put<uint32_t>(b, l.gnu_hash + 4, 0); })));
  // Chains with no end bit, running off the end of the image.
  size_t words = (good.size() - chains) / 4;
  CHECK(damaged([&](auto &b) {
          for (size_t i = 0; i < words; ++i) put<uint32_t>(b, chains + 4 * i, 0);
        }) == -1);
  CHECK(damaged([&](auto &b) {
          for (size_t i = 0; i < words; ++i) put<uint32_t>(b, chains + 4 * i, solo::vdso::gnu_hash("x") & ~1u);
        }) == -1);
  // Buckets pointing past the symbol table.
  CHECK(damaged([&](auto &b) {
          for (uint32_t i = 0; i < nbuckets; ++i) put<uint32_t>(b, buckets + 4 * i, 0xfffffff0);
        }) == -1);
}

TEST_CASE("damaged images: symbols, strings and versions") {
  for (const char *variant : {"both", "sysv"}) {
    CAPTURE(variant);
    auto good = load(variant);
    Layout l = layout(good);
    long intact = probe(good);
    REQUIRE(intact > 0);
    // Find clock_gettime's symbol index.
    size_t index = 0;
    for (size_t i = 1; (l.symtab + (i + 1) * sizeof(Sym)) <= good.size(); ++i) {
      Sym s = get<Sym>(good, l.symtab + i * sizeof(Sym));
      if (s.st_name < good.size() - l.strtab &&
          strcmp(reinterpret_cast<const char *>(good.data() + l.strtab + s.st_name), names::clock_gettime) == 0) {
        index = i;
        break;
      }
    }
    REQUIRE(index != 0);
    uint64_t sym = l.symtab + index * sizeof(Sym);
    Sym s = get<Sym>(good, sym);
    auto damaged = [&](auto change) {
      auto b = good;
      change(b);
      return probe(b);
    };
    CHECK(damaged([&](auto &b) { put<uint16_t>(b, sym + offsetof(Sym, st_shndx), SHN_UNDEF); }) == -1); // undefined
    CHECK(damaged([&](auto &b) { b[sym + offsetof(Sym, st_info)] = ELF64_ST_INFO(STB_GLOBAL, STT_OBJECT); }) ==
          -1); // a data object
    CHECK(damaged([&](auto &b) { b[sym + offsetof(Sym, st_info)] = ELF64_ST_INFO(STB_GLOBAL, STT_TLS); }) == -1); // TLS
    CHECK(damaged([&](auto &b) { b[sym + offsetof(Sym, st_info)] = ELF64_ST_INFO(STB_LOCAL, STT_FUNC); }) ==
          -1); // local
    CHECK(damaged([&](auto &b) { b[sym + offsetof(Sym, st_info)] = ELF64_ST_INFO(STB_WEAK, STT_FUNC); }) ==
          intact); // weak is fine
    CHECK(damaged([&](auto &b) { b[sym + offsetof(Sym, st_info)] = ELF64_ST_INFO(STB_GLOBAL, STT_NOTYPE); }) ==
          intact);                                                                                 // so is NOTYPE
    CHECK(damaged([&](auto &b) { put<Word>(b, sym + offsetof(Sym, st_value), far_word); }) == -1); // address far out
    CHECK(damaged([&](auto &b) { put<Word>(b, sym + offsetof(Sym, st_value), l.bias + b.size()); }) ==
          -1);                                                                 // just past the end
    CHECK(damaged([&](auto &b) { put<uint32_t>(b, sym, 0xffffffff); }) == -1); // name out of range
    // The name without its NUL: the string table ends (DT_STRSZ) right after its last character.
    CHECK(damaged([&](auto &b) { set_dyn(b, l, DT_STRSZ, s.st_name + strlen(names::clock_gettime)); }) == -1);
    // ... or the NUL overwritten, so the name runs on into the next string.
    CHECK(damaged([&](auto &b) { b[l.strtab + s.st_name + strlen(names::clock_gettime)] = 'x'; }) == -1);
    // Versions: versym naming a version that does not exist, the base version, the local index, hidden bit.
    CHECK(damaged([&](auto &b) { put<uint16_t>(b, l.versym + 2 * index, 0x7fff); }) == -1);
    CHECK(damaged([&](auto &b) { put<uint16_t>(b, l.versym + 2 * index, 1); }) == -1);
    CHECK(damaged([&](auto &b) { put<uint16_t>(b, l.versym + 2 * index, 0); }) == -1);
    uint16_t v = get<uint16_t>(good, l.versym + 2 * index);
    CHECK(damaged([&](auto &b) { put<uint16_t>(b, l.versym + 2 * index, v | 0x8000); }) == intact);
    // Verdef list: a next pointer past the end, an aux pointer past the end, a count that stops early.
    Verdef first = get<Verdef>(good, l.verdef);
    CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.verdef + offsetof(Verdef, vd_next), 0xfffffff0); }) == -1);
    CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.verdef + offsetof(Verdef, vd_next), 0); }) == -1);
    CHECK(damaged([&](auto &b) { put<uint32_t>(b, l.verdef + first.vd_next + 12, 0xfffffff0); }) == -1);
    CHECK(damaged([&](auto &b) { set_dyn(b, l, DT_VERDEFNUM, 1); }) == -1);
    // The version name without a NUL, or out of the string table.
    Verdaux aux = get<Verdaux>(good, l.verdef + first.vd_next + get<uint32_t>(good, l.verdef + first.vd_next + 12));
    CHECK(damaged([&](auto &b) { b[l.strtab + aux.vda_name + strlen(names::version)] = '9'; }) == -1);
    CHECK(damaged([&](auto &b) {
            put<uint32_t>(b, l.verdef + first.vd_next + get<uint32_t>(good, l.verdef + first.vd_next + 12), 0xffffff00);
          }) == -1);
  }
}

TEST_CASE("damaged images: random bytes flipped") {
  for (const char *variant : {"both", "sysv", "gnu", "undef"}) {
    CAPTURE(variant);
    auto good = load(variant);
    REQUIRE(probe(good) > 0);
    uint64_t state = 0x9e3779b97f4a7c15ull;
    auto next = [&] {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      return state;
    };
    for (int round = 0; round < 300; ++round) {
      auto b = good;
      int flips = 1 + next() % 8;
      for (int i = 0; i < flips; ++i) b[next() % b.size()] = static_cast<unsigned char>(next());
      (void)probe(b); // its checks: every address found lies inside the image
    }
  }
}
