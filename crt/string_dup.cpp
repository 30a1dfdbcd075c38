// strdup and strndup (__builtin_strdup / __builtin_strndup): copies in memory from malloc (crt/malloc.cpp);
// null when there is none.
#include "c_string.hpp"

extern "C" void *malloc(size_t size);

namespace {
char *duplicate(const char *s, size_t n) {
  auto *copy = static_cast<char *>(malloc(n + 1));
  if (copy == nullptr) return nullptr;
  solo::crt::copy_up(reinterpret_cast<unsigned char *>(copy), reinterpret_cast<const unsigned char *>(s), n);
  copy[n] = '\0';
  return copy;
}
} // namespace

extern "C" {
char *strdup(const char *s) { return duplicate(s, solo::crt::strlen(s)); }
char *strndup(const char *s, size_t n) { return duplicate(s, solo::crt::strnlen(s, n)); }
}
