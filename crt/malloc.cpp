// The C allocation functions over solo::mem, so C code compiled into a solo program works unchanged.
// Differences from a C library: nothing sets errno (solo has none; failures are the null result, or the
// return value of posix_memalign), and realloc(p, 0) returns a minimal block rather than freeing p.
#include <solo/mem.hpp>

namespace {
inline bool power_of_two(size_t n) { return n != 0 && (n & (n - 1)) == 0; }
} // namespace

extern "C" {

void *malloc(size_t size) { return solo::mem::allocate(size); }

void free(void *p) { solo::mem::release(p); }

void *calloc(size_t count, size_t size) { return solo::mem::allocate_zeroed(count, size); }

void *realloc(void *p, size_t size) { return solo::mem::reallocate(p, size); }

// C17: any power of two the implementation supports; the size need not be a multiple of it.
void *aligned_alloc(size_t align, size_t size) {
  if (!power_of_two(align)) return nullptr;
  return solo::mem::allocate(size, align);
}

void *memalign(size_t align, size_t size) { return aligned_alloc(align, size); }

// EINVAL (22) for an alignment that is not a power-of-two multiple of sizeof(void *), ENOMEM (12) when out of
// memory; *out is left alone on failure.
int posix_memalign(void **out, size_t align, size_t size) {
  if (!power_of_two(align) || align % sizeof(void *) != 0) return 22;
  void *p = solo::mem::allocate(size, align);
  if (p == nullptr) return 12;
  *out = p;
  return 0;
}

size_t malloc_usable_size(void *p) { return solo::mem::usable_size(p); }

} // extern "C"
