// inotify_init1, inotify_add_watch, inotify_rm_watch, and a range over the events in a read buffer.
#pragma once

#include <solo/flags.hpp>
#include <solo/string_view.hpp>
#include <solo/sys/fd_result.hpp>

namespace solo::sys {

enum class InotifyFlags : int {
  None = 0,
  NonBlock = 04000,       // = O_NONBLOCK
  CloseOnExec = 02000000, // = O_CLOEXEC
};
SOLO_FLAG_OPERATORS(InotifyFlags)

// Watch masks and event bits (uapi <linux/inotify.h>).
enum class InotifyMask : uint32_t {
  None = 0,
  Access = 0x001,
  Modify = 0x002,
  Attrib = 0x004,
  CloseWrite = 0x008,
  CloseNoWrite = 0x010,
  Open = 0x020,
  MovedFrom = 0x040,
  MovedTo = 0x080,
  Create = 0x100,
  Delete = 0x200,
  DeleteSelf = 0x400,
  MoveSelf = 0x800,
  Close = CloseWrite | CloseNoWrite,
  Move = MovedFrom | MovedTo,
  AllEvents = 0xfff,
  // Only in events:
  Unmount = 0x2000,
  QueueOverflow = 0x4000,
  Ignored = 0x8000,
  IsDir = 0x40000000,
  // Only in inotify_add_watch:
  OnlyDir = 0x01000000,
  DontFollow = 0x02000000,
  ExclUnlink = 0x04000000,
  MaskCreate = 0x10000000,
  MaskAdd = 0x20000000,
  OneShot = 0x80000000,
};
SOLO_FLAG_OPERATORS(InotifyMask)

inline Result<Fd> inotify_init1(InotifyFlags flags = InotifyFlags::CloseOnExec) noexcept {
  return fd_result(raw(nr::inotify_init1, static_cast<int>(flags)));
}

// Returns the watch descriptor (the same one again for a path already watched).
inline Result<int> inotify_add_watch(FdRef fd, const char *path, InotifyMask mask) noexcept {
  return result<int>(raw(nr::inotify_add_watch, fd.get(), path, static_cast<uint32_t>(mask)));
}

inline Result<void> inotify_rm_watch(FdRef fd, int wd) noexcept {
  return result_void(raw(nr::inotify_rm_watch, fd.get(), wd));
}

// The fixed head of struct inotify_event; `len` bytes of NUL-padded name follow it.
struct InotifyEventHeader {
  int wd;
  uint32_t mask;
  uint32_t cookie;
  uint32_t len;
};

// One event as the range hands it out: `name` is the file's name inside a watched directory (empty for
// events on the watched object itself), without its padding.
struct InotifyEvent {
  int wd;
  InotifyMask mask;
  uint32_t cookie; // pairs MovedFrom with MovedTo
  StringView name;
};

// The events in the bytes one read() of an inotify descriptor returned. The kernel writes only whole events;
// a truncated tail (which a read never produces) ends the range.
class InotifyEvents {
public:
  InotifyEvents(const void *buf, size_t size) noexcept : begin_(static_cast<const char *>(buf)), end_(begin_ + size) {}

  class iterator {
  public:
    iterator(const char *p, const char *end) noexcept : p_(p), end_(end) { check(); }
    InotifyEvent operator*() const noexcept {
      InotifyEventHeader h;
      __builtin_memcpy(&h, p_, sizeof(h)); // the buffer need not be aligned
      const char *name = p_ + sizeof(h);
      size_t n = 0;
      while (n < h.len && name[n] != '\0') ++n;
      return {h.wd, static_cast<InotifyMask>(h.mask), h.cookie, StringView(name, n)};
    }
    iterator &operator++() noexcept {
      p_ += sizeof(InotifyEventHeader) + length();
      check();
      return *this;
    }
    friend bool operator==(const iterator &a, const iterator &b) noexcept { return a.p_ == b.p_; }
    friend bool operator!=(const iterator &a, const iterator &b) noexcept { return a.p_ != b.p_; }

  private:
    uint32_t length() const noexcept {
      uint32_t len;
      __builtin_memcpy(&len, p_ + __builtin_offsetof(InotifyEventHeader, len), sizeof(len));
      return len;
    }
    void check() noexcept {
      if (static_cast<size_t>(end_ - p_) < sizeof(InotifyEventHeader) ||
          static_cast<size_t>(end_ - p_) - sizeof(InotifyEventHeader) < length())
        p_ = end_;
    }
    const char *p_;
    const char *end_;
  };

  iterator begin() const noexcept { return iterator(begin_, end_); }
  iterator end() const noexcept { return iterator(end_, end_); }

private:
  const char *begin_;
  const char *end_;
};

} // namespace solo::sys
