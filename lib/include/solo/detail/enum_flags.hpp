// Bitwise operators for enum-class flag sets, so `SocketType::Stream | SocketType::CloseOnExec` type-checks
// while mixing flags of two different calls does not.
#pragma once

namespace solo::detail {
template <class E> constexpr __underlying_type(E) flag_bits(E e) noexcept {
  return static_cast<__underlying_type(E)>(e);
}
} // namespace solo::detail

// Defines |, &, ^, ~, |=, &= for the enum `E` and `has(set, flag)`, which is true when every bit of `flag` is in
// `set`. Use at namespace scope, right after the enum.
#define SOLO_ENUM_FLAGS(E)                                                                                             \
  constexpr E operator|(E a, E b) noexcept {                                                                           \
    return static_cast<E>(::solo::detail::flag_bits(a) | ::solo::detail::flag_bits(b));                                \
  }                                                                                                                    \
  constexpr E operator&(E a, E b) noexcept {                                                                           \
    return static_cast<E>(::solo::detail::flag_bits(a) & ::solo::detail::flag_bits(b));                                \
  }                                                                                                                    \
  constexpr E operator^(E a, E b) noexcept {                                                                           \
    return static_cast<E>(::solo::detail::flag_bits(a) ^ ::solo::detail::flag_bits(b));                                \
  }                                                                                                                    \
  constexpr E operator~(E a) noexcept { return static_cast<E>(~::solo::detail::flag_bits(a)); }                        \
  constexpr E &operator|=(E &a, E b) noexcept { return a = a | b; }                                                    \
  constexpr E &operator&=(E &a, E b) noexcept { return a = a & b; }                                                    \
  constexpr bool has(E set, E flag) noexcept { return (set & flag) == flag; }
