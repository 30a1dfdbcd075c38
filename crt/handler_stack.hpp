// A stack of (function, argument) pairs for exit-time handlers: atexit/__cxa_atexit and the destructors of
// the main thread's thread_local objects. The first block is static; further blocks come from mmap (there
// is no allocator underneath solo's start-up) and are kept for the life of the process.
// Single-threaded for now: solo has no threads yet.
#pragma once

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
    if (!top_) top_ = &first_;
    if (top_->count == capacity) {
      long p = arch::syscall6(arch::nr::mmap, 0, sizeof(Block), 3 /* PROT_READ|WRITE */,
                              0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
      if (p < 0 && p > -4096) return false;
      auto *b = reinterpret_cast<Block *>(p);
      b->below = top_;
      top_ = b;
    }
    top_->entries[top_->count++] = h;
    return true;
  }

  // Takes the most recent entry off before it runs, so a handler that calls exit again never sees itself.
  bool pop(Handler &h) noexcept {
    while (top_ && top_->count == 0) top_ = top_->below;
    if (!top_) return false;
    h = top_->entries[--top_->count];
    return true;
  }

  // Runs every entry, newest first, including entries added while running.
  void run_all() noexcept {
    Handler h;
    while (pop(h)) h.function(h.argument);
  }

private:
  static constexpr unsigned capacity = 32; // the static block; mmap'ed ones are the same size
  struct Block {
    Block *below;
    unsigned count;
    Handler entries[capacity];
  };
  Block first_{};
  Block *top_ = nullptr;
};

} // namespace solo::crt
