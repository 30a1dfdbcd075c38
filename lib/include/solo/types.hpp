// Basic types and the few utilities the rest of solo needs in place of the standard library.
// Only the compiler's own freestanding headers are used, so solo builds with no libc or libstdc++ at all.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace solo {

using ssize = long; // the kernel's ssize_t on every 64-bit architecture solo supports

template <class Type> struct remove_reference {
  using type = Type;
};
template <class Type> struct remove_reference<Type &> {
  using type = Type;
};
template <class Type> struct remove_reference<Type &&> {
  using type = Type;
};
template <class Type> using remove_reference_t = typename remove_reference<Type>::type;

template <class Type> constexpr remove_reference_t<Type> &&move(Type &&v) noexcept {
  return static_cast<remove_reference_t<Type> &&>(v);
}
template <class Type> constexpr Type &&forward(remove_reference_t<Type> &v) noexcept { return static_cast<Type &&>(v); }
template <class Type> constexpr Type &&forward(remove_reference_t<Type> &&v) noexcept {
  return static_cast<Type &&>(v);
}

template <class Type> constexpr void swap(Type &a, Type &b) noexcept {
  Type t = move(a);
  a = move(b);
  b = move(t);
}

} // namespace solo
