// std::__libcpp_verbose_abort: where libc++'s headers send a hardening check that failed and every exception
// they would have thrown (solo programs have none: optional::value() on an empty optional, a bad variant
// access, a length error ...). libc++ leaves its definition to its compiled library, and documents it as the
// one function a program may replace; in solo it is a panic: the message on stderr, then SIGABRT. The
// definition is weak, so a program's own replaces it.
#include <__verbose_abort>
#include <cstdarg>
#include <cstddef>
#include <solo/panic.hpp>

namespace {

// The message, formatted from the printf subset libc++ uses (%s, and the integer conversions for
// completeness) into a buffer on the stack; what does not fit is cut.
class Message {
public:
  void put(char c) {
    if (size_ < sizeof text_ - 1) text_[size_++] = c;
  }
  void puts(const char *s) {
    for (s = s ? s : "(null)"; *s; ++s) put(*s);
  }
  void number(unsigned long long v, unsigned base, bool negative) {
    char digits[24];
    int n = 0;
    do digits[n++] = "0123456789abcdef"[v % base];
    while ((v /= base) != 0);
    if (negative) put('-');
    while (n > 0) put(digits[--n]);
  }
  const char *finish() {
    while (size_ > 0 && text_[size_ - 1] == '\n') --size_; // panic ends the line itself
    text_[size_] = '\0';
    return text_;
  }

private:
  char text_[1024];
  size_t size_ = 0;
};

void format(Message &m, const char *f, va_list args) {
  for (; *f; ++f) {
    if (*f != '%') {
      m.put(*f);
      continue;
    }
    int longs = 0;
    bool size_t_arg = false;
    for (++f; *f == 'l' || *f == 'z'; ++f) {
      if (*f == 'l')
        ++longs;
      else
        size_t_arg = true;
    }
    auto get_signed = [&]() -> long long {
      if (size_t_arg || longs == 1) return va_arg(args, long);
      if (longs >= 2) return va_arg(args, long long);
      return va_arg(args, int);
    };
    auto get_unsigned = [&]() -> unsigned long long {
      if (size_t_arg || longs == 1) return va_arg(args, unsigned long);
      if (longs >= 2) return va_arg(args, unsigned long long);
      return va_arg(args, unsigned);
    };
    switch (*f) {
    case 's':
      m.puts(va_arg(args, const char *));
      break;
    case 'c':
      m.put(static_cast<char>(va_arg(args, int)));
      break;
    case 'd':
    case 'i': {
      long long v = get_signed();
      m.number(v < 0 ? 0 - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v), 10, v < 0);
      break;
    }
    case 'u':
      m.number(get_unsigned(), 10, false);
      break;
    case 'x':
      m.number(get_unsigned(), 16, false);
      break;
    case 'p':
      m.puts("0x");
      m.number(reinterpret_cast<unsigned long long>(va_arg(args, void *)), 16, false);
      break;
    case '\0':
      return;
    default: // '%%' and anything else: the character itself
      m.put(*f);
      break;
    }
  }
}

} // namespace

_LIBCPP_BEGIN_NAMESPACE_STD

[[gnu::weak]] void __libcpp_verbose_abort(const char *f, ...) {
  Message m;
  va_list args;
  va_start(args, f);
  format(m, f, args);
  va_end(args);
  solo::panic(m.finish());
}

_LIBCPP_END_NAMESPACE_STD
