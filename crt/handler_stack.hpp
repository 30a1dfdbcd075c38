// A stack of (function, argument) pairs for exit-time handlers: atexit/__cxa_atexit and the destructors of
// thread_local objects (one stack per thread). The first block is part of the object; further blocks come from
// mmap (there is no allocator underneath solo's start-up).
//
// Once threads exist, push and pop take a lock (atexit may be called from any thread while another one exits);
// handlers run without it, so a handler can register another. Until then nothing is locked.
#pragma once

#include <calls_arch.hpp>
#include <solo/detail/thread_control.hpp>
#include <solo/sync/mutex.hpp>
#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

namespace solo::crt {

class HandlerStack {
public:
  struct Handler {
    void (*function)(void *);
    void *argument;
  };

  // False when no memory is left for another entry.
  bool push(Handler h) noexcept {
    Locked l(*this);
    if (!top_) top_ = &first_;
    if (top_->count == capacity) {
      long p = arch::calls::mmap(nullptr, sizeof(Block), 3 /* PROT_READ|WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */,
                                 -1, 0);
      if (p < 0 && p > -4096) return false;
      auto *b = reinterpret_cast<Block *>(p);
      b->below = top_;
      top_ = b;
    }
    top_->entries[top_->count++] = h;
    return true;
  }

  // Takes the most recent entry off before it runs, so a handler that calls exit again never sees itself.
  // Emptied mapped blocks are unmapped on the way.
  bool pop(Handler &h) noexcept {
    Locked l(*this);
    while (top_ && top_->count == 0) {
      Block *b = top_;
      top_ = b->below;
      if (b != &first_) arch::syscall2(arch::nr::munmap, reinterpret_cast<long>(b), sizeof(Block));
    }
    if (!top_) return false;
    h = top_->entries[--top_->count];
    return true;
  }

  // Around proc::fork (crt/atexit.cpp): no entry is half pushed in the child's copy.
  void fork_prepare() noexcept { lock_.lock(); }
  void fork_after() noexcept { lock_.unlock(); }

  // Runs every entry, newest first, including entries added while running.
  void run_all() noexcept {
    Handler h;
    while (pop(h)) h.function(h.argument);
  }

private:
  static constexpr unsigned capacity = 32; // the first block; mapped ones are the same size
  struct Block {
    Block *below;
    unsigned count;
    Handler entries[capacity];
  };

  // The lock, only once threads exist. A stack whose owner is one thread is never contended: that costs one
  // uncontended atomic each way.
  struct Locked {
    explicit Locked(HandlerStack &s) noexcept : m(detail::multithreaded() ? &s.lock_ : nullptr) {
      if (m) m->lock();
    }
    ~Locked() {
      if (m) m->unlock();
    }
    Mutex *m;
  };

  Block first_{};
  Block *top_ = nullptr;
  Mutex lock_;
};

} // namespace solo::crt
