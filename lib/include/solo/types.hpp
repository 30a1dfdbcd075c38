// Basic types and the few utilities the rest of solo needs in place of the standard library.
// Only the compiler's own freestanding headers are used, so solo builds with no libc or libstdc++ at all.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace solo {

using ssize = long; // the kernel's ssize_t on every 64-bit architecture solo supports

template <class T> struct remove_reference {
  using type = T;
};
template <class T> struct remove_reference<T &> {
  using type = T;
};
template <class T> struct remove_reference<T &&> {
  using type = T;
};
template <class T> using remove_reference_t = typename remove_reference<T>::type;

template <class T> constexpr remove_reference_t<T> &&move(T &&v) noexcept {
  return static_cast<remove_reference_t<T> &&>(v);
}
template <class T> constexpr T &&forward(remove_reference_t<T> &v) noexcept { return static_cast<T &&>(v); }
template <class T> constexpr T &&forward(remove_reference_t<T> &&v) noexcept { return static_cast<T &&>(v); }

template <class T> constexpr void swap(T &a, T &b) noexcept {
  T t = move(a);
  a = move(b);
  b = move(t);
}

} // namespace solo
