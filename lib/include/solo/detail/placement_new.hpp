// Placement new without <new>: solo programs have no standard library headers, so solo declares it; where a
// standard library is reachable (the hosted unit tests) its <new> is used so the two never clash.
#pragma once

#include <stddef.h>

#if __has_include(<new>)
#include <new>
#else
inline void *operator new(size_t, void *where) noexcept { return where; }
inline void *operator new[](size_t, void *where) noexcept { return where; }
inline void operator delete(void *, void *) noexcept {}
inline void operator delete[](void *, void *) noexcept {}
#endif
