// The stack protector is on by default and its canary comes from AT_RANDOM: not zero, different in every run
// (the test scripts run this twice and compare the printed values), and a smashed stack ends the process with
// the message and SIGABRT.
#include "check.hpp"
#include "child.hpp"

#include <thread_arch.hpp>

namespace {
[[gnu::noinline]] void smash(int n) {
  char buffer[8];
  for (int i = 0; i < n; ++i) buffer[i] = 'x'; // n is 64: past the buffer, over the canary
  __asm__ volatile("" : : "r"(buffer) : "memory");
}
int smash_length = 64;

void hex(unsigned long v) {
  char buf[19] = "0x";
  for (int i = 0; i < 16; ++i) buf[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 0xf];
  (void)solo::io::out(solo::StringView(buf, 18));
}
} // namespace

int main() {
  unsigned long canary = solo::arch::load_canary();
  CHECK(canary != 0);
  CHECK_EQ(canary & 0xff, 0); // the low byte is kept zero against string overflows

  smash(4); // within bounds: returns normally
  auto end = check::run_in_child([] { smash(smash_length); });
  CHECK_EQ(end.signal, 6);
  CHECK(end.err_has("solo: stack smashing detected"));

  (void)solo::io::out("canary: ");
  hex(canary);
  (void)solo::io::out("\n");
  return check::summary();
}
