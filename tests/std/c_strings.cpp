// memchr and strlen (crt/), which libc++'s std::char_traits calls for string_view's find and length, against
// byte-by-byte models: every start alignment, every length up to a few words, the byte at every position,
// bytes on either side of the range that must not be seen, and the pointer just below a page boundary.
#include <cstring>
#include <solo/sys/memory.hpp>

#include "../hermetic/check.hpp"

namespace {

const void *model_memchr(const unsigned char *s, unsigned char c, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (s[i] == c) return s + i;
  return nullptr;
}

size_t model_strlen(const char *s) {
  size_t n = 0;
  while (s[n]) ++n;
  return n;
}

// Opaque to the optimizer, so the calls really go to crt/ rather than being folded at compile time.
template <class T> T *launder(T *p) {
  asm volatile("" : "+r"(p));
  return p;
}

} // namespace

int main() {
  alignas(16) static unsigned char buf[96];
  int mismatches = 0;
  for (size_t start = 0; start < 16; ++start)
    for (size_t n = 0; n <= 40; ++n)
      for (size_t at = 0; at <= n + 8 && start + at < sizeof buf; ++at) {
        for (size_t i = 0; i < sizeof buf; ++i) buf[i] = static_cast<unsigned char>(0x41 + i % 7);
        buf[start + at] = 0x80;               // the byte looked for, perhaps outside the range
        if (start > 0) buf[start - 1] = 0x80; // just before the range: must not be found
        unsigned char *s = launder(buf + start);
        if (memchr(s, 0x80, n) != model_memchr(s, 0x80, n)) ++mismatches;
        if (memchr(s, 0x180, n) != model_memchr(s, 0x80, n)) ++mismatches; // c is converted to unsigned char
        buf[start + at] = 0;
        if (start > 0) buf[start - 1] = 0;
        if (strlen(reinterpret_cast<char *>(s)) != model_strlen(reinterpret_cast<char *>(s))) ++mismatches;
      }
  CHECK_EQ(mismatches, 0);
  // A zero byte in the word just before the start must neither be found nor borrow into the first byte.
  buf[0] = 0;
  buf[1] = 1;
  CHECK(memchr(launder(buf + 1), 0, 1) == nullptr && strlen(launder(reinterpret_cast<char *>(buf + 1))) > 0);
  // memchr(s, c, SIZE_MAX) is the common "the byte is surely there" call.
  buf[50] = 0x7f;
  CHECK(memchr(launder(buf + 3), 0x7f, static_cast<size_t>(-1)) == buf + 50);

  // Strings ending right at the end of a mapping: reading whole aligned words must never cross into the next
  // (unmapped) page.
  auto page = solo::sys::mmap(nullptr, 8192, solo::sys::Prot::Read | solo::sys::Prot::Write,
                              solo::sys::MapFlags::Private | solo::sys::MapFlags::Anonymous);
  CHECK(page.has_value());
  if (page) {
    auto *p = static_cast<unsigned char *>(*page);
    CHECK(solo::sys::munmap(p + 4096, 4096).has_value());
    for (size_t tail = 1; tail <= 16; ++tail) {
      unsigned char *s = p + 4096 - tail;
      for (size_t i = 0; i < tail; ++i) s[i] = 'x';
      s[tail - 1] = 0;
      CHECK_EQ(strlen(launder(reinterpret_cast<char *>(s))), tail - 1);
      CHECK(memchr(launder(s), 'y', tail) == nullptr);
      CHECK(memchr(launder(s), 0, tail) == s + tail - 1);
    }
  }
  return check::summary();
}
