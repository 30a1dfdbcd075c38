// solo::Once: run something exactly once, however many threads ask at the same time.
//
//   static solo::Once once;
//   once.call([] { table = build_table(); });   // every caller returns after the one call has finished
//
// Callers that arrive while the call is running sleep until it is done. A call that reaches its own Once again
// (directly or through another function) is a bug that would deadlock: solo stops it with a message and
// SIGABRT instead. Once done, call() is one acquire load.
//
// The same states serve the C++ ABI's guards of function-local statics (crt/cxa_guard.cpp), whose first byte is
// what the compiler's inline check reads: the word below keeps "done" in its first byte for that reason.
#pragma once

namespace solo {

namespace detail {
// The state word's bits, each in a fixed byte whatever the byte order: byte 0 is "done", byte 1 holds
// "running" and "someone sleeps".
constexpr unsigned once_bit(unsigned byte, unsigned bit) noexcept {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return 1u << ((3 - byte) * 8 + bit);
#else
  return 1u << (byte * 8 + bit);
#endif
}
inline constexpr unsigned once_done = once_bit(0, 0);
inline constexpr unsigned once_running = once_bit(1, 0);
inline constexpr unsigned once_sleepers = once_bit(1, 1);

// true: the caller must run the initialisation and then call once_finish (or once_abort to let another caller
// try). false: it is done. `owner` records who runs it, to tell recursion from another thread.
bool once_begin(unsigned *state, unsigned *owner) noexcept;
void once_finish(unsigned *state, unsigned *owner) noexcept;
void once_abort(unsigned *state, unsigned *owner) noexcept;
} // namespace detail

class Once {
public:
  constexpr Once() noexcept = default;
  Once(const Once &) = delete;
  Once &operator=(const Once &) = delete;

  template <class Function> void call(Function &&f) {
    if (done()) return;
    if (!detail::once_begin(&state_, &owner_)) return;
    f();
    detail::once_finish(&state_, &owner_);
  }
  bool done() const noexcept { return (__atomic_load_n(&state_, __ATOMIC_ACQUIRE) & detail::once_done) != 0; }

private:
  unsigned state_ = 0;
  unsigned owner_ = 0;
};

} // namespace solo
