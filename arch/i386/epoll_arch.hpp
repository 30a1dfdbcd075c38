// struct epoll_event on i386: packed (12 bytes, the 64-bit data field at offset 4). This is the layout x86-64
// kept so that 32-bit and 64-bit processes share one format; here it is also what the psABI's 4-byte alignment
// of a 64-bit member inside a struct gives by itself.
#pragma once

#include <stdint.h>

namespace solo::arch {

template <class Events, class Data> struct __attribute__((packed)) EpollEvent {
  Events events;
  Data data;
};

} // namespace solo::arch
