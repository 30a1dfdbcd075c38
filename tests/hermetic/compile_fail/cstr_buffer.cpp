// A char buffer the program has just filled is not a C string until its NUL is checked: CStr(buf) must not
// compile, and the message must point at CStr::from_buffer.
#include <solo/cstr.hpp>

int main() {
  char buf[16] = "name";
  solo::CStr path(buf);
  return static_cast<int>(path.size());
}
