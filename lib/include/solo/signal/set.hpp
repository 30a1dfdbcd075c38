// SignalSet: the kernel's 64-bit sigset_t as a value type. Every rt_* call gets sigsetsize = 8 on all three
// architectures (the kernel rejects any other size); signal n is bit n-1.
#pragma once

#include <solo/types.hpp>

namespace solo::signal {

class SignalSet {
public:
  constexpr SignalSet() noexcept = default;

  // SignalSet::of(INT, TERM)
  template <class... Sigs> static constexpr SignalSet of(Sigs... sigs) noexcept {
    SignalSet s;
    (s.add(static_cast<int>(sigs)), ...);
    return s;
  }
  static constexpr SignalSet all() noexcept { return from_bits(~uint64_t{0}); }
  static constexpr SignalSet from_bits(uint64_t bits) noexcept {
    SignalSet s;
    s.bits_ = bits;
    return s;
  }

  // Numbers outside 1 ... 64 are ignored (and never contained).
  constexpr SignalSet &add(int sig) noexcept {
    bits_ |= bit(sig);
    return *this;
  }
  constexpr SignalSet &remove(int sig) noexcept {
    bits_ &= ~bit(sig);
    return *this;
  }
  constexpr bool contains(int sig) const noexcept { return (bits_ & bit(sig)) != 0; }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  constexpr int count() const noexcept { return __builtin_popcountll(bits_); }
  constexpr uint64_t bits() const noexcept { return bits_; }

  friend constexpr SignalSet operator|(SignalSet a, SignalSet b) noexcept { return from_bits(a.bits_ | b.bits_); }
  friend constexpr SignalSet operator&(SignalSet a, SignalSet b) noexcept { return from_bits(a.bits_ & b.bits_); }
  friend constexpr SignalSet operator~(SignalSet a) noexcept { return from_bits(~a.bits_); }
  friend constexpr bool operator==(SignalSet a, SignalSet b) noexcept { return a.bits_ == b.bits_; }

private:
  static constexpr uint64_t bit(int sig) noexcept { return sig >= 1 && sig <= 64 ? uint64_t{1} << (sig - 1) : 0; }
  uint64_t bits_ = 0;
};

static_assert(sizeof(SignalSet) == 8, "the kernel's sigset_t is 64 bits on every supported architecture");

// sigsetsize for every rt_* system call.
inline constexpr unsigned long kernel_sigset_size = 8;

} // namespace solo::signal
