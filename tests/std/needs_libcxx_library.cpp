// Uses a part of the standard library that lives in libc++'s compiled library, which solo does not provide:
// linking must fail and name the missing function, not succeed with a stub.
#include <charconv>

int main() {
  char buf[32];
  return std::to_chars(buf, buf + sizeof buf, 0.1).ptr != buf; // floating-point to_chars: in libc++'s library
}
