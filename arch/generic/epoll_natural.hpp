// struct epoll_event with the C layout of its members (every architecture but x86-64, which packs it): 16 bytes
// with the 64-bit data at offset 8 where a 64-bit member is 8-aligned, 12 bytes with it at offset 4 on i386,
// whose psABI aligns it to 4 inside a struct (the layout x86-64 packs itself into, to match).
#pragma once

namespace solo::arch {

template <class Events, class Data> struct EpollEvent {
  Events events;
  Data data;
};

} // namespace solo::arch
