// A tiny check harness for hermetic tests: each failed check prints file:line and the expression;
// check::summary() prints "N passed, N failed" and gives the exit status. Checks may run on any thread.
#pragma once

#include <solo/io.hpp>

namespace check {

inline int passed = 0;
inline int failed = 0;

inline void number(long v) {
  char buf[24];
  (void)solo::io::out(solo::io::to_decimal(v, buf));
}

inline void fail_at(const char *file, int line, const char *what) {
  __atomic_add_fetch(&failed, 1, __ATOMIC_RELAXED);
  (void)solo::io::out("FAIL ");
  (void)solo::io::out(file);
  (void)solo::io::out(":");
  number(line);
  (void)solo::io::out(": ");
  (void)solo::io::out(what);
  (void)solo::io::out("\n");
}

inline void record(bool ok, const char *file, int line, const char *what) {
  if (ok)
    __atomic_add_fetch(&passed, 1, __ATOMIC_RELAXED);
  else
    fail_at(file, line, what);
}

inline void record_eq(long a, long b, const char *file, int line, const char *what) {
  record(a == b, file, line, what);
  if (a != b) {
    (void)solo::io::out("     left = ");
    number(a);
    (void)solo::io::out(", right = ");
    number(b);
    (void)solo::io::out("\n");
  }
}

inline int summary() {
  number(passed);
  (void)solo::io::out(" passed, ");
  number(failed);
  (void)solo::io::out(" failed\n");
  return failed == 0 ? 0 : 1;
}

} // namespace check

#define CHECK(cond) ::check::record(static_cast<bool>(cond), __FILE__, __LINE__, #cond)
#define CHECK_EQ(a, b) ::check::record_eq(static_cast<long>(a), static_cast<long>(b), __FILE__, __LINE__, #a " == " #b)
