// Every replaceable global operator new and delete. Without exceptions, running out of memory in the
// throwing forms ends the program: "out of memory" on stderr and SIGABRT. The nothrow forms return nullptr.
// Sized deletes pass the size on, so deleting with a size larger than the block is caught as misuse.
#include <solo/detail/placement_new.hpp>
#include <solo/mem.hpp>
#include <solo/panic.hpp>

const std::nothrow_t std::nothrow{};

namespace {
inline void *checked(void *p) {
  if (p == nullptr) solo::panic("out of memory");
  return p;
}
inline size_t align_of(std::align_val_t a) { return static_cast<size_t>(a); }
} // namespace

void *operator new(size_t size) { return checked(solo::mem::allocate(size)); }
void *operator new[](size_t size) { return checked(solo::mem::allocate(size)); }
void *operator new(size_t size, std::align_val_t a) { return checked(solo::mem::allocate(size, align_of(a))); }
void *operator new[](size_t size, std::align_val_t a) { return checked(solo::mem::allocate(size, align_of(a))); }

void *operator new(size_t size, const std::nothrow_t &) noexcept { return solo::mem::allocate(size); }
void *operator new[](size_t size, const std::nothrow_t &) noexcept { return solo::mem::allocate(size); }
void *operator new(size_t size, std::align_val_t a, const std::nothrow_t &) noexcept {
  return solo::mem::allocate(size, align_of(a));
}
void *operator new[](size_t size, std::align_val_t a, const std::nothrow_t &) noexcept {
  return solo::mem::allocate(size, align_of(a));
}

void operator delete(void *p) noexcept { solo::mem::release(p); }
void operator delete[](void *p) noexcept { solo::mem::release(p); }
void operator delete(void *p, size_t size) noexcept { solo::mem::release(p, size); }
void operator delete[](void *p, size_t size) noexcept { solo::mem::release(p, size); }
void operator delete(void *p, std::align_val_t) noexcept { solo::mem::release(p); }
void operator delete[](void *p, std::align_val_t) noexcept { solo::mem::release(p); }
void operator delete(void *p, size_t size, std::align_val_t) noexcept { solo::mem::release(p, size); }
void operator delete[](void *p, size_t size, std::align_val_t) noexcept { solo::mem::release(p, size); }
void operator delete(void *p, const std::nothrow_t &) noexcept { solo::mem::release(p); }
void operator delete[](void *p, const std::nothrow_t &) noexcept { solo::mem::release(p); }
void operator delete(void *p, std::align_val_t, const std::nothrow_t &) noexcept { solo::mem::release(p); }
void operator delete[](void *p, std::align_val_t, const std::nothrow_t &) noexcept { solo::mem::release(p); }
