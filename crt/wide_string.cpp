// The wide-character functions clang calls for their builtins (libc++'s char_traits<wchar_t> uses them):
// wcslen, wmemchr, wmemcmp, wmemcpy, wmemmove, wcschr, wcscmp, wcsncmp.
#include "c_string.hpp"

extern "C" void *memmove(void *dest, const void *src, size_t n);

extern "C" {
size_t wcslen(const wchar_t *s) { return solo::crt::wcslen(s); }
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) { return solo::crt::wmemchr(s, c, n); }
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n) { return solo::crt::wmemcmp(a, b, n); }
wchar_t *wmemcpy(wchar_t *__restrict dest, const wchar_t *__restrict src, size_t n) {
  solo::crt::copy_up(reinterpret_cast<unsigned char *>(dest), reinterpret_cast<const unsigned char *>(src),
                     n * sizeof(wchar_t));
  return dest;
}
wchar_t *wmemmove(wchar_t *dest, const wchar_t *src, size_t n) {
  memmove(dest, src, n * sizeof(wchar_t));
  return dest;
}
wchar_t *wcschr(const wchar_t *s, wchar_t c) { return solo::crt::wcschr(s, c); }
int wcscmp(const wchar_t *a, const wchar_t *b) { return solo::crt::wcscmp(a, b); }
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n) { return solo::crt::wcsncmp(a, b, n); }
}
