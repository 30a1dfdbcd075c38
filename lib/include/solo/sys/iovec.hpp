// struct iovec: one buffer of a scatter/gather list (readv, writev, sendmsg, recvmsg).
#pragma once

#include <solo/types.hpp>

namespace solo::sys {

struct Iovec {
  void *iov_base = nullptr;
  size_t iov_len = 0;
};

} // namespace solo::sys
