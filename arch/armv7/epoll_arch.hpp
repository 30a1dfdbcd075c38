// struct epoll_event on 32-bit ARM under EABI: the 64-bit data field is 8-byte aligned, so the struct is 16
// bytes with data at offset 8 (only the old ABI, and x86, pack it).
#pragma once

#include <stdint.h>

namespace solo::arch {

template <class Events, class Data> struct EpollEvent {
  Events events;
  Data data;
};

} // namespace solo::arch
