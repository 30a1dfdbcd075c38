// Placement new without <new>: solo programs have no standard library headers, so solo declares it; where a
// standard library is reachable (the hosted unit tests) its <new> is used so the two never clash.
#pragma once

#include <stddef.h>

#if __has_include(<new>)
#include <new>
#else
// What the replaceable operator new/delete forms (crt/new_delete.cpp) take, spelled as the compiler expects
// them: std::align_val_t is an enum class over size_t (the compiler passes alignof(T) in it for over-aligned
// types), std::nothrow_t an empty tag type with an explicit default constructor.
namespace std {
enum class align_val_t : size_t {};
struct nothrow_t {
  explicit nothrow_t() = default;
};
extern const nothrow_t nothrow;
} // namespace std

// The replaceable forms solo defines (crt/new_delete.cpp). The compiler knows the plain and aligned ones
// without a declaration; the nothrow ones must be declared to be called.
void *operator new(size_t size, const std::nothrow_t &) noexcept;
void *operator new[](size_t size, const std::nothrow_t &) noexcept;
void *operator new(size_t size, std::align_val_t align, const std::nothrow_t &) noexcept;
void *operator new[](size_t size, std::align_val_t align, const std::nothrow_t &) noexcept;
void operator delete(void *p, const std::nothrow_t &) noexcept;
void operator delete[](void *p, const std::nothrow_t &) noexcept;
void operator delete(void *p, std::align_val_t align, const std::nothrow_t &) noexcept;
void operator delete[](void *p, std::align_val_t align, const std::nothrow_t &) noexcept;

inline void *operator new(size_t, void *where) noexcept { return where; }
inline void *operator new[](size_t, void *where) noexcept { return where; }
inline void operator delete(void *, void *) noexcept {}
inline void operator delete[](void *, void *) noexcept {}
#endif
