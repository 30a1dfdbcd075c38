// More handlers than the static block holds (32): the list grows by mmap'ed blocks and still runs newest first.
#include <solo/io.hpp>

extern "C" int __cxa_atexit(void (*)(void *), void *, void *);
extern "C" void *__dso_handle;

namespace {
constexpr long count = 100;
long expected = count - 1;
bool in_order = true;

void handler(void *argument) {
  long i = reinterpret_cast<long>(argument);
  in_order = in_order && i == expected;
  --expected;
  if (i == 0) (void)solo::io::out(in_order && expected == -1 ? "100 handlers ran newest first\n" : "out of order\n");
}
} // namespace

int main() {
  for (long i = 0; i < count; ++i)
    if (__cxa_atexit(handler, reinterpret_cast<void *>(i), &__dso_handle) != 0) return 1;
  return 0;
}
