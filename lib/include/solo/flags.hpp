// Flag sets as enum classes: SOLO_FLAG_OPERATORS(E) gives E the operators |, &, ^, ~ and their assignment forms,
// so `OpenFlags::Create | OpenFlags::Exclusive` works while an open flag can never be passed where an *at flag
// or a clone flag is expected. `has(set, flag)` tests membership; `to_underlying(e)` gives the raw bits.
#pragma once

#define SOLO_FLAG_BITS(E, v) static_cast<__underlying_type(E)>(v)
#define SOLO_FLAG_OPERATORS(E)                                                                                         \
  constexpr E operator|(E a, E b) noexcept { return static_cast<E>(SOLO_FLAG_BITS(E, a) | SOLO_FLAG_BITS(E, b)); }     \
  constexpr E operator&(E a, E b) noexcept { return static_cast<E>(SOLO_FLAG_BITS(E, a) & SOLO_FLAG_BITS(E, b)); }     \
  constexpr E operator^(E a, E b) noexcept { return static_cast<E>(SOLO_FLAG_BITS(E, a) ^ SOLO_FLAG_BITS(E, b)); }     \
  constexpr E operator~(E a) noexcept { return static_cast<E>(~SOLO_FLAG_BITS(E, a)); }                                \
  constexpr E &operator|=(E &a, E b) noexcept { return a = a | b; }                                                    \
  constexpr E &operator&=(E &a, E b) noexcept { return a = a & b; }                                                    \
  constexpr bool has(E set, E flag) noexcept { return (set & flag) == flag; }                                          \
  constexpr __underlying_type(E) to_underlying(E a) noexcept { return SOLO_FLAG_BITS(E, a); }
