#include "mappings.hpp"

#include <solo/auxv.hpp>
#include <solo/sync/mutex.hpp>
#include <solo/sys/memory.hpp>

namespace solo::detail {

namespace {
struct Cached {
  void *base;
  size_t guard, stack, size;
};
constexpr int cache_max = 4;
Mutex lock;
Cached cache[cache_max];
int cached = 0;
size_t page = 0;
} // namespace

size_t mapping_page_size() noexcept {
  // Racing first calls all store the same value.
  size_t p = __atomic_load_n(&page, __ATOMIC_RELAXED);
  if (!p) {
    p = auxv::get(auxv::Type::AT_PAGESZ).value_or(4096);
    __atomic_store_n(&page, p, __ATOMIC_RELAXED);
  }
  return p;
}

Result<void *> acquire_mapping(const MappingShape &shape) noexcept {
  void *reused = nullptr;
  {
    LockGuard g(lock);
    for (int i = 0; i < cached; ++i)
      if (cache[i].guard == shape.guard && cache[i].stack == shape.stack && cache[i].size == shape.size) {
        reused = cache[i].base;
        cache[i] = cache[--cached];
        break;
      }
  }
  if (reused) {
    // The TLS area and the payload start out zero, as in a fresh mapping; the stack may keep old bytes.
    __builtin_memset(static_cast<char *>(reused) + shape.guard + shape.stack, 0, shape.top);
    return reused;
  }
  // Reserved inaccessible, then everything above the guard made usable: untouched pages cost nothing.
  auto m = sys::mmap(nullptr, shape.size, sys::Prot::None,
                     sys::MapFlags::Private | sys::MapFlags::Anonymous | sys::MapFlags::Stack);
  if (!m) return m.error();
  char *base = static_cast<char *>(*m);
  if (auto r = sys::mprotect(base + shape.guard, shape.size - shape.guard, sys::Prot::Read | sys::Prot::Write); !r) {
    (void)sys::munmap(base, shape.size);
    return r.error();
  }
  return base;
}

void release_mapping(ThreadControl *c) noexcept {
  // The record lives in the mapping: read it all first.
  Cached m{c->map_base, c->map_guard, c->map_stack, c->map_size};
  {
    LockGuard g(lock);
    if (cached < cache_max) {
      cache[cached++] = m;
      return;
    }
  }
  (void)sys::munmap(m.base, m.size);
}

void mappings_fork_prepare() noexcept { lock.lock(); }
void mappings_fork_after() noexcept { lock.unlock(); }

} // namespace solo::detail
