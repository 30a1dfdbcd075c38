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

// The message, formatted into a buffer on the stack (what does not fit is cut). libc++ passes "%s" and
// its arguments only (every assertion and would-be exception), so that is all that is read: any other
// conversion is copied as written, which keeps this small in every program that can reach it.
class Message {
public:
  void put(char c) {
    if (size_ < sizeof text_ - 1) text_[size_++] = c;
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

} // namespace

_LIBCPP_BEGIN_NAMESPACE_STD

[[gnu::weak]] void __libcpp_verbose_abort(const char *f, ...) {
  Message m;
  va_list args;
  va_start(args, f);
  for (; *f; ++f) {
    if (f[0] == '%' && f[1] == 's') {
      ++f;
      for (const char *s = va_arg(args, const char *); s && *s; ++s) m.put(*s);
    } else if (f[0] == '%' && f[1] == '%') {
      m.put(*++f);
    } else {
      m.put(*f);
    }
  }
  va_end(args);
  solo::panic(m.finish());
}

_LIBCPP_END_NAMESPACE_STD
