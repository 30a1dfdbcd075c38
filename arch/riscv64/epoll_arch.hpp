// struct epoll_event here has natural alignment: 16 bytes, the 64-bit data field at offset 8.
// (Only x86-64 packs it, for compatibility with i386.)
#pragma once

#include <stdint.h>

namespace solo::arch {

template <class Events, class Data> struct EpollEvent {
  Events events;
  Data data;
};

} // namespace solo::arch
