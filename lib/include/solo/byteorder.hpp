// Host and network (big-endian) byte order. x86-64, aarch64 and riscv64 are all little-endian under Linux,
// but the test is the compiler's, so a big-endian target would get the identity.
#pragma once

#include <solo/types.hpp>

namespace solo {

constexpr uint16_t byteswap16(uint16_t v) noexcept { return __builtin_bswap16(v); }
constexpr uint32_t byteswap32(uint32_t v) noexcept { return __builtin_bswap32(v); }
constexpr uint64_t byteswap64(uint64_t v) noexcept { return __builtin_bswap64(v); }

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr uint16_t host_to_net16(uint16_t v) noexcept { return byteswap16(v); }
constexpr uint32_t host_to_net32(uint32_t v) noexcept { return byteswap32(v); }
#else
constexpr uint16_t host_to_net16(uint16_t v) noexcept { return v; }
constexpr uint32_t host_to_net32(uint32_t v) noexcept { return v; }
#endif
// The swap is its own inverse.
constexpr uint16_t net_to_host16(uint16_t v) noexcept { return host_to_net16(v); }
constexpr uint32_t net_to_host32(uint32_t v) noexcept { return host_to_net32(v); }

} // namespace solo
