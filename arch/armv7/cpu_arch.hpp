// CPU properties the portable code tunes itself by.
#pragma once

namespace solo::arch {
// ARMv7-A handles unaligned single-word loads and stores (SCTLR.A is clear under Linux), but not the multiple
// and doubleword forms the compiler pairs them into: word-at-a-time code must keep to aligned addresses.
inline constexpr bool fast_unaligned_access = false;
} // namespace solo::arch
