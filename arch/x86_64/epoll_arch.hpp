// struct epoll_event on x86-64 is packed (12 bytes, the 64-bit data field at offset 4): the kernel kept the
// i386 layout so 32-bit and 64-bit processes share one format. Every other architecture aligns it (16 bytes).
#pragma once

#include <stdint.h>

namespace solo::arch {

template <class Events, class Data> struct __attribute__((packed)) EpollEvent {
  Events events;
  Data data;
};

} // namespace solo::arch
