// CStr: a pointer to characters that is known to end with a NUL, which is what the kernel reads for every path
// and exec argument. A string literal converts implicitly (the compiler checks its terminator); a buffer must go
// through CStr::from_buffer(buf) or from_buffer(p, size), which look for the NUL inside the buffer's bounds (a
// char array given directly does not compile, and the message says so); a plain `const char*` (argv, envp,
// a C API) must be wrapped explicitly, which says "this is a C string" where the reader can see it.
#pragma once

#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo {

namespace detail {
// Not constexpr on purpose: reaching it during constant evaluation is the compile-time error.
void cstr_array_has_no_terminating_nul();
} // namespace detail

class CStr {
public:
  // Only constant arrays (string literals, constexpr arrays) take this path: consteval makes a missing
  // terminator a compile-time error, and a runtime buffer a compile-time error too (use from_buffer).
  template <size_t Size> consteval CStr(const char (&s)[Size]) : s_(s) {
    bool terminated = false;
    for (size_t i = 0; i < Size; ++i)
      if (s[i] == '\0') terminated = true;
    if (!terminated) detail::cstr_array_has_no_terminating_nul();
  }
  // A char array the program fills at run time is not known to hold a NUL: it goes through from_buffer,
  // which checks. (Without this overload the consteval one above would say only "not a constant expression".)
  template <size_t Size> CStr(char (&)[Size]) {
    static_assert(Size == 0, "a char buffer is not a CStr until its NUL is checked: use CStr::from_buffer(buf), "
                             "which returns Result<CStr> (EINVAL without a NUL)");
  }
  // A C string by contract (argv[i], an environment entry, ...). Null is not a C string.
  constexpr explicit CStr(const char *s) noexcept : s_(s) {}

  // The first NUL-terminated string inside `buf[0, size)`, or EINVAL when there is no NUL in it.
  static Result<CStr> from_buffer(const char *buf, size_t size) noexcept {
    for (size_t i = 0; i < size; ++i)
      if (buf[i] == '\0') return CStr(buf);
    return Errno::EINVAL;
  }
  // The same for an array, whose size is known: `CStr::from_buffer(name)`.
  template <size_t Size> static Result<CStr> from_buffer(const char (&buf)[Size]) noexcept {
    return from_buffer(buf, Size);
  }

  constexpr const char *c_str() const noexcept { return s_; }
  constexpr size_t size() const noexcept { return c_string_length(s_); }
  constexpr StringView view() const noexcept { return StringView(s_); }
  constexpr operator StringView() const noexcept { return view(); }

private:
  const char *s_;
};

} // namespace solo
