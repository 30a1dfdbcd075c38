#include <solo/auxv.hpp>
#include <solo/process.hpp>

namespace solo::auxv {

namespace {
const Entry *vector = nullptr;
const Entry *vector_end = nullptr;

// The kernel puts the vector right after envp's terminating NULL. Found on first use, so a program that never
// asks pays nothing at start-up.
void locate() noexcept {
  char **p = process::envp();
  while (*p) ++p;
  set(reinterpret_cast<const Entry *>(p + 1));
}
} // namespace

// Threads may look it up at the same time: the end is stored before the start that readers test, and both
// racing lookups store the same values.
void set(const Entry *entries) noexcept {
  const Entry *end = entries;
  while (end->type != static_cast<unsigned long>(Type::AT_NULL)) ++end;
  __atomic_store_n(&vector_end, end, __ATOMIC_RELAXED);
  __atomic_store_n(&vector, entries, __ATOMIC_RELEASE);
}

Result<unsigned long> get(Type type) noexcept {
  for (const Entry &e : all())
    if (e.type == static_cast<unsigned long>(type)) return e.value;
  return Errno::ENOENT;
}

Entries all() noexcept {
  const Entry *v = __atomic_load_n(&vector, __ATOMIC_ACQUIRE);
  if (!v) {
    locate();
    v = __atomic_load_n(&vector, __ATOMIC_ACQUIRE);
  }
  return {v, __atomic_load_n(&vector_end, __ATOMIC_RELAXED)};
}

const char *name(unsigned long type) noexcept {
  switch (static_cast<Type>(type)) {
#define SOLO_AUXV_NAME(n)                                                                                              \
  case Type::n:                                                                                                        \
    return #n;
    SOLO_AUXV_NAME(AT_NULL)
    SOLO_AUXV_NAME(AT_IGNORE)
    SOLO_AUXV_NAME(AT_EXECFD)
    SOLO_AUXV_NAME(AT_PHDR)
    SOLO_AUXV_NAME(AT_PHENT)
    SOLO_AUXV_NAME(AT_PHNUM)
    SOLO_AUXV_NAME(AT_PAGESZ)
    SOLO_AUXV_NAME(AT_BASE)
    SOLO_AUXV_NAME(AT_FLAGS)
    SOLO_AUXV_NAME(AT_ENTRY)
    SOLO_AUXV_NAME(AT_NOTELF)
    SOLO_AUXV_NAME(AT_UID)
    SOLO_AUXV_NAME(AT_EUID)
    SOLO_AUXV_NAME(AT_GID)
    SOLO_AUXV_NAME(AT_EGID)
    SOLO_AUXV_NAME(AT_PLATFORM)
    SOLO_AUXV_NAME(AT_HWCAP)
    SOLO_AUXV_NAME(AT_CLKTCK)
    SOLO_AUXV_NAME(AT_SECURE)
    SOLO_AUXV_NAME(AT_BASE_PLATFORM)
    SOLO_AUXV_NAME(AT_RANDOM)
    SOLO_AUXV_NAME(AT_HWCAP2)
    SOLO_AUXV_NAME(AT_RSEQ_FEATURE_SIZE)
    SOLO_AUXV_NAME(AT_RSEQ_ALIGN)
    SOLO_AUXV_NAME(AT_EXECFN)
    SOLO_AUXV_NAME(AT_SYSINFO_EHDR)
    SOLO_AUXV_NAME(AT_MINSIGSTKSZ)
#undef SOLO_AUXV_NAME
  }
  return nullptr;
}

} // namespace solo::auxv
