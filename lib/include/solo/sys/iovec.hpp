// struct iovec: one buffer of a scatter/gather list (readv, writev, sendmsg, recvmsg).
#pragma once

#include <solo/types.hpp>

namespace solo::sys {

struct Iovec {
  void *iov_base = nullptr;
  size_t iov_len = 0;

  constexpr Iovec() noexcept = default;
  constexpr Iovec(void *base, size_t len) noexcept : iov_base(base), iov_len(len) {}
  // Sending only reads the buffers; the kernel struct has no const, so the cast lives here, once.
  constexpr Iovec(const void *base, size_t len) noexcept : iov_base(const_cast<void *>(base)), iov_len(len) {}
};

} // namespace solo::sys
